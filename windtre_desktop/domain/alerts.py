"""The local alerts of the fleet (issue 15), computed after each sync from the fleet usage: each rule is a pure
function of (line, its usage, the offer catalogue, today) returning an Alert or None, with its thresholds
as named constants below. An Alert's `severity` grows as its condition worsens (comparable within one rule
only): a dismissed alert comes back only when its severity grows past the dismissed one by COMEBACK_MARGIN.
No Qt, no I/O."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from windtre_desktop.domain.fleet_usage import (
    LAST_WEEK_DAYS,
    PREVIOUS_WEEKS_DAYS,
    FleetSnapshot,
    LineUsage,
    Offer,
)
from windtre_desktop.domain.models import Line

# --- spend_spike: the last billed month far above the line's own three months before ---
SPEND_SPIKE_FACTOR = 2.0  # last month ≥ this × the mean of the months before
SPEND_SPIKE_BASE_MONTHS = 3
SPEND_SPIKE_MIN_EXTRA_CENTS = 1000  # and at least 10 € more than that mean
SPEND_SPIKE_FLOOR_CENTS = 100  # a mean under 1 € is taken as 1 € for the severity (a ratio)

# --- traffic_spike: last week far above the line's weekly average of the twelve weeks before ---
TRAFFIC_SPIKE_FACTOR = 3.0
PREVIOUS_WEEKS = PREVIOUS_WEEKS_DAYS // 7
TRAFFIC_SPIKE_MIN_RECORDS = 30  # a quiet line going from 1 to 3 calls a week is no spike
TRAFFIC_SPIKE_MIN_COST_CENTS = 500  # nor one going from 0,50 € to 2 €

# --- idle_but_billed: billed last month, no traffic for a month ---
IDLE_DAYS = 30
TRAFFIC_WINDOW_DAYS = LAST_WEEK_DAYS + PREVIOUS_WEEKS_DAYS  # no activity in the window: idle at least this long

# --- offer_exhausted / offer_underused: the data allowance over the last billed months ---
OFFER_MONTHS = 3
UNDERUSED_SHARE = 0.5  # used under half of the allowance every month

# --- credit_running_out: a prepaid line's credit at last week's pace ---
CREDIT_DAYS_LEFT = 7.0
CREDIT_FLOOR_DAYS = 0.25  # days left under this count as this for the severity

# --- dismissal ---
COMEBACK_MARGIN = 0.25  # a dismissed alert comes back when its severity exceeds the dismissed one by 25 %

SPEND_SPIKE = "spend_spike"
TRAFFIC_SPIKE = "traffic_spike"
IDLE_BUT_BILLED = "idle_but_billed"
OFFER_EXHAUSTED = "offer_exhausted"
OFFER_UNDERUSED = "offer_underused"
CREDIT_RUNNING_OUT = "credit_running_out"
RULES = (CREDIT_RUNNING_OUT, SPEND_SPIKE, TRAFFIC_SPIKE, IDLE_BUT_BILLED, OFFER_EXHAUSTED, OFFER_UNDERUSED)
"""Every rule, the most urgent first (the order alerts are listed in)."""


@dataclass(frozen=True)
class Alert:
    rule: str
    line_id: str
    severity: float
    facts: dict = field(default_factory=dict, compare=False)  # what the words about it need (JSON values)

    @property
    def key(self) -> tuple[str, str]:
        return self.rule, self.line_id

    def to_json(self) -> dict:
        return {"rule": self.rule, "lineId": self.line_id, "severity": self.severity, "facts": self.facts}

    @classmethod
    def from_json(cls, raw: dict) -> Alert:
        return cls(str(raw["rule"]), str(raw["lineId"]), float(raw["severity"]), dict(raw.get("facts") or {}))


@dataclass(frozen=True)
class AlertEntry:
    """An alert as listed: with the line's number and holder and the user's label for it."""

    alert: Alert
    msisdn: str = ""
    holder: str = ""
    label: str = ""


Rule = Callable[[Line, LineUsage, Mapping[str, Offer], date, tuple[str, ...]], Alert | None]


def comes_back(severity: float, dismissed_severity: float | None) -> bool:
    """Whether an alert shows: never dismissed, or worse than when it was dismissed by more than the margin."""
    return dismissed_severity is None or severity > dismissed_severity * (1.0 + COMEBACK_MARGIN)


# --- the rules ----------------------------------------------------------------------------------------------


def spend_spike(line: Line, usage: LineUsage, offers: Mapping[str, Offer], today: date,
                months: tuple[str, ...] = ()) -> Alert | None:
    spend = usage.spend_cents
    if len(spend) < SPEND_SPIKE_BASE_MONTHS + 1:
        return None
    last = spend[-1]
    before = spend[-SPEND_SPIKE_BASE_MONTHS - 1:-1]
    if min(before) <= 0:
        return None  # a line new in those months (nothing billed yet) has no usual spend to be far above
    mean = sum(before) / len(before)
    if last < SPEND_SPIKE_FACTOR * mean or last - mean < SPEND_SPIKE_MIN_EXTRA_CENTS:
        return None
    return Alert(SPEND_SPIKE, line.id, last / max(mean, SPEND_SPIKE_FLOOR_CENTS), {
        "month": months[-1] if months else "", "cents": last, "meanCents": round(mean),
        "previousCents": list(before)})


def traffic_spike(line: Line, usage: LineUsage, offers: Mapping[str, Offer], today: date,
                  months: tuple[str, ...] = ()) -> Alert | None:
    last, previous = usage.last_week, usage.previous_weeks
    found: list[tuple[float, str, int, float]] = []
    for measure, now, before, minimum in (("records", last.records, previous.records, TRAFFIC_SPIKE_MIN_RECORDS),
                                          ("cost", last.cost_cents, previous.cost_cents,
                                           TRAFFIC_SPIKE_MIN_COST_CENTS)):
        average = before / PREVIOUS_WEEKS
        if now >= minimum and now >= TRAFFIC_SPIKE_FACTOR * average:
            found.append((now / max(average, 1.0), measure, now, average))
    if not found:
        return None
    ratio, measure, now, average = max(found)
    return Alert(TRAFFIC_SPIKE, line.id, ratio, {"measure": measure, "lastWeek": now,
                                                 "weeklyAverage": round(average, 1)})


def idle_days(usage: LineUsage, today: date) -> int:
    """Days since the line's last traffic; the whole traffic window when it had none in it."""
    if not usage.last_activity:
        return TRAFFIC_WINDOW_DAYS
    try:
        last = date.fromisoformat(usage.last_activity)
    except ValueError:
        return 0
    return max((today - last).days, 0)


