"""FatturaPA electronic invoices: hardened loading of .xml / .xml.p7m (DER or base64), header facts, HTML rendering."""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from windtre_desktop.domain.messages import Message
from windtre_desktop.invoices import messages, p7m

MAX_SIZE = 20 * 1024 * 1024
CREDIT_NOTE_TYPES = frozenset({"TD04", "TD08"})
_BOM = b"\xef\xbb\xbf"
# how an XML file can begin (XML 1.0 appendix F): "<" in UTF-8, UTF-16 or UTF-32, or a byte-order mark
_XML_STARTS = (_BOM, b"<", b"\xff\xfe", b"\xfe\xff", b"\x00<", b"\x00\x00\x00<", b"\x00\x00\xfe\xff")
_BASE64 = re.compile(rb"^[A-Za-z0-9+/=\s]+$")
_DECLARATIONS = re.compile(r"<!\s*(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)", re.IGNORECASE)


class FatturaPAError(Exception):
    """A file that cannot be shown as an invoice; `message` says why, in words for the user."""

    def __init__(self, message: Message, detail: str = "") -> None:
        super().__init__(message.render() + (f" [{detail}]" if detail else ""))
        self.message = message
        self.detail = detail


@dataclass(frozen=True)
class Attachment:
    name: str
    format: str
    data: bytes


@dataclass(frozen=True)
class InvoiceBody:
    """One FatturaElettronicaBody (a lot has several)."""

    number: str
    date: str
    document_type: str
    total: str | None
    currency: str
    line_count: int
    attachment_count: int

    @property
    def is_credit_note(self) -> bool:
        return self.document_type in CREDIT_NOTE_TYPES


@dataclass(frozen=True)
class Party:
    name: str
    vat_number: str
    tax_code: str


class FatturaPA:
    """A parsed invoice file: header facts, per-body facts, attachments, the XML to render."""

    def __init__(self, root: etree._Element, signed: bool) -> None:
        self._root = root
        self.signed = signed
        self.format_version = root.get("versione", "")
        header = _child(root, "FatturaElettronicaHeader")
        self.seller = _party(_child(header, "CedentePrestatore"))
        self.buyer = _party(_child(header, "CessionarioCommittente"))
        self.bodies = tuple(_body(b) for b in root.iterchildren("FatturaElettronicaBody"))

    # Facts of the first body; `bodies` has every body of a lot.
    @property
    def number(self) -> str:
        return self.bodies[0].number

    @property
    def date(self) -> str:
        return self.bodies[0].date

    @property
    def document_type(self) -> str:
        return self.bodies[0].document_type

    @property
    def total(self) -> str | None:
        return self.bodies[0].total

    @property
    def currency(self) -> str:
        return self.bodies[0].currency

    @property
    def is_credit_note(self) -> bool:
        return self.bodies[0].is_credit_note

    @property
    def body_count(self) -> int:
        return len(self.bodies)

    @property
    def is_lot(self) -> bool:
        return len(self.bodies) > 1

    @property
    def line_count(self) -> int:
        return sum(b.line_count for b in self.bodies)

    @property
    def attachment_count(self) -> int:
        return sum(b.attachment_count for b in self.bodies)

    @property
    def root(self) -> etree._Element:
        """The invoice tree with namespaces removed (element names as in the specification)."""
        return self._root

    def attachments(self) -> list[Attachment]:
        found = []
        for body in self._root.iterchildren("FatturaElettronicaBody"):
            for node in body.iterchildren("Allegati"):
                name = _text(node, "NomeAttachment")
                raw = re.sub(r"\s+", "", _text(node, "Attachment"))
                try:
                    data = base64.b64decode(raw, validate=True)
                except (binascii.Error, ValueError) as exc:
                    raise FatturaPAError(messages.attachment_damaged(name), str(exc)) from exc
                found.append(Attachment(name, _text(node, "FormatoAttachment"), data))
        return found


def _child(node: etree._Element | None, name: str) -> etree._Element | None:
    if node is None:
        return None
    return next(node.iterchildren(name), None)


def _text(node: etree._Element | None, path: str) -> str:
    for name in path.split("/"):
        node = _child(node, name)
    return (node.text or "").strip() if node is not None else ""


def _party(node: etree._Element | None) -> Party:
    anagrafica = "DatiAnagrafici/Anagrafica/"
    name = _text(node, anagrafica + "Denominazione") or " ".join(
        p for p in (_text(node, anagrafica + "Nome"), _text(node, anagrafica + "Cognome")) if p)
    vat = _text(node, "DatiAnagrafici/IdFiscaleIVA/IdPaese") + _text(node, "DatiAnagrafici/IdFiscaleIVA/IdCodice")
    return Party(name, vat, _text(node, "DatiAnagrafici/CodiceFiscale"))


