"""What the interface shows of the contract's values, before it is written in a language.

Qt-free value logic only: which unit a data amount is shown in, which local moment or calendar day an
ISO 8601 text stands for, and how a decimal as written in a file splits into sign and digits. The writing
(separators, currency placement, date forms) is i18n.formatting's job, and only its.
Units come from the backend contract: bytes, seconds, counts, euro cents.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

KIB = 1024
MIB = 1024**2
GIB = 1024**3
TIB = 1024**4

_DECIMAL = re.compile(r"^\s*([+-]?)(\d+)(?:\.(\d*))?\s*$")


@dataclass(frozen=True)
class DataUnit:
    symbol: str
    size: int  # bytes in one unit
    places: int  # decimals written


MB = DataUnit("MB", MIB, 0)
GB = DataUnit("GB", GIB, 1)
TB = DataUnit("TB", TIB, 1)


def data_unit(total: int) -> DataUnit:
    """The one unit for amounts shown together (used, left, of a total): chosen from the largest of them,
    so "6.687,3 GB of 13,6 TB" never happens. TB from 10 TB, GB from 1 GB, else MB."""
    total = abs(int(total))
    if total >= 10 * TIB:
        return TB
    if total >= GIB:
        return GB
    return MB


@dataclass(frozen=True)
class FileSize:
    """A file's size as an argument of a Message ("5,4 MB"). Qt-free code holds only the bytes; the writing is
    the interface's: i18n.formatting registers its writer (`write_file_sizes_with`) for the language chosen."""

    size: int

    def __str__(self) -> str:
        return _file_size_writer(self.size)


def _plain_file_size(size: int) -> str:
    return f"{size / MIB:.1f} MB"


_file_size_writer: Callable[[int], str] = _plain_file_size


def write_file_sizes_with(writer: Callable[[int], str]) -> None:
    global _file_size_writer
    _file_size_writer = writer


@dataclass(frozen=True)
class DecimalParts:
    """A decimal number as written ("-1541.23"): sign, integer digits and fraction digits, kept exactly."""

    negative: bool
    whole: str
    fraction: str


def parse_decimal(text: str | None) -> DecimalParts | None:
    """The parts of a plain decimal text ("12.90", "-0.50", "3"); None for anything else (no exponent,
    no grouping, no comma: files such as FatturaPA write numbers this way)."""
    match = _DECIMAL.match(str(text or ""))
    if not match:
        return None
    sign, whole, fraction = match.groups()
    whole = whole.lstrip("0") or "0"
    fraction = fraction or ""
    negative = sign == "-" and (whole != "0" or fraction.strip("0") != "")  # never "-0,00"
    return DecimalParts(negative, whole, fraction)


def cents_decimal(cents: int) -> DecimalParts:
    """Euro cents (an integer, never a float) as a decimal with two places."""
    whole, rest = divmod(abs(int(cents)), 100)
    return DecimalParts(cents < 0, str(whole), f"{rest:02d}")


def local_moment(iso: str | None) -> datetime | None:
    """The moment of an ISO 8601 text on this computer's clock (naive, local); None when there is none or it
    is unreadable. An instant at the edge of the calendar that cannot be moved is kept as written."""
    if not iso:
        return None
    try:
        moment = datetime.fromisoformat(str(iso))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        try:
            moment = moment.astimezone()
        except (OverflowError, ValueError, OSError):
            pass
    return moment.replace(tzinfo=None)


def calendar_day(value: str | date | None) -> date | None:
    """The calendar day of "YYYY-MM-DD" (or the date part of an ISO moment); None when unreadable."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value or "")[:10])
    except ValueError:
        return None
