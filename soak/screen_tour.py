"""The scripted user of the endurance soak: one step at a time on a QTimer, it visits every section the
profile has and every tab in it, searches the fleet table, opens a different line in Traffico each round,
and opens, types into and closes the command palette. Steps are made again at each round, because sections
are built at their first visit. A step that raises is counted and told, never fatal: the soak goes on."""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable

import psutil
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTabWidget

from windtre_desktop.domain.roles import Section
from windtre_desktop.flows.controller import AppController

FLEET_SEARCHES = ("ross", "333", "dati", "")  # typed in the fleet table's search, the last one clears it
PALETTE_TEXTS = ("fatt", "traffico", "3")
KEPT = 5


class ScreenTour:
    def __init__(self, controller: AppController, step_ms: int, on_error: Callable[[str], None],
                 on_round_done: Callable[[int], None]) -> None:
        self.controller = controller
        self.on_error = on_error
        self.on_round_done = on_round_done
        self.rounds = 0
        self.steps_done = 0
        self._steps: list[tuple[str, Callable[[], None]]] = []
        # the steps that took longest on the GUI thread (ms, step), and that grew the RSS most (MB, step)
        self.slowest: list[tuple[float, str]] = []
        self.costliest: list[tuple[float, str]] = []
        self._process = psutil.Process()
        self.timer = QTimer()
        self.timer.setInterval(step_ms)
        self.timer.timeout.connect(self._next)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self._close_palette()

    def pause(self) -> None:
        self.timer.stop()

    def _next(self) -> None:
        if not self._steps:
            if self.rounds:
                self.on_round_done(self.rounds)
            self._steps = self._round()
            self.rounds += 1
            if not self.timer.isActive():
                return  # paused by on_round_done: this round starts when the timer does again
        name, step = self._steps.pop(0)
        started, rss_before = time.perf_counter(), self._process.memory_info().rss
        try:
            step()
            self.steps_done += 1
        except Exception:  # noqa: BLE001 - any failure of a screen is a finding of the soak, told and counted
            self.on_error(f"tour step {name}: {traceback.format_exc(limit=3)}")
        label = f"round {self.rounds}: {name}"
        _keep_largest(self.slowest, (round((time.perf_counter() - started) * 1000, 1), label))
        _keep_largest(self.costliest, (round((self._process.memory_info().rss - rss_before) / 2**20, 1), label))

    # --- the steps of one round ---

    def _round(self) -> list[tuple[str, Callable[[], None]]]:
        window = self.controller.window
        steps: list[tuple[str, Callable[[], None]]] = []
        for section in window.visible_sections():
            steps.append((f"show {section}", lambda s=section: window.show_section(s)))
            steps.extend(self._tab_steps(section))
            if section is Section.FLEET:
                steps.extend((f"fleet search {text!r}", lambda t=text: self._search_fleet(t))
                             for text in FLEET_SEARCHES)
            if section is Section.TRAFFIC:
                steps.append(("traffic open line", self._open_traffic_line))
        steps.append(("palette open", self._open_palette))
        steps.extend((f"palette type {text!r}", lambda t=text: self._type_in_palette(t)) for text in PALETTE_TEXTS)
        steps.append(("palette close", self._close_palette))
        steps.append(("show dashboard", lambda: window.show_section(Section.DASHBOARD)))
        return steps

    def _tab_steps(self, section: Section) -> list[tuple[str, Callable[[], None]]]:
        """One step per tab of every tab widget the section has (once built: the first round shows it)."""
        widget = self.controller.window.section_widgets.get(section)
        if widget is None:
            return [(f"tabs of {section}", lambda s=section: self._visit_tabs_later(s))]
        steps = []
        for tabs in widget.findChildren(QTabWidget):
            for index in range(tabs.count()):
                steps.append((f"{section} tab {index}", lambda t=tabs, i=index: self._show_tab(t, i)))
        return steps

    def _visit_tabs_later(self, section: Section) -> None:
        """The section was built by the step before: put its tabs at the front of this round."""
        self._steps[0:0] = [step for step in self._tab_steps(section) if not step[0].startswith("tabs of")]

    @staticmethod
    def _show_tab(tabs: QTabWidget, index: int) -> None:
        if shiboken6.isValid(tabs) and tabs.isEnabled() and tabs.isTabEnabled(index):
            tabs.setCurrentIndex(index)

    def _search_fleet(self, text: str) -> None:
        section = self.controller.window.section_widgets.get(Section.FLEET)
        if section is not None:
            section.tabs.setCurrentIndex(0)
            section.lines.search.setText(text)

    def _open_traffic_line(self) -> None:
        snapshot = self.controller.snapshot
        view = self.controller.window.section_widgets.get(Section.TRAFFIC)
        if snapshot is None or not snapshot.lines or view is None:
            return
        line = snapshot.lines[(self.rounds * 37) % len(snapshot.lines)]  # another line each round
        view.open_line(line.id)

    def _open_palette(self) -> None:
        self.controller.palette_flows.open()

    def _type_in_palette(self, text: str) -> None:
        palette = self.controller.palette_flows.palette
        if palette is not None and shiboken6.isValid(palette) and palette.isVisible():
            palette.field.setText(text)

    def _close_palette(self) -> None:
        palette = self.controller.palette_flows.palette
        if palette is not None and shiboken6.isValid(palette):
            palette.close()


def _keep_largest(kept: list[tuple[float, str]], item: tuple[float, str]) -> None:
    """The KEPT largest items only: a bounded list (the soak measures the app's memory)."""
    kept.append(item)
    kept.sort(reverse=True)
    del kept[KEPT:]
