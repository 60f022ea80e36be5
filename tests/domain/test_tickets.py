"""Ticket rules (R-70…R-73): vocabulary, notes ≤ 300, fields per topic, IMEI, phones, attachments."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from windtre_desktop.domain import tickets as tk
from windtre_desktop.domain.display import FileSize
from windtre_desktop.domain.messages import Message

PDF, JPEG, PNG = b"%PDF-1.7", b"\xff\xd8\xff\xe0\x00\x10JF", b"\x89PNG\r\n\x1a\n"
GOOD_IMEI = "490154203237518"


def att(kind="request_form", name="modulo.pdf", size=1000, head=PDF):
    return tk.Attachment(kind, f"/data/{name}", size, head, name)


def three(**overrides):
    files = [att("request_form", "modulo.pdf"), att("identity_document", "ci.jpg", head=JPEG),
             att("authority_report", "denuncia.png", head=PNG)]
    return [tk.Attachment(**{**f.__dict__, **overrides}) for f in files]


def text(message):
    assert isinstance(message, Message)
    return message.render()


# --- vocabulary -------------------------------------------------------------------------------

def test_codes_and_labels_follow_the_contract():
    assert {r.value for r in tk.Reason} == {"LOSS_THEFT", "ADMINISTRATIVE"}
    assert tk.TOPICS_BY_REASON[tk.Reason.LOSS_THEFT] == (tk.Topic.SIM_REPLACEMENT, tk.Topic.IMEI_BLOCK)
    assert {t.value for t in tk.TOPICS_BY_REASON[tk.Reason.ADMINISTRATIVE]} == {
        "ACTIVATION_DELAY", "DELIVERY_DELAY", "WRONG_TARIFF", "WRONG_RECHARGE_CHARGE", "PREMIUM_SERVICES",
        "WRONG_INVOICE_FORMAT", "OTHER"}
    assert {s.value for s in tk.Service} == {"voice", "data"}
    assert {s.value for s in tk.LossType} == {"theft", "loss"}
    assert {s.value for s in tk.Domain} == {"fixed", "mobile"}
    assert {s.value for s in tk.NotifyChannel} == {"sms", "email"}
    assert str(tk.REASON_LABELS[tk.Reason.LOSS_THEFT]) == "Reintegro Furto/Smarrimento"
    assert str(tk.REASON_LABELS[tk.Reason.ADMINISTRATIVE]) == "Richieste Amministrative/Commerciali"
    assert str(tk.TOPIC_LABELS[tk.Topic.SIM_REPLACEMENT]) == "sostituzione SIM"
    assert str(tk.TOPIC_LABELS[tk.Topic.IMEI_BLOCK]) == "blocco IMEI"
    assert set(tk.TOPIC_LABELS) == set(tk.Topic)
    assert all(tk.reason_of(t) is r for r, topics in tk.TOPICS_BY_REASON.items() for t in topics)


def test_status_is_open_until_closed():
    assert tk.TicketStatus.ASSIGNED.is_open and tk.TicketStatus.IN_PROGRESS.is_open
    assert not tk.TicketStatus.CLOSED.is_open
    assert [s.value for s in tk.TicketStatus] == ["ASSIGNED", "IN_PROGRESS", "CLOSED"]


def test_invoice_number_is_required_only_for_some_administrative_topics():
    assert tk.is_required("WRONG_TARIFF", "invoiceNumber")
    assert tk.is_required("PREMIUM_SERVICES", "invoiceNumber")
    assert tk.is_required("WRONG_INVOICE_FORMAT", "invoiceNumber")
    assert not tk.is_required("ACTIVATION_DELAY", "invoiceNumber")
    assert "invoiceNumber" in tk.topic_fields("OTHER")
    assert tk.required_fields("IMEI_BLOCK") == ("service", "imei", "attachments")
    assert tk.required_fields("nonsense") == ()


def test_server_fields_map_to_the_form():
    assert tk.wizard_field("referent.email") == "referentEmail"
    assert tk.wizard_field("requester.phone") == "requesterPhone"
    assert tk.wizard_field("imei") == "imei" and tk.wizard_field(None) is None


# --- notes (R-72) -------------------------------------------------------------------------------

def test_300_characters_of_notes_pass_and_301_are_refused():
    assert tk.check_notes("x" * 300) is None
    problem = tk.check_notes("x" * 301)
    assert "Notes" in text(problem) and "300" in text(problem) and "301" in text(problem)
    assert tk.check_field("notes", "è" * 300) is None  # code points, not bytes


def test_windows_line_ends_count_once():
    assert tk.notes_length("a\r\nb") == 3
    assert tk.check_notes("a\r\n" * 150) is None


@given(st.text(max_size=400))
def test_notes_counter_matches_the_rule(notes):
    counter = tk.notes_counter(notes)
    assert counter.used == tk.notes_length(notes) <= len(notes)
    assert counter.remaining == 300 - counter.used
    assert counter.over == (tk.check_notes(notes) is not None)
    assert str(counter.label) == f"{counter.used}/300 characters"


# --- single fields ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "value"), [
    ("imei", "490154203237519"), ("imei", "49015420323751"), ("imei", "4901542032375a8"),
    ("msisdn", "02 3661 8300"), ("msisdn", "347"),
    ("referentPhone", "12345"), ("referentPhone", "+39 abc 1234567"), ("requesterPhone", "1" * 16),
    ("referentEmail", "mario@"), ("requesterEmail", "a b@c.it"),
    ("referentName", "x" * 101), ("site", "x" * 201), ("deliverySite", "   "),
    # issue 16: "not blank" is not enough: NUL, BEL, zero-width and bidi marks, or no letter or digit at all
    ("referentName", "\x00"), ("requesterName", "\x07\x07"), ("site", "\u200b"), ("deliverySite", "Via\u200bRoma 1"),
    ("referentName", "Mario\u202eRossi"), ("site", "-- ..."),
    ("invoiceNumber", "F#1"), ("invoiceNumber", "A" * 25 + "123456"),
    ("service", "VOICE"), ("type", "furto"), ("domain", "fisso"), ("notify", "pec"),
    ("reason", "OTHER"), ("topic", "SIM"),
])
def test_a_bad_value_is_refused_with_a_message_naming_the_field(name, value):
    problem = tk.check_field(name, value)
    assert problem is not None
    rendered = text(problem)
    label = str(tk.FIELD_LABELS[name]) if name in tk.FIELD_LABELS else name
    assert label.split("'")[0].split()[0].lower() in rendered.lower() or name == "msisdn"


@pytest.mark.parametrize(("name", "value"), [
    ("imei", GOOD_IMEI), ("imei", "49-015420-323751-8"), ("msisdn", "+39 347 123 4567"),
    ("referentPhone", "+39 02 3661 8300"), ("requesterPhone", "347/1234567"), ("referentEmail", "m.rossi@azienda.it"),
    ("referentName", "Mario Rossi"), ("site", "Via Roma 1, Milano"), ("invoiceNumber", "2026/F-000123"),
    ("service", "voice"), ("type", "theft"), ("domain", "mobile"), ("notify", "sms"),
])
def test_a_good_value_passes(name, value):
    assert tk.check_field(name, value) is None


def test_imei_luhn_is_checked():
    assert tk.check_field("imei", GOOD_IMEI) is None
    assert "check digit" in text(tk.check_field("imei", GOOD_IMEI[:-1] + "9"))


def test_the_sim_must_be_a_company_line():
    lines = ["+393471234567", "3479876543"]
    assert tk.check_company_line("347 123 4567", lines) is None
    assert tk.check_company_line("+39 347 987 6543", lines) is None
    problem = tk.check_company_line("348 000 0000", lines)
    assert "SIM number" in text(problem) and "+393480000000" in text(problem)


# --- attachments --------------------------------------------------------------------------------

def test_types_are_recognised_by_their_first_bytes():
    assert tk.sniff_type(PDF) == "application/pdf"
    assert tk.sniff_type(JPEG) == "image/jpeg"
    assert tk.sniff_type(PNG) == "image/png"
    assert tk.sniff_type(b"\x89PNG\r\n") is None  # too short to be sure
    assert tk.sniff_type(b"PK\x03\x04") is None and tk.sniff_type(b"") is None


def test_three_files_one_of_each_kind_pass():
    assert tk.check_attachments(three()) is None


def test_wrong_magic_bytes_are_refused_whatever_the_name():
    problem = tk.check_attachment(att(name="modulo.pdf", head=b"PK\x03\x04zip!"))
    assert "modulo.pdf" in text(problem) and "PDF, JPEG or PNG" in text(problem)


def test_extension_must_match_the_content():
    problem = tk.check_attachment(att(name="foto.pdf", head=JPEG))
    assert "foto.pdf" in text(problem) and ".jpg" in text(problem)
    assert tk.check_attachment(att(name="FOTO.JPEG", head=JPEG)) is None


def test_oversized_and_empty_files_are_refused():
    assert tk.check_attachment(att(size=tk.MAX_FILE_BYTES)) is None
    problem = tk.check_attachment(att(size=tk.MAX_FILE_BYTES + 1))
    # the size is written by the interface's writer (i18n.formatting registers it: "5,0 MB" in Italian)
    assert "modulo.pdf" in text(problem) and str(FileSize(tk.MAX_FILE_BYTES + 1)) in text(problem)
    assert re.search(r"\b5[.,]0\sMB", text(problem))
    assert "empty" in text(tk.check_attachment(att(size=0)))


def test_total_size_is_limited():
    files = three(size=tk.MAX_FILE_BYTES)  # 15 MB in total, each within 5 MB
    assert "together" in text(tk.check_attachments(files))
    assert tk.MAX_TOTAL_BYTES == 12_582_912


def test_a_fourth_attachment_is_refused():
    problem = tk.check_new_attachment(three(), att("other", "altro.pdf"))
    assert "altro.pdf" in text(problem) and "3" in text(problem)
    assert "there are 4" in text(tk.check_attachments([*three(), att("other", "altro.pdf")]))


def test_a_missing_or_repeated_kind_is_refused():
    files = three()
    problem = tk.check_attachments(files[:2])
    assert "Report to the authorities" in text(problem) and "missing" in text(problem)
    assert "only one" in text(tk.check_attachments([files[0], files[0], files[1]]))
    assert "already" in text(tk.check_new_attachment(files[:1], att("request_form", "altro.pdf")))
    assert "say what" in text(tk.check_attachment(att(kind="")))


def test_a_new_attachment_joins_within_the_total():
    files = three(size=tk.MAX_FILE_BYTES)[:2]
    problem = tk.check_new_attachment(files, att("authority_report", "denuncia.pdf", size=tk.MAX_FILE_BYTES))
    assert "together" in text(problem)
    assert tk.check_new_attachment(files, att("authority_report", "denuncia.pdf", size=1000)) is None


def test_attachment_dicts_round_trip_and_bad_ones_are_refused_not_raised():
    a = att(head=PNG, name="x.png")
    assert tk.Attachment.from_dict(a.to_dict()) == a
    bad = tk.Attachment.from_dict({"kind": "request_form", "head": "zz", "size": "big"})
    assert tk.check_attachment(bad) is not None
    assert tk.attachments_of("nope") == [] and tk.attachments_of([1, {"kind": "x"}])[0].kind == "x"


# --- a whole ticket ---------------------------------------------------------------------------------

SIM = {"reason": "LOSS_THEFT", "topic": "SIM_REPLACEMENT", "service": "voice", "type": "theft",
       "msisdn": "347 123 4567", "deliverySite": "Via Roma 1", "referentName": "Mario Rossi",
       "referentPhone": "347 111 2222", "referentEmail": "mario@rossi.it", "notes": ""}
ADMIN = {"reason": "ADMINISTRATIVE", "topic": "ACTIVATION_DELAY", "domain": "fixed", "site": "Sede",
         "referentName": "Mario Rossi", "referentPhone": "02 1234567", "referentEmail": "mario@rossi.it",
         "requesterName": "Anna Bianchi", "requesterPhone": "+393331112222", "requesterEmail": "anna@b.it",
         "notify": "email"}


def test_complete_tickets_pass():
    assert tk.check_ticket(SIM) == {}
    assert tk.check_ticket(SIM, company_msisdns=["+393471234567"]) == {}
    assert tk.check_ticket(ADMIN) == {}
    imei = {"reason": "LOSS_THEFT", "topic": "IMEI_BLOCK", "service": "data", "imei": GOOD_IMEI,
            "attachments": [a.to_dict() for a in three()]}
    assert tk.check_ticket(imei) == {}


def test_each_missing_required_field_is_named():
    for name in tk.required_fields("SIM_REPLACEMENT"):
        errors = tk.check_ticket({**SIM, name: ""})
        assert set(errors) == {name}
        assert str(tk.FIELD_LABELS[name]) in text(errors[name])


def test_invoice_number_missing_only_matters_where_required():
    assert tk.check_ticket(ADMIN) == {}
    assert set(tk.check_ticket({**ADMIN, "topic": "WRONG_TARIFF"})) == {"invoiceNumber"}
    assert tk.check_ticket({**ADMIN, "topic": "WRONG_TARIFF", "invoiceNumber": "F-1"}) == {}


def test_topic_must_belong_to_the_reason_and_notes_are_limited():
    assert set(tk.check_ticket({**SIM, "reason": "ADMINISTRATIVE"})) >= {"topic"}
    assert set(tk.check_ticket({**SIM, "notes": "n" * 301})) == {"notes"}
    assert set(tk.check_ticket({})) == {"reason", "topic"}
    assert set(tk.check_ticket({**SIM, "msisdn": "+393489999999"}, company_msisdns=["+393471234567"])) == {"msisdn"}


def test_a_dropped_file_is_checked_alone_then_with_the_others_up_to_exactly_the_limit():
    files = [att("request_form", "a.pdf", size=tk.MAX_FILE_BYTES), att("identity_document", "b.pdf",
                                                                        size=tk.MAX_FILE_BYTES)]
    assert text(tk.check_new_attachment(files[:1], att("authority_report", "x.pdf", size=0))) == \
        "Attachments: x.pdf is empty"
    assert text(tk.check_new_attachment(files[:1], att("request_form", "x.pdf"))) == \
        "Attachments: there is already a IMEI block request form; remove it before adding x.pdf"
    exactly = tk.MAX_TOTAL_BYTES - 2 * tk.MAX_FILE_BYTES
    assert tk.check_new_attachment(files, att("authority_report", "c.pdf", size=exactly)) is None
    too_much = tk.check_new_attachment(files, att("authority_report", "c.pdf", size=tk.MAX_FILE_BYTES))
    assert too_much.text == "Attachments: together the files may be at most %1 (%2 with %3)"
    assert too_much.args == (FileSize(tk.MAX_TOTAL_BYTES), FileSize(3 * tk.MAX_FILE_BYTES), "c.pdf")


# --- what each refusal names (issue 16: a sampled mutation run's survivors) ---------------------------------

def test_an_unreadable_size_is_refused_as_an_empty_file():
    bad = tk.Attachment.from_dict({"kind": "request_form", "head": PDF.hex(), "size": "big", "name": "a.pdf"})
    assert bad.size == -1
    assert tk.check_attachment(bad) == tk.check_attachment(att(name="a.pdf", size=0))


def test_attachment_refusals_name_the_file_its_size_and_the_kind():
    assert "mistero.pdf" in tk.check_attachment(att(kind="nonsense", name="mistero.pdf")).render()
    big = tk.check_attachment(att(size=tk.MAX_FILE_BYTES + 1))
    assert big.args[1] == tk.FileSize(tk.MAX_FILE_BYTES + 1) and big.args[2] == tk.FileSize(tk.MAX_FILE_BYTES)
    twice = tk.check_attachments([*three()[1:], att("identity_document", "ci2.jpg", head=JPEG)])
    assert twice.args == (tk.ATTACHMENT_LABELS[tk.AttachmentKind.IDENTITY_DOCUMENT],)


def test_an_unknown_field_is_named_by_its_own_name():
    assert "mystery" in tk.check_text("mystery", "").render()


def test_a_contact_phone_counts_the_digits_after_the_plus():
    assert tk.check_contact_phone("referentPhone", "+" + "1" * 15) is None
    assert tk.check_contact_phone("referentPhone", "+" + "1" * 16) is not None


def test_a_ticket_s_missing_reason_names_the_field_and_its_files_are_checked_as_a_set():
    assert str(tk.FIELD_LABELS["reason"]) in text(tk.check_ticket({"topic": "IMEI_BLOCK"})["reason"])
    imei = {"reason": "LOSS_THEFT", "topic": "IMEI_BLOCK", "service": "data", "imei": GOOD_IMEI}
    assert tk.check_ticket(imei)["attachments"] == tk.check_attachments([])
    assert set(tk.check_ticket({**imei, "imei": "123", "attachments": [a.to_dict() for a in three()]})) == {"imei"}


# --- the numbers in the refusals, and the length limit itself (issue 16: the sampled run of 2026-12-07) --------

def test_the_refusals_of_too_many_files_and_too_many_bytes_name_both_numbers():
    assert text(tk.check_attachments([*three(), att("other", "altro.pdf")])) == (
        "Attachments: exactly 3 files are needed (there are 4)")
    total = text(tk.check_attachments(three(size=tk.MAX_FILE_BYTES)))
    assert total == (f"Attachments: together the files may be at most {FileSize(tk.MAX_TOTAL_BYTES)} "
                     f"(they are {FileSize(3 * tk.MAX_FILE_BYTES)})")


def test_a_text_of_exactly_the_limit_passes():
    assert tk.check_field("site", "x" * tk.TEXT_MAX) is None
    assert tk.check_field("referentName", "x" * tk.NAME_MAX) is None


def test_the_rules_of_single_fields_and_files_say_exactly_what_is_wrong():
    assert text(tk.check_field("site", "x" * 201)).endswith("at most 200 characters (you typed 201)")
    assert tk.check_company_line("12", ["+393471234567"]) is not None  # not a mobile number: refused, not raised
    assert tk.Attachment.from_dict({"kind": "request_form", "name": "modulo.pdf"}).size == 0
    jpeg_named_pdf = att("identity_document", "ci.pdf", head=JPEG)
    assert text(tk.check_attachment(jpeg_named_pdf)).endswith("its name must end in .jpg / .jpeg")


# --- a contact's email and a missing value (issue 16: the sampled run of seed 576230) ----------------------------

def test_a_contacts_wrong_email_names_the_field_and_the_rule():
    assert text(tk.check_field("referentEmail", "mario@")) == (
        "Referent's email — Email: the part after @ must be a domain such as company.it")


def test_no_value_at_all_is_an_empty_one():
    assert text(tk.check_field("referentName", None)) == text(tk.check_field("referentName", ""))
    assert "required" in text(tk.check_field("referentName", None))
