"""Line picker: a search field over a table of lines, with "whole company" as the first choice."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain.models import Line
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets import theme
from windtre_desktop.widgets.accessibility import with_clear_button
from windtre_desktop.widgets.lines_model import LINE_ROLE, LineFilterProxy, LinesTableModel

# A holder with a long alias ("Vincenzo Pellegrini (Assistenza tecnica 8)") is cut past this many average
# characters, with the whole text in the tooltip, so the offer beside it stays in view.
HOLDER_MAX_CHARS = 26


# The margin Qt's item views leave each side of a cell's text: 2 x (Fusion's focus-frame margin + 1).
# Written out, not asked of the style: the first frame does not build the Python side of QStyle.
CELL_TEXT_MARGIN = 6


class LinePicker(QWidget):
    """Emits `lineSelected(line_id)`; an empty id means the whole company."""

    lineSelected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LinesTableModel(self)
        self.proxy = LineFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        theme.style_early(self.search, "QLineEdit")
        self.search.setPlaceholderText(self.tr("Search by number, name or offer"))
        with_clear_button(self.search)
        self.search.setAccessibleName(self.tr("Search lines"))
        self.company_button = QPushButton(self.tr("Whole company"), self)
        self.company_button.setCheckable(True)
        self.company_button.setChecked(True)
        self.company_button.clicked.connect(self.select_company)

        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        theme.style_early(self.table, "QTableView")  # its focus frame, in a first frame too
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # the user can drag the columns
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("Offer") + 16)
        self._fitting = False
        self._user_sized = False  # once the user drags a column, new data no longer resizes them
        self._pending_splitter: QSplitter | None = None
        self.holder_max_chars = HOLDER_MAX_CHARS
        header.sectionResized.connect(self._on_section_resized)
        self.fit_columns()
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
        if not self._user_sized:
            self.fit_columns()
        self._update_count()
        if current:
            self.select_line(current, emit=False)

    def set_mobile_lines(self, lines: Sequence[Line], search_keys: Sequence[str] | None = None) -> dict[str, Line]:
        """Only the mobile lines of `lines`, each with its search key: the pickers of a SIM's details, the options
        and the services. Returns them by id, in order."""
        mobile = [i for i, line in enumerate(lines) if line.kind == "mobile"]
        keys = [search_keys[i] for i in mobile] if search_keys is not None and len(search_keys) == len(lines) else None
        chosen = [lines[i] for i in mobile]
        self.set_lines(chosen, keys)
        return {line.id: line for line in chosen}

    def fit_columns(self) -> None:
        """Every column as wide as its longest known text (the holder capped at `holder_max_chars`), measured
        on a handful of the longest texts, not on every row: instant at 10,000 lines."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = CELL_TEXT_MARGIN + 8
        holder_cap = metrics.averageCharWidth() * self.holder_max_chars + padding
        self._fitting = True
        try:
            for column in range(self.model.columnCount()):
                texts = self.model.longest_texts(column)
                width = max([header.sectionSizeHint(column)] + [metrics.horizontalAdvance(t) + padding for t in texts])
                if column == LinesTableModel.COL_HOLDER:
                    width = min(width, max(holder_cap, header.sectionSizeHint(column)))
                header.resizeSection(column, width)
        finally:
            self._fitting = False

    def preferred_width(self) -> int:
        """The width that shows every visible column whole, scroll bar and frame included."""
        header = self.table.horizontalHeader()
        columns = sum(header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c))
        scroll = self.table.verticalScrollBar().sizeHint().width()
        return columns + scroll + 2 * self.table.frameWidth() + 2

    def take_width_in(self, splitter: QSplitter) -> None:
        """Share `splitter` (the picker first, one other pane) so the picker shows its columns whole, as
        far as the other pane's minimum width allows. A splitter not laid out yet is shared when first shown."""
        if not splitter.isVisible():
            self._pending_splitter = splitter
            splitter.installEventFilter(self)
            return
        total = splitter.width() - splitter.handleWidth()
        other = splitter.widget(1)
        room = total - (other.minimumSizeHint().width() if other is not None else 0)
        width = max(min(self.preferred_width(), room), self.minimumSizeHint().width())
        splitter.setSizes([width, total - width])

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt naming
        if watched is self._pending_splitter and event.type() == QEvent.Type.Show:
            self._pending_splitter = None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: self.take_width_in(watched))  # once its layout has given it a width
        return super().eventFilter(watched, event)

    def _on_section_resized(self, _column: int, _old: int, _new: int) -> None:
        if (not self._fitting and self.table.horizontalHeader().underMouse()
                and QApplication.mouseButtons() != Qt.MouseButton.NoButton):
            self._user_sized = True

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
