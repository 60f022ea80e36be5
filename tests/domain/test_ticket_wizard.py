"""The "Inserisci nuovo ticket" wizard (R-70…R-73): branches, payloads, and drafts that come back exactly."""

from __future__ import annotations

import json
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from windtre_desktop.domain import ticket_wizard as tw
from windtre_desktop.domain.wizard import FieldKind, Wizard, WizardError

PDF, JPEG, PNG = b"%PDF-1.7".hex(), b"\xff\xd8\xff\xe0\x00\x10JF".hex(), b"\x89PNG\r\n\x1a\n".hex()
FILES = [{"kind": "request_form", "path": "/d/attachments/k/modulo.pdf", "size": 1000, "head": PDF},
         {"kind": "identity_document", "path": "/d/attachments/k/ci.jpg", "size": 2000, "head": JPEG},
         {"kind": "authority_report", "path": "/d/attachments/k/denuncia.png", "size": 3000, "head": PNG}]
REFERENT = {"referentName": "Mario Rossi", "referentPhone": "347 111 2222", "referentEmail": "Mario@Rossi.IT"}


def fill(w: Wizard, **values) -> None:
    for name, value in values.items():
        assert w.set_value(name, value), name
    assert w.next() is None, w.errors()


def test_sim_replacement_payload():
    w = tw.new_ticket("key-1", company_msisdns=["+393471234567"])
    fill(w, reason="LOSS_THEFT")
    fill(w, lossTopic="SIM_REPLACEMENT")
    assert w.step_id == "sim_replacement"
    fill(w, service="voice", type="theft", msisdn="347 123 4567", deliverySite=" Via Roma 1 ", **REFERENT)
    assert w.step_id == "notes" and "sostituzione SIM" in w.description().render()
    w.set_value("notes", "urgente")
    request = w.next()
    assert request.action == tw.CREATE_ACTION
    assert request.payload == {
        "idempotencyKey": "key-1", "reason": "LOSS_THEFT", "topic": "SIM_REPLACEMENT", "notes": "urgente",
        "service": "voice", "type": "theft", "msisdn": "+393471234567", "deliverySite": "Via Roma 1",
        "referent": {"name": "Mario Rossi", "phone": "347 111 2222", "email": "Mario@rossi.it"}}
    assert w.succeeded({"number": "TK-2026-000001", "id": "T000001"})
    assert w.step_id == "done" and not w.can_back()
    assert tw.ticket_number(w) == "TK-2026-000001"
    assert str(w.description()).startswith("Ticket TK-2026-000001 filed. You can follow it in \"")
    assert tw.ticket_values(w.values) == {
        "reason": "LOSS_THEFT", "topic": "SIM_REPLACEMENT", "notes": "urgente", "service": "voice", "type": "theft",
        "msisdn": "347 123 4567", "deliverySite": " Via Roma 1 ", **REFERENT}


def test_a_sim_outside_the_company_is_refused():
    w = tw.new_ticket(company_msisdns=["+393471234567"])
    fill(w, reason="LOSS_THEFT")
    fill(w, lossTopic="SIM_REPLACEMENT")
    w.set_value("msisdn", "348 000 0000")
    assert "company" in w.errors()["msisdn"].render()


def test_imei_block_needs_three_files_and_sends_their_paths():
    w = tw.new_ticket("key-2")
    fill(w, reason="LOSS_THEFT")
    fill(w, lossTopic="IMEI_BLOCK")
    w.set_value("service", "data")
    w.set_value("imei", "490154203237519")
    assert "check digit" in w.errors()["imei"].render()
    fill(w, imei="49015420-3237518")
    assert w.step_id == "attachments"
    assert w.step.field("attachments").kind is FieldKind.FILES and w.value("attachments") == []
    w.set_value("attachments", FILES[:2])
    assert "missing" in w.errors()["attachments"].render()
    w.set_value("attachments", [*FILES, {**FILES[0], "kind": "other", "path": "/x/altro.pdf"}])
    assert "there are 4" in w.errors()["attachments"].render()
    w.set_value("attachments", [{**FILES[0], "size": 6_000_000}, *FILES[1:]])
    assert "modulo.pdf" in w.errors()["attachments"].render()
    fill(w, attachments=FILES)
    request = w.next()
    assert request.payload["imei"] == "490154203237518"
    assert request.payload["kinds"] == ["request_form", "identity_document", "authority_report"]
    assert request.payload["attachments"][1] == {"kind": "identity_document", "path": "/d/attachments/k/ci.jpg",
                                                 "filename": "ci.jpg"}
    assert "referent" not in request.payload and "msisdn" not in request.payload


