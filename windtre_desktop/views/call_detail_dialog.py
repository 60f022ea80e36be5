"""The call detail of an invoice (R-41): its CSV shown as a table, with a count and "Save as…"."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.files import write_atomically
from windtre_desktop.widgets import formatting
from windtre_desktop.widgets.save_dialog import ask_save_path


def read_rows(data: bytes) -> list[list[str]]:
    """The CSV's rows; the separator (";" as Italian spreadsheets write it, or ",") found from the header."""
    text = data.decode("utf-8-sig", errors="replace")
    header = text.split("\n", 1)[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    return [row for row in csv.reader(io.StringIO(text), delimiter=delimiter) if row]


def _duration(value: str) -> str:
    try:
        seconds = int(value)
    except ValueError:
        return value
    return f"{seconds // 60}:{seconds % 60:02d}" if seconds else "–"


def _amount(value: str) -> str:
    try:
        return formatting.euro(int(value))
    except ValueError:
        return value


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
        shown = {"durationSeconds": _duration, "amountCents": _amount}
        self.table = QTableWidget(len(body), len(header), self)
        self.table.setHorizontalHeaderLabels([labels.get(name, name) for name in header])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, row in enumerate(body):
            for c, value in enumerate(row[: len(header)]):
                show = shown.get(header[c])
                item = QTableWidgetItem(show(value) if show else value)
                if show:
                    item.setTextAlignment(right)
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.count = QLabel(self.tr("%1 calls and sessions").replace("%1", str(len(body))), self)
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
        return self.table.rowCount()

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
