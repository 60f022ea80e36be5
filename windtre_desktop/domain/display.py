"""How numbers, money, data amounts and times read in Italian and in English.

Qt-free so that it is tested without a GUI, and so that start-up does not pay for
Qt's locale machinery before the first frame. Units come from the backend contract:
bytes, seconds, counts, euro cents.
"""

from __future__ import annotations

from datetime import date, datetime

KIB = 1024
MIB = 1024**2
GIB = 1024**3
TIB = 1024**4

# thousands separator, decimal separator, date pattern (day first in both: en-GB, as used in Italy)
_STYLES = {
    "it": (".", ",", "%d/%m/%y %H:%M"),
    "en": (",", ".", "%d/%m/%Y %H:%M"),
}


class Display:
    def __init__(self, language: str = "it") -> None:
        if language not in _STYLES:
            raise ValueError(f"unsupported language {language!r}")
        self.language = language
        self._thousands, self._decimal, self._date = _STYLES[language]
        self._day = "%d/%m/%Y"

    def integer(self, value: int) -> str:
        text = f"{abs(int(value)):,}".replace(",", self._thousands)
        return f"-{text}" if value < 0 else text

    def decimal(self, value: float, places: int) -> str:
        rounded = round(abs(value), places)
        whole, _, fraction = f"{rounded:,.{places}f}".partition(".")
        whole = whole.replace(",", self._thousands)
        sign = "-" if value < 0 and rounded else ""
        return f"{sign}{whole}{self._decimal}{fraction}" if places else f"{sign}{whole}"

    def euro(self, cents: int) -> str:
        sign = "-" if cents < 0 else ""
        whole, rest = divmod(abs(int(cents)), 100)
        return f"{sign}€ {self.integer(whole)}{self._decimal}{rest:02d}"

    def data_amount(self, value: int) -> str:
        if value >= 10 * TIB:
            return f"{self.decimal(value / TIB, 1)} TB"
        if value >= GIB:
            return f"{self.decimal(value / GIB, 1)} GB"
        return f"{self.decimal(value / MIB, 0)} MB"

    def minutes(self, seconds: int) -> str:
        return f"{self.integer(seconds // 60)} min"

    def timestamp(self, iso: str | None) -> str | None:
        """Local date and time of an ISO 8601 instant; None when there is none or it is unreadable."""
        if not iso:
            return None
        try:
            moment = datetime.fromisoformat(iso)
        except ValueError:
            return None
        if moment.tzinfo is not None:
            try:
                moment = moment.astimezone()
            except (OverflowError, ValueError, OSError):  # at the edge of the calendar: shown as written
                pass
        return moment.strftime(self._date)

    def day(self, iso: str | None) -> str:
        """A calendar date (YYYY-MM-DD) as the language writes it; the text unchanged when unreadable."""
        try:
            return date.fromisoformat(str(iso or "")[:10]).strftime(self._day)
        except ValueError:
            return str(iso or "")
