"""Invoices and recharges against a private sandbox on loopback (R-40…R-43): 24 months per billing account,
device invoices, PDF / FatturaPA / .p7m / call-detail files, share by email, ETag, roles, recharge history."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections import Counter
from datetime import date

import httpx
import pytest
from lxml import etree

from tests.sandbox.conftest import assert_wrapped, login, user_of
from windtre_desktop.domain import server_labels
from windtre_desktop.sandbox.runner import SandboxServer

API = "/api/v1"


class Box:
    """One private sandbox with a User Admin, a Telco Manager and a Dipendente signed in."""

    def __init__(self, seed: int = 1) -> None:
        self.server = SandboxServer(lines=60, seed=seed)
        self.server.start()
        self.http = httpx.Client(base_url=self.server.url, timeout=30)
        self.sessions = {}
        for role in ("USER_ADMIN", "TELCO_MANAGER", "DIPENDENTE"):
            client = httpx.Client(base_url=self.server.url, timeout=30)
            login(client, user_of(self.server, role))
            self.sessions[role] = client
        self.admin = self.sessions["USER_ADMIN"]

    def invoices(self) -> list[dict]:
        return assert_wrapped(self.admin.get(f"{API}/invoices"), "OK", 200)["data"]

    def company(self) -> dict:
        return assert_wrapped(self.admin.get(f"{API}/company"), "OK", 200)["data"]

    def close(self) -> None:
        for client in [self.http, *self.sessions.values()]:
            client.close()
        self.server.stop()


@pytest.fixture(scope="module")
def box():
    sandbox = Box()
    yield sandbox
    sandbox.close()


def _pdf_is_sound(data: bytes) -> None:
    """A minimal structural check: header, xref table where startxref says, trailer, %%EOF."""
    assert data.startswith(b"%PDF-1.")
    assert data.rstrip().endswith(b"%%EOF")
    start = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data).group(1))
    assert data[start : start + 4] == b"xref"
    count = int(re.match(rb"xref\s+0 (\d+)", data[start:]).group(1))
    entries = re.findall(rb"(\d{10}) 00000 n ", data[start:])
    assert len(entries) == count - 1
    for number, offset in enumerate(entries, 1):
        assert data[int(offset) :].startswith(f"{number} 0 obj".encode())
    assert b"/Type /Catalog" in data and b"trailer" in data[start:]


def _fpa_xml(data: bytes) -> bytes:
    """The XML inside a DER CMS SignedData (the embedded content is one contiguous OCTET STRING)."""
    begin = data.index(b"<?xml")
    end = data.index(b"</p:FatturaElettronica>") + len(b"</p:FatturaElettronica>")
    return data[begin:end]


# -- the listing ----------------------------------------------------------------------------------------------


def test_24_months_of_service_invoices_per_billing_account_and_device_invoices(box):
    invoices = box.invoices()
    accounts = [a["id"] for a in box.company()["billingAccounts"]]
    service = Counter(i["billingAccountId"] for i in invoices if i["kind"] == "service")
    assert service == {account: 24 for account in accounts}
    for account in accounts:
        months = {
            i["issueDate"][:7]
            for i in invoices
            if i["billingAccountId"] == account and i["kind"] == "service"
        }
        assert len(months) == 24
    devices = [i for i in invoices if i["kind"] == "device"]
    assert devices and {i["billingAccountId"] for i in devices} <= set(accounts)
    newest = max(date.fromisoformat(i["issueDate"]) for i in invoices)
    oldest = min(date.fromisoformat(i["issueDate"]) for i in invoices)
    assert (newest - oldest).days < 2 * 366
    assert [i["issueDate"] for i in invoices] == sorted((i["issueDate"] for i in invoices), reverse=True)
    assert len({i["id"] for i in invoices}) == len({i["number"] for i in invoices}) == len(invoices)


def test_invoice_shape_statuses_and_call_detail_flags(box):
    invoices = box.invoices()
    keys = {"id", "number", "billingAccountId", "kind", "issueDate", "dueDate", "amountCents", "status",
            "period", "hasCallDetail", "pdf", "fatturapa"}  # fmt: skip
    for invoice in invoices:
        assert set(invoice) == keys
        assert invoice["amountCents"] > 0 and isinstance(invoice["amountCents"], int)
        assert invoice["dueDate"] > invoice["issueDate"]
        assert invoice["period"]["from"] <= invoice["period"]["to"]
        assert set(invoice["pdf"]) == {"size", "sha256"}
        assert set(invoice["fatturapa"]) == {"filename", "signed", "size", "sha256"}
        assert re.fullmatch(r"[A-Za-z0-9/_.-]{1,20}", invoice["number"])
    assert {i["status"] for i in invoices} == {"paid", "due", "overdue"}
    assert {i["hasCallDetail"] for i in invoices if i["kind"] == "service"} == {True, False}
    assert not any(i["hasCallDetail"] for i in invoices if i["kind"] == "device")


def test_etag_gives_304(box):
    first = box.admin.get(f"{API}/invoices")
    etag = first.headers["ETag"]
    again = box.admin.get(f"{API}/invoices", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    other = box.admin.get(f"{API}/invoices", headers={"If-None-Match": '"something-else"'})
    assert other.status_code == 200 and other.headers["ETag"] == etag


def test_the_company_has_pec_and_sdi_code(box):
    company = box.company()
    assert "@" in company["pec"] and re.fullmatch(r"[A-Z0-9]{7}", company["sdiCode"])


def test_same_seed_same_archive():
    other = Box()
    try:
        first = {(i["id"], i["number"], i["amountCents"], i["pdf"]["sha256"]) for i in other.invoices()}
    finally:
        other.close()
    again = Box()
    try:
        assert {
            (i["id"], i["number"], i["amountCents"], i["pdf"]["sha256"]) for i in again.invoices()
        } == first
    finally:
        again.close()


# -- files ------------------------------------------------------------------------------------------------------


def test_pdfs_are_sound_and_match_the_listing(box):
    invoices = box.invoices()
    picked = [invoices[0], invoices[-1], next(i for i in invoices if i["kind"] == "device")]
    for invoice in picked:
        answer = box.admin.get(f"{API}/invoices/{invoice['id']}/pdf")
        assert answer.status_code == 200 and answer.headers["content-type"] == "application/pdf"
        assert "attachment" in answer.headers["content-disposition"]
        _pdf_is_sound(answer.content)
        assert len(answer.content) == invoice["pdf"]["size"]
        assert hashlib.sha256(answer.content).hexdigest() == invoice["pdf"]["sha256"]
        assert invoice["number"].encode() in answer.content
        assert b"senza valore fiscale" in answer.content


def test_fatturapa_xml_matches_the_listing(box):
    company = box.company()
    invoices = box.invoices()
    unsigned = [i for i in invoices if not i["fatturapa"]["signed"]][:3]
    assert unsigned
    for invoice in unsigned:
        answer = box.admin.get(f"{API}/invoices/{invoice['id']}/fatturapa")
        assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/xml")
        assert invoice["fatturapa"]["filename"] in answer.headers["content-disposition"]
        assert re.fullmatch(r"IT\d{11}_[0-9A-Z]{5}\.xml", invoice["fatturapa"]["filename"])
        assert hashlib.sha256(answer.content).hexdigest() == invoice["fatturapa"]["sha256"]
        root = etree.fromstring(answer.content)
        assert root.tag == "{http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2}FatturaElettronica"
        assert root.get("versione") == "FPR12"
        assert root.findtext(".//FormatoTrasmissione") == "FPR12"
        assert root.findtext(".//DatiGeneraliDocumento/Numero") == invoice["number"]
        assert root.findtext(".//DatiGeneraliDocumento/Data") == invoice["issueDate"]
        total = root.findtext(".//DatiGeneraliDocumento/ImportoTotaleDocumento")
        assert total == f"{invoice['amountCents'] // 100}.{invoice['amountCents'] % 100:02d}"
        buyer = root.find(".//CessionarioCommittente")
        assert buyer.findtext(".//IdCodice") == company["vatNumber"]
        assert buyer.findtext(".//Denominazione") == company["name"]
        assert root.findtext(".//CodiceDestinatario") == company["sdiCode"]
        assert root.find(".//CedentePrestatore//IdCodice").text != company["vatNumber"]
        lines = root.findall(".//DettaglioLinee")
        assert (
            lines and root.find(".//DatiRiepilogo") is not None and root.find(".//DatiPagamento") is not None
        )
        net = sum(round(float(line.findtext("PrezzoTotale")) * 100) for line in lines)
        assert net == round(float(root.findtext(".//DatiRiepilogo/ImponibileImporto")) * 100)


def test_signed_fatturapa_is_der_cms(box):
    pytest.importorskip("cryptography")
    from cryptography.hazmat.primitives.serialization import pkcs7

    signed = [i for i in box.invoices() if i["fatturapa"]["signed"]][:2]
    assert signed, "some invoices are signed when cryptography is installed"
    for invoice in signed:
        assert invoice["fatturapa"]["filename"].endswith(".xml.p7m")
        answer = box.admin.get(f"{API}/invoices/{invoice['id']}/fatturapa")
        assert answer.status_code == 200 and answer.headers["content-type"] == "application/pkcs7-mime"
        data = answer.content
        assert data[0] == 0x30  # DER SEQUENCE, not base64
        assert hashlib.sha256(data).hexdigest() == invoice["fatturapa"]["sha256"]
        assert pkcs7.load_der_pkcs7_certificates(data)  # the signer's certificate is in it
        root = etree.fromstring(_fpa_xml(data))
        assert root.findtext(".//DatiGeneraliDocumento/Numero") == invoice["number"]


def test_call_detail_csv_pdf_and_404_without_it(box):
    invoices = box.invoices()
    with_detail = next(i for i in invoices if i["hasCallDetail"])
    answer = box.admin.get(f"{API}/invoices/{with_detail['id']}/call-detail")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(answer.text), delimiter=";"))
    assert rows[0] == ["date", "time", "line", "number", "kind", "durationSeconds", "amountCents"]
    assert len(rows) > 1
    assert all(with_detail["period"]["from"] <= row[0] <= with_detail["period"]["to"] for row in rows[1:])
    assert {row[4] for row in rows[1:]} <= server_labels.CALL_KINDS.keys()  # codes the app has labels for
    as_pdf = box.admin.get(
        f"{API}/invoices/{with_detail['id']}/call-detail", headers={"Accept": "application/pdf"}
    )
    assert as_pdf.headers["content-type"] == "application/pdf"
    _pdf_is_sound(as_pdf.content)
    without = next(i for i in invoices if not i["hasCallDetail"])
    body = assert_wrapped(
        box.admin.get(f"{API}/invoices/{without['id']}/call-detail"), "FAIL", 404, "ERR-VAL-01"
    )
    assert body["messages"][0]["field"] == "invoiceId"


def test_unknown_or_other_company_invoice_is_404(box):
    invoice_id = box.invoices()[0]["id"]
    for bad in ("INV-NOPE", invoice_id.replace("C0001", "C0002"), invoice_id[:-1] + "X"):
        for suffix in ("pdf", "fatturapa", "call-detail"):
            body = assert_wrapped(box.admin.get(f"{API}/invoices/{bad}/{suffix}"), "FAIL", 404, "ERR-VAL-01")
            assert body["messages"][0]["field"] == "invoiceId"


# -- share --------------------------------------------------------------------------------------------------


def test_share_lands_in_the_outbox_once_per_key(box):
    invoice = box.invoices()[1]
    box.http.delete("/sandbox/outbox")
    url = f"{API}/invoices/{invoice['id']}/share"
    headers = {"Idempotency-Key": "share-once"}
    first = assert_wrapped(
        box.admin.post(url, json={"email": "contabile@example.it"}, headers=headers), "OK", 200
    )
    again = assert_wrapped(
        box.admin.post(url, json={"email": "contabile@example.it"}, headers=headers), "OK", 200
    )
    assert first == again
    assert first["data"]["invoiceId"] == invoice["id"] and first["data"]["email"] == "contabile@example.it"
    messages = box.http.get("/sandbox/outbox").json()["messages"]
    assert len(messages) == 1
    assert messages[0]["channel"] == "email" and messages[0]["to"] == "contabile@example.it"
    assert invoice["number"] in messages[0]["subject"]
    box.admin.post(url, json={"email": "contabile@example.it"}, headers={"Idempotency-Key": "share-twice"})
    assert len(box.http.get("/sandbox/outbox").json()["messages"]) == 2
    box.http.delete("/sandbox/outbox")


@pytest.mark.parametrize("email", ["", "not-an-email", "a@b", "a b@example.it", "x@example.it\nBcc: y@z.it"])
def test_share_refuses_a_bad_email(box, email):
    invoice = box.invoices()[0]
    answer = box.admin.post(
        f"{API}/invoices/{invoice['id']}/share",
        json={"email": email},
        headers={"Idempotency-Key": f"bad-{len(email)}"},
    )
    body = assert_wrapped(answer, "FAIL", 400, "ERR-VAL-01")
    assert [m["field"] for m in body["messages"]] == ["email"]


def test_share_without_a_body_names_email(box):
    invoice = box.invoices()[0]
    body = assert_wrapped(box.admin.post(f"{API}/invoices/{invoice['id']}/share", json={}), "FAIL", 400)
    assert "email" in {m["field"] for m in body["messages"]}


# -- roles ------------------------------------------------------------------------------------------------------


def test_telco_manager_reads_invoices_and_a_dipendente_gets_403(box):
    invoice = box.invoices()[0]
    telco = box.sessions["TELCO_MANAGER"]
    assert assert_wrapped(telco.get(f"{API}/invoices"), "OK", 200)["data"] == box.invoices()
    assert telco.get(f"{API}/invoices/{invoice['id']}/pdf").status_code == 200
    employee = box.sessions["DIPENDENTE"]
    own_line = assert_wrapped(employee.get(f"{API}/me"), "OK", 200)["data"]["lineId"]
    for method, url in [
        ("GET", f"{API}/invoices"),
        ("GET", f"{API}/invoices/{invoice['id']}/pdf"),
        ("GET", f"{API}/invoices/{invoice['id']}/fatturapa"),
        ("GET", f"{API}/invoices/{invoice['id']}/call-detail"),
        ("POST", f"{API}/invoices/{invoice['id']}/share"),
        ("GET", f"{API}/lines/{own_line}/recharges"),
    ]:
        answer = employee.request(method, url, json={"email": "a@example.it"} if method == "POST" else None)
        assert_wrapped(answer, "FAIL", 403, "ERR-AUTH-03")


# -- recharges ------------------------------------------------------------------------------------------------


def test_recharge_history_shape(box):
    lines = assert_wrapped(box.admin.get(f"{API}/lines"), "OK", 200)["data"]
    prepaid = [line for line in lines if line["kind"] == "mobile" and line["paymentType"] == "prepaid"]
    assert prepaid
    data = assert_wrapped(box.admin.get(f"{API}/lines/{prepaid[0]['id']}/recharges"), "OK", 200)["data"]
    assert set(data) == {"lineId", "done", "attempts"} and data["lineId"] == prepaid[0]["id"]
    assert data["done"] and data["attempts"]
    for entry in data["done"]:
        assert set(entry) == {"date", "amountCents", "type"}
        assert entry["amountCents"] > 0 and entry["type"] in ("online", "voucher", "automatic", "shop")
    for entry in data["attempts"]:
        assert set(entry) == {"date", "amountCents", "transactionId", "status", "outcomeCode", "outcome"}
        assert entry["status"] in ("completed", "failed", "pending") and entry["outcome"]
        # a code the app has a label for ("Codes and labels" in docs/api.md), and the server's words beside it
        assert entry["outcomeCode"] in server_labels.RECHARGE_OUTCOMES
    assert len({a["transactionId"] for a in data["attempts"]}) == len(data["attempts"])
    completed = [a for a in data["attempts"] if a["status"] == "completed"]
    assert [(a["date"], a["amountCents"]) for a in completed] == [
        (d["date"], d["amountCents"]) for d in data["done"]
    ]
    dates = [d["date"] for d in data["attempts"]]
    assert dates == sorted(dates, reverse=True)
    again = assert_wrapped(box.admin.get(f"{API}/lines/{prepaid[0]['id']}/recharges"), "OK", 200)["data"]
    assert again == data
    postpaid = next(line for line in lines if line["paymentType"] == "postpaid")
    empty = assert_wrapped(box.admin.get(f"{API}/lines/{postpaid['id']}/recharges"), "OK", 200)["data"]
    assert empty["done"] == [] and empty["attempts"] == []


def test_recharges_of_an_unknown_or_foreign_line(box):
    body = assert_wrapped(box.admin.get(f"{API}/lines/L99999/recharges"), "FAIL", 404, "ERR-VAL-01")
    assert body["messages"][0]["field"] == "lineId"
    foreign = box.http.get("/sandbox/lines", params={"companyId": "C0002", "limit": 1}).json()["lines"][0]
    assert_wrapped(box.admin.get(f"{API}/lines/{foreign['id']}/recharges"), "FAIL", 403, "ERR-AUTH-03")
