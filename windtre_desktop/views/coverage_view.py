"""Fai da te → Copertura (R-23): two links, to the operator's national coverage check and to its abroad
(roaming) coverage page, opened in the system browser. No endpoint is involved."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from windtre_desktop.domain.coverage import ABROAD_COVERAGE_URL, NATIONAL_COVERAGE_URL


class CoverageView(QWidget):
    linkOpened = Signal(str)  # the address handed to the system browser

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(self.tr("Check the network's coverage on the operator's site: it opens in your browser."),
                       self)
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.national = QPushButton(self.tr("Coverage in Italy…"), self)
        self.national.setToolTip(NATIONAL_COVERAGE_URL)
        self.national.setAccessibleDescription(
            self.tr("Opens the national coverage map (fixed and mobile network, by address) in the browser"))
        self.national.clicked.connect(lambda: self.open(NATIONAL_COVERAGE_URL))
        national_note = QLabel(self.tr("Fibre, 4G and 5G coverage at an address in Italy."), self)
        national_note.setObjectName("hint")
        self.abroad = QPushButton(self.tr("Coverage abroad…"), self)
        self.abroad.setToolTip(ABROAD_COVERAGE_URL)
        self.abroad.setAccessibleDescription(
            self.tr("Opens the international roaming page (coverage by country) in the browser"))
        self.abroad.clicked.connect(lambda: self.open(ABROAD_COVERAGE_URL))
        abroad_note = QLabel(self.tr("Roaming coverage and operators in the country you travel to."), self)
        abroad_note.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addWidget(self.national, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(national_note)
        layout.addSpacing(12)
        layout.addWidget(self.abroad, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(abroad_note)
        layout.addStretch(1)

    def open(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))
        self.linkOpened.emit(url)
