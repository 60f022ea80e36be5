"""The last used profile (server and username, never a token or password), in a small JSON file."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from windtre_desktop.paths import AppPaths

log = logging.getLogger(__name__)

FILE_NAME = "profile.json"


@dataclass(frozen=True)
class Profile:
    server: str
    username: str
    remember: bool


def write_atomically(path: Path, data: bytes) -> None:
    """Temp file in the same dir, fsync, os.replace: a crash leaves the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX)
        dir_fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


class ProfileRegistry:
    def __init__(self, paths: AppPaths) -> None:
        self.path = paths.data_dir / FILE_NAME

    def last(self) -> Profile | None:
        """The remembered profile, or None (also when the file is missing or damaged)."""
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return Profile(
                server=str(raw["server"]), username=str(raw["username"]), remember=bool(raw["remember"])
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("profile file %s is unreadable; ignored", self.path)
            return None

    def remember(self, server: str, username: str, remember: bool) -> None:
        body = {"server": server, "username": username, "remember": bool(remember)}
        write_atomically(self.path, json.dumps(body, ensure_ascii=False, indent=2).encode("utf-8"))

    def forget(self) -> None:
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass
