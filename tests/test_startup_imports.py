"""What a cached start loads before its first frame (issue 10's floor ratio; issue 16's table showed it had grown
back to 1.72 as sections landed): modules only a later action needs must stay off that path."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from benchmarks.support import prime_cache

ROOT = Path(__file__).resolve().parents[1]

# each is loaded later, by the action that needs it
NOT_BEFORE_FIRST_FRAME = {
    "importlib.metadata": "the version, read when a crash report or the About box is made",
    "email": "pulled in by importlib.metadata",
    "filecmp": "a data-folder move",
    "windtre_desktop.domain.alerts": "the dashboard's alert summary, after the fleet data is read",
    "windtre_desktop.domain.fleet_usage": "the fleet data, read after the first frame",
    "httpx": "the network thread, started after the first frame",
    "openpyxl": "an Excel export",
    "lxml": "the FatturaPA viewer",
    "pyqtgraph": "the charts, built on first visit",
    "windtre_desktop.crash_report": "a crash report, made when an unexpected error happens",
    "windtre_desktop.logging_setup": "the log file, opened after the first frame",
}


def modules_before_paint(url: str, home: Path) -> set[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    # -X importtime writes each import to stderr as it happens; merged with stdout, the order holds
    out = subprocess.run([sys.executable, "-X", "importtime", "-m", "windtre_desktop", "--server", url,
                          "--data-dir", str(home), "--exit-after-paint", "--lang", "it"],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=ROOT,
                         timeout=120)
    seen: set[str] = set()
    for line in out.stdout.splitlines():
        if line.startswith("painted"):
            return seen
        match = re.match(r"import time:\s+\d+ \|\s+\d+ \|\s*(\S+)", line)
        if match:
            seen.add(match.group(1))
    raise AssertionError(f"the app never painted its first frame:\n{out.stdout[-3000:]}")


def test_a_cached_start_loads_none_of_the_later_modules_before_its_first_frame(sandbox, tmp_path):
    prime_cache(tmp_path, sandbox.url)
    loaded = modules_before_paint(sandbox.url, tmp_path)
    assert "windtre_desktop.views.dashboard_view" in loaded  # the measure saw the start itself
    early = {name: why for name, why in NOT_BEFORE_FIRST_FRAME.items()
             if any(module == name or module.startswith(name + ".") for module in loaded)}
    assert early == {}
