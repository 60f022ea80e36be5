"""An invoice's PDF in its own window: the in-app viewer under the reminder that a PDF has no fiscal
validity (R-42)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from windtre_desktop.widgets.pdf_viewer import PdfViewer


class PdfWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.notice = QLabel(self.tr("A copy without fiscal validity: the fiscal invoice is the electronic one "
                                     "delivered through the Sistema di Interscambio."), self)
        self.notice.setObjectName("hint")
        self.notice.setWordWrap(True)
        self.viewer = PdfViewer(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.notice)
        layout.addWidget(self.viewer, 1)
        self.resize(1000, 1000)

    def load(self, data: bytes, name: str) -> bool:
        self.setWindowTitle(self.tr("Invoice %1").replace("%1", name.removesuffix(".pdf")))
        return self.viewer.load_bytes(data, name)
