"""Invoices and recharges in the sandbox (R-40…R-43): a deterministic 24-month archive per billing account, PDFs
written by hand, FatturaPA FPR12 XML made with lxml (some signed as CMS .p7m), call details, recharge history."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import threading
from datetime import UTC, date, datetime, timedelta
from typing import Any

from lxml import etree
from stdnum import luhn

from windtre_desktop.sandbox.accounts import _EMAIL, SessionUser
from windtre_desktop.sandbox.demo_data import iso_time, italian_midnight, italy_offset
from windtre_desktop.sandbox.demo_data import seeded_rng as _rng
from windtre_desktop.sandbox.messages import ApiError
from windtre_desktop.sandbox.offers import offer_price

MONTHS = 24
VAT_PERCENT = 22
SERVICE_ISSUE_DAY = 5
DEVICE_ISSUE_DAY = 12
PAYMENT_DAYS = 30
OPERATOR_NAME = "WINDTRE Business Sandbox S.p.A."
OPERATOR_VAT = "0988776015" + luhn.calc_check_digit("0988776015")  # fictional, with a valid check digit
OPERATOR_ADDRESS = ("Via della Sandbox 1", "20161", "Milano", "MI")
FPA_NS = "http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2"
DS_NS = "http://www.w3.org/2000/09/xmldsig#"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
PAYMENT_CODES = {"SDD": "MP19", "RID": "MP09", "Bonifico": "MP05", "Carta di credito": "MP08"}
DEVICES = (
    ("Smartphone Samsung Galaxy S24 - rata mensile", 3990),
    ("Smartphone Apple iPhone 15 - rata mensile", 4590),
    ("Smartphone Motorola edge 50 - rata mensile", 1990),
    ("Router WINDTRE Business Fibra - apparato", 14900),
    ("Centralino IP 8 interni - apparato", 38900),
    ("Telefono fisso IP Yealink T31 - apparato", 6900),
)
RECHARGE_AMOUNTS = (500, 1000, 1500, 2000, 2500, 5000)
RECHARGE_TYPES = ("online", "voucher", "automatic", "shop")
# outcome code → the server's own (Italian) words; the app shows its label for the code (docs/api.md "Codes and labels")
RECHARGED = ("RECHARGED", "Ricarica effettuata")
AWAITING_CONFIRMATION = ("AWAITING_CONFIRMATION", "In attesa di conferma dal circuito di pagamento")
FAILED_OUTCOMES = (
    ("PAYMENT_REFUSED", "Pagamento rifiutato dalla banca"),
    ("CARD_EXPIRED", "Carta scaduta"),
    ("CARD_LIMIT_EXCEEDED", "Importo superiore al limite della carta"),
    ("CANCELLED_BY_USER", "Operazione annullata dall'utente"),
)
CALL_KINDS = ("voice_national", "voice_mobile", "sms", "voice_international")

try:  # signed FatturaPA files need the optional `cryptography` package
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs7
    from cryptography.x509.oid import NameOID

    CAN_SIGN = True
except ImportError:  # pragma: no cover - the project's venv has it
    CAN_SIGN = False


def _euro(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def _euro_it(cents: int) -> str:
    return f"{cents // 100:,}".replace(",", ".") + f",{cents % 100:02d} EUR"


def _month_back(year: int, month: int, back: int) -> tuple[int, int]:
    index = year * 12 + month - 1 - back
    return index // 12, index % 12 + 1


def _vat(net: int) -> int:
    return (net * VAT_PERCENT + 50) // 100


def _offer_price(code: str) -> int:
    """A monthly fee per line for an offer (the catalogue's)."""
    return offer_price(code)


# -- PDF ------------------------------------------------------------------------------------------------------


def _pdf_escape(value: str) -> bytes:
    text = value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return text.encode("cp1252", "replace")


def write_pdf(pages: list[list[tuple[int, str]]]) -> bytes:
    """A small valid PDF: A4 pages of (font size, text) rows in Helvetica (WinAnsi), with an xref table."""
    count = len(pages)
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids ["
        + b" ".join(f"{4 + 2 * i} 0 R".encode() for i in range(count))
        + f"] /Count {count} >>".encode(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    for i, rows in enumerate(pages):
        stream = bytearray(b"BT\n50 800 Td\n")
        for size, text in rows:
            stream += f"/F1 {size} Tf\n".encode() + b"(" + _pdf_escape(text) + b") Tj\n"
            stream += f"0 -{size + 5} Td\n".encode()
        stream += b"ET"
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            + f"/Contents {5 + 2 * i} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + bytes(stream) + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _paginate(
    rows: list[tuple[int, str]], max_pages: int = 2, per_page: int = 44
) -> list[list[tuple[int, str]]]:
    pages = [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    if len(pages) > max_pages:
        left = sum(len(p) for p in pages[max_pages:])
        pages = pages[:max_pages]
        pages[-1] = pages[-1][:-1] + [
            (9, f"... e altre {left + 1} righe (dettaglio completo nella fattura elettronica)")
        ]
    return pages


# -- the archive ------------------------------------------------------------------------------------------------


class Invoices:
    """Mixin of the sandbox State: invoices (listing, files, share) and recharge history."""

    def _init_invoices(self) -> None:
        self._invoice_lock = threading.RLock()
        self._documents: dict[tuple[str, str], tuple[str, bytes]] = {}
        self._offer_groups: dict[str, dict[str, list[dict]]] = {}
        self._bodies: dict[str, dict] = {}
        self._signer: tuple[Any, Any] | None = None

    # -- what exists -------------------------------------------------------------------------------------
    def _today(self) -> date:
        now = self.now()  # type: ignore[attr-defined]
        utc = datetime.fromtimestamp(int(now), UTC)
        return (utc + italy_offset(utc)).date()

    def _company(self, company_id: str) -> dict:
        return json.loads(self.company_json(company_id))  # type: ignore[attr-defined]

    def _groups(self, company_id: str) -> dict[str, list[dict]]:
        """Per billing account, the lines' (kind, offer code, offer name, msisdn, paymentType) — read once."""
        with self._invoice_lock:
            groups = self._offer_groups.get(company_id)
            if groups is None:
                groups = {}
                for raw in self.all_lines(company_id):  # type: ignore[attr-defined]
                    line = json.loads(raw)
                    groups.setdefault(line["billingAccountId"], []).append(
                        {
                            "id": line["id"],
                            "msisdn": line["msisdn"],
                            "kind": line["kind"],
                            "offer": line["offer"],
                        }
                    )
                self._offer_groups[company_id] = groups
            return groups

    def _invoice_heads(self, company_id: str) -> list[dict]:
        """The invoices of the last 24 months (without file facts), newest first."""
        seed = self.config.seed  # type: ignore[attr-defined]
        company = self._company(company_id)
        today = self._today()
        try:
            start = today.replace(year=today.year - 2)
        except ValueError:  # 29 February
            start = today.replace(year=today.year - 2, day=28)
        heads = []
        company_number = int(re.sub(r"\D", "", company_id) or 0)
        for account_index, account in enumerate(company["billingAccounts"]):
            ba = account["id"]
            call_detail = account_index == 0 or (account_index > 1 and _rng(seed, "cdr", ba).random() < 0.5)
            devices: list[dict] = []
            for back in range(MONTHS + 1):
                year, month = _month_back(today.year, today.month, back)
                issue = date(year, month, SERVICE_ISSUE_DAY)
                if start < issue <= today:
                    py, pm = _month_back(year, month, 1)
                    period_to = date(year, month, 1) - timedelta(days=1)
                    heads.append(
                        self._head(
                            company_id,
                            company_number,
                            account_index,
                            ba,
                            "service",
                            "S",
                            issue,
                            date(py, pm, 1),
                            period_to,
                            call_detail,
                        )  # fmt: skip
                    )
                device_issue = date(year, month, DEVICE_ISSUE_DAY)
                if start < device_issue <= today:
                    pick = _rng(seed, "device", company_id, ba, year, month).random()
                    devices.append({"pick": pick, "issue": device_issue})
            chosen = [d for d in devices if d["pick"] < 0.12] or sorted(devices, key=lambda d: d["pick"])[:1]
            for device in chosen:
                heads.append(
                    self._head(
                        company_id,
                        company_number,
                        account_index,
                        ba,
                        "device",
                        "D",
                        device["issue"],
                        device["issue"],
                        device["issue"],
                        False,
                    )  # fmt: skip
                )
        heads.sort(key=lambda h: (h["issueDate"], h["id"]), reverse=True)
        self._set_statuses(heads, today)
        return heads

    def _head(
        self, company_id: str, company_number: int, account_index: int, ba: str, kind: str, letter: str,
        issue: date, period_from: date, period_to: date, call_detail: bool,
    ) -> dict:  # fmt: skip
        invoice_id = f"INV-{company_id}-{ba}-{issue:%Y%m}-{letter}"
        number = (
            f"{'F' if kind == 'service' else 'D'}{issue:%Y%m}/{company_number:04d}{account_index + 1:02d}"
        )
        return {
            "id": invoice_id,
            "number": number,
            "billingAccountId": ba,
            "kind": kind,
            "issueDate": issue.isoformat(),
            "dueDate": (issue + timedelta(days=PAYMENT_DAYS)).isoformat(),
            "amountCents": 0,
            "status": "due",
            "period": {"from": period_from.isoformat(), "to": period_to.isoformat()},
            "hasCallDetail": call_detail,
        }

    def _set_statuses(self, heads: list[dict], today: date) -> None:
        """Not yet due → due; past due → paid, but a few overdue (always one, the latest past due of the
        company's last billing account, when there is one)."""
        seed = self.config.seed  # type: ignore[attr-defined]
        forced: set[str] = set()
        last_account = max((h["billingAccountId"] for h in heads), default=None)
        for head in heads:  # newest first
            if head["billingAccountId"] == last_account and head["dueDate"] < today.isoformat():
                forced.add(head["id"])
                break
        for head in heads:
            if head["dueDate"] >= today.isoformat():
                head["status"] = "due"
            elif head["id"] in forced or _rng(seed, "overdue", head["id"]).random() < 0.06:
                head["status"] = "overdue"
            else:
                head["status"] = "paid"

    def _items(self, company_id: str, head: dict) -> list[tuple[str, int, int]]:
        """(description, quantity, unit price in cents) of an invoice."""
        seed = self.config.seed  # type: ignore[attr-defined]
        rng = _rng(seed, "items", head["id"])
        if head["kind"] == "device":
            return [
                (name, rng.randint(1, 3), price) for name, price in rng.sample(DEVICES, rng.randint(1, 3))
            ]
        lines = self._groups(company_id).get(head["billingAccountId"], [])
        offers: dict[str, list] = {}
        for line in lines:
            entry = offers.setdefault(line["offer"]["code"], [line["offer"]["name"], 0])
            entry[1] += 1
        items = [
            (f"Canone {name} ({code})", count, _offer_price(code))
            for code, (name, count) in sorted(offers.items())
        ]
        # the lines' charges of the billed month: exactly what GET /fleet/usage says each line spent
        months, charges = self.fleet_month_charges(company_id, self._today())  # type: ignore[attr-defined]
        month = months.index(head["period"]["from"][:7])
        extra = sum(int(charges[line["id"]][0][month]) for line in lines if line["id"] in charges)
        items.append(("Traffico extra soglia e servizi a consumo", 1, extra))
        if head["hasCallDetail"]:
            items.append(("Servizio dettaglio chiamate", 1, 200))
        return items

    def _body(self, company_id: str, head: dict) -> dict:
        """Items, net, VAT and total of an invoice, computed once per run."""
        with self._invoice_lock:
            body = self._bodies.get(head["id"])
            if body is None:
                items = self._items(company_id, head)
                net = sum(q * p for _, q, p in items)
                body = {"items": items, "net": net, "vat": _vat(net), "total": net + _vat(net)}
                self._bodies[head["id"]] = body
            return body

    # -- files ------------------------------------------------------------------------------------------
    def _signed(self, head: dict) -> bool:
        if not CAN_SIGN:
            return False
        return head["kind"] == "device" or int(head["issueDate"][5:7]) % 3 == 0

    def _fpa_filename(self, head: dict) -> str:
        digits = int(hashlib.sha256(head["id"].encode()).hexdigest(), 16) % 36**5
        alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        progressive = ""
        for _ in range(5):
            digits, rest = divmod(digits, 36)
            progressive = alphabet[rest] + progressive
        return f"IT{OPERATOR_VAT}_{progressive}.xml" + (".p7m" if self._signed(head) else "")

    def _document(self, company_id: str, head: dict, which: str) -> tuple[str, bytes]:
        """(filename, bytes) of an invoice's file, made on first use and kept for the run."""
        key = (head["id"], which)
        with self._invoice_lock:
            cached = self._documents.get(key)
            if cached is None:
                if which == "pdf":
                    cached = (f"{head['number'].replace('/', '-')}.pdf", self._pdf(company_id, head))
                elif which == "fatturapa":
                    xml = self._fatturapa(company_id, head)
                    filename = self._fpa_filename(head)
                    cached = (filename, self._sign(xml) if filename.endswith(".p7m") else xml)
                elif which == "call-detail.csv":
                    cached = (
                        f"dettaglio-{head['number'].replace('/', '-')}.csv",
                        self._call_csv(company_id, head),
                    )
                else:
                    rows = list(
                        csv.reader(io.StringIO(self._call_csv(company_id, head).decode()), delimiter=";")
                    )
                    text = [(14, f"Dettaglio chiamate - fattura {head['number']}"), (9, "")]
                    text += [(8, "  ".join(row)) for row in rows]
                    cached = (
                        f"dettaglio-{head['number'].replace('/', '-')}.pdf",
                        write_pdf(_paginate(text, 3, 70)),
                    )
                self._documents[key] = cached
            return cached

    def _pdf(self, company_id: str, head: dict) -> bytes:
        company = self._company(company_id)
        body = self._body(company_id, head)
        account = next(a for a in company["billingAccounts"] if a["id"] == head["billingAccountId"])
        kind = "servizi" if head["kind"] == "service" else "apparati (telefoni, apparati di rete fissa)"
        rows: list[tuple[int, str]] = [
            (18, f"{OPERATOR_NAME} - Fattura {head['number']}"),
            (10, f"Fattura {kind}"),
            (10, ""),
            (10, f"Cliente: {company['name']} - P.IVA {company['vatNumber']}"),
            (10, f"Indirizzo: {company['address']}"),
            (
                10,
                f"Account di fatturazione: {account['id']} - {account['name']} ({account['paymentMethod']})",
            ),
            (10, f"Data emissione: {head['issueDate']}    Scadenza: {head['dueDate']}"),
            (10, f"Periodo: dal {head['period']['from']} al {head['period']['to']}"),
            (10, ""),
            (12, "Dettaglio importi"),
        ]
        for description, quantity, price in body["items"]:
            rows.append(
                (9, f"{description}  -  {quantity} x {_euro_it(price)} = {_euro_it(quantity * price)}")
            )
        rows += [
            (10, ""),
            (10, f"Imponibile: {_euro_it(body['net'])}    IVA {VAT_PERCENT}%: {_euro_it(body['vat'])}"),
            (12, f"Totale da pagare: {_euro_it(body['total'])}"),
            (10, ""),
            (
                8,
                "Copia di cortesia senza valore fiscale. La fattura fiscale e' quella elettronica (FatturaPA)",
            ),
            (
                8,
                f"recapitata tramite SDI alla PEC {company.get('pec') or '-'} o al Codice Destinatario "
                f"{company.get('sdiCode') or '-'}.",
            ),  # fmt: skip
        ]
        if head["kind"] == "service":
            lines = self._groups(company_id).get(head["billingAccountId"], [])
            rows += [(10, ""), (12, "Linee dell'account")]
            rows += [(8, f"{line['msisdn']}  {line['offer']['name']}") for line in lines]
        return write_pdf(_paginate(rows))

    def _fatturapa(self, company_id: str, head: dict) -> bytes:
        company = self._company(company_id)
        body = self._body(company_id, head)
        account = next(a for a in company["billingAccounts"] if a["id"] == head["billingAccountId"])
        root = etree.Element(
            f"{{{FPA_NS}}}FatturaElettronica",
            nsmap={"p": FPA_NS, "ds": DS_NS, "xsi": XSI_NS},
            versione="FPR12",
        )
        root.set(f"{{{XSI_NS}}}schemaLocation", f"{FPA_NS} Schema_del_file_xml_FatturaPA_v1.2.2.xsd")

        def add(parent: Any, tag: str, text: str | None = None) -> Any:
            element = etree.SubElement(parent, tag)
            if text is not None:
                element.text = text
            return element

        def vat_id(parent: Any, code: str) -> None:
            ident = add(parent, "IdFiscaleIVA")
            add(ident, "IdPaese", "IT")
            add(ident, "IdCodice", code)

        def seat(parent: Any, street: str, cap: str, town: str, province: str) -> None:
            sede = add(parent, "Sede")
            add(sede, "Indirizzo", street)
            add(sede, "CAP", cap)
            add(sede, "Comune", town)
            add(sede, "Provincia", province)
            add(sede, "Nazione", "IT")

        header = add(root, "FatturaElettronicaHeader")
        transmission = add(header, "DatiTrasmissione")
        vat_id_t = add(transmission, "IdTrasmittente")
        add(vat_id_t, "IdPaese", "IT")
        add(vat_id_t, "IdCodice", OPERATOR_VAT)
        add(transmission, "ProgressivoInvio", self._fpa_filename(head).split("_")[1][:5])
        add(transmission, "FormatoTrasmissione", "FPR12")
        sdi = company.get("sdiCode") or "0000000"
        add(transmission, "CodiceDestinatario", sdi)
        if sdi == "0000000" and company.get("pec"):
            add(transmission, "PECDestinatario", company["pec"])
        seller = add(header, "CedentePrestatore")
        data = add(seller, "DatiAnagrafici")
        vat_id(data, OPERATOR_VAT)
        add(data, "CodiceFiscale", OPERATOR_VAT)
        add(add(data, "Anagrafica"), "Denominazione", OPERATOR_NAME)
        add(data, "RegimeFiscale", "RF01")
        seat(seller, *OPERATOR_ADDRESS)
        buyer = add(header, "CessionarioCommittente")
        data = add(buyer, "DatiAnagrafici")
        vat_id(data, company["vatNumber"])
        add(add(data, "Anagrafica"), "Denominazione", company["name"])
        match = re.fullmatch(r"(.+), (\d{5}) (.+) \(([A-Z]{2})\)", company.get("address", ""))
        seat(buyer, *(match.groups() if match else (company.get("address") or "-", "00000", "-", "RM")))

        document_body = add(root, "FatturaElettronicaBody")
        general = add(add(document_body, "DatiGenerali"), "DatiGeneraliDocumento")
        add(general, "TipoDocumento", "TD01")
        add(general, "Divisa", "EUR")
        add(general, "Data", head["issueDate"])
        add(general, "Numero", head["number"])
        add(general, "ImportoTotaleDocumento", _euro(body["total"]))
        add(general, "Causale", f"Fattura {head['kind']} - account {account['id']} {account['name']}"[:200])
        goods = add(document_body, "DatiBeniServizi")
        for number, (description, quantity, price) in enumerate(body["items"], 1):
            line = add(goods, "DettaglioLinee")
            add(line, "NumeroLinea", str(number))
            add(line, "Descrizione", description)
            add(line, "Quantita", f"{quantity}.00")
            add(
                line,
                "UnitaMisura",
                "linee" if head["kind"] == "service" and number < len(body["items"]) else "pz",
            )
            add(line, "DataInizioPeriodo", head["period"]["from"])
            add(line, "DataFinePeriodo", head["period"]["to"])
            add(line, "PrezzoUnitario", _euro(price))
            add(line, "PrezzoTotale", _euro(price * quantity))
            add(line, "AliquotaIVA", f"{VAT_PERCENT}.00")
        summary = add(goods, "DatiRiepilogo")
        add(summary, "AliquotaIVA", f"{VAT_PERCENT}.00")
        add(summary, "ImponibileImporto", _euro(body["net"]))
        add(summary, "Imposta", _euro(body["vat"]))
        add(summary, "EsigibilitaIVA", "I")
        payment = add(document_body, "DatiPagamento")
        add(payment, "CondizioniPagamento", "TP02")
        detail = add(payment, "DettaglioPagamento")
        add(detail, "ModalitaPagamento", PAYMENT_CODES.get(account["paymentMethod"], "MP05"))
        add(detail, "DataScadenzaPagamento", head["dueDate"])
        add(detail, "ImportoPagamento", _euro(body["total"]))
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8")

    def _sign(self, xml: bytes) -> bytes:
        """A CMS SignedData (DER) holding the XML, signed with a throwaway certificate made once per run."""
        with self._invoice_lock:
            if self._signer is None:
                key = ec.generate_private_key(ec.SECP256R1())
                name = x509.Name(
                    [
                        x509.NameAttribute(NameOID.COMMON_NAME, "WINDTRE Business Sandbox - firma di prova"),
                        x509.NameAttribute(NameOID.COUNTRY_NAME, "IT"),
                    ]
                )
                now = datetime.now(UTC)
                cert = (
                    x509.CertificateBuilder()
                    .subject_name(name)
                    .issuer_name(name)
                    .public_key(key.public_key())
                    .serial_number(x509.random_serial_number())
                    .not_valid_before(now - timedelta(days=1))
                    .not_valid_after(now + timedelta(days=3650))
                    .sign(key, hashes.SHA256())
                )
                self._signer = (cert, key)
            cert, key = self._signer
        return (
            pkcs7.PKCS7SignatureBuilder()
            .set_data(xml)
            .add_signer(cert, key, hashes.SHA256())
            .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])
        )

    def _call_csv(self, company_id: str, head: dict) -> bytes:
        seed = self.config.seed  # type: ignore[attr-defined]
        rng = _rng(seed, "calls", head["id"])
        lines = self._groups(company_id).get(head["billingAccountId"], [])[:25]
        first = date.fromisoformat(head["period"]["from"])
        days = (date.fromisoformat(head["period"]["to"]) - first).days + 1
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(["date", "time", "line", "number", "kind", "durationSeconds", "amountCents"])
        calls = []
        for line in lines:
            for _ in range(rng.randint(2, 6)):
                day = first + timedelta(days=rng.randrange(days))
                kind = rng.choice(CALL_KINDS)
                duration = 0 if kind == "sms" else rng.randint(5, 1800)
                amount = 0 if kind != "voice_international" else duration // 60 * 19 + 19
                number = f"+39{rng.choice(('3', '02', '06'))}{rng.randrange(10**7, 10**8)}"
                calls.append((day.isoformat(), f"{rng.randrange(7, 21):02d}:{rng.randrange(60):02d}",
                              line["msisdn"], number, kind, duration, amount))  # fmt: skip
        writer.writerows(sorted(calls))
        return out.getvalue().encode("utf-8")

    # -- the contract ----------------------------------------------------------------------------------
    def invoices(self, user: SessionUser) -> list[dict]:
        out = []
        for head in self._invoice_heads(user.company_id):
            body = self._body(user.company_id, head)
            _, pdf = self._document(user.company_id, head, "pdf")
            filename, fpa = self._document(user.company_id, head, "fatturapa")
            out.append(
                {
                    **head,
                    "amountCents": body["total"],
                    "pdf": {"size": len(pdf), "sha256": hashlib.sha256(pdf).hexdigest()},
                    "fatturapa": {
                        "filename": filename,
                        "signed": filename.endswith(".p7m"),
                        "size": len(fpa),
                        "sha256": hashlib.sha256(fpa).hexdigest(),
                    },
                }
            )
        return out

    def _find(self, user: SessionUser, invoice_id: str) -> dict:
        if invoice_id.startswith(f"INV-{user.company_id}-"):
            for head in self._invoice_heads(user.company_id):
                if head["id"] == invoice_id:
                    return head
        raise ApiError(404, "ERR-VAL-01", field="invoiceId", key="invoice_not_found", invoiceId=invoice_id)

    def invoice_file(self, user: SessionUser, invoice_id: str, which: str) -> tuple[str, bytes]:
        """(filename, bytes) of `pdf`, `fatturapa`, `call-detail.csv` or `call-detail.pdf`."""
        head = self._find(user, invoice_id)
        if which.startswith("call-detail") and not head["hasCallDetail"]:
            raise ApiError(
                404, "ERR-VAL-01", field="invoiceId", key="call_detail_missing", invoiceId=invoice_id
            )
        return self._document(user.company_id, head, which)

    def share_invoice(self, user: SessionUser, invoice_id: str, email: Any) -> dict:
        head = self._find(user, invoice_id)
        if not isinstance(email, str) or len(email) > 254 or not _EMAIL.fullmatch(email.strip()):
            raise ApiError(400, "ERR-VAL-01", field="email", key="email_invalid")
        filename, pdf = self._document(user.company_id, head, "pdf")
        message = self.send(  # type: ignore[attr-defined]
            "email",
            email.strip(),
            f"Fattura {head['number']}",
            f"In allegato la fattura {head['number']} del {head['issueDate']} ({filename}, {len(pdf)} byte), "
            f"inviata da {user.username}. Copia di cortesia senza valore fiscale.",
        )
        return {"invoiceId": invoice_id, "email": email.strip(), "sentAt": message["sentAt"]}

    def recharges(self, user: SessionUser, line_id: str) -> dict:
        raw = self.line(line_id)  # type: ignore[attr-defined]
        if raw is None:
            raise ApiError(404, "ERR-VAL-01", field="lineId", key="line_not_found", lineId=line_id)
        if not self.may_see_line(user, line_id):  # type: ignore[attr-defined]
            raise ApiError(403, "ERR-AUTH-03")
        line = json.loads(raw)
        done: list[dict] = []
        attempts: list[dict] = []
        if line["kind"] == "mobile" and line["paymentType"] == "prepaid":
            seed = self.config.seed  # type: ignore[attr-defined]
            rng = _rng(seed, "recharges", line_id)
            midnight = italian_midnight(self.now())  # type: ignore[attr-defined]
            oldest = midnight - 730 * 86400
            when = midnight - rng.randint(1, 20) * 86400 + rng.randint(8 * 3600, 20 * 3600)
            count = 0
            while when > oldest:
                amount = rng.choice(RECHARGE_AMOUNTS)
                stamp = iso_time(when)
                transaction = f"RC{stamp[:10].replace('-', '')}{int(hashlib.sha256(f'{line_id}{when}'.encode()).hexdigest()[:8], 16) % 10**7:07d}"
                failed = rng.random() < 0.15
                pending = count == 0 and rng.random() < 0.2
                if pending:
                    status, (code, outcome) = "pending", AWAITING_CONFIRMATION
                elif failed:
                    status, (code, outcome) = "failed", rng.choice(FAILED_OUTCOMES)
                else:
                    status, (code, outcome) = "completed", RECHARGED
                    done.append({"date": stamp, "amountCents": amount, "type": rng.choice(RECHARGE_TYPES)})
                attempts.append({"date": stamp, "amountCents": amount, "transactionId": transaction,
                                 "status": status, "outcomeCode": code, "outcome": outcome})  # fmt: skip
                count += 1
                when -= rng.randint(10, 45) * 86400 + rng.randint(-3 * 3600, 3 * 3600)
        # the orders and automatic top-ups of sandbox/recharge_orders.py (R-64, R-67), merged in newest first
        stored_done, stored_attempts = self.stored_recharges(line_id)  # type: ignore[attr-defined]
        done = _newest_first(stored_done, done)
        attempts = _newest_first(stored_attempts, attempts)
        return {"lineId": line_id, "done": done, "attempts": attempts}


def _newest_first(stored: list[tuple[float, dict]], made: list[dict]) -> list[dict]:
    """Stored (epoch, entry) pairs merged into a generated newest-first list, newest first."""
    if not stored:
        return made
    dated = [(epoch, entry) for epoch, entry in stored]
    dated += [(datetime.fromisoformat(entry["date"]).timestamp(), entry) for entry in made]
    return [entry for _, entry in sorted(dated, key=lambda pair: -pair[0])]
