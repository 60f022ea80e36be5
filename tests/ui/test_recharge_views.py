"""Ricarica Online and Ricarica Automatica in the real app against a real sandbox (R-64, R-67, R-43): an invoice
recharge shows each line's new credit, reaches the dashboard's data by a sync and the line's history; a card
order opens the hosted page (the browser is the one thing replaced) and is followed until paid; a refused or
timed-out payment says so and keeps the form; an eleventh number is refused in the page naming the rule; a
dropped answer after commit then the retry top up once; a Dipendente has no such section and the server says
403; an automatic recharge is saved, shown with its next date, and cancelled after a confirmation."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.conftest import sign_in
from windtre_desktop.domain.roles import Role, Section, sections_for

LOAD_MS = 30_000
API = "/api/v1"


class Server:
    """The sandbox seen by the test, not by the app: its controls and an admin's own session."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.http = httpx.Client(base_url=url, timeout=10)
        answer = self.http.post(f"{API}/login/credentials", json={"username": "admin.demo", "password": "Demo2026!"})
        self.http.headers["X-W3-Token"] = answer.headers["X-W3-Token"]

    def credit(self, line_id: str) -> int:
        return self.http.get(f"{API}/lines/{line_id}").json()["data"]["creditCents"]

    def history(self, line_id: str) -> dict:
        return self.http.get(f"{API}/lines/{line_id}/recharges").json()["data"]

    def payments(self, outcome: str) -> None:
        self.http.post("/sandbox/payments", json={"outcome": outcome}).raise_for_status()


