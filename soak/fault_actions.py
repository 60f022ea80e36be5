"""The state-changing actions of the real app, each driven as the user does it under one fault (soak/fault_app.py
judges the outcome): invoice share, GSS changes and line moves, Telco Managers, tickets, recharges and automatic
recharges, "Tienimi aggiornato", options, services, the roaming unlock, notification settings, a Dipendente's
SIMs, and a Dipendente's password change and account deletion."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt

from soak.fault_app import ANSWER_S, AppBench, AppCase, drive, login_words
from soak.qt_wait import Timeout, wait_until
from windtre_desktop.domain.roles import Section


def share_invoice(app: AppBench, fault: str) -> AppCase:
    """Conto → Fatture → "Condividi via e-mail": one e-mail to the address, whatever the fault."""
    from windtre_desktop.views.share_invoice_dialog import ShareInvoiceDialog

    controller = app.controller
    flows = controller.invoice_flows
    invoice = app.bench.signed_in("USER_ADMIN").invoices().invoices[0]
    address = f"faults{app.serial()}@example.it"
    flows.share(invoice)
    dialog = [w for w in flows.windows if isinstance(w, ShareInvoiceDialog) and shiboken6.isValid(w)][-1]
    dialog.email.setText(address)

    def answered() -> bool:
        return not shiboken6.isValid(dialog) or not dialog.isVisible() or dialog.send_button.isEnabled()

    def sent() -> int:
        return sum(1 for m in app.bench.control.get("/sandbox/outbox").json()["messages"] if m["to"] == address)

    def words() -> str:
        return dialog.error.text() if shiboken6.isValid(dialog) and dialog.isVisible() else ""

    def typed() -> bool:
        return shiboken6.isValid(dialog) and dialog.email.text() == address

    return drive(app, "share_invoice", fault, f"/api/v1/invoices/{invoice['id']}/share", dialog.send, answered,
                  words, typed, sent, done=lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())


def _gss_dialog(app: AppBench, action: str, package_id: str):
    """Gestione GSS: the package chosen and the action's dialog opened from its button."""
    controller = app.controller
    controller.window.show_section(Section.PRODUCTS)
    gss = controller.window.section_widget(Section.PRODUCTS).gss
    flows = controller.products_flows
    version = next(p for p in _packages(app) if p["id"] == package_id)["version"]
    if getattr(gss.package(package_id), "version", None) != version:
        flows.reload()  # the user refreshes a list older than the server's
    wait_until(lambda: gss.package(package_id) is not None and gss.package(package_id).version == version, ANSWER_S,
               "the GSS packages as the server has them")
    gss.select_package(package_id)
    shown: list = []
    flows.dialogShown.connect(shown.append)
    try:
        gss.action_buttons[action].click()
        wait_until(lambda: bool(shown), what="the GSS dialog")
    finally:
        flows.dialogShown.disconnect(shown.append)
    return shown[0]


def _gss_case(app: AppBench, fault: str, name: str, path: str, dialog, held: Callable[[], int],
              typed: Callable[[], bool]) -> AppCase:
    def send() -> None:
        if dialog.pages.currentIndex() == 0:
            dialog.next()  # to the confirmation
        dialog.next()

    def words() -> str:
        if not shiboken6.isValid(dialog):
            return ""
        return dialog.error.text() if dialog.pages.currentIndex() == 0 else dialog.verdict.text()

    return drive(app, name, fault, path, send, lambda: not shiboken6.isValid(dialog) or not dialog.busy, words,
                  lambda: shiboken6.isValid(dialog) and typed(), held, done=lambda: dialog.pages.currentIndex() == 2)


def _packages(app: AppBench) -> list[dict]:
    return app.bench.signed_in("USER_ADMIN").gss_packages().packages  # signed in again after a 401


def gss_extra_giga(app: AppBench, fault: str) -> AppCase:
    """Gestione GSS → "Aggiungi Giga extra", confirmed: the package gains the Giga once (R-60)."""
    package = min(_packages(app), key=lambda p: p["extraGiga"])
    dialog = _gss_dialog(app, "extra", package["id"])
    dialog.extra.setCurrentIndex(dialog.extra.findData(5))

    def held() -> int:
        now = next(p for p in _packages(app) if p["id"] == package["id"])["extraGiga"]
        return (now - package["extraGiga"]) // 5

    return _gss_case(app, fault, "gss_extra", f"/api/v1/gss/packages/{package['id']}/extra-giga", dialog, held,
                     lambda: dialog.extra.currentData() == 5)


def gss_referent(app: AppBench, fault: str) -> AppCase:
    """Gestione GSS → "Cambia referente", confirmed: the package's referent is the number typed (R-60)."""
    package = _packages(app)[1]
    phone = f"+39347{app.serial():07d}"
    dialog = _gss_dialog(app, "referent", package["id"])
    dialog.referent.setText(phone[3:])

    def held() -> int:
        return int(next(p for p in _packages(app) if p["id"] == package["id"])["referentPhone"] == phone)

    return _gss_case(app, fault, "gss_referent", f"/api/v1/gss/packages/{package['id']}/referent", dialog, held,
                     lambda: dialog.referent.text() == phone[3:])


