"""Locale-aware display of the contract's units: bytes, seconds, counts and euro cents."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

TIB = 1024**4
GIB = 1024**3
MIB = 1024**2


def data_amount(value: int) -> str:
    locale = QLocale()
    if value >= 10 * TIB:
        return f"{locale.toString(value / TIB, 'f', 1)} TB"
    if value >= GIB:
        return f"{locale.toString(value / GIB, 'f', 1)} GB"
    return f"{locale.toString(value / MIB, 'f', 0)} MB"


def minutes(seconds: int) -> str:
    return QCoreApplication.translate("Formatting", "%1 min").replace("%1", QLocale().toString(seconds // 60))


def count(value: int) -> str:
    return QLocale().toString(value)


def euro(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    return f"{sign}€ {QLocale().toString(abs(cents) / 100, 'f', 2)}"


def timestamp(iso: str | None) -> str:
    if not iso:
        return QCoreApplication.translate("Formatting", "never")
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)
