"""The real app process the kill -9 proofs drive (issue 16, "Crashes"): an offscreen app on a data dir, signed
in as the demo User Admin, doing one piece of work and printing markers as it goes. The harness kills it with
SIGKILL at a random moment between STARTED and DONE; "restart" is the app started again on the same data dir.

Run: python -m soak.kill_driver SCENARIO SERVER_URL DATA_DIR [ARGUMENT_JSON]

Scenarios (each prints STARTED when its work begins and DONE when it has ended):
  sync            the sign-in and its first full sync (STARTED as "Accedi" is pressed)
  ticket          a SIM replacement typed for ARGUMENT["msisdn"], then sent through the outbox
  invoices        Conto → Fatture → "Scarica tutto"
  action          one state-changing request through a section's runner: ARGUMENT {"flows": "products" |
                  "self_service" | "accounts", "action": name, "payload": {...}}
  fleet_export    Panoramica flotta → the lines shown, written to ARGUMENT["path"]
  traffic_export  DOWNLOAD TRAFFICO of ARGUMENT["lineId"] for the last 90 days to ARGUMENT["path"] (with
                  ARGUMENT["holdBeforeRename"]: its temporary written whole, then it waits there to be killed)
  restart         sign in, let the first sync send what the outbox holds, send ARGUMENT["redo"] (an action's
                  argument) again if given, list the invoices shown as downloaded, print "STATE {json}", quit
"""

from __future__ import annotations

import json
import os
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from windtre_desktop import unfinished_files  # noqa: E402
from windtre_desktop.clock import italian_today  # noqa: E402
from windtre_desktop.domain.roles import Section  # noqa: E402
from windtre_desktop.flows.controller import AppController  # noqa: E402
from windtre_desktop.i18n.translations import Translations  # noqa: E402
from windtre_desktop.paths import AppPaths  # noqa: E402
from windtre_desktop.sync.actions import IDEMPOTENCY_KEY  # noqa: E402

PROFILE_KEY = "kill-test"
ADMIN = ("admin.demo", "Demo2026!")


def say(text: str) -> None:
    print(text, flush=True)


def later(ms: int, call) -> None:
    QTimer.singleShot(ms, call)


def wait_for(condition, then, every_ms: int = 100, limit_s: float = 60.0) -> None:
    """Calls `then` once `condition()` holds, polling on the GUI thread; says TIMEOUT if it never does."""
    deadline = time.monotonic() + limit_s

    def poll() -> None:
        if condition():
            then()
        elif time.monotonic() > deadline:
            say("TIMEOUT")
        else:
            later(every_ms, poll)

    poll()


def ticket(controller: AppController, argument: dict) -> None:
    say("STARTED")
    dialog = controller.ticket_flows.open_wizard(controller.window, loss_theft=True)
    view = dialog.view
    combo = view.editor("lossTopic")
    combo.setCurrentIndex(combo.findData("SIM_REPLACEMENT"))
    view.next_button.click()
    for name, value in (("service", "voice"), ("type", "theft")):
        combo = view.editor(name)
        combo.setCurrentIndex(combo.findData(value))
    for name, value in (("msisdn", argument["msisdn"]), ("deliverySite", "Via Roma 1, Milano"),
                        ("referentName", "Anna Verdi"), ("referentPhone", "+39 347 000 2222"),
                        ("referentEmail", "anna@verdi.it")):
        view.editor(name).setText(value)

    def send() -> None:
        say("TYPED")  # the draft timer (300 ms) has fired by now
        view.next_button.click()  # to the notes step
        view.editor("notes").setText("rubata")
        controller.service.worker.actionSucceeded.connect(lambda *_: say("DONE"))
        controller.service.worker.actionFailed.connect(lambda *_: say("DONE failed"))
        view.next_button.click()  # send: the outbox entry is written first
        say("SENDING")

    later(700, send)


def invoices(controller: AppController, argument: dict) -> None:
    window = controller.window
    window.show_section(Section.ACCOUNT_BILLING)
    view = window.section_widget(Section.ACCOUNT_BILLING).invoices

    def start() -> None:
        controller.invoice_flows.downloadFinished.connect(lambda *_: say("DONE"))
        controller.service.downloads.fileReady.connect(lambda *_: say("ARCHIVED"))
        say("STARTED")
        view.download_all_button.click()

    wait_for(lambda: view.model.rowCount() >= 1, start)


def send_change(controller: AppController, change: dict, done, failed) -> None:
    """One change, as its section sends it: `change` is {"flows", "action", "payload"}."""
    name, payload = change["action"], change["payload"]
    if change["flows"] == "accounts":  # the account wizards send one key per dialog, as here
        controller.flows.run(name, {**payload, IDEMPOTENCY_KEY: str(uuid.uuid4())}, done, failed)
        return
    flows = {"products": controller.products_flows, "self_service": controller.self_service_flows}
    flows[change["flows"]].runner.send_change(name, payload, done, failed)


