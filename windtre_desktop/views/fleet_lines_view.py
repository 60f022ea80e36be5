"""Panoramica flotta → Linee (R-21): every line of the company in one table (number, holder, the user's own
label and note, type, offer, credit, data / voice / SMS used, this month's spend, GSS package, last activity,
status, roaming, billing account), sortable by any column and narrowed by a filter bar (text, type, offer,
status, labelled or not), by thresholds ("More filters": credit, data used, idle days, roaming) and by
saved views: the built-in ones and the user's own, which the fleet flow keeps in the store.
Labels and notes are edited here and stored by the flow; the rows shown export to Excel.

Signals: `labelEdited(line_id, label, note)`, `lineOpened(line_id)` (double click or Enter),
`viewSaved(name, filter_json)` and `viewDeleted(name)`; the flow answers the last two with
`set_custom_views(views)`. `exportFinished(ok)` once a workbook written on the view's own thread is done."""

from __future__ import annotations

import logging
import os
from dataclasses import replace
from datetime import date

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QRunnable,
    QSignalBlocker,
    QStandardPaths,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain.fleet_table import (
    BUILT_IN_VIEWS,
    FleetFilter,
    FleetRow,
    FleetRows,
    built_in_view,
)
from windtre_desktop.domain.fleet_usage import FleetSnapshot
from windtre_desktop.exports.fleet_xlsx import FleetExport, FleetSheets, write_fleet_xlsx
from windtre_desktop.i18n import formatting
from windtre_desktop.views.fleet_filters_dialog import FleetFiltersDialog
from windtre_desktop.views.fleet_label_dialog import LabelDialog
from windtre_desktop.widgets import theme
from windtre_desktop.widgets.accessibility import with_clear_button
from windtre_desktop.widgets.fleet_model import (
    COL_HOLDER,
    COL_LABEL,
    COL_NOTE,
    COL_OFFER,
    LINE_ID_ROLE,
    PERCENT_COLUMNS,
    FleetTableModel,
)
from windtre_desktop.widgets.progress_delegate import BAR_MIN_WIDTH, ProgressDelegate
from windtre_desktop.widgets.save_dialog import ask_save_path

log = logging.getLogger(__name__)

# A keystroke filters on the next turn of the event loop (keys typed faster than that are taken together): the
# filter and the repaint take well under a frame at 10,000 lines (benchmarks/fleet_filter_probe.py), so a
# longer wait would only make the table feel slow.
SEARCH_DEBOUNCE_MS = 0
CELL_PADDING = 14  # the cell's text margins and a little air
TEXT_MAX_CHARS = {COL_HOLDER: 28, COL_LABEL: 22, COL_NOTE: 28, COL_OFFER: 26}  # longer texts: tooltip
ALL, BUILT_IN, CUSTOM = "", "builtin", "custom"
LABEL_CHOICES = (None, True, False)  # FleetFilter.has_label of the label combo's items


class _Relay(QObject):
    finished = Signal(object, str)  # FleetExport or None, the reason of a failure ("" when unexpected)


