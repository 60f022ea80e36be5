"""The Idempotency-Keys of changes sent but not yet answered, kept in the profile's store (no Qt).

A section's runner gives each confirmed change a key and reuses it until the server answers, so a change
confirmed again after a lost answer is applied once. That memory ended with the process: killed after the
server applied a change but before its answer arrived, the app forgot the key, and the same change confirmed
after the restart went out under a new key and was applied twice (found by issue 16's kill points). The
network thread now writes the key here before the request and drops it once the server answered OK or
refused; a change asked again with the same payload reuses the key kept, for as long as a server remembers
keys (KEPT_FOR).
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from windtre_desktop.sync.actions import IDEMPOTENCY_KEY

if TYPE_CHECKING:
    from windtre_desktop.store.database import Store

KEPT_FOR = timedelta(hours=24)  # the contract's idempotency window
# the sections' changes only: an account wizard's payload carries passwords and one-time codes, and not even
# a digest of those goes to disk (nor into the store of the user signed in before)
KEPT_ACTIONS = frozenset({
    "gss_plan", "gss_referent", "gss_extra", "gss_move", "create_recharge", "set_auto_recharge",
    "delete_auto_recharge", "option_request", "change_service", "keep_updated", "save_notification_settings",
    "unlock_roaming", "share_invoice", "associate_sim",
})
# kept in the drafts table, whose rows are JSON by kind: no schema change for one small document
DRAFT_KIND = "pending_change_keys"


def _request(action: str, payload: dict[str, Any]) -> str:
    """The change's fingerprint: a digest, so no field of it (a name, a number) is written to disk."""
    text = json.dumps([action, {k: v for k, v in payload.items() if k != IDEMPOTENCY_KEY}], sort_keys=True,
                      default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def _recent(entry: object, oldest: datetime) -> bool:
    """A well-formed entry younger than `oldest`; anything else is dropped, never an error for every change."""
    if not isinstance(entry, dict) or not isinstance(entry.get("key"), str) or not isinstance(entry.get("at"), str):
        return False
    try:
        at = datetime.fromisoformat(entry["at"])
        return at.tzinfo is not None and at >= oldest
    except ValueError:
        return False


class PendingChanges:
    """Use from the thread that owns `store`."""

    def __init__(self, store: Store, now=lambda: datetime.now(UTC)) -> None:
        self.store = store
        self.now = now

    def _kept(self) -> dict[str, dict]:
        kept = self.store.load_draft(DRAFT_KIND)
        if not isinstance(kept, dict):
            return {}
        oldest = self.now() - KEPT_FOR
        return {request: entry for request, entry in kept.items() if _recent(entry, oldest)}

    def keyed(self, action: str, payload: dict[str, Any]) -> dict[str, Any]:
        """`payload` with the key of the same change still unanswered, if any; else its own key, kept first."""
        request = _request(action, payload)
        kept = self._kept()
        if request in kept:
            return {**payload, IDEMPOTENCY_KEY: kept[request]["key"]}
        kept[request] = {"key": payload[IDEMPOTENCY_KEY], "at": self.now().isoformat()}
        self.store.save_draft(DRAFT_KIND, kept)  # committed before the request goes out
        return payload

    def settled(self, action: str, payload: dict[str, Any]) -> None:
        """The server answered the change (applied, or refused for good): its key is no longer needed."""
        kept = self._kept()
        kept.pop(_request(action, payload), None)
        if kept:
            self.store.save_draft(DRAFT_KIND, kept)
        else:
            self.store.delete_draft(DRAFT_KIND)
