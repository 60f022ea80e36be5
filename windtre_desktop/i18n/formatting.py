"""Display of the contract's units in the interface language (see domain.display)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from windtre_desktop.domain.display import Display

_display = Display("it")


def set_language(language: str) -> None:
    global _display
    _display = Display(language)


def language() -> str:
    """The interface language ("it" or "en") the app was started in."""
    return _display.language


def data_amount(value: int) -> str:
    return _display.data_amount(value)


def minutes(seconds: int) -> str:
    return _display.minutes(seconds)


def count(value: int) -> str:
    return _display.integer(value)


def euro(cents: int) -> str:
    return _display.euro(cents)


def day(iso: str | None) -> str:
    return _display.day(iso)


def timestamp(iso: str | None) -> str:
    return _display.timestamp(iso) or QCoreApplication.translate("Formatting", "never")
