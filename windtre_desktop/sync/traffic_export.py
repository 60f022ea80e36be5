"""DOWNLOAD TRAFFICO (R-32), Qt-free: one line's records of job.first…job.last into an Excel file, read from
the store when it keeps every day of the range in full, else paged from the server's export endpoint. Either
way the rows stream (chunks of 5,000 from the store, pages of 10,000 from the server), so memory stays flat.

Today grows during the day (a quarter hour at a time), so a kept today counts as kept only when it was
fetched less than FRESH_TODAY ago; a day kept while it was today is not kept in full once it is past."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Literal

from windtre_desktop.exports.traffic_xlsx import (
    ExportCancelled,
    TrafficExport,
    export_pages,
    write_traffic_xlsx,
)
from windtre_desktop.store.traffic_store import RECORDS, TrafficStore

if TYPE_CHECKING:
    from windtre_desktop.api.client import ApiClient
    from windtre_desktop.domain.traffic_data import ExportJob
    from windtre_desktop.store.database import Store

FRESH_TODAY = timedelta(minutes=15)  # the server's today moves every quarter hour
STORE_CHUNK = 5000
NETWORK_PAGE = 10_000  # the contract's largest page of /export

Source = Literal["store", "network"]


def export_source(store: Store, job: ExportJob, now: datetime | None = None) -> Source:
    """Where the job's records come from: "store" when every day of the range is kept in full (a past day
    fetched once past; today fetched within FRESH_TODAY), else "network"."""
    traffic = TrafficStore(store)
    today = traffic.server_today()
    moment = now or datetime.now(UTC)
    kept = traffic.coverage(job.line_id, RECORDS, job.first, job.last)
    day: date = job.first
    while day <= job.last:
        entry = kept.get(day)
        if entry is None:
            return "network"
        fetched_at, final = entry
        if not final and not (day == today and moment - datetime.fromisoformat(fetched_at) < FRESH_TODAY):
            return "network"
        day += timedelta(days=1)
    return "store"


def run_export(client: ApiClient, store: Store, job: ExportJob, progress: Callable[[int, int], None] | None,
               cancelled: Callable[[], bool] | None) -> TrafficExport:
    """Write the job's file (write_traffic_xlsx: atomic, nothing left behind on failure or cancel). Errors
    propagate: ExportCancelled, the client's ApiError, OSError."""
    traffic = TrafficStore(store)
    with traffic.read_snapshot():  # the check, the count and the rows see one state of the store, even
        # while a load of the same line rewrites its days in the network thread
        if export_source(store, job) == "store":
            total = traffic.record_count(job.line_id, job.first, job.last)
            pages = traffic.record_chunks(job.line_id, job.first, job.last, STORE_CHUNK)
            try:
                return write_traffic_xlsx(job.path, job.sheets, pages, total=total, progress=progress,
                                          cancelled=cancelled)
            finally:
                pages.close()  # the read cursor ends with the export, even a cancelled one
    first, last = job.first.isoformat(), job.last.isoformat()

    def fetch(cursor: str | None):
        if cancelled is not None and cancelled():  # before asking, not only after the page came
            raise ExportCancelled
        return client.line_traffic_export(job.line_id, first=first, last=last, limit=NETWORK_PAGE, cursor=cursor)

    return write_traffic_xlsx(job.path, job.sheets, export_pages(fetch), progress=progress, cancelled=cancelled)
