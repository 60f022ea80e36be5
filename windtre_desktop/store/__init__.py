"""Local persistence: the SQLite cache of company, lines and sync state, drafts, the ticket outbox, the
invoice archive and the profile registry."""

from windtre_desktop.store.database import (
    OutboxEntry,
    Store,
    StoreCorrupt,
    StoreError,
    StoreTooNew,
    SyncState,
)
from windtre_desktop.store.invoice_archive import ArchiveError, InvoiceArchive
from windtre_desktop.store.profiles import Profile, ProfileRegistry

__all__ = [
    "ArchiveError",
    "InvoiceArchive",
    "OutboxEntry",
    "Profile",
    "ProfileRegistry",
    "Store",
    "StoreCorrupt",
    "StoreError",
    "StoreTooNew",
    "SyncState",
]
