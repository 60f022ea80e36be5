"""The temporary files of writes not finished yet (files.atomic_file: an Excel export, a PDF, a call detail),
recorded in the data folder so that one a crash left in the user's folder is removed at the next start.

Each write in progress is one small entry file in `<data folder>/unfinished/`, made durable before its temporary
file exists and removed once the temporary is renamed over the target or cleaned up. At the next start
`remove_left_over` removes the temporary of each entry whose writer is gone, only when it still is ours: a plain
file in the target's folder named as atomic_file names it; a folder that is gone or refuses is skipped quietly.

Loaded before the first frame (files.py imports it): it imports nothing heavy."""

from __future__ import annotations

import os
import re
from contextlib import suppress
from pathlib import Path

FOLDER_NAME = "unfinished"
_folder: Path | None = None  # where entries go; None: this process records nothing (tests, tools)


def record_in(data_dir: Path | None) -> None:
    """Record this process's writes in `data_dir` (None: stop recording)."""
    global _folder
    _folder = None if data_dir is None else Path(data_dir) / FOLDER_NAME


def temporary_name(target: Path, token: str) -> str:
    return f".{target.name}.{token}.tmp"


def looks_like_ours(temporary: Path, target: Path) -> bool:
    """The name atomic_file gives a temporary of `target`, in the target's own folder."""
    pattern = re.escape(f".{target.name}.") + r"[0-9a-f]{16}" + re.escape(".tmp")
    return temporary.parent == target.parent and re.fullmatch(pattern, temporary.name) is not None


def record(temporary: Path, target: Path) -> Path | None:
    """Write the entry of a write about to start (durable before it returns); None when nothing is recorded
    (no folder set, or it cannot be written: the write goes on all the same)."""
    import json

    folder = _folder
    if folder is None:
        return None
    body = json.dumps({"temporary": str(temporary), "target": str(target), "pid": os.getpid(),
                       "host": _host()}).encode("utf-8")
    entry = folder / f"{os.getpid()}-{os.urandom(8).hex()}.json"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor = os.open(entry, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            os.write(descriptor, body)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        from windtre_desktop.files import sync_folder

        sync_folder(folder)
    except OSError:
        with suppress(OSError):
            os.unlink(entry)
        return None
    return entry


def forget(entry: Path | None) -> None:
    """The write ended (renamed, or its temporary removed): its entry goes."""
    if entry is not None:
        with suppress(OSError):
            os.unlink(entry)


def remove_left_over(data_dir: Path) -> int:
    """Remove the temporaries that writers gone without finishing left behind, and their entries; returns how
    many files were removed. Entries of a process still running (this one included) are left alone."""
    folder = Path(data_dir) / FOLDER_NAME
    try:
        entries = sorted(folder.glob("*.json"))
    except OSError:
        return 0
    removed = 0
    for entry in entries:
        outcome = _clean(entry)
        if outcome is None:
            continue  # its writer runs, or its folder refused: the next start looks again
        removed += outcome
        forget(entry)
    return removed


def _clean(entry: Path) -> int | None:
    """1 when the entry's temporary was removed, 0 when there was nothing of ours to remove, None to keep the
    entry for later."""
    import json
    import stat

    try:
        recorded = json.loads(entry.read_text(encoding="utf-8"))
        temporary, target, pid = Path(recorded["temporary"]), Path(recorded["target"]), int(recorded["pid"])
        host = str(recorded.get("host", _host()))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return 0  # cut short by the crash before its temporary was made: nothing to remove
    if host != _host():
        return None  # a data folder shared between computers: the other's process ids mean nothing here
    if _running(pid):
        return None
    if not temporary.is_absolute() or not looks_like_ours(temporary, target):
        return 0
    try:
        if not stat.S_ISREG(os.lstat(temporary).st_mode):  # never a link, never a folder
            return 0
        os.unlink(temporary)
    except FileNotFoundError:
        return 0  # renamed before the crash, removed by the user, or its folder is gone
    except OSError:
        return None  # unwritable now (a read-only medium, a file still open on Windows)
    return 1


def _host() -> str:
    import socket

    return socket.gethostname()


def _running(pid: int) -> bool:
    """Whether the writer may still be at work. Only POSIX can ask without side effects; on Windows a file still
    being written cannot be removed anyway."""
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process: not ours to judge
    return True
