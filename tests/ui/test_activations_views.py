"""Fai da te → Attivazione linee, Associazione SIM, Promozioni and Copertura in the real app against the real
sandbox (R-61, R-62, R-63, R-23): the pages filled after sign-in as admin.demo, the empty state once every
line is active, "Tienimi aggiornato" refused as typed (nothing sent), accepted, kept open on a refusal by the
server, the history's filters (a reversed period explained and not asked for), the tel: link and the
coverage links (only QDesktopServices.openUrl is replaced: it would open a browser)."""

from __future__ import annotations

from datetime import date, timedelta

import httpx
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from tests.ui.conftest import sign_in
from windtre_desktop.domain.coverage import ABROAD_COVERAGE_URL, NATIONAL_COVERAGE_URL
from windtre_desktop.domain.roles import Section
from windtre_desktop.sandbox.runner import SandboxServer
from windtre_desktop.widgets.progress_delegate import PROGRESS_ROLE

LOAD_MS = 30_000
DAY = 86400


@pytest.fixture
def long_sandbox():
    """A sandbox of its own whose sessions outlive a clock moved by weeks (activations become active)."""
    server = SandboxServer(lines=60, seed=7, token_ttl_seconds=120 * DAY)
    server.start()
    yield server
    server.stop()


def _api(server, path: str) -> dict:
    """What the server holds now, asked as admin.demo by a client of the test's own."""
    with httpx.Client(base_url=server.url, timeout=10) as http:
        login = http.post("/api/v1/login/credentials", json={"username": "admin.demo", "password": "Demo2026!"})
        answer = http.get(f"/api/v1{path}", headers={"X-W3-Token": login.headers["X-W3-Token"]})
        return answer.json()["data"]


def _keep_updated_requests(server) -> int:
    stats = httpx.get(f"{server.url}/sandbox/stats", timeout=10).json()["requests"]
    return sum(count for path, count in stats.items() if path.endswith("/keep-updated"))


