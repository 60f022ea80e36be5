"""Typed shapes of the ticket endpoints' bodies and answers (docs/api.md "Tickets", R-70…R-73), in the
contract's camelCase: what ApiClient's ticket methods take and return."""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict

AttachmentKind = Literal["request_form", "identity_document", "authority_report", "other"]
TicketStatus = Literal["ASSIGNED", "IN_PROGRESS", "CLOSED"]
# (kind, filename, bytes, content type) of one file to attach
AttachmentUpload = tuple[str, str, bytes, str]


class TicketPerson(TypedDict):
    name: str
    phone: str
    email: str


class TicketPayload(TypedDict):
    """The `ticket` part: the fields its topic needs (docs/api.md), the others may be left out."""

    reason: Literal["LOSS_THEFT", "ADMINISTRATIVE"]
    topic: str
    service: NotRequired[Literal["voice", "data"]]
    type: NotRequired[Literal["theft", "loss"]]
    msisdn: NotRequired[str]
    deliverySite: NotRequired[str]
    referent: NotRequired[TicketPerson]
    imei: NotRequired[str]
    domain: NotRequired[Literal["fixed", "mobile"]]
    invoiceNumber: NotRequired[str]
    site: NotRequired[str]
    requester: NotRequired[TicketPerson]
    notify: NotRequired[Literal["sms", "email"]]
    notes: NotRequired[str]


class TicketAttachment(TypedDict):
    id: str
    kind: AttachmentKind
    filename: str
    contentType: str
    size: int
    sha256: str


class TicketHistoryEntry(TypedDict):
    status: TicketStatus
    at: str


class Ticket(TypedDict):
    id: str
    number: str
    reason: str
    topic: str
    service: str | None
    type: str | None
    msisdn: str | None
    deliverySite: str | None
    referent: TicketPerson | None
    imei: str | None
    domain: str | None
    invoiceNumber: str | None
    site: str | None
    requester: TicketPerson | None
    notify: str | None
    notes: str
    status: TicketStatus
    createdAt: str
    createdBy: str
    history: list[TicketHistoryEntry]
    attachments: list[TicketAttachment]