@pytest.fixture
def page(qtbot, fresh_sandbox, make_controller):
    controller = make_controller(fresh_sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    controller.window.show_section(Section.SELF_SERVICE)
    section = controller.window.section_widget(Section.SELF_SERVICE)
    section.show_page("online_recharge")
    view = section.online_recharge
    qtbot.waitUntil(lambda: view.options is not None and view.found_model.rowCount() > 0, timeout=LOAD_MS)
    flows = controller.self_service_flows.recharges
    opened: list[str] = []
    flows.open_url = lambda url: opened.append(url.toString()) or True  # no browser here
    server = Server(fresh_sandbox.url)
    yield controller, section, view, flows, server, opened
    server.http.close()


def _fill(view, count: int, amount: int, method: str) -> list[str]:
    ids = [line.id for line in view.all_lines[:count]]
    assert view.add_lines(ids)
    view.amount.setCurrentIndex(view.amount.findData(amount))
    (view.card if method == "card" else view.invoice).setChecked(True)
    return ids


def test_an_invoice_recharge_shows_the_new_credit_syncs_it_and_appears_in_the_history(qtbot, page):
    controller, _section, view, flows, server, opened = page
    ids = _fill(view, 2, 1000, "invoice")
    before = {line_id: server.credit(line_id) for line_id in ids}
    assert "2" in view.summary.text() and "20" in view.summary.text()  # 2 lines × 10 € = 20 €
    with qtbot.waitSignal(flows.orderSettled, timeout=LOAD_MS) as settled:
        view.confirm.click()
    order = settled.args[0]
    assert order.completed and view.showing() == "result"
    assert opened == []  # nothing to pay on a page
    for row, line_id in enumerate(ids):
        assert server.credit(line_id) == before[line_id] + 1000
        shown = view.result_model.data(view.result_model.index(row, 2))
        assert shown.replace("\u00a0", " ").startswith(f"{(before[line_id] + 1000) // 100}")
        history = server.history(line_id)
        assert history["done"][0]["type"] == "online" and history["done"][0]["amountCents"] == 1000
    # the dashboard's data: the hub asked for a sync, which brings the new credit
    qtbot.waitUntil(lambda: {line.id: line.credit_cents for line in controller.snapshot.lines
                             if line.id in ids} == {i: before[i] + 1000 for i in ids}, timeout=LOAD_MS)
    with qtbot.waitSignal(flows.historyRequested, timeout=LOAD_MS) as asked:
        view.history_button.click()
    assert asked.args[0] == ids[0]
    # the controller opens Conto › Ricariche on that line ("Storico Ricariche", R-43)
    assert controller.window.current_section() is Section.ACCOUNT_BILLING
    billing = controller.window.section_widget(Section.ACCOUNT_BILLING)
    assert billing.recharges is not None and billing.recharges.current_line_id() == ids[0]


def test_a_card_recharge_opens_the_payment_page_and_follows_the_order_until_paid(qtbot, page):
    _controller, _section, view, flows, server, opened = page
    (line_id,) = _fill(view, 1, 2000, "card")
    assert view.card_note.isVisibleTo(view)
    before = server.credit(line_id)
    with qtbot.waitSignal(flows.orderSettled, timeout=LOAD_MS) as settled:
        view.confirm.click()
    order = settled.args[0]
    assert order.completed and view.showing() == "result"
    assert opened == [f"{server.url}/sandbox/pay/{order.id}"]
    assert server.credit(line_id) == before + 2000


@pytest.mark.parametrize("outcome, words", [("refused", "rifiutato"), ("timeout", "in tempo")])
def test_a_refused_or_timed_out_payment_says_so_and_keeps_the_form(qtbot, page, outcome, words):
    _controller, _section, view, flows, server, _opened = page
    server.payments(outcome)
    ids = _fill(view, 2, 500, "card")
    before = {line_id: server.credit(line_id) for line_id in ids}
    with qtbot.waitSignal(flows.orderSettled, timeout=LOAD_MS) as settled:
        view.confirm.click()
    assert not settled.args[0].completed
    assert view.showing() == "form" and words in view.error.text()
    assert view.chosen_ids() == ids and view.method() == "card" and view.amount_cents() == 500
    assert {line_id: server.credit(line_id) for line_id in ids} == before


def test_waiting_for_the_payment_is_visible_and_can_be_stopped(qtbot, page):
    _controller, _section, view, flows, server, opened = page
    server.payments("manual")
    _fill(view, 1, 500, "card")
    with qtbot.waitSignal(flows.orderSent, timeout=LOAD_MS):
        view.confirm.click()
    qtbot.waitUntil(lambda: view.showing() == "waiting", timeout=LOAD_MS)
    assert "RO-" in view.waiting_text.text() and len(opened) == 1
    view.reopen.click()
    assert len(opened) == 2 and opened[0] == opened[1]
    view.stop_waiting.click()
    assert view.showing() == "form" and "Storico Ricariche" in view.error.text()
    assert not flows.poll.isActive()


def test_an_eleventh_number_is_refused_in_the_page_naming_the_rule(qtbot, page):
    _controller, _section, view, _flows, _server, _opened = page
    ids = [line.id for line in view.all_lines[:10]]
    assert view.add_lines(ids)
    eleventh = next(row for row in range(view.found_proxy.rowCount())
                    if view.found_model.lines[view.found_proxy.mapToSource(view.found_proxy.index(row, 0)).row()].id
                    not in ids)  # fmt: skip
    view.found.selectRow(eleventh)
    view.add_button.click()
    assert view.chosen_ids() == ids
    assert "10" in view.error.text() and "R-64" in view.error.text()
    view.chosen.selectRow(0)
    view.remove_button.click()
    assert not view.error.text() and len(view.chosen_ids()) == 9
    several = [line.id for line in view.all_lines[10:13]]  # three more: one fits, two are refused
    assert not view.add_lines(several)
    assert view.chosen_ids() == ids[1:] + several[:1] and "R-64" in view.error.text()


def test_the_search_finds_lines_by_number_and_by_tariff_plan(qtbot, page):
    _controller, _section, view, _flows, _server, _opened = page
    line = view.all_lines[3]
    view.number_search.setText(line.msisdn[-6:])
    qtbot.waitUntil(lambda: line in view.found_model.lines and view.found_model.rowCount() < len(view.all_lines),
                    timeout=LOAD_MS)
    view.number_search.clear()
    view.plan_search.setText(line.offer_name)
    qtbot.waitUntil(lambda: view.found_model.rowCount() > 0 and all(
        found.offer_name == line.offer_name for found in view.found_model.lines), timeout=LOAD_MS)
    view.found.setFocus()
    view.found.selectRow(0)
    view.found.setCurrentIndex(view.found_proxy.index(0, 0))
    qtbot.keyClick(view.found, Qt.Key.Key_Return)  # the keyboard adds the line too
    assert len(view.chosen_ids()) == 1 and view.by_id[view.chosen_ids()[0]].offer_name == line.offer_name


def test_a_dropped_answer_after_commit_then_the_retry_tops_up_once(qtbot, page):
    _controller, _section, view, flows, server, _opened = page
    (line_id,) = _fill(view, 1, 2500, "invoice")
    before = server.credit(line_id)
    server.http.post("/sandbox/faults", json={"mode": "drop", "after": True, "count": 1,
                                               "pathPrefix": f"{API}/recharges"}).raise_for_status()  # fmt: skip
    failures: list[str] = []
    flows.orderFailed.connect(failures.append)
    with qtbot.waitSignal(flows.orderSettled, timeout=LOAD_MS) as settled:
        view.confirm.click()
        # the client retries a keyed POST itself; if it gave up, the user confirms again with the same key
        qtbot.waitUntil(lambda: bool(failures) or view.showing() == "result", timeout=LOAD_MS)
        if failures:
            view.confirm.click()
    assert settled.args[0].completed
    assert server.credit(line_id) == before + 2500
    online = [a for a in server.history(line_id)["attempts"] if a["transactionId"].startswith("RC")
              and a["transactionId"] == settled.args[0].recharges[0].transaction_id]  # fmt: skip
    assert len(online) == 1
    assert int(settled.args[0].id[3:]) == 1  # the first order of this sandbox: no second one was made


def test_a_dipendente_has_no_self_service_and_the_server_refuses(fresh_sandbox):
    assert Section.SELF_SERVICE not in sections_for(Role.DIPENDENTE)
    employee = next(u for u in httpx.get(f"{fresh_sandbox.url}/sandbox/demo-credentials").json()["users"]
                    if u["role"] == "DIPENDENTE")
    with httpx.Client(base_url=fresh_sandbox.url, timeout=10) as http:
        answer = http.post(f"{API}/login/credentials", json={"username": employee["username"],
                                                             "password": employee["password"]})
        http.headers["X-W3-Token"] = answer.headers["X-W3-Token"]
        assert http.get(f"{API}/recharges/options").status_code == 403
        refused = http.post(f"{API}/recharges", json={"lineIds": ["L00001"], "amountCents": 500, "method": "invoice"},
                            headers={"Idempotency-Key": "x1"})
        assert refused.status_code == 403 and refused.json()["errorCodes"] == ["ERR-AUTH-03"]
        assert http.get(f"{API}/auto-recharges").status_code == 403


def test_an_automatic_recharge_is_saved_shown_and_cancelled_after_a_confirmation(qtbot, page):
    _controller, section, _view, flows, server, _opened = page
    section.show_page("auto_recharge")
    auto = section.auto_recharge
    qtbot.waitUntil(lambda: auto.rules is not None and auto.lines_model.rowCount() > 0, timeout=LOAD_MS)
    line = auto.all_lines[0]
    auto.choose_line(line.id)
    auto.submit()
    assert auto.error.text().startswith("Tipo:")  # no kind chosen: the rule named before anything is sent
    auto.monthly_mode.setChecked(True)
    auto.amount.setCurrentIndex(auto.amount.findData(1500))
    auto.invoice.setChecked(True)
    with qtbot.waitSignal(flows.ruleChanged, timeout=LOAD_MS) as changed:
        auto.save.click()
    assert changed.args[0] is True
    assert auto.rules_model.rowCount() == 1 and auto.rules_model.rows[0].line_id == line.id
    assert auto.current_rule().next_at and "Prossima ricarica" in auto.state.text()
    rules = server.http.get(f"{API}/auto-recharges").json()["data"]["rules"]
    assert [(r["lineId"], r["mode"], r["amountCents"]) for r in rules] == [(line.id, "monthly", 1500)]
    auto.ask_cancel()
    auto.confirm_box.button(QMessageBox.StandardButton.No).click()
    assert auto.rules_model.rowCount() == 1
    auto.ask_cancel()
    with qtbot.waitSignal(flows.ruleChanged, timeout=LOAD_MS) as changed:
        auto.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert changed.args[0] is True and auto.rules_model.rowCount() == 0
    assert server.http.get(f"{API}/auto-recharges").json()["data"]["rules"] == []


def test_following_an_order_stops_on_an_answer_that_asking_again_will_not_change(qtbot, page):
    """The session ends while a card order awaits its payment: the page stops asking (it would ask every 1.5 s
    for ever), says why and where the outcome will be found; the form is kept."""
    _controller, _section, view, flows, server, _opened = page
    server.payments("manual")
    ids = _fill(view, 1, 500, "card")
    with qtbot.waitSignal(flows.orderSent, timeout=LOAD_MS):
        view.confirm.click()
    qtbot.waitUntil(lambda: view.showing() == "waiting", timeout=LOAD_MS)
    server.http.post("/sandbox/sessions/expire").raise_for_status()
    with qtbot.waitSignal(flows.orderFailed, timeout=LOAD_MS):
        pass
    assert view.showing() == "form" and not flows.poll.isActive() and flows.order is None
    assert "Storico Ricariche" in view.error.text()
    assert view.chosen_ids() == ids
