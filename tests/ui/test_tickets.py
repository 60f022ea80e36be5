"""Filing tickets in the app against a real sandbox (R-70…R-73): the fast path, the one-open-ticket
rule before typing, drafts that survive a restart, and the offline queue that never files twice."""

from __future__ import annotations

import httpx

from tests.ui.conftest import ADMIN, sign_in
from tests.ui.test_account_wizards import fill
from windtre_desktop.domain.roles import Section
from windtre_desktop.ticket_flows import TICKET_DRAFT


def choose(view, field: str, value: str) -> None:
    combo = view.editor(field)
    combo.setCurrentIndex(combo.findData(value))


def fill_sim_replacement(qtbot, controller, line: str):
    dialog = controller.ticket_flows.dialog
    view = dialog.view
    assert view.wizard.step_id == "loss_topic"  # the fast path skipped the reason
    choose(view, "lossTopic", "SIM_REPLACEMENT")
    view.next_button.click()
    assert view.wizard.step_id == "sim_replacement"
    choose(view, "service", "voice")
    choose(view, "type", "theft")
    fill(view, msisdn=line, deliverySite="Via Roma 1, Milano", referentName="Mario Rossi",
         referentPhone="+39 347 111 2222", referentEmail="mario@rossi.it")
    view.next_button.click()
    assert view.wizard.step_id == "notes", view.wizard.errors()
    fill(view, notes="SIM rubata in auto")
    return view


def server_tickets(url: str) -> list[dict]:
    with httpx.Client(base_url=url) as http:
        token = http.post("/api/v1/login/credentials", json={"username": ADMIN[0], "password": ADMIN[1],
                                                             "rememberMe": False}).headers["X-W3-Token"]
        return http.get("/api/v1/tickets", headers={"X-W3-Token": token}).json()["data"]


def start(qtbot, make_controller, url):
    controller = make_controller(url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    return controller


def test_loss_theft_fast_path_files_one_ticket_and_the_list_shows_it(qtbot, fresh_sandbox, make_controller):
    controller = start(qtbot, make_controller, fresh_sandbox.url)
    line = next(line.msisdn for line in controller.snapshot.lines if line.kind == "mobile")
    controller.window.loss_action.trigger()  # Ctrl+Shift+F from anywhere
    qtbot.waitUntil(lambda: controller.ticket_flows.dialog is not None, timeout=10000)
    view = fill_sim_replacement(qtbot, controller, line)
    with qtbot.waitSignal(controller.ticket_flows.ticketFiled, timeout=15000) as blocker:
        view.next_button.click()
    number = blocker.args[0]["number"]
    assert view.wizard.step_id == "done" and number in view.description.text()
    assert [t["number"] for t in server_tickets(fresh_sandbox.url)] == [number]
    assert controller._store.load_draft(TICKET_DRAFT) is None  # filed: the draft is gone

    controller.window.show_section(Section.TICKETS)
    tickets = controller.window.section_widget(Section.TICKETS)
    qtbot.waitUntil(lambda: [t["number"] for t in tickets.tickets] == [number], timeout=10000)
    assert "ancora aperto" in tickets.notice.text()  # R-73, said before anyone types

    # a second ticket is stopped before the wizard opens
    controller.ticket_flows.dialog = None
    with qtbot.waitSignal(controller.ticket_flows.openTicketFound, timeout=10000):
        tickets.new_button.click()
    assert controller.ticket_flows.dialog is None


def test_a_half_typed_ticket_comes_back_after_a_restart(qtbot, fresh_sandbox, make_controller):
    first = start(qtbot, make_controller, fresh_sandbox.url)
    first.ticket_flows.open_wizard(first.window, loss_theft=True)
    view = first.ticket_flows.dialog.view
    choose(view, "lossTopic", "SIM_REPLACEMENT")
    view.next_button.click()
    fill(view, deliverySite="Magazzino di Bologna", referentName="Anna Verdi")
    qtbot.waitUntil(lambda: first._store.load_draft(TICKET_DRAFT) is not None
                    and "Anna Verdi" in str(first._store.load_draft(TICKET_DRAFT)), timeout=5000)
    first.shutdown()  # as after a crash: nothing else is done

    second = make_controller(fresh_sandbox.url)
    second.start()  # remembered: the cached workspace, the same store
    second.ticket_flows.open_wizard(second.window)
    restored = second.ticket_flows.dialog.view
    assert restored.wizard.step_id == "sim_replacement"
    assert restored.editor("referentName").text() == "Anna Verdi"
    assert restored.editor("deliverySite").text() == "Magazzino di Bologna"


def test_offline_the_ticket_waits_and_is_sent_once_at_the_next_sync(qtbot, fresh_sandbox, make_controller):
    controller = start(qtbot, make_controller, fresh_sandbox.url)
    line = next(line.msisdn for line in controller.snapshot.lines if line.kind == "mobile")
    controller.ticket_flows.open_wizard(controller.window, loss_theft=True)
    view = fill_sim_replacement(qtbot, controller, line)
    httpx.post(f"{fresh_sandbox.url}/sandbox/faults",
               json={"mode": "500", "count": -1, "pathPrefix": "/api/v1/tickets"}).raise_for_status()
    with qtbot.waitSignal(controller.ticket_flows.ticketQueued, timeout=15000):
        view.next_button.click()
    qtbot.waitUntil(lambda: not view.wizard.busy, timeout=5000)
    assert "salvato" in view.general_error.text()  # queued, and the user is told
    assert len(controller._store.pending_tickets()) == 1
    view.next_button.click()  # pressed again while still offline: still one entry, same key
    qtbot.waitUntil(lambda: not view.wizard.busy, timeout=15000)
    assert len(controller._store.pending_tickets()) == 1

    httpx.delete(f"{fresh_sandbox.url}/sandbox/faults").raise_for_status()
    with qtbot.waitSignal(controller.service.worker.ticketsSent, timeout=15000):
        controller.window.refresh_button.click()  # the next sync sends the queue
    assert len(server_tickets(fresh_sandbox.url)) == 1
    assert controller._store.pending_tickets() == []
