"""The smoke tour's visit of the command palette (issue 15): Go › Find… (Ctrl+K) opened on the window with the
recent items and the screens, then with a line holder's surname typed; each saved as a PNG, then closed."""

from __future__ import annotations

from windtre_desktop.smoke.part import TourPart


class PaletteTour(TourPart):
    name = "Trova (Ctrl+K)"

    def steps(self):
        return [self._open, self._typed]

    def _palette(self):
        flows = self.controller._palette_flows
        palette = flows.palette if flows is not None else None
        return palette if palette is not None and palette.isVisible() else None

    def _open(self) -> None:
        self.window.find_action.trigger()
        self._wait_until(lambda: self._palette() is not None and self._palette().model.rowCount() > 0,
                         lambda: (self.shoot(self._palette(), "trova"), self._next()))

    def _typed(self) -> None:
        palette = self._palette()
        lines = self.controller.snapshot.lines if self.controller.snapshot else []
        holder = next((line.holder for line in lines if line.holder), "")
        palette.field.setText(holder.split()[-1] if holder else "fattura")
        self._wait_until(lambda: palette.model.rowCount() > 0 or palette.empty.isVisible(),
                         lambda: (self.shoot(palette, "trova_ricerca"), palette.close(), self._next()))
