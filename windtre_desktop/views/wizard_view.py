"""Draws a Qt-free `domain.wizard.Wizard`: one page per step, its fields, live errors, Back/Next,
the busy state while the server works, and "send the code again" with its countdown.

The view owns no rules: every check, every transition and every kept value lives in the
wizard; the view only reflects it after each change (`refresh`). Server actions leave as
`actionRequested(ActionRequest)`; their answers come back through `action_succeeded` /
`action_failed`.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain.messages import Message
from windtre_desktop.domain.wizard import ActionRequest, Field, FieldKind, StepStatus, Wizard
from windtre_desktop.widgets import theme

_DATE_IT = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")


def text_of(message: Message | str | None) -> str:
    if message is None:
        return ""
    if isinstance(message, Message):
        return message.render(QCoreApplication.translate)
    return str(message)


def date_to_iso(text: str) -> str:
    """"12/03/1945" (how Italians write it) → "1945-03-12"; anything else is passed on for the wizard to judge."""
    match = _DATE_IT.match(text)
    if not match:
        return text.strip()
    day, month, year = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def iso_to_date(value: str) -> str:
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})$", value or "")
    return f"{match.group(3)}/{match.group(2)}/{match.group(1)}" if match else (value or "")


class _FieldRow:
    """The editor of one field, its error line and (for new passwords) the live checklist."""

    def __init__(self, field: Field, editor: QWidget, error: QLabel, checklist: QLabel | None) -> None:
        self.field = field
        self.editor = editor
        self.error = error
        self.checklist = checklist


class WizardView(QWidget):
    actionRequested = Signal(object)  # ActionRequest
    finished = Signal()
    cancelled = Signal()
    valuesChanged = Signal()  # a value, the step or the state changed: time to save a draft

    def __init__(self, wizard: Wizard, parent: QWidget | None = None, store_file=None, blank_form=None,
                 suggestions=None) -> None:
        """`store_file(path, kind) -> path`: where a FILES field keeps its files (the app's data dir);
        `blank_form()`: offers the blank form those files start from (the IMEI block request);
        `suggestions`: {field name: [(value, detail)]} offered in a popup while typing in that text field."""
        super().__init__(parent)
        self.wizard = wizard
        self.suggestions = dict(suggestions or {})
        self.store_file = store_file
        self.blank_form = blank_form
        self._rows: dict[str, _FieldRow] = {}
        self._shown_step = ""

        self.title = QLabel(text_of(wizard.title), self)
        self.title.setObjectName("viewTitle")
        self.step_title = QLabel(self)
        self.step_title.setObjectName("stepTitle")
        self.step_count = QLabel(self)
        self.step_count.setObjectName("viewSubtitle")
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.page = QWidget(self)
        self.form = QFormLayout(self.page)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.page)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.general_error = QLabel(self)
        self.general_error.setObjectName("errorText")
        self.general_error.setWordWrap(True)
        self.general_error.setAccessibleName(self.tr("Error"))
        self.busy_label = QLabel(self.tr("Please wait…"), self)
        self.busy_label.setObjectName("hint")

        self.resend_button = QPushButton(self.tr("Send the code again"), self)
        self.resend_button.clicked.connect(self._resend)
        self.resend_timer = QTimer(self)
        self.resend_timer.setInterval(1000)
        self.resend_timer.timeout.connect(self._update_resend)

        self.back_button = QPushButton(self.tr("Back"), self)
        self.next_button = QPushButton(self.tr("Next"), self)
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.cancel_button.clicked.connect(self._cancel)

        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.busy_label)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.step_count)
        layout.addWidget(self.step_title)
        layout.addWidget(self.description)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.resend_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        self.refresh()

    # --- answers from the server ---

    def action_succeeded(self, request_id: int, result: dict) -> None:
        if self.wizard.succeeded(result, request_id=request_id):
            self.refresh()

    def action_failed(self, request_id: int, message: Message | str, field: str | None = None,
                      retry_after: float | None = None) -> None:
        if self.wizard.failed(message, field, request_id=request_id, retry_after=retry_after):
            self.refresh()

    # --- drawing ---

    def refresh(self) -> None:
        wizard = self.wizard
        if wizard.step_id != self._shown_step:
            self._build_page()
        busy = wizard.busy
        errors = wizard.shown_errors()
        for name, row in self._rows.items():
            row.editor.setEnabled(not busy)
            problem = errors.get(name)
            row.error.setText(text_of(problem))
            row.error.setVisible(problem is not None)
            if row.checklist is not None:
                rules = wizard.checklist(name)
                met, unmet = theme.tone("ok").name(), theme.tone("error").name()  # readable on either palette
                row.checklist.setText("<br>".join(
                    f"<span style='color:{met if rule.met else unmet}'>{'✔' if rule.met else '✘'}</span> "
                    f"{html.escape(text_of(rule.label))}" for rule in rules))
        server = wizard.server_error
        general = server is not None and server.field is None
        self.general_error.setText(text_of(server.message) if general else "")
        self.general_error.setVisible(general)
        self.busy_label.setVisible(busy)
        self.back_button.setEnabled(wizard.can_back())
        self.back_button.setVisible(bool(wizard.history) and wizard.step.can_go_back)
        final = wizard.is_final
        self.next_button.setText(self.tr("Close") if final else self.tr("Next"))
        # Next stays pressable on a page with missing values (pressing it shows every problem); it is
        # off while busy and after a refusal on a field that has not been changed (no same wrong code twice)
        self.next_button.setEnabled(final or (not busy and (wizard.can_next() or wizard.status is StepStatus.INVALID)))
        self.cancel_button.setVisible(not final)
        self._show_position()  # a choice on this page may change the path ahead, and with it the total
        self._update_resend()

    def _show_position(self) -> None:
        number, total = self.wizard.position()
        self.step_count.setText(self.tr("Step %1 of %2").replace("%1", str(number)).replace("%2", str(total)))

    def _build_page(self) -> None:
        wizard = self.wizard
        step = wizard.step
        self._shown_step = wizard.step_id
        while self.form.rowCount():
            self.form.removeRow(0)
        self._rows.clear()
        self.step_title.setText(text_of(step.title))
        self._show_position()
        description = wizard.description()
        self.description.setText(text_of(description))
        self.description.setVisible(description is not None)
        first_editor: QWidget | None = None
        for field in step.fields:
            editor = self._editor_for(field)
            # one box per field: editor, hint, error and checklist stay together and wrap at full width
            box = QWidget(self.page)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 4)
            box_layout.setSpacing(2)
            box_layout.addWidget(editor)
            if field.hint is not None:
                hint = QLabel(text_of(field.hint), box)
                hint.setObjectName("hint")
                hint.setWordWrap(True)
                box_layout.addWidget(hint)
            error = QLabel(box)
            error.setObjectName("errorText")
            error.setWordWrap(True)
            error.hide()
            box_layout.addWidget(error)
            checklist = None
            if field.live_rules:
                checklist = QLabel(box)
                checklist.setTextFormat(Qt.TextFormat.RichText)
                checklist.setAccessibleName(self.tr("Password rules"))
                box_layout.addWidget(checklist)
            if field.kind in (FieldKind.CHECKBOX, FieldKind.INFO):
                self.form.addRow(box)
            else:
                self.form.addRow(text_of(field.label), box)
            if field.has_value:
                self._rows[field.name] = _FieldRow(field, editor, error, checklist)
                first_editor = first_editor or editor
        self.resend_button.setVisible(bool(step.resend))
        if step.resend:
            self.resend_timer.start()
        else:
            self.resend_timer.stop()
        if first_editor is not None:
            first_editor.setFocus()

    def _editor_for(self, field: Field) -> QWidget:
        value = self.wizard.value(field.name)
        label = text_of(field.label)
        if field.kind is FieldKind.INFO:
            info = QLabel(label, self.page)
            info.setWordWrap(True)
            info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            return info
        if field.kind is FieldKind.FILES:
            from windtre_desktop.widgets.attachments_editor import AttachmentsEditor

            files = AttachmentsEditor(value if isinstance(value, list) else [], self.store_file, self.page,
                                      self.blank_form)
            files.changed.connect(lambda items, n=field.name: self._changed(n, items))
            files.setAccessibleName(label)
            return files
        if field.kind is FieldKind.CHECKBOX:
            box = QCheckBox(label, self.page)
            box.setChecked(bool(value))
            box.toggled.connect(lambda checked, n=field.name: self._changed(n, checked))
            return box
        if field.kind is FieldKind.CHOICE:
            combo = QComboBox(self.page)
            combo.addItem("—", "")
            for key, choice_label in field.choices:
                combo.addItem(text_of(choice_label), key)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.currentIndexChanged.connect(lambda _i, n=field.name, c=combo: self._changed(n, c.currentData()))
            combo.setAccessibleName(label)
            return combo
        line = QLineEdit(self.page)
        line.setAccessibleName(label)
        line.setObjectName(f"field_{field.name}")
        if field.kind in (FieldKind.PASSWORD, FieldKind.CODE):  # a PUK or a code received is a secret too
            from windtre_desktop.widgets.reveal_toggle import masked_with_toggle

            masked_with_toggle(line)
        if field.kind is FieldKind.DATE:
            line.setPlaceholderText(self.tr("DD/MM/YYYY"))
            line.setText(iso_to_date(str(value)))
            line.textChanged.connect(lambda text, n=field.name: self._changed(n, date_to_iso(text)))
        else:
            line.setText(str(value or ""))
            line.textChanged.connect(lambda text, n=field.name: self._changed(n, self._typed(n, text)))
        # Enter goes on through the dialog's default button (Next); a returnPressed handler as well would
        # press Next twice, the second time on the page just opened
        if self.suggestions.get(field.name):
            from windtre_desktop.widgets import suggestions

            suggestions.attach(line, self.suggestions[field.name])
            line.setPlaceholderText(self.tr("Type to choose from the list, or type it in full"))
        return line

    def _typed(self, name: str, text: str) -> str:
        if self.suggestions.get(name):
            from windtre_desktop.widgets.suggestions import value_of

            return value_of(text)
        return text

    def set_suggestions(self, suggestions) -> None:
        """New lists for the popups; a text field on the page now gets its popup at once."""
        self.suggestions = dict(suggestions or {})
        for name, row in self._rows.items():
            if self.suggestions.get(name) and isinstance(row.editor, QLineEdit):
                from windtre_desktop.widgets import suggestions as popup

                popup.attach(row.editor, self.suggestions[name])

    def editor(self, name: str) -> QWidget:
        """The editor of a field of the current step (tests and keyboard helpers)."""
        return self._rows[name].editor

    # --- user actions ---

    def _changed(self, name: str, value) -> None:
        if self.wizard.set_value(name, value):
            self.refresh()
            self.valuesChanged.emit()

    def _next(self) -> None:
        if self.wizard.is_final:
            self.finished.emit()
            return
        request = self.wizard.next()
        self.refresh()
        self.valuesChanged.emit()
        if isinstance(request, ActionRequest):
            self.actionRequested.emit(request)

    def _back(self) -> None:
        if self.wizard.back():
            self.refresh()
            self.valuesChanged.emit()

    def _cancel(self) -> None:
        self.wizard.cancel()
        self.cancelled.emit()

    def _resend(self) -> None:
        request = self.wizard.resend()
        self.refresh()
        if request is not None:
            self.actionRequested.emit(request)

    def _update_resend(self) -> None:
        if not self.wizard.step.resend:
            return
        wait = self.wizard.seconds_until_resend()
        self.resend_button.setEnabled(self.wizard.can_resend())
        self.resend_button.setText(
            self.tr("Send the code again") if wait == 0
            else self.tr("Send the code again (in %1 s)").replace("%1", str(wait))
        )
