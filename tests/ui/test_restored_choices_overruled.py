"""A choice given back after an expired session (flows/held_forms.py) and still waiting for its page's data gives
way to what the user does meanwhile (issue 16, review leftovers): once the user picks another line or number,
or changes the operation or the rule, the data arriving later no longer brings the old choice back, and the
page's choice is the user's. Each case: the user's session expires with a choice made, the user signs in again
while the page's data fails, edits the page, and the data comes."""

from __future__ import annotations

from tests.ui.conftest import demo_user, sign_in
from tests.ui.expiring_company import own_company
from windtre_desktop.domain.roles import Section

LOAD_MS = 20000


company, control = own_company(seed=11)


def _sign_in(qtbot, controller, company) -> None:
    sign_in(qtbot, controller, *demo_user(company, "USER_ADMIN"))


def _page(controller, page: str):
    controller.window.show_section(Section.SELF_SERVICE)
    section = controller.window.section_widget(Section.SELF_SERVICE)
    section.show_page(page)
    return getattr(section, page)


def _back_while_failing(qtbot, controller, company, control, held_path: str, page: str, refused) -> None:
    """The session expires; the same user signs in again while `held_path` fails, and the page says so
    (`refused()` holds): the choice given back waits for its data."""
    control.post("/sandbox/sessions/expire").raise_for_status()
    with qtbot.waitSignal(controller.sessionEnded, timeout=LOAD_MS):
        controller.refresh()
    control.post("/sandbox/faults", json={"mode": "500", "count": -1, "pathPrefix": held_path}).raise_for_status()
    _sign_in(qtbot, controller, company)
    _page(controller, page)
    qtbot.waitUntil(refused, timeout=LOAD_MS)


def test_another_services_line_picked_meanwhile_is_not_pulled_back(qtbot, company, control, make_controller):
    controller = make_controller(company.url)
    _sign_in(qtbot, controller, company)
    view = _page(controller, "mobile_services")
    shown = controller.self_service_flows.options.servicesShown
    qtbot.waitUntil(lambda: len(view._lines) > 2, timeout=LOAD_MS)
    first, other = list(view._lines)[1:3]
    with qtbot.waitSignal(shown, timeout=LOAD_MS):
        assert view.select_line(first)
    assert view.select_service(view.services()[-1].code)

    _back_while_failing(qtbot, controller, company, control, f"/api/v1/lines/{first}/services", "mobile_services",
                        lambda: bool(view.message.text()))
    assert view.line_id() == first  # the choice given back, its services refused
    with qtbot.waitSignal(shown, timeout=LOAD_MS, check_params_cb=lambda _category, line_id: line_id == other):
        assert view.select_line(other)
    assert view.line_id() == other
    assert view.choice() == {"lineId": other, "code": ""}
    with qtbot.waitSignal(controller.syncSettled, timeout=LOAD_MS):
        controller.refresh()  # the lines again: still the user's line
    assert view.line_id() == other


def test_a_number_added_meanwhile_is_not_replaced_by_the_option_choice_given_back(qtbot, company, control,
                                                                                  make_controller):
    controller = make_controller(company.url)
    _sign_in(qtbot, controller, company)
    options = _page(controller, "options")
    qtbot.waitUntil(lambda: options.option_box.count() > 1 and len(options._lines) > 3, timeout=LOAD_MS)
    options.option_box.setCurrentIndex(1)
    options.deactivate.setChecked(True)
    old, new = list(options._lines)[:2], list(options._lines)[3]
    for line_id in old:
        assert options.add_number(line_id)

    _back_while_failing(qtbot, controller, company, control, "/api/v1/options", "options",
                        lambda: bool(options.message.text()))
    qtbot.waitUntil(lambda: new in options._lines, timeout=LOAD_MS)
    assert options.add_number(new)
    assert options.choice() == {"optionCode": "", "operation": "activate", "lineIds": [new]}
    control.delete("/sandbox/faults").raise_for_status()
    with qtbot.waitSignal(controller.self_service_flows.options.catalogueShown, timeout=LOAD_MS):
        controller.refresh()
    assert options.chosen() == [new] and options.operation() == "activate"
    assert options.choice()["lineIds"] == [new]


