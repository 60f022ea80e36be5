"""Where the data folder is when the user moved it (Settings › Data folder › Move…).

A small pointer file in the platform's config folder, outside the data folder it points to, says which
folder holds the data and which one it should move to. The move happens at the next start, before anything
opens a file in either folder: the data is copied, the copy checked file by file, the pointer switched (the
moment the new folder becomes the data folder), and only then the old folder removed. A start that stops
half-way finds the old folder whole and the pointer unchanged, and copies again. `--data-dir` and
$WINDTRE_DESKTOP_HOME win over the pointer (they never read or write it). No secret is ever in the data
folder (they are in the system keychain), so nothing sensitive is copied."""

from __future__ import annotations

import json
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from windtre_desktop.files import write_atomically

log = logging.getLogger(__name__)

POINTER_NAME = "data-location.json"


class MoveRefused(ValueError):
    """A folder the data may not move to; `rule` says why, in English for the log (the view words it)."""

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
    last_error: str = ""  # why the last move did not happen


def default_pointer() -> Path:
    import platformdirs

    from windtre_desktop.paths import APP_NAME

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / POINTER_NAME


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


def check_target(current: Path, target: Path) -> None:
    """Raise MoveRefused when `target` may not receive the data now in `current`."""
    current, target = current.resolve(), target.resolve()
    if target == current:
        raise MoveRefused(SAME_FOLDER)
    if current in target.parents:
        raise MoveRefused(INSIDE_DATA)
    if target in current.parents:
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
    check_target(current, target)
    _write(pointer, Location(read(pointer).data_dir, target.resolve(), ""))


def cancel_move(pointer: Path) -> None:
    location = read(pointer)
    if location.pending is not None:
        _write(pointer, Location(location.data_dir, None, ""))


def _files(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): p.stat().st_size for p in root.rglob("*") if p.is_file()}


def resolve(pointer: Path, default: Path) -> Path:
    """The data folder to use at this start, after carrying out a pending move (at start only)."""
    location = read(pointer)
    current = location.data_dir or default
    if location.pending is None:
        return current
    target = location.pending
    try:
        if current.exists():
            target.mkdir(parents=True, exist_ok=True)
            shutil.copytree(current, target, dirs_exist_ok=True)
            if _files(current) != _files(target):
                raise OSError("the copy differs from the data folder")
        else:
            target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        log.warning("the data folder stays where it is: the move failed (%s)", error)
        _write(pointer, Location(location.data_dir, None, str(error)))
        return current
    _write(pointer, Location(target, None, ""))  # from here on the new folder is the data folder
    shutil.rmtree(current, ignore_errors=True)
    log.info("data folder moved")
    return target
