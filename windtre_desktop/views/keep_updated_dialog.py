"""Attivazione linee → "Tienimi aggiornato" (R-61): SMS or email at every stage of one activation, or no
messages, prefilled with the current choice (else the one made for another activation). The number or address
is checked as it is typed (domain/activations.py, the message naming the field and the rule) and nothing is
sent while it is wrong; a refusal by the server keeps the dialog open with what was typed and the server's
words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain.activations import (
    Activation,
    KeepUpdated,
    check_keep_updated,
    keep_updated_payload,
)
from windtre_desktop.widgets.accessibility import with_clear_button


class KeepUpdatedDialog(QDialog):
    submitted = Signal(dict)  # the request: {"activationId", "channel", "to"?}

    def __init__(self, activation: Activation, parent: QWidget | None = None,
                 suggestion: KeepUpdated | None = None) -> None:
        """`suggestion`: the choice made for another activation, offered when this one has none."""
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setMinimumWidth(460)
        self.activation = activation
        self.busy = False
        self.setWindowTitle(self.tr("Keep me updated · %1").replace("%1", activation.msisdn))
        intro = QLabel(self.tr("Get a message at every stage of the activation of line %1.")
                       .replace("%1", activation.msisdn), self)
        intro.setWordWrap(True)
        self.sms = QRadioButton(self.tr("By SMS"), self)
        self.email = QRadioButton(self.tr("By email"), self)
        self.none = QRadioButton(self.tr("No messages"), self)
        self.channels = QButtonGroup(self)
        for button in (self.sms, self.email, self.none):
            self.channels.addButton(button)
        self.to_label = QLabel(self)
        self.to = QLineEdit(self)
        with_clear_button(self.to)
        self.to_label.setBuddy(self.to)
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.send_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._send)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.sms)
        layout.addWidget(self.email)
        layout.addWidget(self.none)
        layout.addWidget(self.to_label)
        layout.addWidget(self.to)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        # the typed text of each channel is kept while the other is chosen
        self._typed = {"sms": "", "email": ""}
        keep = activation.keep_updated or suggestion
        channel = keep.channel if keep is not None else "sms"
        if keep is not None and keep.channel in self._typed:
            self._typed[keep.channel] = keep.to
        self._channel = channel
        {"sms": self.sms, "email": self.email}.get(channel, self.none).setChecked(True)
        self.to.setText(self._typed.get(channel, ""))
        self.channels.buttonToggled.connect(self._channel_toggled)
        self.to.textChanged.connect(self._check)
        self._show_channel()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        self._fit()

    def channel(self) -> str:
        return "sms" if self.sms.isChecked() else "email" if self.email.isChecked() else "none"

    def _channel_toggled(self, _button, checked: bool) -> None:
        if not checked:
            return
        if self._channel in self._typed:
            self._typed[self._channel] = self.to.text()
        self._channel = self.channel()
        self.to.blockSignals(True)
        self.to.setText(self._typed.get(self._channel, ""))
        self.to.blockSignals(False)
        self._show_channel()

    def _show_channel(self) -> None:
        channel = self.channel()
        needs_to = channel != "none"
        self.to_label.setVisible(needs_to)
        self.to.setVisible(needs_to)
        if channel == "sms":
            self.to_label.setText(self.tr("Mobile number:"))
            self.to.setPlaceholderText(self.tr("e.g. 347 123 4567"))
            self.to.setAccessibleName(self.tr("Mobile number"))
        elif channel == "email":
            self.to_label.setText(self.tr("Email:"))
            self.to.setPlaceholderText(self.tr("e.g. name@company.it"))
            self.to.setAccessibleName(self.tr("Email"))
        self._check()

    def problem(self) -> str:
        """What is wrong with the form now ("" when it may be sent), naming the field and the rule."""
        found = check_keep_updated(self.channel(), self.to.text())
        return found.render(QCoreApplication.translate) if found is not None else ""

    def _check(self) -> None:
        text = self.problem()
        # an empty field is not an error yet: the button waits for it
        quiet = self.channel() != "none" and not self.to.text().strip()
        self._say("" if quiet else text)
        self.send_button.setEnabled(not text and not self.busy)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self._fit()

    def _fit(self) -> None:
        """Grow to show every wrapped line (a dialog does not grow by itself when a message appears)."""
        layout = self.layout()
        layout.activate()
        wanted = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def _send(self) -> None:
        if self.busy:
            return
        text = self.problem()
        if text:
            self._say(text)
            return
        self.busy = True
        self.send_button.setEnabled(False)
        self.submitted.emit(keep_updated_payload(self.activation.id, self.channel(), self.to.text()))

    # --- the server's answer ---

    def refused(self, text: str) -> None:
        """The server said no (or could not be reached): the form stays as typed, with its words."""
        self.busy = False
        self._say(text)
        self.send_button.setEnabled(True)

    def done_with(self) -> None:
        self.busy = False
        self.accept()
