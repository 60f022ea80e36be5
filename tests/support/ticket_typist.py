"""A real app process for the kill -9 tests: signs in, opens "Inserisci nuovo ticket", types a SIM
replacement and either waits (mode "typing") or presses Send (mode "sending"), printing what it
reached. The test kills it with SIGKILL at that point and restarts the app on the same data dir.

Run: python -m tests.support.ticket_typist SERVER_URL DATA_DIR MODE
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from tests.support.app_process import run_signed_in, say


def main(url: str, data_dir: str, mode: str) -> int:
    def type_ticket(controller) -> None:
        window = controller.window
        dialog = controller.ticket_flows.open_wizard(window, loss_theft=True)
        view = dialog.view
        combo = view.editor("lossTopic")
        combo.setCurrentIndex(combo.findData("SIM_REPLACEMENT"))
        view.next_button.click()
        for name, value in (("service", "voice"), ("type", "theft")):
            combo = view.editor(name)
            combo.setCurrentIndex(combo.findData(value))
        line = controller._company_mobiles()[0]
        for name, value in (("msisdn", line), ("deliverySite", "Via Roma 1, Milano"), ("referentName", "Anna Verdi"),
                            ("referentPhone", "+39 347 000 2222"), ("referentEmail", "anna@verdi.it")):
            view.editor(name).setText(value)
        if mode == "typing":
            QTimer.singleShot(800, lambda: say("TYPED"))  # the draft timer (300 ms) has fired by then
            return
        view.next_button.click()  # to the notes step
        view.editor("notes").setText("rubata")
        controller.service.worker.actionSucceeded.connect(lambda *_: say("ANSWERED"))
        view.next_button.click()  # send: the outbox entry is written first
        say("SENDING")

    return run_signed_in(url, data_dir, type_ticket)


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
