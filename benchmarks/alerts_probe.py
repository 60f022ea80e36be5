"""Local alerts at 10,000 lines (issue 15): compute_alerts over a crafted 10,000-line snapshot, against one plain
pass over the same 10,000 usages (a dict look-up and two sums per line), same run; and the whole flow, from a
new snapshot to the stored, emitted alerts (computed in the alerts thread, kept in SQLite, shown), with how long
the GUI thread was held by it (handing the snapshot over, then storing and emitting the answer). Prints `key value` lines."""

from __future__ import annotations

import dataclasses
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.domain.fleet_factories import company  # noqa: E402
from windtre_desktop.domain.alerts import compute_alerts  # noqa: E402
from windtre_desktop.domain.fleet_usage import FleetSnapshot, FleetUsage  # noqa: E402
from windtre_desktop.flows.alerts import AlertFlows  # noqa: E402
from windtre_desktop.store.database import Store  # noqa: E402
from windtre_desktop.widgets.tray import Tray  # noqa: E402

LINES = 10_000
RUNS = 7


def plain_pass(snapshot) -> int:  # noqa: ANN001
    usage = snapshot.usage.lines
    total = 0
    for line in snapshot.lines:
        found = usage.get(line.id)
        if found is not None:
            total += sum(found.spend_cents[-4:]) + found.last_week.cost_cents
    return total


def fresh(snapshot: FleetSnapshot) -> FleetSnapshot:
    """The same data as a new answer would bring it (a new usage object): the flow computes again, as after a
    sync; the very same snapshot again is taken as nothing new (a label edit)."""
    usage = snapshot.usage
    return dataclasses.replace(snapshot, usage=FleetUsage(usage.today, usage.months, usage.offers, dict(usage.lines)))


def main() -> int:
    app = QApplication(sys.argv[:1])
    snapshot = company(LINES)
    compute_ms, plain_ms = [], []
    count = 0
    for _ in range(RUNS):
        start = time.perf_counter()
        count = len(compute_alerts(snapshot))
        compute_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        plain_pass(snapshot)
        plain_ms.append((time.perf_counter() - start) * 1000)

    store = Store(Path(tempfile.mkdtemp(prefix="windtre-bench-alerts-")) / "cache.sqlite3")
    tray = Tray(QIcon())
    flows = AlertFlows(lambda: store, lambda: tray)
    flow_ms, gui_ms, taken_ms = [], [], []
    taking = flows._on_computed

    def timed(*args) -> None:  # noqa: ANN002
        start = time.perf_counter()
        taking(*args)
        taken_ms.append((time.perf_counter() - start) * 1000)

    flows._on_computed = timed  # connected at the first snapshot: timed on the GUI thread
    for _ in range(RUNS):
        loop = QEventLoop()
        flows.alertsChanged.connect(loop.quit)
        QTimer.singleShot(30_000, loop.quit)
        start = time.perf_counter()
        flows.on_snapshot(fresh(snapshot))
        held = time.perf_counter() - start
        loop.exec()
        flows.alertsChanged.disconnect(loop.quit)
        flow_ms.append((time.perf_counter() - start) * 1000)
        gui_ms.append(held * 1000 + (taken_ms[-1] if taken_ms else 0.0))
    flows.shutdown()
    store.close()
    del app
    print(f"lines {LINES}")
    print(f"alerts {count}")
    print(f"compute_ms_median {statistics.median(compute_ms)}")
    print(f"compute_ms_max {max(compute_ms)}")
    print(f"plain_pass_ms_median {statistics.median(plain_ms)}")
    print(f"flow_ms_median {statistics.median(flow_ms)}")
    print(f"gui_thread_ms_median {statistics.median(gui_ms)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
