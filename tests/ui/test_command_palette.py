"""The command palette (Ctrl+K) in the real app against the real sandbox (issue 15): the shortcut opens it,
a line's number typed with spaces finds the line and Enter opens Prodotti › Mobile on it; an invoice opens
Conto with it selected; a screen entry opens its section and tab; a setting opens Settings on its field;
what was opened comes first at the next open, also after a restart; Escape closes with nothing opened."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import sign_in
from windtre_desktop.domain.roles import Section
from windtre_desktop.views.shortcuts_dialog import shortcut_rows
from windtre_desktop.widgets.accessibility import unnamed_buttons
from windtre_desktop.widgets.clipping import clipped_texts
from windtre_desktop.widgets.command_palette import KeyRole, KindRole, RecentRole

LOAD_MS = 30_000


def signed_in(qtbot, make_controller, url: str):
    controller = make_controller(url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    controller.window.show()
    qtbot.waitExposed(controller.window)
    return controller


def press_ctrl_k(qtbot, controller):
    window = controller.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window or window.isActiveWindow(), timeout=5000)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = controller.palette_flows.palette
    qtbot.waitUntil(lambda: palette is not None and palette.isVisible(), timeout=5000)
    return palette


def rows(palette) -> list[tuple[str, str, bool]]:
    model = palette.model
    return [(model.index(r, 0).data(KindRole), model.index(r, 0).data(KeyRole), model.index(r, 0).data(RecentRole))
            for r in range(model.rowCount())]


def spaced_national(msisdn: str) -> str:
    national = msisdn.removeprefix("+39")
    return f"{national[:3]} {national[3:6]} {national[6:]}"


def test_ctrl_k_finds_a_line_by_its_number_and_enter_opens_products_on_it(qtbot, make_controller, sandbox):
    controller = signed_in(qtbot, make_controller, sandbox.url)
    window = controller.window
    assert window.find_action.shortcut() == QKeySequence("Ctrl+K")
    assert window.find_action in window.go_menu.actions()
    assert window.find_action in [row.action for row in shortcut_rows(window)]  # Help › Keyboard shortcuts lists it
    palette = press_ctrl_k(qtbot, controller)
    assert palette.field.hasFocus() or palette.field is QApplication.focusWidget()
    assert {kind for kind, _key, _recent in rows(palette)} == {"screen"}  # no recents yet: the screens
    assert palette.field.accessibleName() and palette.list.accessibleName()
    assert clipped_texts(palette) == []
    line = next(line for line in controller.snapshot.lines[40:] if line.kind == "mobile")
    qtbot.keyClicks(palette.field, spaced_national(line.msisdn))
    assert palette.current() == ("line", line.id)
    assert unnamed_buttons(palette) == [] and clipped_texts(palette) == []  # the field's clear button shows now
    with qtbot.waitSignal(controller.palette_flows.opened, timeout=5000):
        qtbot.keyClick(palette.field, Qt.Key.Key_Return)
    assert not palette.isVisible()
    assert window.current_section() is Section.PRODUCTS
    products = window.section_widget(Section.PRODUCTS)
    assert products.tabs.currentWidget() is products.mobile
    assert products.mobile.picker.current_line_id() == line.id


def test_an_invoice_opens_billing_with_it_selected(qtbot, make_controller, sandbox):
    controller = signed_in(qtbot, make_controller, sandbox.url)
    window = controller.window
    window.show_section(Section.ACCOUNT_BILLING)  # the listing comes to the store with the first visit
    billing = window.section_widget(Section.ACCOUNT_BILLING)
    qtbot.waitUntil(lambda: billing.invoices.proxy.rowCount() > 5, timeout=LOAD_MS)
    window.show_section(Section.DASHBOARD)
    invoice = billing.invoices.proxy.index(4, 0).data(Qt.ItemDataRole.UserRole)
    palette = press_ctrl_k(qtbot, controller)
    qtbot.keyClicks(palette.field, str(invoice["number"]))
    assert palette.current() == ("invoice", invoice["id"])
    palette.choose_current()
    assert window.current_section() is Section.ACCOUNT_BILLING
    assert billing.tabs.currentWidget() is billing.invoices
    qtbot.waitUntil(lambda: (billing.invoices.selected() or {}).get("id") == invoice["id"], timeout=LOAD_MS)


def test_a_screen_entry_opens_its_section_and_tab_by_click(qtbot, make_controller, sandbox):
    controller = signed_in(qtbot, make_controller, sandbox.url)
    window = controller.window
    palette = press_ctrl_k(qtbot, controller)
    qtbot.keyClicks(palette.field, "giga smart")
    found = rows(palette)
    row = next(r for r, (kind, key, _recent) in enumerate(found) if (kind, key) == ("screen", "products/gss"))
    rect = palette.list.visualRect(palette.model.index(row, 0))
    qtbot.mouseClick(palette.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert not palette.isVisible()
    assert window.current_section() is Section.PRODUCTS
    products = window.section_widget(Section.PRODUCTS)
    assert products.tabs.currentWidget() is products.gss
    # a page of Fai da te, by keyboard: Down to the second match if the first is not it
    palette = press_ctrl_k(qtbot, controller)
    qtbot.keyClicks(palette.field, "self service coverage")
    target = ("screen", "self_service/coverage")
    for _ in range(len(rows(palette))):
        if palette.current() == target:
            break
        qtbot.keyClick(palette.field, Qt.Key.Key_Down)
    assert palette.current() == target
    qtbot.keyClick(palette.field, Qt.Key.Key_Enter)
    assert window.current_section() is Section.SELF_SERVICE
    assert window.section_widget(Section.SELF_SERVICE).current_page() == "coverage"


def test_a_setting_opens_settings_on_its_field(qtbot, make_controller, sandbox):
    from windtre_desktop.flows.servers import ServerSetup
    from windtre_desktop.flows.settings import SettingsFlow

    controller = make_controller(sandbox.url)
    flow = SettingsFlow(controller, ServerSetup(controller), default_interval_s=900)
    controller.start()
    assert sign_in(qtbot, controller) is True
    controller.window.show()
    palette = press_ctrl_k(qtbot, controller)
    qtbot.keyClicks(palette.field, "theme")
    assert palette.current() == ("setting", "theme")
    palette.choose_current()
    assert flow.dialog is not None and flow.dialog.isVisible()
    qtbot.waitUntil(lambda: flow.dialog.theme.hasFocus(), timeout=5000)
    flow.dialog.reject()


def test_recent_items_come_first_at_the_next_open_and_after_a_restart(qtbot, make_controller, sandbox):
    controller = signed_in(qtbot, make_controller, sandbox.url)
    line = next(line for line in controller.snapshot.lines[60:] if line.kind == "mobile")
    palette = press_ctrl_k(qtbot, controller)
    qtbot.keyClicks(palette.field, line.msisdn)
    assert palette.current() == ("line", line.id)
    palette.choose_current()
    palette = press_ctrl_k(qtbot, controller)
    qtbot.keyClicks(palette.field, "notif")
    opened = palette.current()
    assert opened is not None and opened[0] == "screen"
    palette.choose_current()
    palette = press_ctrl_k(qtbot, controller)
    assert rows(palette)[:2] == [(*opened, True), ("line", line.id, True)]
    palette.close()
    controller.shutdown()

    again = make_controller(sandbox.url)
    with qtbot.waitSignal(again.syncSettled, timeout=LOAD_MS):
        again.start()  # the remembered profile: the cached data, then a sync
    again.window.show()
    palette = press_ctrl_k(qtbot, again)
    assert rows(palette)[:2] == [(*opened, True), ("line", line.id, True)]


def test_escape_closes_with_nothing_opened(qtbot, make_controller, sandbox):
    controller = signed_in(qtbot, make_controller, sandbox.url)
    window = controller.window
    before = window.current_section()
    palette = press_ctrl_k(qtbot, controller)
    qtbot.keyClicks(palette.field, "giga")
    assert rows(palette)
    opened = []
    controller.palette_flows.opened.connect(lambda kind, key: opened.append((kind, key)))
    qtbot.keyClick(palette.field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not palette.isVisible(), timeout=5000)
    assert opened == [] and window.current_section() is before
    assert controller.palette_flows._recent_store().recent() == []


def test_the_palette_is_closed_and_emptied_when_the_session_ends(qtbot, make_controller, sandbox):
    controller = signed_in(qtbot, make_controller, sandbox.url)
    palette = press_ctrl_k(qtbot, controller)
    assert controller.palette_flows.index is not None and len(controller.palette_flows.index) > 250
    controller.sign_out()
    assert not palette.isVisible() and controller.palette_flows.index is None
    assert not controller.window.find_action.isEnabled()


def test_a_gss_package_loaded_by_products_opens_with_it_selected(qtbot, make_controller, sandbox):
    controller = signed_in(qtbot, make_controller, sandbox.url)
    window = controller.window
    window.show_section(Section.PRODUCTS)  # Prodotti loads the packages: from then on the palette finds them
    products = window.section_widget(Section.PRODUCTS)
    qtbot.waitUntil(lambda: len(products.gss.listing.packages) > 2, timeout=LOAD_MS)
    package = products.gss.listing.packages[2]
    window.show_section(Section.DASHBOARD)
    palette = press_ctrl_k(qtbot, controller)
    qtbot.keyClicks(palette.field, package.id)
    assert palette.current() == ("package", package.id)
    qtbot.keyClick(palette.field, Qt.Key.Key_Return)
    assert window.current_section() is Section.PRODUCTS and products.tabs.currentWidget() is products.gss
    qtbot.waitUntil(lambda: products.gss.current_package() is not None
                    and products.gss.current_package().id == package.id, timeout=LOAD_MS)


def test_a_first_ctrl_k_loads_the_packages_and_invoices_it_then_finds(qtbot, make_controller, sandbox):
    """Review of issue 15: "any invoice, ticket, package", not only those a visited screen loaded."""
    controller = signed_in(qtbot, make_controller, sandbox.url)
    window = controller.window
    palette = press_ctrl_k(qtbot, controller)
    assert window.current_section() is Section.DASHBOARD
    products = window.section_widgets[Section.PRODUCTS]  # built for its list, not shown
    billing = window.section_widgets[Section.ACCOUNT_BILLING]
    assert Section.TICKETS in window.section_widgets
    qtbot.waitUntil(lambda: len(products.gss.listing.packages) > 1 and billing.invoices.proxy.rowCount() > 3,
                    timeout=LOAD_MS)
    package = products.gss.listing.packages[1]
    qtbot.keyClicks(palette.field, package.id)
    qtbot.waitUntil(lambda: palette.current() == ("package", package.id), timeout=LOAD_MS)
    invoice = billing.invoices.proxy.index(3, 0).data(Qt.ItemDataRole.UserRole)
    palette.field.clear()
    qtbot.keyClicks(palette.field, str(invoice["number"]))
    qtbot.waitUntil(lambda: palette.current() == ("invoice", invoice["id"]), timeout=LOAD_MS)
    assert window.current_section() is Section.DASHBOARD  # nothing was opened on the way


def test_a_dipendente_finds_only_its_own_lines_and_screens(qtbot, make_controller, sandbox):
    import httpx

    users = httpx.get(f"{sandbox.url}/sandbox/demo-credentials").json()["users"]
    employee = next(u for u in users if u["role"] == "DIPENDENTE")
    controller = make_controller(sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller, employee["username"], employee["password"]) is True
    controller.window.show()
    press_ctrl_k(qtbot, controller)
    entries = controller.palette_flows.index.entries
    own = {line.id for line in controller.snapshot.lines}
    assert {e.key for e in entries if e.kind == "line"} == own and len(own) < 5
    screens = {e.key for e in entries if e.kind == "screen"}
    assert "products/mobile" in screens and "traffic" in screens
    assert not any(key.split("/")[0] in ("fleet", "billing", "tickets", "self_service") for key in screens)
    assert "products/gss" not in screens
    assert not [e for e in entries if e.kind in ("invoice", "ticket", "package")]
