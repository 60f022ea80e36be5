"""The invoice archive (R-40…R-43): the listing with its ETag in the store, and the downloaded files under
`<data_dir>/archive/<invoice_id>/<kind>.<ext>`, written atomically with their size and sha256 recorded, so a
missing or damaged file is detected on open and never shown as if fine."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from windtre_desktop.store.attachments import _component, _fsync_dir
from windtre_desktop.store.database import Store

KINDS = ("pdf", "fatturapa", "call_detail")
_DEFAULT_EXT = {"pdf": "pdf", "fatturapa": "xml", "call_detail": "csv"}
_PART_PREFIX = ".part-"

Verdict = Literal["ok", "missing", "damaged"]


class ArchiveError(Exception):
    """A file cannot be archived or read back as it should be (wrong sha256, damaged on disk)."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _sha256_file(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown archive kind: {kind!r}")


def _extension(ext: str) -> str:
    cleaned = ext.lstrip(".").lower()
    if not cleaned or any(not (c.isalnum() or c == ".") for c in cleaned) or ".." in cleaned:
        raise ValueError(f"unusable extension: {ext!r}")
    return cleaned


class InvoiceArchive:
    """Use from the thread that owns `store` (one Store per thread)."""

    def __init__(self, store: Store, data_dir: Path) -> None:
        self._conn: sqlite3.Connection = store._conn
        self.root = Path(data_dir) / "archive"

    # -- listing ---------------------------------------------------------------------

    def save_listing(self, invoices: Iterable[Mapping[str, Any]], etag: str | None) -> int:
        """Replace the stored listing (newest first, as the server sent it) and its ETag, in one transaction."""
        rows = []
        for position, inv in enumerate(invoices):
            period = inv.get("period") or {}
            rows.append((
                str(inv["id"]), position, inv.get("number") or "", inv.get("billingAccountId") or "",
                inv.get("kind") or "", inv.get("issueDate") or "", inv.get("dueDate") or "",
                int(inv.get("amountCents") or 0), inv.get("status") or "", period.get("from") or "",
                period.get("to") or "", int(bool(inv.get("hasCallDetail"))), json.dumps(dict(inv), ensure_ascii=False),
            ))  # fmt: skip
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("DELETE FROM invoices")
            conn.executemany(
                "INSERT INTO invoices (id, position, number, billing_account_id, kind, issue_date, due_date,"
                " amount_cents, status, period_from, period_to, has_call_detail, json)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            conn.execute("UPDATE invoice_listing SET etag = ?, saved_at = ? WHERE id = 1", (etag, _now()))
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        return len(rows)

    def listing(self) -> list[dict]:
        """The stored invoices as the server described them, in the server's order."""
        return [json.loads(r[0]) for r in self._conn.execute("SELECT json FROM invoices ORDER BY position")]

    def invoice(self, invoice_id: str) -> dict | None:
        row = self._conn.execute("SELECT json FROM invoices WHERE id = ?", (invoice_id,)).fetchone()
        return None if row is None else json.loads(row[0])

    def listing_saved_at(self) -> str | None:
        """When the stored listing was last received (None: never)."""
        return self._conn.execute("SELECT saved_at FROM invoice_listing WHERE id = 1").fetchone()[0]  # the migration made its one row

    def listing_etag(self) -> str | None:
        return self._conn.execute("SELECT etag FROM invoice_listing WHERE id = 1").fetchone()[0]

    # -- files -----------------------------------------------------------------------

    def _default_ext(self, invoice_id: str, kind: str) -> str:
        if kind == "fatturapa":
            filename = ((self.invoice(invoice_id) or {}).get("fatturapa") or {}).get("filename") or ""
            if filename.lower().endswith(".xml.p7m"):
                return "xml.p7m"
        return _DEFAULT_EXT[kind]

    def _row(self, invoice_id: str, kind: str) -> tuple[str, int, str] | None:
        return self._conn.execute(
            "SELECT path, size, sha256 FROM archive WHERE invoice_id = ? AND kind = ?", (invoice_id, kind)
        ).fetchone()

    def write_file(self, invoice_id: str, kind: str, data: bytes, expected_sha256: str | None,
                   *, ext: str | None = None) -> Path:
        """Archive `data` as the `kind` file of the invoice; refuses (ArchiveError, nothing written) when its
        sha256 is not `expected_sha256`. Temp file in the same folder, fsync, os.replace, fsync of the folder;
        the store row is written only once the file is in place, so a crash never leaves a file reported as
        downloaded that is not complete."""
        _check_kind(kind)
        digest = hashlib.sha256(data).hexdigest()
        if expected_sha256 is not None and digest != expected_sha256.strip().lower():
            raise ArchiveError(
                f"{kind} of {invoice_id}: sha256 {digest} differs from the expected {expected_sha256}"
            )
        folder_name = _component(invoice_id, "invoice id")
        relative = f"{folder_name}/{kind}.{_extension(ext or self._default_ext(invoice_id, kind))}"
        folder = self.root / folder_name
        target = self.root / relative
        old = self._row(invoice_id, kind)
        # Forget the old record first: a crash from here on leaves "not downloaded", never a wrong "ok".
        if old is not None:
            self._conn.execute("DELETE FROM archive WHERE invoice_id = ? AND kind = ?", (invoice_id, kind))
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=_PART_PREFIX)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp_name, target)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        _fsync_dir(folder)
        if old is not None and old[0] != relative:
            (self.root / old[0]).unlink(missing_ok=True)
        self._conn.execute(
            "INSERT INTO archive (invoice_id, kind, path, size, sha256, downloaded_at) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(invoice_id, kind) DO UPDATE SET path = excluded.path, size = excluded.size,"
            " sha256 = excluded.sha256, downloaded_at = excluded.downloaded_at",
            (invoice_id, kind, relative, len(data), digest, _now()),
        )
        return target

    def recorded(self, invoice_id: str, kind: str) -> tuple[int, str] | None:
        """(size, sha256) recorded for the file, None when it was never downloaded (or was forgotten)."""
        row = self._row(invoice_id, kind)
        return None if row is None else (row[1], row[2])

    def path(self, invoice_id: str, kind: str) -> Path | None:
        """Where the recorded file is, None when none is recorded or it is gone. Call verify() before showing it."""
        row = self._row(invoice_id, kind)
        if row is None:
            return None
        target = self.root / row[0]
        return target if target.is_file() else None

    def verify(self, invoice_id: str, kind: str) -> Verdict:
        """Re-hash the file: "ok", "missing" (never downloaded, or deleted) or "damaged" (size or sha256 differ)."""
        row = self._row(invoice_id, kind)
        if row is None:
            return "missing"
        relative, size, sha = row
        target = self.root / relative
        try:
            if not target.is_file():
                return "missing"
            if target.stat().st_size != size:
                return "damaged"
            return "ok" if _sha256_file(target) == sha else "damaged"
        except OSError:
            return "damaged"

    def read_verified(self, invoice_id: str, kind: str) -> bytes:
        """The file's bytes, checked against the recorded sha256; ArchiveError when missing or damaged."""
        row = self._row(invoice_id, kind)
        if row is None:
            raise ArchiveError(f"{kind} of {invoice_id} is not in the archive")
        try:
            data = (self.root / row[0]).read_bytes()
        except OSError as error:
            raise ArchiveError(f"{kind} of {invoice_id} is missing: {error}") from error
        if len(data) != row[1] or hashlib.sha256(data).hexdigest() != row[2]:
            raise ArchiveError(f"{kind} of {invoice_id} is damaged")
        return data

    def is_downloaded(self, invoice_id: str, kind: str) -> bool:
        """Cheap check for lists (recorded, present, right size); verify() re-hashes before a file is opened."""
        row = self._row(invoice_id, kind)
        if row is None:
            return False
        try:
            return (self.root / row[0]).stat().st_size == row[1]
        except OSError:
            return False

    def present(self) -> dict[str, set[str]]:
        """Kinds per invoice id that are recorded and on disk at their size (the list's "downloaded")."""
        result: dict[str, set[str]] = {}
        for invoice_id, kind, relative, size in self._conn.execute("SELECT invoice_id, kind, path, size FROM archive"):
            try:
                if (self.root / relative).stat().st_size == size:
                    result.setdefault(invoice_id, set()).add(kind)
            except OSError:
                continue
        return result

    def downloaded(self) -> dict[str, set[str]]:
        """Recorded kinds per invoice id (for the list's downloaded / not downloaded column)."""
        result: dict[str, set[str]] = {}
        for invoice_id, kind in self._conn.execute("SELECT invoice_id, kind FROM archive"):
            result.setdefault(invoice_id, set()).add(kind)
        return result

    def forget(self, invoice_id: str, kind: str) -> bool:
        """Drop the record and the file (e.g. a damaged one, before downloading it again)."""
        row = self._row(invoice_id, kind)
        if row is None:
            return False
        self._conn.execute("DELETE FROM archive WHERE invoice_id = ? AND kind = ?", (invoice_id, kind))
        target = self.root / row[0]
        target.unlink(missing_ok=True)
        try:
            target.parent.rmdir()
        except OSError:
            pass  # other files of the invoice are still there
        return True

    def remove_partials(self) -> int:
        """Delete temp files left by a crash mid-write (they are never recorded, so never shown)."""
        removed = 0
        if self.root.is_dir():
            for part in self.root.glob(f"*/{_PART_PREFIX}*"):
                part.unlink(missing_ok=True)
                removed += 1
        return removed
