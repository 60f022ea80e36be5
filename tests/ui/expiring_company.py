"""A sandbox of a test module's own, whose sessions are expired and whose answers are held back on purpose, and the
client that does it (the tests of choices given back after an expired session)."""

from __future__ import annotations

import httpx
import pytest


def own_company(seed: int):
    """Two fixtures for one test module: `company`, a 60-line sandbox with `seed` (module-scoped), and `control`,
    its controls with no fault armed before or after each test."""

    @pytest.fixture(scope="module")
    def company():
        from windtre_desktop.sandbox.runner import SandboxServer

        server = SandboxServer(lines=60, seed=seed)
        server.start()
        yield server
        server.stop()

    @pytest.fixture
    def control(company):
        http = httpx.Client(base_url=company.url, timeout=10)
        http.delete("/sandbox/faults").raise_for_status()
        yield http
        http.delete("/sandbox/faults").raise_for_status()
        http.close()

    return company, control