def idle_but_billed(line: Line, usage: LineUsage, offers: Mapping[str, Offer], today: date,
                    months: tuple[str, ...] = ()) -> Alert | None:
    billed = usage.spend_cents[-1] if usage.spend_cents else 0
    days = idle_days(usage, today)
    if billed <= 0 or days < IDLE_DAYS:
        return None
    return Alert(IDLE_BUT_BILLED, line.id, float(days), {
        "idleDays": days, "lastActivity": usage.last_activity, "billedCents": billed,
        "month": months[-1] if months else ""})


def _allowance(line: Line, offers: Mapping[str, Offer]) -> tuple[Offer | None, int | None]:
    offer = offers.get(line.offer_code)
    if offer is not None:
        return offer, offer.data_bytes
    return None, (line.data.total if line.data is not None else None)


def _used_months(usage: LineUsage) -> list[int] | None:
    used = usage.data_used_months[-OFFER_MONTHS:]
    if len(used) < OFFER_MONTHS or any(v is None for v in used):
        return None
    return [int(v) for v in used]  # type: ignore[arg-type]


def _offer_facts(line: Line, offer: Offer | None, allowance: int, used: list[int], suggested: Offer | None) -> dict:
    return {"offerCode": line.offer_code, "offerName": offer.name if offer else line.offer_name,
            "offerCents": offer.monthly_cents if offer else None, "allowanceBytes": allowance, "usedBytes": used,
            "suggestedCode": suggested.code if suggested else None,
            "suggestedName": suggested.name if suggested else None,
            "suggestedCents": suggested.monthly_cents if suggested else None,
            "suggestedBytes": suggested.data_bytes if suggested else None}


def offer_up(current: Offer | None, kind: str, allowance: int, catalogue: Iterable[Offer]) -> Offer | None:
    """The next offer up: same kind, a larger data allowance (unlimited is the largest), the smallest such
    allowance, then the cheapest."""
    larger = [o for o in catalogue if o.kind == kind and (current is None or o.code != current.code)
              and (o.data_bytes is None or o.data_bytes > allowance)]
    if not larger:
        return None
    return min(larger, key=lambda o: (o.data_bytes is None, o.data_bytes or 0, o.monthly_cents, o.code))


