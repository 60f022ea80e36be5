"""Tickets against a private sandbox on loopback (R-70…R-73): each ticket type end to end, field and
attachment rules, one open ticket per company, statuses on the clock, idempotency and faults."""

from __future__ import annotations

import hashlib

import httpx
import pytest

from tests.sandbox.conftest import assert_wrapped
from tests.sandbox.tickets_support import (
    DAY,
    IMEI_FILES,
    JPEG,
    PDF,
    PNG,
    TicketBox,
    administrative,
    imei_block,
    sim_replacement,
)
from windtre_desktop.sandbox.tickets import MAX_FILE_BYTES, REASONS


@pytest.fixture
def box():
    """A fresh sandbox per test: a filed ticket keeps the company busy (R-73)."""
    sandbox = TicketBox()
    yield sandbox
    sandbox.close()


@pytest.fixture(scope="module")
def shared():
    """One sandbox for the tests that file nothing (refused requests)."""
    sandbox = TicketBox()
    yield sandbox
    sandbox.close()


def _fields(response: httpx.Response, http: int = 400) -> dict[str, str]:
    body = assert_wrapped(response, "FAIL", http, "ERR-VAL-01")
    return {m["field"]: m["message"] for m in body["messages"]}


# -- each ticket type end to end ---------------------------------------------------------------------------


def test_sim_replacement_end_to_end(box):
    msisdn = box.mobile(2)
    national = msisdn.removeprefix("+39")
    files = [("other", ("foto.png", PNG, "image/png"))]
    ticket = assert_wrapped(box.post(sim_replacement(f"{national[:3]} {national[3:]}"), files), "OK", 200)[
        "data"
    ]
    assert ticket["number"].startswith("TK-") and len(ticket["number"]) == len("TK-2026-000001")
    assert (ticket["reason"], ticket["topic"], ticket["service"], ticket["type"]) == (
        "LOSS_THEFT",
        "SIM_REPLACEMENT",
        "voice",
        "theft",
    )
    assert ticket["msisdn"] == msisdn  # normalised
    assert ticket["referent"]["email"] == "mario.rossi@example.it"
    assert ticket["imei"] is None and ticket["requester"] is None and ticket["notify"] is None
    assert ticket["status"] == "ASSIGNED"
    assert ticket["history"] == [{"status": "ASSIGNED", "at": ticket["createdAt"]}]
    assert ticket["createdBy"] == "admin.demo"
    [attachment] = ticket["attachments"]
    assert attachment["kind"] == "other" and attachment["contentType"] == "image/png"
    assert attachment["size"] == len(PNG) and attachment["sha256"] == hashlib.sha256(PNG).hexdigest()

    detail = assert_wrapped(box.admin.get(f"/api/v1/tickets/{ticket['id']}"), "OK", 200)["data"]
    assert detail == ticket
    assert box.tickets() == [ticket]
    assert assert_wrapped(box.admin.get("/api/v1/tickets/open"), "OK", 200)["data"] == ticket
    download = box.admin.get(f"/api/v1/tickets/{ticket['id']}/attachments/{attachment['id']}")
    assert download.status_code == 200 and download.content == PNG
    assert download.headers["content-type"] == "image/png"
    assert 'filename="foto.png"' in download.headers["content-disposition"]


def test_imei_block_end_to_end_with_the_three_attachments(box):
    ticket = assert_wrapped(box.post(imei_block(imei="3569-3803-5643-809"), IMEI_FILES), "OK", 200)["data"]
    assert ticket["imei"] == "356938035643809" and ticket["service"] == "data"
    kinds = {a["kind"]: a for a in ticket["attachments"]}
    assert set(kinds) == {"request_form", "identity_document", "authority_report"}
    for kind, (filename, data, media) in IMEI_FILES:
        meta = kinds[kind]
        assert (meta["filename"], meta["contentType"], meta["size"]) == (filename, media, len(data))
        got = box.admin.get(f"/api/v1/tickets/{ticket['id']}/attachments/{meta['id']}")
        assert got.content == data  # binary bytes (CR, LF, NUL, "--") come back unchanged