def gss_plan(app: AppBench, fault: str) -> AppCase:
    """Gestione GSS → "Cambia Giga", confirmed: the package has the plan chosen (R-60)."""
    package = _packages(app)[2]
    steps = app.bench.signed_in("USER_ADMIN").gss_packages().plan_steps
    used_giga = package["usedBytes"] / 1e9 * 1.2  # a plan below what the package used is refused
    allowed = [step for step in steps if step >= used_giga and step != package["gigaPlan"]]
    wanted = allowed[app.serial() % len(allowed)]
    dialog = _gss_dialog(app, "plan", package["id"])
    dialog.plan.setCurrentIndex(dialog.plan.findData(wanted))

    def held() -> int:
        return int(next(p for p in _packages(app) if p["id"] == package["id"])["gigaPlan"] == wanted)

    return _gss_case(app, fault, "gss_plan", f"/api/v1/gss/packages/{package['id']}/plan", dialog, held,
                     lambda: dialog.plan.currentData() == wanted)


def telco_manager(app: AppBench, fault: str) -> AppCase:
    """Account → Telco Manager → "Crea": one new profile (R-03), whatever the fault."""
    controller = app.controller
    controller.window.show_section(Section.PROFILE)
    panel = controller.window.section_widget(Section.PROFILE).managers_panel
    username = f"tm.guasti{app.serial()}"
    values = {"username": username, "firstName": "Luca", "lastName": "Neri", "email": f"{username}@example.com",
              "mobile": "347 555 0101"}
    panel.open_new_manager()
    view = panel.dialog.view
    for name, value in values.items():
        view.editor(name).setText(value)

    def answered() -> bool:
        return not view.wizard.busy

    def held() -> int:
        managers = app.bench.signed_in("USER_ADMIN").telco_managers()
        return sum(1 for m in managers if m["username"] == username)

    def words() -> str:
        return view.general_error.text() or " ".join(
            label.text() for label in view.findChildren(type(view.general_error)) if label.objectName() == "fieldError")

    def typed() -> bool:
        return shiboken6.isValid(view) and all(view.editor(n).text() == v for n, v in values.items())

    return drive(app, "create_telco_manager", fault, "/api/v1/telco-managers", view.next_button.click, answered,
                  words, typed, held, done=lambda: view.wizard.step_id == "done")


def file_ticket(app: AppBench, fault: str) -> AppCase:
    """Richieste e segnalazioni → an administrative request filed (R-71): written to the outbox first, one
    ticket on the server whatever the fault."""
    controller = app.controller
    app.bench.control.post("/sandbox/clock", json={"advanceSeconds": 25 * 3600}).raise_for_status()
    marker = f"Guasto di prova {app.serial()}."
    controller.ticket_flows.open_wizard(controller.window)
    view = controller.ticket_flows.dialog.view

    def choose(field: str, value: str) -> None:
        view.editor(field).setCurrentIndex(view.editor(field).findData(value))

    def step(expected: str) -> None:
        view.next_button.click()
        if view.wizard.step_id != expected:
            raise Timeout(f"the ticket wizard stopped at {view.wizard.step_id}: {view.wizard.errors()}")

    choose("reason", "ADMINISTRATIVE")
    view.next_button.click()
    for field, value in (("adminTopic", "WRONG_TARIFF"), ("domain", "mobile"), ("notify", "email")):
        choose(field, value)
    for field, value in (("site", "Sede di Milano"), ("referentName", "Mario Rossi"), ("referentPhone", "02 1234567"),
                         ("referentEmail", "mario@rossi.it"), ("requesterName", "Giulia Conti"),
                         ("requesterPhone", "+39 347 000 1111"), ("requesterEmail", "giulia@conti.it")):
        view.editor(field).setText(value)
    step("administrative")
    view.editor("invoiceNumber").setText("F-2026/0042")
    step("notes")
    view.editor("notes").setText(marker)

    def held() -> int:
        return sum(1 for t in app.bench.signed_in("USER_ADMIN").tickets() if marker in str(t.get("notes")))

    def typed() -> bool:
        return shiboken6.isValid(view) and view.wizard.values.get("notes") == marker

    return drive(app, "file_ticket", fault, "/api/v1/tickets", view.next_button.click,
                  lambda: not view.wizard.busy, view.general_error.text, typed, held,
                  done=lambda: view.wizard.step_id == "done")


