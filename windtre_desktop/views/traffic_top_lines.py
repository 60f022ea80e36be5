"""The whole company's top lines in Traffico (issue 11, R-21): the lines with most data, most voice and most
spend in the period, side by side; clicking one opens its traffic (`lineOpened(line_id)`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain.models import Line
from windtre_desktop.i18n import formatting

_LINE_ID = Qt.ItemDataRole.UserRole
RANKINGS = ("data", "voice", "spend")  # the contract's `top` keys


class TrafficTopLines(QWidget):
    lineOpened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        titles = {"data": self.tr("Most data"), "voice": self.tr("Most voice"), "spend": self.tr("Most spend")}
        self.writers: dict[str, Callable[[int], str]] = {
            "data": formatting.data_amount, "voice": formatting.duration, "spend": formatting.euro}
        self.tables: dict[str, QTableWidget] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for key in RANKINGS:
            column = QVBoxLayout()
            title = QLabel(titles[key], self)
            title.setObjectName("stepTitle")
            table = QTableWidget(0, 2, self)
            table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
            table.setAccessibleName(titles[key])
            table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Total")])
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setAlternatingRowColors(True)
            table.setWordWrap(False)
            table.verticalHeader().setVisible(False)
            table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
            header = table.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
            table.setToolTip(self.tr("Click a line to see its traffic"))
            table.cellClicked.connect(lambda r, _c, t=table: self._open(t, r))
            table.cellActivated.connect(lambda r, _c, t=table: self._open(t, r))
            column.addWidget(title)
            column.addWidget(table, 1)
            row.addLayout(column, 1)
            self.tables[key] = table

    def set_top(self, top: Mapping[str, Sequence[Mapping]] | None, lines: Mapping[str, Line]) -> None:
        for key, table in self.tables.items():
            entries = list((top or {}).get(key) or [])
            table.setRowCount(len(entries))
            write = self.writers[key]
            for r, entry in enumerate(entries):
                line_id = str(entry.get("lineId", ""))
                line = lines.get(line_id)
                holder = (line.alias or line.holder) if line is not None else ""
                name = QTableWidgetItem(" · ".join(x for x in (str(entry.get("msisdn", "")), holder) if x))
                name.setData(_LINE_ID, line_id)
                name.setToolTip(name.text())
                value = QTableWidgetItem(write(int(entry.get("value") or 0)))
                value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, 0, name)
                table.setItem(r, 1, value)

    def line_ids(self, key: str) -> list[str]:
        table = self.tables[key]
        return [table.item(r, 0).data(_LINE_ID) for r in range(table.rowCount())]

    def _open(self, table: QTableWidget, row: int) -> None:
        item = table.item(row, 0)
        if item is not None and item.data(_LINE_ID):
            self.lineOpened.emit(item.data(_LINE_ID))
