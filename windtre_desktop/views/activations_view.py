"""Fai da te → Attivazione linee (R-61): the company's fixed lines being activated, one row each (number,
address, request and expected dates, progress drawn as a bar), and the chosen one in full below: its offer,
a progress bar, every
stage with the day it was reached, and the current "Tienimi aggiornato" choice with the button that changes
it. "No line being activated" when none is. The view says what the user asked (`keepUpdatedRequested`);
flows/activations.py loads and sends."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain import server_labels
from windtre_desktop.domain.activations import Activation
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets.progress_delegate import PROGRESS_ROLE, ProgressDelegate
from windtre_desktop.widgets.tables import SORT_ROLE, RowsModel, read_only_table, sorting_proxy

_Index = QModelIndex | QPersistentModelIndex
PROGRESS_WIDTH = 120


class ActivationsModel(RowsModel):
    def __init__(self, headers: Sequence[str], stage_labels: dict[str, str], parent=None) -> None:
        super().__init__(headers, parent)
        self.stage_labels = stage_labels

    @property
    def activations(self) -> list[Activation]:
        return self.rows

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        activation = self.activations[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (activation.msisdn, activation.address, formatting.day(activation.requested_at[:10]),
                    formatting.day(activation.expected_at[:10]), f"{formatting.count(activation.progress)}%")[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return activation.address
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return self.stage_labels.get(activation.stage, activation.stage)
        if role == PROGRESS_ROLE and column == 4:
            return activation.progress
        if role == SORT_ROLE:
            return (activation.msisdn, activation.address, activation.requested_at, activation.expected_at,
                    activation.progress)[column]
        return None


class ActivationsView(QWidget):
    keepUpdatedRequested = Signal(object)  # Activation: "Keep me updated…" was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage_labels = server_labels.rendered(server_labels.ACTIVATION_STAGES, QCoreApplication.translate)
        self.model = ActivationsModel(
            [self.tr("Number"), self.tr("Address"), self.tr("Requested on"), self.tr("Expected on"),
             self.tr("Progress")], self.stage_labels, self)
        self.proxy = sorting_proxy(self.model, self)
        self.table = read_only_table(self, self.tr("Fixed lines being activated"))
        self.table.setModel(self.proxy)
        self.table.setItemDelegateForColumn(4, ProgressDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the address takes what is left
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(4, PROGRESS_WIDTH)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

        self.intro = QLabel(self.tr("The company's fixed lines being activated, with the progress of each. "
                                    "Choose a line to see its stages and to be kept updated by SMS or email."),
                            self)
        self.intro.setObjectName("hint")
        self.intro.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.message.hide()
        self.empty = QLabel(self.tr("No line being activated"), self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading = QLabel(self.tr("Loading the activations…"), self)
        self.loading.setObjectName("hint")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.detail = self._build_detail()
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.loading)
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.message)
        layout.addWidget(self.stack, 1)
        self.loaded = False
        self._show(None)

    def _build_detail(self) -> QWidget:
        detail = QWidget(self)
        self.detail_title = QLabel(detail)
        self.detail_title.setObjectName("stepTitle")
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address_label = QLabel(detail)
        self.address_label.setWordWrap(True)
        self.offer_label = QLabel(detail)
        self.dates_label = QLabel(detail)
        self.dates_label.setWordWrap(True)
        self.progress = QProgressBar(detail)
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Activation progress"))
        self.stages_grid = QGridLayout()
        self.stages_grid.setHorizontalSpacing(16)
        self.stage_rows: list[tuple[QLabel, QLabel]] = []
        self.keep_label = QLabel(detail)
        self.keep_label.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("Keep me updated…"), detail)
        self.keep_button.setToolTip(self.tr("Get an SMS or an email at every stage of this activation"))
        self.keep_button.clicked.connect(self._ask_keep_updated)
        form = QFormLayout()
        form.addRow(self.tr("Address:"), self.address_label)
        form.addRow(self.tr("Offer:"), self.offer_label)
        form.addRow(self.tr("Dates:"), self.dates_label)
        stages_title = QLabel(self.tr("Stages"), detail)
        stages_title.setObjectName("stepTitle")
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        facts = QVBoxLayout()
        facts.addWidget(self.detail_title)
        facts.addLayout(form)
        facts.addWidget(self.progress)
        facts.addSpacing(6)
        facts.addWidget(self.keep_label)
        facts.addLayout(buttons)
        facts.addStretch(1)
        stages = QVBoxLayout()
        stages.addWidget(stages_title)
        stages.addLayout(self.stages_grid)
        stages.addStretch(1)
        columns = QHBoxLayout(detail)
        columns.setContentsMargins(0, 8, 0, 0)
        columns.addLayout(facts, 3)
        columns.addSpacing(16)
        columns.addLayout(stages, 2)
        return detail

    # --- data in ---

    def set_activations(self, activations: Sequence[Activation]) -> None:
        current = self.current_activation_id()
        self.loaded = True
        self.model.set_rows(activations)
        self.stack.setCurrentIndex(1 if activations else 2)
        if not activations:
            self._show(None)
            return
        if not (current and self.select_activation(current)):
            self.table.selectRow(0)
        self._show(self.current_activation())

    def update_activation(self, activation: Activation) -> None:
        """One activation as the server answered a change."""
        rows = [activation if a.id == activation.id else a for a in self.model.activations]
        self.set_activations(rows)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if text and not self.loaded:  # the first load failed: no "loading" left spinning in the middle
            self.loading.setText(self.tr("The activations could not be loaded. Refresh (F5) to try again."))

    def loading_again(self) -> None:
        """A new load: the middle says so again if nothing was shown yet."""
        self.loading.setText(self.tr("Loading the activations…"))

    def reset(self) -> None:
        self.loaded = False
        self.loading_again()
        self.model.set_rows([])
        self.stack.setCurrentIndex(0)
        self.show_message("")
        self._show(None)

    # --- queries ---

    def activations(self) -> list[Activation]:
        return list(self.model.activations)

    def current_activation(self) -> Activation | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.activations[self.proxy.mapToSource(index).row()]

    def current_activation_id(self) -> str:
        current = self.current_activation()
        return current.id if current else ""

    def select_activation(self, activation_id: str) -> bool:
        for row, activation in enumerate(self.model.activations):
            if activation.id == activation_id:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return True
        return False

    def is_empty_state(self) -> bool:
        return self.stack.currentWidget() is self.empty

    # --- showing one ---

    def _on_current(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self._show(self.current_activation())

    def _show(self, activation: Activation | None) -> None:
        self.detail.setEnabled(activation is not None)
        self.keep_button.setEnabled(activation is not None)
        if activation is None:
            for label in (self.detail_title, self.address_label, self.offer_label, self.dates_label,
                          self.keep_label):
                label.clear()
            self.progress.setValue(0)
            self._set_stages(None)
            return
        self.detail_title.setText(self.tr("Line %1").replace("%1", activation.msisdn))
        self.address_label.setText(activation.address)
        self.offer_label.setText(activation.offer_name or activation.offer_code)
        self.dates_label.setText(self.tr("requested on %1, expected on %2")
                                 .replace("%1", formatting.day(activation.requested_at[:10]))
                                 .replace("%2", formatting.day(activation.expected_at[:10])))
        self.progress.setValue(activation.progress)
        self.progress.setFormat(f"{formatting.count(activation.progress)}%")
        self._set_stages(activation)
        self.keep_label.setText(self.keep_text(activation))

    def keep_text(self, activation: Activation) -> str:
        keep = activation.keep_updated
        if keep is None:
            return self.tr("Updates: none. You are not told when this line moves to the next stage.")
        if keep.channel == "sms":
            return self.tr("Updates: an SMS to %1 at every stage.").replace("%1", keep.to)
        return self.tr("Updates: an email to %1 at every stage.").replace("%1", keep.to)

    def _set_stages(self, activation: Activation | None) -> None:
        stages = activation.stages if activation else ()
        while len(self.stage_rows) < len(stages):
            name, when = QLabel(self.detail), QLabel(self.detail)
            row = len(self.stage_rows)
            self.stages_grid.addWidget(name, row, 0)
            self.stages_grid.addWidget(when, row, 1)
            self.stage_rows.append((name, when))
        for row, (name, when) in enumerate(self.stage_rows):
            if row >= len(stages):
                name.hide()
                when.hide()
                continue
            stage = stages[row]
            label = self.stage_labels.get(stage.code, stage.code)
            mark = "✓" if stage.reached else "○"
            name.setText(f"{mark} {label} ({formatting.count(stage.percent)}%)")
            when.setText(formatting.timestamp(stage.reached_at) if stage.reached else self.tr("not yet"))
            name.setEnabled(stage.reached)
            when.setEnabled(stage.reached)
            name.show()
            when.show()

    def stage_texts(self) -> list[tuple[str, str]]:
        """The stages as shown: (name, when), for tests and the smoke tour."""
        return [(n.text(), w.text()) for n, w in self.stage_rows if not n.isHidden()]

    def _ask_keep_updated(self) -> None:
        activation = self.current_activation()
        if activation is not None:
            self.keepUpdatedRequested.emit(activation)