def recharge(app: AppBench, fault: str) -> AppCase:
    """Fai da te → Ricarica Online, charged to the invoice (R-64): one recharge of the line."""
    controller = app.controller
    controller.window.show_section(Section.SELF_SERVICE)
    section = controller.window.section_widget(Section.SELF_SERVICE)
    section.show_page("online_recharge")
    view = section.online_recharge
    wait_until(lambda: view.options is not None and view.found_model.rowCount() > 0, ANSWER_S, "the recharge form")
    if view.showing() != "form":
        view.start_again()
    line_id = view.all_lines[app.serial() % len(view.all_lines)].id
    view.chosen_model.set_rows([])
    view.add_lines([line_id])
    view.amount.setCurrentIndex(view.amount.findData(500))
    view.invoice.setChecked(True)
    before = len(app.bench.signed_in("USER_ADMIN").recharges(line_id)["done"])

    def held() -> int:
        return len(app.bench.signed_in("USER_ADMIN").recharges(line_id)["done"]) - before

    def typed() -> bool:
        return view.chosen_ids() == [line_id] and view.amount_cents() == 500 and view.method() == "invoice"

    flows = controller.self_service_flows.recharges
    answers: list = []
    sent_at = [0]

    def send() -> None:
        controller.window.show_section(Section.SELF_SERVICE)  # after a new sign-in the page asks again
        wait_until(lambda: view.options is not None and bool(view.by_id), ANSWER_S, "the recharge options")
        sent_at[0] = len(answers)
        view.submit()

    flows.orderSent.connect(answers.append)
    flows.orderFailed.connect(answers.append)
    try:
        return drive(app, "create_recharge", fault, "/api/v1/recharges", send, lambda: len(answers) > sent_at[0],
                      view.error.text, typed, held, done=lambda: view.showing() == "result")
    finally:
        flows.orderSent.disconnect(answers.append)
        flows.orderFailed.disconnect(answers.append)


def auto_recharge(app: AppBench, fault: str) -> AppCase:
    """Fai da te → Ricarica Automatica, a monthly rule activated (R-67): the line has exactly that rule."""
    controller = app.controller
    section = controller.window.section_widget(Section.SELF_SERVICE)

    def open_page() -> None:
        controller.window.show_section(Section.SELF_SERVICE)
        controller.window.section_widget(Section.SELF_SERVICE).show_page("auto_recharge")
        wait_until(lambda: section.auto_recharge.rules is not None and bool(section.auto_recharge.all_lines),
                   ANSWER_S, "the automatic recharge page")

    open_page()
    auto = section.auto_recharge
    free = [line for line in auto.all_lines if auto.rules.rule_for(line.id) is None]
    line_id = free[app.serial() % len(free)].id
    auto.choose_line(line_id)
    auto.monthly_mode.setChecked(True)
    auto.amount.setCurrentIndex(auto.amount.findData(1500))
    auto.invoice.setChecked(True)
    flows = controller.self_service_flows.recharges
    answers: list = []
    sent_at = [0]

    def send() -> None:
        open_page()
        sent_at[0] = len(answers)
        auto.submit()

    def held() -> int:
        rules = app.bench.signed_in("USER_ADMIN").auto_recharges().rules
        return sum(1 for rule in rules if rule.line_id == line_id and rule.amount_cents == 1500)

    def typed() -> bool:
        return auto.line_id == line_id and auto.mode() == "monthly" and auto.amount.currentData() == 1500

    flows.ruleChanged.connect(answers.append)
    try:
        return drive(app, "set_auto_recharge", fault, f"/api/v1/lines/{line_id}/auto-recharge", send,
                      lambda: len(answers) > sent_at[0] or bool(auto.error.text()), auto.error.text, typed, held,
                      done=lambda: auto.current_rule() is not None and auto.current_rule().amount_cents == 1500)
    finally:
        flows.ruleChanged.disconnect(answers.append)


def cancel_auto_recharge(app: AppBench, fault: str) -> AppCase:
    """Fai da te → Ricarica Automatica → "Annulla", confirmed (R-67): that line's rule is gone, and only it."""
    from PySide6.QtWidgets import QMessageBox

    controller = app.controller
    admin = app.bench.signed_in("USER_ADMIN")
    rules = admin.auto_recharges().rules
    ruled = {rule.line_id for rule in rules}
    section = controller.window.section_widget(Section.SELF_SERVICE)
    controller.window.show_section(Section.SELF_SERVICE)
    section.show_page("auto_recharge")
    auto = section.auto_recharge
    wait_until(lambda: auto.rules is not None and bool(auto.all_lines), ANSWER_S, "the automatic recharge page")
    line_id = next(line.id for line in auto.all_lines if line.id not in ruled)
    admin.set_auto_recharge(line_id, "monthly", None, 1000, "invoice", app.bench.key())
    others = ruled
    flows = controller.self_service_flows.recharges
    flows.reload()
    wait_until(lambda: auto.rules is not None and auto.rules.rule_for(line_id) is not None, ANSWER_S, "the new rule")
    auto.choose_line(line_id)
    answers: list = []
    sent_at = [0]

    def send() -> None:
        sent_at[0] = len(answers)
        if auto.current_rule() is None:
            answers.append(True)  # nothing left to cancel on screen
            return
        auto.ask_cancel()
        auto.confirm_box.button(QMessageBox.StandardButton.Yes).click()

    def held() -> int:
        now = {rule.line_id for rule in app.bench.signed_in("USER_ADMIN").auto_recharges().rules}
        return int(line_id not in now) + len(others - now)

    flows.ruleChanged.connect(answers.append)
    try:
        return drive(app, "delete_auto_recharge", fault, f"/api/v1/lines/{line_id}/auto-recharge", send,
                      lambda: len(answers) > sent_at[0], auto.error.text, lambda: True, held,
                      done=lambda: auto.rules is not None and auto.rules.rule_for(line_id) is None)
    finally:
        flows.ruleChanged.disconnect(answers.append)


