"""Helpers shared by the benchmarks: a sandbox in its own process, a primed data dir, timing of subprocesses."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
ADMIN = ("admin.demo", "Demo2026!")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class SandboxProcess:
    """`windtre-sandbox` in a child process, so its CPU and memory are not counted as the app's."""

    def __init__(self, lines: int, seed: int | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "windtre_desktop.sandbox.cli", "--port", str(self.port), "--lines", str(lines),
             *(["--seed", str(seed)] if seed is not None else [])],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                httpx.get(f"{self.url}/sandbox/clock", timeout=1).raise_for_status()
                return
            except httpx.HTTPError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("sandbox did not start")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()

    def __enter__(self) -> SandboxProcess:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def prime_cache(home: Path, server_url: str) -> None:
    """Signs in and syncs once without Qt, then remembers the profile: the next app start is a cached start."""
    from windtre_desktop.api.client import ApiClient
    from windtre_desktop.paths import AppPaths
    from windtre_desktop.store.database import Store
    from windtre_desktop.store.profiles import ProfileRegistry
    from windtre_desktop.sync.engine import SyncEngine

    paths = AppPaths.default(home)
    client = ApiClient(server_url)
    client.login(*ADMIN, remember=True)
    store = Store(paths.profile_db(server_url, ADMIN[0]))
    SyncEngine(client, store).run()
    store.close()
    client.close()
    ProfileRegistry(paths).remember(server_url, ADMIN[0], True)


def time_until_line(args: list[str], marker: str, env: dict | None = None, timeout: float = 60) -> float:
    """Wall time from spawning a process to it printing a line that starts with `marker`."""
    env = dict(os.environ, **(env or {}))
    start = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(marker):
                return time.perf_counter() - start
        raise RuntimeError(f"{args} ended without printing {marker!r}")
    finally:
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
