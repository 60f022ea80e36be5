"""The "Inserisci nuovo ticket" wizard (R-70…R-73) on the generic Wizard, and its drafts.

reason → loss/theft: topic → SIM replacement | IMEI block → (IMEI block) attachments → notes
reason → administrative: topic and details → notes; the notes step shows a summary and its Next
runs `create_ticket` with the payload of docs/api.md "Tickets". The idempotency key is made when
the wizard is and travels in its values, so a draft restored after a crash files the same ticket.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from windtre_desktop.domain import tickets as tk
from windtre_desktop.domain import validators as v
from windtre_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from windtre_desktop.domain.roles import SECTION_LABELS, Section
from windtre_desktop.domain.wizard import Field, FieldKind, Step, Values, Wizard, WizardError

NEW_TICKET = "new_ticket"
CREATE_ACTION = "create_ticket"
KEY = "idempotencyKey"
LOSS_TOPIC = "lossTopic"
ADMIN_TOPIC = "adminTopic"


def _t(text: str, *args: str | Message) -> Message:
    return Message("Tickets", text, args)


def _text(values: Values, name: str) -> str:
    return str(values.get(name) or "").strip()


def _check(name: str) -> Callable[[Any, Values], Message | None]:
    return lambda value, values: tk.check_field(name, value)


def _choices(labels: Mapping[Any, Message], keys: Any = None) -> tuple[tuple[str, Message], ...]:
    return tuple((str(k), labels[k]) for k in (keys if keys is not None else labels))


def _field(name: str, kind: FieldKind = FieldKind.TEXT, choices: tuple[tuple[str, Message], ...] = (),
           hint: Message | None = None) -> Field:
    check = None if kind is FieldKind.CHOICE else _check(name)
    return Field(name, kind, tk.FIELD_LABELS[name], choices=choices, check=check, hint=hint)


def _service() -> Field:
    return _field("service", FieldKind.CHOICE, _choices(tk.SERVICE_LABELS))


def _referent() -> tuple[Field, ...]:
    return (_field("referentName"), _field("referentPhone", FieldKind.PHONE),
            _field("referentEmail", FieldKind.EMAIL))


def _attachments_check(value: Any, values: Values) -> Message | None:
    return tk.check_attachments(tk.attachments_of(value))


# --- reading the values -----------------------------------------------------------------------------

def reason(values: Values) -> str:
    return _text(values, "reason")


def topic(values: Values) -> str:
    """The topic chosen on whichever branch the wizard took."""
    return _text(values, LOSS_TOPIC if reason(values) == tk.Reason.LOSS_THEFT else ADMIN_TOPIC)


def ticket_values(values: Values) -> dict[str, Any]:
    """The wizard's values under the ticket's field names (see tickets.check_ticket)."""
    out = {k: val for k, val in values.items() if k not in (LOSS_TOPIC, ADMIN_TOPIC, KEY)}
    out["topic"] = topic(values)
    return out


def _msisdn(value: str) -> str:
    try:
        return v.normalise_msisdn(value)
    except ValueError:
        return value


def _person(values: Values, prefix: str) -> dict[str, str]:
    return {"name": _text(values, f"{prefix}Name"), "phone": _text(values, f"{prefix}Phone"),
            "email": v.normalise_email(_text(values, f"{prefix}Email"))}


def payload(values: Values, _results: Values | None = None) -> dict[str, Any]:
    """The create_ticket request: `idempotencyKey` (for the header) and the `ticket` JSON part of
    docs/api.md "Tickets", plus `attachments` as [{kind, path, filename}] in the order of `kinds`
    (the API layer sends each file as a part named after its kind)."""
    chosen = topic(values)
    body: dict[str, Any] = {KEY: _text(values, KEY), "reason": reason(values), "topic": chosen,
                            "notes": str(values.get("notes") or "").replace("\r\n", "\n").strip()}
    fields = tk.topic_fields(chosen)
    for name in ("service", "type", "deliverySite", "domain", "invoiceNumber", "site", "notify"):
        if name in fields and (_text(values, name) or tk.is_required(chosen, name)):
            body[name] = _text(values, name)
    if "msisdn" in fields:
        body["msisdn"] = _msisdn(_text(values, "msisdn"))
    if "imei" in fields:
        body["imei"] = v.normalise_imei(_text(values, "imei"))
    if "referentName" in fields:
        body["referent"] = _person(values, "referent")
    if "requesterName" in fields:
        body["requester"] = _person(values, "requester")
    if "attachments" in fields:
        files = tk.attachments_of(values.get("attachments"))
        body["kinds"] = [a.kind for a in files]
        body["attachments"] = [{"kind": a.kind, "path": a.path, "filename": a.filename} for a in files]
    return body


def summary(values: Values) -> list[tuple[Message, str | Message]]:
    """(label, value) rows of what will be filed, in form order, for the last page and the receipt."""
    rows: list[tuple[Message, str | Message]] = []
    chosen = reason(values)
    if chosen in tk.Reason.__members__.values():
        rows.append((tk.FIELD_LABELS["reason"], tk.REASON_LABELS[tk.Reason(chosen)]))
    about = topic(values)
    if about in tk.Topic.__members__.values():
        rows.append((tk.FIELD_LABELS["topic"], tk.TOPIC_LABELS[tk.Topic(about)]))
    labels: dict[str, Mapping[Any, Message]] = {
        "service": tk.SERVICE_LABELS, "type": tk.LOSS_TYPE_LABELS, "domain": tk.DOMAIN_LABELS,
        "notify": tk.NOTIFY_LABELS}
    for name in tk.topic_fields(about):
        value = values.get(name)
        if name not in tk.required_fields(about) and not _text(values, name):
            continue
        if name == "attachments":
            files = tk.attachments_of(value)
            rows.append((tk.FIELD_LABELS[name], ", ".join(a.filename for a in files)))
        elif name in labels:
            rows.append((tk.FIELD_LABELS[name], labels[name].get(_text(values, name), _text(values, name))))
        else:
            rows.append((tk.FIELD_LABELS[name], _text(values, name)))
    return rows


def _summary_message(values: Values, _results: Values) -> Message:
    text: Message = _t(QT_TRANSLATE_NOOP("Tickets", "Check the request before sending it:"))
    for label, value in summary(values):
        line = _t(QT_TRANSLATE_NOOP("Tickets", "%1: %2"), label, value)
        text = Message("Tickets", "%1\n%2", (text, line))
    return text


def _done(values: Values, results: Values) -> Message:
    return filed_message(str(results.get("number") or ""))


def filed_message(number: str) -> Message:
    """"Ticket … filed", naming the tickets section as the navigation does."""
    return _t(QT_TRANSLATE_NOOP("Tickets", "Ticket %1 filed. You can follow it in \"%2\"."), number,
              SECTION_LABELS[Section.TICKETS])


# --- the wizard ---------------------------------------------------------------------------------------

def _invoice_required(values: Values) -> bool:
    return tk.is_required(topic(values), "invoiceNumber")


def _msisdn_check(company_msisdns: tuple[str, ...] | None) -> Callable[[Any, Values], Message | None]:
    if company_msisdns is None:
        return _check("msisdn")
    return lambda value, values: tk.check_company_line(str(value), company_msisdns)


def _after_reason(values: Values, _results: Values) -> str:
    return "loss_topic" if reason(values) == tk.Reason.LOSS_THEFT else "administrative"


def _after_loss_topic(values: Values, _results: Values) -> str:
    return "imei_block" if _text(values, LOSS_TOPIC) == tk.Topic.IMEI_BLOCK else "sim_replacement"


def _steps(company_msisdns: tuple[str, ...] | None) -> list[Step]:
    loss_topics = tk.TOPICS_BY_REASON[tk.Reason.LOSS_THEFT]
    admin_topics = tk.TOPICS_BY_REASON[tk.Reason.ADMINISTRATIVE]
    return [
        Step("reason", _t(QT_TRANSLATE_NOOP("Tickets", "Reason for the ticket")),
             fields=(_field("reason", FieldKind.CHOICE, _choices(tk.REASON_LABELS)),),
             description=_t(QT_TRANSLATE_NOOP(
                 "Tickets", "A lost or stolen SIM or phone, or an administrative or commercial request.")),
             next=_after_reason),
        Step("loss_topic", tk.REASON_LABELS[tk.Reason.LOSS_THEFT],
             fields=(Field(LOSS_TOPIC, FieldKind.CHOICE, tk.FIELD_LABELS["topic"],
                           choices=_choices(tk.TOPIC_LABELS, loss_topics)),),
             description=_t(QT_TRANSLATE_NOOP(
                 "Tickets", "Replace the SIM of a lost or stolen line, or block the IMEI of a lost or stolen phone "
                            "(this needs three scanned documents).")),
             next=_after_loss_topic),
        Step("sim_replacement", tk.TOPIC_LABELS[tk.Topic.SIM_REPLACEMENT],
             fields=(_service(), _field("type", FieldKind.CHOICE, _choices(tk.LOSS_TYPE_LABELS)),
                     Field("msisdn", FieldKind.PHONE, tk.FIELD_LABELS["msisdn"], check=_msisdn_check(company_msisdns),
                           hint=_t(QT_TRANSLATE_NOOP("Tickets", "Pick the SIM's number from the company's lines"))),
                     _field("deliverySite"), *_referent()),
             next="notes"),
        Step("imei_block", tk.TOPIC_LABELS[tk.Topic.IMEI_BLOCK],
             fields=(_service(),
                     _field("imei", hint=_t(QT_TRANSLATE_NOOP("Tickets", "15 digits: dial *#06# to read them")))),
             next="attachments"),
        Step("attachments", tk.FIELD_LABELS["attachments"],
             fields=(Field("attachments", FieldKind.FILES, tk.FIELD_LABELS["attachments"], check=_attachments_check,
                           hint=_t(QT_TRANSLATE_NOOP(
                               "Tickets", "The filled-in request form, an identity document and the report to the "
                                          "authorities: PDF, JPEG or PNG"))),),
             next="notes"),
        Step("administrative", tk.REASON_LABELS[tk.Reason.ADMINISTRATIVE],
             fields=(Field(ADMIN_TOPIC, FieldKind.CHOICE, tk.FIELD_LABELS["topic"],
                           choices=_choices(tk.TOPIC_LABELS, admin_topics)),
                     _field("domain", FieldKind.CHOICE, _choices(tk.DOMAIN_LABELS)),
                     Field("invoiceNumber", FieldKind.TEXT, tk.FIELD_LABELS["invoiceNumber"],
                           required=_invoice_required, check=_check("invoiceNumber"),
                           hint=_t(QT_TRANSLATE_NOOP("Tickets", "As printed on the invoice, e.g. %1"),
                                  tk.INVOICE_NUMBER_EXAMPLE)),
                     _field("site"), *_referent(),
                     _field("requesterName"), _field("requesterPhone", FieldKind.PHONE),
                     _field("requesterEmail", FieldKind.EMAIL),
                     _field("notify", FieldKind.CHOICE, _choices(tk.NOTIFY_LABELS))),
             next="notes"),
        Step("notes", _t(QT_TRANSLATE_NOOP("Tickets", "Notes and summary")),
             fields=(Field("notes", FieldKind.TEXT, tk.FIELD_LABELS["notes"], required=False,
                           check=_check("notes"),
                           hint=_t(QT_TRANSLATE_NOOP("Tickets", "At most 300 characters"))),),
             description=_summary_message, action=CREATE_ACTION, payload=payload, next="done"),
        Step("done", _t(QT_TRANSLATE_NOOP("Tickets", "Ticket filed")), description=_done, can_go_back=False),
    ]


def new_ticket(idempotency_key: str | None = None, company_msisdns: Iterable[str] | None = None,
               loss_theft: bool = False) -> Wizard:
    """A fresh wizard; its idempotency key (a new UUID unless given) is kept in its values and drafts.
    With `company_msisdns` (the synced mobile lines) the SIM to replace must be one of them.
    `loss_theft`: the fast path (Ctrl+Shift+F), its reason set, starting at its own first step, the topic."""
    lines = None if company_msisdns is None else tuple(company_msisdns)
    steps = {step.id: step for step in _steps(lines)}
    values = {KEY: idempotency_key or str(uuid.uuid4())}
    if loss_theft:
        values["reason"] = tk.Reason.LOSS_THEFT.value
    return Wizard(NEW_TICKET, _t(QT_TRANSLATE_NOOP("Tickets", "Inserisci nuovo ticket")), steps,
                  "loss_topic" if loss_theft else "reason", initial_values=values)


def to_draft(wizard: Wizard) -> dict[str, Any]:
    """Plain JSON-friendly data: save it as the user types (Store.save_draft)."""
    return wizard.to_draft()


def from_draft(draft: Mapping[str, Any], company_msisdns: Iterable[str] | None = None) -> Wizard:
    """The wizard exactly as saved. WizardError when the draft is not a ticket draft of this version."""
    wizard = new_ticket(company_msisdns=company_msisdns)
    wizard.load_draft(draft)
    if not _text(wizard.values, KEY):
        raise WizardError(f"{NEW_TICKET}: the draft has no idempotency key")
    return wizard


def ticket_number(wizard: Wizard) -> str | None:
    """The number the server gave, once the wizard is done."""
    return str(wizard.results.get("number")) if wizard.step_id == "done" and wizard.results.get("number") else None