def keep_updated(app: AppBench, fault: str) -> AppCase:
    """Fai da te → Attivazione linee → "Tienimi aggiornato" by e-mail (R-61): the activation has that address."""
    controller = app.controller
    controller.window.show_section(Section.SELF_SERVICE)
    section = controller.window.section_widget(Section.SELF_SERVICE)
    section.show_page("activations")
    wait_until(lambda: bool(section.activations.activations()), ANSWER_S, "the activations")
    activation = section.activations.activations()[0]
    flows = controller.self_service_flows.activations
    shown: list = []
    flows.dialogShown.connect(shown.append)
    try:
        flows.open_keep_updated(activation)
        wait_until(lambda: bool(shown), what="the keep-updated dialog")
    finally:
        flows.dialogShown.disconnect(shown.append)
    dialog = shown[0]
    address = f"aggiornami{app.serial()}@example.it"
    dialog.email.setChecked(True)
    dialog.to.setText(address)

    def held() -> int:
        found = next(a for a in app.bench.signed_in("USER_ADMIN").activations() if a["id"] == activation.id)
        return int(address in str(found))

    def words() -> str:
        return dialog.error.text() if shiboken6.isValid(dialog) and dialog.isVisible() else ""

    return drive(app, "keep_updated", fault, f"/api/v1/activations/{activation.id}/keep-updated",
                  dialog.send_button.click, lambda: not shiboken6.isValid(dialog) or not dialog.busy, words,
                  lambda: shiboken6.isValid(dialog) and dialog.to.text() == address, held,
                  done=lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())


def option_request(app: AppBench, fault: str) -> AppCase:
    """Fai da te → Opzioni: an option asked for on a compatible line, after the check (R-65): one request."""
    controller = app.controller
    admin = app.bench.signed_in("USER_ADMIN")
    app.bench.control.post("/sandbox/clock", json={"advanceSeconds": 400}).raise_for_status()  # the last one ends
    code = admin.option_catalogue()["options"][0]["code"]
    mobiles = [line.id for line in controller.snapshot.lines if line.kind == "mobile"]
    start = app.serial()
    line_id = next(line for line in mobiles[start % len(mobiles):] + mobiles
                   if admin.option_compatibility(code, "activate", [line])[0]["compatible"])
    before = len(admin.option_requests()["requests"])
    controller.window.show_section(Section.SELF_SERVICE)
    section = controller.window.section_widget(Section.SELF_SERVICE)
    section.show_page("options")
    view = section.options
    flows = controller.self_service_flows.options
    flows.load_requests()  # the running one has ended on the sandbox's clock
    wait_until(lambda: view.option_box.count() > 0 and bool(view._lines) and view.running() is None, ANSWER_S,
               "the options page")
    view.option_box.setCurrentIndex(view.option_box.findData(code))
    view.activate.setChecked(True)
    for chosen in view.chosen():  # the last case's number
        view.remove_number(chosen)
    view.add_number(line_id)
    answers: list = []
    sent_at = [0]

    def send() -> None:
        controller.window.show_section(Section.SELF_SERVICE)
        section.show_page("options")
        wait_until(lambda: view.option_code() == code and view.chosen() == [line_id], ANSWER_S, "the choice")
        checked: list = []
        flows.verdictsShown.connect(checked.append)
        try:
            view._ask_check()
            wait_until(lambda: bool(checked) or not view.message.isHidden() or bool(login_words(app)), ANSWER_S,
                       "the compatibility check")
        finally:
            flows.verdictsShown.disconnect(checked.append)
        sent_at[0] = len(answers)
        if checked:
            view._ask_send()
        else:
            answers.append("check failed")

    def held() -> int:
        requests = app.bench.signed_in("USER_ADMIN").option_requests()["requests"]
        return sum(1 for r in requests[:len(requests) - before] if r["optionCode"] == code and r["lineIds"] == [line_id])

    def words() -> str:
        return "" if view.message.isHidden() else view.message.text()  # the window itself may be off screen

    def sent() -> bool:
        return view.running() is not None and view.running().line_ids == (line_id,)

    flows.requestRefused.connect(answers.append)
    try:
        return drive(app, "option_request", fault, "/api/v1/options/requests", send,
                      lambda: len(answers) > sent_at[0] or sent(), words,
                      lambda: view.option_code() == code and view.chosen() == [line_id], held,
                      done=sent)
    finally:
        flows.requestRefused.disconnect(answers.append)


