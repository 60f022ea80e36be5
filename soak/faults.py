"""`python -m soak.faults --minutes N`: every OpenAPI operation under every injected fault through the app's
API client (layer a), then every state-changing action of the real app under every fault (layer b); prints
faults_injected, faults_survived, duplicates_created, user_data_lost, operations_covered and
operations_not_called. The run takes the time it needs (a few minutes); --minutes is accepted and unused."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from pathlib import Path

from soak.figures import figure


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=0.0, help="accepted for soak/run.py; not used")
    parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    logging.basicConfig(level=logging.ERROR)  # the injected failures are expected: no warning per case
    with tempfile.TemporaryDirectory(prefix="soak-faults-") as home:
        os.environ["WINDTRE_DESKTOP_HOME"] = home
        import keyring

        from tests.support.memory_keyring import MemoryKeyring

        keyring.set_keyring(MemoryKeyring())  # never the OS keyring
        api, app = run_everything(Path(home))
    from soak.fault_report import failures, figures

    for line in failures(api, app):
        print(f"  not held: {line}", flush=True)
    results = figures(api, app)
    for result in results:
        figure(result.name, result.value, result.unit, target=result.target, ok=result.ok)
    return 0 if all(result.ok is not False for result in results) else 1


def run_everything(home: Path):
    from soak.fault_actions import ACTIONS, run_app_layer
    from soak.fault_app import APP_FAULTS, AppBench, start_qt
    from soak.fault_bench import Bench
    from soak.fault_harness import run_api_layer

    bench = Bench()
    try:
        api = run_api_layer(bench)
    finally:
        bench.close()
    qt = start_qt("it")
    app_bench = AppBench(home / "data")
    try:
        app = run_app_layer(app_bench, [(action, fault) for action in ACTIONS for fault in APP_FAULTS])
    finally:
        app_bench.close()
    qt.processEvents()
    return api, app


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
