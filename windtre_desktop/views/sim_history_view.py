"""Fai da te → Associazione SIM (R-62): which SIMs were associated to or dissociated from the company's
Dipendenti, newest first (date, action, number, employee), filtered by line (a picker over the company's
mobile lines, "Whole company" for all) and by period (two days, both included). A period whose first day is
after its last is explained and not asked for. The view says which filters the user chose
(`filtersChanged`); flows/activations.py asks the server."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from windtre_desktop.clock import italian_today
from windtre_desktop.domain import server_labels
from windtre_desktop.domain.activations import SimEvent
from windtre_desktop.domain.models import Line
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets.day_edit import DayEdit
from windtre_desktop.widgets.line_picker import LinePicker
from windtre_desktop.widgets.tables import SORT_ROLE, RowsModel, read_only_table, sorting_proxy

_Index = QModelIndex | QPersistentModelIndex
HISTORY_DAYS = 365  # the period shown at first: the last 12 months
SETTLE_MS = 150  # filters changed in a burst (typing a date) are asked for once


class SimEventsModel(RowsModel):
    def __init__(self, headers: Sequence[str], action_labels: dict[str, str], parent=None) -> None:
        super().__init__(headers, parent)
        self.action_labels = action_labels

    @property
    def events(self) -> list[SimEvent]:
        return self.rows

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        event = self.events[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (formatting.timestamp(event.at), self.action_labels.get(event.action, event.action),
                    event.msisdn, event.employee_name or event.employee)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return QCoreApplication.translate("SimHistoryView", "%1, username %2").replace(
                "%1", event.employee_name).replace("%2", event.employee)
        if role == SORT_ROLE:
            return (event.at, event.action, event.msisdn, event.employee_name.casefold())[column]
        return None


class SimHistoryView(QWidget):
    filtersChanged = Signal(str, object, object)  # line id ("" = every line), first day, last day

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        actions = server_labels.rendered(server_labels.SIM_ACTIONS, QCoreApplication.translate)
        self.model = SimEventsModel([self.tr("Date"), self.tr("Action"), self.tr("Number"), self.tr("Employee")],
                                    actions, self)
        self.proxy = sorting_proxy(self.model, self)
        self.table = read_only_table(self, self.tr("SIM association history"))
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.picker = LinePicker(self)
        self.picker.lineSelected.connect(lambda _line_id: self._settle.start())
        today = italian_today()
        self.first = DayEdit(self.tr("From"), self, today - timedelta(days=HISTORY_DAYS))
        self.last = DayEdit(self.tr("To"), self, today)
        self.first.dateChanged.connect(lambda _day: self._settle.start())
        self.last.dateChanged.connect(lambda _day: self._settle.start())
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._emit_filters)

        intro = QLabel(self.tr("Which SIMs were associated to or dissociated from the company's employees "
                               "(Associa SIM), newest first."), self)
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.message.hide()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")
        period = QHBoxLayout()
        period.addWidget(QLabel(self.tr("From:"), self))
        period.addWidget(self.first)
        period.addWidget(QLabel(self.tr("To:"), self))
        period.addWidget(self.last)
        period.addStretch(1)
        period.addWidget(self.count_label)
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(period)
        column.addWidget(self.message)
        column.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.picker)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.splitter = splitter
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        self.loaded = False
        self._update_count()

    # --- data in ---

    def set_lines(self, lines: Sequence[Line], search_keys: Sequence[str] | None = None) -> None:
        """The company's lines; only mobile ones (SIMs) are offered."""
        mobile = [i for i, line in enumerate(lines) if line.kind == "mobile"]
        keys = None
        if search_keys is not None and len(search_keys) == len(lines):
            keys = [search_keys[i] for i in mobile]
        self.picker.set_lines([lines[i] for i in mobile], keys)

    def set_events(self, events: Sequence[SimEvent]) -> None:
        self.loaded = True
        self.model.set_rows(events)
        self.show_message("")
        self._update_count()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def reset(self) -> None:
        """The session ended: no event stays, and the next session starts from the last 12 months."""
        self.loaded = False
        today = italian_today()
        for edit, day in ((self.first, today - timedelta(days=HISTORY_DAYS)), (self.last, today)):
            edit.blockSignals(True)
            edit.set_day(day)
            edit.blockSignals(False)
        self._settle.stop()
        self.model.set_rows([])
        self.show_message("")
        self._update_count()

    # --- filters ---

    def filters(self) -> tuple[str, date, date]:
        return self.picker.current_line_id(), self.first.day(), self.last.day()

    def period_problem(self) -> str:
        """Why the period cannot be asked for ("" when it can)."""
        if self.first.day() > self.last.day():
            return self.tr("Period: the first day (From) must not be after the last day (To).")
        return ""

    def set_period(self, first: date, last: date) -> None:
        self.first.set_day(first)
        self.last.set_day(last)

    def _emit_filters(self) -> None:
        problem = self.period_problem()
        if problem:
            self.show_message(problem)
            return
        self.show_message("")
        self.filtersChanged.emit(*self.filters())

    def _update_count(self) -> None:
        count = len(self.model.events)
        self.count_label.setText(self.tr("%1 event(s)", "", count).replace("%1", formatting.count(count))
                                 if self.loaded else "")