def open_self_service(qtbot, server, make_controller):
    controller = make_controller(server.url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    controller.window.show_section(Section.SELF_SERVICE)
    section = controller.window.section_widget(Section.SELF_SERVICE)
    return controller, section


@pytest.fixture
def self_service(qtbot, long_sandbox, make_controller):
    controller, section = open_self_service(qtbot, long_sandbox, make_controller)
    qtbot.waitUntil(lambda: section.activations.model.rowCount() > 0, timeout=LOAD_MS)
    qtbot.waitUntil(lambda: section.sim_history.loaded and section.promotions.loaded, timeout=LOAD_MS)
    return controller, section, long_sandbox


def test_the_pages_are_filled_from_the_sandbox_r61_r62_r63(qtbot, self_service):
    _controller, section, server = self_service
    activations = _api(server, "/activations")["activations"]
    view = section.activations
    assert [a.id for a in view.activations()] == [a["id"] for a in activations]
    current = view.current_activation()
    assert current is not None and not view.is_empty_state()
    assert view.progress.value() == current.progress and view.detail_title.text().endswith(current.msisdn)
    shown = view.stage_texts()
    assert len(shown) == 6
    reached = [s for s in current.stages if s.reached]
    assert sum(1 for name, _when in shown if name.startswith("✓")) == len(reached)
    assert current.msisdn in view.keep_label.text() or "Aggiornamenti: nessuno" in view.keep_label.text()
    first = view.model.activations[0]
    assert view.model.index(0, 4).data(PROGRESS_ROLE) == first.progress  # drawn as a bar
    assert view.model.index(0, 4).data() == f"{first.progress}%"

    events = _api(server, "/sim-associations")["events"]
    history = section.sim_history
    assert [e.at for e in history.model.events] == [e["at"] for e in events]
    promotions = _api(server, "/promotions")["promotions"]
    page = section.promotions
    assert page.list.count() == len(promotions) and page.number == "1928"
    chosen = page.current_promotion()
    assert chosen is not None and page.model.rowCount() == len(chosen.line_ids)
    page.select_promotion(promotions[-1]["id"])
    assert page.model.rowCount() == len(promotions[-1]["lineIds"])
    assert page.model.index(0, 0).data().startswith("+39")  # the line's number from the sync, not its id


def test_the_empty_state_once_every_line_is_active_r61(qtbot, fresh_sandbox, make_controller):
    httpx.post(f"{fresh_sandbox.url}/sandbox/clock", json={"advanceSeconds": 40 * DAY}, timeout=10)
    _controller, section = open_self_service(qtbot, fresh_sandbox, make_controller)
    view = section.activations
    qtbot.waitUntil(lambda: view.loaded, timeout=LOAD_MS)
    assert view.is_empty_state() and view.model.rowCount() == 0
    assert view.empty.isVisibleTo(view) and view.empty.text()


def test_keep_updated_refused_as_typed_then_accepted_r61(qtbot, self_service):
    controller, section, server = self_service
    flows = controller.self_service_flows.activations
    view = section.activations
    activation = view.current_activation()
    with qtbot.waitSignal(flows.dialogShown, timeout=LOAD_MS) as shown:
        view.keep_button.click()
    dialog = shown.args[0]
    dialog.sms.setChecked(True)
    dialog.to.setText("02 1234 5678")  # a landline
    assert dialog.error.isVisibleTo(dialog) and dialog.error.text()
    assert not dialog.send_button.isEnabled()
    dialog._send()  # even forced: nothing leaves while the number is wrong
    assert not dialog.busy and _keep_updated_requests(server) == 0
    dialog.email.setChecked(True)
    dialog.to.setText("mario.rossi@")
    assert dialog.error.text() and not dialog.send_button.isEnabled()
    dialog.sms.setChecked(True)
    assert dialog.to.text() == "02 1234 5678"  # each channel keeps what was typed for it
    dialog.to.setText("347 123 4567")
    assert not dialog.error.isVisibleTo(dialog) and dialog.send_button.isEnabled()
    with qtbot.waitSignal(flows.keepUpdatedEnded, timeout=LOAD_MS) as ended:
        dialog.send_button.click()
    assert ended.args == [activation.id, True]
    qtbot.waitUntil(lambda: "+393471234567" in view.keep_label.text(), timeout=LOAD_MS)
    held = next(a for a in _api(server, "/activations")["activations"] if a["id"] == activation.id)
    assert held["keepUpdated"] == {"channel": "sms", "to": "+393471234567"}
    assert _keep_updated_requests(server) == 1
    # opened again, the dialog starts from the current choice
    with qtbot.waitSignal(flows.dialogShown, timeout=LOAD_MS) as shown:
        view.keep_button.click()
    again = shown.args[0]
    assert again.sms.isChecked() and again.to.text() == "+393471234567"
    again.reject()
    # another activation with no choice yet is offered the number chosen for the first
    other = next(a for a in view.activations() if a.id != activation.id)
    assert other.keep_updated is None
    view.select_activation(other.id)
    with qtbot.waitSignal(flows.dialogShown, timeout=LOAD_MS) as shown:
        view.keep_button.click()
    offered = shown.args[0]
    assert offered.activation.id == other.id and offered.sms.isChecked() and offered.to.text() == "+393471234567"
    offered.reject()


def test_a_refusal_by_the_server_keeps_the_dialog_and_what_was_typed_r61(qtbot, self_service):
    controller, section, server = self_service
    flows = controller.self_service_flows.activations
    view = section.activations
    with qtbot.waitSignal(flows.dialogShown, timeout=LOAD_MS) as shown:
        view.keep_button.click()
    dialog = shown.args[0]
    dialog.email.setChecked(True)
    dialog.to.setText("it@example.it")
    httpx.post(f"{server.url}/sandbox/clock", json={"advanceSeconds": 40 * DAY}, timeout=10)  # now active
    with qtbot.waitSignal(flows.keepUpdatedEnded, timeout=LOAD_MS) as ended:
        dialog.send_button.click()
    assert ended.args[1] is False
    assert dialog.isVisible() and dialog.to.text() == "it@example.it" and dialog.email.isChecked()
    assert dialog.error.text() and dialog.send_button.isEnabled()
    qtbot.waitUntil(view.is_empty_state, timeout=LOAD_MS)  # the list says what is still being activated
    dialog.reject()


def test_the_history_filters_by_line_and_period_r62(qtbot, self_service):
    controller, section, server = self_service
    flows = controller.self_service_flows.activations
    history = section.sim_history
    events = _api(server, "/sim-associations")["events"]
    assert events, "the seed made no history"
    line_id = events[0]["lineId"]
    with qtbot.waitSignal(flows.historyShown, timeout=LOAD_MS):
        history.picker.select_line(line_id)
    assert {e.line_id for e in history.model.events} == {line_id}
    day = date.fromisoformat(events[0]["at"][:10])
    with qtbot.waitSignal(flows.historyShown, timeout=LOAD_MS):
        history.set_period(day + timedelta(days=1), day + timedelta(days=2))
    assert history.model.rowCount() == sum(
        1 for e in events if e["lineId"] == line_id and day < date.fromisoformat(e["at"][:10]) <= day
        + timedelta(days=2))
    with qtbot.waitSignal(flows.historyShown, timeout=LOAD_MS):
        history.set_period(day, day)
    assert [e.at for e in history.model.events] == [
        e["at"] for e in events if e["lineId"] == line_id and e["at"][:10] == day.isoformat()]
    with httpx.Client(timeout=10) as http:
        http.delete(f"{server.url}/sandbox/stats")
        history.set_period(day, day - timedelta(days=1))  # reversed
        qtbot.waitUntil(lambda: history.message.isVisibleTo(history), timeout=LOAD_MS)
        assert "From" in history.message.text() or "Da" in history.message.text()
        requests = http.get(f"{server.url}/sandbox/stats").json()["requests"]
    assert "/api/v1/sim-associations" not in requests  # explained, not asked for
    with qtbot.waitSignal(flows.historyShown, timeout=LOAD_MS):
        history.picker.select_company()
        history.set_period(day - timedelta(days=400), day + timedelta(days=1))
    assert not history.message.isVisibleTo(history)
    assert len(history.model.events) == len(events)


def test_the_call_link_and_the_coverage_links_open_in_the_system(qtbot, self_service, monkeypatch):
    _controller, section, _server = self_service
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString())
                                                                  or True))
    section.show_page("promotions")
    section.promotions.call.linkActivated.emit("tel:1928")
    section.show_page("coverage")
    section.coverage.national.click()
    section.coverage.abroad.click()
    assert opened == ["tel:1928", NATIONAL_COVERAGE_URL, ABROAD_COVERAGE_URL]
    assert QUrl(NATIONAL_COVERAGE_URL).scheme() == QUrl(ABROAD_COVERAGE_URL).scheme() == "https"
    assert 'href="tel:1928"' in section.promotions.call.text()


