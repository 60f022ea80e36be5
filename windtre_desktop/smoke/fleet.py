"""The smoke tour's visit of Panoramica flotta → Linee (issue 15): every line in one table once the fleet
usage has arrived, the same table narrowed by a built-in view ("giga oltre 80%") and sorted by the data used,
and the label-and-note dialog of a line (closed without saving); each waited for and saved as a PNG."""

from __future__ import annotations

from PySide6.QtCore import Qt

from windtre_desktop.domain.roles import Section
from windtre_desktop.smoke.part import TourPart
from windtre_desktop.widgets.fleet_model import COL_DATA


class FleetTour(TourPart):
    name = "Panoramica flotta"

    def steps(self):
        return [self._lines, self._view, self._label]

    def _lines(self) -> None:
        self.window.show_section(Section.FLEET)
        self.section = self.window.section_widget(Section.FLEET)
        self.view = self.section.lines
        self.section.tabs.setCurrentWidget(self.view)
        self._wait_until(lambda: self.view.model.rowCount() > 0 and self.view.usage_shown(),
                         lambda: (self.shoot(self.window, "flotta_linee"), self._next()))

    def _view(self) -> None:
        self.view.select_view("builtin", "data_over_80")
        self.view.table.sortByColumn(COL_DATA, Qt.SortOrder.DescendingOrder)
        self._wait_until(lambda: self.view.model.rowCount() > 0,
                         lambda: (self.shoot(self.window, "flotta_linee_giga"), self._next()))

    def _label(self) -> None:
        self.view.select_line(self.view.model.row_at(0).line_id)
        dialog = self.view.open_label_dialog(self.view.current_line_id())
        if dialog is None:
            self._end(f"{self.name}: no line to label")
            return

        def shot() -> None:
            self.shoot(dialog, "flotta_etichetta")
            dialog.reject()
            self.view.select_view("")
            self._next()

        self._wait_until(dialog.isVisible, shot)
