"""Line picker at 10,000 lines: time from a keystroke's query to the filtered table, against the
bare cost of scanning the same search keys in Python. Prints `key value` lines."""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.domain.test_totals_and_search import make_line  # noqa: E402
from windtre_desktop.domain.line_search import matches, normalise_query, search_key  # noqa: E402
from windtre_desktop.widgets.line_picker import LinePicker  # noqa: E402

QUERIES = ["3", "34", "347", "3470", "dip", "dipendente 12", "flex", "+39 347 000 4321", ""]


def main() -> int:
    app = QApplication(sys.argv[:1])
    offers = ["Business Giga 50", "Business Unlimited 100", "Business Flex"]
    lines = [make_line(i, holder=f"Dipendente {i}", offer=offers[i % 3]) for i in range(10_000)]
    keys = [search_key(line) for line in lines]
    picker = LinePicker()
    picker.resize(500, 700)
    picker.show()
    picker.set_lines(lines, keys)
    app.processEvents()  # a benchmark script, not the app: settle the first layout once

    picker_ms, scan_ms = [], []
    for _ in range(5):
        for query in QUERIES:
            start = time.perf_counter()
            picker.set_query_now(query)
            picker.table.viewport().repaint()
            picker_ms.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            terms = normalise_query(query)
            _ = [row for row, key in enumerate(keys) if matches(key, terms)] if terms else keys
            scan_ms.append((time.perf_counter() - start) * 1000)
    print(f"picker_ms_median {statistics.median(picker_ms)}")
    print(f"picker_ms_max {max(picker_ms)}")
    print(f"scan_ms_median {statistics.median(scan_ms)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