def associate_sim(app: AppBench, fault: str) -> AppCase:
    """Account → "Associa SIM" of a Dipendente (R-04): the SIM associated once."""
    controller = app.controller
    controller.window.show_section(Section.PROFILE)
    panel = controller.window.section_widget(Section.PROFILE).sims_panel
    employee = app.bench.signed_in("DIPENDENTE")
    for sim in employee.my_sims()["sims"]:  # room for one more (two at most, R-04)
        if not sim.get("own"):
            employee.dissociate_sim(sim["msisdn"])
    panel.reload()
    wait_until(lambda: panel.associated_count() == 0 and panel.associate.isEnabled(), ANSWER_S, "the SIM list")
    line = app.bench.free_line()
    panel.number.setText(line["msisdn"])

    def held() -> int:
        sims = app.bench.signed_in("DIPENDENTE").my_sims()["sims"]
        return sum(1 for sim in sims if sim["msisdn"] == line["msisdn"])

    def typed() -> bool:
        return shiboken6.isValid(panel) and panel.number.text() == line["msisdn"]

    def done() -> bool:
        return any(sim["msisdn"] == line["msisdn"] for sim in panel.sims)

    return drive(app, "associate_sim", fault, "/api/v1/me/sims", panel.associate.click,
                  lambda: done() or bool(panel.message.text()), panel.message.text, typed, held, done=done)


def notification_settings(app: AppBench, fault: str) -> AppCase:
    """Notifiche → Gestione notifiche, saved (R-80): the server holds the switch as the user set it."""
    controller = app.controller
    flows = controller.notification_flows
    controller.window.show_section(Section.NOTIFICATIONS)
    page = controller.window.section_widget(Section.NOTIFICATIONS).settings_page
    wait_until(lambda: page.enabled["promotion"].isEnabled(), ANSWER_S, "the notification settings")

    def on_server() -> bool:
        settings = app.bench.signed_in("USER_ADMIN").notification_settings()
        return next(s for s in settings if s["type"] == "promotion")["enabled"]

    wanted = not on_server()
    page.enabled["promotion"].setChecked(wanted)
    page.channels[("promotion", "email")].setChecked(True)
    saved: list[bool] = []
    sent_at = [0]

    def send() -> None:
        wait_until(lambda: page.enabled["promotion"].isEnabled(), ANSWER_S, "the notification settings")
        sent_at[0] = len(saved)
        page.save()

    def words() -> str:
        return page.status.text() if page.status.property("error") else ""

    flows.settingsSaved.connect(saved.append)
    try:
        return drive(app, "save_notification_settings", fault, "/api/v1/notification-settings", send,
                      lambda: len(saved) > sent_at[0], words,
                      lambda: page.enabled["promotion"].isChecked() == wanted,
                      lambda: int(on_server() == wanted), done=lambda: bool(saved) and saved[-1])
    finally:
        flows.settingsSaved.disconnect(saved.append)


def delete_telco_manager(app: AppBench, fault: str) -> AppCase:
    """Account → Telco Manager → "Elimina", confirmed (R-03): the profile is gone, and nothing else."""
    controller = app.controller
    controller.window.show_section(Section.PROFILE)
    panel = controller.window.section_widget(Section.PROFILE).managers_panel
    username = f"tm.elimina{app.serial()}"
    body = {"username": username, "firstName": "Ada", "lastName": "Neri", "email": f"{username}@example.it",
            "mobile": "+393471112233"}
    app.bench.signed_in("USER_ADMIN").create_telco_manager(body, idempotency_key=app.bench.key())
    others = {m["username"] for m in app.bench.signed_in("USER_ADMIN").telco_managers()} - {username}
    panel.reload()
    wait_until(lambda: any(m["username"] == username for m in panel.managers), ANSWER_S, "the new Telco Manager")

    def send() -> None:
        row = next((i for i, m in enumerate(panel.managers) if m["username"] == username), None)
        if row is not None:
            panel.table.selectRow(row)
            panel.delete_selected(confirmed=True)

    def on_server() -> set[str]:
        return {m["username"] for m in app.bench.signed_in("USER_ADMIN").telco_managers()}

    def held() -> int:
        """1 when exactly this profile went (a duplicate delete would take another one with it)."""
        now = on_server()
        return int(username not in now) + len(others - now)

    def gone() -> bool:
        return all(m["username"] != username for m in panel.managers)

    def words() -> str:
        return "" if panel.status.text() in ("", panel.tr("Deleting…"), panel.tr("Loading…")) else panel.status.text()

    return drive(app, "delete_telco_manager", fault, f"/api/v1/telco-managers/{username}", send,
                  lambda: gone() or bool(words()), words, lambda: True, held, done=gone)