def test_the_operation_changed_meanwhile_is_not_replaced_by_the_option_choice_given_back(qtbot, company, control,
                                                                                         make_controller):
    controller = make_controller(company.url)
    _sign_in(qtbot, controller, company)
    options = _page(controller, "options")
    qtbot.waitUntil(lambda: options.option_box.count() > 1 and bool(options._lines), timeout=LOAD_MS)
    options.add_number(list(options._lines)[0])  # activate, as a new page starts

    _back_while_failing(qtbot, controller, company, control, "/api/v1/options", "options",
                        lambda: bool(options.message.text()))
    options.deactivate.click()
    control.delete("/sandbox/faults").raise_for_status()
    with qtbot.waitSignal(controller.self_service_flows.options.catalogueShown, timeout=LOAD_MS):
        controller.refresh()
    assert options.operation() == "deactivate" and options.chosen() == []


def test_a_line_chosen_meanwhile_is_not_replaced_by_the_automatic_recharge_given_back(qtbot, company, control,
                                                                                     make_controller):
    controller = make_controller(company.url)
    _sign_in(qtbot, controller, company)
    auto = _page(controller, "auto_recharge")
    qtbot.waitUntil(lambda: auto.rules is not None and len(auto.all_lines) > 1, timeout=LOAD_MS)
    free = [line.id for line in auto.all_lines if auto.rules.rule_for(line.id) is None]
    old, new = free[:2]
    auto.choose_line(old)
    auto.monthly_mode.setChecked(True)
    auto.amount.setCurrentIndex(auto.amount.count() - 1)
    auto.invoice.setChecked(True)

    _back_while_failing(qtbot, controller, company, control, "/api/v1/auto-recharges", "auto_recharge",
                        lambda: bool(auto.error.text()))
    qtbot.waitUntil(lambda: any(line.id == new for line in auto.all_lines), timeout=LOAD_MS)
    auto.choose_line(new)
    auto.threshold_mode.click()
    auto.card.click()
    assert auto.choice()["lineId"] == new
    control.delete("/sandbox/faults").raise_for_status()
    with qtbot.waitSignal(controller.self_service_flows.recharges.rulesShown, timeout=LOAD_MS):
        controller.refresh()
    assert auto.line_id == new
    assert auto.choice() == {"lineId": new, "mode": "threshold", "thresholdCents": auto.threshold.currentData(),
                             "amountCents": auto.amount.currentData(), "method": "card"}
    assert auto.amount.currentIndex() == 0  # the form's first amount, not the one given back


def test_the_mode_changed_meanwhile_is_not_replaced_by_the_automatic_recharge_given_back(qtbot, company, control,
                                                                                        make_controller):
    controller = make_controller(company.url)
    _sign_in(qtbot, controller, company)
    auto = _page(controller, "auto_recharge")
    qtbot.waitUntil(lambda: auto.rules is not None and bool(auto.all_lines), timeout=LOAD_MS)
    auto.choose_line(next(line.id for line in auto.all_lines if auto.rules.rule_for(line.id) is None))
    auto.monthly_mode.setChecked(True)
    auto.invoice.setChecked(True)

    _back_while_failing(qtbot, controller, company, control, "/api/v1/auto-recharges", "auto_recharge",
                        lambda: bool(auto.error.text()))
    auto.threshold_mode.click()
    control.delete("/sandbox/faults").raise_for_status()
    with qtbot.waitSignal(controller.self_service_flows.recharges.rulesShown, timeout=LOAD_MS):
        controller.refresh()
    assert auto.mode() == "threshold" and auto.line_id == ""


def test_a_services_line_whose_services_came_without_the_category_ends_the_wait(qtbot, company, make_controller):
    """The wanted line's services came, none of the page's category (the sandbox's lines all have some: the
    view is handed what the flow hands over then, an empty list): the choice is done, and another line picked
    later stays picked when the lines come again."""
    from windtre_desktop.views.services_view import ServicesView

    controller = make_controller(company.url)
    _sign_in(qtbot, controller, company)
    lines = [line for line in controller.snapshot.lines if line.kind == "mobile"]
    wanted, other = lines[1].id, lines[2].id
    view = ServicesView("premium")
    qtbot.addWidget(view)
    view.set_lines(lines)
    view.restore_choice({"lineId": wanted, "code": "SRV-PREM-METEO"})
    assert view.line_id() == wanted and view.choice()["code"] == "SRV-PREM-METEO"  # waiting for its services
    view.set_services(wanted, [])
    assert view.choice() == {"lineId": wanted, "code": ""}
    assert view.select_line(other)
    view.set_lines(lines)
    assert view.line_id() == other
