"""The fleet's usage and spend as the server reports it (`GET /api/v1/fleet/usage`, docs/api.md), in value
types every layer shares: per line its billed spend per month, this month's charges so far, its traffic of
the last week and of the twelve weeks before, its last activity, roaming and Giga Smart Share package; and the
offer catalogue that alerts suggest from. Money in euro cents (net of VAT), data in bytes, voice in seconds."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from windtre_desktop.domain.models import Line

LAST_WEEK_DAYS = 7
PREVIOUS_WEEKS_DAYS = 84  # twelve weeks: "its own last three months"


@dataclass(frozen=True)
class TrafficWindow:
    """One period's traffic of a line, every type summed."""

    records: int = 0
    seconds: int = 0
    messages: int = 0
    bytes: int = 0
    cost_cents: int = 0

    @classmethod
    def from_json(cls, raw: dict | None) -> TrafficWindow:
        raw = raw or {}
        return cls(int(raw.get("records") or 0), int(raw.get("seconds") or 0), int(raw.get("messages") or 0),
                   int(raw.get("bytes") or 0), int(raw.get("costCents") or 0))

    def to_json(self) -> dict:
        return {"records": self.records, "seconds": self.seconds, "messages": self.messages, "bytes": self.bytes,
                "costCents": self.cost_cents}


@dataclass(frozen=True)
class Offer:
    """An entry of the offer catalogue; None allowances are unlimited (or not part of the offer: see kind)."""

    code: str
    name: str
    kind: str  # "mobile" | "fixed"
    monthly_cents: int
    data_bytes: int | None = None
    voice_seconds: int | None = None
    sms: int | None = None

    @classmethod
    def from_json(cls, raw: dict) -> Offer:
        def optional(key: str) -> int | None:
            value = raw.get(key)
            return None if value is None else int(value)

        return cls(str(raw["code"]), str(raw.get("name") or raw["code"]), str(raw.get("kind") or "mobile"),
                   int(raw.get("monthlyCents") or 0), optional("dataBytes"), optional("voiceSeconds"),
                   optional("sms"))

    def to_json(self) -> dict:
        return {"code": self.code, "name": self.name, "kind": self.kind, "monthlyCents": self.monthly_cents,
                "dataBytes": self.data_bytes, "voiceSeconds": self.voice_seconds, "sms": self.sms}


@dataclass(frozen=True)
class LineUsage:
    line_id: str
    spend_cents: tuple[int, ...]  # billed, net of VAT, one per FleetUsage.months (oldest first)
    month_to_date_cents: int  # traffic charged since the 1st of this month, today included (not billed yet)
    last_week: TrafficWindow  # today and the 6 days before
    previous_weeks: TrafficWindow  # the 84 days before those
    data_used_months: tuple[int | None, ...]  # data used in the last 3 billed months, oldest first
    last_activity: str | None  # YYYY-MM-DD, the latest day with traffic in the window; None: none
    roaming_country: str | None  # ISO 3166-1 alpha-2 of today's roaming traffic, None when at home
    gss_package_id: str | None = None
    gss_package_name: str = ""

    @classmethod
    def from_json(cls, raw: dict) -> LineUsage:
        package = raw.get("gssPackage") or {}
        return cls(
            line_id=str(raw["lineId"]),
            spend_cents=tuple(int(v) for v in raw.get("spendCents") or ()),
            month_to_date_cents=int(raw.get("monthToDateCents") or 0),
            last_week=TrafficWindow.from_json(raw.get("lastWeek")),
            previous_weeks=TrafficWindow.from_json(raw.get("previousWeeks")),
            data_used_months=tuple(None if v is None else int(v) for v in raw.get("dataUsedMonths") or ()),
            last_activity=raw.get("lastActivity") or None,
            roaming_country=raw.get("roamingCountry") or None,
            gss_package_id=package.get("id") or None,
            gss_package_name=package.get("name") or "",
        )

    def to_json(self) -> dict:
        return {
            "lineId": self.line_id, "spendCents": list(self.spend_cents),
            "monthToDateCents": self.month_to_date_cents, "lastWeek": self.last_week.to_json(),
            "previousWeeks": self.previous_weeks.to_json(), "dataUsedMonths": list(self.data_used_months),
            "lastActivity": self.last_activity, "roamingCountry": self.roaming_country,
            "gssPackage": ({"id": self.gss_package_id, "name": self.gss_package_name}
                           if self.gss_package_id else None),
        }


@dataclass(frozen=True)
class FleetUsage:
    """The whole answer: `months` are the billed months ("YYYY-MM", oldest first) every spend list follows."""

    today: str
    months: tuple[str, ...]
    offers: tuple[Offer, ...] = ()
    lines: dict[str, LineUsage] = field(default_factory=dict)

    @classmethod
    def from_json(cls, raw: dict) -> FleetUsage:
        usage = [LineUsage.from_json(r) for r in raw.get("lines") or ()]
        return cls(str(raw.get("today") or ""), tuple(str(m) for m in raw.get("months") or ()),
                   tuple(Offer.from_json(o) for o in raw.get("offers") or ()), {u.line_id: u for u in usage})

    def sharing(self, previous: FleetUsage | None) -> FleetUsage:
        """The same usage, with `previous`'s own LineUsage objects for the lines whose usage did not change:
        the fleet table then remakes only the rows of the lines that moved (domain.fleet_table.FleetRows)."""
        if previous is None or not previous.lines:
            return self
        before = previous.lines
        lines = {}
        for line_id, usage in self.lines.items():
            old = before.get(line_id)
            lines[line_id] = old if old is not None and old == usage else usage
        return replace(self, lines=lines)


@dataclass(frozen=True)
class LineLabel:
    """The user's own words for a line (an employee's name, a cost centre): kept locally, never sent."""

    line_id: str
    label: str = ""
    note: str = ""


@dataclass(frozen=True)
class FleetSnapshot:
    """What the fleet screens show: the company's lines, their usage (None until the first answer) and the
    user's labels, all from the local store."""

    lines: tuple[Line, ...]
    usage: FleetUsage | None
    labels: dict[str, LineLabel] = field(default_factory=dict)
    billing_accounts: dict[str, str] = field(default_factory=dict)  # id → name
    saved_at: str = ""  # when the usage was fetched (ISO), "" when never
