"""Notifiche in the real app against the real sandbox (R-80…R-82): after a sync that brings new events (a GSS
threshold and data abroad crossed) the centre lists them unread, the desktop is told once per new event of a
kind switched on in the app (none for a kind switched off), a restart tells nothing again and keeps what was
read; Gestione Notifiche saves (the server's settings change) and refuses an enabled type with no channel
before sending; an entry opens the screen it is about; a blocked line's data abroad is unlocked after a
confirmation."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import ADMIN, sign_in
from windtre_desktop.domain import server_labels as sl
from windtre_desktop.domain.roles import Section

LOAD_MS = 30_000
GIGA = 1024**3


def label(kind: str) -> str:
    return sl.NOTIFICATION_KINDS[kind].render(QCoreApplication.translate)


@contextmanager
def admin_client(url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=url, timeout=10) as client:
        answer = client.post("/api/v1/login/credentials", json={"username": ADMIN[0], "password": ADMIN[1]})
        client.headers["X-W3-Token"] = answer.headers["X-W3-Token"]
        yield client


def a_mobile(url: str, index: int = 3) -> dict:
    params = {"companyId": "C0001", "kind": "mobile", "limit": 20}
    return httpx.get(f"{url}/sandbox/lines", params=params).json()["lines"][index]


def cross_thresholds(url: str, line_id: str) -> None:
    """A GSS package past 100 % (two events) and a line's data abroad to 100 % (two events)."""
    with admin_client(url) as client:
        package = client.get("/api/v1/gss/packages").json()["data"]["packages"][0]
    httpx.post(f"{url}/sandbox/gss/usage", json={"packageId": package["id"], "bytes": package["pooledBytes"]},
               timeout=10).raise_for_status()
    httpx.post(f"{url}/sandbox/roaming/usage", json={"lineId": line_id, "bytes": 10 * GIGA},
               timeout=10).raise_for_status()


def started(qtbot, make_controller, url: str):
    controller = make_controller(url)
    # the fleet's alerts reach the same tray, whenever their thread is done: not what these tests count
    controller.alert_flows.desktop_enabled = False
    controller.start()
    assert sign_in(qtbot, controller) is True
    qtbot.waitUntil(lambda: controller._notification_flows is not None
                    and controller.notification_flows.refreshes >= 1, timeout=LOAD_MS)
    return controller


def sync_and_wait(qtbot, controller) -> None:
    flows = controller.notification_flows
    before = flows.refreshes
    controller.refresh()
    qtbot.waitUntil(lambda: flows.refreshes > before, timeout=LOAD_MS)


def open_centre(qtbot, controller):
    """The first visit shows what is stored and asks for the feed again: wait until that answer is in."""
    flows = controller.notification_flows
    before = flows.refreshes
    controller.window.show_section(Section.NOTIFICATIONS)
    view = controller.window.section_widget(Section.NOTIFICATIONS)
    qtbot.waitUntil(lambda: flows.refreshes > before and view.model.rowCount() > 0, timeout=LOAD_MS)
    return view


