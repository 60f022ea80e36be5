"""Typed shapes of the invoice and recharge answers (docs/api.md "Invoices and recharges", R-40…R-43), in the
contract's camelCase: what ApiClient's invoice methods return."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypedDict

InvoiceKind = Literal["service", "device"]
InvoiceStatus = Literal["paid", "due", "overdue"]

InvoicePeriod = TypedDict("InvoicePeriod", {"from": str, "to": str})


class InvoicePdf(TypedDict):
    size: int
    sha256: str


class InvoiceFatturaPA(TypedDict):
    filename: str
    signed: bool
    size: int
    sha256: str


class Invoice(TypedDict):
    id: str
    number: str
    billingAccountId: str
    kind: InvoiceKind
    issueDate: str
    dueDate: str
    amountCents: int
    status: InvoiceStatus
    period: InvoicePeriod
    hasCallDetail: bool
    pdf: InvoicePdf
    fatturapa: InvoiceFatturaPA


@dataclass(frozen=True)
class InvoiceList:
    """The invoices of the last 24 months, newest first, and the ETag to send back next time."""

    invoices: list[Invoice]
    etag: str | None


class InvoiceShared(TypedDict):
    invoiceId: str
    email: str
    sentAt: str


class RechargeDone(TypedDict):
    date: str
    amountCents: int
    type: str


class RechargeAttempt(TypedDict):
    date: str
    amountCents: int
    transactionId: str
    status: Literal["completed", "failed", "pending"]
    outcome: str


class Recharges(TypedDict):
    lineId: str
    done: list[RechargeDone]
    attempts: list[RechargeAttempt]
