"""Fai da te, Options on up to ten numbers and the mobile and premium services (R-65, R-66), driven from the GUI thread. Placeholder until its issue work lands."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from windtre_desktop.flows.section_runner import SectionRunner

if TYPE_CHECKING:
    from windtre_desktop.views.self_service_section import SelfServiceSection


class OptionsFlows(QObject):
    def __init__(self, runner: SectionRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.section: SelfServiceSection | None = None

    def attach(self, section: SelfServiceSection) -> None:
        """Connect to the pages this object drives (called once per section)."""
        self.section = section

    def reload(self) -> None:
        """Ask the server again for what the pages show (first visit in a session, F5)."""

    def forget(self) -> None:
        """The session ends: drop what is on its way (the runner already moved its generation on)."""