def test_imei_block_attachments_may_come_as_a_kinds_list(box):
    files = [("attachments", value) for _, value in reversed(IMEI_FILES)]
    body = imei_block(kinds=["authority_report", "identity_document", "request_form"])
    ticket = assert_wrapped(box.post(body, files), "OK", 200)["data"]
    assert [(a["kind"], a["filename"]) for a in ticket["attachments"]] == [
        ("authority_report", "denuncia.jpg"),
        ("identity_document", "carta-identita.png"),
        ("request_form", "modulo.pdf"),
    ]


@pytest.mark.parametrize("topic", REASONS["ADMINISTRATIVE"])
def test_every_administrative_topic_end_to_end(box, topic):
    ticket = assert_wrapped(box.post(administrative(topic, notify="sms")), "OK", 200)["data"]
    assert (ticket["reason"], ticket["topic"], ticket["domain"], ticket["notify"]) == (
        "ADMINISTRATIVE",
        topic,
        "mobile",
        "sms",
    )
    assert ticket["invoiceNumber"] == "2026/A-000123"
    assert ticket["requester"]["name"] == "Giulia Conti"
    assert ticket["service"] is None and ticket["msisdn"] is None


@pytest.mark.parametrize("topic", ["ACTIVATION_DELAY", "DELIVERY_DELAY", "WRONG_RECHARGE_CHARGE", "OTHER"])
def test_invoice_number_is_optional_for_some_topics(box, topic):
    body = administrative(topic)
    del body["invoiceNumber"]
    assert assert_wrapped(box.post(body), "OK", 200)["data"]["invoiceNumber"] is None


@pytest.mark.parametrize("topic", ["WRONG_TARIFF", "PREMIUM_SERVICES", "WRONG_INVOICE_FORMAT"])
def test_invoice_number_is_required_for_the_others(shared, topic):
    body = administrative(topic, invoiceNumber="  ")
    assert set(_fields(shared.post(body))) == {"invoiceNumber"}


# -- every field's bad input names the field -------------------------------------------------------------


def _bad_cases():
    return [
        ("reason", ("sim", {"reason": "COMPLAINT"})),
        ("reason", ("sim", {"reason": None})),
        ("topic", ("sim", {"topic": "WRONG_TARIFF"})),
        ("topic", ("adm", {"topic": "SIM_REPLACEMENT"})),
        ("service", ("sim", {"service": "fax"})),
        ("type", ("sim", {"type": "fire"})),
        ("msisdn", ("sim", {"msisdn": "12345"})),
        ("msisdn", ("sim", {"msisdn": "+393999999999"})),  # a mobile number, not the company's
        ("msisdn", ("sim", {"msisdn": ""})),
        ("deliverySite", ("sim", {"deliverySite": "   "})),
        ("deliverySite", ("sim", {"deliverySite": "x" * 201})),
        ("deliverySite", ("sim", {"deliverySite": "\u200b"})),  # issue 16: invisible only
        ("deliverySite", ("sim", {"deliverySite": "Via Roma\x00 1"})),
        ("referent.name", ("sim", {"referent": {"name": "\x07", "phone": "3471112222", "email": "a@b.it"}})),
        ("site", ("adm", {"site": "--"})),
        ("referent", ("sim", {"referent": "Mario"})),
        ("referent.name", ("sim", {"referent": {"phone": "3471112222", "email": "a@b.it"}})),
        ("referent.phone", ("sim", {"referent": {"name": "M", "phone": "12ab", "email": "a@b.it"}})),
        ("referent.email", ("sim", {"referent": {"name": "M", "phone": "3471112222", "email": "nope"}})),
        ("imei", ("imei", {"imei": "356938035643808"})),  # wrong check digit
        ("imei", ("imei", {"imei": "35693803564380"})),  # 14 digits
        ("imei", ("imei", {"imei": None})),
        ("domain", ("adm", {"domain": "satellite"})),
        ("invoiceNumber", ("adm", {"invoiceNumber": "fattura n° 12"})),
        ("site", ("adm", {"site": ""})),
        ("requester", ("adm", {"requester": None})),
        ("requester.email", ("adm", {"requester": {"name": "G", "phone": "021234567", "email": "g@"}})),
        ("notify", ("adm", {"notify": "pigeon"})),
        ("notes", ("adm", {"notes": 42})),
        ("kinds", ("imei", {"kinds": ["passport"]})),
    ]


