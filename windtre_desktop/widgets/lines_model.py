"""Table model of the company's lines and the proxy that filters them as the user types.

Filtering precomputes one search key per line (domain.line_search) and keeps the
set of matching rows, so a keystroke costs one pass over plain strings, not one
Python data() call per row and column: this is what keeps 10,000 lines instant.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from windtre_desktop.domain.line_search import matches, normalise_query, search_key
from windtre_desktop.domain.models import Line

LINE_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class LinesTableModel(QAbstractTableModel):
    COL_NUMBER, COL_HOLDER, COL_OFFER = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: list[Line] = []
        self._keys: list[str] = []
        self._headers = (self.tr("Number"), self.tr("Holder"), self.tr("Offer"))

    def set_lines(self, lines: list[Line], search_keys: list[str] | None = None,
                  on_swap: Callable[[], None] | None = None) -> None:
        """`search_keys` may come precomputed (one per line) from the network thread. `on_swap` runs
        once the new rows are in but before views hear of the reset: a proxy recomputes its filter there,
        so it filters the new rows once instead of twice."""
        self.beginResetModel()
        self._lines = lines
        self._keys = search_keys if search_keys is not None else [search_key(line) for line in lines]
        if on_swap is not None:
            on_swap()
        self.endResetModel()

    def line_at(self, row: int) -> Line:
        return self._lines[row]

    def row_of(self, line_id: str) -> int | None:
        for row, line in enumerate(self._lines):
            if line.id == line_id:
                return row
        return None

    def matching_rows(self, query: str) -> set[int] | None:
        """Rows whose line matches the query; None when there is no query (everything matches)."""
        terms = normalise_query(query)
        if not terms:
            return None
        return {row for row, key in enumerate(self._keys) if matches(key, terms)}

    def longest_texts(self, column: int, count: int = 12) -> list[str]:
        """The `count` longest distinct texts of `column`, by characters: what a view measures to size the
        column, instead of measuring every row (10,000 lines)."""
        lines = self._lines
        if column == self.COL_NUMBER:
            texts = {line.msisdn for line in lines}
        elif column == self.COL_HOLDER:  # lengths first: only the longest few are written out
            longest = heapq.nlargest(count, lines, key=lambda line: len(line.holder) + (len(line.alias) + 3
                                                                                         if line.alias else 0))
            texts = {self._text(line, column) for line in longest}  # the same lengths as _text writes
        else:
            texts = {line.offer_name for line in lines}
        return heapq.nlargest(count, texts, key=len)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COL_HOLDER:
            return self._text(line, self.COL_HOLDER)  # the column may be narrower than a long alias
        if role == LINE_ROLE:
            return line.id
        return None

    def _text(self, line: Line, column: int) -> str:
        if column == self.COL_NUMBER:
            return line.msisdn
        if column == self.COL_HOLDER:
            return line.alias and f"{line.holder} ({line.alias})" or line.holder
        return line.offer_name

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


class LineFilterProxy(QSortFilterProxyModel):
    """Filters by the precomputed matching rows of `LinesTableModel`."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._allowed: set[int] | None = None
        self.query = ""

    def set_query(self, query: str) -> None:
        self.query = query
        source = self.sourceModel()
        self.beginFilterChange()
        self._allowed = source.matching_rows(query) if isinstance(source, LinesTableModel) else None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def recompute(self) -> None:
        """Recompute the matching rows for new source rows, without a filter pass (a reset follows)."""
        source = self.sourceModel()
        self._allowed = source.matching_rows(self.query) if isinstance(source, LinesTableModel) else None

    def filterAcceptsRow(self, source_row: int, _source_parent: _Index) -> bool:  # noqa: N802
        return self._allowed is None or source_row in self._allowed
