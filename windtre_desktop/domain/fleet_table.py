"""The rows of the fleet table (Panoramica flotta, tab Linee) and the filters over them: one flat row per line
made of its line, its usage (None until the first answer) and its local label, with a precomputed search key so
that filtering 10,000 rows is one cheap scan; the filters the user combines (and saves as views, to and from a
JSON dict) and the built-in views."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date

from windtre_desktop.domain.fleet_usage import (
    LAST_WEEK_DAYS,
    PREVIOUS_WEEKS_DAYS,
    FleetSnapshot,
    LineLabel,
    LineUsage,
)
from windtre_desktop.domain.line_search import fold, normalise_query
from windtre_desktop.domain.models import Counter, Line

# a line with no traffic in the whole window has been idle at least this long
TRAFFIC_WINDOW_DAYS = LAST_WEEK_DAYS + PREVIOUS_WEEKS_DAYS
_NON_DIGITS = re.compile(r"\D+")


@dataclass(frozen=True, slots=True)
class FleetRow:
    """One line as the fleet table shows it. Usage fields are None (or "") while no usage is known: see
    `has_usage`. Percentages are of the allowance used, None when unlimited or without that counter."""

    line_id: str
    number: str
    holder: str
    alias: str
    label: str
    note: str
    kind: str  # "mobile" | "fixed"
    offer: str
    credit_cents: int | None
    data_pct: float | None
    voice_pct: float | None
    sms_pct: float | None
    month_spend_cents: int | None  # charged since the 1st of this month
    gss_package: str
    last_activity: date | None
    idle_days: int | None  # days since the last activity (TRAFFIC_WINDOW_DAYS when none in the window)
    status: str
    roaming_country: str | None
    billing_account_id: str
    billing_account: str  # the account's name, its id when unknown
    has_usage: bool
    search_key: str  # lower case: number forms, holder, alias, label, note, offer


def _pct(counter: Counter | None) -> float | None:
    if counter is None or not counter.total:
        return None
    return counter.used * 100 / counter.total


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _search_key(line: Line, label: str, note: str) -> str:
    digits = _NON_DIGITS.sub("", line.msisdn)  # the national number without 39 is part of these
    return fold(" ".join((line.msisdn, digits, line.holder, line.alias, label, note, line.offer_name)))


def fleet_row(line: Line, usage: LineUsage | None, label: LineLabel | None, *, today: date | None = None,
              billing_account: str = "") -> FleetRow:
    """The row of `line`; `today` (the usage's day) sets how long an idle line has been idle."""
    text, note = (label.label, label.note) if label is not None else ("", "")
    last = _day(usage.last_activity) if usage is not None else None
    idle: int | None = None
    if usage is not None and today is not None:
        idle = (today - last).days if last is not None else TRAFFIC_WINDOW_DAYS
    return FleetRow(
        line_id=line.id, number=line.msisdn, holder=line.holder, alias=line.alias, label=text, note=note,
        kind=line.kind, offer=line.offer_name, credit_cents=line.credit_cents,
        data_pct=_pct(line.data), voice_pct=_pct(line.voice), sms_pct=_pct(line.sms),
        month_spend_cents=usage.month_to_date_cents if usage is not None else None,
        gss_package=usage.gss_package_name if usage is not None else "",
        last_activity=last, idle_days=idle, status=line.status,
        roaming_country=usage.roaming_country if usage is not None else None,
        billing_account_id=line.billing_account_id,
        billing_account=billing_account or line.billing_account_id,
        has_usage=usage is not None,
        search_key=_search_key(line, text, note),
    )


def fleet_rows(snapshot: FleetSnapshot) -> list[FleetRow]:
    """Every line of the snapshot as a row, in the snapshot's order."""
    return FleetRows().rows(snapshot)


class FleetRows:
    """Makes the rows of one snapshot after another, and makes again only the rows whose line or usage (a new
    object: sync.snapshot and FleetUsage.sharing keep the unchanged ones), label, billing account name or day
    changed: after a sync a hundred lines of 10,000 have moved, and the table is refilled on the GUI thread
    when shown."""

    def __init__(self) -> None:
        self._made: dict[str, tuple[Line, LineUsage | None, LineLabel | None, str, FleetRow]] = {}
        self._today: date | None = None

    def rows(self, snapshot: FleetSnapshot) -> list[FleetRow]:
        usage = snapshot.usage
        today = _day(usage.today) if usage is not None else None
        per_line = usage.lines if usage is not None else {}
        labels, accounts = snapshot.labels, snapshot.billing_accounts
        before = self._made if today == self._today else {}
        made: dict[str, tuple[Line, LineUsage | None, LineLabel | None, str, FleetRow]] = {}
        rows = []
        for line in snapshot.lines:
            line_usage, label = per_line.get(line.id), labels.get(line.id)
            account = accounts.get(line.billing_account_id, "")
            old = before.get(line.id)
            if (old is not None and old[0] is line and old[1] is line_usage and old[2] == label
                    and old[3] == account):
                row = old[4]
            else:
                row = fleet_row(line, line_usage, label, today=today, billing_account=account)
            made[line.id] = (line, line_usage, label, account, row)
            rows.append(row)
        self._made, self._today = made, today
        return rows


@dataclass(frozen=True)
class FleetFilter:
    """What the user narrows the table to; every criterion left at its default lets every row through.

    kind / offer / status: exact values ("" any); credit_below_cents: credit known and below; data_over_pct:
    data allowance used over this share; roaming: in roaming today; inactive_days: no traffic for at least
    this many days (usage known); has_label: True only labelled lines, False only unlabelled ones."""

    text: str = ""
    kind: str = ""
    offer: str = ""
    status: str = ""
    credit_below_cents: int | None = None
    data_over_pct: float | None = None
    roaming: bool = False
    inactive_days: int | None = None
    has_label: bool | None = None

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, raw: dict | None) -> FleetFilter:
        """Tolerant: unknown keys are ignored and a value of the wrong type is left at its default, so a view
        saved by another version still opens."""
        raw = raw or {}
        values: dict = {}
        for name in ("text", "kind", "offer", "status"):
            if isinstance(raw.get(name), str):
                values[name] = raw[name]
        for name in ("credit_below_cents", "inactive_days"):
            value = raw.get(name)
            if isinstance(value, int | float) and not isinstance(value, bool):
                values[name] = int(value)
        value = raw.get("data_over_pct")
        if isinstance(value, int | float) and not isinstance(value, bool):
            values["data_over_pct"] = float(value)
        if isinstance(raw.get("roaming"), bool):
            values["roaming"] = raw["roaming"]
        if isinstance(raw.get("has_label"), bool):
            values["has_label"] = raw["has_label"]
        return cls(**values)

    @property
    def empty(self) -> bool:
        return self == FleetFilter()

    def matches(self, row: FleetRow) -> bool:
        return bool(self.apply((row,)))

    def apply(self, rows: Iterable[FleetRow]) -> list[FleetRow]:
        """The rows that match, in their order: one list comprehension per criterion set, the most selective
        first, so a keystroke costs about one plain scan of the search keys."""
        shown: Iterable[FleetRow] = rows  # each step below reads it once
        terms = normalise_query(fold(self.text))
        words = fold(self.text).split()
        if terms != words:  # a number typed with separators ("347 123", "+39…"), or a code ("4410/02")
            shown = [r for r in shown if all(t in r.search_key for t in terms)
                     or all(w in r.search_key for w in words)]
        elif len(terms) == 1:
            term = terms[0]
            shown = [r for r in shown if term in r.search_key]
        elif terms:
            shown = [r for r in shown if all(t in r.search_key for t in terms)]
        if self.kind:
            shown = [r for r in shown if r.kind == self.kind]
        if self.offer:
            shown = [r for r in shown if r.offer == self.offer]
        if self.status:
            shown = [r for r in shown if r.status == self.status]
        if self.credit_below_cents is not None:
            limit = self.credit_below_cents
            shown = [r for r in shown if r.credit_cents is not None and r.credit_cents < limit]
        if self.data_over_pct is not None:
            share = self.data_over_pct
            shown = [r for r in shown if r.data_pct is not None and r.data_pct > share]
        if self.roaming:
            shown = [r for r in shown if r.roaming_country]
        if self.inactive_days is not None:
            days = self.inactive_days
            shown = [r for r in shown if r.idle_days is not None and r.idle_days >= days]
        if self.has_label is not None:
            wanted = self.has_label
            shown = [r for r in shown if bool(r.label or r.note) is wanted]
        return list(shown)


@dataclass(frozen=True)
class BuiltInView:
    """A view every user has: a stable id (saved in settings, never shown) and its filter; the screen gives
    it its translated name."""

    id: str
    filter: FleetFilter


CREDIT_LOW_CENTS = 500
DATA_HIGH_PCT = 80.0
INACTIVE_DAYS = 30

BUILT_IN_VIEWS: tuple[BuiltInView, ...] = (
    BuiltInView("credit_below_5", FleetFilter(credit_below_cents=CREDIT_LOW_CENTS)),  # "credito sotto 5 €"
    BuiltInView("data_over_80", FleetFilter(data_over_pct=DATA_HIGH_PCT)),  # "giga oltre 80%"
    BuiltInView("roaming", FleetFilter(roaming=True)),  # "in roaming"
    BuiltInView("inactive_30", FleetFilter(inactive_days=INACTIVE_DAYS)),  # "inattive da 30 giorni"
)


def built_in_view(view_id: str) -> BuiltInView | None:
    return next((view for view in BUILT_IN_VIEWS if view.id == view_id), None)
