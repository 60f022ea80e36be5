"""Sends the tickets waiting in the store's outbox (R-70…R-73), never twice, never lost (no Qt).

A ticket is written to the outbox with its idempotency key before any request. Sending it
reads the entry, uploads its attachments with the SAME key every time, and only then marks
it sent: a crash, a timeout or a connection dropped after the server committed all end in
the same ticket when the entry is sent again. A refusal the user must fix (a field, or
another ticket still open, R-73) leaves the outbox, so it is not retried forever; the draft
stays for the user to correct.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from windtre_desktop.api.client import ApiClient
from windtre_desktop.api.errors import ApiError, TicketAlreadyOpen, ValidationFailed
from windtre_desktop.domain.tickets import sniff_type
from windtre_desktop.store.attachments import remove_attachments
from windtre_desktop.store.database import TICKET_DRAFT, Store

log = logging.getLogger(__name__)


@dataclass
class SendReport:
    sent: list[dict] = field(default_factory=list)  # the server's tickets
    kept: list[str] = field(default_factory=list)  # keys still pending (offline, 5xx…)
    refused: list[str] = field(default_factory=list)  # keys the server refused for good


class TicketSender:
    def __init__(self, client: ApiClient, store: Store, data_dir: Path) -> None:
        self.client = client
        self.store = store
        self.data_dir = Path(data_dir)

    def send(self, key: str) -> dict:
        """Send one queued ticket; the server's ticket on success. Errors are the client's, unchanged,
        after the outbox has been updated (kept for a retry, or dropped when refused for good)."""
        entry = self.store.outbox_entry(key)
        if entry is None:
            raise KeyError(f"no ticket queued under {key!r}")
        if entry.state == "sent" and entry.result_json:
            return json.loads(entry.result_json)
        payload = json.loads(entry.payload_json)
        files = payload.pop("attachments", []) or []
        payload.pop("idempotencyKey", None)
        uploads = []
        for item in files:
            data = Path(item["path"]).read_bytes()
            uploads.append((item["kind"], item.get("filename") or Path(item["path"]).name, data,
                            sniff_type(data[:8]) or "application/octet-stream"))
        try:
            ticket = self.client.create_ticket(payload, uploads, idempotency_key=key)
        except (ValidationFailed, TicketAlreadyOpen):
            self.store.discard_ticket(key)  # the user must change something: a new attempt is a new ticket
            raise
        except ApiError as error:
            self.store.mark_failed(key, type(error).__name__)
            raise
        self.store.mark_sent(key, ticket)
        self._forget_draft(key)
        remove_attachments(self.data_dir, key)
        log.info("ticket %s filed", ticket.get("number"))
        return ticket

    def send_pending(self) -> SendReport:
        """Every ticket still waiting, oldest first (called after each sync: the offline queue)."""
        report = SendReport()
        for entry in self.store.pending_tickets():
            try:
                report.sent.append(self.send(entry.idempotency_key))
            except (ValidationFailed, TicketAlreadyOpen):
                report.refused.append(entry.idempotency_key)
            except ApiError:
                report.kept.append(entry.idempotency_key)
                break  # offline or failing: the rest waits for the next sync
        return report

    def _forget_draft(self, key: str) -> None:
        draft = self.store.load_draft(TICKET_DRAFT)
        values = (draft or {}).get("values") or {}
        if values.get("idempotencyKey") == key:
            self.store.delete_draft(TICKET_DRAFT)
