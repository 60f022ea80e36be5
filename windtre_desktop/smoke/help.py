"""The smoke tour's visit of the app's own windows (issue 14): File › Settings, Help › Keyboard shortcuts
and Help › About with the third-party licences; each opened from its menu action, saved, closed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from windtre_desktop.smoke.part import TourPart


class HelpTour(TourPart):
    name = "Impostazioni e Aiuto"

    def steps(self):
        return [self._settings, self._shortcuts, self._about]

    def _dialog(self, name: str) -> QDialog | None:
        found = self.window.findChild(QDialog, name)
        return found if found is not None and found.isVisible() else None

    def _show_and_close(self, name: str, shot: str) -> None:
        self._wait_until(lambda: self._dialog(name) is not None,
                         lambda: (self.shoot(self._dialog(name), shot), self._dialog(name).close(), self._next()))

    def _settings(self) -> None:
        self.window.settings_action.trigger()
        self._show_and_close("settingsDialog", "impostazioni")

    def _shortcuts(self) -> None:
        self.window.shortcuts_action.trigger()
        self._show_and_close("shortcutsDialog", "scorciatoie")

    def _about(self) -> None:
        self.window.about_action.trigger()
        self._show_and_close("aboutDialog", "informazioni")
