"""New data refills the section on screen only; a section built earlier and hidden now is filled when it is
shown again, or asked for (issue 16's soak: at 10,000 lines, refilling every visited section at each sync held
the GUI thread for over a second)."""

from __future__ import annotations

from tests.ui.conftest import sign_in
from windtre_desktop.domain.roles import Section


def test_new_data_fills_the_shown_section_and_a_hidden_one_only_when_shown_again(qtbot, sandbox, make_controller):
    controller = make_controller(sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller)
    window = controller.window
    for section in (Section.TRAFFIC, Section.PRODUCTS, Section.DASHBOARD):
        window.show_section(section)
    filled: list[Section] = []
    fill = controller._fill_section
    controller._fill_section = lambda section, widget: (filled.append(section), fill(section, widget))[-1]

    controller._render()  # what a sync that brought new data does
    assert filled == []  # Traffico and Prodotti are hidden: nothing rebuilt for them
    window.show_section(Section.PRODUCTS)
    assert filled == [Section.PRODUCTS]  # shown again: filled with the new data, once
    window.show_section(Section.DASHBOARD)
    window.show_section(Section.PRODUCTS)
    assert filled == [Section.PRODUCTS]  # nothing new since: not filled again

    window.show_section(Section.TRAFFIC)
    controller._render()
    assert filled == [Section.PRODUCTS, Section.TRAFFIC, Section.TRAFFIC]  # the section on screen: at once
    window.section_widget(Section.PRODUCTS)  # asked for while hidden: brought up to date first
    assert filled[-1] is Section.PRODUCTS


def test_the_fleet_table_takes_a_new_snapshot_when_it_is_shown(qtbot, sandbox, make_controller):
    controller = make_controller(sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller)
    window = controller.window
    window.show_section(Section.FLEET)
    section = window.section_widget(Section.FLEET)
    qtbot.waitUntil(lambda: controller.fleet_flows.fetches >= 1, timeout=30000)
    window.show_section(Section.DASHBOARD)
    taken = []
    set_snapshot = section.set_snapshot
    section.set_snapshot = lambda snapshot: (taken.append(snapshot), set_snapshot(snapshot))[-1]

    fresh = controller.fleet_flows.refresh_view()  # the app's lines changed while the table is hidden
    assert taken == []
    window.show_section(Section.FLEET)
    assert taken == [fresh]


def test_a_first_visit_to_the_fleet_after_its_data_came_shows_every_line(qtbot, sandbox, make_controller):
    controller = make_controller(sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller)
    qtbot.waitUntil(lambda: controller.fleet_flows.fetches >= 1, timeout=30000)  # fetched before any visit
    controller.window.show_section(Section.FLEET)
    section = controller.window.section_widget(Section.FLEET)
    assert section.lines.model.rowCount() == len(controller.snapshot.lines) > 0
