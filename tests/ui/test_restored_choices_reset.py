"""A choice given back after an expired session (flows/held_forms.py) waits in some pages for their data; if
the user signs out before it comes, that waiting choice leaves with the session: the next user to sign in never
finds it applied to their own data (issue 16, review leftovers). Each case: A types a choice, the session
expires, A signs in again while the page's data is held back by a fault, signs out, and B signs in. The same
user's session expiring again while the choice waits holds it again, as it was."""

from __future__ import annotations

from tests.ui.conftest import demo_user, sign_in
from tests.ui.expiring_company import own_company
from windtre_desktop.domain.roles import Section

LOAD_MS = 20000


company, control = own_company(seed=7)


def _held_then_someone_else(qtbot, controller, company, control, held_path: str, open_page, refused) -> None:
    """A's session expires with the form typed; A signs in again while `held_path` fails, so the choice given
    back waits for its data (`refused()` holds once the page said so); A signs out, and the Telco Manager of the
    same company signs in with the fault gone. `open_page` shows the page."""
    control.post("/sandbox/sessions/expire").raise_for_status()
    with qtbot.waitSignal(controller.sessionEnded, timeout=LOAD_MS):
        controller.refresh()
    control.post("/sandbox/faults", json={"mode": "500", "count": -1, "pathPrefix": held_path}).raise_for_status()
    sign_in(qtbot, controller, *demo_user(company, "USER_ADMIN"))
    open_page()
    qtbot.waitUntil(refused, timeout=LOAD_MS)
    controller.sign_out()
    control.delete("/sandbox/faults").raise_for_status()
    sign_in(qtbot, controller, *demo_user(company, "TELCO_MANAGER"))
    open_page()


def _self_service(controller, page: str):
    controller.window.show_section(Section.SELF_SERVICE)
    section = controller.window.section_widget(Section.SELF_SERVICE)
    section.show_page(page)
    return section


def _options_chosen(qtbot, controller, company):
    """USER_ADMIN signed in, on Opzioni with the second option, "deactivate" and two numbers chosen:
    (view, option code, line ids)."""
    sign_in(qtbot, controller, *demo_user(company, "USER_ADMIN"))
    options = _self_service(controller, "options").options
    qtbot.waitUntil(lambda: options.option_box.count() > 1 and bool(options._lines), timeout=LOAD_MS)
    options.option_box.setCurrentIndex(1)
    code = options.option_code()
    options.deactivate.setChecked(True)
    chosen = list(options._lines)[:2]
    for line_id in chosen:
        assert options.add_number(line_id)
    return options, code, chosen


def _settings_shown(qtbot, controller, company):
    """USER_ADMIN signed in, on Gestione notifiche once the company's settings are read: the page."""
    sign_in(qtbot, controller, *demo_user(company, "USER_ADMIN"))
    controller.window.show_section(Section.NOTIFICATIONS)
    page = controller.window.section_widget(Section.NOTIFICATIONS).settings_page
    qtbot.waitUntil(lambda: page.enabled["promotion"].isEnabled(), timeout=LOAD_MS)
    return page


def test_an_option_choice_waiting_for_the_catalogue_is_not_made_for_the_next_user(qtbot, company, control,
                                                                                  make_controller):
    controller = make_controller(company.url)
    options, _code, _chosen = _options_chosen(qtbot, controller, company)

    _held_then_someone_else(qtbot, controller, company, control, "/api/v1/options",
                            lambda: _self_service(controller, "options"), lambda: bool(options.message.text()))
    qtbot.waitUntil(lambda: options.option_box.count() > 1, timeout=LOAD_MS)
    assert options.chosen() == []
    assert options.operation() == "activate" and options.option_box.currentIndex() == 0


def test_an_automatic_recharge_waiting_for_the_rules_is_not_typed_for_the_next_user(qtbot, company, control,
                                                                                    make_controller):
    controller = make_controller(company.url)
    sign_in(qtbot, controller, *demo_user(company, "USER_ADMIN"))
    auto = _self_service(controller, "auto_recharge").auto_recharge
    qtbot.waitUntil(lambda: auto.rules is not None and bool(auto.all_lines), timeout=LOAD_MS)
    line_id = next(line.id for line in auto.all_lines if auto.rules.rule_for(line.id) is None)
    auto.choose_line(line_id)
    auto.monthly_mode.setChecked(True)
    auto.amount.setCurrentIndex(auto.amount.count() - 1)
    auto.invoice.setChecked(True)

    _held_then_someone_else(qtbot, controller, company, control, "/api/v1/auto-recharges",
                            lambda: _self_service(controller, "auto_recharge"), lambda: bool(auto.error.text()))
    qtbot.waitUntil(lambda: auto.rules is not None, timeout=LOAD_MS)
    assert auto.line_id == "" and auto.choice() is None


def test_a_recharge_amount_waiting_for_the_options_is_not_chosen_for_the_next_user(qtbot, company, control,
                                                                                  make_controller):
    controller = make_controller(company.url)
    sign_in(qtbot, controller, *demo_user(company, "USER_ADMIN"))
    view = _self_service(controller, "online_recharge").online_recharge
    qtbot.waitUntil(lambda: view.options is not None and bool(view.all_lines), timeout=LOAD_MS)
    amounts = list(view.options.amounts_cents)
    assert len(amounts) > 1
    view.add_lines([view.all_lines[0].id])
    view.amount.setCurrentIndex(view.amount.findData(amounts[-1]))  # not the first, which a new form shows
    view.invoice.setChecked(True)

    _held_then_someone_else(qtbot, controller, company, control, "/api/v1/recharges/options",
                            lambda: _self_service(controller, "online_recharge"), lambda: bool(view.error.text()))
    qtbot.waitUntil(lambda: view.options is not None, timeout=LOAD_MS)
    assert view.chosen_ids() == []
    assert view.amount_cents() == amounts[0]


