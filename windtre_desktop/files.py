"""Files written whole or not at all: those the user saves (a PDF, a call detail, an Excel export) and the
app's own small files (the profile registry).

The data goes to a temporary file in the target's folder, is flushed and fsynced, gets its rights (by default
those of a new document, 0o644 minus the umask: it is made private), and is then renamed over the target, whose
folder is fsynced too where the system allows it. Any failure removes the temporary file and leaves the file
that was there untouched. `write_atomically` writes bytes already in memory; `atomic_file` hands out the
temporary file itself, for a writer that streams (a large Excel export) and must not hold the file in memory."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import BinaryIO

from windtre_desktop import unfinished_files

DOCUMENT_MODE = 0o644


def write_atomically(path: str | os.PathLike, data: bytes, *, mode: int = DOCUMENT_MODE) -> None:
    """Write `data` to `path`, replacing any file there; OSError when it cannot, and then nothing changed.
    `mode` (minus the umask) are the file's rights: 0o600 for a file only this user may read."""
    with atomic_file(path, mode=mode) as handle:
        handle.write(data)


@contextmanager
def atomic_file(path: str | os.PathLike, *, mode: int = DOCUMENT_MODE) -> Iterator[BinaryIO]:
    """A binary file to write `path` through: a temporary file in the target's folder, flushed, fsynced,
    given `mode` (minus the umask) and renamed over `path` when the block ends normally. An exception in the
    block (a cancelled export included) or in the writing removes the temporary file, leaves any file at
    `path` untouched and goes on. The temporary is recorded first (unfinished_files), so that one a crash
    leaves behind is removed at the next start."""
    target = Path(path)
    descriptor, temporary, entry = _new_temporary(target)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        _finish(temporary, target, mode)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        except OSError:
            entry = None  # still there (open elsewhere, on Windows): its entry stays for the next start
        raise
    finally:
        unfinished_files.forget(entry)


def _new_temporary(target: Path) -> tuple[int, str, Path | None]:
    """A new private file `.<name>.<random>.tmp` beside `target`, recorded before it exists."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    while True:
        temporary = target.parent / unfinished_files.temporary_name(target, os.urandom(8).hex())
        entry = unfinished_files.record(temporary.absolute(), target.absolute())
        try:
            return os.open(temporary, flags, 0o600), str(temporary), entry
        except FileExistsError:
            unfinished_files.forget(entry)  # a name drawn twice: draw another
        except BaseException:
            unfinished_files.forget(entry)
            raise


def _finish(temporary: str, target: Path, mode: int) -> None:
    os.chmod(temporary, mode & ~current_umask())
    os.replace(temporary, target)
    sync_folder(target.parent)


def current_umask() -> int:
    """The process's umask, read without changing it where the system says it (Linux); else set and restored."""
    with suppress(OSError, ValueError):
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def sync_folder(folder: Path) -> None:
    """Makes the rename durable; not every system can open a folder (Windows cannot), and then it is skipped."""
    if os.name == "nt":
        return
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)
    try:
        descriptor = os.open(folder, flags)
    except OSError:
        return
    try:
        with suppress(OSError):
            os.fsync(descriptor)
    finally:
        os.close(descriptor)