def offer_down(current: Offer | None, kind: str, needed: int, catalogue: Iterable[Offer]) -> Offer | None:
    """The next offer down: same kind, cheaper than the current one, an allowance still ≥ `needed` (the most
    data used in a month); the dearest of those, i.e. the closest step down."""
    if current is None:
        return None
    cheaper = [o for o in catalogue if o.kind == kind and o.code != current.code
               and o.monthly_cents < current.monthly_cents and (o.data_bytes is None or o.data_bytes >= needed)]
    if not cheaper:
        return None
    return max(cheaper, key=lambda o: (o.monthly_cents, o.data_bytes is None, o.data_bytes or 0, o.code))


def offer_exhausted(line: Line, usage: LineUsage, offers: Mapping[str, Offer], today: date,
                    months: tuple[str, ...] = ()) -> Alert | None:
    offer, allowance = _allowance(line, offers)
    used = _used_months(usage)
    if not allowance or used is None or any(u < allowance for u in used):
        return None
    suggested = offer_up(offer, offer.kind if offer else line.kind, allowance, offers.values())
    return Alert(OFFER_EXHAUSTED, line.id, sum(used) / (len(used) * allowance),
                 _offer_facts(line, offer, allowance, used, suggested))


def offer_underused(line: Line, usage: LineUsage, offers: Mapping[str, Offer], today: date,
                    months: tuple[str, ...] = ()) -> Alert | None:
    offer, allowance = _allowance(line, offers)
    used = _used_months(usage)
    if not allowance or used is None or any(u >= UNDERUSED_SHARE * allowance for u in used):
        return None
    suggested = offer_down(offer, offer.kind if offer else line.kind, max(used), offers.values())
    if suggested is None:  # nothing cheaper would do: nothing to suggest, no alert
        return None
    return Alert(OFFER_UNDERUSED, line.id, 1.0 - max(used) / allowance,
                 _offer_facts(line, offer, allowance, used, suggested))


def credit_running_out(line: Line, usage: LineUsage, offers: Mapping[str, Offer], today: date,
                       months: tuple[str, ...] = ()) -> Alert | None:
    if line.payment_type != "prepaid" or line.credit_cents is None or usage.last_week.cost_cents <= 0:
        return None
    per_day = usage.last_week.cost_cents / LAST_WEEK_DAYS
    days_left = max(line.credit_cents, 0) / per_day
    if days_left >= CREDIT_DAYS_LEFT:
        return None
    return Alert(CREDIT_RUNNING_OUT, line.id, CREDIT_DAYS_LEFT / max(days_left, CREDIT_FLOOR_DAYS), {
        "creditCents": line.credit_cents, "perDayCents": round(per_day), "daysLeft": round(days_left, 1)})


RULE_FUNCTIONS: dict[str, Rule] = {
    CREDIT_RUNNING_OUT: credit_running_out, SPEND_SPIKE: spend_spike, TRAFFIC_SPIKE: traffic_spike,
    IDLE_BUT_BILLED: idle_but_billed, OFFER_EXHAUSTED: offer_exhausted, OFFER_UNDERUSED: offer_underused,
}


def compute_alerts(snapshot: FleetSnapshot) -> list[Alert]:
    """Every rule on every line that has usage, listed by rule (RULES order), then the worst first."""
    usage = snapshot.usage
    if usage is None:
        return []
    try:
        today = date.fromisoformat(usage.today)
    except ValueError:
        return []
    offers = {offer.code: offer for offer in usage.offers}
    months = usage.months
    per_line = usage.lines
    rules = [RULE_FUNCTIONS[rule] for rule in RULES]
    found: list[Alert] = []
    for line in snapshot.lines:
        line_usage = per_line.get(line.id)
        if line_usage is None:
            continue
        for rule in rules:
            alert = rule(line, line_usage, offers, today, months)
            if alert is not None:
                found.append(alert)
    return ranked(found)


def ranked(alerts: Iterable[Alert]) -> list[Alert]:
    order = {rule: i for i, rule in enumerate(RULES)}
    return sorted(alerts, key=lambda a: (order.get(a.rule, len(order)), -a.severity, a.line_id))


def entries(alerts: Iterable[Alert], snapshot: FleetSnapshot | None) -> list[AlertEntry]:
    """The alerts with their lines' number, holder and label (blank for a line the snapshot lacks)."""
    lines = {line.id: line for line in snapshot.lines} if snapshot is not None else {}
    labels = snapshot.labels if snapshot is not None else {}
    out = []
    for alert in alerts:
        line = lines.get(alert.line_id)
        label = labels.get(alert.line_id)
        out.append(AlertEntry(alert, line.msisdn if line else "", line.holder if line else "",
                              label.label if label else ""))
    return out
