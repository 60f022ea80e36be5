"""The server chosen on the login page, remembered for the next start in `server.json` of the data dir:
the embedded demo, or a server address. Never a secret."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from windtre_desktop.domain.server_address import DEMO, check_server_url
from windtre_desktop.files import write_atomically

log = logging.getLogger(__name__)

FILE_NAME = "server.json"


class ServerChoice:
    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / FILE_NAME

    def load(self) -> str | None:
        """DEMO, a checked server URL, or None: nothing chosen yet, or a file that is damaged or
        names an address that is no longer allowed (then the login page asks again)."""
        try:
            choice = json.loads(self.path.read_bytes())["server"]  # json finds the bytes' encoding itself
            return choice if choice == DEMO else check_server_url(choice)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            log.warning("server choice %s is unreadable; the login page asks again", self.path)
            return None

    def save(self, choice: str) -> None:
        """Remember DEMO or a server URL (checked: a refused address raises ServerAddressError)."""
        if choice != DEMO:
            choice = check_server_url(choice)
        body = json.dumps({"server": choice}, ensure_ascii=False, indent=2).encode("utf-8")
        write_atomically(self.path, body, mode=0o600)
