"""Editor of a FILES field (the IMEI block's three scans, R-70): add by button or drag and drop,
say what each file is, see its type, size and page count, remove it. Every check is the domain's
(`domain.tickets.check_new_attachment`), made before anything is copied or sent.

Files are handed to `store_file(path, kind) -> path` when added: the app copies them into its
data dir, so a draft keeps its attachments even if the originals move.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain import tickets as tk
from windtre_desktop.domain.messages import Message
from windtre_desktop.i18n import formatting


def _text(message: Message | str | None) -> str:
    if isinstance(message, Message):
        return message.render(QCoreApplication.translate)
    return message or ""


def page_count(path: str) -> int | None:
    """Pages of a PDF (QtPdf), None when it cannot be read."""
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    if document.load(path) != QPdfDocument.Error.None_:
        return None
    return document.pageCount()


def readable(attachment: tk.Attachment) -> bool:
    """Whether a file whose first bytes say PDF, PNG or JPEG opens as one (QtPdf; the image header for
    pictures): a damaged file, or another one behind a borrowed signature, is refused before it is kept."""
    from PySide6.QtGui import QImageReader

    if attachment.media_type == "application/pdf":
        return page_count(attachment.path) is not None
    reader = QImageReader(attachment.path)
    return reader.canRead() and reader.size().isValid()


def read_attachment(path: str, kind: str) -> tk.Attachment:
    file = Path(path)
    with file.open("rb") as handle:
        head = handle.read(tk.MAGIC_BYTES_NEEDED)
    return tk.Attachment(kind=kind, path=str(file), size=file.stat().st_size, head=head, name=file.name)


class AttachmentsEditor(QWidget):
    """The value is a list of attachment dicts (domain.tickets.Attachment.to_dict)."""

    changed = Signal(list)

    def __init__(self, value: list | None, store_file: Callable[[str, str], str] | None = None,
                 parent: QWidget | None = None, blank_form: Callable[[], None] | None = None) -> None:
        """`blank_form()`: offers the blank IMEI block request form to print and fill in."""
        super().__init__(parent)
        self.setAcceptDrops(True)
        self._store_file = store_file
        self.attachments: list[tk.Attachment] = tk.attachments_of(value or [])
        self.kind = QComboBox(self)
        for kind in tk.IMEI_BLOCK_ATTACHMENTS:
            self.kind.addItem(_text(tk.ATTACHMENT_LABELS[kind]), kind.value)
        self.kind.setAccessibleName(self.tr("What the next file is"))
        self.add_button = QPushButton(self.tr("Add file…"), self)
        self.add_button.clicked.connect(self._choose)
        self.hint = QLabel(self.tr("PDF, JPEG or PNG; drop the files here or add them one by one."), self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.rows = QVBoxLayout()
        add_row = QHBoxLayout()
        add_row.addWidget(self.kind, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.rows)
        layout.addLayout(add_row)
        layout.addWidget(self.hint)
        self.form_button = QPushButton(self.tr("Blank IMEI block request form (PDF)…"), self)
        self.form_button.setObjectName("linkButton")
        self.form_button.setFlat(True)
        self.form_button.setVisible(blank_form is not None)
        if blank_form is not None:
            self.form_button.clicked.connect(blank_form)
        layout.addWidget(self.form_button)
        layout.addWidget(self.message)
        self._redraw()

    # --- adding and removing ---

    def add_file(self, path: str, kind: str | None = None) -> bool:
        """Checks the file against the rules and the files already there; True when it was added."""
        kind = kind or self.kind.currentData()
        try:
            candidate = read_attachment(path, kind)
        except OSError:
            self.message.setText(self.tr("Attachments: %1 cannot be read").replace("%1", Path(path).name))
            return False
        problem = tk.check_new_attachment(self.attachments, candidate)
        if problem is not None:
            self.message.setText(_text(problem))
            return False
        if not readable(candidate):
            self.message.setText(self.tr("Attachments: %1 cannot be opened as a %2 file: it may be damaged or "
                                         "another kind of file").replace(
                "%2", (candidate.media_type or "").split("/")[-1].upper()).replace("%1", candidate.filename))
            return False
        if self._store_file is not None:
            stored = self._store_file(candidate.path, kind)
            candidate = tk.Attachment(kind, stored, candidate.size, candidate.head, candidate.name)
        self.attachments.append(candidate)
        self.message.clear()
        self._redraw()
        self.changed.emit(self.value())
        return True

    def remove(self, index: int) -> None:
        del self.attachments[index]
        self.message.clear()
        self._redraw()
        self.changed.emit(self.value())

    def value(self) -> list[dict]:
        return [a.to_dict() for a in self.attachments]

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), "",
                                              self.tr("Documents (*.pdf *.jpg *.jpeg *.png)"))
        if path:
            self.add_file(path)

    # --- drag and drop ---

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt naming
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.add_file(url.toLocalFile())
        event.acceptProposedAction()

    # --- drawing ---

    def _redraw(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            layout = item.layout()
            while layout is not None and layout.count():
                widget = layout.takeAt(0).widget()
                if widget is not None:
                    widget.deleteLater()
        for index, attachment in enumerate(self.attachments):
            row = QHBoxLayout()
            label = tk.ATTACHMENT_LABELS.get(tk.AttachmentKind(attachment.kind)) if attachment.kind in \
                {k.value for k in tk.AttachmentKind} else attachment.kind
            details = f"{(attachment.media_type or '?').split('/')[-1].upper()}, {formatting.file_size(attachment.size)}"
            if attachment.media_type == "application/pdf":
                pages = page_count(attachment.path)
                if pages:
                    details += ", " + self.tr("%1 page(s)", "", pages).replace("%1", str(pages))
            thumbnail = QLabel(self)
            if attachment.media_type in ("image/png", "image/jpeg"):
                pixmap = QPixmap(attachment.path)
                if not pixmap.isNull():
                    thumbnail.setPixmap(pixmap.scaled(48, 48, Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))
            thumbnail.setFixedWidth(52)
            text = QLabel(f"<b>{_text(label)}</b>: {attachment.filename} ({details})", self)
            text.setTextFormat(Qt.TextFormat.RichText)
            row.addWidget(thumbnail)
            remove = QPushButton(self.tr("Remove"), self)
            remove.clicked.connect(lambda _=False, i=index: self.remove(i))
            row.addWidget(text, 1)
            row.addWidget(remove)
            self.rows.addLayout(row)
        used = {a.kind for a in self.attachments}
        for i in range(self.kind.count()):  # offer next the kind still missing
            if self.kind.itemData(i) not in used:
                self.kind.setCurrentIndex(i)
                break
        full = len(self.attachments) >= tk.MAX_FILES
        self.add_button.setEnabled(not full)
        self.kind.setEnabled(not full)
