"""Local persistence: the SQLite cache of company, lines and sync state, drafts, the ticket outbox, the
invoice archive and the profile registry.

The names below are loaded on first use (PEP 562), so importing one module of the package does not
load the others: a start that needs only the cache does not pay for the invoice archive."""

from __future__ import annotations

from importlib import import_module

_WHERE = {
    "OutboxEntry": "database",
    "Store": "database",
    "StoreCorrupt": "database",
    "StoreError": "database",
    "StoreTooNew": "database",
    "SyncState": "database",
    "ArchiveError": "invoice_archive",
    "InvoiceArchive": "invoice_archive",
    "Profile": "profiles",
    "ProfileRegistry": "profiles",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