@pytest.mark.parametrize(("field", "case"), _bad_cases(), ids=lambda v: v if isinstance(v, str) else None)
def test_a_bad_field_is_refused_naming_it(shared, field, case):
    kind, change = case
    if kind == "sim":
        body, files = sim_replacement(shared.mobile()), []
    elif kind == "imei":
        body, files = imei_block(), IMEI_FILES
    else:
        body, files = administrative(), []
    body.update(change)
    body = {k: v for k, v in body.items() if v is not None}
    fields = _fields(shared.post(body, files))
    assert field in fields, fields
    assert fields[field]


def test_messages_are_in_english_when_asked(shared):
    english = httpx.Client(
        base_url=shared.server.url, headers={**shared.admin.headers, "Accept-Language": "en"}
    )
    with english:
        fields = _fields(shared.post(imei_block(imei="123"), IMEI_FILES, client=english))
    assert "15 digits" in fields["imei"]


def test_the_ticket_part_must_be_a_json_object(shared):
    assert set(_fields(shared.post("not json"))) == {"ticket"}
    assert set(_fields(shared.post("[1, 2]"))) == {"ticket"}
    plain = shared.admin.post("/api/v1/tickets", json={}, headers={"Idempotency-Key": shared.key()})
    assert set(_fields(plain)) == {"ticket"}


def test_the_idempotency_key_is_required(shared):
    assert set(_fields(shared.post(sim_replacement(shared.mobile()), key=None))) == {"Idempotency-Key"}
    assert shared.tickets() == []


# -- notes and attachments --------------------------------------------------------------------------


def test_notes_of_301_characters_are_refused(shared):
    fields = _fields(shared.post(administrative(notes="é" * 301)))
    assert set(fields) == {"notes"} and "300" in fields["notes"]


def test_notes_of_300_characters_are_accepted(box):
    assert len(assert_wrapped(box.post(administrative(notes="é" * 300)), "OK", 200)["data"]["notes"]) == 300


def test_a_fourth_attachment_is_refused(shared):
    files = [*IMEI_FILES, ("other", ("extra.pdf", PDF, "application/pdf"))]
    fields = _fields(shared.post(imei_block(), files))
    assert set(fields) == {"attachments"} and "3" in fields["attachments"]
    assert shared.tickets() == []


def test_a_pdf_that_is_really_text_is_refused_by_name(shared):
    files = [("other", ("contratto.pdf", b"just some text, not a PDF", "application/pdf"))]
    fields = _fields(shared.post(sim_replacement(shared.mobile()), files))
    assert set(fields) == {"attachments"} and "contratto.pdf" in fields["attachments"]


@pytest.mark.parametrize(
    ("filename", "data"),
    [("foto.pdf", PNG), ("scan.png", JPEG), ("doc.gif", b"GIF89a...."), ("vuoto.pdf", b"")],
)
def test_a_file_whose_bytes_and_name_disagree_or_that_is_empty_is_refused(shared, filename, data):
    files = [("other", (filename, data, "application/octet-stream"))]
    fields = _fields(shared.post(sim_replacement(shared.mobile()), files))
    assert filename in fields["attachments"]


def test_an_imei_block_needs_exactly_the_three_kinds(shared):
    two = _fields(shared.post(imei_block(), IMEI_FILES[:2]))
    assert set(two) == {"attachments"}
    same = [IMEI_FILES[0], IMEI_FILES[0], IMEI_FILES[2]]
    assert set(_fields(shared.post(imei_block(), same))) == {"attachments"}


def test_a_file_over_5_mb_is_refused_naming_it(shared):
    big = PDF + b"0" * (MAX_FILE_BYTES + 1 - len(PDF))
    fields = _fields(
        shared.post(sim_replacement(shared.mobile()), [("other", ("grande.pdf", big, "application/pdf"))])
    )
    assert "grande.pdf" in fields["attachments"] and "5 MB" in fields["attachments"]


