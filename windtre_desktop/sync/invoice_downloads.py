"""Fetching invoice files into the archive (R-40, R-41), without Qt: which files a request still needs,
one file fetched, checked against the sha256 the listing announced and written atomically; the queue of
files still to fetch is kept in the store, so a download cut off or killed resumes where it stopped."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the HTTP stack stays out of start-up: the GUI uses the planning half of this module
    from windtre_desktop.api.client import ApiClient
    from windtre_desktop.store.database import Store
    from windtre_desktop.store.invoice_archive import InvoiceArchive

FILE_KINDS = ("pdf", "fatturapa")  # what "download" fetches; the call detail is fetched when asked for
QUEUE_DRAFT = "invoice_downloads"  # the store's draft slot that holds the files still to fetch


@dataclass(frozen=True)
class FileRequest:
    invoice_id: str
    kind: str  # "pdf" | "fatturapa" | "call_detail"

    def as_json(self) -> list[str]:
        return [self.invoice_id, self.kind]


def expected_sha256(invoice: Mapping[str, Any], kind: str) -> str | None:
    """The sha256 the listing announced for the file (the call detail has none)."""
    meta = invoice.get(kind) if kind in FILE_KINDS else None
    return (meta or {}).get("sha256") or None


def is_current(archive: InvoiceArchive, invoice: Mapping[str, Any], kind: str) -> bool:
    """The file is archived, present at its size, and is the one the listing announces (a re-issued invoice
    has a new sha256 and is fetched again). A full re-hash happens before the file is opened."""
    recorded = archive.recorded(str(invoice["id"]), kind)
    if recorded is None or not archive.is_downloaded(str(invoice["id"]), kind):
        return False
    expected = expected_sha256(invoice, kind)
    return expected is None or recorded[1] == expected.lower()


def wanted(archive: InvoiceArchive, invoices: Iterable[Mapping[str, Any]],
           kinds: Iterable[str] = FILE_KINDS) -> list[FileRequest]:
    """The files of `invoices` that are not archived yet (or are stale), in the given order."""
    requests = []
    for invoice in invoices:
        for kind in kinds:
            if kind == "call_detail" and not invoice.get("hasCallDetail"):
                continue
            if not is_current(archive, invoice, kind):
                requests.append(FileRequest(str(invoice["id"]), kind))
    return requests


def fetch(client: ApiClient, archive: InvoiceArchive, request: FileRequest) -> Path:
    """Download one file and archive it; ArchiveError when its sha256 is not the announced one, the client's
    typed errors when the server cannot give it."""
    invoice = archive.invoice(request.invoice_id) or {"id": request.invoice_id}
    if request.kind == "pdf":
        data, ext = client.invoice_pdf(request.invoice_id), "pdf"
    elif request.kind == "fatturapa":
        filename, data = client.invoice_fatturapa(request.invoice_id)
        ext = "xml.p7m" if filename.lower().endswith(".p7m") else "xml"
    elif request.kind == "call_detail":
        data, ext = client.invoice_call_detail(request.invoice_id), "csv"
    else:
        raise ValueError(f"unknown file kind {request.kind!r}")
    return archive.write_file(request.invoice_id, request.kind, data, expected_sha256(invoice, request.kind),
                              ext=ext)


def refresh_listing(client: ApiClient, archive: InvoiceArchive) -> list[dict]:
    """The invoices, fetched when they changed (ETag) and kept in the store for offline use."""
    stored = archive.listing()
    answer = client.invoices(archive.listing_etag() if stored else None)
    if answer is None:
        return stored
    archive.save_listing(answer.invoices, answer.etag)
    return archive.listing()


def save_queue(store: Store, requests: Iterable[FileRequest]) -> None:
    pending = [r.as_json() for r in requests]
    if pending:
        store.save_draft(QUEUE_DRAFT, pending)
    else:
        store.delete_draft(QUEUE_DRAFT)


def load_queue(store: Store) -> list[FileRequest]:
    """The files a previous download did not get to (empty when it finished)."""
    raw = store.load_draft(QUEUE_DRAFT) or []
    requests = []
    for item in raw if isinstance(raw, list) else []:
        if isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) for x in item):
            requests.append(FileRequest(item[0], item[1]))
    return requests
