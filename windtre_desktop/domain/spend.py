"""Spend over time (R-21, "the spend trend of all lines"): the 24 billed months of the fleet usage summed for
the company, for each billing account and for each line, with the current month to date kept apart (it is
charges so far, not a bill); the month-over-month change of the last billed month; the top spenders of that
month. Money in euro cents, net of VAT, as the server reports it. No Qt, no I/O."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from windtre_desktop.domain.fleet_usage import FleetUsage, LineUsage
from windtre_desktop.domain.models import Line

TOP_SPENDERS = 20


@dataclass(frozen=True)
class MonthChange:
    """The last billed month against the one before. `percent` is None when the month before cost nothing."""

    month: str
    previous_month: str
    cents: int
    previous_cents: int

    @property
    def delta_cents(self) -> int:
        return self.cents - self.previous_cents

    @property
    def percent(self) -> float | None:
        return None if self.previous_cents == 0 else 100.0 * self.delta_cents / self.previous_cents


@dataclass(frozen=True)
class SpendSeries:
    """One scope's spend: `cents[i]` billed in `months[i]` (oldest first), and this month's charges so far."""

    months: tuple[str, ...]
    cents: tuple[int, ...]
    current_month: str  # "YYYY-MM" of today ("" when the usage has no date)
    month_to_date_cents: int
    lines: int  # how many lines are summed

    @property
    def last_cents(self) -> int:
        return self.cents[-1] if self.cents else 0

    def change(self) -> MonthChange | None:
        return month_change(self.months, self.cents)

    def total_cents(self) -> int:
        return sum(self.cents)

    def tail(self, months: int) -> SpendSeries:
        """The same series cut to its last `months` billed months (the dashboard's short trend)."""
        return SpendSeries(self.months[-months:], self.cents[-months:], self.current_month,
                           self.month_to_date_cents, self.lines)


@dataclass(frozen=True)
class Spender:
    """A line of the top spenders: its last billed month and the one before."""

    line_id: str
    change: MonthChange


def month_change(months: Sequence[str], cents: Sequence[int]) -> MonthChange | None:
    if len(months) < 2 or len(cents) < 2:
        return None
    return MonthChange(months[-1], months[-2], int(cents[-1]), int(cents[-2]))


def current_month(usage: FleetUsage) -> str:
    return usage.today[:7] if len(usage.today) >= 7 else ""


def _aligned(usage: FleetUsage, line: LineUsage) -> tuple[int, ...]:
    """The line's spend on the usage's months (a short list is padded with zeros at the old end)."""
    width = len(usage.months)
    spend = line.spend_cents[-width:] if width else ()
    return (0,) * (width - len(spend)) + tuple(spend)


def series_of(usage: FleetUsage, line_ids: Iterable[str] | None = None) -> SpendSeries:
    """The summed spend of `line_ids` (every line of the usage when None); ids without usage count nothing."""
    lines = usage.lines
    chosen = list(lines.values()) if line_ids is None else [lines[i] for i in line_ids if i in lines]
    width = len(usage.months)
    rows = [line.spend_cents if len(line.spend_cents) == width else _aligned(usage, line) for line in chosen]
    totals = [sum(column) for column in zip(*rows, strict=True)] if rows else [0] * width
    return SpendSeries(usage.months, tuple(totals), current_month(usage),
                       sum(line.month_to_date_cents for line in chosen), len(chosen))


def company_series(usage: FleetUsage) -> SpendSeries:
    return series_of(usage)


def line_series(usage: FleetUsage, line_id: str) -> SpendSeries | None:
    return series_of(usage, [line_id]) if line_id in usage.lines else None


def account_line_ids(lines: Iterable[Line]) -> dict[str, list[str]]:
    """Billing account id → its lines' ids, in the lines' order."""
    accounts: dict[str, list[str]] = {}
    for line in lines:
        accounts.setdefault(line.billing_account_id, []).append(line.id)
    return accounts


def account_series(usage: FleetUsage, lines: Iterable[Line]) -> dict[str, SpendSeries]:
    """Every billing account's summed spend, by account id."""
    return {account: series_of(usage, ids) for account, ids in account_line_ids(lines).items()}


def top_spenders(usage: FleetUsage, line_ids: Iterable[str] | None = None, count: int = TOP_SPENDERS
                 ) -> list[Spender]:
    """The lines that cost most in the last billed month (of `line_ids`, or of every line), the dearest first;
    ties by line id."""
    if len(usage.months) < 1:
        return []
    lines = usage.lines
    chosen = lines.values() if line_ids is None else (lines[i] for i in line_ids if i in lines)
    best = heapq.nsmallest(count, chosen, key=lambda u: (-(u.spend_cents[-1] if u.spend_cents else 0), u.line_id))
    months = usage.months
    out = []
    for line in best:
        spend = line.spend_cents
        last = spend[-1] if spend else 0
        before = spend[-2] if len(spend) >= 2 else 0
        out.append(Spender(line.line_id, MonthChange(months[-1], months[-2] if len(months) >= 2 else "",
                                                     last, before)))
    return out
