"""The Fai da te frame (issue 13): its pages in the portal's order, the offline note, and "Gestione GSS" (R-60)
leading to Prodotti › Giga Smart Share without leaving a page chosen that has nothing to show."""

from __future__ import annotations

from tests.ui.conftest import sign_in
from windtre_desktop.domain.roles import Section


def test_gestione_gss_opens_the_packages_in_prodotti(qtbot, sandbox, make_controller):
    controller = make_controller(sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    window = controller.window
    window.show_section(Section.SELF_SERVICE)
    section = window.section_widget(Section.SELF_SERVICE)
    section.show_page("promotions")
    assert section.current_page() == "promotions"
    gss_row = section.menu.count() - 1
    section.menu.setCurrentRow(gss_row)
    qtbot.waitUntil(lambda: window.current_section() is Section.PRODUCTS)
    products = window.section_widget(Section.PRODUCTS)
    assert products.tabs.currentWidget() is products.gss
    assert section.current_page() == "promotions"  # the link chose no page of its own
    assert section.stack.currentWidget() is section.promotions


def test_the_offline_note_follows_the_session(qtbot, sandbox, make_controller):
    controller = make_controller(sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    controller.window.show_section(Section.SELF_SERVICE)
    section = controller.window.section_widget(Section.SELF_SERVICE)
    assert section.offline_note.isHidden()
    section.set_offline(True)
    assert not section.offline_note.isHidden()
