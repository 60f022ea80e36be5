"""FatturaPA viewer (R-42): an electronic invoice (.xml, .xml.p7m in DER or base64) opened from disk or
dropped on the window, shown with our own stylesheet in Italian or English, its embedded attachments
listed and saved. Works offline; a damaged or hostile file gets a plain message, never a crash."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.i18n import formatting
from windtre_desktop.invoices import messages
from windtre_desktop.invoices.fatturapa import (
    MAX_SIZE,
    FatturaPA,
    FatturaPAError,
    load_fatturapa,
    render_html,
)
from windtre_desktop.widgets import theme


def _total(amount: str, currency: str) -> str:
    """The document total as the interface writes money, every digit of the file kept; another currency by
    its code. One piece: it never wraps."""
    text = formatting.money_text(amount) if currency == "EUR" else f"{formatting.number_text(amount)} {currency}"
    return text.replace(" ", "\u00a0")


class FatturaPAViewer(QDialog):
    def __init__(self, language: str = "it", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.fattura: FatturaPA | None = None
        self.setWindowTitle(self.tr("Electronic invoice (FatturaPA)"))
        self.resize(900, 700)
        self.setAcceptDrops(True)
        self.summary = QLabel(self.tr("Open a FatturaPA file (.xml or .xml.p7m), or drop it here."), self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)  # an invoice never navigates anywhere
        self.browser.setProperty("foreignText", True)  # the invoice's own words (smoke.texts leaves them out)
        # the files the invoice carries (Allegati), captioned, and shown only when there are some
        self.attachments_caption = QLabel(self.tr("Attachments in the invoice"), self)
        self.attachments_caption.setObjectName("hint")
        self.attachments = QListWidget(self)
        self.attachments.setMaximumHeight(90)
        self.attachments.setAccessibleName(self.tr("Attachments in the invoice"))
        self.save_button = QPushButton(self.tr("Save attachment…"), self)
        self.save_button.clicked.connect(self._choose_attachment_path)
        self.open_button = QPushButton(self.tr("Open another file…"), self)
        self.open_button.clicked.connect(self._choose_file)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.attachments_caption)
        layout.addWidget(self.attachments)
        layout.addLayout(buttons)
        self._update_buttons()

    def open_file(self, path: str | Path) -> bool:
        path = Path(path)
        try:
            with path.open("rb") as file:
                data = file.read(MAX_SIZE + 1)  # one byte over the limit is enough to refuse a huge file
        except OSError:
            self._show_error(self.tr("%1 cannot be read.").replace("%1", path.name))
            return False
        if len(data) > MAX_SIZE:
            too_large = messages.too_large(path.stat().st_size, MAX_SIZE)  # the file's size, not what was read
            self._show_error(f"{path.name}: {too_large.render(QCoreApplication.translate)}")
            return False
        return self.open_bytes(data, path.name)

    def open_bytes(self, data: bytes, name: str = "") -> bool:
        try:
            fattura = load_fatturapa(data)
        except FatturaPAError as error:
            self._show_error(f"{name}: {error.message.render(QCoreApplication.translate)}" if name
                             else error.message.render(QCoreApplication.translate))
            return False
        self.fattura = fattura
        self.error.hide()
        kind = self.tr("Credit note") if fattura.is_credit_note else self.tr("Invoice")
        facts = [f"<b>{kind} {fattura.number}</b>", formatting.day(fattura.date), fattura.document_type,
                 self.tr("seller: %1").replace("%1", fattura.seller.name),
                 self.tr("buyer: %1").replace("%1", fattura.buyer.name)]
        if fattura.total is not None:
            facts.append(self.tr("total: %1").replace("%1", _total(fattura.total, fattura.currency)))
        if fattura.signed:
            facts.append(self.tr("digitally signed (.p7m)"))
        self.summary.setText(" · ".join(f for f in facts if f))
        # the page's colours come from the palette, set before the HTML so its header cells follow the theme
        self.browser.document().setDefaultStyleSheet(theme.document_css(self.browser.palette()))
        self.browser.setHtml(render_html(fattura, self.language, formatting.fatturapa_style()))
        self.attachments.clear()
        for attachment in fattura.attachments():
            self.attachments.addItem(attachment.name)
        self.setWindowTitle(self.tr("Electronic invoice %1").replace("%1", fattura.number))
        self._update_buttons()
        return True

    def save_attachment(self, index: int, path: str | Path) -> Path:
        attachment = self.fattura.attachments()[index]
        Path(path).write_bytes(attachment.data)
        return Path(path)

    def _show_error(self, text: str) -> None:
        self.fattura = None
        self.error.setText(text)
        self.error.show()
        self.browser.clear()
        self.attachments.clear()
        self.summary.setText(self.tr("This file cannot be shown as an invoice."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_attachments = self.fattura is not None and self.attachments.count() > 0
        for widget in (self.attachments_caption, self.attachments, self.save_button):
            widget.setVisible(has_attachments)
        self.save_button.setEnabled(has_attachments)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open an electronic invoice"), "",
                                              self.tr("FatturaPA (*.xml *.p7m);;All files (*)"))
        if path:
            self.open_file(path)

    def _choose_attachment_path(self) -> None:
        row = max(self.attachments.currentRow(), 0)
        if self.fattura is None or row >= self.attachments.count():
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save attachment"), self.attachments.item(row).text())
        if path:
            self.save_attachment(row, path)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt naming
        urls = [url for url in event.mimeData().urls() if url.isLocalFile()]
        if urls:
            self.open_file(urls[0].toLocalFile())
        event.acceptProposedAction()
