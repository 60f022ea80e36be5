"""Local persistence: the SQLite cache of company, lines and sync state, drafts, the ticket outbox, and the
profile registry."""

from windtre_desktop.store.database import (
    OutboxEntry,
    Store,
    StoreCorrupt,
    StoreError,
    StoreTooNew,
    SyncState,
)
from windtre_desktop.store.profiles import Profile, ProfileRegistry

__all__ = ["OutboxEntry", "Profile", "ProfileRegistry", "Store", "StoreCorrupt", "StoreError", "StoreTooNew", "SyncState"]
