"""Filing tickets in the app against a real sandbox (R-70…R-73): the fast path, the one-open-ticket
rule before typing, drafts that survive a restart, and the offline queue that never files twice."""

from __future__ import annotations

import httpx

from tests.ui.conftest import ADMIN, sign_in
from tests.ui.test_account_wizards import fill
from windtre_desktop.domain.roles import Section
from windtre_desktop.flows.tickets import TICKET_DRAFT


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


def fill_administrative(view, notify: str) -> None:
    """An administrative "wrong tariff" request typed up to its invoice number (R-71)."""
    choose(view, "reason", "ADMINISTRATIVE")
    view.next_button.click()
    choose(view, "adminTopic", "WRONG_TARIFF")
    choose(view, "domain", "mobile")
    choose(view, "notify", notify)
    fill(view, site="Sede di Milano", referentName="Mario Rossi", referentPhone="02 1234567",
         referentEmail="mario@rossi.it", requesterName="Giulia Conti", requesterPhone="+39 347 000 1111",
         requesterEmail="giulia@conti.it")


def server_tickets(url: str) -> list[dict]:
    with httpx.Client(base_url=url) as http:
        token = http.post("/api/v1/login/credentials", json={"username": ADMIN[0], "password": ADMIN[1],
                                                             "rememberMe": False}).headers["X-W3-Token"]
        return http.get("/api/v1/tickets", headers={"X-W3-Token": token}).json()["data"]


