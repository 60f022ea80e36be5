"""Panoramica flotta → Linee at 10,000 lines: from a keystroke's filter text to the table updated (the filter
applied over the sorted rows, the model reset and the visible rows painted; also without the paint),
against a plain Python scan of
the same rows' search keys (`[r for r in rows if text in r.search_key]`). The lines are the sandbox's own
10,000-line demo company (its generator, seed 7), with a usage made as the tests make it. Prints `key value`
lines (milliseconds)."""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.support.fleet_lines_data import demo_snapshot  # noqa: E402
from windtre_desktop.views.fleet_lines_view import FleetLinesView  # noqa: E402

# what a user types, one keystroke at a time, then clears
QUERIES = ["3", "33", "339", "3393", "m", "ma", "mar", "mari", "mario", "business", "business f", "giga", ""]
RUNS = 5


def main() -> int:
    app = QApplication(sys.argv[:1])
    snapshot = demo_snapshot(10_000)
    view = FleetLinesView()
    view.resize(1000, 700)
    view.show()
    view.set_snapshot(snapshot)
    app.processEvents()  # a benchmark script, not the app: settle the first layout once
    rows = view.model.all_rows()
    assert len(rows) == 10_000

    for query in QUERIES:  # one pass untimed: the first paint of each text fills Qt's glyph caches
        view.set_query_now(query)
        view.table.viewport().repaint()
    ours_ms, filter_ms, scan_ms = [], [], []
    for _ in range(RUNS):
        for query in QUERIES:
            start = time.perf_counter()
            view.set_query_now(query)
            filtered = time.perf_counter()
            view.table.viewport().repaint()
            ours_ms.append((time.perf_counter() - start) * 1000)
            filter_ms.append((filtered - start) * 1000)
            start = time.perf_counter()
            text = query.casefold()
            _ = [r for r in rows if text in r.search_key]
            scan_ms.append((time.perf_counter() - start) * 1000)
    print(f"fleet_ms_median {statistics.median(ours_ms)}")
    print(f"fleet_ms_max {max(ours_ms)}")
    print(f"filter_only_ms_median {statistics.median(filter_ms)}")
    print(f"scan_ms_median {statistics.median(scan_ms)}")
    print(f"rows {len(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
