"""Read-only tables: a model of plain rows under fixed headers (subclasses write the cells), a row-selecting
QTableView, and a proxy that sorts by SORT_ROLE (plain values, not the written text) and filters by text
over every column."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RESIZE_PRECISION = 60

_Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """Rows shown as given under fixed headers; `set_rows` replaces them. Subclasses write `data()`."""

    def __init__(self, headers: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self.headers = tuple(headers)
        self.rows: list = []

    def set_rows(self, rows: Sequence) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None


def read_only_table(parent: QWidget, name: str) -> QTableView:
    table = QTableView(parent)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setSortingEnabled(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measures every row
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # columns sized on the rows in view and a few more, not on every row: 500 packages or a few thousand
    # devices would otherwise ask every cell of every row at each reset
    table.horizontalHeader().setResizeContentsPrecision(RESIZE_PRECISION)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def sorting_proxy(model: QAbstractItemModel, parent, proxy: QSortFilterProxyModel | None = None
                  ) -> QSortFilterProxyModel:
    proxy = proxy or QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    return proxy
