"""The smoke tour's visit of Notifiche (issue 13): the notification centre with the demo company's events, and
Gestione Notifiche (R-80) once the server's settings were read; each waited for and saved as a PNG."""

from __future__ import annotations

from windtre_desktop.domain.roles import Section
from windtre_desktop.smoke.part import TourPart


class NotificationsTour(TourPart):
    name = "Notifiche"

    def steps(self):
        return [self._centre, self._settings]

    def _centre(self) -> None:
        self.window.show_section(Section.NOTIFICATIONS)
        self.view = self.window.section_widget(Section.NOTIFICATIONS)
        self.view.tabs.setCurrentWidget(self.view.centre)
        self._wait_until(lambda: self.view.model.rowCount() > 0,
                         lambda: (self.view.select(self.view.shown()[0].id),
                                  self.shoot(self.window, "notifiche_centro"), self._next()))

    def _settings(self) -> None:
        page = self.view.settings_page
        self.view.tabs.setCurrentWidget(page)
        self._wait_until(lambda: page.save_button.isEnabled() and page.enabled["promotion"].isEnabled(),
                         lambda: (self.shoot(self.window, "notifiche_gestione"), self._next()))
