"""Storico Ricariche (R-43): a line's "Ricariche effettuate" and "Tentativi di ricarica", parsed from the
server's answer (docs/api.md "Invoices and recharges"), filtered and summed.

Qt-free and without I/O. Parsing never raises: a field that is missing or of the wrong type becomes None
or "" (a row with an unreadable date or amount is still listed, so nothing the server sent is hidden).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from windtre_desktop.domain.days import months_before

RECHARGE_TYPES = ("online", "voucher", "automatic", "shop")
ATTEMPT_STATUSES = ("completed", "failed", "pending")
PERIODS = (3, 6, 12, 24)  # months offered by the period filter, besides "all"
MAX_CENTS = 10**15  # beyond any recharge; larger "amounts" are nonsense that would not even fit a float


@dataclass(frozen=True)
class RechargeDone:
    """One of the "Ricariche effettuate". `when` is None when `date` is not a readable ISO 8601 instant."""

    date: str
    when: datetime | None
    amount_cents: int | None
    type: str


@dataclass(frozen=True)
class RechargeAttempt:
    """One of the "Tentativi di ricarica"; `status` is one of ATTEMPT_STATUSES when the server keeps to the
    contract, else whatever it sent."""

    date: str
    when: datetime | None
    amount_cents: int | None
    transaction_id: str
    status: str
    outcome: str  # the server's own words, shown only for an outcome code the app has no label for
    outcome_code: str = ""  # one of server_labels.RECHARGE_OUTCOMES when the server keeps to the contract


@dataclass(frozen=True)
class RechargeHistory:
    line_id: str
    done: tuple[RechargeDone, ...] = ()
    attempts: tuple[RechargeAttempt, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.done and not self.attempts


@dataclass(frozen=True)
class RechargeFilter:
    """Empty values mean "any". `since` and `until` are inclusive days; `type` applies to the recharges
    made, `status` to the attempts, `text` to both."""

    since: date | None = None
    until: date | None = None
    type: str = ""
    status: str = ""
    text: str = ""


@dataclass(frozen=True)
class RechargeSummary:
    count: int  # recharges made
    total_cents: int  # their amount (rows without a readable amount count as nothing)
    failed_attempts: int


# -- parsing ----------------------------------------------------------------------------------------------


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _cents(value: object) -> int | None:
    if isinstance(value, bool):  # bool is an int: True is not one cent
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    elif isinstance(value, str):
        try:
            value = int(value.strip())
        except ValueError:
            return None
    return value if isinstance(value, int) and abs(value) < MAX_CENTS else None


def _instant(value: str) -> datetime | None:
    """None also for an instant this computer cannot put on its own clock (years near 1 or 9999)."""
    try:
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is not None:
            moment.astimezone()
    except (ValueError, OverflowError, OSError):
        return None
    return moment


def _items(value: object) -> list[Mapping]:
    if not isinstance(value, list | tuple):
        return []
    return [item for item in value if isinstance(item, Mapping)]


def parse_done(raw: Mapping) -> RechargeDone:
    stamp = _text(raw.get("date"))
    return RechargeDone(stamp, _instant(stamp), _cents(raw.get("amountCents")), _text(raw.get("type")))


def parse_attempt(raw: Mapping) -> RechargeAttempt:
    stamp = _text(raw.get("date"))
    return RechargeAttempt(
        date=stamp,
        when=_instant(stamp),
        amount_cents=_cents(raw.get("amountCents")),
        transaction_id=_text(raw.get("transactionId")),
        status=_text(raw.get("status")).lower(),
        outcome=_text(raw.get("outcome")),
        outcome_code=_text(raw.get("outcomeCode")),
    )


def parse_history(raw: object, line_id: str = "") -> RechargeHistory:
    """The answer of GET /lines/{lineId}/recharges; anything that is not a JSON object is an empty history."""
    if not isinstance(raw, Mapping):
        return RechargeHistory(line_id)
    return RechargeHistory(
        line_id=_text(raw.get("lineId")) or line_id,
        done=tuple(parse_done(item) for item in _items(raw.get("done"))),
        attempts=tuple(parse_attempt(item) for item in _items(raw.get("attempts"))),
    )


# -- filtering ----------------------------------------------------------------------------------------------


def period_filter_start(today: date, months: int | None) -> date | None:
    """First day of "the last `months` months"; None (no limit) for "all"."""
    return None if not months else months_before(today, months)


def local_day(moment: datetime) -> date:
    """The day of an instant on this computer's clock, as domain.display shows it."""
    return (moment.astimezone() if moment.tzinfo is not None else moment).date()


def _in_period(when: datetime | None, rule: RechargeFilter) -> bool:
    if rule.since is None and rule.until is None:
        return True
    if when is None:  # an undated row cannot be said to fall in a period
        return False
    day = local_day(when)
    return (rule.since is None or day >= rule.since) and (rule.until is None or day <= rule.until)


def _matches(query: str, fields: Iterable[str]) -> bool:
    needle = query.strip().casefold()
    return not needle or any(needle in field.casefold() for field in fields)


def filter_done(
    rows: Iterable[RechargeDone], rule: RechargeFilter, type_labels: Mapping[str, str] | None = None
) -> list[RechargeDone]:
    """`type_labels` (type → the name shown) lets the text match the type as the user reads it."""
    labels = type_labels or {}
    return [
        row
        for row in rows
        if _in_period(row.when, rule)
        and (not rule.type or row.type == rule.type)
        and _matches(rule.text, (row.type, labels.get(row.type, "")))
    ]


def filter_attempts(
    rows: Iterable[RechargeAttempt],
    rule: RechargeFilter,
    status_labels: Mapping[str, str] | None = None,
    outcome_labels: Mapping[str, str] | None = None,
) -> list[RechargeAttempt]:
    """The text matches the status and the outcome as the user reads them: their labels, or the server's
    words for an outcome without one."""
    labels = status_labels or {}
    outcomes = outcome_labels or {}
    return [
        row
        for row in rows
        if _in_period(row.when, rule)
        and (not rule.status or row.status == rule.status)
        and _matches(
            rule.text,
            (row.transaction_id, outcomes.get(row.outcome_code) or row.outcome, labels.get(row.status, "")),
        )
    ]


def summarise(done: Sequence[RechargeDone], attempts: Sequence[RechargeAttempt]) -> RechargeSummary:
    """Of the rows as filtered: what the summary line under the filters says."""
    return RechargeSummary(
        count=len(done),
        total_cents=sum(row.amount_cents or 0 for row in done),
        failed_attempts=sum(1 for row in attempts if row.status == "failed"),
    )
