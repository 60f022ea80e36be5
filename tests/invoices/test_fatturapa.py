"""FatturaPA loading and rendering: the shared samples against EXPECTED.tsv, our own samples, hostile files."""

from __future__ import annotations

import base64
import csv
import datetime
import re
from pathlib import Path

import pytest
from lxml import etree

from windtre_desktop.invoices import fatturapa
from windtre_desktop.invoices.fatturapa import MAX_SIZE, FatturaPAError, load_fatturapa, render_html

TESTDATA = Path(__file__).resolve().parents[2].parent / "shared" / "testdata"
SAMPLES = TESTDATA / "fatturapa"
OFFICIAL_XSL = TESTDATA / "xsl" / "Foglio_di_stile_fatturaordinaria_v1.2.2.xsl"
needs_shared = pytest.mark.skipif(not (SAMPLES / "EXPECTED.tsv").is_file(),
                                  reason="../shared/testdata is not present")


def _expected_rows() -> list[dict[str, str]]:
    if not (SAMPLES / "EXPECTED.tsv").is_file():
        return []
    with open(SAMPLES / "EXPECTED.tsv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


ROWS = _expected_rows()
OK_ROWS = [r for r in ROWS if r["expected"] == "ok"]


def _joined(values) -> str:
    return "|".join(values)


@needs_shared
@pytest.mark.parametrize("row", ROWS, ids=[r["filename"] for r in ROWS])
def test_shared_sample_matches_expected(row):
    data = (SAMPLES / row["filename"]).read_bytes()
    if row["expected"] == "error":
        with pytest.raises(FatturaPAError) as caught:
            load_fatturapa(data)
        assert caught.value.message.render()
        return
    invoice = load_fatturapa(data)
    bodies = invoice.bodies
    assert _joined(b.number for b in bodies) == row["numero"]
    assert _joined(b.date for b in bodies) == row["data"]
    assert _joined(b.document_type for b in bodies) == row["tipo_documento"]
    assert invoice.seller.name == row["seller"]
    assert _joined(b.total or "" for b in bodies) == row["importo_totale_documento"]
    assert _joined(str(b.line_count) for b in bodies) == row["dettaglio_linee"]
    assert _joined(str(b.attachment_count) for b in bodies) == row["allegati"]
    assert str(invoice.body_count) == row["bodies"]
    assert invoice.format_version == row["formato"]
    assert invoice.signed == row["container"].startswith("p7m")
    assert len(invoice.attachments()) == invoice.attachment_count


@needs_shared
def test_credit_note_and_attachments_from_shared_samples():
    assert load_fatturapa((SAMPLES / "IT01234567890_FPR06.xml").read_bytes()).is_credit_note
    attachments = load_fatturapa((SAMPLES / "IT06363391001_00003.xml").read_bytes()).attachments()
    assert [(a.name, a.format) for a in attachments] == [("test1.pdf", "PDF"), ("test2.pdf", "PDF")]
    assert all(a.data.startswith(b"%PDF") for a in attachments)


@needs_shared
@pytest.mark.parametrize("language", ["it", "en"])
@pytest.mark.parametrize("row", OK_ROWS, ids=[r["filename"] for r in OK_ROWS])
def test_rendering_shows_number_total_and_seller(row, language):
    invoice = load_fatturapa((SAMPLES / row["filename"]).read_bytes())
    html = render_html(invoice, language, ENGLISH if language == "en" else None)
    text = _text_of(html)
    for body in invoice.bodies:
        assert body.number in text
        if body.total:
            assert written(body.total, language) in text
    assert invoice.seller.name in text


def _text_of(html: str) -> str:
    return " ".join(etree.fromstring(html, etree.HTMLParser()).itertext())


@needs_shared
@pytest.mark.skipif(not OFFICIAL_XSL.is_file(), reason="official stylesheet not present")
def test_same_number_and_total_as_the_official_stylesheet():
    official = etree.XSLT(etree.parse(str(OFFICIAL_XSL)), access_control=etree.XSLTAccessControl.DENY_ALL)
    compared = 0
    for row in OK_ROWS:
        if row["container"].startswith("p7m"):
            continue
        data = (SAMPLES / row["filename"]).read_bytes()
        invoice = load_fatturapa(data)
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        theirs = _text_of(str(official(etree.fromstring(data, parser).getroottree())))
        ours = _text_of(render_html(invoice, "it"))
        if invoice.number not in theirs:
            continue  # the official sheet does not render this variant (e.g. a default namespace)
        compared += 1
        for body in invoice.bodies:
            assert body.number in theirs and body.number in ours
            if body.total:
                assert written(body.total) in ours  # written the Italian way (R-42: the amount the file has)
                assert body.total in theirs or body.total.replace(".", ",") in theirs
    assert compared >= 5


# how i18n.formatting asks for English (en-GB); without a style the stylesheet writes the Italian way
ENGLISH = {"decimal_separator": ".", "group_separator": ",", "negative_sign": "-", "money_before": "¤",
           "money_after": "", "negative_money_before": "-¤", "negative_money_after": "", "date_form": "dd/MM/yyyy"}


def written(amount: str, language: str = "it") -> str:
    """A FatturaPA amount as the stylesheet writes it, without Qt: 1541.23 -> 1.541,23 € / €1,541.23."""
    group, point = (".", ",") if language == "it" else (",", ".")
    negative = amount.startswith("-")
    whole, _, fraction = amount.lstrip("-").partition(".")
    whole = str(int(whole))
    head = len(whole) % 3 or 3
    number = group.join([whole[:head]] + [whole[i:i + 3] for i in range(head, len(whole), 3)])
    number += point + fraction if fraction else ""
    sign = "-" if negative else ""
    return f"{sign}{number}\u00a0€" if language == "it" else f"{sign}€{number}"


# --- our own samples, so the feature stays covered without ../shared ---------------------------

def make_invoice(number: str = "WT-2024/001", total: str = "122.00", document_type: str = "TD01",
                 seller: str = "Fornitore Prova SRL", attachment: bytes | None = b"%PDF-1.4 hello",
                 encoding: str = "UTF-8") -> bytes:
    allegati = ""
    if attachment is not None:
        allegati = (f"<Allegati><NomeAttachment>nota.pdf</NomeAttachment><FormatoAttachment>PDF</FormatoAttachment>"
                    f"<Attachment>{base64.b64encode(attachment).decode()}</Attachment></Allegati>")
    xml = f"""<?xml version="1.0" encoding="{encoding}"?>
<p:FatturaElettronica versione="FPR12" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">
  <FatturaElettronicaHeader>
    <DatiTrasmissione><IdTrasmittente><IdPaese>IT</IdPaese><IdCodice>01234567890</IdCodice></IdTrasmittente>
      <ProgressivoInvio>1</ProgressivoInvio><FormatoTrasmissione>FPR12</FormatoTrasmissione>
      <CodiceDestinatario>0000000</CodiceDestinatario></DatiTrasmissione>
    <CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>01234567890</IdCodice></IdFiscaleIVA>
      <Anagrafica><Denominazione>{seller}</Denominazione></Anagrafica><RegimeFiscale>RF01</RegimeFiscale></DatiAnagrafici>
      <Sede><Indirizzo>Via Prova 1</Indirizzo><CAP>20100</CAP><Comune>Milano</Comune><Nazione>IT</Nazione></Sede>
    </CedentePrestatore>
    <CessionarioCommittente><DatiAnagrafici><CodiceFiscale>RSSMRA80A01F205X</CodiceFiscale>
      <Anagrafica><Nome>Mario</Nome><Cognome>Rossi</Cognome></Anagrafica></DatiAnagrafici>
      <Sede><Indirizzo>Via Test 2</Indirizzo><CAP>00100</CAP><Comune>Roma</Comune><Nazione>IT</Nazione></Sede>
    </CessionarioCommittente>
  </FatturaElettronicaHeader>
  <FatturaElettronicaBody>
    <DatiGenerali><DatiGeneraliDocumento><TipoDocumento>{document_type}</TipoDocumento><Divisa>EUR</Divisa>
      <Data>2024-03-31</Data><Numero>{number}</Numero><ImportoTotaleDocumento>{total}</ImportoTotaleDocumento>
    </DatiGeneraliDocumento></DatiGenerali>
    <DatiBeniServizi>
      <DettaglioLinee><NumeroLinea>1</NumeroLinea><Descrizione>Canone mensile</Descrizione><Quantita>2.00</Quantita>
        <PrezzoUnitario>40.00</PrezzoUnitario><PrezzoTotale>80.00</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>
      <DettaglioLinee><NumeroLinea>2</NumeroLinea><Descrizione>Traffico</Descrizione>
        <PrezzoUnitario>20.00</PrezzoUnitario><PrezzoTotale>20.00</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>
      <DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>100.00</ImponibileImporto>
        <Imposta>22.00</Imposta><EsigibilitaIVA>I</EsigibilitaIVA></DatiRiepilogo>
    </DatiBeniServizi>
    <DatiPagamento><CondizioniPagamento>TP02</CondizioniPagamento><DettaglioPagamento>
      <ModalitaPagamento>MP05</ModalitaPagamento><DataScadenzaPagamento>2024-04-30</DataScadenzaPagamento>
      <ImportoPagamento>{total}</ImportoPagamento><IBAN>IT60X0542811101000000123456</IBAN></DettaglioPagamento></DatiPagamento>
    {allegati}
  </FatturaElettronicaBody>
</p:FatturaElettronica>
"""
    return xml.encode(encoding)


def test_own_sample_facts_and_attachment():
    invoice = load_fatturapa(make_invoice())
    assert (invoice.number, invoice.date, invoice.document_type, invoice.total) == (
        "WT-2024/001", "2024-03-31", "TD01", "122.00")
    assert invoice.seller.name == "Fornitore Prova SRL" and invoice.seller.vat_number == "IT01234567890"
    assert invoice.buyer.name == "Mario Rossi"
    assert (invoice.line_count, invoice.attachment_count, invoice.body_count, invoice.format_version) == (
        2, 1, 1, "FPR12")
    assert not invoice.signed and not invoice.is_credit_note and not invoice.is_lot
    [attachment] = invoice.attachments()
    assert (attachment.name, attachment.format, attachment.data) == ("nota.pdf", "PDF", b"%PDF-1.4 hello")


def test_credit_note_is_recognised():
    assert load_fatturapa(make_invoice(document_type="TD04")).is_credit_note


def test_bom_and_windows_1252():
    assert load_fatturapa(b"\xef\xbb\xbf" + make_invoice()).number == "WT-2024/001"
    invoice = load_fatturapa(make_invoice(seller="Caffè Società SRL", encoding="windows-1252"))
    assert invoice.seller.name == "Caffè Società SRL"


def test_damaged_attachment_is_a_clear_error():
    data = make_invoice().replace(base64.b64encode(b"%PDF-1.4 hello"), b"@@not base64@@")
    with pytest.raises(FatturaPAError) as caught:
        load_fatturapa(data).attachments()
    assert '"nota.pdf"' in caught.value.message.render() and caught.value.detail


def test_an_attachment_wrapped_over_lines_is_read_and_a_stray_character_refused():
    encoded = base64.b64encode(b"%PDF-1.4 " + bytes(range(200))).decode()
    wrapped = "\n".join(encoded[i:i + 76] for i in range(0, len(encoded), 76)) + "\n"
    invoice = make_invoice().replace(base64.b64encode(b"%PDF-1.4 hello"), wrapped.encode())
    [attachment] = load_fatturapa(invoice).attachments()
    assert attachment.data == b"%PDF-1.4 " + bytes(range(200))
    stray = make_invoice().replace(base64.b64encode(b"%PDF-1.4 hello"), b"JVBERi0x*LjQgaGVsbG8=")
    with pytest.raises(FatturaPAError):
        load_fatturapa(stray).attachments()  # not silently dropped: the file would differ from the one sent


@pytest.mark.parametrize("language,label", [("it", "Cedente / prestatore"), ("en", "Seller / supplier")])
def test_own_sample_rendering(language, label):
    text = _text_of(render_html(load_fatturapa(make_invoice()), language, ENGLISH if language == "en" else None))
    number = (lambda n: n) if language == "en" else (lambda n: n.replace(".", ","))
    for expected in ("WT-2024/001", written("122.00", language), "Fornitore Prova SRL", "Mario Rossi",
                     "Canone mensile", number("2.00"), written("40.00", language), number("22.00"), "31/03/2024",
                     "30/04/2024", "MP05", "IT60X0542811101000000123456", "nota.pdf", label):
        assert expected in text


# --- numbers, money and dates as the interface writes them (issue 10) --------------------------------------

def _lines_and_totals(language: str, **replace: str) -> str:
    xml = make_invoice(total="1541.23").decode()
    for old, new in replace.items():
        xml = xml.replace(old.replace("_", "."), new)
    return _text_of(render_html(load_fatturapa(xml.encode()), language, ENGLISH if language == "en" else None))


def test_italian_tables_have_no_dot_decimals_nor_iso_dates():
    text = _lines_and_totals("it")
    assert "1.541,23\u00a0€" in text and "80,00\u00a0€" in text and "22,00" in text and "2,00" in text
    assert not re.search(r"\d\.\d{2}\b", text.replace("1.541,23", "")), text  # no 1541.23, 12.90, 22.00
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text), text
    assert "31/03/2024" in text and "30/04/2024" in text


