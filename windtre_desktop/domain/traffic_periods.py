"""Traffico's periods (R-30) and the "DOWNLOAD TRAFFICO" range (R-32): the days each period covers, and the
checks a custom range or an export range passes before anything is asked of the server. Qt-free, no I/O.

The server keeps a line's traffic for today and the 90 days before it, its reading of R-30's "last three
months" (docs/api.md "Traffic"): a range reaching before that, or after today, is refused here with a
message naming the field and the rule.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from windtre_desktop.domain.messages import QT_TRANSLATE_NOOP, Message

HISTORY_DAYS = 90  # R-30 "ultimi tre mesi": the server keeps today and the 90 days before
EXPORT_MAX_DAYS = 90  # the Excel download covers at most 90 days

_CONTEXT = "Traffic"


class Period(StrEnum):
    """R-30: "Oggi", "Settimana corrente", "Mese corrente", "Ultimi tre mesi", and a range of one's own."""

    TODAY = "today"
    WEEK = "week"
    MONTH = "month"
    THREE_MONTHS = "three_months"
    CUSTOM = "custom"


@dataclass(frozen=True)
class DayRange:
    """Days from `first` to `last`, both included."""

    first: date
    last: date

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last


def kept_range(today: date) -> DayRange:
    """The days the server keeps traffic for: today and the 90 days before it."""
    return DayRange(today - timedelta(days=HISTORY_DAYS), today)


def period_range(period: Period, today: date) -> DayRange:
    """The days of a named period, up to today (a week starts on Monday, as Italian calendars do)."""
    if period is Period.TODAY:
        return DayRange(today, today)
    if period is Period.WEEK:
        return DayRange(today - timedelta(days=today.weekday()), today)
    if period is Period.MONTH:
        return DayRange(today.replace(day=1), today)
    if period is Period.THREE_MONTHS:
        return kept_range(today)
    raise ValueError("a custom period has no range of its own: see check_range")


FIELD_FROM = Message(_CONTEXT, QT_TRANSLATE_NOOP("Traffic", "From"))
FIELD_TO = Message(_CONTEXT, QT_TRANSLATE_NOOP("Traffic", "To"))


def check_range(first: date, last: date, today: date, write_day: Callable[[date], str] = date.isoformat
                ) -> Message | None:
    """Why a range of days cannot be shown (None: it can): the field named, then the rule. `write_day` writes
    a day in the message as the interface does (i18n.formatting.day)."""
    kept = kept_range(today)
    if first > last:
        return Message(_CONTEXT, QT_TRANSLATE_NOOP("Traffic", "%1: must not come after the end of the period."),
                       (FIELD_FROM,))
    if last > today:
        return Message(_CONTEXT, QT_TRANSLATE_NOOP("Traffic", "%1: must not be later than today."), (FIELD_TO,))
    if first < kept.first:
        return Message(_CONTEXT, QT_TRANSLATE_NOOP(
            "Traffic", "%1: traffic is kept for the last three months only, from %2."),
            (FIELD_FROM, write_day(kept.first)))
    return None


def check_export_range(first: date, last: date, today: date,
                       write_day: Callable[[date], str] = date.isoformat) -> Message | None:
    """R-32: the same checks, and at most 90 days."""
    problem = check_range(first, last, today, write_day)
    if problem is not None:
        return problem
    if DayRange(first, last).days > EXPORT_MAX_DAYS:
        return Message(_CONTEXT, QT_TRANSLATE_NOOP(
            "Traffic", "%1: the traffic download covers at most %2 days; this range has %3."),
            (FIELD_FROM, EXPORT_MAX_DAYS, DayRange(first, last).days))
    return None
