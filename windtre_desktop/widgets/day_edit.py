"""A calendar day typed or picked from a calendar, written in the app's one date form (formatting.DAY_FORM)
in either language, read and set as a Python date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from windtre_desktop.i18n import formatting


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DayEdit(QDateEdit):
    def __init__(self, name: str, parent: QWidget | None = None, day: date | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setAccessibleName(name)
        self.setToolTip(name)
        self.setDisplayFormat(formatting.DAY_FORM)
        self.setLocale(formatting.locale())
        if day is not None:
            self.set_day(day)

    def day(self) -> date:
        return self.date().toPython()

    def set_day(self, day: date) -> None:
        self.setDate(_qdate(day))

    def set_last_day(self, day: date) -> None:
        """No day after `day` can be chosen."""
        self.setMaximumDate(_qdate(day))