def test_new_events_are_listed_unread_told_once_and_never_again_after_a_restart(
        qtbot, fresh_sandbox, make_controller):
    url = fresh_sandbox.url
    first = started(qtbot, make_controller, url)
    view = open_centre(qtbot, first)
    before = {n.id for n in view.shown()}
    assert before and all(not n.read for n in view.shown())  # the demo company's overdue invoices…
    # the app's own switch: no desktop message for GSS thresholds
    page = view.settings_page
    page.desktop["gss_threshold"].setChecked(False)
    page.save()
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=LOAD_MS)
    told = len(first.tray.shown)
    assert told >= 1  # the first sync told of the events it found

    line = a_mobile(url)
    cross_thresholds(url, line["id"])
    sync_and_wait(qtbot, first)
    new = [n for n in view.shown() if n.id not in before]
    assert sorted(n.kind for n in new) == ["data_abroad_threshold"] * 2 + ["gss_threshold"] * 2
    assert all(not n.read for n in new)
    assert all("●" == view.model.index(row, 0).data() for row in range(len(new)))
    shown = first.tray.shown[told:]
    assert [title for title, _text in shown] == [label("data_abroad_threshold")] * 2
    assert all(line["msisdn"] in text for _title, text in shown)
    assert first.tray.unread == len(view.shown())
    if not first.tray.available:  # offscreen there is no system tray: the window's banner said it instead
        assert first.window.notice_banner.label.text() == f"{shown[0][0]}: {shown[0][1]}"

    sync_and_wait(qtbot, first)  # the same events again from the server: nothing new is told
    assert len(first.tray.shown) == told + 2

    # reading one: activating it marks it read and opens the line in Prodotti › Mobile
    abroad = next(n for n in new if n.kind == "data_abroad_threshold")
    assert view.select(abroad.id)
    view._activate(view.table.currentIndex())
    assert first.window.current_section() is Section.PRODUCTS
    products = first.window.section_widget(Section.PRODUCTS)
    assert products.tabs.currentWidget() is products.mobile and products.mobile.line_id() == line["id"]
    assert first.tray.unread == len(view.shown()) - 1
    first.shutdown()

    second = make_controller(url)  # the restart, on the same data dir
    second.alert_flows.desktop_enabled = False
    with qtbot.waitSignal(second.syncSettled, timeout=LOAD_MS):
        second.start()
    qtbot.waitUntil(lambda: second._notification_flows is not None
                    and second.notification_flows.refreshes >= 1, timeout=LOAD_MS)
    assert second.tray.shown == []  # each event is told once, even across restarts
    again = open_centre(qtbot, second)
    read = {n.id for n in again.shown() if n.read}
    assert read == {abroad.id}
    assert again.settings_page.desktop["gss_threshold"].isChecked() is False


def test_gestione_notifiche_refuses_an_enabled_type_without_channel_before_sending_and_saves(
        qtbot, fresh_sandbox, make_controller):
    url = fresh_sandbox.url
    controller = started(qtbot, make_controller, url)
    view = open_centre(qtbot, controller)
    page = view.settings_page
    view.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: page.enabled["promotion"].isEnabled(), timeout=LOAD_MS)
    assert not page.channels[("gss_threshold", "email")].isEnabled()  # SMS only (docs/api.md)
    httpx.delete(f"{url}/sandbox/stats")
    page.channels[("promotion", "sms")].setChecked(False)
    page.channels[("promotion", "email")].setChecked(False)
    page.save()
    assert label("promotion") in page.status.text()
    assert page.status.property("error") is True
    stats = httpx.get(f"{url}/sandbox/stats").json()["requests"]
    assert "/api/v1/notification-settings" not in stats  # nothing was sent
    assert page.enabled["promotion"].isChecked()  # what was ticked stays

    page.enabled["promotion"].setChecked(False)
    page.channels[("invoice_overdue", "sms")].setChecked(False)
    with qtbot.waitSignal(controller.notification_flows.settingsSaved, timeout=LOAD_MS) as saved:
        page.save()
    assert saved.args == [True]
    with admin_client(url) as client:
        settings = {s["type"]: s for s in client.get("/api/v1/notification-settings").json()["data"]["settings"]}
    assert settings["promotion"]["enabled"] is False
    assert settings["invoice_overdue"]["channels"] == ["email"]
    assert settings["gss_threshold"] == {"type": "gss_threshold", "enabled": True, "channels": ["sms"],
                                         "availableChannels": ["sms"]}


@pytest.mark.parametrize("answer", ["unlock", "cancel"])
def test_a_blocked_line_is_unlocked_after_a_confirmation_naming_the_unlocks_left_r81(
        qtbot, fresh_sandbox, make_controller, answer):
    url = fresh_sandbox.url
    line = a_mobile(url, 5)
    httpx.post(f"{url}/sandbox/roaming/usage", json={"lineId": line["id"], "bytes": 10 * GIGA},
               timeout=10).raise_for_status()
    controller = started(qtbot, make_controller, url)
    view = open_centre(qtbot, controller)
    blocked = next(n for n in view.shown() if n.roaming_blocked)
    view.select(blocked.id)
    assert view.unlock_button.isEnabled()
    view.unlock_button.click()
    flows = controller.notification_flows
    qtbot.waitUntil(lambda: flows.confirm_box is not None, timeout=LOAD_MS)
    box = flows.confirm_box
    assert line["msisdn"] in box.text() and "ne resteranno 1 su 2" in box.text()  # one left after this one
    with qtbot.waitSignal(flows.unlockEnded, timeout=LOAD_MS) as ended:
        box.button(QMessageBox.StandardButton.Yes if answer == "unlock" else QMessageBox.StandardButton.Cancel).click()
    assert ended.args == [answer == "unlock"]
    with admin_client(url) as client:
        roaming = client.get(f"/api/v1/lines/{line['id']}/roaming").json()["data"]
    assert roaming["unlocksUsed"] == (1 if answer == "unlock" else 0)
    assert roaming["blocked"] is (answer != "unlock")