def test_f5_asks_again_and_unchanged_promotions_stay_shown_by_their_etag_r63(qtbot, self_service):
    controller, section, server = self_service
    flows = controller.self_service_flows.activations
    page = section.promotions
    shown = [page.list.item(row).text() for row in range(page.list.count())]
    httpx.delete(f"{server.url}/sandbox/stats", timeout=10)
    with qtbot.waitSignals([flows.activationsShown, flows.historyShown, flows.promotionsShown], timeout=LOAD_MS):
        flows.reload()
    assert [page.list.item(row).text() for row in range(page.list.count())] == shown
    requests = httpx.get(f"{server.url}/sandbox/stats", timeout=10).json()["requests"]
    assert requests.get("/api/v1/promotions") == 1
    section.reset()  # the session ended: nothing stays, and the next listing is asked for whole
    assert page.list.count() == 0 and section.activations.model.rowCount() == 0
    with qtbot.waitSignal(flows.promotionsShown, timeout=LOAD_MS):
        flows.load_promotions()
    assert [page.list.item(row).text() for row in range(page.list.count())] == shown


def test_a_failed_first_load_says_so_in_place_of_loading_and_f5_tries_again(qtbot, fresh_sandbox, make_controller):
    """The server fails: the page says the activations could not be loaded (not "loading" for ever); F5 asks
    again and, the server back, shows them."""
    controller = make_controller(fresh_sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    httpx.post(f"{fresh_sandbox.url}/sandbox/faults", json={"mode": "500", "count": -1,
                                                             "pathPrefix": "/api/v1/activations"}).raise_for_status()
    controller.window.show_section(Section.SELF_SERVICE)
    view = controller.window.section_widget(Section.SELF_SERVICE).activations
    qtbot.waitUntil(lambda: not view.message.isHidden(), timeout=30_000)
    assert view.stack.currentWidget() is view.loading and "F5" in view.loading.text()
    httpx.delete(f"{fresh_sandbox.url}/sandbox/faults").raise_for_status()
    controller.refresh()
    qtbot.waitUntil(lambda: view.loaded, timeout=30_000)
    assert view.message.isHidden() and view.stack.currentWidget() is not view.loading
