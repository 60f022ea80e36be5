"""The demo backend's electronic invoices open in our own reader (R-42): numbers and totals agree with
the listing, signed ones verify, and every one renders. The two halves were written apart."""

from __future__ import annotations

from decimal import Decimal

import pytest

from windtre_desktop.api.client import ApiClient
from windtre_desktop.invoices.fatturapa import load_fatturapa, render_html
from windtre_desktop.sandbox.runner import SandboxServer


@pytest.fixture(scope="module")
def invoices_client():
    server = SandboxServer(lines=30, seed=3)
    server.start()
    client = ApiClient(server.url, timeout=30)
    client.login("admin.demo", "Demo2026!", remember=False)
    yield client
    client.close()
    server.stop()


def test_every_demo_invoice_opens_signed_ones_verify_and_totals_match(invoices_client):
    listing = invoices_client.invoices().invoices
    assert len(listing) >= 24
    signed = 0
    for invoice in listing:
        filename, data = invoices_client.invoice_fatturapa(invoice["id"])
        fattura = load_fatturapa(data)
        assert fattura.number == invoice["number"]
        assert Decimal(fattura.total) * 100 == invoice["amountCents"]
        assert fattura.signed == filename.endswith(".p7m")
        signed += fattura.signed
        assert invoice["number"] in render_html(fattura, "it")
    assert signed >= 1  # some are .p7m, and their signatures check out