def test_files_over_12_mb_in_total_are_refused(shared):
    each = PDF + b"0" * (int(4.2 * 2**20) - len(PDF))  # 12.6 MB in all: each under 5 MB, the body under 13 MB
    files = [(kind, (f"f{i}.pdf", each, "application/pdf")) for i, kind in enumerate(("other",) * 3)]
    fields = _fields(shared.post(sim_replacement(shared.mobile()), files))
    assert set(fields) == {"attachments"} and "12 MB" in fields["attachments"]


def test_a_request_over_13_mb_gets_413(shared):
    each = PDF + b"0" * (int(4.9 * 2**20) - len(PDF))
    files = [("other", (f"f{i}.pdf", each, "application/pdf")) for i in range(3)]
    assert set(_fields(shared.post(sim_replacement(shared.mobile()), files), 413)) == {"attachments"}
    assert shared.tickets() == []


# -- one open ticket per company and statuses on the clock ------------------------------------------


def test_one_open_ticket_at_a_time_until_it_is_closed(box):
    first = assert_wrapped(box.post(administrative()), "OK", 200)["data"]
    refused = assert_wrapped(box.post(sim_replacement(box.mobile())), "FAIL", 409, "ERR-TKT-01")
    assert refused["data"] == {"id": first["id"], "number": first["number"], "status": "ASSIGNED"}
    assert first["number"] in refused["messages"][0]["message"]

    box.advance(3600)  # in progress: still open
    refused = assert_wrapped(box.post(sim_replacement(box.mobile())), "FAIL", 409, "ERR-TKT-01")
    assert refused["data"]["status"] == "IN_PROGRESS"
    telco = box.login("telco.demo", "Telco2026!")  # the rule is per company, not per user
    assert_wrapped(box.post(administrative(), client=telco), "FAIL", 409, "ERR-TKT-01")

    box.advance(DAY - 3600)  # closed: the company may file again
    assert assert_wrapped(box.admin.get("/api/v1/tickets/open"), "OK", 200)["data"] is None
    second = assert_wrapped(box.post(sim_replacement(box.mobile()), client=telco), "OK", 200)["data"]
    assert second["number"] != first["number"] and second["createdBy"] == "telco.demo"
    assert [t["id"] for t in box.tickets()] == [second["id"], first["id"]]  # newest first


def test_statuses_advance_on_the_sandbox_clock(box):
    ticket = assert_wrapped(box.post(administrative()), "OK", 200)["data"]
    url = f"/api/v1/tickets/{ticket['id']}"

    def detail() -> dict:
        return assert_wrapped(box.admin.get(url), "OK", 200)["data"]

    box.advance(3599)
    assert detail()["status"] == "ASSIGNED"
    box.advance(1)
    now = detail()
    assert now["status"] == "IN_PROGRESS"
    assert [h["status"] for h in now["history"]] == ["ASSIGNED", "IN_PROGRESS"]
    box.advance(DAY)
    now = detail()
    assert now["status"] == "CLOSED"
    assert [h["status"] for h in now["history"]] == ["ASSIGNED", "IN_PROGRESS", "CLOSED"]
    assert now["history"][0]["at"] == ticket["createdAt"]


def test_the_list_has_an_etag_that_moves_with_the_status(box):
    assert_wrapped(box.post(administrative()), "OK", 200)
    first = box.admin.get("/api/v1/tickets")
    etag = first.headers["ETag"]
    assert box.admin.get("/api/v1/tickets", headers={"If-None-Match": etag}).status_code == 304
    box.advance(3600)
    moved = box.admin.get("/api/v1/tickets", headers={"If-None-Match": etag})
    assert moved.status_code == 200 and moved.headers["ETag"] != etag


# -- idempotency and faults --------------------------------------------------------------------------------


def test_the_same_idempotency_key_twice_files_one_ticket(box):
    body = sim_replacement(box.mobile())
    first = box.post(body, [("other", ("a.pdf", PDF, "application/pdf"))], key="same-key")
    again = box.post(body, [("other", ("a.pdf", PDF, "application/pdf"))], key="same-key")
    assert again.status_code == 200 and again.json() == first.json()
    assert len(box.tickets()) == 1


