"""A full smoke tour of the real app in its own process, for the secrets scan and the `--data-dir` capture check
(issue 16): the app's own `main()` runs `--demo --smoke-test SHOTS --data-dir HOME` exactly as
`python -m windtre_desktop` does, but with HOME, the XDG folders, TMPDIR, APPDATA and LOCALAPPDATA all pointing
into an empty "fake home" beside the data folder. Once the app has quit, the same process asks the demo
backend it ran (through the backend's own /sandbox/ control endpoints, never the app) for every secret it
handed out or received, and writes them to a JSON file for the scanner.

`run_tour(base, language, scheme)` lays out `base/` as: shots/ (screenshots), home/ (the data folder),
fake-home/ (must stay empty), sandbox-secrets.json."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TOUR_TIMEOUT_S = 300
SECRETS_FILE = "sandbox-secrets.json"
# Made empty before the tour, so a library that writes only into folders that exist is caught too
FAKE_HOME_DIRS = (".config", ".local/share", ".local/state", ".cache", "tmp", "AppData/Roaming", "AppData/Local")
# ...and dated back to this moment, so a folder whose date moved had an entry created, even one removed since
# (a temporary file) that no listing afterwards would show
UNTOUCHED_NS = 1_000_000_000 * 10**9


@dataclass(frozen=True)
class TourRun:
    base: Path
    result: subprocess.CompletedProcess

    @property
    def shots(self) -> Path:
        return self.base / "shots"

    @property
    def data_dir(self) -> Path:
        return self.base / "home"

    @property
    def fake_home(self) -> Path:
        return self.base / "fake-home"

    @property
    def secrets_file(self) -> Path:
        return self.base / SECRETS_FILE


def fake_home_env(fake_home: Path) -> dict[str, str]:
    """Every variable a platform or library reads for "where to put the user's files"."""
    return {
        "HOME": str(fake_home),
        "USERPROFILE": str(fake_home),
        "XDG_CONFIG_HOME": str(fake_home / ".config"),
        "XDG_DATA_HOME": str(fake_home / ".local/share"),
        "XDG_STATE_HOME": str(fake_home / ".local/state"),
        "XDG_CACHE_HOME": str(fake_home / ".cache"),
        "TMPDIR": str(fake_home / "tmp"),
        "TEMP": str(fake_home / "tmp"),
        "TMP": str(fake_home / "tmp"),
        "APPDATA": str(fake_home / "AppData/Roaming"),
        "LOCALAPPDATA": str(fake_home / "AppData/Local"),
    }


def run_tour(base: Path, language: str = "it", scheme: str = "light", timeout: float = TOUR_TIMEOUT_S) -> TourRun:
    base.mkdir(parents=True, exist_ok=True)
    fake_home = base / "fake-home"
    for folder in FAKE_HOME_DIRS:
        (fake_home / folder).mkdir(parents=True, exist_ok=True)
    for folder in [fake_home, *fake_home.rglob("*")]:
        os.utime(folder, ns=(UNTOUCHED_NS, UNTOUCHED_NS))
    env = dict(os.environ, **fake_home_env(fake_home), QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    env.pop("WINDTRE_DESKTOP_HOME", None)
    command = [sys.executable, "-m", "soak.tour_capture", "--secrets-out", str(base / SECRETS_FILE), "--",
               "--demo", "--smoke-test", str(base / "shots"), "--data-dir", str(base / "home"),
               "--lang", language, "--theme", scheme]
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env=env, cwd=fake_home)  # a relative path written lands in the fake home
    return TourRun(base, result)


# --- inside the tour's process ----------------------------------------------------------------------------

def _record_demo_backends() -> list:
    """Every SandboxServer the app makes from now on (the app imports the class when the demo starts)."""
    from windtre_desktop.sandbox import runner

    made: list = []

    class Recorded(runner.SandboxServer):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            made.append(self)

    runner.SandboxServer = Recorded
    return made


def sandbox_secrets(server) -> dict[str, list[str]]:
    """What the demo backend handed out or received that must never be on disk, by kind, read through its
    /sandbox/ control endpoints (and its session table, which no endpoint lists)."""
    from soak.secret_values import from_outbox, from_request

    answers = asyncio.run(_control_answers(server.app))
    found: dict[str, set[str]] = {}

    def add(kind: str, value: object) -> None:
        if isinstance(value, str) and value:
            found.setdefault(kind, set()).add(value)

    for user in answers["demo-credentials"]["users"]:
        add("demo password", user["password"])
    for message in answers["outbox"]["messages"]:
        for kind, value in from_outbox(message["body"]):
            add(kind, value)
    for request in answers["request-log"]["requests"]:
        for kind, value in from_request(request):
            add(kind, value)
    for codes in answers["line-secrets"]:
        add("pin", codes.get("pin"))
        add("puk", codes.get("puk"))
    with server.state.lock:  # read with the state's own lock, as its endpoints do
        for (token,) in server.state.db.execute("SELECT token FROM sessions").fetchall():
            add("session token", token)
        for (temporary,) in server.state.db.execute(
                "SELECT temp_password FROM users WHERE temp_password IS NOT NULL").fetchall():
            add("temporary password", temporary)
    found.pop("lineId", None)
    demo = found.get("demo password", set())
    for kind in found:  # a demo password signed in with stays a demo password (the login page shows it)
        if kind != "demo password":
            found[kind] -= demo
    return {kind: sorted(values) for kind, values in sorted(found.items())}


async def _control_answers(app) -> dict:
    """The control endpoints' answers, asked of the backend's own ASGI app (its server has stopped with the
    app); as a loopback client, since /sandbox/ answers no other."""
    import httpx

    from soak.secret_values import from_request

    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as control:
        answers = {name: (await control.get(f"/sandbox/{name}")).raise_for_status().json()
                   for name in ("demo-credentials", "outbox", "request-log", "sim-code-log")}
        # the lines whose PIN and PUK were asked for, and every line the tour's requests named
        line_ids = {entry["lineId"] for entry in answers["sim-code-log"]["entries"]}
        line_ids |= {value for request in answers["request-log"]["requests"]
                     for kind, value in from_request(request) if kind == "lineId"}
        answers["line-secrets"] = []
        for line_id in sorted(line_ids):
            answer = await control.get(f"/sandbox/lines/{line_id}/secrets")
            if answer.status_code == 200:
                answers["line-secrets"].append(answer.json())
    return answers


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--secrets-out", required=True, type=Path)
    parser.add_argument("app_args", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    app_args = args.app_args[1:] if args.app_args[:1] == ["--"] else args.app_args
    made = _record_demo_backends()
    sys.argv = ["windtre-desktop", *app_args]
    from windtre_desktop.app import main as app_main

    code = app_main(app_args)
    secrets: dict[str, list[str]] = {}
    for server in made:
        for kind, values in sandbox_secrets(server).items():
            secrets[kind] = sorted(set(secrets.get(kind, [])) | set(values))
    from windtre_desktop.sandbox.state import REQUEST_LOG_SIZE

    # a full request log has forgotten its oldest requests, and the secrets they carried with them
    logged = [len(server.state.request_log) for server in made]
    summary = {"backends": len(made), "requests_logged": sum(logged),
               "request_log_full": any(count >= REQUEST_LOG_SIZE for count in logged), "secrets": secrets}
    args.secrets_out.write_text(json.dumps(summary, indent=1), encoding="utf-8")
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
