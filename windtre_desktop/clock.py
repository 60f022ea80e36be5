"""Today on the Italian calendar: the server's days are Italian days (docs/api.md "Traffic"), whatever the
time zone of the computer the app runs on."""

from __future__ import annotations

from datetime import date, datetime


def italian_today() -> date:
    try:
        from zoneinfo import ZoneInfo

        return datetime.now(ZoneInfo("Europe/Rome")).date()
    except Exception:  # noqa: BLE001 - no time zone database: the local date is near enough
        return date.today()