def _body(node: etree._Element) -> InvoiceBody:
    general = "DatiGenerali/DatiGeneraliDocumento/"
    total_node = _child(_child(_child(node, "DatiGenerali"), "DatiGeneraliDocumento"), "ImportoTotaleDocumento")
    return InvoiceBody(
        number=_text(node, general + "Numero"),
        date=_text(node, general + "Data"),
        document_type=_text(node, general + "TipoDocumento"),
        total=(total_node.text or "").strip() if total_node is not None else None,
        currency=_text(node, general + "Divisa") or "EUR",
        line_count=sum(1 for _ in _child(node, "DatiBeniServizi").iterchildren("DettaglioLinee"))
        if _child(node, "DatiBeniServizi") is not None else 0,
        attachment_count=sum(1 for _ in node.iterchildren("Allegati")),
    )


def _check_size(size: int) -> None:
    if size > MAX_SIZE:
        raise FatturaPAError(messages.too_large(size, MAX_SIZE))


def _unwrap(data: bytes) -> tuple[bytes, bool]:
    """The XML bytes inside `data` (plain, DER p7m or base64 p7m) and whether it was signed."""
    stripped = data.lstrip()
    if stripped.startswith(_XML_STARTS):
        return data, False
    if not p7m.looks_like_p7m(stripped):
        if _BASE64.match(stripped):
            try:
                stripped = base64.b64decode(re.sub(rb"\s+", b"", stripped), validate=True)
            except (binascii.Error, ValueError) as exc:
                raise FatturaPAError(messages.not_fatturapa(), "bad base64") from exc
            if not p7m.looks_like_p7m(stripped):
                raise FatturaPAError(messages.not_fatturapa(), "base64 without a signed envelope")
        else:
            raise FatturaPAError(messages.not_fatturapa(), "neither XML nor a signed envelope")
    try:
        content = p7m.extract_signed_content(stripped)
    except p7m.P7mSignatureInvalid as exc:
        raise FatturaPAError(messages.signature_invalid(), str(exc)) from exc
    except p7m.P7mDetached as exc:
        raise FatturaPAError(messages.signed_file_detached(), str(exc)) from exc
    except p7m.P7mSignerCertificateMissing as exc:
        raise FatturaPAError(messages.signer_certificate_missing(), str(exc)) from exc
    except p7m.P7mDamaged as exc:
        raise FatturaPAError(messages.signed_file_damaged(), str(exc)) from exc
    return content, True


def _refuse_declarations(xml: bytes) -> None:
    # Every file is read in both UTF-16 byte orders too, whatever its first bytes say: a declaration hidden
    # after leading white space or an odd byte is still found, and well-formed XML (no NUL) cannot spell one
    # in a wrong reading. Without a byte-order mark, "utf-16" would read a big-endian file backwards.
    texts = [xml.decode("latin-1")] + [xml.decode(codec, errors="replace") for codec in ("utf-16-le", "utf-16-be")]
    if any(_DECLARATIONS.search(text) for text in texts):
        raise FatturaPAError(messages.hostile_content())


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                           dtd_validation=False, remove_comments=True, remove_pis=True)


def _strip_namespaces(root: etree._Element) -> None:
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.startswith("{"):
            element.tag = etree.QName(element).localname
    etree.cleanup_namespaces(root)


def load_fatturapa(data: bytes) -> FatturaPA:
    """Parse an invoice file's bytes; raise FatturaPAError with a user-facing reason if it cannot be shown."""
    if not data or not data.strip():
        raise FatturaPAError(messages.empty_file())
    _check_size(len(data))
    xml, signed = _unwrap(data)
    _check_size(len(xml))
    _refuse_declarations(xml)
    try:
        tree = etree.fromstring(xml, _parser())
    except etree.XMLSyntaxError as exc:
        raise FatturaPAError(messages.malformed_xml(str(exc.msg or exc)), str(exc)) from exc
    docinfo = tree.getroottree().docinfo
    if docinfo.doctype or docinfo.internalDTD is not None or docinfo.externalDTD is not None:
        raise FatturaPAError(messages.hostile_content())
    if any(isinstance(node, etree._Entity) for node in tree.iter()):
        raise FatturaPAError(messages.hostile_content())
    if etree.QName(tree).localname != "FatturaElettronica":
        raise FatturaPAError(messages.not_fatturapa(), f"root element {etree.QName(tree).localname}")
    _strip_namespaces(tree)
    if _child(tree, "FatturaElettronicaHeader") is None or _child(tree, "FatturaElettronicaBody") is None:
        raise FatturaPAError(messages.not_fatturapa(), "no header or body")
    return FatturaPA(tree, signed)


