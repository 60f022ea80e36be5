"""Prodotti and Gestione GSS in the real app against the real sandbox (R-21, R-22, R-50, R-51, R-60): the
packages and devices listed, PIN and PUK revealed on request and found nowhere on disk nor in the logs
afterwards, an action confirmed and applied (the list refreshed with the server's numbers), a refusal that
keeps the form, a lost answer repeated with the same key changing nothing twice, and a Dipendente's
Prodotti with its own lines only."""

from __future__ import annotations

import logging

import httpx
import pytest
from PySide6.QtCore import Qt

from tests.conftest import SandboxControl
from tests.ui.conftest import sign_in
from windtre_desktop.domain.roles import Section
from windtre_desktop.logging_setup import setup_logging
from windtre_desktop.paths import AppPaths

LOAD_MS = 30_000


def open_products(qtbot, controller):
    controller.window.show_section(Section.PRODUCTS)
    return controller.window.section_widget(Section.PRODUCTS)


@pytest.fixture
def products(qtbot, fresh_sandbox, make_controller):
    controller = make_controller(fresh_sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    section = open_products(qtbot, controller)
    qtbot.waitUntil(lambda: section.gss.model.rowCount() > 0 and section.devices.model.rowCount() > 0,
                    timeout=LOAD_MS)
    qtbot.waitUntil(lambda: section.gss.sims_model.rowCount() > 0, timeout=LOAD_MS)
    return controller, section, fresh_sandbox


def test_the_packages_their_sims_and_the_devices_are_listed_r50_r51(qtbot, products):
    controller, section, _sandbox = products
    gss = section.gss
    package = gss.current_package()
    assert package is not None and gss.sims_of == package.id
    assert len(gss.current_sims()) == package.sim_count
    assert {sim.line_id for sim in gss.current_sims()} <= {line.id for line in controller.snapshot.lines}
    assert section.company_tabs_shown()
    assert all(device.id for device in section.devices.model.devices)


def test_pin_and_puk_are_shown_on_request_and_never_reach_the_disk_nor_the_logs_r22(
        qtbot, products, data_home):
    controller, section, sandbox = products
    setup_logging(AppPaths.default(data_home).log_dir, level=logging.DEBUG)
    section.tabs.setCurrentWidget(section.mobile)
    mobile = section.mobile
    qtbot.waitUntil(lambda: bool(mobile.line_id()), timeout=LOAD_MS)
    line_id = mobile.line_id()
    secrets = httpx.get(f"{sandbox.url}/sandbox/lines/{line_id}/secrets").json()
    with qtbot.waitSignal(controller.products_flows.codesShown, timeout=LOAD_MS):
        mobile.pin.show_button.click()
    assert (mobile.pin.value.text(), mobile.puk.value.text()) == (secrets["pin"], secrets["puk"])
    log = httpx.get(f"{sandbox.url}/sandbox/sim-code-log").json()["entries"]
    assert [(e["username"], e["lineId"]) for e in log][-1] == ("admin.demo", line_id)  # who asked, kept there

    controller.window.refresh_button.click()  # a sync and the lists again, with the codes on screen
    qtbot.waitUntil(lambda: not controller.service.busy, timeout=LOAD_MS)
    controller.sign_out()
    files = [(str(p), p.read_bytes()) for p in data_home.rglob("*") if p.is_file()]
    assert any(name.endswith(".log") for name, _ in files)
    for name, content in files:
        assert secrets["puk"].encode() not in content, f"the PUK reached {name}"
        assert b'"pin"' not in content and b'"puk"' not in content, f"a code's answer reached {name}"
    assert not mobile.pin.revealed and not mobile.puk.revealed  # gone from the screen with the session


def test_extra_giga_are_confirmed_applied_and_the_list_shows_the_servers_numbers_r60(qtbot, products):
    controller, section, _sandbox = products
    gss, flows = section.gss, controller.products_flows
    package = min(gss.listing.packages, key=lambda p: p.extra_giga)
    gss.select_package(package.id)
    with qtbot.waitSignal(flows.dialogShown) as shown:
        gss.action_buttons["extra"].click()
    dialog = shown.args[0]
    dialog.extra.setCurrentIndex(dialog.extra.findData(10))
    dialog.next()
    assert f"da {package.extra_giga} a {package.extra_giga + 10}" in dialog.confirm_text.text()
    with qtbot.waitSignal(flows.actionEnded, timeout=LOAD_MS) as ended:
        dialog.next()
    assert ended.args == ["gss_extra", True]
    assert dialog.verdict.text().startswith(f"Fatto: il pacchetto {package.id} ora ha {package.extra_giga + 10}")
    qtbot.waitUntil(lambda: gss.package(package.id).extra_giga == package.extra_giga + 10, timeout=LOAD_MS)


def _extra_dialog(qtbot, section, flows, package, giga):
    section.gss.select_package(package.id)
    with qtbot.waitSignal(flows.dialogShown) as shown:
        section.gss.action_buttons["extra"].click()
    dialog = shown.args[0]
    dialog.extra.setCurrentIndex(dialog.extra.findData(giga))
    dialog.next()  # to the confirmation
    return dialog


def test_a_lost_answer_is_asked_again_with_the_same_key_and_applied_once_r60(qtbot, products):
    controller, section, sandbox = products
    gss, flows = section.gss, controller.products_flows
    control = SandboxControl(sandbox.url)
    package = min(gss.listing.packages, key=lambda p: p.extra_giga)
    dialog = _extra_dialog(qtbot, section, flows, package, 5)
    # the server applies it, then the connection drops before the answer: the request goes again, same key
    control.fault("drop", count=1, path_prefix=f"/api/v1/gss/packages/{package.id}/extra-giga", after=True)
    with qtbot.waitSignal(flows.actionEnded, timeout=LOAD_MS) as ended:
        dialog.next()
    control.close()
    assert ended.args == ["gss_extra", True]
    qtbot.waitUntil(lambda: gss.package(package.id).extra_giga != package.extra_giga, timeout=LOAD_MS)
    assert gss.package(package.id).extra_giga == package.extra_giga + 5  # applied once, not twice


def test_a_refusal_by_the_server_keeps_the_form_with_its_words_r60(qtbot, products):
    """Someone else added extra Giga meanwhile: the check here passed on what was shown, the server refuses."""
    import uuid

    from windtre_desktop.api.client import ApiClient

    controller, section, sandbox = products
    gss, flows = section.gss, controller.products_flows
    package = min(gss.listing.packages, key=lambda p: p.extra_giga)
    dialog = _extra_dialog(qtbot, section, flows, package, 50)
    with ApiClient(sandbox.url) as other:
        other.login("telco.demo", "Telco2026!", False)
        while next(p for p in other.gss_packages().packages if p["id"] == package.id)["extraGiga"] <= 50:
            other.gss_add_extra(package.id, 50, str(uuid.uuid4()))
    with qtbot.waitSignal(flows.actionEnded, timeout=LOAD_MS) as ended:
        dialog.next()
    assert ended.args == ["gss_extra", False]
    assert dialog.pages.currentIndex() == 0 and dialog.extra.currentData() == 50  # the form as it was
    assert "«giga»" in dialog.error.text() and "100" in dialog.error.text()  # the server names field and rule


def test_a_dipendente_gets_the_mobile_tab_with_its_own_lines_only_r21(qtbot, fresh_sandbox, make_controller):
    employee = next(u for u in fresh_sandbox.users if u["role"] == "DIPENDENTE")
    controller = make_controller(fresh_sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller, employee["username"], employee["password"]) is True
    section = open_products(qtbot, controller)
    assert not section.company_tabs_shown() and section.tabs.currentWidget() is section.mobile
    own = {line.id for line in controller.snapshot.lines if line.kind == "mobile"}
    shown = {section.mobile.picker.model.line_at(r).id for r in range(section.mobile.picker.model.rowCount())}
    assert shown == own
    with qtbot.waitSignal(controller.products_flows.codesShown, timeout=LOAD_MS):
        section.mobile.pin.show_button.click()
    assert section.mobile.pin.revealed


def test_a_package_crossing_80_percent_reaches_notifiche_and_its_referent_by_sms_r82(qtbot, products):
    controller, section, sandbox = products
    package = section.gss.listing.packages[0]
    push = int(package.pooled_bytes * 0.85) - package.used_bytes
    httpx.post(f"{sandbox.url}/sandbox/gss/usage", json={"packageId": package.id, "bytes": push}).raise_for_status()
    controller.window.show_section(Section.NOTIFICATIONS)
    view = controller.window.section_widget(Section.NOTIFICATIONS)
    qtbot.waitUntil(lambda: any(package.id in text for text in view.texts()), timeout=LOAD_MS)
    (text,) = [t for t in view.texts() if package.id in t]
    assert "ha raggiunto l'80%" in text and package.referent_phone in text
    sms = [m for m in httpx.get(f"{sandbox.url}/sandbox/outbox").json()["messages"]
           if m["channel"] == "sms" and package.id in m["body"]]
    assert [m["to"] for m in sms] == [package.referent_phone]  # one SMS, to the referent
    controller.window.show_section(Section.PRODUCTS)
    controller.window.refresh_button.click()  # F5 on Prodotti: the GSS tab shows the threshold, from the server
    qtbot.waitUntil(lambda: section.gss.package(package.id).thresholds_sent == (80,), timeout=LOAD_MS)


def test_sims_moved_between_packages_show_in_both_after_the_change_r60(qtbot, products):
    controller, section, _sandbox = products
    gss, flows = section.gss, controller.products_flows
    source = gss.current_package()
    target = next(p for p in gss.listing.packages if p.id != source.id and p.free_places >= 2)
    moving = [sim.line_id for sim in gss.current_sims()[:2]]
    with qtbot.waitSignal(flows.dialogShown) as shown:
        gss.action_buttons["move"].click()
    dialog = shown.args[0]
    for i in range(dialog.sim_list.count()):
        item = dialog.sim_list.item(i)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in moving
                           else Qt.CheckState.Unchecked)
    dialog.target.setCurrentIndex(dialog.target.findData(target.id))
    dialog.next()
    assert f"da {source.sim_count} a {source.sim_count - 2} SIM" in dialog.confirm_text.text()
    with qtbot.waitSignal(flows.actionEnded, timeout=LOAD_MS) as ended:
        dialog.next()
    assert ended.args == ["gss_move", True], dialog.error.text()
    qtbot.waitUntil(lambda: gss.package(target.id).sim_count == target.sim_count + 2
                    and gss.package(source.id).sim_count == source.sim_count - 2, timeout=LOAD_MS)
    qtbot.waitUntil(lambda: {s.line_id for s in gss.current_sims()}.isdisjoint(moving), timeout=LOAD_MS)


def test_signing_out_leaves_nothing_of_the_company_on_screen_nor_a_code_on_the_clipboard(qtbot, products):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QMessageBox

    controller, section, _sandbox = products
    flows = controller.products_flows
    with qtbot.waitSignal(flows.dialogShown) as shown:
        section.gss.view_button.click()  # "Visualizza": a SIM's figures in a box of their own
    box = shown.args[0]
    assert isinstance(box, QMessageBox) and box.isVisible()
    section.tabs.setCurrentWidget(section.mobile)
    with qtbot.waitSignal(flows.codesShown, timeout=LOAD_MS):
        section.mobile.puk.show_button.click()
    section.mobile.puk.copy()
    puk = section.mobile.puk.value.text()
    assert QGuiApplication.clipboard().text() == puk
    controller.sign_out()
    assert QGuiApplication.clipboard().text() != puk
    assert not box.isVisible() and section.gss.model.rowCount() == 0 and section.gss.sims_model.rowCount() == 0
    assert section.devices.model.rowCount() == 0 and not section.mobile.puk.revealed
