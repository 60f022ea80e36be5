"""Command palette at 10,000 lines, 2,000 invoices and 500 GSS packages: time from a keystroke (the search
field's text set) to the results list repainted, for every prefix of a few realistic queries typed one key at a
time, against a plain Python substring scan of the same entries' texts. Also the index build time. The lines
are the sandbox's 10,000-line demo company; invoices and packages are synthetic but shaped like the sandbox's
(the demo has fewer). Prints `key value` lines."""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from windtre_desktop.domain.models import Line  # noqa: E402
from windtre_desktop.domain.palette import PaletteIndex  # noqa: E402
from windtre_desktop.domain.products import GssPackage  # noqa: E402
from windtre_desktop.domain.roles import Section  # noqa: E402
from windtre_desktop.flows.palette import (  # noqa: E402
    invoice_entries,
    line_entries,
    package_entries,
    screen_entries,
    setting_entries,
)
from windtre_desktop.sandbox import demo_data  # noqa: E402
from windtre_desktop.widgets.command_palette import CommandPalette  # noqa: E402

LINES, INVOICES, PACKAGES = 10_000, 2_000, 500
RUNS = 3


def invoices(accounts: list[str]) -> list[dict]:
    """Like the sandbox's invoice heads: one per billing account and month, service and device invoices."""
    found, issue, n = [], date(2026, 11, 1), 0
    while len(found) < INVOICES:
        for index, ba in enumerate(accounts):
            for kind, letter in (("service", "F"), ("device", "D")):
                found.append({
                    "id": f"INV-C0001-{ba}-{issue:%Y%m}-{letter}{n}", "number": f"{letter}{issue:%Y%m}/0001{index + 1:02d}",
                    "billingAccountId": ba, "kind": kind, "issueDate": issue.isoformat(),
                    "dueDate": (issue + timedelta(days=30)).isoformat(), "amountCents": random.randrange(5_000, 900_000),
                    "status": "paid", "period": {}, "hasCallDetail": kind == "service"})
        issue = (issue.replace(day=1) - timedelta(days=1)).replace(day=1)
        n += 1
    return found[:INVOICES]


def packages(mobiles: list[str]) -> list[GssPackage]:
    return [GssPackage(id=f"GSS-C0001-{i + 1:04d}", type="GSS Business" if i % 3 else "GSS Smart", giga_plan=100,
                       extra_giga=0, pooled_bytes=100 * 1024**3, used_bytes=0, sim_count=random.randrange(2, 30),
                       max_sims=30, device_count=0, referent_phone=mobiles[i % len(mobiles)])
            for i in range(PACKAGES)]


def main() -> int:
    random.seed(15)
    app = QApplication(sys.argv[:1])
    company = demo_data.generate(lines=LINES)
    lines = [Line.from_json(raw) for raw in company.lines]
    accounts = [a["id"] for a in company.company["billingAccounts"]]
    mobiles = [line.msisdn for line in lines if line.kind == "mobile"]
    listing, gss = invoices(accounts), packages(mobiles)
    entries_times, build_times = [], []
    for _ in range(RUNS):  # the median of a few builds: the machine is shared
        started = time.perf_counter()
        entries = [*screen_entries(list(Section), True), *setting_entries(), *line_entries(lines, {}),
                   *invoice_entries(listing), *package_entries(gss)]
        entries_times.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        index = PaletteIndex(entries)
        build_times.append((time.perf_counter() - started) * 1000)
    entries_ms, build_ms = statistics.median(entries_times), statistics.median(build_times)

    palette = CommandPalette(lambda text: index.search(text), None)
    palette.resize(720, 480)
    palette.show()
    app.processEvents()  # a benchmark script, not the app: settle the first layout once

    sample = lines[1234]
    holder = sample.holder.split()[-1].lower()
    national = sample.msisdn.removeprefix("+39")
    queries = [holder, f"{national[:3]} {national[3:6]}", sample.holder.split()[0].lower() + " " + holder[:3],
               "F202603", "giga smart", "fattura"]
    hays = [f"{e.title} {e.subtitle} {e.search}".casefold() for e in entries]
    ours, scan = [], []
    for _ in range(RUNS):
        for query in queries:
            palette.field.clear()
            for k in range(1, len(query) + 1):
                typed = query[:k]
                start = time.perf_counter()
                palette.field.setText(typed)  # textChanged → search → the model reset
                palette.list.viewport().repaint()
                ours.append((time.perf_counter() - start) * 1000)
                start = time.perf_counter()
                needle = typed.casefold()
                _ = [i for i, hay in enumerate(hays) if needle in hay][:50]
                scan.append((time.perf_counter() - start) * 1000)
    ours.sort()
    print(f"entries {len(entries)}")
    print(f"entries_ms {entries_ms}")
    print(f"build_ms {build_ms}")
    print(f"keystrokes {len(ours)}")
    print(f"palette_ms_median {statistics.median(ours)}")
    print(f"palette_ms_p95 {ours[int(0.95 * (len(ours) - 1))]}")
    print(f"palette_ms_max {ours[-1]}")
    print(f"scan_ms_median {statistics.median(scan)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