LABELS = {
    "it": {
        "title": "Fattura elettronica", "credit_note": "Nota di credito", "number": "Numero",
        "date": "Data", "doc_type": "Tipo documento", "currency": "Valuta", "total": "Importo totale documento",
        "seller": "Cedente / prestatore", "buyer": "Cessionario / committente", "vat": "Partita IVA",
        "tax_code": "Codice fiscale", "address": "Sede", "regime": "Regime fiscale",
        "transmission": "Dati di trasmissione", "recipient_code": "Codice destinatario", "pec": "PEC destinatario",
        "format": "Formato", "reason": "Causale", "lines": "Dettaglio linee", "line": "N.",
        "description": "Descrizione", "quantity": "Quantità", "unit": "U.M.", "unit_price": "Prezzo unitario",
        "discount": "Sconto/maggiorazione", "line_total": "Prezzo totale", "vat_rate": "IVA %",
        "nature": "Natura", "summary": "Riepilogo IVA", "taxable": "Imponibile", "tax": "Imposta",
        "payability": "Esigibilità", "payment": "Dati di pagamento", "terms": "Condizioni",
        "method": "Modalità", "due": "Scadenza", "amount": "Importo", "iban": "IBAN", "bank": "Istituto",
        "attachments": "Allegati", "attachment_name": "Nome", "attachment_format": "Formato",
        "body": "Documento", "of": "di", "withholding": "Ritenuta", "stamp": "Bollo",
    },
    "en": {
        "title": "Electronic invoice", "credit_note": "Credit note", "number": "Number",
        "date": "Date", "doc_type": "Document type", "currency": "Currency", "total": "Document total",
        "seller": "Seller / supplier", "buyer": "Buyer / customer", "vat": "VAT number",
        "tax_code": "Tax code", "address": "Address", "regime": "Tax regime",
        "transmission": "Transmission data", "recipient_code": "Recipient code", "pec": "Recipient PEC",
        "format": "Format", "reason": "Reason", "lines": "Invoice lines", "line": "No.",
        "description": "Description", "quantity": "Quantity", "unit": "Unit", "unit_price": "Unit price",
        "discount": "Discount/surcharge", "line_total": "Line total", "vat_rate": "VAT %",
        "nature": "VAT nature", "summary": "VAT summary", "taxable": "Taxable amount", "tax": "VAT",
        "payability": "VAT due", "payment": "Payment", "terms": "Terms",
        "method": "Method", "due": "Due date", "amount": "Amount", "iban": "IBAN", "bank": "Bank",
        "attachments": "Attachments", "attachment_name": "Name", "attachment_format": "Format",
        "body": "Document", "of": "of", "withholding": "Withholding tax", "stamp": "Stamp duty",
    },
}

STYLE_PARAMETERS = frozenset({
    "decimal_separator", "group_separator", "negative_sign", "money_before", "money_after",
    "negative_money_before", "negative_money_after", "date_form",
})

_transform: etree.XSLT | None = None


def _stylesheet() -> etree.XSLT:
    global _transform
    if _transform is None:
        source = (Path(__file__).resolve().parents[1] / "resources" / "xsl" / "fatturapa.xsl").read_bytes()
        xslt_doc = etree.fromstring(source, _parser())
        _transform = etree.XSLT(xslt_doc, access_control=etree.XSLTAccessControl.DENY_ALL)
    return _transform


def render_html(fattura: FatturaPA, language: str = "it", style: Mapping[str, str] | None = None) -> str:
    """The invoice as a self-contained HTML page, labelled in Italian ("it") or English ("en"). `style` says how
    numbers, money and dates are written (i18n.formatting.fatturapa_style(): separators, currency placement,
    date form); without it, the Italian way. Amounts keep every digit the file has."""
    labels = LABELS.get(language, LABELS["it"])
    params = {f"l_{key}": etree.XSLT.strparam(value) for key, value in labels.items()}
    params["lang"] = etree.XSLT.strparam(language if language in LABELS else "it")
    for key, value in (style or {}).items():
        if key in STYLE_PARAMETERS:
            params[key] = etree.XSLT.strparam(value)
    result = _stylesheet()(fattura.root.getroottree(), **params)
    return str(result)