def test_english_tables_are_written_the_english_way():
    text = _lines_and_totals("en")
    assert "€1,541.23" in text and "€80.00" in text and "22.00" in text and "2.00" in text
    assert "31/03/2024" in text and not re.search(r"\d{4}-\d{2}-\d{2}", text)


@pytest.mark.parametrize("language", ["it", "en"])
def test_every_digit_of_the_file_is_kept_and_nothing_is_rounded(language):
    text = _lines_and_totals(language, **{"<Quantita>2_00<": "<Quantita>1234.12345678<",
                                          "<PrezzoUnitario>40_00<": "<PrezzoUnitario>0.00012345<"})
    if language == "it":
        assert "1.234,12345678" in text and "0,00012345\u00a0€" in text
    else:
        assert "1,234.12345678" in text and "€0.00012345" in text


@pytest.mark.parametrize("language,expected", [("it", "-1.541,23\u00a0€"), ("en", "-€1,541.23")])
def test_negative_amounts_of_a_credit_note(language, expected):
    text = _text_of(render_html(load_fatturapa(make_invoice(total="-1541.23", document_type="TD04")), language,
                                ENGLISH if language == "en" else None))
    assert expected in text


def test_another_currency_is_written_by_its_code_and_odd_values_as_written():
    text = _lines_and_totals("it", **{"<Divisa>EUR<": "<Divisa>USD<", "<Data>2024-03-31<": "<Data>31 marzo<",
                                      "<PrezzoTotale>80_00<": "<PrezzoTotale>ottanta<"})
    assert "1.541,23\u00a0USD" in text and "€" not in text
    assert "31 marzo" in text and "ottanta" in text


