"""Fai da te → Servizi Mobile and Servizi a Sovrapprezzo (R-66), one view per category ("mobile": technical and
content services; "premium": services that cost extra): pick a mobile line, see its services of the category
(name, kind, price, active), check the change of the chosen one (on when off, off when on), then make it. A
premium activation first asks an explicit confirmation that states its cost; declining sends nothing."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from windtre_desktop.domain import server_labels as sl
from windtre_desktop.domain.models import Line
from windtre_desktop.domain.options import Service, ServiceCheck, operation_for, service_refusal
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets.line_picker import LinePicker
from windtre_desktop.widgets.lines_model import LinesTableModel
from windtre_desktop.widgets.tables import SORT_ROLE, RowsModel, read_only_table, sorting_proxy


class ServicesModel(RowsModel):
    def data(self, index, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN001
        service: Service = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return service.name
            if column == 1:
                return sl.shown(sl.SERVICE_KINDS, service.kind, service.kind, QCoreApplication.translate)
            if column == 2:
                return formatting.euro(service.price_cents) if service.price_cents is not None else "–"
            return (QCoreApplication.translate("ServicesView", "Active") if service.active
                    else QCoreApplication.translate("ServicesView", "Not active"))
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return service.description
        if role == SORT_ROLE:
            return (service.name.casefold(), service.kind, service.price_cents or 0, service.active)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ServicesView(QWidget):
    lineChosen = Signal(str)  # line id: its services are wanted
    checkRequested = Signal(str, str, str)  # line id, service code, operation
    changeRequested = Signal(str, str, str, bool)  # line id, service code, operation, premium confirmed

    def __init__(self, category: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category = category  # "mobile" | "premium"
        self._lines: dict[str, Line] = {}
        self._line_id = ""
        self._services_line = ""  # the line whose services the table shows (none asked yet, or on their way: "")
        self._check: ServiceCheck | None = None
        self._wanted: dict | None = None  # a choice made before a session expired, set once its data is back
        self._split_fitted = False

        self.picker = LinePicker(self)
        self.picker.company_button.hide()
        self.picker.table.setColumnHidden(LinesTableModel.COL_OFFER, True)
        self.picker.holder_max_chars = 16
        self.picker.lineSelected.connect(self._line_selected)

        self.title = QLabel(self.tr("Choose a mobile line to see its services."), self)
        self.title.setObjectName("stepTitle")
        self.intro = QLabel(self)
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        self.intro.setText(self.tr("Technical and content services of the line.") if category == "mobile" else
                           self.tr("Premium services cost extra, charged on the line's invoice or credit."))
        self.model = ServicesModel((self.tr("Service"), self.tr("Kind"), self.tr("Price a month"),
                                    self.tr("Status")), self)
        self.proxy = sorting_proxy(self.model, self)
        self.table = read_only_table(self, self.tr("Services of the line"))
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by name, as the header says
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(self._service_selected)
        self.description = QLabel(self)
        self.description.setObjectName("hint")
        self.description.setWordWrap(True)
        self.check_button = QPushButton(self.tr("Check"), self)
        self.check_button.clicked.connect(self._ask_check)
        self.change_button = QPushButton(self.tr("Activate"), self)
        self.change_button.clicked.connect(self._ask_change)
        widest = max(self.change_button.fontMetrics().horizontalAdvance(text)
                     for text in (self.tr("Activate"), self.tr("Deactivate")))
        self.change_button.setMinimumWidth(widest + 32)  # its text changes with the chosen service
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)

        self.confirm_box = QFrame(self)
        self.confirm_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.confirm_text = QLabel(self.confirm_box)
        self.confirm_text.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Confirm and activate"), self.confirm_box)
        self.confirm_button.clicked.connect(self._confirmed)
        self.decline_button = QPushButton(self.tr("Cancel"), self.confirm_box)
        self.decline_button.clicked.connect(self.decline)
        confirm_layout = QVBoxLayout(self.confirm_box)
        confirm_layout.addWidget(self.confirm_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.decline_button)
        row.addWidget(self.confirm_button)
        confirm_layout.addLayout(row)
        self.confirm_box.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()

        detail = QWidget(self)
        column = QVBoxLayout(detail)
        column.setContentsMargins(12, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addWidget(self.table, 1)
        column.addWidget(self.description)
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addWidget(self.change_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.verdict)
        column.addWidget(self.confirm_box)
        column.addWidget(self.message)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.picker)
        self.splitter.addWidget(detail)
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
        if self._line_id and self._line_id not in self._lines:
            self._line_selected("")
        self._apply_wanted()

    def line_id(self) -> str:
        return self._line_id

    def select_line(self, line_id: str) -> bool:
        return self.picker.select_line(line_id)

    def set_services(self, line_id: str, services: Sequence[Service]) -> None:
        """The line's services (the view keeps those of its category); the chosen one stays chosen."""
        if line_id != self._line_id:
            return
        current = self.current_service()
        self._services_line = line_id
        self.model.set_rows([s for s in services if s.category == self.category])
        self.table.resizeColumnsToContents()
        if current is not None:
            self.select_service(current.code)
        self._refresh()
        self._apply_wanted()

    def choice(self) -> dict | None:
        """The line and the service chosen (None when no line is): kept across an expired session."""
        if self._wanted is not None:  # given back after an expiry and still waiting for its data: as it was
            return dict(self._wanted)
        if not self._line_id:
            return None
        service = self.current_service()
        return {"lineId": self._line_id, "code": service.code if service is not None else ""}

    def restore_choice(self, choice: dict) -> None:
        """The choice again, after the same user signed in anew: the line once the lines are back, then the
        service once that line's services are. It gives way to another line picked meanwhile."""
        self._wanted = dict(choice)
        self._apply_wanted()

    def _apply_wanted(self) -> None:
        wanted = self._wanted
        if wanted is None or wanted["lineId"] not in self._lines:
            return
        if self._line_id != wanted["lineId"]:
            self.picker.select_line(wanted["lineId"])  # its services are asked for; the service follows them
            return
        if self._services_line != wanted["lineId"]:
            return  # on their way, or refused: F5 asks again
        self._wanted = None  # they came (with the service or without): the choice is made as far as it can be
        if wanted["code"]:
            self.select_service(wanted["code"])

    def show_check(self, line_id: str, check: ServiceCheck) -> None:
        service = self.current_service()
        if line_id != self._line_id or service is None or service.code != check.code:
            return
        self._check = check
        if check.compatible:
            self.verdict.setObjectName("hint")
            self.verdict.setText(self.tr("✓ Possible on this line."))
        else:
            reason = sl.shown(sl.COMPATIBILITY_REASONS, check.reason_code, check.reason, QCoreApplication.translate)
            self.verdict.setObjectName("errorText")
            self.verdict.setText(self.tr("✗ Not possible: %1.").replace("%1", reason))
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        self._refresh()

    def show_message(self, text: str, error: bool = True) -> None:
        self.message.setObjectName("errorText" if error else "hint")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def reset(self) -> None:
        self._wanted = None  # a choice given back to the user who left is never applied to the next one's data
        self._lines = {}
        self._line_id = ""
        self._services_line = ""
        self.picker.set_lines([], [])
        self.model.set_rows([])
        self._check = None
        self.verdict.clear()
        self.confirm_box.hide()
        self.show_message("")
        self.title.setText(self.tr("Choose a mobile line to see its services."))
        self._refresh()

    # -- choosing --------------------------------------------------------------------------------------------------
    def services(self) -> list[Service]:
        return list(self.model.rows)

    def current_service(self) -> Service | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.rows[self.proxy.mapToSource(index).row()]

    def select_service(self, code: str) -> bool:
        for row, service in enumerate(self.model.rows):
            if service.code == code:
                self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
                return True
        return False

    def _line_selected(self, line_id: str) -> None:
        if line_id == self._line_id:
            return
        if self._wanted is not None and line_id != self._wanted["lineId"]:
            self._wanted = None  # the user picked another line: the choice given back gives way to it
        self._line_id = line_id
        self._services_line = ""
        self.model.set_rows([])
        self._check = None
        self.verdict.clear()
        self.confirm_box.hide()
        self.show_message("")
        line = self._lines.get(line_id)
        self.title.setText(f"{line.msisdn} — {line.offer_name}" if line is not None else
                           self.tr("Choose a mobile line to see its services."))
        self._refresh()
        if line_id:
            self.lineChosen.emit(line_id)

    def _service_selected(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        service = self.current_service()
        if self._check is not None and (service is None or service.code != self._check.code):
            self._check = None
            self.verdict.clear()
        self.confirm_box.hide()
        self.description.setText(service.description if service is not None else "")
        self._refresh()

    def _ask_check(self) -> None:
        service = self.current_service()
        if service is not None and self._line_id:
            self.show_message("")
            self.checkRequested.emit(self._line_id, service.code, operation_for(service))

    def _ask_change(self) -> None:
        service = self.current_service()
        if service is None or service_refusal(service, operation_for(service), self._check) is not None:
            return
        if service.premium and not service.active:
            line = self._lines.get(self._line_id)
            price = formatting.euro(service.price_cents or 0)
            self.confirm_text.setText(self.tr(
                "“%1” is a premium service: it costs %2 a month in addition to the offer of %3. Activate it?"
            ).replace("%1", service.name).replace("%2", price).replace("%3", line.msisdn if line else self._line_id))
            self.confirm_box.show()
            self.change_button.setEnabled(False)
            return
        self._send(service, False)

    def _confirmed(self) -> None:
        service = self.current_service()
        self.confirm_box.hide()
        if service is not None:
            self._send(service, True)

    def decline(self) -> None:
        """The premium confirmation declined: nothing is sent."""
        self.confirm_box.hide()
        self.show_message(self.tr("Nothing was activated."), error=False)
        self._refresh()

    def _send(self, service: Service, confirmed: bool) -> None:
        self.change_button.setEnabled(False)  # until the answer: one click, one change
        self.changeRequested.emit(self._line_id, service.code, operation_for(service), confirmed)

    def change_ended(self) -> None:
        self._check = None
        self.verdict.clear()
        self._refresh()

    def _refresh(self) -> None:
        service = self.current_service()
        self.check_button.setEnabled(service is not None)
        if service is None:
            self.change_button.setText(self.tr("Activate"))
            self.change_button.setEnabled(False)
            return
        self.change_button.setText(self.tr("Deactivate") if service.active else self.tr("Activate"))
        self.change_button.setEnabled(service_refusal(service, operation_for(service), self._check) is None
                                      and not self.confirm_box.isVisible())
