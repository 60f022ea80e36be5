"""Tickets ("Richieste e segnalazioni", R-70…R-73): the vocabulary, the portal's labels and every rule
checked before a request is sent (required fields per topic, notes ≤ 300 characters, IMEI, numbers,
attachments by magic bytes, size and kind). Codes follow docs/api.md "Tickets". No I/O: the caller
gives each attachment's size and first bytes."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from windtre_desktop.domain import validators as v
from windtre_desktop.domain.display import FileSize
from windtre_desktop.domain.messages import QT_TRANSLATE_NOOP, Message

_CONTEXT = "Tickets"


def _t(text: str, *args: str | Message) -> Message:
    return Message(_CONTEXT, text, args)


# --- vocabulary ---------------------------------------------------------------------------------

class Reason(StrEnum):
    LOSS_THEFT = "LOSS_THEFT"
    ADMINISTRATIVE = "ADMINISTRATIVE"


class Topic(StrEnum):
    SIM_REPLACEMENT = "SIM_REPLACEMENT"
    IMEI_BLOCK = "IMEI_BLOCK"
    ACTIVATION_DELAY = "ACTIVATION_DELAY"
    DELIVERY_DELAY = "DELIVERY_DELAY"
    WRONG_TARIFF = "WRONG_TARIFF"
    WRONG_RECHARGE_CHARGE = "WRONG_RECHARGE_CHARGE"
    PREMIUM_SERVICES = "PREMIUM_SERVICES"
    WRONG_INVOICE_FORMAT = "WRONG_INVOICE_FORMAT"
    OTHER = "OTHER"


class Service(StrEnum):
    VOICE = "voice"
    DATA = "data"


class LossType(StrEnum):
    THEFT = "theft"
    LOSS = "loss"


class Domain(StrEnum):
    FIXED = "fixed"
    MOBILE = "mobile"


class NotifyChannel(StrEnum):
    SMS = "sms"
    EMAIL = "email"


class AttachmentKind(StrEnum):
    REQUEST_FORM = "request_form"
    IDENTITY_DOCUMENT = "identity_document"
    AUTHORITY_REPORT = "authority_report"
    OTHER = "other"


class TicketStatus(StrEnum):
    """R-73: assigned → in progress → closed; a new ticket waits while one is open or in progress."""

    ASSIGNED = "ASSIGNED"
    IN_PROGRESS = "IN_PROGRESS"
    CLOSED = "CLOSED"

    @property
    def is_open(self) -> bool:
        return self is not TicketStatus.CLOSED


REASON_LABELS: dict[Reason, Message] = {
    Reason.LOSS_THEFT: _t(QT_TRANSLATE_NOOP("Tickets", "Reintegro Furto/Smarrimento")),
    Reason.ADMINISTRATIVE: _t(QT_TRANSLATE_NOOP("Tickets", "Richieste Amministrative/Commerciali")),
}

TOPIC_LABELS: dict[Topic, Message] = {
    Topic.SIM_REPLACEMENT: _t(QT_TRANSLATE_NOOP("Tickets", "sostituzione SIM")),
    Topic.IMEI_BLOCK: _t(QT_TRANSLATE_NOOP("Tickets", "blocco IMEI")),
    Topic.ACTIVATION_DELAY: _t(QT_TRANSLATE_NOOP("Tickets", "ritardo attivazione")),
    Topic.DELIVERY_DELAY: _t(QT_TRANSLATE_NOOP("Tickets", "ritardo consegna")),
    Topic.WRONG_TARIFF: _t(QT_TRANSLATE_NOOP("Tickets", "tariffa errata")),
    Topic.WRONG_RECHARGE_CHARGE: _t(QT_TRANSLATE_NOOP("Tickets", "addebito ricarica errato")),
    Topic.PREMIUM_SERVICES: _t(QT_TRANSLATE_NOOP("Tickets", "servizi premium non attivati/disattivati")),
    Topic.WRONG_INVOICE_FORMAT: _t(QT_TRANSLATE_NOOP("Tickets", "formato fattura errato")),
    Topic.OTHER: _t(QT_TRANSLATE_NOOP("Tickets", "altro")),
}

TOPICS_BY_REASON: dict[Reason, tuple[Topic, ...]] = {
    Reason.LOSS_THEFT: (Topic.SIM_REPLACEMENT, Topic.IMEI_BLOCK),
    Reason.ADMINISTRATIVE: (Topic.ACTIVATION_DELAY, Topic.DELIVERY_DELAY, Topic.WRONG_TARIFF,
                            Topic.WRONG_RECHARGE_CHARGE, Topic.PREMIUM_SERVICES, Topic.WRONG_INVOICE_FORMAT,
                            Topic.OTHER),
}

SERVICE_LABELS: dict[Service, Message] = {
    Service.VOICE: _t(QT_TRANSLATE_NOOP("Tickets", "Voice")),
    Service.DATA: _t(QT_TRANSLATE_NOOP("Tickets", "Data")),
}

LOSS_TYPE_LABELS: dict[LossType, Message] = {
    LossType.THEFT: _t(QT_TRANSLATE_NOOP("Tickets", "Theft")),
    LossType.LOSS: _t(QT_TRANSLATE_NOOP("Tickets", "Loss")),
}

DOMAIN_LABELS: dict[Domain, Message] = {
    Domain.FIXED: _t(QT_TRANSLATE_NOOP("Tickets", "Fixed")),
    Domain.MOBILE: _t(QT_TRANSLATE_NOOP("Tickets", "Mobile")),
}

NOTIFY_LABELS: dict[NotifyChannel, Message] = {
    NotifyChannel.SMS: _t(QT_TRANSLATE_NOOP("Tickets", "SMS to the referent")),
    NotifyChannel.EMAIL: _t(QT_TRANSLATE_NOOP("Tickets", "Email to the referent")),
}

ATTACHMENT_LABELS: dict[AttachmentKind, Message] = {
    AttachmentKind.REQUEST_FORM: _t(QT_TRANSLATE_NOOP("Tickets", "IMEI block request form")),
    AttachmentKind.IDENTITY_DOCUMENT: _t(QT_TRANSLATE_NOOP("Tickets", "Identity document")),
    AttachmentKind.AUTHORITY_REPORT: _t(QT_TRANSLATE_NOOP("Tickets", "Report to the authorities")),
    AttachmentKind.OTHER: _t(QT_TRANSLATE_NOOP("Tickets", "Other document")),
}

STATUS_LABELS: dict[TicketStatus, Message] = {
    TicketStatus.ASSIGNED: _t(QT_TRANSLATE_NOOP("Tickets", "Assigned")),
    TicketStatus.IN_PROGRESS: _t(QT_TRANSLATE_NOOP("Tickets", "In progress")),
    TicketStatus.CLOSED: _t(QT_TRANSLATE_NOOP("Tickets", "Closed")),
}

# Field labels: every message names the field it is about.
FIELD_LABELS: dict[str, Message] = {
    "reason": _t(QT_TRANSLATE_NOOP("Tickets", "Reason")),
    "topic": _t(QT_TRANSLATE_NOOP("Tickets", "Topic")),
    "service": _t(QT_TRANSLATE_NOOP("Tickets", "Service")),
    "type": _t(QT_TRANSLATE_NOOP("Tickets", "Type")),
    "msisdn": _t(QT_TRANSLATE_NOOP("Tickets", "SIM number")),
    "deliverySite": _t(QT_TRANSLATE_NOOP("Tickets", "Delivery site")),
    "imei": _t(QT_TRANSLATE_NOOP("Tickets", "IMEI")),
    "domain": _t(QT_TRANSLATE_NOOP("Tickets", "Domain")),
    "invoiceNumber": _t(QT_TRANSLATE_NOOP("Tickets", "Invoice number")),
    "site": _t(QT_TRANSLATE_NOOP("Tickets", "Site")),
    "referentName": _t(QT_TRANSLATE_NOOP("Tickets", "Referent's name")),
    "referentPhone": _t(QT_TRANSLATE_NOOP("Tickets", "Referent's phone number")),
    "referentEmail": _t(QT_TRANSLATE_NOOP("Tickets", "Referent's email")),
    "requesterName": _t(QT_TRANSLATE_NOOP("Tickets", "Requester's name")),
    "requesterPhone": _t(QT_TRANSLATE_NOOP("Tickets", "Requester's phone number")),
    "requesterEmail": _t(QT_TRANSLATE_NOOP("Tickets", "Requester's email")),
    "notify": _t(QT_TRANSLATE_NOOP("Tickets", "Notification")),
    "notes": _t(QT_TRANSLATE_NOOP("Tickets", "Notes")),
    "attachments": _t(QT_TRANSLATE_NOOP("Tickets", "Attachments")),
}

_REFERENT = ("referentName", "referentPhone", "referentEmail")
_REQUESTER = ("requesterName", "requesterPhone", "requesterEmail")

_INVOICE_REQUIRED = (Topic.WRONG_TARIFF, Topic.PREMIUM_SERVICES, Topic.WRONG_INVOICE_FORMAT)

# R-70, R-71 (docs/api.md table): each topic's fields in form order, besides reason, topic and notes.
TOPIC_FIELDS: dict[Topic, tuple[str, ...]] = {
    Topic.SIM_REPLACEMENT: ("service", "type", "msisdn", "deliverySite", *_REFERENT),
    Topic.IMEI_BLOCK: ("service", "imei", "attachments"),
    **{topic: ("domain", "invoiceNumber", "site", *_REFERENT, *_REQUESTER, "notify")
       for topic in TOPICS_BY_REASON[Reason.ADMINISTRATIVE]},
}
# Those that may be left empty (notes always may).
OPTIONAL_FIELDS: dict[Topic, frozenset[str]] = {
    topic: frozenset() if topic in _INVOICE_REQUIRED else frozenset({"invoiceNumber"})
    for topic in TOPICS_BY_REASON[Reason.ADMINISTRATIVE]
}

# A server error's field (docs/api.md names nested ones with a dot) -> the wizard's field.
SERVER_FIELDS: dict[str, str] = {
    f"{who}.{part}": f"{who}{part.capitalize()}" for who in ("referent", "requester")
    for part in ("name", "phone", "email")
}


def wizard_field(server_field: str | None) -> str | None:
    """The form field a server message is about ("referent.email" -> "referentEmail")."""
    return None if server_field is None else SERVER_FIELDS.get(server_field, server_field)


def reason_of(topic: Topic | str) -> Reason | None:
    return next((r for r, topics in TOPICS_BY_REASON.items() if topic in topics), None)


def topic_fields(topic: Topic | str) -> tuple[str, ...]:
    """The fields of the topic, in form order (reason, topic and notes not included)."""
    try:
        return TOPIC_FIELDS[Topic(topic)]
    except ValueError:
        return ()


def required_fields(topic: Topic | str) -> tuple[str, ...]:
    """The fields the topic needs (invoiceNumber only for some administrative topics)."""
    optional = OPTIONAL_FIELDS.get(topic, frozenset()) if topic in TOPIC_FIELDS else frozenset()
    return tuple(name for name in topic_fields(topic) if name not in optional)


def is_required(topic: Topic | str, name: str) -> bool:
    return name in required_fields(topic)


# --- notes (R-72) ---------------------------------------------------------------------------------

NOTES_MAX = 300


@dataclass(frozen=True)
class NotesCounter:
    """What the live counter under the notes shows."""

    used: int
    limit: int = NOTES_MAX

    @property
    def remaining(self) -> int:
        return self.limit - self.used

    @property
    def over(self) -> bool:
        return self.used > self.limit

    @property
    def label(self) -> Message:
        return _t(QT_TRANSLATE_NOOP("Tickets", "%1/%2 characters"), str(self.used), str(self.limit))


def notes_length(text: str) -> int:
    """Characters as the server counts them: Unicode code points, Windows line ends as one."""
    return len(str(text).replace("\r\n", "\n"))


def notes_counter(text: str) -> NotesCounter:
    return NotesCounter(notes_length(text))


def check_notes(text: str) -> Message | None:
    used = notes_length(text)
    if used > NOTES_MAX:
        return _t(QT_TRANSLATE_NOOP("Tickets", "Notes: at most %1 characters (you typed %2)"),
                  str(NOTES_MAX), str(used))
    return None


# --- other fields ------------------------------------------------------------------------------------

TEXT_MAX = 200
NAME_MAX = 100
INVOICE_MAX = 30
# as the invoices list writes numbers: F (services) or D (devices), year and month of issue, "/", account
INVOICE_NUMBER_EXAMPLE = "F202611/000101"
_INVOICE_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/-_. ")


# control, format (zero-width, bidi), private use, surrogate, unassigned: text a person can't see or type
_UNSEEN = ("Cc", "Cf", "Co", "Cs", "Cn")


def check_text(name: str, value: str, limit: int = TEXT_MAX) -> Message | None:
    text = str(value).strip()
    label = FIELD_LABELS.get(name, Message(_CONTEXT, name))
    if not text:
        return _t(QT_TRANSLATE_NOOP("Tickets", "%1: this field is required"), label)
    if len(text) > limit:
        return _t(QT_TRANSLATE_NOOP("Tickets", "%1: at most %2 characters (you typed %3)"),
                  label, str(limit), str(len(text)))
    if not any(c.isalnum() for c in text) or any(unicodedata.category(c) in _UNSEEN for c in str(value)):
        return _t(QT_TRANSLATE_NOOP("Tickets", "%1: use letters or digits, with no control or invisible characters"),
                  label)
    return None


def check_invoice_number(value: str) -> Message | None:
    text = str(value).strip()
    if not text:
        return _t(QT_TRANSLATE_NOOP("Tickets", "Invoice number: pick an invoice or type its number"))
    if len(text) > INVOICE_MAX or not set(text) <= _INVOICE_CHARACTERS or not any(c.isdigit() for c in text):
        return _t(QT_TRANSLATE_NOOP(
            "Tickets", "Invoice number: up to 30 letters, digits and / - _ . as printed on the invoice"))
    return None


_PHONE_SEPARATORS = frozenset(" -./")


def check_contact_phone(name: str, value: str) -> Message | None:
    """A referent's or requester's phone (docs/api.md): 6-15 digits, an optional leading +, spaces - . /."""
    text = str(value).strip()
    body = text[1:] if text.startswith("+") else text
    digits = sum(c.isascii() and c.isdigit() for c in body)
    if not body or not all((c.isascii() and c.isdigit()) or c in _PHONE_SEPARATORS for c in body) \
            or not 6 <= digits <= 15:
        return _t(QT_TRANSLATE_NOOP("Tickets", "%1: 6 to 15 digits, optionally + in front; spaces and - . / "
                                               "are allowed"), FIELD_LABELS.get(name, Message(_CONTEXT, name)))
    return None


def _prefixed(name: str, problem: Message | None) -> Message | None:
    """A validators message about "Email" said of the referent or requester field."""
    if problem is None:
        return None
    return _t(QT_TRANSLATE_NOOP("Tickets", "%1 — %2"), FIELD_LABELS[name], problem)


def check_company_line(msisdn: str, company_msisdns: Iterable[str]) -> Message | None:
    """The SIM to replace must be a mobile line of the company (docs/api.md `msisdn`)."""
    problem = v.check_mobile(msisdn)
    if problem is not None:
        return problem
    wanted = v.normalise_msisdn(msisdn)
    for line in company_msisdns:
        try:
            if v.normalise_msisdn(line) == wanted:
                return None
        except ValueError:
            continue
    return _t(QT_TRANSLATE_NOOP("Tickets", "SIM number: %1 is not one of the company's mobile lines"), wanted)


def _choice(enum: type[StrEnum], name: str, value: str) -> Message | None:
    if value in {e.value for e in enum}:
        return None
    return _t(QT_TRANSLATE_NOOP("Tickets", "%1: choose one of the options"), FIELD_LABELS[name])


def check_field(name: str, value: Any) -> Message | None:
    """The rule of one field on a non-empty value; None when it is acceptable (or the name is unknown)."""
    text = "" if value is None else str(value)
    match name:
        case "reason":
            return _choice(Reason, name, text)
        case "topic":
            return _choice(Topic, name, text)
        case "service":
            return _choice(Service, name, text)
        case "type":
            return _choice(LossType, name, text)
        case "domain":
            return _choice(Domain, name, text)
        case "notify":
            return _choice(NotifyChannel, name, text)
        case "msisdn":
            return v.check_mobile(text)
        case "imei":
            return v.check_imei(text)
        case "invoiceNumber":
            return check_invoice_number(text)
        case "referentPhone" | "requesterPhone":
            return check_contact_phone(name, text)
        case "referentEmail" | "requesterEmail":
            return _prefixed(name, v.check_email(text))
        case "referentName" | "requesterName":
            return check_text(name, text, NAME_MAX)
        case "site" | "deliverySite":
            return check_text(name, text)
        case "notes":
            return check_notes(text)
    return None


# --- attachments -------------------------------------------------------------------------------------

MAX_FILES = 3
MAX_FILE_BYTES = 5_242_880  # 5 MB each
MAX_TOTAL_BYTES = 12_582_912  # 12 MB in total
IMEI_BLOCK_ATTACHMENTS = (AttachmentKind.REQUEST_FORM, AttachmentKind.IDENTITY_DOCUMENT,
                          AttachmentKind.AUTHORITY_REPORT)
MAGIC_BYTES_NEEDED = 8  # how many first bytes the view reads for sniff_type

_MAGIC = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
)
_EXTENSIONS = {"application/pdf": (".pdf",), "image/jpeg": (".jpg", ".jpeg"), "image/png": (".png",)}


def sniff_type(head: bytes) -> str | None:
    """The media type the file's first bytes announce (PDF, JPEG, PNG), None for anything else."""
    return next((mime for magic, mime in _MAGIC if bytes(head).startswith(magic)), None)


