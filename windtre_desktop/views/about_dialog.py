"""Help › About: the app's version and licence, and the licences of the third-party software it ships,
read from the installed distributions (`windtre_desktop.licences`): a searchable list and the chosen
one's licence text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop import __version__, licences
from windtre_desktop.widgets.accessibility import with_clear_button


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About"))
        self.resize(820, 560)
        self.title = title = QLabel(self.tr("WINDTRE Business desktop %1").replace("%1", __version__), self)
        title.setObjectName("viewTitle")
        summary = QLabel(self.tr("The business customer area on your desktop.") + "\n"
                         + self.tr("Licence of this app: %1").replace("%1", licences.app_licence()), self)
        summary.setWordWrap(True)
        heading = QLabel(self.tr("Third-party software included, with its licence:"), self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name or licence"))
        with_clear_button(self.search)
        self.search.setAccessibleName(self.tr("Search the third-party software"))
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Third-party software"))
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Licence text"))
        self.entries = licences.third_party()
        for entry in self.entries:
            item = QListWidgetItem(f"{entry.name} {entry.version} — {entry.licence}")
            item.setData(Qt.ItemDataRole.UserRole, entry)
            item.setToolTip(item.text())
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._show_entry)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.list, 1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addWidget(self.text, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addWidget(heading)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def _show_entry(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.text.clear()
            return
        entry: licences.Licence = item.data(Qt.ItemDataRole.UserRole)
        header = f"{entry.name} {entry.version}\n" + self.tr("Licence: %1").replace("%1", entry.licence)
        body = entry.text or self.tr("This package ships no licence file; its licence is the one named above.")
        self.text.setPlainText(f"{header}\n\n{body}")
