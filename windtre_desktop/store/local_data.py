"""What "Clear local data" removes from the data and logs folders, and the removal itself.

Removed: the cached company data of every account (profiles/…, which also hold ticket drafts, tickets
not sent yet and the notification feed), the downloaded invoices (archive/), the copies of ticket
attachments (attachments/), the list of accounts used here (profile.json), the server chosen last
(server.json) and the logs, crash reports included. Kept: the preferences (settings.ini). Nothing
secret is in these folders: session tokens are in the system keychain (the caller removes those)."""

from __future__ import annotations

import shutil
from pathlib import Path

from windtre_desktop.paths import AppPaths

KEPT = ("settings.ini",)
PARTS = ("profiles", "archive", "attachments", "profile.json", "server.json")


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else 0


def inventory(paths: AppPaths) -> dict[str, int]:
    """Bytes each removable part takes now ("logs" for the logs folder); parts absent give 0."""
    sizes = {name: size_of(paths.data_dir / name) for name in PARTS}
    sizes["other"] = sum(size_of(p) for p in paths.data_dir.iterdir() if p.name not in PARTS + KEPT) \
        if paths.data_dir.is_dir() else 0
    sizes["logs"] = size_of(paths.log_dir)
    return sizes


def remove(paths: AppPaths) -> list[Path]:
    """Deletes everything in the data folder but KEPT, and the logs folder's files; returns what could not
    be deleted (a log file another process holds open on Windows)."""
    left: list[Path] = []
    for folder, kept in ((paths.data_dir, KEPT), (paths.log_dir, ())):
        if not folder.is_dir():
            continue
        for entry in folder.iterdir():
            if entry.name in kept:
                continue
            try:
                if entry.is_dir() and not entry.is_symlink():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()
            except OSError:
                left.append(entry)
    return left
