"""The "Fai da te" section (R-23, R-61…R-67): a list of the self-service pages on the left, the chosen page on
the right. Each page is its own view module; this one only places them, hands them the company's lines and
says when the section cannot work (offline: every page needs the server)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.views.activations_view import ActivationsView
from windtre_desktop.views.auto_recharge_view import AutoRechargeView
from windtre_desktop.views.coverage_view import CoverageView
from windtre_desktop.views.online_recharge_view import OnlineRechargeView
from windtre_desktop.views.options_view import OptionsView
from windtre_desktop.views.promotions_view import PromotionsView
from windtre_desktop.views.services_view import ServicesView
from windtre_desktop.views.sim_history_view import SimHistoryView

GSS_LINK = "gss"  # "Gestione GSS" is a Fai da te entry of the portal; here it lives in Prodotti


class SelfServiceSection(QWidget):
    pageShown = Signal(str)  # the page's key
    gssRequested = Signal()  # "Gestione GSS": show Prodotti › Giga Smart Share

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.menu = QListWidget(self)  # made before the pages: Tab reaches the menu, then the page beside it
        self.activations = ActivationsView(self)
        self.sim_history = SimHistoryView(self)
        self.promotions = PromotionsView(self)
        self.online_recharge = OnlineRechargeView(self)
        self.options = OptionsView(self)
        self.mobile_services = ServicesView("mobile", self)
        self.premium_services = ServicesView("premium", self)
        self.auto_recharge = AutoRechargeView(self)
        self.coverage = CoverageView(self)
        # the portal's names and order (R-61…)
        self.pages: dict[str, tuple[str, QWidget]] = {
            "activations": (self.tr("Line activations"), self.activations),
            "sim_history": (self.tr("SIM associations"), self.sim_history),
            "promotions": (self.tr("Promotions"), self.promotions),
            "online_recharge": (self.tr("Online recharge"), self.online_recharge),
            "options": (self.tr("Options"), self.options),
            "mobile_services": (self.tr("Mobile services"), self.mobile_services),
            "premium_services": (self.tr("Premium services"), self.premium_services),
            "auto_recharge": (self.tr("Automatic recharge"), self.auto_recharge),
            "coverage": (self.tr("Coverage"), self.coverage),
        }
        title = QLabel(self.tr("Self-service"), self)
        title.setObjectName("viewTitle")
        self.offline_note = QLabel(self.tr("You are offline: the self-service pages need the server. Sign in "
                                           "again when the connection is back."), self)
        self.offline_note.setObjectName("hint")
        self.offline_note.setWordWrap(True)
        self.offline_note.hide()
        self.menu.setAccessibleName(self.tr("Self-service pages"))
        self.stack = QStackedWidget(self)
        for key, (name, page) in self.pages.items():
            item = QListWidgetItem(name, self.menu)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.stack.addWidget(page)
        gss = QListWidgetItem(self.tr("Giga Smart Share management ›"), self.menu)
        gss.setData(Qt.ItemDataRole.UserRole, GSS_LINK)
        gss.setToolTip(self.tr("Upgrade or downgrade a package, change its referent, add extra Giga, move SIMs: "
                               "in Products › Giga Smart Share"))
        self._row = 0
        row_height = self.menu.fontMetrics().height() + 12
        for row in range(self.menu.count()):
            self.menu.item(row).setSizeHint(QSize(0, row_height))
        metrics = self.menu.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.menu.item(row).text()) for row in range(self.menu.count()))
        self.menu.setFixedWidth(max(170, widest + 36))
        self.menu.currentRowChanged.connect(self._row_changed)
        body = QHBoxLayout()
        body.addWidget(self.menu)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(title)
        layout.addWidget(self.offline_note)
        layout.addLayout(body, 1)
        self.menu.setCurrentRow(0)

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.menu.item(row).data(Qt.ItemDataRole.UserRole)
        if key == GSS_LINK:  # a link, not a page: the page shown stays chosen
            self.menu.blockSignals(True)
            self.menu.setCurrentRow(self._row)
            self.menu.blockSignals(False)
            self.gssRequested.emit()
            return
        self._row = row
        self.stack.setCurrentIndex(row)
        self.pageShown.emit(key)

    def show_page(self, key: str) -> None:
        self.menu.setCurrentRow(list(self.pages).index(key))

    def current_page(self) -> str:
        return self.menu.currentItem().data(Qt.ItemDataRole.UserRole)

    def set_lines(self, lines: Sequence, search_keys: Mapping | None = None) -> None:
        """The company's lines (the sync's), for the pages that pick lines."""
        for _name, page in self.pages.values():
            set_lines = getattr(page, "set_lines", None)
            if set_lines is not None:
                set_lines(lines, search_keys)

    def set_offline(self, offline: bool) -> None:
        self.offline_note.setVisible(offline)

    def reset(self) -> None:
        """The session ended: nothing of its data stays on any page."""
        for _name, page in self.pages.values():
            reset = getattr(page, "reset", None)
            if reset is not None:
                reset()
