"""Prodotti → Giga Smart Share (R-50) with Gestione GSS (R-60): the packages (model/view, filtered by text,
smooth at 500 packages), the chosen package's pooled use as a gauge and its SIMs with the data each used and
its remaining credit ("Visualizza"), and the four actions. The view says what the user asked
(`packageChosen`, `actionRequested(kind, package)`, `simViewRequested(package, sim)`); flows/products.py
loads and acts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain import server_labels
from windtre_desktop.domain.products import GssListing, GssPackage, GssSim
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets.accessibility import with_clear_button
from windtre_desktop.widgets.gauge import CounterGauge
from windtre_desktop.widgets.tables import SORT_ROLE, RowsModel, read_only_table, sorting_proxy

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ACTIONS = ("plan", "referent", "extra", "move")  # Gestione GSS
SETTLE_MS = 200
LIST_MAX_PX = 560


class PackagesModel(RowsModel):
    def __init__(self, headers: Sequence[str], type_labels: Mapping[str, str], parent=None) -> None:
        super().__init__(headers, parent)
        self.type_labels = dict(type_labels)

    @property
    def packages(self) -> list[GssPackage]:
        return self.rows

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        package = self.packages[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(package, column)
        if role == SORT_ROLE:
            return (package.id, package.type, package.sim_count, package.giga_plan, package.extra_giga,
                    package.used_share, package.device_count, package.referent_phone)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 4, 5, 6):
            return _RIGHT
        return None

    def text(self, package: GssPackage, column: int) -> str:
        if column == 0:
            return package.id
        if column == 1:
            return self.type_labels.get(package.type, package.type)
        if column == 2:
            return f"{formatting.count(package.sim_count)}/{formatting.count(package.max_sims)}"
        if column == 3:
            return formatting.count(package.giga_plan)
        if column == 4:
            return formatting.count(package.extra_giga)
        if column == 5:
            return f"{formatting.count(round(package.used_share * 100))}%"
        if column == 6:
            return formatting.count(package.device_count)
        return package.referent_phone


class SimsModel(RowsModel):
    @property
    def sims(self) -> list[GssSim]:
        return self.rows

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        sim = self.sims[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            holder = f"{sim.holder} ({sim.alias})" if sim.alias else sim.holder
            credit = formatting.euro(sim.credit_cents) if sim.credit_cents is not None else "–"
            return (sim.msisdn, holder, formatting.data_amount(sim.used_bytes), credit)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return f"{sim.holder} ({sim.alias})" if sim.alias else sim.holder  # whole, where the column elides it
        if role == SORT_ROLE:
            return (sim.msisdn, sim.holder.casefold(), sim.used_bytes,
                    -1 if sim.credit_cents is None else sim.credit_cents)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 3):
            return _RIGHT
        return None


class GssView(QWidget):
    packageChosen = Signal(object)  # GssPackage: its SIMs are wanted (once the choice has settled)
    actionRequested = Signal(str, object)  # one of ACTIONS, the GssPackage
    simViewRequested = Signal(object, object)  # GssPackage, GssSim ("Visualizza")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.listing = GssListing(())
        self.sims_of = ""  # the package whose SIMs are shown
        type_labels = server_labels.rendered(server_labels.GSS_TYPES, QCoreApplication.translate)
        self.model = PackagesModel([self.tr("Package ID"), self.tr("Type"), self.tr("SIMs"), self.tr("Giga/month"),
                                    self.tr("Extra Giga"), self.tr("Used"), self.tr("Devices"),
                                    self.tr("Referent")], type_labels, self)
        self.proxy = sorting_proxy(self.model, self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search package, type or referent"))
        self.search.setAccessibleName(self.tr("Search packages"))
        with_clear_button(self.search)
        self.search.textChanged.connect(self._filter)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("hint")
        self.table = read_only_table(self, self.tr("Giga Smart Share packages"))
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        # extra Giga, devices and referent are in the chosen package's details: the list keeps what tells
        # packages apart at a glance, whole, at 1280 pixels (the search still finds a referent's number)
        for column in (4, 6, 7):
            self.table.setColumnHidden(column, True)

        self.heading = QLabel(self.tr("Choose a package to see its SIMs."), self)
        self.heading.setObjectName("stepTitle")
        self.heading.setWordWrap(True)  # a long package type wraps rather than squeeze the package list
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.gauge = CounterGauge(self.tr("Pooled Giga"), self)
        self.sims_model = SimsModel([self.tr("Number"), self.tr("Holder"), self.tr("Data used"),
                                     self.tr("Remaining credit")], self)
        self.sims_proxy = sorting_proxy(self.sims_model, self)
        self.sims_table = read_only_table(self, self.tr("SIMs of the package"))
        self.sims_table.setModel(self.sims_proxy)
        sims_header = self.sims_table.horizontalHeader()
        sims_header.setStretchLastSection(False)
        sims_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the holder gives way, not the numbers
        self.sims_table.doubleClicked.connect(lambda _index: self._view_sim())
        self.view_button = QPushButton(self.tr("View"), self)
        self.view_button.setToolTip(self.tr("Data used and remaining credit of the chosen SIM"))
        self.view_button.clicked.connect(self._view_sim)
        self.action_buttons: dict[str, QPushButton] = {}
        names = {"plan": self.tr("Change Giga…"), "referent": self.tr("Change referent…"),
                 "extra": self.tr("Add extra Giga…"), "move": self.tr("Move SIMs…")}
        for action in ACTIONS:
            button = QPushButton(names[action], self)
            button.clicked.connect(lambda _=False, a=action: self._ask(a))
            self.action_buttons[action] = button
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        # arrowing down the list moves the choice row by row: the SIMs are asked once it has settled, so the
        # network thread is not queued a request per row passed
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._ask_sims)
        self._build_layout()
        self._show_package(None)

    def _build_layout(self) -> None:
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count_label)
        left_column.addLayout(bar)
        left_column.addWidget(self.table, 1)

        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(self.heading)
        top = QHBoxLayout()
        top.addWidget(self.gauge)
        top.addWidget(self.facts, 1)
        column.addLayout(top)
        management = QLabel(self.tr("GSS management"), self)
        management.setObjectName("stepTitle")
        column.addWidget(management)
        grid = QGridLayout()
        for i, action in enumerate(ACTIONS):
            grid.addWidget(self.action_buttons[action], i // 2, i % 2)
        column.addLayout(grid)
        sims_head = QHBoxLayout()
        sims_title = QLabel(self.tr("SIMs"), self)
        sims_title.setObjectName("stepTitle")
        sims_head.addWidget(sims_title)
        sims_head.addStretch(1)
        sims_head.addWidget(self.view_button)
        column.addLayout(sims_head)
        column.addWidget(self.sims_table, 1)
        column.addWidget(self.status)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        self.list_pane = left
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(splitter)

    def _fit_list(self) -> None:
        """The package list at least as wide as its visible columns (up to LIST_MAX_PX): the splitter gives
        the details the rest. Measured on the model, so it holds whether or not the tab was shown yet."""
        table, header = self.table, self.table.horizontalHeader()
        columns = sum(max(header.sectionSizeHint(c), table.sizeHintForColumn(c))
                      for c in range(header.count()) if not header.isSectionHidden(c))
        wanted = columns + table.verticalScrollBar().sizeHint().width() + 2 * table.frameWidth() + 2
        self.list_pane.setMinimumWidth(min(wanted, LIST_MAX_PX))

    # --- data in ---

    def set_listing(self, listing: GssListing) -> None:
        """New packages (after a load or an action): the chosen one stays chosen."""
        chosen = self.current_package()
        self.listing = listing
        self.model.set_rows(listing.packages)
        self._update_count()
        self._fit_list()
        if chosen is not None and self.select_package(chosen.id):
            return
        if listing.packages:
            self.select_package(self.proxy.index(0, 0).data())
        else:
            self._show_package(None)

    def set_sims(self, package_id: str, sims: Sequence[GssSim]) -> None:
        if package_id != self.current_package_id():
            return
        self.sims_of = package_id
        self.sims_model.set_rows(sims)
        self.view_button.setEnabled(bool(sims))
        self.action_buttons["move"].setEnabled(bool(sims))

    def show_message(self, text: str) -> None:
        self.status.setText(text)

    # --- what is chosen ---

    def current_package(self) -> GssPackage | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.packages[self.proxy.mapToSource(index).row()]

    def current_package_id(self) -> str:
        package = self.current_package()
        return package.id if package is not None else ""

    def package(self, package_id: str) -> GssPackage | None:
        return next((p for p in self.listing.packages if p.id == package_id), None)

    def select_package(self, package_id: str) -> bool:
        for row, package in enumerate(self.model.packages):
            if package.id == package_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if not index.isValid():
                    return False
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
                self._show_package(package)
                return True
        return False

    def current_sims(self) -> list[GssSim]:
        return list(self.sims_model.sims)

    def selected_sims(self) -> list[GssSim]:
        rows = {self.sims_proxy.mapToSource(i).row() for i in self.sims_table.selectionModel().selectedRows()}
        return [self.sims_model.sims[r] for r in sorted(rows)]

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        package = self.current_package() if current.isValid() else None
        if package is not None and package.id != self.sims_of:
            self.sims_of = ""
            self.sims_model.set_rows([])
            self._settle.start()
        self._show_package(package)

    def _ask_sims(self) -> None:
        package = self.current_package()
        if package is not None and package.id != self.sims_of:
            self.packageChosen.emit(package)

    def reset(self) -> None:
        """Another session: no package, no SIM of the last one left in the widgets."""
        self._settle.stop()
        self.listing = GssListing(())
        self.sims_of = ""
        self.sims_model.set_rows([])
        self.model.set_rows([])
        self.search.clear()
        self.status.clear()
        self._update_count()
        self._show_package(None)

    def _show_package(self, package: GssPackage | None) -> None:
        for button in self.action_buttons.values():
            button.setEnabled(package is not None)
        loaded = package is not None and self.sims_of == package.id and bool(self.sims_model.sims)
        self.view_button.setEnabled(loaded)
        self.action_buttons["move"].setEnabled(loaded)  # the SIMs to move are chosen from the loaded ones
        if package is None:
            self.heading.setText(self.tr("Choose a package to see its SIMs."))
            self.facts.clear()
            self.gauge.set_values(None, "–", "", "")
            return
        type_label = self.model.type_labels.get(package.type, package.type)
        self.heading.setText(self.tr("Package %1 · %2").replace("%1", package.id).replace("%2", type_label))
        unit = formatting.data_unit(package.pooled_bytes)
        left = max(package.pooled_bytes - package.used_bytes, 0)
        self.gauge.set_values(min(package.used_share, 1.0), formatting.data_amount(left, unit), self.tr("left"),
                              self.tr("used %1 of %2").replace("%1", formatting.data_amount(package.used_bytes, unit))
                              .replace("%2", formatting.data_amount(package.pooled_bytes, unit)))
        facts = [
            self.tr("%1 Giga a month + %2 extra Giga").replace("%1", formatting.count(package.giga_plan))
            .replace("%2", formatting.count(package.extra_giga)),
            self.tr("%1 of at most %2 SIMs").replace("%1", formatting.count(package.sim_count))
            .replace("%2", formatting.count(package.max_sims)),
            self.tr("%1 associated devices").replace("%1", formatting.count(package.device_count)),
            self.tr("Referent: %1").replace("%1", package.referent_phone or "–"),
        ]
        if package.thresholds_sent:
            facts.append(self.tr("Thresholds reached this month: %1").replace(
                "%1", ", ".join(f"{formatting.count(t)}%" for t in package.thresholds_sent)))
        self.facts.setText("\n".join(facts))

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        text = self.tr("%1 packages").replace("%1", formatting.count(total)) if shown == total else \
            self.tr("%1 of %2 packages").replace("%1", formatting.count(shown)).replace("%2", formatting.count(total))
        self.count_label.setText(text)

    # --- actions ---

    def _ask(self, action: str) -> None:
        package = self.current_package()
        if package is not None:
            self.actionRequested.emit(action, package)

    def _view_sim(self) -> None:
        package = self.current_package()
        sims = self.selected_sims() or self.current_sims()[:1]
        if package is not None and sims:
            self.simViewRequested.emit(package, sims[0])
