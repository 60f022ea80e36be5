"""Conto → Storico Ricariche (R-43): for one mobile line, the "Ricariche effettuate" (date, amount, type) and
the "Tentativi di ricarica" (date, amount, transaction ID, status, outcome), filtered by period, type, status
and text, summed, and exported to Excel as filtered. Only prepaid lines are recharged: they come first in the
line picker, and a postpaid line says so instead of showing two empty tables."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping, Sequence
from datetime import date

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain import recharges, server_labels
from windtre_desktop.domain.models import Line
from windtre_desktop.domain.recharges import RechargeAttempt, RechargeDone, RechargeFilter, RechargeHistory
from windtre_desktop.exports.recharges_xlsx import RechargeSheets, write_recharges_xlsx
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets import theme
from windtre_desktop.widgets.accessibility import with_clear_button
from windtre_desktop.widgets.line_picker import LinePicker
from windtre_desktop.widgets.lines_model import LinesTableModel
from windtre_desktop.widgets.save_dialog import ask_save_path
from windtre_desktop.widgets.tables import RowsModel

log = logging.getLogger(__name__)

Runner = Callable[..., int]
_Index = QModelIndex | QPersistentModelIndex
AMOUNT_COLUMN = 1
TABLE_WIDTH_CAP = 760  # px: a longer outcome than this is cut, with the whole text in its tooltip
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
SELECTION_SETTLE_MS = 150


def _moment(row: RechargeDone | RechargeAttempt) -> str:
    return formatting.timestamp(row.date) if row.when is not None else (row.date or "–")


def _amount(cents: int | None) -> str:
    return "–" if cents is None else formatting.euro(cents)


class _RowsModel(RowsModel):
    """Rows already filtered by the domain, shown as they come (newest first, as the server sends them)."""

    def __init__(self, headers: Sequence[str], labels: Mapping[str, str], parent=None,
                 outcomes: Mapping[str, str] | None = None) -> None:
        super().__init__(headers, parent)
        self._labels = labels
        self._outcomes = outcomes or {}

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == len(self.headers) - 1:
            return self.text(row, index.column())  # the last column is elided when the table is narrow
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == AMOUNT_COLUMN:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.colour(row)
        return None

    def text(self, row, column: int) -> str:
        raise NotImplementedError

    def colour(self, _row) -> QColor | None:
        return None


class DoneModel(_RowsModel):
    """Ricariche effettuate: date, amount, type."""

    def text(self, row: RechargeDone, column: int) -> str:
        if column == 0:
            return _moment(row)
        if column == AMOUNT_COLUMN:
            return _amount(row.amount_cents)
        return self._labels.get(row.type, row.type)


class AttemptsModel(_RowsModel):
    """Tentativi di ricarica: date, amount, transaction ID, status, outcome; failed in red, pending in orange."""

    def text(self, row: RechargeAttempt, column: int) -> str:
        if column == 0:
            return _moment(row)
        if column == AMOUNT_COLUMN:
            return _amount(row.amount_cents)
        if column == 2:
            return row.transaction_id
        if column == 3:
            return self._labels.get(row.status, row.status)
        return self._outcomes.get(row.outcome_code) or row.outcome  # an unknown code: the server's words

    def colour(self, row: RechargeAttempt) -> QColor | None:
        tone = {"failed": "error", "pending": "warning"}.get(row.status)
        return theme.tone(tone) if tone else None


class RechargesView(QWidget):
    """`set_runner(run)` and `set_lines(lines)`, then the user picks a line (or `select_line(id)`).

    `historyShown(line_id)` once a line's history (or its empty state) is on screen; `loadFailed(message)`
    when the server could not give it."""

    historyShown = Signal(str)
    loadFailed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run: Runner | None = None
        self._lines: dict[str, Line] = {}
        self._line_id = ""
        self._request = 0
        self._history: RechargeHistory | None = None
        self.shown_done: list[RechargeDone] = []
        self.shown_attempts: list[RechargeAttempt] = []
        self.today: Callable[[], date] = date.today  # the period filter counts back from here
        # the server sends codes; these are the words shown for them (docs/api.md "Codes and labels")
        self.type_labels = server_labels.rendered(server_labels.RECHARGE_TYPES, QCoreApplication.translate)
        self.status_labels = server_labels.rendered(server_labels.ATTEMPT_STATUSES, QCoreApplication.translate)
        self.outcome_labels = server_labels.rendered(server_labels.RECHARGE_OUTCOMES, QCoreApplication.translate)
        self.done_headers = (self.tr("Date"), self.tr("Amount"), self.tr("Type"))
        self.attempt_headers = (
            self.tr("Date"),
            self.tr("Amount"),
            self.tr("Transaction ID"),
            self.tr("Status"),
            self.tr("Outcome"),
        )
        self._build_picker()
        self._build_filters()
        self._build_tables()
        self._build_layout()
        self._show_message(self.tr("Choose a line to see its recharges."))
        self._enable_controls()

    # --- construction ---

    def _build_picker(self) -> None:
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SELECTION_SETTLE_MS)
        self._debounce.timeout.connect(self._send_request)
        self.picker = LinePicker(self)
        self.picker.company_button.hide()  # recharges belong to one line, never to the whole company
        # the offer says nothing about recharges; without it the recharge tables keep the room they need
        self.picker.table.setColumnHidden(LinesTableModel.COL_OFFER, True)
        self.picker.holder_max_chars = 16  # the chosen line's holder is written in full above the tables
        self._split_fitted = False
        self.picker.lineSelected.connect(self._on_line_selected)

    def _build_filters(self) -> None:
        self.line_label = QLabel(self)
        self.line_label.setObjectName("viewSubtitle")
        self.line_label.setWordWrap(True)  # a long holder and alias wrap rather than narrow the tables
        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self._export_clicked)
        self.period = self._combo(self.tr("Period"))
        for months in recharges.PERIODS:
            self.period.addItem(self.tr("Last %1 months").replace("%1", str(months)), months)
        self.period.addItem(self.tr("All recharges"), 0)
        self.period.setCurrentIndex(self.period.count() - 1)
        self.type_filter = self._combo(self.tr("Recharge type"))
        self.type_filter.addItem(self.tr("All types"), "")
        for code in recharges.RECHARGE_TYPES:
            self.type_filter.addItem(self.type_labels.get(code, code), code)
        self.status_filter = self._combo(self.tr("Attempt status"))
        self.status_filter.addItem(self.tr("All statuses"), "")
        for code in recharges.ATTEMPT_STATUSES:
            self.status_filter.addItem(self.status_labels.get(code, code), code)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search transaction ID, outcome or type"))
        self.search.setAccessibleName(self.tr("Search recharges"))
        with_clear_button(self.search)
        self.search.textChanged.connect(self._apply_filters)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.currentIndexChanged.connect(self._apply_filters)
        return combo

    def _build_tables(self) -> None:
        self.done_model = DoneModel(self.done_headers, self.type_labels, self)
        self.attempts_model = AttemptsModel(self.attempt_headers, self.status_labels, self, self.outcome_labels)
        self.done_heading = self._heading(self.tr("Recharges made"))
        self.attempts_heading = self._heading(self.tr("Recharge attempts"))
        self.done_table = self._table(self.done_model, self.tr("Recharges made"))
        self.attempts_table = self._table(self.attempts_model, self.tr("Recharge attempts"))

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("stepTitle")
        return label

    def _table(self, model: QAbstractTableModel, name: str) -> QTableView:
        table = QTableView(self)
        table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table

    def _build_layout(self) -> None:
        title = QLabel(self.tr("Recharge history"), self)
        title.setObjectName("viewTitle")
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.summary = QLabel(self)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("emptyState")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)

        line_row = QHBoxLayout()
        line_row.addWidget(self.line_label, 1)
        line_row.addWidget(self.export_button)
        filters = QHBoxLayout()
        for combo in (self.period, self.type_filter, self.status_filter):
            filters.addWidget(combo)
        filters.addWidget(self.search, 1)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._tables_page())
        self.stack.addWidget(self.message)

        detail = QWidget(self)
        column = QVBoxLayout(detail)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(title)
        column.addLayout(line_row)
        column.addLayout(filters)
        column.addWidget(self.summary)
        column.addWidget(self.error)
        column.addWidget(self.stack, 1)
        column.addWidget(self.status)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.picker)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([360, 740])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.splitter)

    def _tables_page(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.done_heading)
        column.addWidget(self.done_table, 1)
        column.addSpacing(6)
        column.addWidget(self.attempts_heading)
        column.addWidget(self.attempts_table, 1)
        return page

    # --- data in ---

    def set_runner(self, run: Runner) -> None:
        self._run = run

    def set_lines(self, lines: Sequence[Line], search_keys: Sequence[str] | None = None) -> None:
        """The company's lines; only mobile ones are offered, prepaid first. `search_keys` (one per line,
        as in the snapshot) spares recomputing them."""
        mobile = [i for i, line in enumerate(lines) if line.kind == "mobile"]
        mobile.sort(key=lambda i: lines[i].payment_type != "prepaid")  # stable: keeps the order within each
        keys = None
        if search_keys is not None and len(search_keys) == len(lines):
            keys = [search_keys[i] for i in mobile]
        self._lines = {lines[i].id: lines[i] for i in mobile}
        self.picker.set_lines([lines[i] for i in mobile], keys)
        if not self._split_fitted and mobile:
            self.picker.take_width_in(self.splitter)
            self._split_fitted = True
        if self._line_id and self._line_id not in self._lines:
            self._forget_line()  # the line is gone (or no longer a mobile line): so is its history
        self._show_line_label()

    def reset(self) -> None:
        """Forget the selected line and its history, and drop any answer still on its way: for a change of
        account, whose lines come next through `set_lines`."""
        with QSignalBlocker(self.picker):
            self.picker.select_company()  # clears the picker's selection (its company button is hidden)
        self._forget_line()

    def select_line(self, line_id: str) -> bool:
        """Select a line in the picker and load its history; False when it is not one of the offered lines."""
        return self.picker.select_line(line_id)

    def current_line_id(self) -> str:
        return self._line_id

    def reload(self) -> None:
        """Ask the server again for the selected line's history."""
        self._debounce.stop()
        if self._begin_loading():
            self._send_request()

    def _on_line_selected(self, line_id: str) -> None:
        if line_id == self._line_id and self._history is not None:
            return
        self._line_id = line_id
        self._show_line_label()
        # the picker moves its selection as the user types or goes down the list with the arrow keys:
        # the request goes once the selection has settled
        if self._begin_loading():
            self._debounce.start()

    def _forget_line(self) -> None:
        self._debounce.stop()
        self._line_id = ""
        self._begin_loading()  # no line: shows "Choose a line…", and a late answer is ignored
        self.status.clear()
        self._show_line_label()

    def _begin_loading(self) -> bool:
        """Forget the history shown (and any answer still on its way); False when there is nothing to ask."""
        self._request += 1
        self._history = None
        self._show_rows([], [])
        self._show_error("")
        self._enable_controls()
        if not self._line_id:
            self._show_message(self.tr("Choose a line to see its recharges."))
            return False
        if self._run is None:
            return False
        self.stack.setCurrentIndex(0)
        self.summary.clear()
        self.status.setText(self.tr("Loading…"))
        return True

    def _send_request(self) -> None:
        if self._run is None or not self._line_id:
            return
        request, line_id = self._request, self._line_id
        self._run(
            "recharges",
            {"lineId": line_id},
            lambda result: self._loaded(request, line_id, result),
            lambda failure: self._failed(request, failure),
        )

    def _is_current(self, request: int) -> bool:
        # an answer for a line no longer selected, or for a request superseded by a newer one, is dropped;
        # so is one arriving after the view was closed
        return shiboken6.isValid(self) and request == self._request

    def _loaded(self, request: int, line_id: str, result: object) -> None:
        if not self._is_current(request) or line_id != self._line_id:
            return
        self._history = recharges.parse_history(result, line_id)
        self.status.clear()
        self._apply_filters()
        self.historyShown.emit(line_id)

    def _failed(self, request: int, failure) -> None:
        if not self._is_current(request):
            return
        message = getattr(failure, "message", None) or self.tr(
            "The recharges cannot be loaded now. Try again later."
        )
        self.status.clear()
        self._show_message("")
        self._show_error(message)
        self.loadFailed.emit(message)

    # --- filters and what is shown ---

    def current_filter(self) -> RechargeFilter:
        months = int(self.period.currentData() or 0)
        return RechargeFilter(
            since=recharges.period_filter_start(self.today(), months),
            type=self.type_filter.currentData() or "",
            status=self.status_filter.currentData() or "",
            text=self.search.text(),
        )

    def _apply_filters(self) -> None:
        history = self._history
        if history is None:
            return
        self._enable_controls()
        if history.empty:
            self._show_rows([], [])
            self._show_message(self._empty_text())
            return
        rule = self.current_filter()
        self._show_rows(
            recharges.filter_done(history.done, rule, self.type_labels),
            recharges.filter_attempts(history.attempts, rule, self.status_labels, self.outcome_labels),
        )
        self.stack.setCurrentIndex(0)
        self.summary.setText(self._summary_text())

    def _enable_controls(self) -> None:
        """Filters and export work on a loaded, non-empty history (refresh is the window's, F5)."""
        loaded = self._history is not None and not self._history.empty
        for widget in (self.period, self.type_filter, self.status_filter, self.search, self.export_button):
            widget.setEnabled(loaded)

    def _show_rows(self, done: list[RechargeDone], attempts: list[RechargeAttempt]) -> None:
        self.shown_done, self.shown_attempts = done, attempts
        self.done_model.set_rows(done)
        self.attempts_model.set_rows(attempts)
        self._reserve_table_width()

    def _reserve_table_width(self) -> None:
        """Each table asks for the width that shows its columns whole (up to TABLE_WIDTH_CAP), so the
        splitter takes it from the line picker rather than cutting the outcome."""
        for table in (self.done_table, self.attempts_table):
            header = table.horizontalHeader()
            columns = sum(max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(header.count()))
            scroll = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table)
            table.setMinimumWidth(min(columns + scroll + 2 * table.frameWidth(), TABLE_WIDTH_CAP))

    def _summary_text(self) -> str:
        if not self.shown_done and not self.shown_attempts:
            return self.tr("No recharge matches the filters.")
        summary = recharges.summarise(self.shown_done, self.shown_attempts)
        return (
            self.tr("Recharges made: %1 · Total: %2 · Failed attempts: %3")
            .replace("%1", formatting.count(summary.count))
            .replace("%2", formatting.euro(summary.total_cents))
            .replace("%3", formatting.count(summary.failed_attempts))
        )

    def _empty_text(self) -> str:
        line = self._lines.get(self._line_id)
        if line is not None and line.payment_type != "prepaid":
            return self.tr("Recharges apply to prepaid lines only")
        return self.tr("This line has no recharges")

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.summary.clear()
        self.stack.setCurrentWidget(self.message)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _show_line_label(self) -> None:
        line = self._lines.get(self._line_id)
        if line is None:
            self.line_label.setText(self._line_id)
            return
        payment = self.tr("Prepaid") if line.payment_type == "prepaid" else self.tr("Postpaid")
        parts = (line.msisdn, line.alias and f"{line.holder} ({line.alias})" or line.holder, payment)
        self.line_label.setText(" · ".join(part for part in parts if part))

    # --- export ---

    def _export_clicked(self) -> None:
        path = self._ask_export_path()
        if path:
            self.export_to(path)

    def _ask_export_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        # the dialog adds ".xlsx" itself, before it asks whether to replace a file of that name
        return ask_save_path(
            self,
            self.tr("Export to Excel"),
            os.path.join(folder, self._export_file_name()),
            self.tr("Excel workbook (*.xlsx)"),
            "xlsx",
        )

    def _export_file_name(self) -> str:
        line = self._lines.get(self._line_id)
        number = "".join(ch for ch in (line.msisdn if line else self._line_id) if ch.isalnum())
        return "_".join((self.tr("Recharges"), number, self.today().isoformat())) + ".xlsx"

    def export_to(self, path: str | os.PathLike) -> bool:
        """Write the two tables as shown (filtered) to an Excel workbook; the outcome goes in the status line."""
        if self._history is None or self._history.empty:
            return False
        try:
            written = write_recharges_xlsx(path, self._sheets(), self.shown_done, self.shown_attempts)
        except OSError as error:
            reason = error.strerror or str(error)
            self.status.setText(self.tr("The file could not be saved: %1").replace("%1", reason))
            return False
        except Exception:  # anything else the writer meets is reported here, never left to the Qt event loop
            log.exception("the recharges export to %s failed", path)
            self.status.setText(self.tr("The file could not be saved: an unexpected error occurred."))
            return False
        self.status.setText(self.tr("Exported to %1").replace("%1", str(written)))
        return True

    def _sheets(self) -> RechargeSheets:
        line = self._lines.get(self._line_id)
        number = line.msisdn if line else self._line_id
        return RechargeSheets(
            title=self.tr("Recharge history · line %1").replace("%1", number),
            done_sheet=self.tr("Recharges made"),
            attempts_sheet=self.tr("Recharge attempts"),
            done_headers=self.done_headers,
            attempt_headers=self.attempt_headers,
            type_labels=self.type_labels,
            status_labels=self.status_labels,
            outcome_labels=self.outcome_labels,
            moment_format=formatting.excel_moment_format(),
            money_format=formatting.excel_money_format(),
        )