@dataclass(frozen=True)
class Attachment:
    """A file the UI picked: where it is, what it is for, its size and its first bytes (hex in JSON)."""

    kind: str
    path: str
    size: int
    head: bytes = b""
    name: str = ""

    @property
    def media_type(self) -> str | None:
        return sniff_type(self.head)

    @property
    def filename(self) -> str:
        return self.name or self.path.replace("\\", "/").rsplit("/", 1)[-1]

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "path": self.path, "size": self.size, "head": self.head.hex(),
                "name": self.name}

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> Attachment:
        """Lenient: a malformed entry becomes one that the checks refuse, never an exception."""
        try:
            head = bytes.fromhex(str(raw.get("head") or ""))
        except ValueError:
            head = b""
        try:
            size = int(raw.get("size") or 0)
        except (TypeError, ValueError):
            size = -1
        return cls(str(raw.get("kind") or ""), str(raw.get("path") or ""), size, head, str(raw.get("name") or ""))


def _size_text(size: int) -> FileSize:
    return FileSize(size)  # written in the interface's language when the message is shown


def check_attachment(attachment: Attachment) -> Message | None:
    """One file: a known kind, a PDF/JPEG/PNG by its content, not empty, within the per-file limit."""
    name = attachment.filename
    if attachment.kind not in {k.value for k in AttachmentKind}:
        return _t(QT_TRANSLATE_NOOP("Tickets", "Attachments: say what %1 is (request form, identity document "
                                               "or report to the authorities)"), name)
    mime = attachment.media_type
    if mime is None:
        return _t(QT_TRANSLATE_NOOP("Tickets", "Attachments: %1 is not a PDF, JPEG or PNG file"), name)
    if not name.lower().endswith(_EXTENSIONS[mime]):
        return _t(QT_TRANSLATE_NOOP("Tickets", "Attachments: %1 is a %2 file, its name must end in %3"),
                  name, mime.split("/")[1].upper(), " / ".join(_EXTENSIONS[mime]))
    if attachment.size <= 0:
        return _t(QT_TRANSLATE_NOOP("Tickets", "Attachments: %1 is empty"), name)
    if attachment.size > MAX_FILE_BYTES:
        return _t(QT_TRANSLATE_NOOP("Tickets", "Attachments: %1 is %2, each file may be at most %3"),
                  name, _size_text(attachment.size), _size_text(MAX_FILE_BYTES))
    return None


