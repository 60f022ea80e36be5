"""Value types shared by every layer: user, company, lines and their counters.

Plain frozen dataclasses (no `slots=True`: creating slotted dataclasses costs start-up
time every launch, and these types are few). Units follow the backend contract (docs/api.md): data in bytes, voice in seconds,
SMS as a count, money in euro cents (integers, never floats).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Role(StrEnum):
    USER_ADMIN = "USER_ADMIN"
    TELCO_MANAGER = "TELCO_MANAGER"
    DIPENDENTE = "DIPENDENTE"


class CounterKind(StrEnum):
    DATA = "data"
    VOICE = "voice"
    SMS = "sms"


@dataclass(frozen=True)
class Counter:
    """One allowance: `total` None means unlimited."""

    used: int
    total: int | None

    @property
    def unlimited(self) -> bool:
        return self.total is None

    @property
    def remaining(self) -> int | None:
        if self.total is None:
            return None
        return max(self.total - self.used, 0)

    @property
    def used_fraction(self) -> float | None:
        if not self.total:
            return None
        return min(self.used / self.total, 1.0)

    @classmethod
    def from_json(cls, raw: dict | None) -> Counter | None:
        if raw is None:
            return None
        return cls(used=int(raw["used"]), total=None if raw.get("total") is None else int(raw["total"]))

    def to_json(self, unit: str) -> dict:
        return {"used": self.used, "total": self.total, "unit": unit}


UNITS = {CounterKind.DATA: "bytes", CounterKind.VOICE: "seconds", CounterKind.SMS: "count"}


@dataclass(frozen=True)
class User:
    username: str
    role: Role
    first_name: str = ""
    last_name: str = ""
    email: str = ""
    company_id: str = ""
    line_id: str | None = None
    must_change_password: bool = False

    @property
    def display_name(self) -> str:
        name = f"{self.first_name} {self.last_name}".strip()
        return name or self.username

    @classmethod
    def from_json(cls, raw: dict) -> User:
        return cls(
            username=raw["username"],
            role=Role(raw["role"]),
            first_name=raw.get("firstName") or "",
            last_name=raw.get("lastName") or "",
            email=raw.get("email") or "",
            company_id=raw.get("companyId") or "",
            line_id=raw.get("lineId"),
        )

    def to_json(self) -> dict:
        return {
            "username": self.username,
            "role": self.role.value,
            "firstName": self.first_name,
            "lastName": self.last_name,
            "email": self.email,
            "companyId": self.company_id,
            "lineId": self.line_id,
        }


@dataclass(frozen=True)
class BillingAccount:
    id: str
    name: str
    payment_method: str = ""


@dataclass(frozen=True)
class Company:
    id: str
    name: str
    vat_number: str
    address: str = ""
    pec: str = ""
    sdi_code: str = ""
    billing_accounts: tuple[BillingAccount, ...] = ()
    line_count: int = 0

    @classmethod
    def from_json(cls, raw: dict) -> Company:
        return cls(
            id=raw["id"],
            name=raw["name"],
            vat_number=raw.get("vatNumber") or "",
            address=raw.get("address") or "",
            pec=raw.get("pec") or "",
            sdi_code=raw.get("sdiCode") or "",
            billing_accounts=tuple(
                BillingAccount(b["id"], b.get("name", ""), b.get("paymentMethod", ""))
                for b in raw.get("billingAccounts") or ()
            ),
            line_count=int(raw.get("lineCount") or 0),
        )

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "vatNumber": self.vat_number,
            "address": self.address,
            "pec": self.pec,
            "sdiCode": self.sdi_code,
            "billingAccounts": [
                {"id": b.id, "name": b.name, "paymentMethod": b.payment_method} for b in self.billing_accounts
            ],
            "lineCount": self.line_count,
        }


@dataclass(frozen=True)
class Line:
    id: str
    msisdn: str
    kind: str  # "mobile" | "fixed"
    holder: str
    alias: str
    status: str
    payment_type: str
    billing_account_id: str
    offer_code: str
    offer_name: str
    credit_cents: int | None
    data: Counter | None
    voice: Counter | None
    sms: Counter | None
    updated_at: str = ""
    version: int = 0

    def counter(self, kind: CounterKind) -> Counter | None:
        return {CounterKind.DATA: self.data, CounterKind.VOICE: self.voice, CounterKind.SMS: self.sms}[kind]

    @classmethod
    def from_json(cls, raw: dict) -> Line:
        counters = raw.get("counters") or {}
        offer = raw.get("offer") or {}
        credit = raw.get("creditCents")
        return cls(
            id=raw["id"],
            msisdn=raw["msisdn"],
            kind=raw.get("kind", "mobile"),
            holder=raw.get("holder") or "",
            alias=raw.get("alias") or "",
            status=raw.get("status") or "active",
            payment_type=raw.get("paymentType") or "postpaid",
            billing_account_id=raw.get("billingAccountId") or "",
            offer_code=offer.get("code") or "",
            offer_name=offer.get("name") or "",
            credit_cents=None if credit is None else int(credit),
            data=Counter.from_json(counters.get("data")),
            voice=Counter.from_json(counters.get("voice")),
            sms=Counter.from_json(counters.get("sms")),
            updated_at=raw.get("updatedAt") or "",
            version=int(raw.get("version") or 0),
        )

    def to_json(self) -> dict:
        def counter_json(kind: CounterKind) -> dict | None:
            c = self.counter(kind)
            return None if c is None else c.to_json(UNITS[kind])

        return {
            "id": self.id,
            "msisdn": self.msisdn,
            "kind": self.kind,
            "holder": self.holder,
            "alias": self.alias,
            "status": self.status,
            "paymentType": self.payment_type,
            "billingAccountId": self.billing_account_id,
            "offer": {"code": self.offer_code, "name": self.offer_name},
            "creditCents": self.credit_cents,
            "counters": {k.value: counter_json(k) for k in CounterKind},
            "updatedAt": self.updated_at,
            "version": self.version,
        }


@dataclass(frozen=True)
class CounterTotal:
    """Company-wide sum of one counter.

    `used` counts every line; `used_limited` and `total` only the lines with a
    limit, so that `remaining` stays meaningful; unlimited lines are counted apart.
    """

    used: int = 0
    used_limited: int = 0
    total: int = 0
    unlimited_lines: int = 0
    lines: int = 0

    @property
    def remaining(self) -> int:
        return max(self.total - self.used_limited, 0)


@dataclass(frozen=True)
class CompanyTotals:
    lines: int = 0
    mobile_lines: int = 0
    fixed_lines: int = 0
    credit_cents: int = 0
    counters: dict[CounterKind, CounterTotal] = field(default_factory=dict)
    offers: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict:
        """For the store: saved with each sync, so a start shows them without reading every line."""
        return {
            "lines": self.lines, "mobileLines": self.mobile_lines, "fixedLines": self.fixed_lines,
            "creditCents": self.credit_cents,
            "counters": {kind.value: [t.used, t.used_limited, t.total, t.unlimited_lines, t.lines]
                         for kind, t in self.counters.items()},
            "offers": [[name, n] for name, n in self.offers.items()],  # a list: the order is the ranking
        }

    @classmethod
    def from_json(cls, raw: dict) -> CompanyTotals:
        return cls(
            lines=raw["lines"], mobile_lines=raw["mobileLines"], fixed_lines=raw["fixedLines"],
            credit_cents=raw["creditCents"],
            counters={CounterKind(kind): CounterTotal(*values) for kind, values in raw["counters"].items()},
            offers={name: n for name, n in raw["offers"]},
        )


@dataclass(frozen=True)
class SyncPage:
    """One answer of the change feed (docs/api.md "Sync"): everything, or what changed since a cursor."""

    cursor: str
    full: bool
    company: Company | None
    user: User | None
    lines: list[Line]
    deleted_line_ids: list[str]
    server_time: str
    etag: str | None
