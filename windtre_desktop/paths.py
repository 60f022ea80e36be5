"""Where the app keeps its files: the user data dir (stores, profiles) and the log dir."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "windtre-desktop"
HOME_ENV = "WINDTRE_DESKTOP_HOME"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    log_dir: Path
    pointer: Path | None = None  # the data-location pointer when the user may move the data folder (no --data-dir)

    @classmethod
    def default(cls, base: Path | None = None) -> AppPaths:
        """`base` (or $WINDTRE_DESKTOP_HOME) gives base/data and base/logs; else the platform's dirs."""
        if base is None and os.environ.get(HOME_ENV):
            base = Path(os.environ[HOME_ENV])
        if base is not None:
            base = Path(base)
            paths = cls(data_dir=base / "data", log_dir=base / "logs")
        else:
            import platformdirs

            from windtre_desktop import data_location

            pointer = data_location.default_pointer()
            default = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
            paths = cls(
                data_dir=data_location.current_folder(pointer, default) if pointer.exists() else default,
                log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
                pointer=pointer,
            )
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        return paths

    def profile_db(self, server_url: str, username: str) -> Path:
        """One cache per (server, user): switching users never mixes their data."""
        digest = hashlib.sha256(f"{server_url}|{username}".encode()).hexdigest()[:16]
        return self.data_dir / "profiles" / digest / "cache.sqlite3"