def test_administrative_ticket_and_the_invoice_rule():
    w = tw.new_ticket("key-3")
    fill(w, reason="ADMINISTRATIVE")
    assert w.step_id == "administrative"
    for name, value in {"adminTopic": "WRONG_TARIFF", "domain": "mobile", "site": "Sede", **REFERENT,
                        "requesterName": "Anna", "requesterPhone": "+39 333 1112222",
                        "requesterEmail": "anna@b.it", "notify": "sms"}.items():
        w.set_value(name, value)
    assert set(w.errors()) == {"invoiceNumber"}
    w.set_value("adminTopic", "DELIVERY_DELAY")
    assert w.errors() == {}
    fill(w)
    payload = w.next().payload
    assert payload["topic"] == "DELIVERY_DELAY" and "invoiceNumber" not in payload
    assert payload["requester"] == {"name": "Anna", "phone": "+39 333 1112222", "email": "anna@b.it"}
    assert payload["notify"] == "sms" and payload["domain"] == "mobile"


def test_301_characters_of_notes_block_the_submit():
    w = tw.new_ticket()
    fill(w, reason="LOSS_THEFT")
    fill(w, lossTopic="IMEI_BLOCK")
    fill(w, service="voice", imei="490154203237518")
    fill(w, attachments=FILES)
    w.set_value("notes", "n" * 301)
    assert w.next() is None and "300" in w.shown_errors()["notes"].render()
    w.set_value("notes", "n" * 300)
    assert w.next() is not None


def test_server_errors_on_nested_fields_find_their_step():
    w = tw.new_ticket()
    fill(w, reason="LOSS_THEFT")
    fill(w, lossTopic="SIM_REPLACEMENT")
    fill(w, service="voice", type="loss", msisdn="3471234567", deliverySite="Sede", **REFERENT)
    w.next()
    from windtre_desktop.domain.tickets import wizard_field
    field = wizard_field("referent.email")
    assert w.failed("email refused", field)
    assert w.step_of(field) == "sim_replacement" and w.back_to("sim_replacement")


# --- drafts -----------------------------------------------------------------------------------------

def test_a_draft_is_plain_json_and_comes_back_exactly():
    w = tw.new_ticket("key-4")
    fill(w, reason="LOSS_THEFT")
    fill(w, lossTopic="IMEI_BLOCK")
    w.set_value("imei", "4901")
    draft = json.loads(json.dumps(tw.to_draft(w)))
    restored = tw.from_draft(draft)
    assert restored.step_id == "imei_block" and restored.path == w.path
    assert restored.values == w.values and restored.values["idempotencyKey"] == "key-4"
    assert restored.errors() == w.errors()
    assert restored.back() and restored.step_id == "loss_topic" and restored.values["lossTopic"] == "IMEI_BLOCK"


def test_a_draft_taken_while_sending_restores_before_the_submit():
    w = tw.new_ticket("key-5")
    fill(w, reason="LOSS_THEFT")
    fill(w, lossTopic="IMEI_BLOCK")
    fill(w, service="voice", imei="490154203237518")
    fill(w, attachments=FILES)
    first = w.next()
    restored = tw.from_draft(tw.to_draft(w))
    assert not restored.busy and restored.step_id == "notes"
    assert restored.next().payload == first.payload  # same idempotency key: never filed twice


@pytest.mark.parametrize("draft", [
    {}, {"version": 1, "wizard": "other"}, {"version": 99, "wizard": "new_ticket"},
    {"version": 1, "wizard": "new_ticket", "step": "nowhere", "values": {}, "results": {}, "history": []},
    {"version": 1, "wizard": "new_ticket", "step": "reason", "values": [], "results": {}, "history": []},
    {"version": 1, "wizard": "new_ticket", "step": "reason", "values": {}, "results": {}, "history": [{}]},
    {"version": 1, "wizard": "new_ticket", "step": "reason", "values": {}, "results": {}, "history": []},
])
def test_a_foreign_or_broken_draft_is_refused(draft):
    with pytest.raises(WizardError):
        tw.from_draft(draft)


