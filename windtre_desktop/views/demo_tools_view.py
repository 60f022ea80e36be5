"""Demo only: what the embedded backend "sent" (SMS and emails with codes and temporary passwords)
and test data for the registration wizards, so a new user can walk every flow in `--demo`.

The data comes from a provider callable the app gives (it reads the in-process demo backend);
this view knows nothing of the backend itself.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.i18n import formatting

Provider = Callable[[], dict]  # {"outbox": [...], "contracts": [...], "lines": [...]}


def _table(headers: list[str], parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeRowsToContents()


class DemoToolsDialog(QDialog):
    def __init__(self, provider: Provider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.provider = provider
        self.setWindowTitle(self.tr("Demo backend: messages sent and test data"))
        self.resize(900, 560)
        intro = QLabel(self.tr(
            "The demo backend does not really send SMS or emails: they appear here, with the codes the "
            "wizards ask for. The other tabs list data you can use to try the registrations."), self)
        intro.setWordWrap(True)
        self.outbox = _table([self.tr("Sent"), self.tr("Channel"), self.tr("To"), self.tr("Message")], self)
        self.contracts = _table([self.tr("VAT number"), self.tr("First name"), self.tr("Surname"),
                                 self.tr("Date of birth"), self.tr("Tax code"), self.tr("Email"),
                                 self.tr("Mobile number"), self.tr("User Admin")], self)
        self.lines = _table([self.tr("Number"), self.tr("Data-only SIM"), self.tr("PUK")], self)
        tabs = QTabWidget(self)
        tabs.addTab(self.outbox, self.tr("SMS and emails"))
        # named after the wizards they feed, as the login page names them
        admin = QCoreApplication.translate("Accounts", "Create a User Admin")
        employee = QCoreApplication.translate("Accounts", "Create an employee account")
        tabs.addTab(self.contracts, self.tr("Contracts (%1)").replace("%1", admin))
        tabs.addTab(self.lines, self.tr("Free lines (%1)").replace("%1", employee))
        self.tabs = tabs
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(tabs)
        self.timer = QTimer(self)
        self.timer.setInterval(2000)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        data = self.provider()
        _fill(self.outbox, [[formatting.timestamp(m.get("sentAt")), m.get("channel", ""), m.get("to", ""),
                             f"{m.get('subject') or ''}\n{m.get('body', '')}".strip()]
                            for m in reversed(data.get("outbox", []))])
        _fill(self.contracts, [[c.get("vatNumber", ""), c.get("firstName", ""), c.get("lastName", ""),
                                formatting.day(c.get("birthDate", "")), c.get("fiscalCode", ""), c.get("email", ""),
                                c.get("mobile", ""), c.get("userAdmin") or "—"] for c in data.get("contracts", [])])
        _fill(self.lines, [[line.get("msisdn", ""), self.tr("yes") if line.get("dataOnly") else self.tr("no"),
                            line.get("puk", "")] for line in data.get("lines", [])])
