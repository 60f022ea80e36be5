"""Traffico's records of one line (issue 11): a type filter and a search over the records table, with the
count of what is shown. The table is the model/view TrafficRecordsModel, sortable by any column."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain import server_labels
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets.accessibility import with_clear_button
from windtre_desktop.widgets.traffic_records_model import (
    COL_DESCRIPTION,
    COL_TYPE,
    COLUMN_COUNT,
    TrafficRecordsModel,
)

CELL_PADDING = 14  # the item view's own margins around a cell's text, and a little air
FILTER_DEBOUNCE_MS = 120


class TrafficRecordsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.type_labels: Mapping[str, str] = server_labels.rendered(server_labels.TRAFFIC_TYPES, translate)
        self.kind_labels: Mapping[str, str] = server_labels.rendered(server_labels.TRAFFIC_KINDS, translate)
        headers = (self.tr("Date and time"), self.tr("Type"), self.tr("Detail"), self.tr("Number"),
                   self.tr("Country"), self.tr("Usage"), self.tr("Cost"), self.tr("Description"))
        self.model = TrafficRecordsModel(headers, self.type_labels, self.kind_labels, self)

        self.heading = QLabel(self.tr("Records"), self)
        self.heading.setObjectName("stepTitle")
        self.type_filter = QComboBox(self)
        self.type_filter.setAccessibleName(self.tr("Record type"))
        self.type_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.type_filter.addItem(self.tr("All types"), "")
        for code, label in self.type_labels.items():
            self.type_filter.addItem(label, code)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search number, country, description or day"))
        self.search.setAccessibleName(self.tr("Search records"))
        with_clear_button(self.search)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")

        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Traffic records"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        # a fixed row height: the view never measures 100,000 rows
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the description takes what the others leave, and gives way (down to a few characters) before a
        # horizontal scroll bar appears; the user can still drag any column wider
        header.setSectionResizeMode(COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        # the vertical bar always there: the stretched column is measured with it, not before it shows up
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        # each detail belongs to one type ("Voce nazionale" is a call): the type column would only take room;
        # the type filter above and the sort by detail do its work
        self.table.setColumnHidden(COL_TYPE, True)
        self._fitted = False

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.type_filter.currentIndexChanged.connect(self.apply_filter)

        bar = QHBoxLayout()
        bar.addWidget(self.heading)
        bar.addWidget(self.type_filter)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._update_count()

    def set_rows(self, rows: list[tuple]) -> None:
        self.model.set_rows(rows)
        if rows and not self._fitted:
            self.fit_columns()
            self._fitted = True
        self._update_count()

    def set_filter_now(self, type_code: str, text: str) -> None:
        """Choose a type and type a text, filtering at once (tests, benchmarks)."""
        index = self.type_filter.findData(type_code)
        self.type_filter.blockSignals(True)
        self.type_filter.setCurrentIndex(max(index, 0))
        self.type_filter.blockSignals(False)
        self.search.setText(text)
        self._debounce.stop()
        self.apply_filter()

    def apply_filter(self) -> None:
        self.model.set_filter(self.type_filter.currentData() or "", self.search.text())
        self._update_count()

    def fit_columns(self) -> None:
        """Each column as wide as its longest text in a sample of the rows (never a pass over all of them)."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for column in range(COLUMN_COUNT):
            if column in (COL_DESCRIPTION, COL_TYPE):
                continue  # the last one stretches
            texts = self.model.longest_texts(column)
            width = max([header.sectionSizeHint(column)] + [metrics.horizontalAdvance(t) + CELL_PADDING for t in texts])
            header.resizeSection(column, width)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if shown == total:
            text = self.tr("%1 record(s)", "", total).replace("%1", formatting.count(total))
        else:
            text = self.tr("%1 of %2 records").replace("%1", formatting.count(shown)).replace(
                "%2", formatting.count(total))
        self.count_label.setText(text)