# Values per field, good and bad, so that random runs both get stuck and get through.
CANDIDATES = {
    "reason": ["LOSS_THEFT", "ADMINISTRATIVE", ""], "lossTopic": ["SIM_REPLACEMENT", "IMEI_BLOCK"],
    "adminTopic": ["WRONG_TARIFF", "OTHER", "X"], "service": ["voice", "data"], "type": ["theft", "loss"],
    "msisdn": ["347 123 4567", "02 1234"], "deliverySite": ["Via Roma 1", ""], "imei": ["490154203237518", "1"],
    "attachments": [FILES, FILES[:1], []], "domain": ["fixed", "mobile"], "invoiceNumber": ["F-1", "#"],
    "site": ["Sede"], "referentName": ["Mario"], "referentPhone": ["02 1234567", "1"],
    "referentEmail": ["m@r.it"], "requesterName": ["Anna"], "requesterPhone": ["3331112222"],
    "requesterEmail": ["a@b.it", "a@"], "notify": ["sms", "email"], "notes": ["", "ok", "n" * 301],
}
ACTIONS = st.one_of(
    st.tuples(st.just("set"), st.sampled_from(sorted(CANDIDATES)), st.integers(0, 2)),
    st.tuples(st.just("next"), st.none(), st.none()),
    st.tuples(st.just("back"), st.none(), st.none()),
    st.tuples(st.just("fill"), st.none(), st.none()),
)


def _fill_step(w: Wizard) -> None:
    for f in w.step.value_fields:
        w.set_value(f.name, CANDIDATES[f.name][0])


@settings(max_examples=150, deadline=None)
@given(st.lists(ACTIONS, max_size=40))
def test_any_reachable_state_survives_a_draft_round_trip(actions):
    w = tw.new_ticket("key-p")
    for action, name, index in actions:
        if action == "set":
            options = CANDIDATES[name]
            w.set_value(name, options[index % len(options)])
        elif action == "next":
            request = w.next()
            if request is not None:
                w.succeeded({"number": "TK-2026-000009"})
        elif action == "back":
            w.back()
        else:
            _fill_step(w)
        draft = json.loads(json.dumps(w.to_draft()))
        restored = tw.from_draft(draft)
        assert restored.to_draft() == draft
        assert (restored.step_id, restored.values, restored.results, restored.path) == \
               (w.step_id, w.values, w.results, w.path)
        assert restored.errors() == w.errors()
        assert restored.can_back() == w.can_back()


def test_step_n_of_m_follows_the_branch_being_taken():
    w = tw.new_ticket("key-n")
    assert w.position() == (1, 4)  # no reason yet: the default branch (reason → administrative → notes → done)
    w.set_value("reason", "LOSS_THEFT")
    assert w.position() == (1, 5)  # reason → topic → SIM replacement → notes → done
    fill(w)
    assert w.position() == (2, 5)
    w.set_value("lossTopic", "IMEI_BLOCK")
    assert w.position() == (2, 6)  # … → IMEI → attachments → notes → done
    fill(w)
    assert w.step_id == "imei_block" and w.position() == (3, 6)
    assert w.back() and w.position() == (2, 6)  # the topic is kept on Back: the same path


def test_loss_theft_fast_path_starts_at_step_one_of_its_own_path_with_its_reason_set():
    w = tw.new_ticket("key-f", loss_theft=True)
    assert w.step_id == "loss_topic" and w.position() == (1, 4)
    assert not w.can_back()  # nothing behind: it is the first step
    assert w.description() is not None and w.description().render()  # says what each topic is for
    fill(w, lossTopic="SIM_REPLACEMENT")
    assert w.position() == (2, 4)
    fill(w, service="voice", type="loss", msisdn="347 123 4567", deliverySite="Via Roma 1", **REFERENT)
    request = w.next()
    assert request.payload["reason"] == "LOSS_THEFT" and request.payload["topic"] == "SIM_REPLACEMENT"
    # a draft of the fast path comes back on the same step and path
    back = tw.from_draft(json.loads(json.dumps(tw.to_draft(w))))
    assert back.step_id == "notes" and back.position() == (3, 4)


def test_the_first_step_is_not_titled_as_the_wizard():
    w = tw.new_ticket()
    assert w.step.title.render() != w.title.render()


def test_the_invoice_number_example_has_the_shape_of_the_numbers_the_server_gives(sandbox_invoice_number):
    from windtre_desktop.domain import tickets as tk

    def shape(number: str) -> str:
        return "".join("9" if ch.isdigit() else ch for ch in number)

    assert shape(tk.INVOICE_NUMBER_EXAMPLE) == shape(sandbox_invoice_number)
    assert tk.check_field("invoiceNumber", tk.INVOICE_NUMBER_EXAMPLE) is None
    hint = tw.new_ticket().steps["administrative"].field("invoiceNumber").hint.render()
    assert tk.INVOICE_NUMBER_EXAMPLE in hint


