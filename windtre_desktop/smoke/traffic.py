"""The smoke tour's visit of Traffico (issue 11): the whole company's traffic with its top lines, one line
opened from them with its records, the last three months of that line, and DOWNLOAD TRAFFICO written to
an Excel file in the tour's own folder (then removed: the tour writes nowhere else than there and the data
folder), each waited for and saved as a PNG."""

from __future__ import annotations

from windtre_desktop.domain.roles import Section
from windtre_desktop.domain.traffic_data import COMPANY
from windtre_desktop.domain.traffic_periods import Period
from windtre_desktop.smoke.part import TourPart


class TrafficTour(TourPart):
    name = "Traffico"

    def steps(self):
        return [self._company, self._line, self._three_months, self._export]

    def _settled(self, scope: str, period: Period | None = None) -> bool:
        result = self.view.result
        return (result is not None and result.scope == scope and not result.from_store
                and (period is None or result.period is period) and not self.view.is_loading())

    def _company(self) -> None:
        self.window.show_section(Section.TRAFFIC)
        self.view = self.window.section_widget(Section.TRAFFIC)
        self.flows = self.controller.traffic_flows
        self._wait_until(lambda: self._settled(COMPANY),
                         lambda: (self.shoot(self.window, "traffico_company"), self._next()))

    def _line(self) -> None:
        line_id = self.view.top_lines.line_ids("spend")[0]
        self.view.top_lines.lineOpened.emit(line_id)  # as a click on the first line by spend
        self._wait_until(lambda: self._settled(line_id) and self.view.records.model.total > 0,
                         lambda: (self.shoot(self.window, "traffico_line"), self._next()))

    def _three_months(self) -> None:
        line_id = self.view.scope()
        self.view.set_period(Period.THREE_MONTHS)
        self._wait_until(lambda: self._settled(line_id, Period.THREE_MONTHS),
                         lambda: (self.shoot(self.window, "traffico_line_three_months"), self._next()))

    def _export(self) -> None:
        self.view.export_button.click()
        dialog = self.flows.dialog
        folder = self.tour.out_dir / "traffic-export"
        folder.mkdir(exist_ok=True)
        path = folder / dialog.default_file_name()

        def ended(outcome: str) -> None:
            self.shoot(dialog, "traffico_export")
            dialog.close()
            path.unlink(missing_ok=True)
            folder.rmdir()
            if outcome != "done":
                self._end(f"Traffico: the export ended {outcome}: {dialog.status.text()}")
                return
            self._next()

        self._once(self.flows.exportEnded, ended)
        dialog.start(str(path))