def dissociate_sim(app: AppBench, fault: str) -> AppCase:
    """Account → "Dissocia" of a Dipendente's associated SIM (R-04): that SIM leaves, and only it."""
    controller = app.controller
    controller.window.show_section(Section.PROFILE)
    panel = controller.window.section_widget(Section.PROFILE).sims_panel
    employee = app.bench.signed_in("DIPENDENTE")
    for sim in employee.my_sims()["sims"]:
        if not sim.get("own"):
            employee.dissociate_sim(sim["msisdn"])
    msisdn = app.bench.free_line()["msisdn"]
    employee.associate_sim(msisdn, idempotency_key=app.bench.key())
    panel.reload()
    wait_until(lambda: any(sim["msisdn"] == msisdn for sim in panel.sims), ANSWER_S, "the associated SIM")

    def listed() -> bool:
        return any(sim["msisdn"] == msisdn for sim in panel.sims)

    def send() -> None:
        panel.message.clear()
        if listed():
            panel.dissociate(msisdn)

    def held() -> int:
        sims = app.bench.signed_in("DIPENDENTE").my_sims()["sims"]
        own_kept = any(sim.get("own") for sim in sims)
        return int(all(sim["msisdn"] != msisdn for sim in sims)) + int(not own_kept)

    return drive(app, "dissociate_sim", fault, f"/api/v1/me/sims/{msisdn}", send,
                  lambda: not listed() or bool(panel.message.text()), panel.message.text, lambda: True, held,
                  done=lambda: not listed())


def gss_move(app: AppBench, fault: str) -> AppCase:
    """Gestione GSS → "Sposta SIM", one SIM checked, a package with room chosen, confirmed (R-60): the SIM is
    in that package once (a second move of it would be refused: it left the first package)."""
    packages = _packages(app)
    source = max(packages, key=lambda p: p["simCount"])
    target = max((p for p in packages if p["id"] != source["id"]), key=lambda p: p["maxSims"] - p["simCount"])
    sims = app.bench.signed_in("USER_ADMIN").gss_sims(source["id"])
    line_id = sims[app.serial() % len(sims)]["lineId"]
    controller = app.controller
    gss = controller.window.section_widget(Section.PRODUCTS).gss
    controller.window.show_section(Section.PRODUCTS)
    gss.select_package(source["id"])
    wait_until(lambda: gss.sims_of == source["id"] and gss.action_buttons["move"].isEnabled(), ANSWER_S,
               "the package's SIMs")
    dialog = _gss_dialog(app, "move", source["id"])
    for row in range(dialog.sim_list.count()):
        item = dialog.sim_list.item(row)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) == line_id
                           else Qt.CheckState.Unchecked)
    dialog.target.setCurrentIndex(dialog.target.findData(target["id"]))

    def held() -> int:
        return sum(1 for sim in app.bench.signed_in("USER_ADMIN").gss_sims(target["id"]) if sim["lineId"] == line_id)

    return _gss_case(app, fault, "gss_move", "/api/v1/gss/moves", dialog, held,
                     lambda: dialog.chosen_line_ids() == [line_id] and dialog.target.currentData() == target["id"])


def change_service(app: AppBench, fault: str) -> AppCase:
    """Fai da te → Servizi Mobile: a line's service checked, then switched to the other state (R-66): the
    server holds the service as the user set it (switching it once more would need another check and click)."""
    controller = app.controller
    flows = controller.self_service_flows.options
    section = controller.window.section_widget(Section.SELF_SERVICE)
    view = section.mobile_services

    def open_page() -> None:
        controller.window.show_section(Section.SELF_SERVICE)
        section.show_page("mobile_services")

    open_page()
    mobiles = [line.id for line in controller.snapshot.lines if line.kind == "mobile"]
    line_id = mobiles[app.serial() % len(mobiles)]
    admin = app.bench.signed_in("USER_ADMIN")
    services = admin.line_services(line_id)
    shown: list[str] = []

    def on_shown(_category: str, shown_line: str) -> None:
        shown.append(shown_line)

    flows.servicesShown.connect(on_shown)
    wait_until(lambda: view.select_line(line_id), ANSWER_S, "the line in the services page")
    wait_until(lambda: line_id in shown or bool(view.services()), ANSWER_S, "the line's services")
    codes = {s.code for s in view.services()}
    service = next(s for s in services if s["code"] in codes and admin.check_service(
        line_id, s["code"], "deactivate" if s.get("active") else "activate")["compatible"])
    wanted = not service.get("active")
    code = service["code"]
    view.select_service(code)
    checked: list = []
    answers: list = []
    sent_at = [0]

    def check() -> None:
        before = len(checked)
        view.check_button.click()
        wait_until(lambda: len(checked) > before or bool(words()) or bool(login_words(app)), ANSWER_S,
                   "the service's check")

    def send() -> None:
        """The change, after its check (R-66): checked before the fault, so the change itself meets it; a
        failed change clears the check, and the user checks again before sending again."""
        open_page()
        wait_until(lambda: view.line_id() == line_id and view.select_service(code), ANSWER_S, "the chosen service")
        if answers:  # sent again: the user shows the line's services afresh (its last answer was lost)
            before = len(shown)
            flows.load_services(view, line_id)
            wait_until(lambda: len(shown) > before, ANSWER_S, "the line's services read again")
        sent_at[0] = len(answers)
        if shows_wanted():
            answers.append("already so")  # the list read again after a lost answer: nothing left to send
            return
        if not view.change_button.isEnabled():
            check()
        if view.change_button.isEnabled():
            view.change_button.click()
        else:
            answers.append("check failed")

    def held() -> int:
        now = next(s for s in app.bench.signed_in("USER_ADMIN").line_services(line_id) if s["code"] == code)
        return int(bool(now.get("active")) == wanted)

    def words() -> str:
        return "" if view.message.isHidden() or view.message.objectName() != "errorText" else view.message.text()

    def on_checked(_category: str, _check) -> None:
        checked.append(True)

    def shows_wanted() -> bool:
        service = view.current_service()
        return service is not None and service.code == code and service.active == wanted

    def on_changed(changed: str, applied: bool) -> None:
        if changed == code:
            answers.append(applied)

    def chosen() -> bool:
        service = view.current_service()
        return view.line_id() == line_id and service is not None and service.code == code

    def typed() -> bool:
        """The line and service chosen; after a new sign-in they come back once the page has the line's
        services again, so they are waited for."""
        try:
            wait_until(chosen, ANSWER_S, "the line and service chosen")
        except Timeout:
            return False
        return True

    flows.serviceChecked.connect(on_checked)
    flows.serviceChanged.connect(on_changed)
    try:
        check()
        return drive(app, "change_service", fault, f"/api/v1/lines/{line_id}/services", send,
                     lambda: len(answers) > sent_at[0], words, typed, held,
                     done=lambda: answers[-1] is True or shows_wanted())
    finally:
        flows.servicesShown.disconnect(on_shown)
        flows.serviceChecked.disconnect(on_checked)
        flows.serviceChanged.disconnect(on_changed)


