"""Filing a ticket from the app (R-70…R-73): the open-ticket check before typing, the wizard with its
draft saved as the user types (attachments copied into the data dir), and the outbox: the ticket is
written to the store with its idempotency key before it is sent, then sent by the network thread.

Never lost, never filed twice: a crash leaves the draft and the outbox entry; the next send of the
entry uses the same key, so the server answers with the first ticket.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from windtre_desktop.store.database import TICKET_DRAFT
from windtre_desktop.sync.outcomes import Failure
from windtre_desktop.sync.qt_worker import SyncService

if TYPE_CHECKING:
    from windtre_desktop.domain.wizard import ActionRequest
    from windtre_desktop.store.database import Store
    from windtre_desktop.views.wizard_dialog import WizardDialog

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 300


class TicketFlows(QObject):
    openTicketFound = Signal(dict)  # shown before the user starts typing
    ticketFiled = Signal(dict)
    ticketQueued = Signal(str)  # idempotency key: offline, it goes at the next sync

    def __init__(self, service: SyncService, server_url: str, data_dir: Path,
                 store: Callable[[], Store | None], company_msisdns: Callable[[], list[str]],
                 parent: QObject | None = None,
                 suggestions: Callable[[], dict[str, list[tuple[str, str]]]] | None = None) -> None:
        """`suggestions()`: {field: [(value, detail)]} offered while typing (the company's mobile lines for
        the SIM, the synced invoices for the invoice number)."""
        super().__init__(parent)
        self._suggestions = suggestions or dict
        self.service = service
        self.server_url = server_url
        self.data_dir = Path(data_dir)
        self._store = store
        self._msisdns = company_msisdns
        self.dialog: WizardDialog | None = None
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)

    # --- opening ---

    def new_ticket(self, parent: QWidget, loss_theft: bool = False) -> None:
        """Asks the server for an open ticket first (R-73); offline, the wizard opens anyway (the
        ticket will wait in the outbox)."""
        def answered(result) -> None:
            open_ticket = (result or {}).get("ticket")
            if open_ticket:
                self.openTicketFound.emit(open_ticket)
            else:
                self.open_wizard(parent, loss_theft)

        def failed(_failure: Failure) -> None:
            self.open_wizard(parent, loss_theft)

        self.service.run_action(self.server_url, "open_ticket", {}, answered, failed)

    def open_wizard(self, parent: QWidget, loss_theft: bool = False) -> WizardDialog:
        from windtre_desktop.domain import ticket_wizard as tw
        from windtre_desktop.domain.wizard import WizardError
        from windtre_desktop.views.wizard_dialog import WizardDialog

        store = self._store()
        draft = store.load_draft(TICKET_DRAFT) if store is not None else None
        wizard = None
        if draft:
            try:
                wizard = tw.from_draft(draft, self._msisdns())
            except WizardError:
                log.warning("ticket draft unreadable; starting a new one")
        if wizard is None:
            # the fast path starts at its own first step, the loss/theft topic ("Reintegro Furto/Smarrimento")
            wizard = tw.new_ticket(company_msisdns=self._msisdns(), loss_theft=loss_theft)
        dialog = WizardDialog(wizard, parent, store_file=self._store_file, blank_form=self._offer_blank_form,
                              suggestions=self._suggestions())
        dialog.actionRequested.connect(lambda request: self._file(dialog, request))
        dialog.view.valuesChanged.connect(self._draft_timer.start)
        dialog.finished.connect(lambda _code: self.save_draft())
        self.dialog = dialog
        dialog.open()
        # the invoice list as the server has it now (kept in the store, ETag: usually a 304), for the picker
        self.service.run_action(self.server_url, "invoices", {}, lambda _invoices: self._refresh_suggestions(dialog),
                                lambda _failure: None)
        return dialog

    def _refresh_suggestions(self, dialog: WizardDialog) -> None:
        if dialog is not self.dialog or not dialog.isVisible():
            return
        dialog.view.set_suggestions(self._suggestions())

    # --- drafts ---

    def save_draft(self) -> None:
        """Called a moment after each change (and when the dialog closes): a crash loses nothing."""
        from windtre_desktop.domain import ticket_wizard as tw

        store = self._store()
        dialog = self.dialog
        if store is None or dialog is None:
            return
        if dialog.wizard.is_final:  # filed: nothing left to keep
            store.delete_draft(TICKET_DRAFT)
            return
        store.save_draft(TICKET_DRAFT, tw.to_draft(dialog.wizard))

    def save_blank_form(self, path: Path, on_done: Callable[[Path], None] | None = None) -> None:
        """Downloads the blank IMEI block request form (R-70) into `path`."""
        def write(result) -> None:
            Path(path).write_bytes(result["pdf"])
            if on_done is not None:
                on_done(Path(path))

        self.service.run_action(self.server_url, "imei_block_form", {}, write, lambda _failure: None)

    def _offer_blank_form(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        parent = self.dialog
        path, _ = QFileDialog.getSaveFileName(parent, self.tr("Save the blank form"), "modulo-blocco-imei.pdf",
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.save_blank_form(Path(path))

    def _store_file(self, path: str, kind: str) -> str:
        from windtre_desktop.store.attachments import copy_attachment

        key = str(self.dialog.wizard.values.get("idempotencyKey")) if self.dialog else "loose"
        return str(copy_attachment(Path(path), self.data_dir, key, f"{kind}-{Path(path).name}").path)

    # --- filing ---

    def _file(self, dialog: WizardDialog, request: ActionRequest) -> None:
        store = self._store()
        payload = dict(request.payload)
        key = str(payload.get("idempotencyKey"))
        if store is None:
            dialog.view.action_failed(request.request_id, self.tr("No session: sign in again to file the ticket."))
            return
        self.save_draft()
        store.enqueue_ticket(key, payload, [item["path"] for item in payload.get("attachments") or []])

        def done(ticket) -> None:
            dialog.view.action_succeeded(request.request_id, ticket or {})
            store.delete_draft(TICKET_DRAFT)
            self.ticketFiled.emit(ticket or {})

        def failed(failure: Failure) -> None:
            if failure.kind in ("unavailable", "rate_limited"):
                message = self.tr("The server cannot be reached: the ticket is saved and will be sent as soon "
                                  "as the connection is back. You can close this window.")
                self.ticketQueued.emit(key)
            else:
                message = failure.message or self.tr("The ticket was not accepted. Check it and try again.")
            field = _wizard_field(failure.field)
            dialog.view.action_failed(request.request_id, message, field)

        self.service.run_action(self.server_url, "send_ticket", {"key": key}, done, failed)


def _wizard_field(server_field: str | None) -> str | None:
    from windtre_desktop.domain.tickets import wizard_field

    return wizard_field(server_field)
