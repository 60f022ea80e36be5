"""The project's own guards: layer contracts (import-linter), lint, and the leaked-thread fixture."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _venv_tool(name: str) -> str:
    tool = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert tool, f"{name} is not installed in the test environment"
    return tool


def test_import_linter_contracts_hold():
    result = subprocess.run([_venv_tool("lint-imports")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "broken" not in result.stdout.lower().replace("0 broken", "")


def test_ruff_is_clean():
    result = subprocess.run([_venv_tool("ruff"), "check", "windtre_desktop", "tests", "benchmarks", "soak", "dev.py"],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


LEAKY_TEST = '''
from windtre_desktop.sync.threads import new_thread

def test_leaks(qapp):
    thread = new_thread("leaky-worker")
    thread.start()
    LEAKED.append(thread)

LEAKED = []

def test_cleanup_after(qapp):
    for thread in LEAKED:
        thread.quit()
        thread.wait(2000)
'''


def test_a_test_leaving_a_qthread_running_fails(pytester, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    monkeypatch.setenv("QT_QPA_PLATFORM", os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    pytester.makeconftest("from tests.conftest import no_leaked_threads, memory_keyring  # noqa: F401\n")
    pytester.makepyfile(test_leaky=LEAKY_TEST)
    result = pytester.runpytest_subprocess("-q")
    result.stdout.fnmatch_lines(["*test left threads running*leaky-worker*"])
    outcomes = result.parseoutcomes()
    assert outcomes.get("errors", 0) + outcomes.get("failed", 0) >= 1