class _ExportJob(QRunnable):
    """Writes the workbook on a pool thread; the relay (living on the GUI thread) brings the outcome back."""

    def __init__(self, path: str | os.PathLike, sheets: FleetSheets, rows: list[FleetRow]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the view keeps it until the relay has spoken
        self.path, self.sheets, self.rows = path, sheets, rows
        self.relay = _Relay()

    def run(self) -> None:
        try:
            written = write_fleet_xlsx(self.path, self.sheets, self.rows)
        except OSError as error:
            self.relay.finished.emit(None, error.strerror or str(error))
        except Exception:  # anything else the writer meets is reported, never left to the pool
            log.exception("the fleet export to %s failed", self.path)
            self.relay.finished.emit(None, "")
        else:
            self.relay.finished.emit(written, "")


class FleetLinesView(QWidget):
    labelEdited = Signal(str, str, str)  # line_id, label, note
    lineOpened = Signal(str)  # line_id
    viewSaved = Signal(str, dict)  # name, FleetFilter.to_json()
    viewDeleted = Signal(str)  # name
    exportFinished = Signal(bool)  # written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._snapshot: FleetSnapshot | None = None
        self._rows = FleetRows()  # remade only where a line, its usage or its label changed
        self._custom: dict[str, dict] = {}
        self._view_filter = FleetFilter()  # the criteria of the chosen view the bar does not show
        self._user_sized = False
        self._fitting = False
        self.dialog: LabelDialog | None = None
        self.filters_dialog: FleetFiltersDialog | None = None
        self._export: _ExportJob | None = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self.model = FleetTableModel(self)
        self.model.kind_labels = {"mobile": self.tr("Mobile"), "fixed": self.tr("Fixed")}
        self.model.status_labels = {"active": self.tr("Active"), "suspended": self.tr("Suspended")}
        self._build_bar()
        self._build_table()

        self.count_label = QLabel(self)
        self.usage_label = QLabel(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        footer.addWidget(self.usage_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(self.bar)
        layout.addLayout(self.views_bar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)
        layout.addWidget(self.status)
        self.status.hide()

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._to_table)
        for combo in (self.kind, self.offer, self.state, self.labelled):
            combo.currentIndexChanged.connect(self._apply_filter)
        self.views.currentIndexChanged.connect(self._view_chosen)
        self._fill_views()
        self._update_texts()

    # --- building ---

    def _build_bar(self) -> None:
        self.search = QLineEdit(self)
        theme.style_early(self.search, "QLineEdit")
        self.search.setPlaceholderText(self.tr("Search number, holder, label, note or offer"))
        with_clear_button(self.search)
        self.search.setAccessibleName(self.tr("Search lines"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Line type"))
        for text, value in ((self.tr("All types"), ""), (self.tr("Mobile"), "mobile"), (self.tr("Fixed"), "fixed")):
            self.kind.addItem(text, value)
        self.offer = QComboBox(self)
        self.offer.setAccessibleName(self.tr("Offer"))
        self.offer.addItem(self.tr("All offers"), "")
        self.offer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.state = QComboBox(self)
        self.state.setAccessibleName(self.tr("Line status"))
        for text, value in ((self.tr("All statuses"), ""), (self.tr("Active"), "active"),
                            (self.tr("Suspended"), "suspended")):
            self.state.addItem(text, value)
        self.labelled = QComboBox(self)
        self.labelled.setAccessibleName(self.tr("Labels"))
        self.labelled.addItems([self.tr("With or without a label"), self.tr("With a label"),
                                self.tr("Without a label")])  # in the order of LABEL_CHOICES
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.search, 1)
        self.bar.addWidget(self.kind)
        self.bar.addWidget(self.offer)
        self.bar.addWidget(self.state)
        self.bar.addWidget(self.labelled)

        self.views_caption = QLabel(self.tr("View"), self)
        self.views = QComboBox(self)
        self.views.setAccessibleName(self.tr("Saved views"))
        self.views.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.views_caption.setBuddy(self.views)
        self.save_view_button = QPushButton(self.tr("Save view…"), self)
        self.save_view_button.clicked.connect(self._save_view_clicked)
        self.delete_view_button = QPushButton(self.tr("Delete view"), self)
        self.delete_view_button.clicked.connect(self.delete_current_view)
        self.more_button = QPushButton(self.tr("More filters…"), self)
        self.more_button.clicked.connect(self.open_more_filters)
        self.label_button = QPushButton(self.tr("Label and note…"), self)
        self.label_button.clicked.connect(lambda: self.open_label_dialog(self.current_line_id()))
        self.export_button = QPushButton(self.tr("Export to Excel"), self)
        self.export_button.clicked.connect(self._export_clicked)
        self.views_bar = QHBoxLayout()
        self.views_bar.addWidget(self.views_caption)
        self.views_bar.addWidget(self.views)
        self.views_bar.addWidget(self.save_view_button)
        self.views_bar.addWidget(self.delete_view_button)
        self.views_bar.addWidget(self.more_button)
        self.views_bar.addStretch(1)
        self.views_bar.addWidget(self.label_button)
        self.views_bar.addWidget(self.export_button)

    def _build_table(self) -> None:
        self.table = QTableView(self)
        theme.style_early(self.table, "QTableView")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Fleet lines"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        # no sort indicator at first: the lines in their own order until the user clicks a title
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.sectionResized.connect(self._section_resized)
        bars = ProgressDelegate(self.table)
        for column in PERCENT_COLUMNS:
            self.table.setItemDelegateForColumn(column, bars)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        edit = QAction(self.tr("Label and note…"), self.table)
        edit.setShortcut(QKeySequence(Qt.Key.Key_F2))
        edit.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        edit.triggered.connect(lambda: self.open_label_dialog(self.current_line_id()))
        opened = QAction(self.tr("Open in Products"), self.table)
        opened.triggered.connect(lambda: self.current_line_id() and self.lineOpened.emit(self.current_line_id()))
        self.table.addActions([edit, opened])
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.fit_columns()

    # --- data in ---

    def set_snapshot(self, snapshot: FleetSnapshot, rows: list[FleetRow] | None = None) -> None:
        """Show `snapshot` (lines, usage or None, labels): the filters, the sort order and the current line
        stay as they were. `rows`: `fleet_rows(snapshot)` when a worker thread has already made them (10,000
        lines take some 60 ms)."""
        current = self.current_line_id()
        self._snapshot = snapshot
        self._fill_offers(snapshot)
        self.model.set_rows(rows if rows is not None else self._rows.rows(snapshot))
        if not self._user_sized:
            self.fit_columns()
        if current:
            self.select_line(current)
        self._update_texts()

    def usage_shown(self) -> bool:
        """Whether the usage columns show the server's usage (False before the first answer)."""
        return self._snapshot is not None and self._snapshot.usage is not None

    def set_custom_views(self, views: dict[str, dict]) -> None:
        """The user's saved views (name → FleetFilter JSON), as the store keeps them; the chosen view stays
        chosen while it exists."""
        self._custom = dict(views)
        self._fill_views()

    def _fill_offers(self, snapshot: FleetSnapshot) -> None:
        chosen = self.offer.currentData() or ""
        names = sorted({line.offer_name for line in snapshot.lines if line.offer_name} | ({chosen} - {""}),
                       key=str.casefold)
        with QSignalBlocker(self.offer):
            self.offer.clear()
            self.offer.addItem(self.tr("All offers"), "")
            for name in names:
                self.offer.addItem(name, name)
            self.offer.setCurrentIndex(max(self.offer.findData(chosen), 0))

    def _fill_views(self) -> None:
        chosen = self.views.currentData() or (ALL, "")
        names = {"credit_below_5": self.tr("Credit below 5 €"), "data_over_80": self.tr("Data over 80%"),
                 "roaming": self.tr("In roaming"), "inactive_30": self.tr("Inactive for 30 days")}
        with QSignalBlocker(self.views):
            self.views.clear()
            self.views.addItem(self.tr("All lines"), (ALL, ""))
            for view in BUILT_IN_VIEWS:
                self.views.addItem(names.get(view.id, view.id), (BUILT_IN, view.id))
            if self._custom:
                self.views.insertSeparator(self.views.count())
            for name in sorted(self._custom, key=str.casefold):
                self.views.addItem(name, (CUSTOM, name))
            index = self._view_index(*chosen)
            self.views.setCurrentIndex(0 if index is None else index)
        if index is None:  # the chosen custom view is gone: back to every line
            self._view_chosen(0)
        self._update_buttons()

    def _view_index(self, kind: str, key: str) -> int | None:
        for index in range(self.views.count()):
            if self.views.itemData(index) == (kind, key):
                return index
        return None

    # --- filters and views ---

    def current_filter(self) -> FleetFilter:
        return replace(self._view_filter, text=self.search.text().strip(), kind=self.kind.currentData() or "",
                       offer=self.offer.currentData() or "", status=self.state.currentData() or "",
                       has_label=LABEL_CHOICES[max(self.labelled.currentIndex(), 0)])

    def set_query_now(self, text: str) -> None:
        """Type and filter at once (no debounce): keyboard tests and the benchmark."""
        self.search.setText(text)
        self._debounce.stop()
        self._apply_filter()

    def _apply_filter(self) -> None:
        self._debounce.stop()
        current = self.current_line_id()
        self.model.set_filter(self.current_filter())
        if current:
            self.select_line(current)
        self._update_texts()

    def current_view(self) -> tuple[str, str]:
        """("", "") for every line, ("builtin", id) or ("custom", name)."""
        return self.views.currentData() or (ALL, "")

    def select_view(self, kind: str, key: str = "") -> bool:
        index = self._view_index(kind, key)
        if index is None:
            return False
        if index == self.views.currentIndex():
            self._view_chosen(index)
        else:
            self.views.setCurrentIndex(index)
        return True

    def open_more_filters(self) -> FleetFiltersDialog:
        """The thresholds the bar does not show (credit, data, idle days, roaming), for the current view;
        OK applies them (and "Save view…" keeps them)."""
        dialog = FleetFiltersDialog(self._view_filter, self)
        dialog.accepted.connect(lambda: self._set_view_filter(dialog.values()))
        dialog.finished.connect(dialog.deleteLater)
        self.filters_dialog = dialog
        dialog.open()
        return dialog

    def _set_view_filter(self, chosen: FleetFilter) -> None:
        self._view_filter = chosen
        self._apply_filter()

    def _view_chosen(self, _index: int) -> None:
        kind, key = self.current_view()
        if kind == BUILT_IN:
            view = built_in_view(key)
            chosen = view.filter if view is not None else FleetFilter()
        elif kind == CUSTOM:
            chosen = FleetFilter.from_json(self._custom.get(key))
        else:
            chosen = FleetFilter()
        self._view_filter = chosen
        with QSignalBlocker(self.search), QSignalBlocker(self.kind), QSignalBlocker(self.offer), \
                QSignalBlocker(self.state), QSignalBlocker(self.labelled):
            self.search.setText(chosen.text)
            self._choose(self.kind, chosen.kind)
            if chosen.offer and self.offer.findData(chosen.offer) < 0:
                self.offer.addItem(chosen.offer, chosen.offer)  # an offer none of today's lines has
            self._choose(self.offer, chosen.offer)
            self._choose(self.state, chosen.status)
            self.labelled.setCurrentIndex(LABEL_CHOICES.index(chosen.has_label))
        self._apply_filter()
        self._update_buttons()

    @staticmethod
    def _choose(combo: QComboBox, value: str) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def _save_view_clicked(self) -> None:
        kind, key = self.current_view()
        name = self._ask_view_name(key if kind == CUSTOM else "")
        if name:
            self.save_current_view(name)

    def _ask_view_name(self, start: str) -> str:
        name, accepted = QInputDialog.getText(self, self.tr("Save view"), self.tr("Name of the view"),
                                              QLineEdit.EchoMode.Normal, start)
        return name.strip() if accepted else ""

    def save_current_view(self, name: str) -> None:
        """Ask the flow to keep the current filters as the view `name` (it answers with set_custom_views); the
        new view is the chosen one from then on."""
        name = name.strip()
        if not name:
            return
        self._view_filter = self.current_filter()
        self._custom[name] = self._view_filter.to_json()
        self._fill_views()
        self.select_view(CUSTOM, name)
        self.viewSaved.emit(name, self._view_filter.to_json())

    def delete_current_view(self) -> None:
        kind, name = self.current_view()
        if kind != CUSTOM:
            return
        self._custom.pop(name, None)
        self._fill_views()  # back to every line
        self.viewDeleted.emit(name)

    # --- the current line ---

    def current_line_id(self) -> str:
        index = self.table.currentIndex()
        return (index.data(LINE_ID_ROLE) or "") if index.isValid() else ""

    def select_line(self, line_id: str) -> bool:
        row = self.model.row_of(line_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def _to_table(self) -> None:
        """Enter in the search field: the filter now, and the keyboard on the first line shown."""
        self._apply_filter()
        if self.model.rowCount() and not self.current_line_id():
            self.select_line(self.model.row_at(0).line_id)
        self.table.setFocus()

    def _activated(self, index: QModelIndex) -> None:
        line_id = index.data(LINE_ID_ROLE)
        if line_id:
            self.lineOpened.emit(line_id)

    def open_label_dialog(self, line_id: str) -> LabelDialog | None:
        """The label-and-note dialog of `line_id`, opened (window-modal); OK emits labelEdited."""
        row = next((r for r in self.model.all_rows() if r.line_id == line_id), None)
        if row is None:
            return None
        dialog = LabelDialog(row, self)
        dialog.accepted.connect(lambda: self._label_accepted(dialog))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _label_accepted(self, dialog: LabelDialog) -> None:
        label, note = dialog.values()
        self.labelEdited.emit(dialog.line_id, label, note)
        self.status.setText(self.tr("The label is kept on this computer: it shows with the next update."))
        self.status.show()

    # --- export (10,000 rows take a couple of seconds: written on a thread of the view's own pool) ---

    def _export_clicked(self) -> None:
        path = self._ask_export_path()
        if path:
            self.export_to(path)

    def _ask_export_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = "_".join((self.tr("Lines"), date.today().isoformat())) + ".xlsx"
        return ask_save_path(self, self.tr("Export to Excel"), os.path.join(folder, name),
                             self.tr("Excel workbook (*.xlsx)"), "xlsx")

    def export_to(self, path: str | os.PathLike) -> bool:
        """Start writing the rows shown (the current view, sorted as shown) to an Excel workbook, off the GUI
        thread; False when there is nothing to write or an export is still running. `exportFinished(ok)`
        follows, and the outcome goes in the status line."""
        rows: list[FleetRow] = list(self.model.shown_rows())
        if not rows or self._export is not None:
            return False
        job = _ExportJob(path, self.sheets(), rows)
        job.relay.finished.connect(self._export_finished)
        self._export = job
        self.export_button.setEnabled(False)
        self._say(self.tr("Exporting %1 line(s)…", "", len(rows)).replace("%1", formatting.count(len(rows))))
        self._pool.start(job)
        return True

    def _export_finished(self, written: FleetExport | None, reason: str) -> None:
        self._export = None
        if written is not None:
            self._say(self.tr("Exported %1 line(s) to %2", "", written.rows)
                      .replace("%1", formatting.count(written.rows)).replace("%2", str(written.path)))
        elif reason:
            self._say(self.tr("The file could not be saved: %1").replace("%1", reason))
        else:
            self._say(self.tr("The file could not be saved: an unexpected error occurred."))
        self._update_buttons()
        self.exportFinished.emit(written is not None)

    def wait_for_export(self) -> None:
        """Block until a running export has finished writing (closing the window, tests)."""
        self._pool.waitForDone()

    def sheets(self) -> FleetSheets:
        headers = (self.tr("Number"), self.tr("Holder"), self.tr("Alias"), self.tr("Label"), self.tr("Note"),
                   self.tr("Type"), self.tr("Offer"), self.tr("Credit"), self.tr("Data used"),
                   self.tr("Voice used"), self.tr("SMS used"), self.tr("Spend this month"),
                   self.tr("GSS package"), self.tr("Last activity"), self.tr("Status"),
                   self.tr("Roaming country"), self.tr("Billing account"))
        return FleetSheets(sheet=self.tr("Lines"), headers=headers, kind_labels=self.model.kind_labels,
                           status_labels=self.model.status_labels, money_format=formatting.excel_money_format())

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # --- looks ---

    def _update_texts(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        self.count_label.setText(self.tr("%1 of %2 line(s)", "", total)
                                 .replace("%1", formatting.count(shown)).replace("%2", formatting.count(total)))
        snapshot = self._snapshot
        if snapshot is None:
            self.usage_label.setText("")
            self.empty_label.setText(self.tr("Loading the lines…"))
        else:
            if snapshot.usage is None:
                self.usage_label.setText(self.tr("Usage and spend arrive with the next update"))
            elif snapshot.saved_at:
                self.usage_label.setText(self.tr("Usage updated %1").replace(
                    "%1", formatting.timestamp(snapshot.saved_at)))
            else:
                self.usage_label.setText(self.tr("Usage of %1").replace("%1", formatting.day(snapshot.usage.today)))
            if total == 0:
                self.empty_label.setText(self.tr("The company has no lines."))
            elif shown == 0:
                self.empty_label.setText(self.tr("No line matches these filters."))
            else:
                self.empty_label.setText("")
        self.empty_label.setVisible(bool(self.empty_label.text()))
        self._update_buttons()

    def _update_more_button(self) -> None:
        chosen = self._view_filter
        extra = sum((chosen.credit_below_cents is not None, chosen.data_over_pct is not None,
                     chosen.inactive_days is not None, chosen.roaming))
        self.more_button.setText(self.tr("More filters (%1)…").replace("%1", formatting.count(extra)) if extra
                                 else self.tr("More filters…"))

    def _update_buttons(self) -> None:
        self._update_more_button()
        self.delete_view_button.setEnabled(self.current_view()[0] == CUSTOM)
        self.label_button.setEnabled(bool(self.current_line_id()))
        self.export_button.setEnabled(self.model.rowCount() > 0 and self._export is None)
        self.save_view_button.setEnabled(self._snapshot is not None)

    def fit_columns(self) -> None:
        """Every column as wide as its header and its longest texts (a few measured, not every row), long
        free texts capped with the whole text in the tooltip; the header's own hint keeps room for the sort
        arrow, so no title is cut."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        self._fitting = True
        try:
            for column in range(self.model.columnCount()):
                title = header.sectionSizeHint(column)
                texts = self.model.longest_texts(column)
                width = max([title] + [metrics.horizontalAdvance(text) + CELL_PADDING for text in texts])
                if column in TEXT_MAX_CHARS:
                    width = min(width, max(title, metrics.averageCharWidth() * TEXT_MAX_CHARS[column]))
                if column in PERCENT_COLUMNS:
                    width = max(width, BAR_MIN_WIDTH)
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _section_resized(self, *_args) -> None:
        header = self.table.horizontalHeader()
        if not self._fitting and header.underMouse() and QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self._user_sized = True
