"""Calendar arithmetic on days, shared by the sections that filter by period (recharges, traffic)."""

from __future__ import annotations

import calendar
from datetime import date


def months_before(day: date, months: int) -> date:
    """The same day `months` calendar months earlier (the 31st becomes the month's last day)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))
