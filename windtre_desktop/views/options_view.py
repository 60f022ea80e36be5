"""Fai da te → Options (R-65): pick one SIM or up to ten numbers (a search over the company's mobile lines, the
chosen ones as a removable list; an eleventh is refused here, before anything is sent), the operation and the
option from the catalogue; "Check compatibility" shows a verdict per number; "Send request" is enabled only
when every chosen number is compatible and no request of the company is running (its progress is shown)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain import server_labels as sl
from windtre_desktop.domain.models import Line
from windtre_desktop.domain.options import (
    MAX_NUMBERS,
    CatalogueOption,
    Check,
    OptionRequest,
    check_selection,
    refuse_addition,
    send_refusal,
)
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets.line_picker import LinePicker
from windtre_desktop.widgets.lines_model import LinesTableModel
from windtre_desktop.widgets.tables import RowsModel, read_only_table

_ID_ROLE = Qt.ItemDataRole.UserRole


def _tr(message) -> str:  # noqa: ANN001 - a domain Message
    return message.render(QCoreApplication.translate)


class VerdictsModel(RowsModel):
    """One row per chosen number: number, ✓/✗, reason (the app's label for the code, else the server's words)."""

    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN001
        verdict = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return verdict.msisdn
            if index.column() == 1:
                return "✓" if verdict.compatible else "✗"
            if verdict.compatible:
                return QCoreApplication.translate("OptionsView", "Compatible")
            return sl.shown(sl.COMPATIBILITY_REASONS, verdict.reason_code, verdict.reason,
                            QCoreApplication.translate)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return verdict.reason or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class OptionsView(QWidget):
    checkRequested = Signal(str, str, list)  # option code, operation, line ids
    sendRequested = Signal(str, str, list)  # option code, operation, line ids (every one compatible)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: dict[str, Line] = {}
        self._chosen: list[str] = []
        self._wanted: dict | None = None  # a choice made before a session expired, set once its data is back
        self._catalogue: list[CatalogueOption] = []
        self._check: Check | None = None
        self._running: OptionRequest | None = None
        self._split_fitted = False

        self.picker = LinePicker(self)
        self.picker.company_button.hide()  # options are asked on chosen numbers, never on the whole company
        self.picker.table.setColumnHidden(LinesTableModel.COL_OFFER, True)  # the chosen list and verdicts say more
        self.picker.holder_max_chars = 16
        self.picker.table.doubleClicked.connect(lambda _index: self.add_current())
        self.add_button = QPushButton(self.tr("Add number"), self)
        self.add_button.clicked.connect(self.add_current)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.picker, 1)
        left_layout.addWidget(self.add_button)

        self.chosen_title = QLabel(self)
        self.chosen_title.setObjectName("stepTitle")
        self.chosen_list = QListWidget(self)
        self.chosen_list.setAccessibleName(self.tr("Chosen numbers"))
        self.chosen_list.setMaximumHeight(self.fontMetrics().height() * 7)
        self.remove_button = QPushButton(self.tr("Remove number"), self)
        self.remove_button.clicked.connect(self.remove_current)
        self.selection_error = QLabel(self)
        self.selection_error.setObjectName("errorText")
        self.selection_error.setWordWrap(True)
        self.selection_error.hide()

        self.activate = QRadioButton(self.tr("Activate"), self)
        self.deactivate = QRadioButton(self.tr("Deactivate"), self)
        self.activate.setChecked(True)
        self.operations = QButtonGroup(self)
        self.operations.addButton(self.activate)
        self.operations.addButton(self.deactivate)
        self.operations.buttonToggled.connect(lambda *_: self._edited())
        self.option_box = QComboBox(self)
        self.option_box.setAccessibleName(self.tr("Option"))
        self.option_box.currentIndexChanged.connect(lambda _i: self._edited())
        self.option_detail = QLabel(self)
        self.option_detail.setObjectName("hint")
        self.option_detail.setWordWrap(True)

        self.check_button = QPushButton(self.tr("Check compatibility"), self)
        self.check_button.clicked.connect(self._ask_check)
        self.verdicts_model = VerdictsModel((self.tr("Number"), self.tr("Compatible"), self.tr("Reason")), self)
        self.verdicts = read_only_table(self, self.tr("Compatibility of the chosen numbers"))
        self.verdicts.setSortingEnabled(False)
        self.verdicts.setModel(self.verdicts_model)
        self.verdicts.setMaximumHeight(self.fontMetrics().height() * 14)
        header = self.verdicts.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the reason takes what is left
        self.drop_button = QPushButton(self.tr("Drop the incompatible numbers"), self)
        self.drop_button.clicked.connect(self.drop_incompatible)
        self.drop_button.hide()
        self.send_button = QPushButton(self.tr("Send request"), self)
        self.send_button.clicked.connect(self._ask_send)
        self.send_note = QLabel(self)
        self.send_note.setObjectName("hint")
        self.send_note.setWordWrap(True)

        self.request_box = QGroupBox(self.tr("Option request"), self)
        self.request_text = QLabel(self.request_box)
        self.request_text.setWordWrap(True)
        self.progress = QProgressBar(self.request_box)
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Progress of the option request"))
        box_layout = QVBoxLayout(self.request_box)
        box_layout.addWidget(self.request_text)
        box_layout.addWidget(self.progress)
        self.request_box.hide()
        self.message = QLabel(self)
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.message.hide()

        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(12, 0, 0, 0)
        column.addWidget(self.chosen_title)
        column.addWidget(self.chosen_list)
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.selection_error)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        column.addWidget(line)
        row = QHBoxLayout()
        row.addWidget(self.activate)
        row.addWidget(self.deactivate)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.option_box)
        column.addWidget(self.option_detail)
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.verdicts)
        row = QHBoxLayout()
        row.addWidget(self.drop_button)
        row.addStretch(1)
        row.addWidget(self.send_button)
        column.addLayout(row)
        column.addWidget(self.send_note)
        column.addWidget(self.request_box)
        column.addWidget(self.message)
        column.addStretch(1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.splitter)
        self._refresh()

    # -- what the flows hand over ---------------------------------------------------------------------------
    def set_lines(self, lines: Sequence[Line], search_keys: Sequence[str] | None = None) -> None:
        self._lines = self.picker.set_mobile_lines(lines, search_keys)
        if not self._split_fitted and self._lines:
            self.picker.take_width_in(self.splitter)
            self._split_fitted = True
        kept = [line_id for line_id in self._chosen if line_id in self._lines]
        if kept != self._chosen:
            self._chosen = kept
            self._choice_changed()
        self._apply_wanted()

    def set_catalogue(self, options: Sequence[CatalogueOption]) -> None:
        current = self.option_code()
        self._catalogue = list(options)
        self.option_box.blockSignals(True)
        self.option_box.clear()
        for option in self._catalogue:
            self.option_box.addItem(self.tr("%1 — %2 a month").replace("%1", option.name).replace(
                "%2", formatting.euro(option.price_cents)), option.code)
        index = self.option_box.findData(current) if current else 0
        self.option_box.setCurrentIndex(max(0, index))
        self.option_box.blockSignals(False)
        self._choice_changed()
        self._apply_wanted()

    def choice(self) -> dict | None:
        """The option, operation and numbers chosen so far (None when no number is): kept across an expired
        session."""
        if self._wanted is not None:  # given back after an expiry and still waiting for its data: as it was
            return dict(self._wanted)
        if not self._chosen:
            return None
        return {"optionCode": self.option_code(), "operation": self.operation(), "lineIds": list(self._chosen)}

    def restore_choice(self, choice: dict) -> None:
        """The choice again, after the same user signed in anew: once the catalogue and the lines are back,
        unless the user changed the choice meanwhile."""
        self._wanted = dict(choice)
        self._apply_wanted()

    def _apply_wanted(self) -> None:
        wanted = self._wanted
        if wanted is None or not self._catalogue or not self._lines:
            return
        self._wanted = None
        index = self.option_box.findData(wanted["optionCode"])
        if index >= 0:
            self.option_box.setCurrentIndex(index)
        (self.deactivate if wanted["operation"] == "deactivate" else self.activate).setChecked(True)
        self._chosen = [line_id for line_id in wanted["lineIds"] if line_id in self._lines]
        self._choice_changed()

    def show_verdicts(self, check: Check) -> None:
        """The verdicts of a check; ignored when the choice moved on since it was asked."""
        if not check.matches(self.option_code(), self.operation(), self._chosen):
            return
        self._check = check
        self.verdicts_model.set_rows(check.verdicts)
        self._refresh()

    def set_running(self, request: OptionRequest | None) -> None:
        """The company's running request (None: none runs); a completed one is shown as done."""
        was_running = self._running
        self._running = request if request is not None and request.running else None
        if was_running is not None and self._running is None:  # it completed: the verdicts no longer hold
            self._check = None
            self.verdicts_model.set_rows([])
        if request is None:
            self.request_box.hide()
        else:
            self._show_request(request)
        self._refresh()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def running(self) -> OptionRequest | None:
        return self._running

    def reset(self) -> None:
        self._wanted = None  # a choice given back to the user who left is never applied to the next one's data
        self._lines = {}
        self.picker.set_lines([], [])
        self._chosen = []
        self._catalogue = []
        self.option_box.clear()
        self.activate.setChecked(True)  # as a new page starts
        self._check = None
        self._running = None
        self.verdicts_model.set_rows([])
        self.request_box.hide()
        self.show_message("")
        self.selection_error.hide()
        self._refresh()

    # -- the choice ----------------------------------------------------------------------------------------------
    def chosen(self) -> list[str]:
        return list(self._chosen)

    def option_code(self) -> str:
        return self.option_box.currentData() or ""

    def operation(self) -> str:
        return "deactivate" if self.deactivate.isChecked() else "activate"

    def add_current(self) -> None:
        line_id = self.picker.current_line_id()
        if line_id:
            self.add_number(line_id)

    def add_number(self, line_id: str) -> bool:
        """Add a number to the chosen ones; False, with the rule shown, when it may not join them."""
        problem = refuse_addition(self._chosen, line_id, MAX_NUMBERS)
        if problem is not None:
            self.selection_error.setText(_tr(problem))
            self.selection_error.show()
            return False
        self.selection_error.hide()
        self._chosen.append(line_id)
        self._edited()
        return True

    def remove_number(self, line_id: str) -> None:
        if line_id in self._chosen:
            self._chosen.remove(line_id)
            self.selection_error.hide()
            self._edited()

    def remove_current(self) -> None:
        item = self.chosen_list.currentItem()
        if item is not None:
            self.remove_number(item.data(_ID_ROLE))

    def drop_incompatible(self) -> None:
        """Keep only the numbers the last check found compatible (their verdicts stay valid)."""
        if self._check is None:
            return
        keep = tuple(v for v in self._check.verdicts if v.compatible)
        self._chosen = [v.line_id for v in keep]
        check = Check(self._check.option_code, self._check.operation, tuple(self._chosen), keep)
        self._edited()
        if keep:
            self.show_verdicts(check)

    def _edited(self) -> None:
        """The user changed the choice: a choice given back and still waiting gives way to it. (The page's own
        changes, when a choice is given back or a new page starts, come after that choice left `_wanted`, and
        a new catalogue is set with the box's signals blocked.)"""
        self._wanted = None
        self._choice_changed()

    def _choice_changed(self) -> None:
        if self._check is not None and not self._check.matches(self.option_code(), self.operation(), self._chosen):
            self._check = None
            self.verdicts_model.set_rows([])
        self.chosen_list.clear()
        for line_id in self._chosen:
            line = self._lines.get(line_id)
            text = f"{line.msisdn} — {line.holder}" if line is not None else line_id
            item = QListWidgetItem(text, self.chosen_list)
            item.setData(_ID_ROLE, line_id)
        option = next((o for o in self._catalogue if o.code == self.option_code()), None)
        if option is None:
            self.option_detail.setText(self.tr("Choose an option from the catalogue.") if self._catalogue else
                                       self.tr("Loading the catalogue…"))
        else:
            kind = sl.shown(sl.OPTION_KINDS, option.kind, option.kind, QCoreApplication.translate)
            self.option_detail.setText(self.tr("%1 · %2 a month · %3").replace("%1", kind).replace(
                "%2", formatting.euro(option.price_cents)).replace("%3", option.description))
        self._refresh()

    def _ask_check(self) -> None:
        problem = check_selection(self._chosen)
        text = _tr(problem) if problem is not None else (
            "" if self.option_code() else self.tr("Option: choose an option from the catalogue."))
        self.selection_error.setText(text)
        self.selection_error.setVisible(bool(text))
        if text:
            return
        self.show_message("")
        self.checkRequested.emit(self.option_code(), self.operation(), list(self._chosen))

    def _ask_send(self) -> None:
        if send_refusal(self._check, self.option_code(), self.operation(), self._chosen, self._running) is None:
            self.show_message("")
            self.send_button.setEnabled(False)  # until the answer: one click, one request
            self.sendRequested.emit(self.option_code(), self.operation(), list(self._chosen))

    def sending_ended(self) -> None:
        self._refresh()

    def _refresh(self) -> None:
        self.chosen_title.setText(self.tr("Chosen numbers: %1 of %2").replace(
            "%1", formatting.count(len(self._chosen))).replace("%2", formatting.count(MAX_NUMBERS)))
        self.remove_button.setEnabled(bool(self._chosen))
        self.add_button.setEnabled(bool(self._lines))
        self.check_button.setEnabled(bool(self._chosen) and bool(self.option_code()))
        refusal = send_refusal(self._check, self.option_code(), self.operation(), self._chosen, self._running)
        self.send_button.setEnabled(refusal is None)
        self.send_note.setText(_tr(refusal) if refusal is not None else self.tr(
            "Every chosen number is compatible: the request can be sent."))
        self.drop_button.setVisible(self._check is not None and bool(self._check.incompatible)
                                    and len(self._check.incompatible) < len(self._check.verdicts))

    def _show_request(self, request: OptionRequest) -> None:
        option = next((o.name for o in self._catalogue if o.code == request.option_code), request.option_code)
        operation = sl.shown(sl.OPTION_OPERATIONS, request.operation, request.operation, QCoreApplication.translate)
        numbers = formatting.count(len(request.line_ids))
        if request.running:
            text = self.tr("%1 of %2 on %3 numbers: running, expected by %4 (%5).")
        else:
            text = self.tr("%1 of %2 on %3 numbers: completed on %4 (%5).")
        when = formatting.timestamp(request.expected_at if request.running else request.completed_at)
        self.request_text.setText(text.replace("%1", operation).replace("%2", option).replace("%3", numbers)
                                  .replace("%4", when).replace("%5", request.id))
        self.progress.setValue(request.progress)
        self.request_box.show()
