"""The smoke tour's tickets part (issue 5): a loss/theft ticket filed for real by the fast path, the
tickets list, and the other pages of the ticket wizard (not filed: one ticket is open by then, R-73)."""

from __future__ import annotations

from windtre_desktop.smoke.script import WizardScript


class TicketsTour(WizardScript):
    name = "tickets"

    def flows(self):
        return self.controller.ticket_flows

    def script(self):
        return [
            ("ticket", None), ("shot", "ticket_1_loss_topic"), ("choose", {"lossTopic": "SIM_REPLACEMENT"}),
            ("next", "sim_replacement"), ("choose", {"service": "voice", "type": "loss"}),
            ("fill", {"msisdn": lambda: self.controller._company_mobiles()[0],
                      "deliverySite": "Via Roma 1, Milano", "referentName": "Giulia Conti",
                      "referentPhone": "+39 347 000 1111", "referentEmail": "giulia.conti@example.com"}),
            ("shot", "ticket_2_sim_replacement"), ("next", "notes"),
            ("fill", {"notes": "SIM smarrita durante una trasferta."}), ("shot", "ticket_3_notes"),
            ("next", "done"), ("shot", "ticket_4_done"), ("close", None),
            ("section", "tickets"), ("shot_window", "tickets_list"),
            ("ticket", True), ("choose", {"lossTopic": "IMEI_BLOCK"}), ("next", "imei_block"),
            ("choose", {"service": "data"}), ("fill", {"imei": "490154203237518"}), ("shot", "ticket_5_imei_block"),
            ("next", "attachments"), ("shot", "ticket_6_attachments"), ("close", None), ("forget_draft", None),
            ("ticket", False), ("shot", "ticket_7_reason"), ("choose", {"reason": "ADMINISTRATIVE"}),
            ("next", "administrative"), ("choose", {"adminTopic": "WRONG_TARIFF"}), ("shot", "ticket_8_administrative"),
            ("close", None), ("forget_draft", None),
        ]

    def custom_op(self, op: str, arg) -> None:
        if op == "ticket":
            self.controller.ticket_flows.open_wizard(self.window, loss_theft=arg is not False).resize(700, 640)
        elif op == "forget_draft":
            self.controller._store.delete_draft("ticket")
        else:
            super().custom_op(op, arg)
