"""The smoke tour's visit of every section the role shows, then one line's dashboard."""

from __future__ import annotations

from windtre_desktop.domain.roles import Section
from windtre_desktop.smoke.part import TourPart


class SectionsTour(TourPart):
    """Each step shows a screen; the next one (after the settle delay) photographs it."""

    name = "sections"

    def steps(self):
        steps = []
        for section in self.window.visible_sections():
            steps += [self._show(section), self._shot(section.value)]
        return steps + [self._a_line, self._shot("dashboard_line")]

    def _show(self, section: Section):
        return lambda: (self.window.show_section(section), self._next())

    def _shot(self, name: str):
        return lambda: (self.shoot(self.window, name), self._next())

    def _a_line(self) -> None:
        self.window.show_section(Section.DASHBOARD)
        self.window.dashboard.picker.select_line(self.controller.snapshot.lines[0].id)
        self._next()