def unlock_roaming(app: AppBench, fault: str) -> AppCase:
    """Notifiche → a line blocked abroad → "Sblocca dati all'estero", confirmed (R-81): one unlock used."""
    from PySide6.QtWidgets import QMessageBox

    controller = app.controller
    bench = app.bench
    line = bench.free_line()
    bench.control.post("/sandbox/roaming/usage", json={"lineId": line["id"], "bytes": 10 * 1024**3}).raise_for_status()
    flows = controller.notification_flows
    controller.window.show_section(Section.NOTIFICATIONS)
    view = controller.window.section_widget(Section.NOTIFICATIONS)

    def blocked_entry():
        return next((n for n in view.shown() if n.roaming_blocked and n.fields.get("lineId") == line["id"]), None)

    before = flows.refreshes
    controller.refresh()
    wait_until(lambda: flows.refreshes > before and blocked_entry() is not None, ANSWER_S, "the blocked line's entry")

    def unlocks_used() -> int:
        return int(bench.signed_in("USER_ADMIN").roaming(line["id"])["unlocksUsed"])

    answers: list[bool] = []
    sent_at = [0]

    def send() -> None:
        controller.window.show_section(Section.NOTIFICATIONS)
        wait_until(lambda: blocked_entry() is not None, ANSWER_S, "the blocked line's entry")
        view.select(blocked_entry().id)
        sent_at[0] = len(answers)
        view.unlock_button.click()
        wait_until(lambda: flows.confirm_box is not None or len(answers) > sent_at[0], ANSWER_S, "the question")
        if flows.confirm_box is not None:
            flows.confirm_box.button(QMessageBox.StandardButton.Yes).click()

    def words() -> str:
        return view.status.text()

    def done() -> bool:
        # applied, or (its answer lost) the line read again and found unblocked: either way the user is told
        return bool(answers) and (answers[-1] or view.status.text() == flows.tr(
            "Data abroad on this line is not blocked now."))

    flows.unlockEnded.connect(answers.append)
    try:
        return drive(app, "unlock_roaming", fault, f"/api/v1/lines/{line['id']}/roaming/unlock", send,
                     lambda: len(answers) > sent_at[0], words, lambda: True, unlocks_used, done=done)
    finally:
        flows.unlockEnded.disconnect(answers.append)


