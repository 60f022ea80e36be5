"""Fai da te → Options, Mobile services and Premium services in the real app against a sandbox of its own
(R-65, R-66): an eleventh number refused on screen, a verdict per number with an incompatible one, the send
disabled until every number is compatible, the request sent and its progress followed, a second request
refused on screen and, forced past the screen, by the server (409 with the running one shown), completed
once the sandbox clock passes five minutes; a mobile service activated and deactivated; a premium one only
after the confirmation that states its cost (declining sends nothing)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from tests.ui.conftest import ADMIN, sign_in
from windtre_desktop.domain.roles import Section

LOAD_MS = 30_000


@pytest.fixture
def self_service(qtbot, fresh_sandbox, make_controller):
    controller = make_controller(fresh_sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    controller.window.show()  # the running request is followed only while its page is visible
    controller.window.show_section(Section.SELF_SERVICE)
    section = controller.window.section_widget(Section.SELF_SERVICE)
    flows = controller.self_service_flows.options
    return controller, section, flows, fresh_sandbox


@contextmanager
def admin_client(sandbox) -> Iterator[httpx.Client]:
    """A User Admin session of its own on the sandbox, to read what the server holds."""
    with httpx.Client(base_url=sandbox.url, timeout=10) as client:
        answer = client.post("/api/v1/login/credentials", json={"username": ADMIN[0], "password": ADMIN[1]})
        client.headers["X-W3-Token"] = answer.headers["X-W3-Token"]
        yield client


def is_data_only(line) -> bool:
    return line.kind == "mobile" and line.voice is None and line.sms is None


def test_options_eleven_refused_verdicts_send_running_refused_twice_then_completed_r65(qtbot, self_service):
    controller, section, flows, sandbox = self_service
    section.show_page("options")
    view = section.options
    qtbot.waitUntil(lambda: view.option_box.count() >= 8, timeout=LOAD_MS)
    assert not view.send_button.isEnabled()
    mobile = [line for line in controller.snapshot.lines if line.kind == "mobile"]
    data_only = [line for line in mobile if is_data_only(line)]
    voice = [line for line in mobile if not is_data_only(line)]
    assert data_only and len(voice) >= 10
    chosen = [data_only[0], *voice[:9]]
    for line in chosen:
        assert view.picker.select_line(line.id)
        view.add_button.click()
    assert len(view.chosen()) == 10 and view.chosen_list.count() == 10
    # the eleventh is refused on screen, naming the rule, and nothing is lost
    assert view.add_number(voice[9].id) is False
    assert "R-65" in view.selection_error.text() and view.selection_error.isVisible()
    assert view.chosen() == [line.id for line in chosen]

    view.option_box.setCurrentIndex(view.option_box.findData("OPT-SMS-500"))
    with qtbot.waitSignal(flows.verdictsShown, timeout=LOAD_MS):
        view.check_button.click()
    rows = view.verdicts_model.rows
    assert [v.line_id for v in rows] == view.chosen()
    assert rows[0].reason_code == "DATA_ONLY" and not rows[0].compatible
    assert view.verdicts_model.index(0, 1).data() == "✗"
    assert view.verdicts_model.index(0, 2).data()  # the reason's label
    assert not view.send_button.isEnabled() and view.drop_button.isVisible()
    view.drop_button.click()
    assert data_only[0].id not in view.chosen() and view.chosen()
    assert all(v.compatible for v in view.verdicts_model.rows)
    assert view.send_button.isEnabled()

    with qtbot.waitSignal(flows.requestShown, timeout=LOAD_MS) as shown:
        view.send_button.click()
    request = shown.args[0]
    assert request.running and request.option_code == "OPT-SMS-500" and list(request.line_ids) == view.chosen()
    qtbot.waitUntil(lambda: view.request_box.isVisible() and view.progress.value() < 100, timeout=LOAD_MS)
    assert flows.poll.isActive()
    # a second request: refused on screen while the first runs...
    view.remove_number(view.chosen()[0])
    view.option_box.setCurrentIndex(view.option_box.findData("OPT-GIGA-NIGHT"))
    assert not view.send_button.isEnabled() and request.id in view.send_note.text()
    # ...and by the server when forced past the screen: 409 ERR-OPT-01, the running one shown
    with qtbot.waitSignal(flows.requestRefused, timeout=LOAD_MS) as refused:
        flows.send_request("OPT-GIGA-NIGHT", "activate", [voice[9].id])
    assert request.id in refused.args[0] and view.message.text() == refused.args[0]
    assert view.running() is not None and view.running().id == request.id and view.request_box.isVisible()

    httpx.post(f"{sandbox.url}/sandbox/clock", json={"advanceSeconds": 301}, timeout=10).raise_for_status()
    qtbot.waitUntil(lambda: view.running() is None and view.progress.value() == 100, timeout=LOAD_MS)
    assert not flows.poll.isActive()
    with admin_client(sandbox) as client:
        for line_id in request.line_ids:
            active = client.get(f"/api/v1/lines/{line_id}/options").json()["data"]["active"]
            assert "OPT-SMS-500" in active
    # the same choice checked again: already active everywhere
    view.option_box.setCurrentIndex(view.option_box.findData("OPT-SMS-500"))
    for line_id in [i for i in request.line_ids if i not in view.chosen()]:
        view.add_number(line_id)
    with qtbot.waitSignal(flows.verdictsShown, timeout=LOAD_MS):
        view.check_button.click()
    assert {v.reason_code for v in view.verdicts_model.rows} == {"ALREADY_ACTIVE"}
    assert not view.send_button.isEnabled()


def test_a_mobile_service_is_checked_activated_and_deactivated_r66(qtbot, self_service):
    controller, section, flows, sandbox = self_service
    section.show_page("mobile_services")
    view = section.mobile_services
    line = next(line for line in controller.snapshot.lines if line.kind == "mobile")
    with qtbot.waitSignal(flows.servicesShown, timeout=LOAD_MS):
        view.select_line(line.id)
    assert {s.category for s in view.services()} == {"mobile"}
    for _round in range(2):  # on then off (or off then on)
        assert view.select_service("SRV-NEWS")
        service = view.current_service()
        assert not view.change_button.isEnabled()  # the check comes first
        with qtbot.waitSignal(flows.serviceChecked, timeout=LOAD_MS):
            view.check_button.click()
        assert view.change_button.isEnabled() and "✓" in view.verdict.text()
        with qtbot.waitSignal(flows.servicesShown, timeout=LOAD_MS):
            view.change_button.click()
        qtbot.waitUntil(lambda s=service: view.current_service().active is not s.active, timeout=LOAD_MS)
        with admin_client(sandbox) as client:
            services = client.get(f"/api/v1/lines/{line.id}/services").json()["data"]["services"]
        assert next(s for s in services if s["code"] == "SRV-NEWS")["active"] is not service.active


def test_a_premium_service_needs_the_confirmation_stating_its_cost_r66(qtbot, self_service):
    controller, section, flows, sandbox = self_service
    with admin_client(sandbox) as client:
        def free(line_id: str) -> bool:
            services = {s["code"]: s for s in client.get(f"/api/v1/lines/{line_id}/services").json()["data"]["services"]}
            return not services["SRV-BAR-PREMIUM"]["active"] and not services["SRV-PREM-MUSIC"]["active"]

        line = next(line for line in controller.snapshot.lines if line.kind == "mobile" and free(line.id))
    section.show_page("premium_services")
    view = section.premium_services
    with qtbot.waitSignal(flows.servicesShown, timeout=LOAD_MS):
        view.select_line(line.id)
    assert {s.category for s in view.services()} == {"premium"}
    assert view.select_service("SRV-PREM-MUSIC")
    with qtbot.waitSignal(flows.serviceChecked, timeout=LOAD_MS):
        view.check_button.click()
    sent = []
    view.changeRequested.connect(lambda *args: sent.append(args))
    view.change_button.click()
    assert view.confirm_box.isVisible() and "2,99" in view.confirm_text.text() and line.msisdn in view.confirm_text.text()
    assert not view.change_button.isEnabled()
    view.decline_button.click()
    assert sent == [] and not view.confirm_box.isVisible() and not view.current_service().active
    view.change_button.click()
    with qtbot.waitSignal(flows.serviceChanged, timeout=LOAD_MS) as changed:
        view.confirm_button.click()
    assert changed.args == ["SRV-PREM-MUSIC", True]
    assert sent == [(line.id, "SRV-PREM-MUSIC", "activate", True)]
    qtbot.waitUntil(lambda: view.current_service() is not None and view.current_service().active, timeout=LOAD_MS)
