"""Issue 16 "Bad input": hypothesis against the FatturaPA and .p7m parsers (soak.fuzz_invoices holds the inputs
and the rule: a parsed invoice or a FatturaPAError with a clear message, the signed bytes or a typed p7m error)."""

from __future__ import annotations

import pytest
from hypothesis import given

from soak import fuzz_invoices as fz
from soak.fuzz_rules import fuzz_settings


@fuzz_settings(max_examples=150)
@given(fz.invoice_inputs())
def test_any_invoice_file_is_an_invoice_or_a_clear_refusal(data):
    fz.check_invoice(data)


@fuzz_settings(max_examples=100)
@given(fz.p7m_inputs())
def test_any_envelope_is_the_signed_content_or_a_typed_error(data):
    fz.check_p7m(data)


@pytest.mark.skipif(not fz.shared_samples(), reason="../shared/testdata is not present (not in CI): "
                                                    "the generated samples above still run")
@fuzz_settings(max_examples=60)
@given(fz.mutated(fz.st.sampled_from(fz.shared_samples() or (b"",))))
def test_mutated_shared_samples_are_invoices_or_clear_refusals(data):
    fz.check_invoice(data)


def test_a_parser_that_hangs_fails_instead_of_waiting(monkeypatch):
    """The guard that stands for 'never a hang' (no time bound on an example, a generous stop for a hang)."""
    import time

    from soak import fuzz_rules

    monkeypatch.setattr(fz, "load_fatturapa", lambda data: time.sleep(30))
    monkeypatch.setattr(fz, "no_hang", lambda what: fuzz_rules.no_hang(what, 0.2))
    with pytest.raises(fuzz_rules.Hang):
        fz.check_invoice(b"<x/>")