def test_a_dipendente_sees_the_centre_and_its_own_desktop_switches_only(qtbot, fresh_sandbox, make_controller):
    users = httpx.get(f"{fresh_sandbox.url}/sandbox/demo-credentials").json()["users"]
    employee = next(u for u in users if u["role"] == "DIPENDENTE")
    controller = make_controller(fresh_sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller, employee["username"], employee["password"]) is True
    qtbot.waitUntil(lambda: controller._notification_flows is not None
                    and controller.notification_flows.refreshes >= 1, timeout=LOAD_MS)
    controller.window.show_section(Section.NOTIFICATIONS)
    view = controller.window.section_widget(Section.NOTIFICATIONS)
    page = view.settings_page
    assert view.tabs.isTabVisible(view.tabs.indexOf(page))  # the desktop pop-ups are switched here too
    assert all(widget.isHidden() for widget in page.server_rows)  # not the company's settings
    assert not any(box.isHidden() for box in page.desktop.values())
    assert view.unlock_button.isHidden()
    assert view.shown() == []  # no data abroad on its lines: nothing of the company's
    page.desktop["data_abroad_threshold"].setChecked(False)
    with qtbot.waitSignal(controller.notification_flows.settingsSaved, timeout=LOAD_MS):
        page.save_button.click()
    kept = controller.notification_flows._notes().desktop_switches(["data_abroad_threshold"])
    assert kept == {"data_abroad_threshold": False}  # in the profile's store, for the next sync and start
    requests = httpx.get(f"{fresh_sandbox.url}/sandbox/stats").json()["requests"]
    assert "/api/v1/notification-settings" not in requests  # nothing asked of the server for a Dipendente


def test_each_kind_opens_its_screen(qtbot, fresh_sandbox, make_controller):
    url = fresh_sandbox.url
    with admin_client(url) as client:
        package = client.get("/api/v1/gss/packages").json()["data"]["packages"][1]
    httpx.post(f"{url}/sandbox/gss/usage", json={"packageId": package["id"], "bytes": package["pooledBytes"]},
               timeout=10).raise_for_status()
    # three days on: the fixed lines being activated reach a stage or more, before anyone signs in
    httpx.post(f"{url}/sandbox/clock", json={"advanceSeconds": 3 * 86400}, timeout=10).raise_for_status()
    controller = started(qtbot, make_controller, url)
    view = open_centre(qtbot, controller)
    window = controller.window

    def activate(kind: str):
        entry = next(n for n in view.shown() if n.kind == kind)
        window.show_section(Section.NOTIFICATIONS)
        assert view.select(entry.id)
        view._activate(view.table.currentIndex())
        return entry

    overdue = activate("invoice_overdue")
    assert window.current_section() is Section.ACCOUNT_BILLING
    billing = window.section_widget(Section.ACCOUNT_BILLING)
    qtbot.waitUntil(lambda: (billing.invoices.selected() or {}).get("id") == overdue.target[1], timeout=LOAD_MS)

    gss = activate("gss_threshold")
    assert window.current_section() is Section.PRODUCTS
    products = window.section_widget(Section.PRODUCTS)
    assert products.tabs.currentWidget() is products.gss
    qtbot.waitUntil(lambda: products.gss.current_package() is not None
                    and products.gss.current_package().id == gss.target[1], timeout=LOAD_MS)

    activate("payment_method_invalid")
    assert window.current_section() is Section.ACCOUNT_BILLING
    assert {n.id for n in view.shown() if n.read} >= {overdue.id, gss.id}

    activate("fixed_activation")
    assert window.current_section() is Section.SELF_SERVICE
    self_service = window.section_widget(Section.SELF_SERVICE)
    assert self_service.current_page() == "activations"
    activate("promotion")
    assert window.current_section() is Section.SELF_SERVICE and self_service.current_page() == "promotions"
