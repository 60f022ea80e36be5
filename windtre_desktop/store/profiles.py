"""The accounts used on this computer (server and username, never a token or password) and which
was used last, in a small JSON file: it drives the cached start and "switch account"."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from windtre_desktop.files import write_atomically
from windtre_desktop.paths import AppPaths

log = logging.getLogger(__name__)

FILE_NAME = "profile.json"


@dataclass(frozen=True)
class Profile:
    server: str
    username: str
    remember: bool


class ProfileRegistry:
    def __init__(self, paths: AppPaths) -> None:
        self.path = paths.data_dir / FILE_NAME

    def _read(self) -> tuple[Profile | None, list[Profile]]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            if "profiles" not in raw:  # first format: just the last profile
                only = _profile(raw)
                return only, [only]
            profiles = [_profile(item) for item in raw["profiles"]]
            last = raw.get("last")
            chosen = next((p for p in profiles if last and (p.server, p.username) == (last["server"], last["username"])),
                          None)
            return chosen, profiles
        except FileNotFoundError:
            return None, []
        except (OSError, ValueError, KeyError, TypeError):
            log.warning("profile file %s is unreadable; ignored", self.path)
            return None, []

    def _write(self, last: Profile | None, profiles: list[Profile]) -> None:
        body = {
            "last": None if last is None else {"server": last.server, "username": last.username},
            "profiles": [{"server": p.server, "username": p.username, "remember": p.remember} for p in profiles],
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # private, as before: it names the accounts used on this computer
        write_atomically(self.path, json.dumps(body, ensure_ascii=False, indent=2).encode("utf-8"), mode=0o600)

    def last(self) -> Profile | None:
        """The profile used last, or None (also when the file is missing or damaged)."""
        return self._read()[0]

    def profiles(self, server: str) -> list[Profile]:
        """Accounts used with `server`, most recently used first."""
        return [p for p in self._read()[1] if p.server == server]

    def all_profiles(self) -> list[Profile]:
        """Every account used on this computer, with any server."""
        return self._read()[1]

    def remember(self, server: str, username: str, remember: bool) -> None:
        """Record `username` as the account used last (first in the list)."""
        _, profiles = self._read()
        current = Profile(server=server, username=username, remember=bool(remember))
        others = [p for p in profiles if (p.server, p.username) != (server, username)]
        self._write(current, [current, *others])

    def forget(self, server: str | None = None, username: str | None = None) -> None:
        """Forget one account, or (without arguments) every account."""
        if server is None:
            try:
                self.path.unlink()
            except FileNotFoundError:
                pass
            return
        last, profiles = self._read()
        kept = [p for p in profiles if (p.server, p.username) != (server, username)]
        if last is not None and (last.server, last.username) == (server, username):
            last = None
        self._write(last, kept)


def _profile(raw: dict) -> Profile:
    return Profile(server=str(raw["server"]), username=str(raw["username"]), remember=bool(raw["remember"]))
