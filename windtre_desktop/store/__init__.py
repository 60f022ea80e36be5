"""Local persistence: the SQLite cache of company, lines and sync state, and the profile registry."""

from windtre_desktop.store.database import Store, StoreCorrupt, StoreError, StoreTooNew, SyncState
from windtre_desktop.store.profiles import Profile, ProfileRegistry

__all__ = ["Profile", "ProfileRegistry", "Store", "StoreCorrupt", "StoreError", "StoreTooNew", "SyncState"]
