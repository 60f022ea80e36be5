"""ApiClient's invoice and recharge methods against a private sandbox on loopback (R-40…R-43): typed answers,
ETag/304, downloads that match the listing, keyed share, typed refusals."""

from __future__ import annotations

import hashlib

import httpx
import pytest

from tests.core.api_support import signed_in_clients
from windtre_desktop.api import Forbidden, NotFound, ValidationFailed
from windtre_desktop.api.invoices import InvoiceList
from windtre_desktop.sandbox.runner import SandboxServer


@pytest.fixture(scope="module")
def server():
    sandbox = SandboxServer(lines=40, seed=3)
    sandbox.start()
    yield sandbox
    sandbox.stop()


@pytest.fixture
def api(server):
    with signed_in_clients(server) as make:
        yield make


def _outbox(server) -> list[dict]:
    return httpx.get(f"{server.url}/sandbox/outbox", timeout=10).json()["messages"]


def test_invoices_with_etag(api):
    client = api()
    listing = client.invoices()
    assert isinstance(listing, InvoiceList) and listing.etag
    assert listing.invoices and {i["kind"] for i in listing.invoices} == {"service", "device"}
    assert client.invoices(etag=listing.etag) is None
    assert client.invoices(etag='"stale"') == listing


def test_downloads_match_the_listing(api):
    client = api("TELCO_MANAGER")
    invoices = client.invoices().invoices
    invoice = invoices[0]
    pdf = client.invoice_pdf(invoice["id"])
    assert pdf.startswith(b"%PDF-") and hashlib.sha256(pdf).hexdigest() == invoice["pdf"]["sha256"]
    for item in (invoice, next((i for i in invoices if i["fatturapa"]["signed"]), invoice)):
        filename, data = client.invoice_fatturapa(item["id"])
        assert filename == item["fatturapa"]["filename"]
        assert hashlib.sha256(data).hexdigest() == item["fatturapa"]["sha256"]
    with_detail = next(i for i in invoices if i["hasCallDetail"])
    assert client.invoice_call_detail(with_detail["id"]).startswith(b"date;time;line;")
    assert client.invoice_call_detail(with_detail["id"], pdf=True).startswith(b"%PDF-")
    without = next(i for i in invoices if not i["hasCallDetail"])
    with pytest.raises(NotFound):
        client.invoice_call_detail(without["id"])
    with pytest.raises(NotFound):
        client.invoice_pdf("INV-NOPE")


def test_share_is_keyed_and_validated(api, server):
    client = api()
    invoice = client.invoices().invoices[2]
    httpx.delete(f"{server.url}/sandbox/outbox", timeout=10)
    first = client.share_invoice(invoice["id"], "ufficio@example.it", idempotency_key="share-1")
    again = client.share_invoice(invoice["id"], "ufficio@example.it", idempotency_key="share-1")
    assert first == again and first["invoiceId"] == invoice["id"]
    assert [m["to"] for m in _outbox(server)] == ["ufficio@example.it"]
    with pytest.raises(ValidationFailed) as invalid:
        client.share_invoice(invoice["id"], "not an email", idempotency_key="share-2")
    assert invalid.value.field == "email"
    assert len(_outbox(server)) == 1


def test_recharges_and_roles(api):
    client = api()
    employee = api("DIPENDENTE")
    line_id = employee.me().line_id
    history = client.recharges(line_id)
    assert history["lineId"] == line_id and set(history) == {"lineId", "done", "attempts"}
    with pytest.raises(Forbidden):
        employee.invoices()
    with pytest.raises(Forbidden):
        employee.recharges(line_id)
    with pytest.raises(NotFound):
        client.recharges("L99999")
