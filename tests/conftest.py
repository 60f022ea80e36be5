"""Shared fixtures: a real sandbox on loopback, a temp data dir, an in-memory keyring,
and a guard that fails any test leaving threads (Python or QThread) running."""

from __future__ import annotations

import gc
import os
import threading
import time

import httpx
import keyring
import pytest

from tests.support.memory_keyring import MemoryKeyring
from windtre_desktop.gc_policy import collect_due

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["pytester"]


@pytest.fixture(scope="session")
def sandbox():
    """One real sandbox server (250 lines, seed 1) for the whole run. Tests must leave it clean:
    use `sandbox_control` to inject faults, which it clears afterwards."""
    from windtre_desktop.sandbox.runner import SandboxServer

    server = SandboxServer(lines=250, seed=1)
    server.start()
    yield server
    server.stop()


class SandboxControl:
    """Drives the sandbox-only endpoints (faults, clock, outbox, stats) over HTTP."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.http = httpx.Client(base_url=url, timeout=10)

    def fault(self, mode: str, count: int = 1, path_prefix: str = "/api/", **extra) -> None:
        body = {"mode": mode, "count": count, "pathPrefix": path_prefix, **extra}
        self.http.post("/sandbox/faults", json=body).raise_for_status()

    def clear_faults(self) -> None:
        self.http.delete("/sandbox/faults").raise_for_status()

    def expire_sessions(self) -> None:
        self.http.post("/sandbox/sessions/expire").raise_for_status()

    def advance_clock(self, seconds: int) -> None:
        self.http.post("/sandbox/clock", json={"advanceSeconds": seconds}).raise_for_status()

    def simulate_usage(self, lines: int) -> None:
        self.http.post("/sandbox/usage", json={"lines": lines}).raise_for_status()

    def stats(self) -> dict:
        return self.http.get("/sandbox/stats").json()

    def reset_stats(self) -> None:
        self.http.delete("/sandbox/stats").raise_for_status()

    def outbox(self) -> list[dict]:
        return self.http.get("/sandbox/outbox").json()["messages"]

    def demo_users(self) -> list[dict]:
        return self.http.get("/sandbox/demo-credentials").json()["users"]

    def close(self) -> None:
        self.http.close()


@pytest.fixture(scope="session")
def smoke_tour(tmp_path_factory):
    """`windtre-desktop --demo --smoke-test` in a real subprocess (soak/tour_capture.py: the app's own main(),
    with HOME, the XDG folders and TMPDIR in an empty fake home, and the demo backend's secrets written out
    after it quits), run once per (language, theme) for the whole session: the tests that read its
    screenshots, texts, clipped-text report, files and secrets share each run. Returns (the finished process,
    the screenshots folder); beside that folder: home/ (the data folder), fake-home/, sandbox-secrets.json."""
    from soak.tour_capture import run_tour

    runs: dict = {}

    def run(language: str, scheme: str):
        if (language, scheme) not in runs:
            tour = run_tour(tmp_path_factory.mktemp(f"smoke-{language}-{scheme}"), language, scheme)
            runs[(language, scheme)] = (tour.result, tour.shots)
        return runs[(language, scheme)]

    return run


@pytest.fixture
def sandbox_control(sandbox):
    control = SandboxControl(sandbox.url)
    control.clear_faults()
    yield control
    control.clear_faults()
    control.close()


@pytest.fixture(autouse=True)
def memory_keyring():
    """Every test gets a fresh in-memory keyring: no test ever touches an OS keyring."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def data_home(tmp_path, monkeypatch):
    """A private user-data and log dir for the test (WINDTRE_DESKTOP_HOME)."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("WINDTRE_DESKTOP_HOME", str(home))
    return home


@pytest.fixture(scope="session", autouse=True)
def collect_on_the_main_thread():
    """As the app does (widgets/gui_collector.py): no cyclic collection in the sandbox's, the network's or the
    alerts' thread, which could free a Qt widget there and crash the process later; the main thread collects
    after each test instead."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def collect_after_each_test():
    yield
    collect_due()


@pytest.fixture(autouse=True)
def no_leaked_threads(request):
    """Fail a test that leaves threads running (napari-style): Python threads and our QThreads."""
    before = {t.ident for t in threading.enumerate()}
    yield
    deadline = time.monotonic() + 2.0
    while True:
        leaked = [
            t
            for t in threading.enumerate()
            if t.ident not in before
            and t.is_alive()
            # a _DummyThread is Python's stand-in for a foreign (Qt) thread that logged something: never removed
            and not isinstance(t, threading._DummyThread)
            and not t.name.startswith(("sandbox-", "asyncio_", "AnyIO worker"))
        ]
        leaked_qthreads = _running_qthreads()
        if not leaked and not leaked_qthreads:
            return
        if time.monotonic() > deadline:
            break
        time.sleep(0.05)
    names = [t.name for t in leaked] + [f"QThread {name}" for name in leaked_qthreads]
    pytest.fail(f"test left threads running: {names}")


def _running_qthreads() -> list[str]:
    try:
        from windtre_desktop.sync.threads import running_qthreads
    except ImportError:
        return []
    return running_qthreads()
