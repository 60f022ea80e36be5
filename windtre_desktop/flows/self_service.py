"""Fai da te driven from the GUI thread: one flows object per group of pages, all sharing one SectionRunner
(the network thread, the session's generation, the Idempotency-Keys). This hub only builds them, hands them
the section, and passes on reload (first visit of a session, F5) and forget (the session ends)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from windtre_desktop.flows.activations import ActivationsFlows
from windtre_desktop.flows.options import OptionsFlows
from windtre_desktop.flows.recharge_orders import RechargeFlows
from windtre_desktop.flows.section_runner import SectionRunner

if TYPE_CHECKING:
    from windtre_desktop.sync.qt_worker import SyncService
    from windtre_desktop.views.self_service_section import SelfServiceSection


class SelfServiceFlows(QObject):
    # a change made here moved what the sync brings (a line's credit, its options): the controller syncs now
    syncWanted = Signal()

    def __init__(self, service: SyncService, server_url: str, parent_widget: Callable[[], QWidget],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = SectionRunner(service, server_url, parent_widget, self)
        self.activations = ActivationsFlows(self.runner, self)
        self.recharges = RechargeFlows(self.runner, self)
        self.recharges.syncWanted.connect(self.syncWanted)  # a recharge moved a line's credit
        self.options = OptionsFlows(self.runner, self)
        self.features = (self.activations, self.recharges, self.options)
        self.section: SelfServiceSection | None = None

    def attach(self, section: SelfServiceSection) -> None:
        self.section = section
        for feature in self.features:
            feature.attach(section)

    def reload(self) -> None:
        for feature in self.features:
            feature.reload()

    def forget(self) -> None:
        self.runner.forget()
        for feature in self.features:
            feature.forget()
        if self.section is not None:
            self.section.reset()