@pytest.fixture(scope="module")
def sandbox_invoice_number(sandbox):
    """A real invoice number, as the sandbox's listing writes it."""
    import httpx

    user = next(u for u in sandbox.users if u["role"] == "USER_ADMIN")
    with httpx.Client(base_url=sandbox.url, timeout=10) as client:
        login = client.post("/api/v1/login/credentials",
                            json={"username": user["username"], "password": user["password"]})
        invoices = client.get("/api/v1/invoices", headers={"X-W3-Token": login.headers["X-W3-Token"]}).json()
    return invoices["data"][0]["number"]


def test_the_summary_shows_labels_the_files_by_name_and_what_was_typed():
    from windtre_desktop.domain import tickets as tk

    w = tw.new_ticket("key-s")
    fill(w, reason="LOSS_THEFT")
    fill(w, lossTopic="IMEI_BLOCK")
    fill(w, service="data", imei="490154203237518")
    fill(w, attachments=FILES)
    assert w.step_id == "notes"
    rows = dict(tw.summary(w.values))
    assert rows[tk.FIELD_LABELS["service"]] == tk.SERVICE_LABELS[tk.Service.DATA]
    assert rows[tk.FIELD_LABELS["imei"]] == "490154203237518"
    assert rows[tk.FIELD_LABELS["attachments"]] == "modulo.pdf, ci.jpg, denuncia.png"
    shown = w.description().render()
    assert shown.startswith("Check the request before sending it:")
    assert f"{tk.FIELD_LABELS['imei'].render()}: 490154203237518" in shown


def test_the_steps_describe_offer_the_right_topics_and_label_their_fields():
    from windtre_desktop.domain import tickets as tk

    w = tw.new_ticket("key-t")
    assert w.description() is not None
    loss = w.steps["loss_topic"].field(tw.LOSS_TOPIC)
    assert [code for code, _label in loss.choices] == list(tk.TOPICS_BY_REASON[tk.Reason.LOSS_THEFT])
    assert w.steps["imei_block"].field("imei").hint is not None
    assert w.steps["administrative"].field(tw.ADMIN_TOPIC).label == tk.FIELD_LABELS["topic"]


def test_the_filed_message_names_the_tickets_section_and_a_payload_sends_a_required_field_even_empty():
    assert tw.SECTION_LABELS[tw.Section.TICKETS].render() in tw.filed_message("TK-1").render()
    body = tw.payload({"idempotencyKey": "k", "reason": "LOSS_THEFT", "lossTopic": "IMEI_BLOCK",
                       "imei": "490154203237518"})
    assert body["service"] == ""


def test_back_restores_the_files_as_they_were_even_if_the_shown_list_was_changed_in_place():
    w = tw.new_ticket("key-b")
    fill(w, reason="LOSS_THEFT")
    fill(w, lossTopic="IMEI_BLOCK")
    fill(w, service="data", imei="490154203237518")
    fill(w, attachments=FILES)
    assert w.step_id == "notes"
    w.value("attachments").append({"kind": "other", "path": "/x/altro.pdf"})  # a caller holding the list
    assert w.back() and w.step_id == "attachments"
    assert [f["path"] for f in w.value("attachments")] == [f["path"] for f in FILES]


# --- optional values, choices and kinds, keys (issue 16: the sampled mutation run of 2026-12-07) --------------

ADMINISTRATIVE = {"reason": "ADMINISTRATIVE", "adminTopic": "DELIVERY_DELAY", "domain": "mobile", "site": "Sede",
                  **REFERENT, "requesterName": "Anna", "requesterPhone": "+39 333 1112222",
                  "requesterEmail": "anna@b.it", "notify": "sms"}


def test_an_optional_invoice_number_typed_is_sent_and_shown_in_the_summary():
    from windtre_desktop.domain import tickets as tk

    values = {"idempotencyKey": "k", **ADMINISTRATIVE, "invoiceNumber": "F202611/000101"}
    assert not tk.is_required("DELIVERY_DELAY", "invoiceNumber")
    assert tw.payload(values)["invoiceNumber"] == "F202611/000101"
    assert dict(tw.summary(values))[tk.FIELD_LABELS["invoiceNumber"]] == "F202611/000101"


def test_the_choice_fields_offer_their_options_and_refuse_anything_else():
    from windtre_desktop.domain import tickets as tk

    w = tw.new_ticket("key-c")
    reason = w.step.field("reason")
    assert reason.kind is FieldKind.CHOICE and [k for k, _ in reason.choices] == [r.value for r in tk.Reason]
    w.set_value("reason", "COMPLAINT")
    assert "choose one of the options" in w.errors()["reason"].render()
    loss_type = w.steps["sim_replacement"].field("type")
    assert loss_type.kind is FieldKind.CHOICE and [k for k, _ in loss_type.choices] == list(tk.LOSS_TYPE_LABELS)
    assert w.steps["administrative"].field("requesterPhone").kind is FieldKind.PHONE


