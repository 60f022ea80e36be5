"""Line picker: a search field over a table of lines, with "whole company" as the first choice."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain.models import Line
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets.lines_model import LINE_ROLE, LineFilterProxy, LinesTableModel


class LinePicker(QWidget):
    """Emits `lineSelected(line_id)`; an empty id means the whole company."""

    lineSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LinesTableModel(self)
        self.proxy = LineFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by number, name or offer"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search lines"))
        self.company_button = QPushButton(self.tr("Whole company"), self)
        self.company_button.setCheckable(True)
        self.company_button.setChecked(True)
        self.company_button.clicked.connect(self.select_company)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, self.fontMetrics().horizontalAdvance("+39 3400000000") + 12)
        header.resizeSection(1, 150)
        self.table.setAccessibleName(self.tr("Company lines"))
        self.count_label = QLabel(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.company_button)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        # A short debounce keeps fast typing smooth; the filter itself is a single pass.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(60)
        self._debounce.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._select_first_match)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self._total = 0
        self._update_count()

    def set_lines(self, lines: list[Line], search_keys: list[str] | None = None, total: int | None = None) -> None:
        """`total`: the company's line count when `lines` are only the first of them (a start's first frame)."""
        current = self.current_line_id()
        self._total = max(total or 0, len(lines))
        self.model.set_lines(lines, search_keys, on_swap=self.proxy.recompute)
        self._update_count()
        if current:
            self.select_line(current, emit=False)

    def set_query_now(self, text: str) -> None:
        """Type and filter at once (no debounce): used by keyboard tests and benchmarks."""
        self.search.setText(text)
        self._debounce.stop()
        self._apply_filter()

    def current_line_id(self) -> str:
        index = self.table.currentIndex()
        if self.company_button.isChecked() or not index.isValid():
            return ""
        return index.data(LINE_ROLE) or ""

    def select_company(self) -> None:
        self.company_button.setChecked(True)
        self.table.selectionModel().clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self.lineSelected.emit("")

    def select_line(self, line_id: str, emit: bool = True) -> bool:
        row = self.model.row_of(line_id)
        if row is None:
            return False
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not proxy_index.isValid():
            return False
        self.table.blockSignals(not emit)
        self.table.selectionModel().blockSignals(not emit)
        self.table.selectionModel().setCurrentIndex(
            proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().blockSignals(False)
        self.table.blockSignals(False)
        self.company_button.setChecked(False)
        if emit:  # a choice is brought into view; re-selecting after new data keeps where the user scrolled
            self.table.scrollTo(proxy_index)
        return True

    def _apply_filter(self) -> None:
        self.proxy.set_query(self.search.text())
        self._update_count()

    def _select_first_match(self) -> None:
        self._debounce.stop()
        self._apply_filter()
        if self.proxy.rowCount() > 0:
            first = self.proxy.index(0, 0)
            self.table.setCurrentIndex(first)
            self.table.setFocus()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.company_button.setChecked(False)
            self.lineSelected.emit(current.data(LINE_ROLE))

    def _update_count(self) -> None:
        shown, loaded = self.proxy.rowCount(), self.model.rowCount()
        total = max(self._total, loaded)
        if shown == loaded:
            self.count_label.setText(self.tr("%1 line(s)", "", total).replace("%1", formatting.count(total)))
        else:
            self.count_label.setText(
                self.tr("%1 of %2 lines").replace("%1", formatting.count(shown)).replace("%2", formatting.count(total))
            )
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight)
