"""The small dialog that edits a line's own label and note (an employee's name, a cost centre), kept locally
and never sent: it only collects the words, the fleet flow stores them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain.fleet_table import FleetRow

LABEL_MAX_CHARS = 80
NOTE_MAX_CHARS = 1000


class LabelDialog(QDialog):
    def __init__(self, row: FleetRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line_id = row.line_id
        self.setWindowTitle(self.tr("Label and note"))
        holder = f"{row.holder} ({row.alias})" if row.alias else row.holder
        self.heading = QLabel(" · ".join(part for part in (row.number, holder) if part), self)
        self.heading.setWordWrap(True)
        self.label = QLineEdit(row.label, self)
        self.label.setMaxLength(LABEL_MAX_CHARS)
        self.label.setPlaceholderText(self.tr("e.g. the employee's name or a cost centre"))
        self.label.setAccessibleName(self.tr("Label"))
        self.label.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.label.placeholderText()) + 24)
        self.note = QPlainTextEdit(row.note, self)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        privacy = QLabel(self.tr("Kept on this computer only: never sent to WINDTRE."), self)
        privacy.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(privacy)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)

    def values(self) -> tuple[str, str]:
        """The label and note as typed, stripped; the note at most NOTE_MAX_CHARS characters."""
        return self.label.text().strip(), self.note.toPlainText().strip()[:NOTE_MAX_CHARS]