def start(qtbot, make_controller, url):
    controller = make_controller(url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    # the app settles: after the first sync it also takes in the notification feed, an action the
    # tests below must not mistake for their own
    qtbot.waitUntil(lambda: controller.notification_flows.refreshes >= 1, timeout=15000)
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


def test_imei_block_with_three_scans_then_an_administrative_request(qtbot, fresh_sandbox, make_controller, tmp_path):
    from PySide6.QtGui import QImage

    controller = start(qtbot, make_controller, fresh_sandbox.url)
    scans = {}
    image = QImage(30, 20, QImage.Format.Format_RGB32)
    image.fill(0x224466)
    for kind, name in (("request_form", "modulo.png"), ("identity_document", "documento.jpg"),
                       ("authority_report", "denuncia.png")):
        path = tmp_path / name
        assert image.save(str(path))
        scans[kind] = path
    dialog = controller.ticket_flows.open_wizard(controller.window, loss_theft=True)
    view = dialog.view
    choose(view, "lossTopic", "IMEI_BLOCK")
    view.next_button.click()
    choose(view, "service", "voice")
    fill(view, imei="490154203237518")
    view.next_button.click()
    assert view.wizard.step_id == "attachments"
    editor = view.editor("attachments")
    for kind, path in scans.items():
        assert editor.add_file(str(path), kind), editor.message.text()
    stored = [a["path"] for a in view.wizard.values["attachments"]]
    assert all(str(controller.paths.data_dir) in path for path in stored)  # copies kept with the draft
    view.next_button.click()
    assert view.wizard.step_id == "notes", view.wizard.errors()
    with qtbot.waitSignal(controller.ticket_flows.ticketFiled, timeout=15000) as blocker:
        view.next_button.click()
    assert sorted(a["kind"] for a in blocker.args[0]["attachments"]) == sorted(scans)

    controller.ticket_flows.dialog = None
    controller.window.show_section(Section.TICKETS)
    tickets = controller.window.section_widget(Section.TICKETS)
    qtbot.waitUntil(lambda: len(tickets.tickets) == 1, timeout=10000)  # seen as "Assegnato"
    notes: list[str] = []
    controller.notified.connect(lambda _title, text: notes.append(text))
    for _ in range(3):  # 87 minutes pass on the sandbox clock, the app looking now and then
        httpx.post(f"{fresh_sandbox.url}/sandbox/clock", json={"advanceSeconds": 29 * 60}).raise_for_status()
        with qtbot.waitSignal(controller.service.worker.actionSucceeded, timeout=10000):
            tickets.reload()
    qtbot.waitUntil(lambda: any("In lavorazione" in text for text in notes), timeout=5000)  # a notification

    # once the IMEI block is closed (24 h later), an administrative request can follow
    httpx.post(f"{fresh_sandbox.url}/sandbox/clock", json={"advanceSeconds": 25 * 3600}).raise_for_status()
    controller.add_account()  # a day later the session has ended: sign in again
    assert sign_in(qtbot, controller) is True
    controller.ticket_flows.open_wizard(controller.window)
    view = controller.ticket_flows.dialog.view
    fill_administrative(view, notify="email")
    view.next_button.click()
    assert view.wizard.step_id == "administrative" and "invoiceNumber" in view.wizard.errors()  # required here
    fill(view, invoiceNumber="F-2026/0042")
    view.next_button.click()
    assert view.wizard.step_id == "notes", view.wizard.errors()
    fill(view, notes="x" * 301)
    view.next_button.click()
    assert view.wizard.step_id == "notes" and "300" in view._rows["notes"].error.text()
    fill(view, notes="Tariffa applicata diversa da quella del contratto.")
    with qtbot.waitSignal(controller.ticket_flows.ticketFiled, timeout=15000) as blocker:
        view.next_button.click()
    assert blocker.args[0]["topic"] == "WRONG_TARIFF" and blocker.args[0]["invoiceNumber"] == "F-2026/0042"


def test_the_blank_imei_block_form_is_a_pdf_to_print(qtbot, fresh_sandbox, make_controller, tmp_path):
    controller = start(qtbot, make_controller, fresh_sandbox.url)
    saved = []
    controller.ticket_flows.save_blank_form(tmp_path / "modulo.pdf", saved.append)
    qtbot.waitUntil(lambda: len(saved) == 1, timeout=10000)
    assert saved[0].read_bytes().startswith(b"%PDF-")


def test_an_open_ticket_is_looked_at_regularly_and_a_status_change_notified(qtbot, fresh_sandbox, make_controller):
    controller = start(qtbot, make_controller, fresh_sandbox.url)
    line = next(line.msisdn for line in controller.snapshot.lines if line.kind == "mobile")
    controller.ticket_flows.open_wizard(controller.window, loss_theft=True)
    view = fill_sim_replacement(qtbot, controller, line)
    with qtbot.waitSignal(controller.ticket_flows.ticketFiled, timeout=15000):
        view.next_button.click()
    controller.window.show_section(Section.TICKETS)
    tickets = controller.window.section_widget(Section.TICKETS)
    qtbot.waitUntil(lambda: tickets.has_open_ticket, timeout=10000)
    notes: list[str] = []
    controller.notified.connect(lambda _title, text: notes.append(text))
    controller.ticket_poll.setInterval(150)  # instead of minutes; nobody presses anything below
    for _ in range(3):
        httpx.post(f"{fresh_sandbox.url}/sandbox/clock", json={"advanceSeconds": 29 * 60}).raise_for_status()
        with qtbot.waitSignal(controller.service.worker.actionSucceeded, timeout=5000):
            pass
    qtbot.waitUntil(lambda: any("In lavorazione" in text for text in notes), timeout=5000)


def test_the_invoice_number_is_picked_from_the_synced_invoices(qtbot, fresh_sandbox, make_controller):
    """R-71: the administrative request's invoice number comes from the invoices the app has synced (or is
    typed); the SIM of a loss/theft ticket from the company's lines, in the same kind of popup."""
    from PySide6.QtCore import Qt

    controller = start(qtbot, make_controller, fresh_sandbox.url)
    with qtbot.waitSignal(controller.service.worker.actionSucceeded, timeout=15000):
        controller.ticket_flows.open_wizard(controller.window)  # asks for the open ticket, then the invoices
    qtbot.waitUntil(lambda: bool(controller._ticket_suggestions().get("invoiceNumber")), timeout=15000)
    invoices = controller.invoice_flows.archive().listing()
    wanted = next(i for i in invoices if i["kind"] == "device")
    view = controller.ticket_flows.dialog.view
    fill_administrative(view, notify="sms")
    line = view.editor("invoiceNumber")
    # the invoices reach the wizard when their answer is handled here, which may come after other answers
    # (the fleet's, the notifications') that the signal above also announces
    qtbot.waitUntil(lambda: line.completer() is not None and line.completer().model().rowCount() == len(invoices),
                    timeout=15000)
    completer = line.completer()
    view.show()
    line.setFocus()
    qtbot.keyClicks(line, wanted["number"][-8:])  # part of the number, as a user would type it
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    shown = [completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())]
    assert shown and all(wanted["number"][-8:] in text for text in shown)
    match = next(r for r, text in enumerate(shown) if text.startswith(wanted["number"] + " · "))
    popup.setCurrentIndex(completer.completionModel().index(match, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: line.text() == wanted["number"], timeout=5000)  # the bare number, not the detail
    qtbot.wait(50)
    assert view.wizard.value("invoiceNumber") == wanted["number"]
    assert view.wizard.step_id == "administrative"  # the Enter that chose it did not also submit the page
    qtbot.keyClick(line, Qt.Key.Key_Return)  # Enter in a field: Next, once
    assert view.wizard.step_id == "notes", view.wizard.errors()
    assert view._rows["notes"].error.isHidden()  # not pressed a second time on the page just opened
    fill(view, notes="Importo diverso dal contratto.")
    with qtbot.waitSignal(controller.ticket_flows.ticketFiled, timeout=15000) as blocker:
        view.next_button.click()
    assert blocker.args[0]["invoiceNumber"] == wanted["number"]
    assert [t["invoiceNumber"] for t in server_tickets(fresh_sandbox.url)] == [wanted["number"]]
    suggestions = controller._ticket_suggestions()
    mobiles = {line.msisdn for line in controller.snapshot.lines if line.kind == "mobile"}
    assert {value for value, _detail in suggestions["msisdn"]} == mobiles
