"""One sync of the local store with the server's change feed (no Qt: the worker thread calls it).

No cursor → full snapshot; with cursor and ETag → an unchanged company costs one
request (304); an expired cursor (410) → drop it and take a full snapshot. A failure
is recorded in the store (the data already there stays) and re-raised to the caller.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from windtre_desktop.api.client import ApiClient
from windtre_desktop.api.errors import ApiError, Cancelled, CursorExpired
from windtre_desktop.store.database import Store

log = logging.getLogger(__name__)

Progress = Callable[[str, int], None]


def iso_now() -> str:
    """Local time, ISO 8601 with offset, to the second."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


@dataclass
class SyncReport:
    full: bool
    not_modified: bool
    changed_lines: int
    requests: int
    seconds: float


class SyncEngine:
    def __init__(self, client: ApiClient, store: Store, *, now: Callable[[], str] = iso_now) -> None:
        self.client = client
        self.store = store
        self.now = now

    def run(self, progress: Progress | None = None) -> SyncReport:
        report = progress or (lambda stage, percent: None)
        started = time.perf_counter()
        requests_before = self.client.request_count
        state = self.store.sync_state()
        report("connecting", 0)
        try:
            cursor, etag = state.cursor, state.etag
            try:
                page = self.client.sync(cursor, etag)
            except CursorExpired:
                log.info("sync cursor expired: starting a full sync")
                self.store.reset_cursor()
                cursor = etag = None
                page = self.client.sync(None, None)
            report("downloading", 60)
        except Cancelled:
            raise
        except ApiError as error:
            self.store.record_sync_failure(self.now(), type(error).__name__)
            log.warning("sync failed: %s (%s)", type(error).__name__, error.code or error.status or "-")
            raise

        if page is None:
            self.store.record_not_modified(self.now())
            result = SyncReport(False, True, 0, self.client.request_count - requests_before, 0.0)
        else:
            report("saving", 80)
            changed = self.store.apply_sync(page, synced_at=self.now())
            result = SyncReport(page.full, False, changed, self.client.request_count - requests_before, 0.0)
        result.seconds = time.perf_counter() - started
        report("done", 100)
        log.info(
            "sync done: %s, %d lines changed, %d requests, %.2f s",
            "not modified" if result.not_modified else ("full" if result.full else "incremental"),
            result.changed_lines,
            result.requests,
            result.seconds,
        )
        return result
