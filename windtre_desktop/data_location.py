"""Where the data folder is when the user moved it (Settings › Data folder › Move…).

A small pointer file beside the app's own folders (never inside a data folder: on Windows and macOS the
platform's config and data folders are the same one) says which folder holds the data and which one it should
move to. The move happens at the next start, before anything opens a file in either folder, and only by the
instance that holds the data folder's lock (app.py): a second copy of the app started meanwhile never copies or
removes the folder under the first. The data is copied into an empty folder, the copy compared byte for byte,
the pointer switched (the moment the new folder becomes the data folder), and only then the old folder
removed. A start that stops half-way finds the old folder whole and the pointer unchanged. A move that cannot
be done leaves everything where it was and says why (`last_error`, shown in Settings). `--data-dir` and
$WINDTRE_DESKTOP_HOME win over the pointer (they never read or write it). No secret is ever in the data folder
(they are in the system keychain), so nothing sensitive is copied."""

from __future__ import annotations

import json
import logging
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from windtre_desktop.files import write_atomically

log = logging.getLogger(__name__)

POINTER_NAME = "windtre-desktop-location.json"
LOCK_NAME = "windtre-desktop.lock"  # the running instance's lock in the data folder (app.py): never copied


class MoveRefused(ValueError):
    """A folder the data may not move to; `rule` says why, as a code the settings view words."""

    def __init__(self, rule: str) -> None:
        super().__init__(rule)
        self.rule = rule


# the rules, as codes the settings view turns into sentences naming the field
SAME_FOLDER = "same"
INSIDE_DATA = "inside"
HOLDS_DATA = "holds"
NOT_EMPTY = "not_empty"
NOT_WRITABLE = "not_writable"


@dataclass(frozen=True)
class Location:
    data_dir: Path | None = None  # None: the platform's default
    pending: Path | None = None  # where the data moves at the next start
    last_error: str = ""  # why the last move did not happen, or why the data folder could not be used


def default_pointer() -> Path:
    """Beside the app's config folder, not in it: on Windows and macOS that folder is the data folder."""
    import platformdirs

    from windtre_desktop.paths import APP_NAME

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)).parent / POINTER_NAME


def read(pointer: Path) -> Location:
    try:
        raw = json.loads(pointer.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return Location()
    if not isinstance(raw, dict):
        return Location()

    def path(key: str) -> Path | None:
        value = raw.get(key)
        return Path(value) if isinstance(value, str) and value else None

    return Location(path("dataDir"), path("pending"), str(raw.get("lastError") or ""))


def _write(pointer: Path, location: Location) -> None:
    pointer.parent.mkdir(parents=True, exist_ok=True)
    body = {"dataDir": str(location.data_dir) if location.data_dir else None,
            "pending": str(location.pending) if location.pending else None,
            "lastError": location.last_error}
    write_atomically(pointer, json.dumps(body, indent=1).encode("utf-8"))


def _is_within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_target(current: Path, target: Path, pointer: Path | None = None) -> None:
    """Raise MoveRefused when `target` may not receive the data now in `current`."""
    current, target = current.resolve(), target.resolve()
    if target == current:
        raise MoveRefused(SAME_FOLDER)
    if current in target.parents:
        raise MoveRefused(INSIDE_DATA)
    if target in current.parents or (pointer is not None and _is_within(pointer.resolve(), target)):
        raise MoveRefused(HOLDS_DATA)
    if target.exists():
        if not target.is_dir() or any(target.iterdir()):
            raise MoveRefused(NOT_EMPTY)
        if not os.access(target, os.W_OK):
            raise MoveRefused(NOT_WRITABLE)
    else:
        existing = next((p for p in target.parents if p.exists()), None)
        if existing is None or not existing.is_dir() or not os.access(existing, os.W_OK):
            raise MoveRefused(NOT_WRITABLE)


def request_move(pointer: Path, current: Path, target: Path) -> None:
    """Ask for the data in `current` to move to `target` at the next start (checked first)."""
    check_target(current, target, pointer)
    _write(pointer, Location(read(pointer).data_dir, target.resolve(), ""))


def current_folder(pointer: Path, default: Path) -> Path:
    """The data folder this start uses before any move: the one the pointer names while it exists; a folder
    gone (an unplugged disk) is never made again empty: the default is used and `last_error` says why."""
    location = read(pointer)
    if location.data_dir is None:
        return default
    if location.data_dir.is_dir():
        return location.data_dir
    _write(pointer, Location(None, None, f"the data folder {location.data_dir} is missing"))
    return default


def _files(root: Path, skip: Iterable[str]) -> list[str]:
    skipped = set(skip)
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and p.name not in skipped)


def carry_out(pointer: Path, current: Path) -> Path:
    """Copy the data of a pending move, if any, from `current` (the caller holds its lock), check the copy and
    switch the pointer; the data folder to use. The old folder stays: `remove_old` once the lock is let go."""
    import filecmp  # only a move compares files: not loaded at every start
    location = read(pointer)
    target = location.pending
    if target is None:
        return current
    try:
        check_target(current, target, pointer)  # again: the folder may have changed since it was chosen
        target.mkdir(parents=True, exist_ok=True)
        if current.exists():
            shutil.copytree(current, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns(LOCK_NAME))
            names = _files(current, [LOCK_NAME])
            if names != _files(target, [LOCK_NAME]) or not all(
                    filecmp.cmp(current / name, target / name, shallow=False) for name in names):
                raise OSError("the copy differs from the data folder")
    except (OSError, MoveRefused) as error:
        reason = f"refused: {error.rule}" if isinstance(error, MoveRefused) else str(error)
        log.warning("the data folder stays where it is: the move failed (%s)", reason)
        _write(pointer, Location(location.data_dir, None, reason))
        return current
    _write(pointer, Location(target.resolve(), None, ""))  # from here on the new folder is the data folder
    log.info("data folder moved")
    return target.resolve()


def remove_old(pointer: Path, old: Path) -> None:
    """Remove the folder the data moved from; never one holding the location file or the data folder now."""
    now = read(pointer).data_dir
    if _is_within(pointer.resolve(), old.resolve()) or (now is not None and _is_within(now.resolve(), old.resolve())):
        log.warning("the old data folder is kept: it holds the location file or the data")
        return
    shutil.rmtree(old, ignore_errors=True)