def check_new_attachment(current: Sequence[Attachment], new: Attachment) -> Message | None:
    """Whether `new` may join `current` (the files of an IMEI block): checked when the file is dropped."""
    problem = check_attachment(new)
    if problem is not None:
        return problem
    if len(current) >= MAX_FILES:
        return _t(QT_TRANSLATE_NOOP("Tickets", "Attachments: exactly %1 files are needed; remove one before "
                                               "adding %2"), str(len(IMEI_BLOCK_ATTACHMENTS)), new.filename)
    if any(a.kind == new.kind for a in current):
        return _t(QT_TRANSLATE_NOOP("Tickets", "Attachments: there is already a %1; remove it before adding %2"),
                  ATTACHMENT_LABELS[AttachmentKind(new.kind)], new.filename)
    total = sum(max(a.size, 0) for a in current) + new.size
    if total > MAX_TOTAL_BYTES:
        return _t(QT_TRANSLATE_NOOP("Tickets", "Attachments: together the files may be at most %1 (%2 with %3)"),
                  _size_text(MAX_TOTAL_BYTES), _size_text(total), new.filename)
    return None


def check_attachments(attachments: Iterable[Attachment]) -> Message | None:
    """The IMEI block's files (R-70): three, one of each kind, each and all within the limits."""
    files = list(attachments)
    for a in files:
        problem = check_attachment(a)
        if problem is not None:
            return problem
    if len(files) > MAX_FILES:
        return _t(QT_TRANSLATE_NOOP("Tickets", "Attachments: exactly %1 files are needed (there are %2)"),
                  str(len(IMEI_BLOCK_ATTACHMENTS)), str(len(files)))
    kinds = [a.kind for a in files]
    for kind in IMEI_BLOCK_ATTACHMENTS:
        if kinds.count(kind) > 1:
            return _t(QT_TRANSLATE_NOOP("Tickets", "Attachments: only one %1 is needed"), ATTACHMENT_LABELS[kind])
    for kind in IMEI_BLOCK_ATTACHMENTS:
        if kind not in kinds:
            return _t(QT_TRANSLATE_NOOP("Tickets", "Attachments: the %1 is missing"), ATTACHMENT_LABELS[kind])
    total = sum(a.size for a in files)
    if total > MAX_TOTAL_BYTES:
        return _t(QT_TRANSLATE_NOOP("Tickets", "Attachments: together the files may be at most %1 (they are %2)"),
                  _size_text(MAX_TOTAL_BYTES), _size_text(total))
    return None