def test_a_refused_request_is_not_remembered_under_its_key(box):
    assert _fields(box.post(sim_replacement(box.mobile(), type="fire"), key="fix-me"))
    fixed = assert_wrapped(box.post(sim_replacement(box.mobile()), key="fix-me"), "OK", 200)["data"]
    assert box.tickets() == [fixed]


def test_a_drop_after_commit_then_a_retry_with_the_same_key_gives_exactly_one_ticket(box):
    box.fault("drop", after=True)
    body = sim_replacement(box.mobile())
    with pytest.raises(httpx.TransportError):
        box.post(body, key="lost-answer")
    filed = box.tickets()
    assert len(filed) == 1  # the server committed before the connection dropped
    again = assert_wrapped(box.post(body, key="lost-answer"), "OK", 200)["data"]
    assert again["id"] == filed[0]["id"]
    assert len(box.tickets()) == 1


@pytest.mark.parametrize("mode", ["500", "429"])
def test_an_error_answer_after_commit_then_a_retry_gives_one_ticket(box, mode):
    box.fault(mode, after=True)
    body = administrative()
    assert box.post(body, key="k").status_code == int(mode)
    assert assert_wrapped(box.post(body, key="k"), "OK", 200)["data"]["id"] == box.tickets()[0]["id"]
    assert len(box.tickets()) == 1


def test_faults_without_after_file_nothing(box):
    box.fault("500")
    assert box.post(administrative(), key="k").status_code == 500
    assert box.tickets() == []


# -- roles, not found, the blank form ------------------------------------------------------------------------


def test_a_dipendente_may_not_file_or_read_tickets(shared):
    user = next(u for u in shared.server.users if u["role"] == "DIPENDENTE")
    employee = shared.login(user["username"], user["password"])
    assert_wrapped(shared.post(administrative(), client=employee), "FAIL", 403, "ERR-AUTH-03")
    for path in ("/api/v1/tickets", "/api/v1/tickets/open", "/api/v1/tickets/forms/imei-block"):
        assert_wrapped(employee.get(path), "FAIL", 403, "ERR-AUTH-03")


def test_unknown_ticket_and_attachment_are_404(box):
    assert set(_fields(box.admin.get("/api/v1/tickets/T424242"), 404)) == {"ticketId"}
    ticket = assert_wrapped(box.post(administrative()), "OK", 200)["data"]
    missing = box.admin.get(f"/api/v1/tickets/{ticket['id']}/attachments/A424242")
    assert set(_fields(missing, 404)) == {"attachmentId"}


def test_the_blank_imei_block_form_is_a_pdf(shared):
    answer = shared.admin.get("/api/v1/tickets/forms/imei-block")
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/pdf"
    pdf = answer.content
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    startxref = int(pdf[pdf.rindex(b"startxref") + 9 :].split()[0])
    assert pdf[startxref:].startswith(b"xref")
    entries = pdf[startxref:].split(b"\n")[3:8]
    for number, entry in enumerate(entries, 1):
        offset = int(entry.split()[0])
        assert pdf[offset:].startswith(f"{number} 0 obj".encode())
    assert b"blocco IMEI" in pdf


def test_a_field_of_the_wrong_type_is_not_valid_rather_than_missing(shared):
    """Issue 16, found by an outside schemathesis run: `"imei": 356938035643809` (a number) was answered "è
    obbligatorio". A field given with the wrong type is not valid; only an absent or blank one is missing."""
    wrong_imei = _fields(shared.post(imei_block(imei=356938035643809), IMEI_FILES))
    blank_imei = _fields(shared.post(imei_block(imei=" "), IMEI_FILES))
    assert set(wrong_imei) == {"imei"} and set(blank_imei) == {"imei"}
    assert wrong_imei["imei"] != blank_imei["imei"]
    assert "obbligatori" in blank_imei["imei"] and "obbligatori" not in wrong_imei["imei"]
    person = {"name": "Mario Rossi", "phone": 3471234567, "email": ["mario@example.it"]}
    wrong_person = _fields(shared.post(sim_replacement(shared.mobile(), referent=person)))
    assert set(wrong_person) == {"referent.phone", "referent.email"}
    assert not any("obbligatori" in text for text in wrong_person.values())