def _signing_material():
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "windtre-desktop test signer")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=1)).sign(key, hashes.SHA256()))
    return cert, key


def _sign(content: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7

    cert, key = _signing_material()
    return (pkcs7.PKCS7SignatureBuilder().set_data(content).add_signer(cert, key, hashes.SHA256())
            .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary]))


def test_own_p7m_der_and_base64():
    content = make_invoice()
    der = _sign(content)
    invoice = load_fatturapa(der)
    assert invoice.signed and invoice.number == "WT-2024/001"
    assert load_fatturapa(base64.b64encode(der)).number == "WT-2024/001"
    wrapped = b"\r\n".join(re.findall(rb".{1,76}", base64.b64encode(der)))
    assert load_fatturapa(wrapped).total == "122.00"


def test_own_p7m_tampered_or_truncated_is_refused():
    der = _sign(make_invoice())
    tampered = der.replace(b"WT-2024/001", b"WT-2024/666")
    assert tampered != der
    with pytest.raises(FatturaPAError) as caught:
        load_fatturapa(tampered)
    assert "altered" in caught.value.message.render()
    with pytest.raises(FatturaPAError):
        load_fatturapa(der[: len(der) // 2])
    with pytest.raises(FatturaPAError):
        load_fatturapa(b"\x30\x82\xff\xff" + b"\x00" * 40)


@pytest.mark.parametrize("data", [b"", b"   ", b"hello, not an invoice", b"<html><body>x</body></html>",
                                  b"<?xml version='1.0'?><FatturaElettronica versione='FPR12'/>", b"<a><b></a>"])
def test_not_an_invoice_is_a_clear_error(data):
    with pytest.raises(FatturaPAError) as caught:
        load_fatturapa(data)
    assert caught.value.message.render()


# --- hostile files -------------------------------------------------------------------------------

def test_xxe_is_refused_without_reading_the_file(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    data = make_invoice(seller="&xxe;").replace(
        b"<p:FatturaElettronica",
        f'<!DOCTYPE p:FatturaElettronica [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>\n<p:FatturaElettronica'.encode(), 1)
    with pytest.raises(FatturaPAError) as caught:
        load_fatturapa(data)
    assert "TOP-SECRET-CONTENT" not in str(caught.value)
    assert "DTD" in caught.value.message.render()


def test_billion_laughs_is_refused():
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    data = make_invoice(seller="&lol9;").replace(
        b"<p:FatturaElettronica", f"<!DOCTYPE p:FatturaElettronica [{entities}]>\n<p:FatturaElettronica".encode(), 1)
    with pytest.raises(FatturaPAError):
        load_fatturapa(data)


def test_plain_doctype_is_refused_also_in_utf16_and_inside_a_p7m():
    data = make_invoice().replace(b"<p:FatturaElettronica", b"<!DOCTYPE x>\n<p:FatturaElettronica", 1)
    with pytest.raises(FatturaPAError):
        load_fatturapa(data)
    utf16 = data.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    with pytest.raises(FatturaPAError):
        load_fatturapa(utf16)
    with pytest.raises(FatturaPAError):
        load_fatturapa(_sign(data))


HOSTILE = "The invoice file contains a DTD or entity declarations"


@pytest.mark.parametrize("declaration", [
    "<!DOCTYPE x>", "<! doctype x>", '<!ENTITY e "v">', "<!ELEMENT x ANY>", "<!ATTLIST x a CDATA #IMPLIED>",
    '<!NOTATION n SYSTEM "n">'])
@pytest.mark.parametrize("codec", ["latin-1", "utf-16", "utf-16-le", "utf-16-be"])
def test_the_declaration_scan_alone_finds_every_declaration_in_every_encoding(declaration, codec):
    """Issue 16: each hostile-content layer is pinned on its own. The scan runs before any parser sees the file,
    in one- and two-byte encodings, with or without a byte-order mark."""
    text = f'<?xml version="1.0"?>\n{declaration}\n<p:FatturaElettronica/>'
    with pytest.raises(FatturaPAError) as caught:
        fatturapa._refuse_declarations(text.encode(codec))
    assert caught.value.message.render().startswith(HOSTILE)


@pytest.mark.parametrize("codec", ["latin-1", "utf-16", "utf-16-le", "utf-16-be"])
def test_the_declaration_scan_lets_comments_and_cdata_through(codec):
    text = '<?xml version="1.0"?>\n<!-- <!x --><p:FatturaElettronica><![CDATA[<]]></p:FatturaElettronica>'
    fatturapa._refuse_declarations(text.encode(codec))


def test_the_doctype_check_alone_refuses_a_dtd_the_scan_let_through(monkeypatch):
    monkeypatch.setattr(fatturapa, "_refuse_declarations", lambda xml: None)
    data = make_invoice().replace(b"<p:FatturaElettronica", b"<!DOCTYPE x>\n<p:FatturaElettronica", 1)
    with pytest.raises(FatturaPAError) as caught:
        load_fatturapa(data)
    assert caught.value.message.render().startswith(HOSTILE)
    external = make_invoice().replace(
        b"<p:FatturaElettronica", b'<!DOCTYPE x SYSTEM "http://example.invalid/x.dtd">\n<p:FatturaElettronica', 1)
    with pytest.raises(FatturaPAError) as caught:
        load_fatturapa(external)
    assert caught.value.message.render().startswith(HOSTILE)


def test_oversized_file_is_refused():
    padding = b"<!-- " + b"x" * (MAX_SIZE + 10) + b" -->"
    with pytest.raises(FatturaPAError) as caught:
        load_fatturapa(make_invoice().replace(b"<p:FatturaElettronica", padding + b"<p:FatturaElettronica", 1))
    assert "too large" in caught.value.message.render()


def test_deny_all_access_control_blocks_document_reads(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    hostile = etree.XML(f"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
      <xsl:template match="/"><x><xsl:copy-of select="document('{secret.as_uri()}')"/></x></xsl:template>
      </xsl:stylesheet>""".encode())
    transform = etree.XSLT(hostile, access_control=etree.XSLTAccessControl.DENY_ALL)
    with pytest.raises(etree.XSLTApplyError):
        transform(etree.XML(b"<a/>"))


def test_every_invoice_message_is_translated_in_its_context_with_its_argument():
    from windtre_desktop.invoices import messages

    italian = {"The invoice file is empty.": "Il file della fattura è vuoto."}

    def translate(context, text):
        return italian.get(text, text) if context == "FatturaPA" else "WRONG CONTEXT"

    assert messages.empty_file().render(translate) == "Il file della fattura è vuoto."
    shown = [messages.not_fatturapa(), messages.malformed_xml("line 3"), messages.hostile_content(),
             messages.signed_file_damaged(), messages.signature_invalid(), messages.signed_file_detached(),
             messages.signer_certificate_missing(), messages.attachment_damaged("fattura.pdf"),
             messages.too_large(30 * 1024 * 1024, MAX_SIZE)]
    assert all("WRONG CONTEXT" not in m.render(translate) for m in shown)
    assert messages.malformed_xml("line 3").render().endswith("(line 3).")
    assert '"fattura.pdf"' in messages.attachment_damaged("fattura.pdf").render()


def test_the_error_says_the_users_message_then_the_technical_detail():
    from windtre_desktop.invoices import messages

    error = FatturaPAError(messages.empty_file(), "0 bytes")
    assert str(error) == "The invoice file is empty. [0 bytes]" and error.detail == "0 bytes"
    assert str(FatturaPAError(messages.empty_file())) == "The invoice file is empty."


def test_the_currency_is_the_files_and_euro_when_it_names_none():
    assert load_fatturapa(make_invoice()).currency == "EUR"
    assert load_fatturapa(make_invoice().replace(b"<Divisa>EUR</Divisa>", b"<Divisa>USD</Divisa>")).currency == "USD"
    assert load_fatturapa(make_invoice().replace(b"<Divisa>EUR</Divisa>", b"")).currency == "EUR"


def test_a_comment_inside_a_text_does_not_cut_it():
    data = make_invoice(seller="Fornitore <!-- nota interna -->Prova SRL")
    assert load_fatturapa(data).seller.name == "Fornitore Prova SRL"


@pytest.mark.parametrize("language", ["it", "en"])
def test_the_page_says_its_language(language):
    assert f'<html lang="{language}"' in render_html(load_fatturapa(make_invoice()), language)


# --- issue 16: edges and reasons the mutation run found unpinned ---------------------------------------

def test_a_file_without_a_format_version_has_an_empty_one():
    assert load_fatturapa(make_invoice().replace(b' versione="FPR12"', b"")).format_version == ""


def test_a_file_of_exactly_the_largest_size_opens_and_one_byte_more_is_refused():
    invoice = make_invoice()
    comment = b"<!--" + b"x" * (1024 * 1024 - 8) + b"-->\n"  # comments after the root element are allowed
    padding = comment * ((MAX_SIZE - len(invoice)) // len(comment))
    largest = invoice + padding + b" " * (MAX_SIZE - len(invoice) - len(padding))
    assert len(largest) == MAX_SIZE and load_fatturapa(largest).number == "WT-2024/001"
    with pytest.raises(FatturaPAError) as caught:
        load_fatturapa(largest + b" ")
    assert "too large" in caught.value.message.render()


def test_each_refusal_of_a_non_invoice_gives_its_own_technical_detail():
    from windtre_desktop.invoices import messages

    details = {}
    for data in (b"abc", b"QUJD", b"hello, not an invoice"):  # bad base64, base64 of no envelope, neither
        with pytest.raises(FatturaPAError) as caught:
            load_fatturapa(data)
        assert caught.value.message == messages.not_fatturapa()
        details[data] = caught.value.detail
    assert "base64" in details[b"abc"] and "signed envelope" in details[b"QUJD"]
    assert len(set(details.values())) == 3


def test_a_detached_signature_keeps_the_envelopes_reason_as_the_detail():
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7

    cert, key = _signing_material()
    detached = (pkcs7.PKCS7SignatureBuilder().set_data(make_invoice()).add_signer(cert, key, hashes.SHA256())
                .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary, pkcs7.PKCS7Options.DetachedSignature]))
    with pytest.raises(FatturaPAError) as caught:
        load_fatturapa(detached)
    assert "detached" in caught.value.detail


@pytest.mark.parametrize("spaces", [0, 1, 2, 3])
def test_the_declaration_scan_finds_big_endian_utf16_without_a_mark_after_spaces(spaces):
    """Without a byte-order mark, " " * 3 + "<" in UTF-16-BE is 00 20 00 20 00 20 00 3C: the first 8 bytes
    hold "\\x00<" but no "<\\x00", and the scan must still read the file as UTF-16."""
    text = " " * spaces + '<!DOCTYPE x>\n<p:FatturaElettronica/>'
    with pytest.raises(FatturaPAError) as caught:
        fatturapa._refuse_declarations(text.encode("utf-16-be"))
    assert caught.value.message.render().startswith(HOSTILE)


def test_the_stylesheet_is_compiled_on_first_use_and_then_reused(monkeypatch):
    monkeypatch.setattr(fatturapa, "_transform", None)
    invoice = load_fatturapa(make_invoice())
    assert "WT-2024/001" in render_html(invoice)
    compiled = fatturapa._transform
    assert isinstance(compiled, etree.XSLT)
    assert "WT-2024/001" in render_html(invoice, "en") and fatturapa._transform is compiled


def test_another_language_is_shown_in_italian():
    page = render_html(load_fatturapa(make_invoice()), "fr")
    assert '<html lang="it"' in page and "Cedente / prestatore" in page and "Seller / supplier" not in page


def test_the_buyers_tax_code_and_an_empty_name_or_total_are_read_as_written():
    invoice = load_fatturapa(make_invoice(seller="", total=""))
    assert invoice.buyer.tax_code == "RSSMRA80A01F205X" and invoice.seller.tax_code == ""
    assert invoice.seller.name == "" and invoice.total == ""


def test_the_header_is_found_by_name_and_a_body_without_goods_has_no_lines():
    text = make_invoice().decode()
    header = re.search(r"<FatturaElettronicaHeader>.*</FatturaElettronicaHeader>", text, re.S).group(0)
    body_first = text.replace(header, "").replace("</p:FatturaElettronica>", header + "</p:FatturaElettronica>")
    assert load_fatturapa(body_first.encode()).seller.name == "Fornitore Prova SRL"
    no_goods = re.sub(r"<DatiBeniServizi>.*</DatiBeniServizi>", "", text, flags=re.S)
    assert load_fatturapa(no_goods.encode()).line_count == 0


@pytest.mark.parametrize("lead", [b"\r\n", b"  \t"])
def test_white_space_before_the_file_is_allowed_for_xml_der_and_base64(lead):
    der = _sign(make_invoice())
    undeclared = make_invoice().split(b"\n", 1)[1]  # white space may precede the root, not a declaration
    for data in (undeclared, der, base64.b64encode(der)):
        assert load_fatturapa(lead + data).number == "WT-2024/001"


def test_a_file_of_white_space_only_is_empty():
    from windtre_desktop.invoices import messages

    with pytest.raises(FatturaPAError) as caught:
        load_fatturapa(b" \r\n\t ")
    assert caught.value.message == messages.empty_file()


def test_malformed_xml_says_the_parsers_reason_without_its_position_and_keeps_it_in_the_detail():
    with pytest.raises(FatturaPAError) as caught:
        load_fatturapa(b"<a><b></a>")
    shown = caught.value.message.render()
    assert "Opening and ending tag mismatch" in shown and "<string>" not in shown
    assert "line 1" in caught.value.detail


def test_a_processing_instruction_inside_a_text_does_not_cut_it():
    data = make_invoice(seller="Fornitore <?nota interna?>Prova SRL")
    assert load_fatturapa(data).seller.name == "Fornitore Prova SRL"


def test_a_text_over_the_parsers_ten_megabyte_limit_is_refused():
    """huge_tree stays off: libxml2 refuses a single text over 10 MB (the file itself is under MAX_SIZE)."""
    data = make_invoice(seller="x" * (11 * 1024 * 1024))
    assert len(data) < MAX_SIZE
    with pytest.raises(FatturaPAError) as caught:
        load_fatturapa(data)
    assert "well-formed" in caught.value.message.render()


def test_a_too_large_file_says_its_size_and_the_limit(monkeypatch):
    from windtre_desktop.domain import display
    from windtre_desktop.invoices import messages

    # the sizes as the domain writes them without Qt (a GUI test run before may have set the interface's writer)
    monkeypatch.setattr(display, "_file_size_writer", display._plain_file_size)
    assert messages.too_large(30 * 1024 * 1024, MAX_SIZE).render() == (
        "The invoice file is too large (30.0 MB; the limit is 20.0 MB).")


def test_an_undecodable_attachment_keeps_the_decoders_reason_as_the_detail():
    data = make_invoice().replace(base64.b64encode(b"%PDF-1.4 hello"), b"@@not base64@@")
    with pytest.raises(FatturaPAError) as caught:
        load_fatturapa(data).attachments()
    assert "base64" in caught.value.detail


REFUSALS = [  # (file, its technical detail): the user sees "not an invoice", the log says which check refused it
    (b"abc", "bad base64"),
    (b"QQ==QUJD", "bad base64"),  # padding inside: refused, not decoded up to the padding
    (b"QUJD", "base64 without a signed envelope"),
    (b"hello, not an invoice", "neither XML nor a signed envelope"),
    (b"<html><body>x</body></html>", "root element html"),
    (b"<?xml version='1.0'?><FatturaElettronica versione='FPR12'/>", "no header or body"),
    (b"<FatturaElettronica><FatturaElettronicaHeader/></FatturaElettronica>", "no header or body"),
    (b"<FatturaElettronica><FatturaElettronicaBody/></FatturaElettronica>", "no header or body"),
]


@pytest.mark.parametrize(("data", "detail"), REFUSALS, ids=[d.decode()[:24] for d, _ in REFUSALS])
def test_each_refusal_names_the_check_that_refused_the_file(data, detail):
    from windtre_desktop.invoices import messages

    with pytest.raises(FatturaPAError) as caught:
        load_fatturapa(data)
    assert caught.value.message == messages.not_fatturapa() and caught.value.detail == detail


@pytest.mark.parametrize(("mark", "codec"), [(b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"), (b"", "utf-16-le"),
                                             (b"", "utf-16-be"), (b" ", "utf-16-le"), (b" ", "utf-16-be")])
def test_the_declaration_scan_reads_utf16_whatever_the_first_bytes_are(mark, codec):
    """After a byte-order mark and spaces, or after one stray byte, the first bytes show no "<" at all."""
    data = mark + '    <!DOCTYPE x><p:FatturaElettronica/>'.encode(codec)
    with pytest.raises(FatturaPAError) as caught:
        fatturapa._refuse_declarations(data)
    assert caught.value.message.render().startswith(HOSTILE)


def test_the_declaration_scan_takes_a_file_of_odd_length_and_one_mixing_encodings():
    clean = '<?xml version="1.0"?><p:FatturaElettronica/>'.encode("utf-16-le")
    fatturapa._refuse_declarations(clean + b"<")  # half a character at the end: read, not an error
    with pytest.raises(FatturaPAError):
        fatturapa._refuse_declarations("<!DOCTYPE x>".encode("utf-16-le") + b"<")
    with pytest.raises(FatturaPAError):  # UTF-16 first, then a declaration in one-byte text
        fatturapa._refuse_declarations("<a>".encode("utf-16-le") + b"<!DOCTYPE x>")
