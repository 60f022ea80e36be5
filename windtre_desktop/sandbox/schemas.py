"""Pydantic models of the contract's bodies: request validation and the OpenAPI document."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from windtre_desktop.sandbox import traffic
from windtre_desktop.sandbox.accounts import normalise_msisdn
from windtre_desktop.sandbox.demo_data import MAX_LINES


class Message(BaseModel):
    type: Literal["ERROR", "WARNING", "INFO"]
    message: str
    field: str | None = Field(None, description="Present only on validation messages: the invalid field.")


class Envelope(BaseModel):
    """The wrapper of every /api/ answer."""

    status: Literal["OK", "FAIL"]
    errorCodes: list[str]
    messages: list[Message]
    data: None = None


class User(BaseModel):
    username: str
    role: Literal["USER_ADMIN", "TELCO_MANAGER", "DIPENDENTE"]
    firstName: str
    lastName: str
    email: str
    companyId: str
    lineId: str | None = Field(description="Set only for a DIPENDENTE (or autologin Responsabile): the line.")
    mustChangePassword: bool = Field(
        False, description="Session opened with a temporary password: only /me, /logout, /password/change."
    )


class BillingAccount(BaseModel):
    id: str
    name: str
    paymentMethod: str


class Company(BaseModel):
    id: str
    name: str
    vatNumber: str = Field(description="Partita IVA, 11 digits.")
    address: str
    pec: str
    sdiCode: str
    billingAccounts: list[BillingAccount]
    lineCount: int


class Offer(BaseModel):
    code: str
    name: str


class CounterValue(BaseModel):
    used: int
    total: int | None = Field(description="null means unlimited; remaining is max(total - used, 0).")
    unit: Literal["bytes", "seconds", "count"]


class Counters(BaseModel):
    data: CounterValue | None
    voice: CounterValue | None
    sms: CounterValue | None


class Line(BaseModel):
    id: str
    msisdn: str = Field(description="E.164, e.g. +393471234567.")
    kind: Literal["mobile", "fixed"]
    holder: str
    alias: str
    status: Literal["active", "suspended"]
    paymentType: Literal["postpaid", "prepaid"]
    billingAccountId: str
    offer: Offer
    creditCents: int | None = Field(description="Residual credit in euro cents; null on fixed lines.")
    counters: Counters
    updatedAt: str
    version: int


class SyncData(BaseModel):
    cursor: str = Field(description="Opaque; send it back as ?cursor= for the changes since this answer.")
    full: bool
    company: Company | None
    user: User | None
    lines: list[Line]
    deletedLineIds: list[str]
    serverTime: str


class SyncNdjsonData(BaseModel):
    """`data` of the first NDJSON line of /sync: everything of SyncData but the lines, and their count."""

    cursor: str = Field(description="Opaque; send it back as ?cursor= for the changes since this answer.")
    full: bool
    company: Company | None
    user: User | None
    lineCount: int = Field(ge=0, description="How many lines follow, one Line object per line.")
    deletedLineIds: list[str]
    serverTime: str


class SyncNdjsonHead(Envelope):
    """The first line of the NDJSON form of /sync."""

    data: SyncNdjsonData | None = None


class UserEnvelope(Envelope):
    data: User | None = None


class CompanyEnvelope(Envelope):
    data: Company | None = None


class LineEnvelope(Envelope):
    data: Line | None = None


class LinesEnvelope(Envelope):
    data: list[Line] | None = None


class SyncEnvelope(Envelope):
    data: SyncData | None = None


class LoginBody(BaseModel):
    username: str = Field(min_length=1)
    password: str = Field(min_length=1)
    rememberMe: bool = Field(False, strict=True)  # the contract's boolean: "yes", 0 and 1 are refused (issue 16)


# -- accounts (R-01…R-12) ------------------------------------------------------------------------------------

Text = Field(min_length=1, max_length=300)
# The field rules of docs/api.md, declared in the document only (json_schema_extra): the server's own checks give
# the contract's messages naming the field, so pydantic must not refuse first with its own. The server is lenient
# in spelling (spaces around a code, "0039" before a mobile): these are the canonical forms.
MOBILE = r"^(\+39)?3[0-9]{8,9}$"
NEW_PASSWORD = {"minLength": 8, "maxLength": 128, "description": "R-12: upper and lower case, a digit, a symbol."}


def rule(**declared: object) -> object:
    """A required text field (1…300 characters) whose document also declares `declared` (pattern, format…)."""
    return Field(min_length=1, max_length=300, json_schema_extra=declared)


class AttemptsData(BaseModel):
    attemptsLeft: int | None = None
    resendAfter: int | None = None


class OtpFailEnvelope(Envelope):
    """A FAIL about a code: ERR-OTP-01/-05 carry attemptsLeft, ERR-OTP-03 resendAfter; else data is null."""

    data: AttemptsData | None = None


class AdminRegistrationBody(BaseModel):
    vatNumber: str = rule(pattern="^[0-9]{11}$", description="Partita IVA: 11 digits, the last a check digit.")
    email: str = rule(format="email", maxLength=254)
    mobile: str = rule(pattern=MOBILE)
    firstName: str = Text
    lastName: str = Text
    birthDate: str = rule(format="date", description="YYYY-MM-DD, before today")
    fiscalCode: str = rule(pattern="^[A-Za-z0-9]{16}$", description="Codice fiscale: 16 characters.")


class AdminRegistration(BaseModel):
    registrationId: str
    emailMasked: str


class AdminActivationBody(BaseModel):
    registrationId: str = Text
    activationCode: str = Text
    username: str = rule(pattern="^[A-Za-z0-9._-]{4,30}$", description="With at least one letter.")
    password: str = rule(**NEW_PASSWORD)


class EmployeeRegistrationBody(BaseModel):
    msisdn: str = rule(pattern=MOBILE)
    email: str = rule(format="email", maxLength=254)


class Challenge(BaseModel):
    challengeId: str
    channel: Literal["sms", "email"]
    needsPuk: bool
    resendAfter: int | None = Field(description="Seconds before a new code may be asked; null until the PUK.")


class PukBody(BaseModel):
    challengeId: str = Text
    puk: str = rule(pattern="^[0-9]{8}$")


class ChallengeBody(BaseModel):
    challengeId: str = Text


class EmployeeVerifyBody(BaseModel):
    challengeId: str = Text
    otp: str = rule(pattern="^[0-9]{6}$")
    password: str = rule(**NEW_PASSWORD)


class RecoveryBody(BaseModel):
    username: str = Text


class Recovery(BaseModel):
    challengeId: str | None
    variant: Literal["code", "temporaryPassword"]
    channel: Literal["sms", "email"]
    resendAfter: int | None


class RecoveryConfirmBody(BaseModel):
    challengeId: str = Text
    code: str = rule(pattern="^[0-9]{6}$")
    newPassword: str = rule(**NEW_PASSWORD)


class RecoveryDone(BaseModel):
    username: str


class PasswordChangeBody(BaseModel):
    oldPassword: str = Text
    newPassword: str = rule(**NEW_PASSWORD)


class TelcoManagerBody(BaseModel):
    username: str = rule(pattern="^[A-Za-z0-9._-]{4,30}$", description="With at least one letter.")
    firstName: str = Text
    lastName: str = Text
    email: str = rule(format="email", maxLength=254)
    mobile: str = rule(pattern=MOBILE)


class TelcoManager(BaseModel):
    username: str
    firstName: str
    lastName: str
    email: str
    mobile: str | None
    createdBy: str | None
    createdAt: str


class SimBody(BaseModel):
    msisdn: str = rule(pattern=MOBILE)


class Sim(BaseModel):
    lineId: str
    msisdn: str
    own: bool
    associatedAt: str | None


class Sims(BaseModel):
    sims: list[Sim]
    maxAssociated: int


class AdminRegistrationEnvelope(Envelope):
    data: AdminRegistration | None = None


class ChallengeEnvelope(Envelope):
    data: Challenge | None = None


class RecoveryEnvelope(Envelope):
    data: Recovery | None = None


class RecoveryDoneEnvelope(Envelope):
    data: RecoveryDone | None = None


class TelcoManagerEnvelope(Envelope):
    data: TelcoManager | None = None


class TelcoManagersEnvelope(Envelope):
    data: list[TelcoManager] | None = None


class SimsEnvelope(Envelope):
    data: Sims | None = None


# -- tickets (R-70…R-73) ----------------------------------------------------------------------------


class TicketPerson(BaseModel):
    name: str
    phone: str
    email: str


class TicketAttachment(BaseModel):
    id: str
    kind: Literal["request_form", "identity_document", "authority_report", "other"]
    filename: str
    contentType: Literal["application/pdf", "image/jpeg", "image/png"]
    size: int = Field(description="Bytes.")
    sha256: str = Field(description="Hex SHA-256 of the file.")


class TicketHistoryEntry(BaseModel):
    status: Literal["ASSIGNED", "IN_PROGRESS", "CLOSED"]
    at: str


class Ticket(BaseModel):
    id: str
    number: str = Field(description="TK-<year>-<6 digits>.")
    reason: Literal["LOSS_THEFT", "ADMINISTRATIVE"]
    topic: str
    service: Literal["voice", "data"] | None
    type: Literal["theft", "loss"] | None
    msisdn: str | None
    deliverySite: str | None
    referent: TicketPerson | None
    imei: str | None
    domain: Literal["fixed", "mobile"] | None
    invoiceNumber: str | None
    site: str | None
    requester: TicketPerson | None
    notify: Literal["sms", "email"] | None
    notes: str = Field(description="At most 300 characters (R-72).")
    status: Literal["ASSIGNED", "IN_PROGRESS", "CLOSED"]
    createdAt: str
    createdBy: str
    history: list[TicketHistoryEntry]
    attachments: list[TicketAttachment]


class TicketEnvelope(Envelope):
    data: Ticket | None = None


class TicketsEnvelope(Envelope):
    data: list[Ticket] | None = None


class OpenTicketRef(BaseModel):
    id: str
    number: str
    status: Literal["ASSIGNED", "IN_PROGRESS"]


class TicketOpenFailEnvelope(Envelope):
    """409 ERR-TKT-01: data is the open ticket (R-73)."""

    data: OpenTicketRef | None = None


# -- sandbox-only -----------------------------------------------------------------------------------


class FaultIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    mode: Literal["latency", "500", "429", "drop", "truncate", "malformed"]
    count: int = Field(1, ge=-1, description="How many matching requests it hits; -1 = until cleared.")
    pathPrefix: str = Field("/api/", min_length=1)
    latencyMs: int = Field(0, ge=0, le=600_000)
    retryAfter: int = Field(1, ge=0, le=3600)
    after: bool = Field(
        False, description="Process the request first, throw its answer away, then apply the fault."
    )

    @field_validator("count")
    @classmethod
    def _not_zero(cls, value: int) -> int:
        if value == 0:
            raise ValueError("count must be at least 1, or -1 for until cleared")
        return value


class ClockIn(BaseModel):
    advanceSeconds: int = Field(ge=0)


class UsageIn(BaseModel):
    lines: int = Field(ge=0, le=MAX_LINES)


class NetworkIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    msisdn: str | None = Field(description="The line the simulated mobile network identifies, or null.")

    @field_validator("msisdn")
    @classmethod
    def _mobile(cls, value: str | None) -> str | None:
        if value is None:
            return None
        number = normalise_msisdn(value)
        if number is None:
            raise ValueError("an Italian mobile number, e.g. +393471234567, or null")
        return number


# -- invoices and recharges (R-40…R-43) ----------------------------------------------------------------------


class InvoicePeriod(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    from_: str = Field(alias="from", description="YYYY-MM-DD")
    to: str = Field(description="YYYY-MM-DD")


class InvoicePdf(BaseModel):
    size: int = Field(description="Bytes of the PDF the download answers.")
    sha256: str = Field(description="Hex SHA-256 of the PDF.")


class InvoiceFatturaPA(BaseModel):
    filename: str = Field(description="IT<P.IVA>_<progressive>.xml or .xml.p7m")
    signed: bool = Field(description="A CMS SignedData (.p7m, DER) around the XML.")
    size: int
    sha256: str


class Invoice(BaseModel):
    id: str
    number: str = Field(description="The FatturaPA Numero.")
    billingAccountId: str
    kind: Literal["service", "device"]
    issueDate: str = Field(description="YYYY-MM-DD")
    dueDate: str = Field(description="YYYY-MM-DD")
    amountCents: int = Field(description="Total with VAT (ImportoTotaleDocumento), euro cents.")
    status: Literal["paid", "due", "overdue"]
    period: InvoicePeriod
    hasCallDetail: bool = Field(description="A call detail can be downloaded (R-41).")
    pdf: InvoicePdf
    fatturapa: InvoiceFatturaPA


class InvoicesEnvelope(Envelope):
    data: list[Invoice] | None = None


class ShareInvoiceBody(BaseModel):
    email: str = Field(description="Where the PDF is e-mailed.", json_schema_extra={"format": "email"})


class InvoiceShared(BaseModel):
    invoiceId: str
    email: str
    sentAt: str


class InvoiceSharedEnvelope(Envelope):
    data: InvoiceShared | None = None


class RechargeDone(BaseModel):
    date: str
    amountCents: int
    type: Literal["online", "voucher", "automatic", "shop"]


class RechargeAttempt(BaseModel):
    date: str
    amountCents: int
    transactionId: str
    status: Literal["completed", "failed", "pending"]
    outcomeCode: str = Field(
        description="Stable code of the outcome (RECHARGED, AWAITING_CONFIRMATION, PAYMENT_REFUSED, CARD_EXPIRED, "
        "CARD_LIMIT_EXCEEDED, CANCELLED_BY_USER; more may come): the client shows its own label for it."
    )
    outcome: str = Field(description="The outcome in the server's words (Italian): for a code the client does not know.")


class Recharges(BaseModel):
    lineId: str
    done: list[RechargeDone] = Field(description="'Ricariche effettuate', newest first.")
    attempts: list[RechargeAttempt] = Field(description="'Tentativi di ricarica', newest first.")


class RechargesEnvelope(Envelope):
    data: Recharges | None = None


# -- traffic (R-30…R-32) -----------------------------------------------------------------------------------------

TrafficTypeCode = Literal[traffic.TYPES]  # the model's codes, in its order
TrafficKindCode = Literal[traffic.KINDS]


class TrafficTotals(BaseModel):
    records: int = Field(description="How many records (calls, messages, sessions, charges).")
    seconds: int = Field(description="Call duration, seconds (0 for other types).")
    bytes: int = Field(description="Internet volume, bytes (0 for other types).")
    costCents: int = Field(description="Cost, euro cents.")


class TrafficDay(BaseModel):
    date: str = Field(description="YYYY-MM-DD (Italian calendar day)")
    types: dict[str, TrafficTotals] = Field(
        description="One entry per type code asked (all five by default)."
    )


class LineTrafficDaily(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    lineId: str
    from_: str = Field(alias="from")
    to: str
    days: list[TrafficDay] = Field(description="Every day of the period, oldest first (zeros included).")
    totals: dict[str, TrafficTotals] = Field(description="The period's totals per type.")


class TrafficTopLine(BaseModel):
    lineId: str
    msisdn: str
    value: int = Field(description="bytes (data), seconds (voice) or euro cents (spend) in the period")


class TrafficTop(BaseModel):
    data: list[TrafficTopLine]
    voice: list[TrafficTopLine]
    spend: list[TrafficTopLine]


class CompanyTrafficDaily(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    companyId: str
    from_: str = Field(alias="from")
    to: str
    lineCount: int
    days: list[TrafficDay]
    totals: dict[str, TrafficTotals]
    top: TrafficTop = Field(
        description="The lines with most data, voice and spend in the period, largest first."
    )


class TrafficRecord(BaseModel):
    id: str = Field(description="Stable: <lineId>-<YYYYMMDD>-<index in the day>.")
    at: str = Field(description="ISO 8601 with offset")
    type: TrafficTypeCode
    kind: TrafficKindCode
    number: str | None = Field(
        description="The number called or messaged (+<country code>…); null for the others."
    )
    destination: str | None = Field(
        description="ISO 3166-1 alpha-2 country of the number called (or of a roaming session)."
    )
    roamingCountry: str | None = Field(
        description="ISO 3166-1 alpha-2 country the line was in, when roaming."
    )
    seconds: int | None = Field(description="Calls only: duration, seconds.")
    bytes: int | None = Field(description="Internet only: volume, bytes.")
    costCents: int = Field(description="Euro cents (0 when included in the offer).")
    description: str | None = Field(description="Options and other charges: the product's name, as written.")


class TrafficLineRef(BaseModel):
    id: str
    msisdn: str
    kind: Literal["mobile", "fixed"]
    holder: str
    alias: str


class TrafficRecordsPage(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    lineId: str
    from_: str = Field(alias="from")
    to: str
    type: TrafficTypeCode | None
    totalRecords: int = Field(description="Records of the whole period and type (every page).")
    records: list[TrafficRecord] = Field(description="Oldest first.")
    nextCursor: str | None = Field(description="Opaque; null on the last page.")


class TrafficExportPage(TrafficRecordsPage):
    line: TrafficLineRef


class LineTrafficDailyEnvelope(Envelope):
    data: LineTrafficDaily | None = None


class CompanyTrafficDailyEnvelope(Envelope):
    data: CompanyTrafficDaily | None = None


class TrafficRecordsEnvelope(Envelope):
    data: TrafficRecordsPage | None = None


class TrafficExportEnvelope(Envelope):
    data: TrafficExportPage | None = None


# -- products and Giga Smart Share (R-22, R-50, R-51, R-60, R-82) ---------------------------------------------


class GssPackage(BaseModel):
    id: str
    type: Literal["data_share", "voice_data_share"]
    gigaPlan: int = Field(description="The monthly plan in Giga (1 Giga = 10^9 bytes), one of planSteps.")
    extraGiga: int = Field(description="Extra Giga added this month (at most 100).")
    pooledBytes: int = Field(description="(gigaPlan + extraGiga) × 10^9.")
    usedBytes: int = Field(description="Used this month by the package's SIMs (the sum of theirs).")
    simCount: int
    maxSims: int
    deviceCount: int
    referentPhone: str = Field(description="The referent's mobile (+39…): gets the R-82 SMS.")
    thresholdsSent: list[int] = Field(description="The R-82 thresholds (80, 100) already notified this month.")
    version: int


class GssPackages(BaseModel):
    packages: list[GssPackage]
    planSteps: list[int]
    extraSteps: list[int]


class GssPackagesEnvelope(Envelope):
    data: GssPackages | None = None


class GssSim(BaseModel):
    lineId: str
    msisdn: str
    holder: str
    alias: str | None
    usedBytes: int
    creditCents: int | None = Field(description="Remaining credit; null for a postpaid SIM.")


class GssSims(BaseModel):
    packageId: str
    sims: list[GssSim]


class GssSimsEnvelope(Envelope):
    data: GssSims | None = None


class Device(BaseModel):
    id: str
    model: str
    accountName: str
    lineId: str | None
    msisdn: str | None
    instalment: Literal["none", "24_months", "30_months", "36_months"]
    maintenance: Literal["none", "basic", "premium"]
    interventionsLeft: int
    packageId: str | None


class Devices(BaseModel):
    devices: list[Device]


class DevicesEnvelope(Envelope):
    data: Devices | None = None


class SimCodes(BaseModel):
    lineId: str
    msisdn: str
    pin: str = Field(description="4 digits.")
    puk: str = Field(description="8 digits.")


class SimCodesEnvelope(Envelope):
    data: SimCodes | None = None


class GssPackageAnswer(BaseModel):
    package: GssPackage


class GssPackageEnvelope(Envelope):
    data: GssPackageAnswer | None = None


class GssMoveAnswer(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    from_: GssPackage = Field(alias="from")
    to: GssPackage


class GssMoveEnvelope(Envelope):
    data: GssMoveAnswer | None = None


class GssPlanBody(BaseModel):
    gigaPlan: int = Field(description="One of planSteps.")


class GssReferentBody(BaseModel):
    phone: str = Field(description="An Italian mobile number, written in any usual way.")


class GssExtraBody(BaseModel):
    giga: int = Field(description="One of extraSteps.")


class GssMoveBody(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    from_: str = Field(alias="from", description="The package the SIMs leave.")
    to: str = Field(description="The package the SIMs join.")
    lineIds: list[str] = Field(description="1 to 50 SIMs of `from`.")


class Notification(BaseModel):
    id: str
    kind: Literal["gss_threshold"]
    at: str
    packageId: str
    percent: Literal[80, 100]
    usedBytes: int
    pooledBytes: int
    referentPhone: str


class Notifications(BaseModel):
    notifications: list[Notification]


class NotificationsEnvelope(Envelope):
    data: Notifications | None = None


class GssUsageIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    packageId: str
    bytes: int = Field(ge=0, le=10**15, description="Bytes of traffic spread over the package's SIMs.")