def test_notification_settings_waiting_for_the_server_are_not_ticked_for_the_next_user(qtbot, company, control,
                                                                                      make_controller):
    controller = make_controller(company.url)
    page = _settings_shown(qtbot, controller, company)
    server = {s.type: s for s in page.settings()}
    page.enabled["promotion"].setChecked(not server["promotion"].enabled)  # edited, not saved

    _held_then_someone_else(qtbot, controller, company, control, "/api/v1/notification-settings",
                            lambda: controller.window.show_section(Section.NOTIFICATIONS),
                            lambda: bool(page.status.text()))
    qtbot.waitUntil(lambda: page.enabled["promotion"].isEnabled(), timeout=LOAD_MS)
    assert page.enabled["promotion"].isChecked() == server["promotion"].enabled


def _services_chosen(qtbot, controller, company):
    """USER_ADMIN signed in, on Servizi Mobile with a line and a service chosen: (view, line id, service code)."""
    sign_in(qtbot, controller, *demo_user(company, "USER_ADMIN"))
    view = _self_service(controller, "mobile_services").mobile_services
    qtbot.waitUntil(lambda: bool(view._lines), timeout=LOAD_MS)
    line_id = list(view._lines)[1]  # not the first: a picker never starts on it by chance
    with qtbot.waitSignal(controller.self_service_flows.options.servicesShown, timeout=LOAD_MS):
        assert view.select_line(line_id)
    code = view.services()[-1].code
    assert view.select_service(code)
    return view, line_id, code


def test_a_services_line_waiting_for_its_services_is_not_chosen_for_the_next_user(qtbot, company, control,
                                                                                 make_controller):
    controller = make_controller(company.url)
    view, line_id, _code = _services_chosen(qtbot, controller, company)

    _held_then_someone_else(qtbot, controller, company, control, f"/api/v1/lines/{line_id}/services",
                            lambda: _self_service(controller, "mobile_services"), lambda: bool(view.message.text()))
    qtbot.waitUntil(lambda: line_id in view._lines, timeout=LOAD_MS)
    assert view.line_id() == "" and view.choice() is None


# the same user's session expiring again before the page's data came: the choice still waiting is held again


def _expired_twice(qtbot, controller, company, control, held_path: str, open_page, refused) -> None:
    """A's session expires with the form typed; A signs in again while `held_path` fails; the session expires
    again before the data came; A signs in once more, the fault gone. `open_page` shows the page."""
    for fault in ({"mode": "500", "count": -1, "pathPrefix": held_path}, None):
        control.post("/sandbox/sessions/expire").raise_for_status()
        with qtbot.waitSignal(controller.sessionEnded, timeout=LOAD_MS):
            controller.refresh()
        if fault is None:
            control.delete("/sandbox/faults").raise_for_status()
        else:
            control.post("/sandbox/faults", json=fault).raise_for_status()
        sign_in(qtbot, controller, *demo_user(company, "USER_ADMIN"))
        open_page()
        if fault is not None:
            qtbot.waitUntil(refused, timeout=LOAD_MS)


def test_an_option_choice_still_waiting_is_kept_when_the_session_expires_again(qtbot, company, control,
                                                                              make_controller):
    controller = make_controller(company.url)
    options, code, chosen = _options_chosen(qtbot, controller, company)

    _expired_twice(qtbot, controller, company, control, "/api/v1/options",
                   lambda: _self_service(controller, "options"), lambda: bool(options.message.text()))
    qtbot.waitUntil(lambda: options.chosen() == chosen, timeout=LOAD_MS)
    assert options.option_code() == code and options.operation() == "deactivate"


def test_notification_settings_still_waiting_are_kept_when_the_session_expires_again(qtbot, company, control,
                                                                                    make_controller):
    controller = make_controller(company.url)
    page = _settings_shown(qtbot, controller, company)
    wanted = not page.enabled["promotion"].isChecked()
    page.enabled["promotion"].setChecked(wanted)  # edited, not saved

    _expired_twice(qtbot, controller, company, control, "/api/v1/notification-settings",
                   lambda: controller.window.show_section(Section.NOTIFICATIONS), lambda: bool(page.status.text()))
    qtbot.waitUntil(lambda: page.enabled["promotion"].isEnabled(), timeout=LOAD_MS)
    assert page.enabled["promotion"].isChecked() == wanted


def test_a_services_choice_still_waiting_is_kept_when_the_session_expires_again(qtbot, company, control,
                                                                               make_controller):
    controller = make_controller(company.url)
    view, line_id, code = _services_chosen(qtbot, controller, company)

    _expired_twice(qtbot, controller, company, control, f"/api/v1/lines/{line_id}/services",
                   lambda: _self_service(controller, "mobile_services"), lambda: bool(view.message.text()))
    qtbot.waitUntil(lambda: bool(view.services()), timeout=LOAD_MS)  # the choice's service is set with them
    assert view.line_id() == line_id
    assert view.current_service() is not None and view.current_service().code == code