def attachments_of(value: Any) -> list[Attachment]:
    """The wizard's attachments value (a list of dicts) as Attachments; anything else is no file."""
    if not isinstance(value, (list, tuple)):
        return []
    return [Attachment.from_dict(item) for item in value if isinstance(item, Mapping)]


# --- a whole ticket -----------------------------------------------------------------------------------

def check_ticket(values: Mapping[str, Any], company_msisdns: Iterable[str] | None = None) -> dict[str, Message]:
    """Field name -> what is wrong, for a ticket about to be filed (flat values as in FIELD_LABELS, before any
    request). With `company_msisdns`, the SIM to replace must be one of them."""
    errors: dict[str, Message] = {}
    topic = str(values.get("topic") or "")
    reason = str(values.get("reason") or "")
    for name in ("reason", "topic"):
        value = str(values.get(name) or "")
        problem = check_field(name, value) if value else _t(
            QT_TRANSLATE_NOOP("Tickets", "%1: this field is required"), FIELD_LABELS[name])
        if problem is not None:
            errors[name] = problem
    if not errors and reason_of(topic) != Reason(reason):
        errors["topic"] = _t(QT_TRANSLATE_NOOP("Tickets", "Topic: it does not belong to the reason chosen"))
    required = required_fields(topic)
    for name in topic_fields(topic):
        value = values.get(name)
        if name == "attachments":
            problem = check_attachments(attachments_of(value))
        elif value is None or not str(value).strip():
            problem = _t(QT_TRANSLATE_NOOP("Tickets", "%1: this field is required"),
                         FIELD_LABELS[name]) if name in required else None
        elif name == "msisdn" and company_msisdns is not None:
            problem = check_company_line(str(value), company_msisdns)
        else:
            problem = check_field(name, value)
        if problem is not None:
            errors[name] = problem
    problem = check_notes(str(values.get("notes") or ""))
    if problem is not None:
        errors["notes"] = problem
    return errors
