"""The smoke tour's visit of Panoramica flotta › Spesa and Avvisi (issue 15): the company's 24 months of spend
once the fleet usage arrived, one line's (the top spender's), the alerts computed from it with one selected, and
the dashboard's company mode with its fleet block; each waited for and saved as a PNG."""

from __future__ import annotations

from windtre_desktop.domain.roles import Section
from windtre_desktop.smoke.part import TourPart


class SpendTour(TourPart):
    name = "Spesa"

    def steps(self):
        return [self._company, self._line, self._alerts, self._dashboard]

    def _company(self) -> None:
        self.window.show_section(Section.FLEET)
        self.section = self.window.section_widget(Section.FLEET)
        self.spend = self.section.spend
        self.section.tabs.setCurrentWidget(self.spend)
        self._wait_until(lambda: self.spend.series is not None and bool(self.spend.shown_spenders()),
                         lambda: (self.spend.set_scope(""), self.shoot(self.window, "flotta_spesa"), self._next()))

    def _line(self) -> None:
        top = self.spend.shown_spenders()[0]
        self.spend.show_line(top)
        self._wait_until(lambda: self.spend.series is not None and self.spend.series.lines == 1,
                         lambda: (self.shoot(self.window, "flotta_spesa_linea"), self.spend.set_scope(""),
                                  self._next()))

    def _alerts(self) -> None:
        alerts = self.section.alerts
        self.section.tabs.setCurrentWidget(alerts)

        def shoot() -> None:
            first = alerts.shown()[0].alert
            alerts.select(first.rule, first.line_id)
            self.shoot(self.window, "flotta_avvisi")
            self._next()

        self._wait_until(lambda: alerts.model.rowCount() > 0, shoot)

    def _dashboard(self) -> None:
        """The dashboard's company mode with the fleet block: the spend trend and the top alerts."""
        self.window.show_section(Section.DASHBOARD)
        dashboard = self.window.dashboard
        dashboard.picker.select_company()
        self._wait_until(lambda: dashboard.fleet_box.isVisible() and dashboard.fleet_trend_value.text() != "",
                         lambda: (self.shoot(self.window, "dashboard_flotta"), self._next()))
