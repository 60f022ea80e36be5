"""The records table of Traffico (issue 11): a line's records as rows, sortable, filtered by type and by
text, and smooth at 100,000 rows and more.

The rows stay as the store hands them over (tuples in domain.traffic_data.RECORD_COLUMNS order, oldest
first); the model keeps only a list of row numbers for what is shown, in the order shown. A cell is
written when Qt asks for it, that is for the rows on screen; filtering and sorting are one pass over
plain Python values, never a call per row through Qt (QSortFilterProxyModel would call `data()` for each
of the 100,000 rows)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from windtre_desktop.domain.traffic_data import (
    AT,
    BYTES,
    COST,
    DESCRIPTION,
    DESTINATION,
    KIND,
    NUMBER,
    ROAMING,
    SECONDS,
    TYPE,
)
from windtre_desktop.i18n import formatting

_Index = QModelIndex | QPersistentModelIndex

COL_WHEN, COL_TYPE, COL_KIND, COL_NUMBER, COL_DESTINATION, COL_AMOUNT, COL_COST, COL_DESCRIPTION = range(8)
COLUMN_COUNT = 8
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def record_moment(at: str) -> str:
    """A record's time as the interface writes it: the local time of the record's own offset."""
    try:
        return formatting.moment(datetime.fromisoformat(at))
    except (TypeError, ValueError):
        return str(at or "")


def record_amount(row: Sequence) -> str:
    """How much: a call's duration, a session's volume; nothing for a message or a charge."""
    if row[SECONDS] is not None:
        return formatting.duration(int(row[SECONDS]))
    if row[BYTES] is not None:
        return formatting.data_amount(int(row[BYTES]))
    return ""


def _amount_key(row: Sequence) -> tuple[int, int]:
    # calls before sessions, each by size: a duration and a volume are not comparable
    if row[SECONDS] is not None:
        return (0, int(row[SECONDS]))
    if row[BYTES] is not None:
        return (1, int(row[BYTES]))
    return (2, 0)


class TrafficRecordsModel(QAbstractTableModel):
    """`set_rows(rows)` shows new records; `set_filter(type_code, text)` narrows them ("" = every type, no
    text); `sort(column, order)` orders what is shown. Type and kind codes are written with the labels
    given (an unknown code as it came)."""

    def __init__(self, headers: Sequence[str], type_labels: Mapping[str, str], kind_labels: Mapping[str, str],
                 parent=None) -> None:
        super().__init__(parent)
        self.headers = list(headers)
        self.type_labels = dict(type_labels)
        self.kind_labels = dict(kind_labels)
        self._rows: list[tuple] = []
        self._shown: list[int] = []
        self._haystacks: list[str] | None = None  # built at the first text filter
        self._type = ""
        self._text = ""
        self._sort: tuple[int, Qt.SortOrder] = (COL_WHEN, Qt.SortOrder.AscendingOrder)

    # --- data in ---

    def set_rows(self, rows: list[tuple]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._haystacks = None
        self._shown = self._filtered()
        self._order()
        self.endResetModel()

    def set_filter(self, type_code: str, text: str) -> None:
        type_code, text = type_code or "", " ".join(text.casefold().split())
        if (type_code, text) == (self._type, self._text):
            return
        self.beginResetModel()
        self._type, self._text = type_code, text
        self._shown = self._filtered()
        self._order()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # noqa: D401
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._order()
        self.layoutChanged.emit()

    # --- what is shown ---

    @property
    def total(self) -> int:
        return len(self._rows)

    def shown_rows(self) -> list[tuple]:
        return [self._rows[i] for i in self._shown]

    def row(self, shown_row: int) -> tuple:
        return self._rows[self._shown[shown_row]]

    def _filtered(self) -> list[int]:
        rows = self._rows
        indices = range(len(rows))
        if self._type:
            wanted = self._type
            indices = [i for i in indices if rows[i][TYPE] == wanted]
        if self._text:
            haystacks = self._haystack_list()
            text = self._text
            indices = [i for i in indices if text in haystacks[i]]
        return list(indices)

    def _haystack_list(self) -> list[str]:
        if self._haystacks is None:
            # the day twice: as stored (2026-12-01) and as the interface writes it in both languages
            # (formatting.DAY_FORM, 01/12/2026), cut from the text rather than formatted row by row
            types, kinds = self.type_labels, self.kind_labels
            self._haystacks = [
                " ".join((r[AT][:10], f"{r[AT][8:10]}/{r[AT][5:7]}/{r[AT][:4]}", r[NUMBER] or "", r[DESTINATION] or "", r[ROAMING] or "", r[DESCRIPTION] or "",
                          types.get(r[TYPE], r[TYPE]), kinds.get(r[KIND], r[KIND]))).casefold()
                for r in self._rows]
        return self._haystacks

    def _order(self) -> None:
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        rows = self._rows
        if column == COL_WHEN:  # the store's order is the time order
            self._shown.sort(reverse=descending)
            return
        key = self._sort_key(column)
        self._shown.sort(key=lambda i: (key(rows[i]), i), reverse=descending)

    def _sort_key(self, column: int):
        types, kinds = self.type_labels, self.kind_labels
        if column == COL_TYPE:
            return lambda r: types.get(r[TYPE], r[TYPE]).casefold()
        if column == COL_KIND:
            return lambda r: kinds.get(r[KIND], r[KIND]).casefold()
        if column == COL_NUMBER:
            return lambda r: r[NUMBER] or ""
        if column == COL_DESTINATION:
            return lambda r: r[DESTINATION] or ""
        if column == COL_AMOUNT:
            return _amount_key
        if column == COL_COST:
            return lambda r: int(r[COST] or 0)
        return lambda r: (r[DESCRIPTION] or "").casefold()

    # --- Qt's side ---

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(self._rows[self._shown[index.row()]], index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (COL_AMOUNT, COL_COST):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_DESCRIPTION:
            return self._rows[self._shown[index.row()]][DESCRIPTION]
        return None

    def text(self, row: Sequence, column: int) -> str:
        if column == COL_WHEN:
            return record_moment(row[AT])
        if column == COL_TYPE:
            return self.type_labels.get(row[TYPE], row[TYPE])
        if column == COL_KIND:
            return self.kind_labels.get(row[KIND], row[KIND])
        if column == COL_NUMBER:
            return row[NUMBER] or ""
        if column == COL_DESTINATION:
            if row[ROAMING] and row[ROAMING] != row[DESTINATION]:
                return f"{row[DESTINATION] or ''} ({row[ROAMING]})"
            return row[DESTINATION] or ""
        if column == COL_AMOUNT:
            return record_amount(row)
        if column == COL_COST:
            return formatting.euro(int(row[COST] or 0))
        return row[DESCRIPTION] or ""

    def longest_texts(self, column: int, sample: int = 400) -> list[str]:
        """A few of the widest texts of a column, from a sample of the rows (for fitting the columns)."""
        rows = self._rows
        step = max(1, len(rows) // sample)
        texts = {self.text(rows[i], column) for i in range(0, len(rows), step)}
        return sorted(texts, key=len, reverse=True)[:5]
