"""The call detail of an invoice (R-41): its CSV shown as a table (a model over the rows read, so 100,000 calls
open at once), with a count and "Save as…"."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain import server_labels
from windtre_desktop.files import write_atomically
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets.save_dialog import ask_save_path


def read_rows(data: bytes) -> list[list[str]]:
    """The CSV's rows; the separator (";" as Italian spreadsheets write it, or ",") found from the header."""
    text = data.decode("utf-8-sig", errors="replace")
    header = text.split("\n", 1)[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    rows = []
    try:
        for row in csv.reader(io.StringIO(text), delimiter=delimiter):
            if row:
                rows.append(row)
    except csv.Error:  # a broken row (e.g. a field beyond csv's size limit): the rows before it are shown
        pass
    return rows


def _duration(value: str) -> str:
    try:
        seconds = int(value)
    except ValueError:
        return value
    return formatting.duration(seconds) if seconds else "–"


def _amount(value: str) -> str:
    try:
        return formatting.euro(int(value))
    except ValueError:
        return value


def _kind(value: str) -> str:
    """The CSV has a code ("voice_national"…); an unknown one is shown as written."""
    return server_labels.shown(server_labels.CALL_KINDS, value, value, QCoreApplication.translate)


_Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# columns shown formatted (amounts and durations aligned right); every other column is shown as the CSV has it
SHOWN = {"date": formatting.day, "durationSeconds": _duration, "amountCents": _amount, "kind": _kind}
ALIGNED_RIGHT = {"durationSeconds", "amountCents"}


class CallDetailModel(QAbstractTableModel):
    """The CSV's rows as read, formatted only when a cell is drawn: 100,000 calls cost no more to open than
    the few dozen on screen (a QTableWidget item per cell took seconds)."""

    def __init__(self, header: list[str], labels: dict[str, str], body: list[list[str]], parent=None) -> None:
        super().__init__(parent)
        self._header = header
        self._titles = [labels.get(name, name) for name in header]
        self._formats = [SHOWN.get(name) for name in header]
        self._right = [name in ALIGNED_RIGHT for name in header]
        self._body = body

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._body)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._header)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._titles[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            row = self._body[index.row()]
            value = row[column] if column < len(row) else ""  # a short row leaves its last cells empty
            show = self._formats[column]
            return show(value) if show else value
        if role == Qt.ItemDataRole.TextAlignmentRole and self._right[column]:
            return RIGHT
        return None


class CallDetailDialog(QDialog):
    def __init__(self, data: bytes, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.data, self.name = data, name
        self.setWindowTitle(self.tr("Call detail · %1").replace("%1", name))
        rows = read_rows(data)
        header, body = (rows[0], rows[1:]) if rows else ([], [])
        labels = {"date": self.tr("Date"), "time": self.tr("Time"), "line": self.tr("Line"),
                  "number": self.tr("Number called"), "kind": self.tr("Kind"),
                  "durationSeconds": self.tr("Duration"), "amountCents": self.tr("Amount")}
        self.model = CallDetailModel(header, labels, body, self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Calls and sessions"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        rows_header = self.table.verticalHeader()
        rows_header.setVisible(False)
        rows_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no row measured one by one
        rows_header.setDefaultSectionSize(self.fontMetrics().height() + 8)
        columns = self.table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setStretchLastSection(True)
        self.table.resizeColumnsToContents()  # once, from a sample of rows (the header's precision)
        count = self.model.rowCount()
        self.count = QLabel(self.tr("%1 calls and sessions", "", count).replace("%1", formatting.count(count)), self)
        self.status = QLabel(self)
        save = QPushButton(self.tr("Save as…"), self)
        save.clicked.connect(self.save_as_dialog)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(save)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 600)

    def rows(self) -> int:
        return self.model.rowCount()

    def save_to(self, path: str | Path) -> None:
        """Writes the CSV as downloaded, byte for byte (files.write_atomically: never a half-written file)."""
        write_atomically(path, self.data)

    def _ask_save_path(self) -> str:
        return ask_save_path(self, self.tr("Save the call detail"), self.name, self.tr("CSV files (*.csv)"), "csv")

    def save_as_dialog(self) -> None:
        path = self._ask_save_path()
        if not path:
            return
        try:
            self.save_to(path)
        except OSError as error:
            self.status.setText(self.tr("Not saved: %1").replace("%1", error.strerror or str(error)))
            return
        self.status.setText(self.tr("Saved in %1").replace("%1", path))