def test_each_new_ticket_gets_its_own_idempotency_key():
    first, second = tw.new_ticket().values[tw.KEY], tw.new_ticket().values[tw.KEY]
    assert first != second and str(uuid.UUID(first)) == first


# --- what each page shows and what is sent (issue 16: a second, per-module sample) ---------------------------

def _fields(step):
    return [(f.name, f.kind, f.label.render(), f.hint.render() if f.hint else None) for f in step.fields]


def test_the_loss_pages_show_their_titles_fields_and_hints():
    from windtre_desktop.domain import tickets as tk

    w = tw.new_ticket("key-p")
    label = {name: tk.FIELD_LABELS[name].render() for name in tk.FIELD_LABELS}
    assert _fields(w.steps["loss_topic"]) == [(tw.LOSS_TOPIC, FieldKind.CHOICE, label["topic"], None)]
    sim = w.steps["sim_replacement"]
    assert _fields(sim)[2:] == [
        ("msisdn", FieldKind.PHONE, label["msisdn"], "Pick the SIM's number from the company's lines"),
        ("deliverySite", FieldKind.TEXT, label["deliverySite"], None),
        ("referentName", FieldKind.TEXT, label["referentName"], None),
        ("referentPhone", FieldKind.PHONE, label["referentPhone"], None),
        ("referentEmail", FieldKind.EMAIL, label["referentEmail"], None)]
    service = sim.field("service")
    assert service.kind is FieldKind.CHOICE and [k for k, _ in service.choices] == list(tk.SERVICE_LABELS)
    assert _fields(w.steps["imei_block"])[1][3] == "15 digits: dial *#06# to read them"
    assert _fields(w.steps["attachments"])[0][3] == (
        "The filled-in request form, an identity document and the report to the authorities: PDF, JPEG or PNG")
    assert w.steps["done"].title.render() == "Ticket filed"


def test_the_invoice_number_is_checked_and_its_hint_shows_an_example():
    from windtre_desktop.domain import tickets as tk

    w = tw.new_ticket("key-i")
    fill(w, reason="ADMINISTRATIVE")
    invoice = w.step.field("invoiceNumber")
    assert invoice.hint.render() == f"As printed on the invoice, e.g. {tk.INVOICE_NUMBER_EXAMPLE}"
    w.set_value("invoiceNumber", "F#1")
    assert "invoiceNumber" in w.errors()


def test_the_payload_sends_the_site_and_empty_notes_as_empty():
    body = tw.payload({"idempotencyKey": "k", **ADMINISTRATIVE})
    assert body["site"] == "Sede" and body["notes"] == ""


def test_the_summary_names_the_loss_type_and_the_domain_as_the_user_read_them():
    from windtre_desktop.domain import tickets as tk

    loss = dict(tw.summary({"reason": "LOSS_THEFT", "lossTopic": "SIM_REPLACEMENT", "type": "theft"}))
    assert loss[tk.FIELD_LABELS["type"]] == tk.LOSS_TYPE_LABELS[tk.LossType.THEFT]
    admin = dict(tw.summary(ADMINISTRATIVE))
    assert admin[tk.FIELD_LABELS["domain"]] == tk.DOMAIN_LABELS[tk.Domain.MOBILE]


def test_a_ticket_has_no_number_before_it_is_filed():
    assert tw.ticket_number(tw.new_ticket("key-n")) is None


# --- the summary's first row and the last page's Back (issue 16: the sampled run of seed 576230) ---------------

def test_the_summary_starts_with_the_reason_chosen():
    from windtre_desktop.domain import tickets as tk

    rows = tw.summary({"reason": "LOSS_THEFT", "lossTopic": "SIM_REPLACEMENT", "type": "theft"})
    assert rows[0] == (tk.FIELD_LABELS["reason"], tk.REASON_LABELS[tk.Reason.LOSS_THEFT])


def test_a_filed_ticket_cannot_go_back_and_says_so_as_a_bool():
    w = tw.new_ticket("key-b")
    fill(w, reason="LOSS_THEFT")
    fill(w, lossTopic="SIM_REPLACEMENT")
    fill(w, service="voice", type="theft", msisdn="347 123 4567", deliverySite="Via Roma 1", **REFERENT)
    w.next()
    w.succeeded({"number": "TK-2026-000009"})
    assert w.step_id == "done"
    # the view hands both to Qt (QWidget.setEnabled / setVisible), which takes a bool and nothing else
    assert w.can_back() is False and w.step.can_go_back is False
