"""The smoke tour's visit of Fai da te's first pages (issue 13, R-61, R-62, R-63, R-23): the fixed lines being
activated with the chosen one's stages, the SIM association history, the promotions with the chosen one's
lines, and the coverage links; each waited for and saved as a PNG."""

from __future__ import annotations

from windtre_desktop.domain.roles import Section
from windtre_desktop.smoke.part import TourPart


class ActivationsTour(TourPart):
    name = "Fai da te: attivazioni"

    def steps(self):
        return [self._activations, self._history, self._promotions, self._coverage]

    def _activations(self) -> None:
        self.window.show_section(Section.SELF_SERVICE)
        self.section = self.window.section_widget(Section.SELF_SERVICE)
        self.section.show_page("activations")
        view = self.section.activations
        self._wait_until(lambda: view.loaded and (view.is_empty_state() or view.current_activation() is not None),
                         lambda: (self.shoot(self.window, "fai_da_te_attivazioni"), self._next()))

    def _history(self) -> None:
        self.section.show_page("sim_history")
        view = self.section.sim_history
        self._wait_until(lambda: view.loaded,
                         lambda: (self.shoot(self.window, "fai_da_te_associazioni_sim"), self._next()))

    def _promotions(self) -> None:
        self.section.show_page("promotions")
        view = self.section.promotions
        self._wait_until(lambda: view.loaded,
                         lambda: (self.shoot(self.window, "fai_da_te_promozioni"), self._next()))

    def _coverage(self) -> None:
        self.section.show_page("coverage")
        self.shoot(self.window, "fai_da_te_copertura")
        self._next()
