"""The dashboard's quick links reach their sections through the window's section registry
(MainWindow.section_widget → _build_section), never a placeholder of their own: the day Traffico or
Fai da te gets its real screen in the registry, the quick link shows it (Traffico has, issue 11)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from windtre_desktop.domain.roles import Section
from windtre_desktop.views.dashboard_view import QUICK_LINKS
from windtre_desktop.views.main_window import MainWindow
from windtre_desktop.views.traffic_view import TrafficView


def test_each_quick_link_shows_the_section_the_registry_builds(qtbot, monkeypatch):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_workspace(tuple(Section))
    built = {}
    real = window._build_section

    def registry(section):
        widget = real(section) if section is not Section.SELF_SERVICE else QLabel(section.value)
        built[section] = widget
        return widget

    monkeypatch.setattr(window, "_build_section", registry)  # a real screen landing in the registry
    for section in QUICK_LINKS:
        window.show_section(Section.DASHBOARD)
        window.dashboard.quick_links[section].click()
        assert window.current_section() is section
        assert window.stack.currentWidget() is built[section] is window.section_widget(section)
    assert {Section.TRAFFIC, Section.SELF_SERVICE} <= built.keys()
    assert isinstance(built[Section.TRAFFIC], TrafficView)  # the real screen, no longer the placeholder
