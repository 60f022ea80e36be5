"""Prodotti → Mobile (R-22): a mobile line's details, with its PIN and PUK masked and revealed on request.
The codes are asked of the server only when "Mostra" is clicked (`simCodesRequested(line_id)`), kept in
the fields' memory only, and forgotten when another line is chosen or the session ends."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from windtre_desktop.domain.models import Line
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets.line_picker import LinePicker
from windtre_desktop.widgets.lines_model import LinesTableModel
from windtre_desktop.widgets.secret_field import SecretField


class ProductsMobileView(QWidget):
    simCodesRequested = Signal(str)  # line id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: dict[str, Line] = {}
        self._line_id = ""
        self.picker = LinePicker(self)
        self.picker.company_button.hide()  # the details belong to one line
        self.picker.table.setColumnHidden(LinesTableModel.COL_OFFER, True)
        self.picker.holder_max_chars = 16  # the chosen line's holder is written in full beside
        self._split_fitted = False
        self.picker.lineSelected.connect(self.show_line)

        self.title = QLabel(self.tr("Choose a line to see its details."), self)
        self.title.setObjectName("stepTitle")
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (("msisdn", self.tr("Number")), ("holder", self.tr("Holder")),
                           ("offer", self.tr("Offer")), ("status", self.tr("Status")),
                           ("payment", self.tr("Payment")), ("credit", self.tr("Remaining credit")),
                           ("account", self.tr("Billing account"))):
            value = QLabel(self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            form.addRow(label, value)
        self.pin = SecretField("PIN", self)
        self.puk = SecretField("PUK", self)
        self.pin.revealRequested.connect(self._ask_codes)
        self.puk.revealRequested.connect(self._ask_codes)
        form.addRow("PIN", self.pin)
        form.addRow("PUK", self.puk)
        self.codes_note = QLabel(self.tr("PIN and PUK are asked of the server when you show them; they are "
                                         "never saved on this computer."), self)
        self.codes_note.setObjectName("hint")
        self.codes_note.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()

        detail = QWidget(self)
        column = QVBoxLayout(detail)
        column.setContentsMargins(12, 0, 0, 0)
        column.addWidget(self.title)
        column.addLayout(form)
        column.addWidget(self.codes_note)
        column.addWidget(self.error)
        column.addStretch(1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.picker)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.splitter)
        self._fill(None)

    def set_lines(self, lines: Sequence[Line], search_keys: Sequence[str] | None = None) -> None:
        self._lines = self.picker.set_mobile_lines(lines, search_keys)
        if not self._split_fitted and self._lines:
            self.picker.take_width_in(self.splitter)
            self._split_fitted = True
        if self._line_id and self._line_id not in self._lines:
            self.show_line("")  # the line is gone
        if not self._line_id and self._lines:  # a first line's details at once, not an empty page
            self.picker.select_line(next(iter(self._lines)))

    def line_id(self) -> str:
        return self._line_id

    def show_line(self, line_id: str) -> None:
        if line_id != self._line_id:
            self.pin.forget()
            self.puk.forget()
            self.error.hide()
        self._line_id = line_id
        self._fill(self._lines.get(line_id))

    def show_codes(self, line_id: str, pin: str, puk: str) -> None:
        if line_id == self._line_id:
            self.pin.reveal(pin)
            self.puk.reveal(puk)

    def show_codes_failed(self, line_id: str, message: str) -> None:
        if line_id == self._line_id:
            self.pin.forget()
            self.puk.forget()
            self.error.setText(message)
            self.error.show()

    def forget_codes(self) -> None:
        self.pin.forget()
        self.puk.forget()

    def _ask_codes(self) -> None:
        if self._line_id:
            self.pin.set_busy()
            self.puk.set_busy()
            self.error.hide()
            self.simCodesRequested.emit(self._line_id)

    def _fill(self, line: Line | None) -> None:
        for widget in (self.pin, self.puk):
            widget.setEnabled(line is not None)
        if line is None:
            self.title.setText(self.tr("Choose a line to see its details."))
            for value in self.fields.values():
                value.clear()
            return
        self.title.setText(line.msisdn)
        holder = f"{line.holder} ({line.alias})" if line.alias else line.holder
        texts = {
            "msisdn": line.msisdn, "holder": holder, "offer": line.offer_name,
            "status": self.tr("Active") if line.status == "active" else self.tr("Suspended"),
            "payment": self.tr("Prepaid") if line.payment_type == "prepaid" else self.tr("Subscription"),
            "credit": formatting.euro(line.credit_cents) if line.credit_cents is not None else "–",
            "account": line.billing_account_id,
        }
        for key, value in self.fields.items():
            value.setText(texts[key])
