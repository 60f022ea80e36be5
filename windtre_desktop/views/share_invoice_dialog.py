"""Share an invoice's PDF by e-mail through the server: the address checked here first (the message names
the field), then by the server; the dialog stays open with the answer's message on a refusal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from windtre_desktop.domain.validators import check_email, normalise_email
from windtre_desktop.widgets import theme


class ShareInvoiceDialog(QDialog):
    submitted = Signal(str)  # the normalised address

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setWindowTitle(self.tr("Share invoice %1").replace("%1", number))
        intro = QLabel(self.tr("The PDF of invoice %1 is sent by the server to this address. It is a copy "
                               "without fiscal validity.").replace("%1", number), self)
        intro.setWordWrap(True)
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(self.tr("name@company.it"))
        self.email.setAccessibleName(self.tr("E-mail"))
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet(f"color: {theme.tone('error').name()}")  # readable on either palette
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.send_button = self.buttons.addButton(self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.send_button.clicked.connect(self.send)
        form = QFormLayout()
        form.addRow(self.tr("E-mail"), self.email)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(460, 180)

    def send(self) -> None:
        problem = check_email(self.email.text())
        if problem is not None:
            self._show_error(problem.render(QCoreApplication.translate))
            return
        self.error.hide()
        self.send_button.setEnabled(False)
        self.send_button.setText(self.tr("Sending…"))
        self.submitted.emit(normalise_email(self.email.text()))

    def failed(self, failure) -> None:
        self.send_button.setEnabled(True)
        self.send_button.setText(self.tr("Send"))
        if failure.kind == "validation":
            self._show_error(self.tr("E-mail: %1").replace("%1", failure.message or self.tr("the address is not valid")))
        else:
            self._show_error(failure.message or self.tr("Not sent: the server cannot be reached. Try again later."))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
