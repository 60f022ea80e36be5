"""Richieste e segnalazioni (R-70…R-73): the company's tickets with their status history, the open
ticket that blocks a new one, tickets waiting to be sent, the receipt and the blank IMEI form."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain import tickets as tk
from windtre_desktop.domain.roles import Section
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets.role_names import section_name
from windtre_desktop.widgets.ticket_receipt import receipt_html, write_receipt_pdf

Runner = Callable[..., int]


def _label(labels: dict, value) -> str:
    try:
        message = labels[type(next(iter(labels)))(value)]
    except (ValueError, KeyError, StopIteration):
        return str(value or "")
    return message.render(QCoreApplication.translate)


def _is_open(status) -> bool:
    """R-73; a status this app does not know yet counts as open (the server will say if it blocks)."""
    try:
        return tk.TicketStatus(status).is_open
    except ValueError:
        return True


def readable(ticket: dict) -> dict:
    """The ticket with translated labels for what the receipt and the table show."""
    return {**ticket, "statusLabel": _label(tk.STATUS_LABELS, ticket.get("status")),
            "reasonLabel": _label(tk.REASON_LABELS, ticket.get("reason")),
            "topicLabel": _label(tk.TOPIC_LABELS, ticket.get("topic")),
            "history": [{**h, "status": _label(tk.STATUS_LABELS, h.get("status"))} for h in ticket.get("history") or []]}


class TicketsView(QWidget):
    newTicketRequested = Signal()
    lossTheftRequested = Signal()
    statusChanged = Signal(dict)  # a ticket whose status moved since the last look
    ticketsShown = Signal()  # the list came (the command palette finds them from then on)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run: Runner | None = None
        self.tickets: list[dict] = []
        self.has_open_ticket = False
        self._statuses: dict[str, str] = {}
        self.company_name = ""
        heading = QLabel(section_name(Section.TICKETS), self)
        heading.setObjectName("viewTitle")
        self.new_button = QPushButton(self.tr("New ticket…"), self)
        self.loss_button = QPushButton(self.tr("Loss or theft…"), self)
        self.loss_button.setToolTip(self.tr("Replace a lost or stolen SIM, or block a phone's IMEI (Ctrl+Shift+F)"))
        self.receipt_button = QPushButton(self.tr("Save receipt (PDF)…"), self)
        self.form_button = QPushButton(self.tr("Blank IMEI block form (PDF)…"), self)
        self.new_button.clicked.connect(self.newTicketRequested)
        self.loss_button.clicked.connect(self.lossTheftRequested)
        self.receipt_button.clicked.connect(self._choose_receipt_path)
        self.form_button.clicked.connect(self._choose_form_path)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setObjectName("hint")
        self.table = QTableWidget(0, 4, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.table.setAccessibleName(self.tr("Tickets"))
        self.table.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Topic"), self.tr("Status"), self.tr("Filed on")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("Ticket details"))
        buttons = QHBoxLayout()
        for button in (self.loss_button, self.new_button):  # refresh: the window's own (F5), one per screen
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.form_button)
        buttons.addWidget(self.receipt_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([520, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(heading)
        layout.addLayout(buttons)
        layout.addWidget(self.notice)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    def set_runner(self, run: Runner) -> None:
        self._run = run

    def reload(self) -> None:
        if self._run is not None:
            self._run("tickets", {}, self.set_tickets, self._failed)

    def set_tickets(self, tickets) -> None:
        self.tickets = [readable(t) for t in (tickets or [])]
        selected = self.selected()
        self.table.setRowCount(len(self.tickets))
        for row, ticket in enumerate(self.tickets):
            for column, text in enumerate((ticket.get("number", ""), ticket["topicLabel"], ticket["statusLabel"],
                                           formatting.timestamp(ticket.get("createdAt")))):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if selected and ticket.get("id") == selected.get("id"):
                self.table.selectRow(row)
        for ticket in tickets or []:
            before = self._statuses.get(ticket.get("id"))
            if before is not None and before != ticket.get("status"):
                self.statusChanged.emit(readable(ticket))
            self._statuses[ticket.get("id")] = ticket.get("status")
        if not self.tickets:
            empty = self.tr("No requests yet. Use the buttons above to file one.")
            self.detail.setHtml(f"<p>{html.escape(empty)}</p>")
        open_ticket = next((t for t in self.tickets if _is_open(t.get("status"))), None)
        self.has_open_ticket = open_ticket is not None
        self.show_open(open_ticket)
        if self.table.currentRow() < 0 and self.tickets:
            self.table.selectRow(0)
        self._update_buttons()
        self.ticketsShown.emit()

    def show_open(self, ticket: dict | None, queued: int = 0) -> None:
        """R-73: while a ticket is open, a new one cannot be filed; say so before anyone types."""
        parts = []
        if ticket:
            ticket = readable(ticket) if "statusLabel" not in ticket else ticket
            parts.append(self.tr("Ticket %1 is still open (%2): a new ticket can be filed once it is closed. "
                                 "A draft you started stays saved.")
                         .replace("%1", ticket.get("number", "")).replace("%2", ticket["statusLabel"]))
        if queued:
            parts.append(self.tr("%1 ticket(s) waiting to be sent: they go as soon as the server can be reached.",
                                 "", queued).replace("%1", str(queued)))
        self.notice.setText("\n".join(parts))
        self.notice.setVisible(bool(parts))

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.tickets[rows[0].row()] if rows and rows[0].row() < len(self.tickets) else None

    def select_ticket(self, ticket_id: str) -> bool:
        """Select a ticket of the list by its id (a notification's link); False when it is not listed."""
        for row, ticket in enumerate(self.tickets):
            if ticket.get("id") == ticket_id:
                self.table.selectRow(row)
                return True
        return False

    def save_receipt(self, path: Path) -> Path | None:
        ticket = self.selected()
        return None if ticket is None else write_receipt_pdf(ticket, Path(path), self.company_name)

    def _show_selected(self) -> None:
        ticket = self.selected()
        self.detail.setHtml(receipt_html(ticket, self.company_name) if ticket else "")
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.receipt_button.setEnabled(self.selected() is not None)

    def _failed(self, failure) -> None:
        self.notice.setText(failure.message or self.tr("The tickets could not be loaded: the list shown may be old."))
        self.notice.setVisible(True)

    def _choose_receipt_path(self) -> None:
        ticket = self.selected()
        if ticket is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save receipt"), f"{ticket.get('number', 'ticket')}.pdf",
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.save_receipt(Path(path))

    def _choose_form_path(self) -> None:
        if self._run is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the blank form"), "modulo-blocco-imei.pdf",
                                              self.tr("PDF (*.pdf)"))
        if path:
            self._run("imei_block_form", {}, lambda result: Path(path).write_bytes(result["pdf"]), self._failed)
