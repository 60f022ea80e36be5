"""Fuzz inputs for the invoice parsers (invoices/fatturapa.py, invoices/p7m.py) and the rule they must hold.

Sources: random bytes; our generated samples (tests/invoices: plain, windows-1252, UTF-16, signed DER and
base64) with byte-level mutations; invoices whose fields carry arbitrary text; and the shared samples of
../shared/testdata when that folder is present (it is not in CI).
"""

from __future__ import annotations

import base64
import functools
from html import escape
from pathlib import Path

from hypothesis import strategies as st

from soak.fuzz_rules import assert_clear, count, no_hang
from windtre_desktop.invoices import p7m
from windtre_desktop.invoices.fatturapa import FatturaPAError, load_fatturapa, render_html

SHARED_SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "testdata" / "fatturapa"


@functools.cache
def generated_samples() -> tuple[bytes, ...]:
    """Real invoices as the tests build them: plain, another encoding, UTF-16, signed (DER and base64)."""
    from tests.invoices.test_fatturapa import _sign, make_invoice

    plain = make_invoice()
    signed = _sign(plain)
    utf16 = plain.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    return (plain, make_invoice(seller="Società Prova", encoding="windows-1252"), utf16, signed,
            base64.b64encode(signed), make_invoice(document_type="TD04", total="-10.00", attachment=None))


@functools.cache
def signed_envelope() -> tuple[bytes, bytes]:
    """(a DER .p7m, the invoice it signs)."""
    return generated_samples()[3], generated_samples()[0]


def shared_samples() -> tuple[bytes, ...]:
    if not SHARED_SAMPLES.is_dir():
        return ()
    return tuple(p.read_bytes() for p in sorted(SHARED_SAMPLES.iterdir())
                 if p.suffix in (".xml", ".p7m") and p.stat().st_size < 2_000_000)


@st.composite
def mutated(draw: st.DrawFn, sample: st.SearchStrategy[bytes]) -> bytes:
    """A sample with one to four byte-level edits: a byte changed, a run cut out, bytes put in, a run
    repeated, or the end cut off."""
    data = bytearray(draw(sample))
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        edit = draw(st.sampled_from(["change", "cut", "insert", "repeat", "truncate"]))
        if edit == "change":
            data[at] = draw(st.integers(0, 255))
        elif edit == "cut":
            del data[at:at + draw(st.integers(1, 64))]
        elif edit == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=32) | st.sampled_from(
                [b"<", b"&", b"]]>", b"<!DOCTYPE x>", b"&xxe;", b"\x00", b"\xff\xfe", b"<?xml ?>", b"\x30\x80"]))
        elif edit == "repeat":
            data[at:at] = data[at:at + draw(st.integers(1, 256))]
        else:
            del data[at:]
    return bytes(data)


# text a field could hold: anything, with the XML specials escaped (or not, to break the XML)
FIELD_TEXT = st.text(max_size=60)


@st.composite
def invoices_with_odd_fields(draw: st.DrawFn) -> bytes:
    from tests.invoices.test_fatturapa import make_invoice

    raw = draw(st.booleans())

    def field() -> str:
        text = draw(FIELD_TEXT)
        return text if raw else escape(text, quote=False)

    try:
        return make_invoice(number=field(), total=field(), document_type=field(), seller=field(),
                            attachment=draw(st.none() | st.binary(max_size=64)))
    except UnicodeEncodeError:  # a lone surrogate cannot be written as UTF-8: the file would not exist
        return make_invoice()


def invoice_inputs() -> st.SearchStrategy[bytes]:
    samples = st.sampled_from(generated_samples())
    sources = [st.binary(max_size=2048), mutated(samples), invoices_with_odd_fields(), samples]
    shared = shared_samples()
    if shared:
        sources.append(mutated(st.sampled_from(shared)))
    return st.one_of(sources)


def p7m_inputs() -> st.SearchStrategy[bytes]:
    envelope = st.just(signed_envelope()[0])
    return st.one_of(st.binary(max_size=1024), st.binary(max_size=512).map(lambda b: b"\x30" + b), mutated(envelope))


def check_invoice(data: bytes) -> None:
    """The invoice rule: a FatturaPA whose facts, attachments and rendering work, or a FatturaPAError."""
    count("fatturapa")
    with no_hang("load_fatturapa"):
        _check_invoice(data)


def _check_invoice(data: bytes) -> None:
    try:
        invoice = load_fatturapa(data)
    except FatturaPAError as error:
        assert_clear(error.message.render(), "FatturaPAError")
        return
    facts = (invoice.number, invoice.date, invoice.document_type, invoice.total, invoice.currency,
             invoice.seller, invoice.buyer, invoice.line_count, invoice.attachment_count, invoice.is_credit_note)
    assert all(fact is not None for fact in facts[:3])
    try:
        attachments = invoice.attachments()
    except FatturaPAError as error:
        assert_clear(error.message.render(), "FatturaPAError of an attachment")
    else:
        assert len(attachments) == invoice.attachment_count
    for language in ("it", "en"):
        assert isinstance(render_html(invoice, language), str)


def check_p7m(data: bytes) -> None:
    """The envelope rule: exactly the signed content, or one of p7m's typed errors with a reason."""
    count("p7m")
    try:
        with no_hang("extract_signed_content"):
            content = p7m.extract_signed_content(data)
    except (p7m.P7mDamaged, p7m.P7mSignatureInvalid) as error:
        assert_clear(str(error), type(error).__name__)
        return
    assert content == signed_envelope()[1], "an envelope that verifies gave other bytes than those signed"
