"""Table model of the fleet's rows (domain.fleet_table): every line, sorted by any column and narrowed by a
FleetFilter. The model keeps the rows in the current sort order and filters that list with the filter's plain
list comprehensions, so a keystroke at 10,000 lines is one scan plus a model reset (benchmarks/
fleet_filter_probe.py measures it well under a frame's worth, hence on the GUI thread); no proxy model, whose
per-row Python callbacks would cost ten times more."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from windtre_desktop.domain.fleet_table import FleetFilter, FleetRow
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets.progress_delegate import PROGRESS_ROLE

LINE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NO_VALUE = "–"

_Index = QModelIndex | QPersistentModelIndex

(COL_NUMBER, COL_HOLDER, COL_LABEL, COL_NOTE, COL_KIND, COL_OFFER, COL_CREDIT, COL_DATA, COL_VOICE, COL_SMS,
 COL_SPEND, COL_GSS, COL_ACTIVITY, COL_STATUS, COL_ROAMING, COL_ACCOUNT) = range(16)
COLUMN_COUNT = 16
NUMERIC_COLUMNS = frozenset({COL_CREDIT, COL_DATA, COL_VOICE, COL_SMS, COL_SPEND, COL_ACTIVITY})
PERCENT_COLUMNS = {COL_DATA: "data_pct", COL_VOICE: "voice_pct", COL_SMS: "sms_pct"}


def _text_or_none(value: str) -> str | None:
    return value.casefold() if value else None


def _holder(row: FleetRow) -> str:
    return f"{row.holder} ({row.alias})" if row.alias else row.holder


# what each column sorts by; None sorts last in either direction
SORT_KEYS: dict[int, Callable[[FleetRow], Any]] = {
    COL_NUMBER: lambda r: r.number,
    COL_HOLDER: lambda r: _text_or_none(_holder(r)),
    COL_LABEL: lambda r: _text_or_none(r.label),
    COL_NOTE: lambda r: _text_or_none(r.note),
    COL_KIND: lambda r: r.kind,
    COL_OFFER: lambda r: _text_or_none(r.offer),
    COL_CREDIT: lambda r: r.credit_cents,
    COL_DATA: lambda r: r.data_pct,
    COL_VOICE: lambda r: r.voice_pct,
    COL_SMS: lambda r: r.sms_pct,
    COL_SPEND: lambda r: r.month_spend_cents,
    COL_GSS: lambda r: _text_or_none(r.gss_package),
    COL_ACTIVITY: lambda r: r.last_activity,
    COL_STATUS: lambda r: r.status,
    COL_ROAMING: lambda r: r.roaming_country,
    COL_ACCOUNT: lambda r: _text_or_none(r.billing_account),
}


# the text columns' texts, as the cells write them
_TEXTS: dict[int, Callable[[FleetRow], str]] = {
    COL_NUMBER: lambda r: r.number,
    COL_HOLDER: _holder,
    COL_LABEL: lambda r: r.label,
    COL_OFFER: lambda r: r.offer,
    COL_GSS: lambda r: r.gss_package or NO_VALUE,
    COL_ROAMING: lambda r: r.roaming_country or NO_VALUE,
    COL_ACCOUNT: lambda r: r.billing_account,
}


def sorted_rows(rows: Sequence[FleetRow], column: int, descending: bool) -> list[FleetRow]:
    """`rows` sorted by `column` (stable), the rows without a value last whichever the direction."""
    key = SORT_KEYS[column]
    known = [r for r in rows if key(r) is not None]
    unknown = [r for r in rows if key(r) is None]
    known.sort(key=key, reverse=descending)
    return known + unknown


class FleetTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[FleetRow] = []  # as the snapshot lists them
        self._ordered: list[FleetRow] = []  # all rows in the sort order
        self._shown: list[FleetRow] = []  # the ordered rows the filter lets through
        self._filter = FleetFilter()
        self._sort: tuple[int, bool] | None = None  # column, descending
        self.kind_labels: dict[str, str] = {}
        self.status_labels: dict[str, str] = {}
        self.headers: tuple[str, ...] = (
            self.tr("Number"), self.tr("Holder"), self.tr("Label"), self.tr("Note"), self.tr("Type"),
            self.tr("Offer"), self.tr("Credit"), self.tr("Data"), self.tr("Voice"), self.tr("SMS"),
            self.tr("Spend this month"), self.tr("GSS package"), self.tr("Last activity"), self.tr("Status"),
            self.tr("Roaming"), self.tr("Billing account"),
        )

    # --- content ---

    def set_rows(self, rows: list[FleetRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._ordered = sorted_rows(rows, *self._sort) if self._sort is not None else list(rows)
        self._shown = self._filter.apply(self._ordered)
        self.endResetModel()

    def set_filter(self, fleet_filter: FleetFilter) -> None:
        self.beginResetModel()
        self._filter = fleet_filter
        self._shown = fleet_filter.apply(self._ordered)
        self.endResetModel()

    @property
    def filter(self) -> FleetFilter:
        return self._filter

    @property
    def total(self) -> int:
        return len(self._rows)

    def all_rows(self) -> list[FleetRow]:
        return self._rows

    def shown_rows(self) -> list[FleetRow]:
        """The rows as the table shows them: filtered and in the sort order."""
        return self._shown

    def row_at(self, row: int) -> FleetRow:
        return self._shown[row]

    def row_of(self, line_id: str) -> int | None:
        for row, item in enumerate(self._shown):
            if item.line_id == line_id:
                return row
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORT_KEYS:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        kept = [(index, self._shown[index.row()].line_id) for index in old if 0 <= index.row() < len(self._shown)]
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self._ordered = sorted_rows(self._rows, *self._sort)
        self._shown = self._filter.apply(self._ordered)
        position = {item.line_id: row for row, item in enumerate(self._shown)}
        self.changePersistentIndexList([index for index, _ in kept],
                                       [self.index(position[line_id], index.column()) if line_id in position
                                        else QModelIndex() for index, line_id in kept])
        self.layoutChanged.emit()

    # --- Qt's model interface ---

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._shown[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in NUMERIC_COLUMNS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == PROGRESS_ROLE and column in PERCENT_COLUMNS:
            value = getattr(row, PERCENT_COLUMNS[column])
            return None if value is None else int(round(min(value, 100.0)))
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_HOLDER, COL_LABEL, COL_NOTE, COL_OFFER):
            return self.text(row, column) or None  # the column may be narrower than a long text
        if role == LINE_ID_ROLE:
            return row.line_id
        return None

    def text(self, row: FleetRow, column: int) -> str:
        if column == COL_NUMBER:
            return row.number
        if column == COL_HOLDER:
            return _holder(row)
        if column == COL_LABEL:
            return row.label
        if column == COL_NOTE:
            return " ".join(row.note.split())  # one line in a cell
        if column == COL_KIND:
            return self.kind_labels.get(row.kind, row.kind)
        if column == COL_OFFER:
            return row.offer
        if column == COL_CREDIT:
            return NO_VALUE if row.credit_cents is None else formatting.euro(row.credit_cents)
        if column in PERCENT_COLUMNS:
            return self.percent(getattr(row, PERCENT_COLUMNS[column]))
        if column == COL_SPEND:
            return NO_VALUE if row.month_spend_cents is None else formatting.euro(row.month_spend_cents)
        if column == COL_GSS:
            return row.gss_package or (NO_VALUE if not row.has_usage else "")
        if column == COL_ACTIVITY:
            return NO_VALUE if row.last_activity is None else formatting.day(row.last_activity)
        if column == COL_STATUS:
            return self.status_labels.get(row.status, row.status)
        if column == COL_ROAMING:
            return row.roaming_country or (NO_VALUE if not row.has_usage else "")
        if column == COL_ACCOUNT:
            return row.billing_account
        return ""

    def percent(self, value: float | None) -> str:
        if value is None:
            return NO_VALUE
        return formatting.percent(value)

    def longest_texts(self, column: int, count: int = 8) -> list[str]:
        """A handful of the column's widest texts, found without formatting every row (10,000 lines): what a
        view measures to size the column."""
        rows = self._rows
        if not rows:
            return []
        if column in (COL_CREDIT, COL_SPEND):
            key = SORT_KEYS[column]
            values = [key(r) for r in rows if key(r) is not None]
            if not values:
                return [NO_VALUE]
            extremes = (max(values), min(values))
            return [formatting.euro(value) for value in extremes] + [NO_VALUE]
        if column in PERCENT_COLUMNS:
            return [self.percent(100.0), NO_VALUE]
        if column == COL_ACTIVITY:
            return [formatting.day(date(2000, 12, 28)), NO_VALUE]  # every day is written as wide, digits aside
        if column == COL_KIND:
            return [self.kind_labels.get(kind, kind) for kind in {r.kind for r in rows}]
        if column == COL_STATUS:
            return [self.status_labels.get(status, status) for status in {r.status for r in rows}]
        if column == COL_NOTE:  # a note's text in a cell is written on one line
            longest = heapq.nlargest(count, {r.note for r in rows}, key=len)
            return [" ".join(note.split()) for note in longest]
        getter = _TEXTS[column]
        return heapq.nlargest(count, {getter(r) for r in rows}, key=len)