def change_password(app: AppBench, fault: str) -> AppCase:
    """Account → "Cambia password" of a new Dipendente: current, new and confirmation typed, sent. Not
    idempotent on the server by design (a second change of the same old password is refused: it is no longer
    the password), so "exactly one" is: the new password signs in, the old one does not."""
    from soak.fault_bench import PASSWORD
    from windtre_desktop.flows.accounts import maybe_changed_words

    bench = app.bench
    user, _line = bench.new_employee()
    app.sign_in_as(user["username"], PASSWORD)
    controller = app.controller
    controller.window.show_section(Section.PROFILE)
    new = f"Cambiata{app.serial()}!x"
    controller.window.section_widget(Section.PROFILE).change_password.click()
    dialog = controller.flows.dialog
    view = dialog.view
    values = {"oldPassword": PASSWORD, "newPassword": new, "passwordConfirmation": new}
    for name, value in values.items():
        view.editor(name).setText(value)

    def signs_in(password: str) -> bool:
        answer = bench.control.post("/api/v1/login/credentials", json={
            "username": user["username"], "password": password, "rememberMe": False})
        return answer.json().get("status") == "OK"

    def held() -> int:
        return int(signs_in(new) and not signs_in(PASSWORD))

    def typed() -> bool:
        return shiboken6.isValid(view) and all(view.editor(n).text() == v for n, v in values.items())

    def words() -> str:
        if not shiboken6.isValid(view):
            return ""
        return " ".join(label.text() for label in view.findChildren(type(view.general_error))
                        if label.objectName() == "errorText" and label.text())

    def done() -> bool:
        """Changed, or (the first try's answer lost, the same change refused as the password is no longer the
        current one) the user told the password may be changed already and to sign in with the new one."""
        return shiboken6.isValid(view) and (view.wizard.step_id == "done"
                                            or view.general_error.text() == maybe_changed_words())

    try:
        return drive(app, "change_password", fault, "/api/v1/password/change", view.next_button.click,
                     lambda: not shiboken6.isValid(view) or not view.wizard.busy, words, typed, held, done=done)
    finally:
        if shiboken6.isValid(dialog) and dialog.isVisible():
            dialog.reject()  # "Chiudi", as the user does before going on


def delete_account(app: AppBench, fault: str) -> AppCase:
    """Account → "Elimina account" of a new Dipendente, confirmed (R-11): that account is gone (it no longer
    signs in), the demo Dipendente and the line stay; the app is back on the login page saying so."""
    from soak.fault_bench import PASSWORD

    bench = app.bench
    user, line = bench.new_employee()
    app.sign_in_as(user["username"], PASSWORD)
    controller = app.controller
    ended: list[str] = []

    def signs_in(username: str, password: str) -> bool:
        answer = bench.control.post("/api/v1/login/credentials", json={
            "username": username, "password": password, "rememberMe": False})
        return answer.json().get("status") == "OK"

    def held() -> int:
        demo = bench.user("DIPENDENTE")
        lines = bench.control.get("/sandbox/lines", params={"limit": 500, "companyId": "C0001"}).json()["lines"]
        kept = signs_in(demo["username"], demo["password"]) and any(x["id"] == line["id"] for x in lines)
        return int(not signs_in(user["username"], PASSWORD)) + int(not kept)

    def on_login_page() -> bool:
        return controller.window.pages.currentWidget() is controller.window.login_view

    def words() -> str:
        return controller.window.notice_banner.text() or login_words(app)

    sent_at = [0]

    def send() -> None:
        sent_at[0] = len(ended)
        if controller.session is not None and not on_login_page():
            controller.window.notice_banner.hide()
            controller.delete_account(confirmed=True)

    controller.sessionEnded.connect(ended.append)
    try:
        case = drive(app, "delete_account", fault, "/api/v1/me", send,
                     lambda: len(ended) > sent_at[0] or bool(controller.window.notice_banner.text()), words, lambda: True, held,
                     done=lambda: "deleted" in ended)
    finally:
        controller.sessionEnded.disconnect(ended.append)
        if on_login_page():
            app.signed_out()  # else the next case signs the dead session out first
    return case


# every state-changing action, with the role that does it
ACTIONS: dict[str, tuple[str, Callable[[AppBench, str], AppCase]]] = {
    "share_invoice": ("USER_ADMIN", share_invoice),
    "gss_extra": ("USER_ADMIN", gss_extra_giga),
    "gss_referent": ("USER_ADMIN", gss_referent),
    "gss_plan": ("USER_ADMIN", gss_plan),
    "create_telco_manager": ("USER_ADMIN", telco_manager),
    "delete_telco_manager": ("USER_ADMIN", delete_telco_manager),
    "file_ticket": ("USER_ADMIN", file_ticket),
    "create_recharge": ("USER_ADMIN", recharge),
    "save_notification_settings": ("USER_ADMIN", notification_settings),
    "set_auto_recharge": ("USER_ADMIN", auto_recharge),
    "delete_auto_recharge": ("USER_ADMIN", cancel_auto_recharge),
    "keep_updated": ("USER_ADMIN", keep_updated),
    "option_request": ("USER_ADMIN", option_request),
    "gss_move": ("USER_ADMIN", gss_move),
    "change_service": ("USER_ADMIN", change_service),
    "unlock_roaming": ("USER_ADMIN", unlock_roaming),
    "associate_sim": ("DIPENDENTE", associate_sim),
    "dissociate_sim": ("DIPENDENTE", dissociate_sim),
    "change_password": ("", change_password),  # a new Dipendente each time: the case signs in as them
    "delete_account": ("", delete_account),
}


def run_app_layer(app: AppBench, cases: list[tuple[str, str]]) -> list[AppCase]:
    results = []
    for action, fault in cases:
        role, scenario = ACTIONS[action]
        try:
            if role and app.role != role:
                app.sign_in(role)
            results.append(scenario(app, fault))
        except Exception as error:  # noqa: BLE001 - an app that raises did not survive: counted, the run goes on
            results.append(AppCase(action, fault, False, 0, 0, f"raised {error!r}"))
    return results