def action(controller: AppController, argument: dict) -> None:
    say("STARTED")
    send_change(controller, argument, lambda _result: say("DONE ok"), lambda failure: say(f"DONE {failure.kind}"))


def fleet_export(controller: AppController, argument: dict) -> None:
    window = controller.window
    window.show_section(Section.FLEET)
    lines = window.section_widget(Section.FLEET).lines

    def start() -> None:
        lines.exportFinished.connect(lambda ok: say(f"DONE {'ok' if ok else 'failed'}"))
        say("STARTED")
        if not lines.export_to(argument["path"]):
            say("DONE refused")

    wait_for(lambda: lines.model.rowCount() >= 1, start)


def traffic_export(controller: AppController, argument: dict) -> None:
    if argument.get("holdBeforeRename"):
        # for a kill at a known moment: the workbook written whole into its temporary, the rename never comes
        from windtre_desktop import files

        def held(temporary: str, target, mode: int) -> None:
            say("TEMPORARY WRITTEN")
            time.sleep(3600)

        files._finish = held
    flows = controller.traffic_flows
    flows.exportEnded.connect(lambda outcome: say(f"DONE {'ok' if outcome == 'done' else outcome}"))
    last = italian_today() - timedelta(days=1)
    # within the server's 90-day window too, which moves with its clock (the ticket points move it a day on each)
    first = max(last - timedelta(days=89), _sandbox_today(controller.server_url) - timedelta(days=89))
    flows.open_export(argument["lineId"], first, last)
    say("STARTED")
    flows.dialog.start(argument["path"])


def _sandbox_today(url: str) -> date:
    import httpx

    return date.fromisoformat(httpx.get(f"{url}/sandbox/clock", timeout=30).json()["now"][:10])


def restart(controller: AppController, argument: dict) -> None:
    """What the user finds after the crash: the outbox sent, the invoices shown as downloaded."""
    store_path = controller.paths.profile_db(PROFILE_KEY, ADMIN[0])

    def pending() -> int:
        from windtre_desktop.store.database import Store

        with Store(store_path) as store:
            return len(store.pending_tickets())

    def report() -> None:
        window = controller.window
        window.show_section(Section.ACCOUNT_BILLING)
        view = window.section_widget(Section.ACCOUNT_BILLING).invoices

        def listed() -> None:
            shown = [i["id"] for i in view.model.invoices if view.model.is_downloaded(i)]
            say("STATE " + json.dumps({"pending_tickets": pending(), "shown_downloaded": shown,
                                       "lines": len(controller.snapshot.lines) if controller.snapshot else 0}))
            controller.shutdown()
            QApplication.instance().quit()

        wait_for(lambda: view.model.rowCount() >= 1, listed, limit_s=30)

    def redo() -> None:
        """The user, seeing no confirmation of the change before the crash, confirms it again."""
        change = argument.get("redo")
        if change is None:
            report()
            return
        answered: list[str] = []
        send_change(controller, change, lambda _result: answered.append("ok"),
                    lambda failure: answered.append(failure.kind))
        wait_for(lambda: answered, lambda: (say(f"REDONE {answered[0]}"), report()))

    wait_for(lambda: pending() == 0, redo, every_ms=200, limit_s=45)


SCENARIOS = {"ticket": ticket, "invoices": invoices, "action": action, "fleet_export": fleet_export,
             "traffic_export": traffic_export, "restart": restart, "sync": lambda controller, argument: None}


def main(scenario: str, url: str, data_dir: str, argument_json: str = "{}") -> int:
    work = SCENARIOS[scenario]
    argument = json.loads(argument_json)
    app = QApplication(sys.argv[:1])
    Translations(app).install("it")
    paths = AppPaths.default(Path(data_dir))
    # as app.main: this process's writes are recorded, and what a killed one left behind is removed (here at
    # once, before the work, where the app does it after its first frame)
    unfinished_files.record_in(paths.data_dir)
    say(f"UNFINISHED_REMOVED {unfinished_files.remove_left_over(paths.data_dir)}")
    controller = AppController(paths=paths, server_url=url, profile_key=PROFILE_KEY, language="it", timeout=60)
    controller.start()

    def signed_in(ok: bool) -> None:
        controller.syncSettled.disconnect(signed_in)
        say("SIGNED_IN" if ok else "SIGN_IN_FAILED")
        if scenario == "sync":
            say("DONE")
        else:
            later(100, lambda: work(controller, argument))

    controller.syncSettled.connect(signed_in)
    login = controller.window.login_view
    login.fill(*ADMIN)
    login.remember.setChecked(True)
    if scenario == "sync":
        say("STARTED")
    login.submit.click()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
