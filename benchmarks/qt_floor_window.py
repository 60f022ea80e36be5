"""Second start-up baseline: the dashboard's widget set (menu, navigation list, filtered table of
250 rows, tiles, three painted gauges, status bar) in plain PySide6, with no app code, no store
and no data. It shows how much of the start-up is Qt's own cost for such a window."""

from __future__ import annotations

import sys
import time

START = time.perf_counter()

import os  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from paint_probe import FirstPaint  # noqa: E402
from PySide6.QtCore import QAbstractTableModel, QSortFilterProxyModel, Qt  # noqa: E402
from PySide6.QtGui import QAction, QColor, QPainter, QPen  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)


class Rows(QAbstractTableModel):
    def rowCount(self, parent=None):  # noqa: N802
        return 250

    def columnCount(self, parent=None):  # noqa: N802
        return 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return f"r{index.row()}c{index.column()}" if role == Qt.ItemDataRole.DisplayRole else None


class Gauge(QWidget):
    def paintEvent(self, _event):  # noqa: N802
        painter = QPainter(self)
        painter.setPen(QPen(QColor("#ff6a00"), 8))
        painter.drawArc(10, 10, 150, 150, 225 * 16, -200 * 16)
        painter.drawText(40, 80, "12,3 GB")
        painter.end()


app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1180, 760)
window.menuBar().addMenu("File").addAction(QAction("Quit", window))
central = QWidget()
row = QHBoxLayout(central)
nav = QListWidget()
for name in ("Dashboard", "Traffico", "Conto", "Prodotti", "Fai da te", "Richieste", "Notifiche", "Account"):
    nav.addItem(name)
row.addWidget(nav)
splitter = QSplitter()
left = QWidget()
left_layout = QVBoxLayout(left)
left_layout.addWidget(QLineEdit())
left_layout.addWidget(QPushButton("Tutta l'azienda"))
table = QTableView()
proxy = QSortFilterProxyModel()
rows = Rows()
proxy.setSourceModel(rows)
table.setModel(proxy)
left_layout.addWidget(table)
splitter.addWidget(left)
right = QWidget()
right_layout = QVBoxLayout(right)
for i in range(6):
    right_layout.addWidget(QLabel(f"tile {i}"))
gauges = QHBoxLayout()
for _ in range(3):
    gauges.addWidget(Gauge())
right_layout.addLayout(gauges)
splitter.addWidget(right)
row.addWidget(splitter)
window.setCentralWidget(central)
window.statusBar().addWidget(QLabel("ok"))
window.statusBar().addPermanentWidget(QProgressBar())
probe = FirstPaint(START)
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
