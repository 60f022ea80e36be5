"""Traffico at 100,000 records (issue 11): `traffic_view_probe.py URL LINE` signs in the real app (controller,
network thread, store) to a sandbox running in another process, opens Traffico and loads LINE (a heavy line)
once from the server, so its records are held in the store. Then, interleaved, it times:

- ours: from picking LINE (after another line was shown) to the chart and the records table painted with
  LINE's records read from the store: the view asks, the network thread reads the store and hands the rows
  over, the view fills its model, draws the chart and paints the window;
- the baseline: a plain SQLite query of the same rows (a connection of its own, fetchall) plus one `setData`
  of them on a bare pyqtgraph PlotWidget, painted.

The period is the last days of the kept window whose records add up to at least 100,000. Prints `key value`
lines (milliseconds)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ADMIN = ("admin.demo", "Demo2026!")
RECORDS = 100_000
RUNS = 7
OTHER_LINE = "L00001"


def say(key: str, value) -> None:
    print(f"{key} {value}", flush=True)


def period_of(url: str, line: str) -> tuple[date, date, int]:
    """The last days of the window whose records add up to at least RECORDS (without Qt, one request)."""
    from windtre_desktop.api.client import ApiClient

    client = ApiClient(url, timeout=60)
    try:
        client.login(*ADMIN, remember=False)
        daily = client.line_traffic_daily(line)
    finally:
        client.close()
    total, days = 0, list(reversed(daily.days))
    for day in days:
        total += sum(t["records"] for t in day["types"].values())
        if total >= RECORDS:
            return date.fromisoformat(day["date"]), date.fromisoformat(days[0]["date"]), total
    return date.fromisoformat(days[-1]["date"]), date.fromisoformat(days[0]["date"]), total


def main(url: str, line: str) -> int:
    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tests.support.memory_keyring import MemoryKeyring
    from windtre_desktop.domain.roles import Section
    from windtre_desktop.domain.traffic_periods import Period
    from windtre_desktop.flows.controller import AppController
    from windtre_desktop.i18n.translations import Translations
    from windtre_desktop.paths import AppPaths
    from windtre_desktop.secrets import TokenVault
    from windtre_desktop.widgets import theme

    first, last, expected = period_of(url, line)
    app = QApplication(sys.argv[:1])
    Translations(app).install("it")
    theme.apply(app, "light")
    home = Path(tempfile.mkdtemp(prefix="windtre-bench-traffic-view-"))
    controller = AppController(paths=AppPaths.default(home), vault=TokenVault(MemoryKeyring()), server_url=url,
                               profile_key=url, language="it", timeout=120)
    window = controller.window
    window.resize(1280, 800)
    window.show()
    controller.start()
    state: dict = {"ours": [], "bare": []}

    def fail(text: str) -> None:
        say("error", text)
        app.exit(1)

    def settled(scope: str) -> bool:
        result = view().result
        return (result is not None and result.scope == scope and not result.from_store
                and not view().is_loading())

    def view():
        return window.section_widget(Section.TRAFFIC)

    def wait(ready, then, waited: int = 0) -> None:
        if ready():
            QTimer.singleShot(50, then)
        elif waited > 600_000:
            fail("timeout")
        else:
            QTimer.singleShot(20, lambda: wait(ready, then, waited + 20))

    def signed_in(ok: bool) -> None:
        controller.syncSettled.disconnect(signed_in)
        if not ok:
            return fail("sync")
        window.show_section(Section.TRAFFIC)
        view().set_period(Period.CUSTOM, first, last)
        started = time.perf_counter()

        def fetched() -> None:
            say("fetch_s", time.perf_counter() - started)
            wait(lambda: settled(OTHER_LINE) or False, next_run) if view().open_line(OTHER_LINE) else fail("line")

        if not view().open_line(line):
            return fail(f"no line {line}")
        wait(lambda: settled(line), fetched)

    def next_run() -> None:
        if len(state["bare"]) == RUNS:
            return finish()
        if len(state["ours"]) == len(state["bare"]):
            ours()
        else:
            bare()

    def ours() -> None:
        shown = view()

        def on_shown(result) -> None:
            if result.scope != line:
                return
            shown.resultShown.disconnect(on_shown)
            window.repaint()  # the chart and the table painted now, as the next frame would
            state["ours"].append((time.perf_counter() - start) * 1000)
            state["rows"] = shown.records.model.total
            state["stale"] = result.from_store
            # back to the other line for the next run, once this one has settled (the server's answer too)
            wait(lambda: settled(line), lambda: (shown.open_line(OTHER_LINE),
                                                 wait(lambda: settled(OTHER_LINE), next_run)))

        shown.resultShown.connect(on_shown)
        start = time.perf_counter()
        shown.open_line(line)

    def bare() -> None:
        store = next(home.rglob("*.sqlite3"))
        start = time.perf_counter()
        conn = sqlite3.connect(store)
        rows = conn.execute(
            "SELECT at, type, kind, number, destination, roaming_country, seconds, bytes, cost_cents, description, id"
            " FROM traffic_records WHERE line_id = ? AND at >= ? AND at < ? ORDER BY at, id",
            (line, first.isoformat(), (last + timedelta(days=1)).isoformat())).fetchall()
        plot = pg.PlotWidget()
        plot.resize(900, 420)
        plot.plot().setData(np.arange(len(rows), dtype=float), np.array([r[8] for r in rows], dtype=float))
        plot.show()
        plot.repaint()
        state["bare"].append((time.perf_counter() - start) * 1000)
        state["bare_rows"] = len(rows)
        conn.close()
        plot.close()
        plot.deleteLater()
        QTimer.singleShot(100, next_run)

    def finish() -> None:
        say("records", state["rows"])
        say("baseline_records", state["bare_rows"])
        say("expected_records", expected)
        say("period", f"{first.isoformat()}..{last.isoformat()}")
        say("from_store", state["stale"])
        say("ours_ms_median", statistics.median(state["ours"]))
        say("ours_ms_max", max(state["ours"]))
        say("bare_ms_median", statistics.median(state["bare"]))
        app.quit()

    controller.syncSettled.connect(signed_in)
    controller.service.worker.loginFailed.connect(lambda f: fail(f"login {f.kind}"))
    window.login_view.fill(*ADMIN)
    window.login_view.submit.click()
    code = app.exec()
    controller.shutdown()
    shutil.rmtree(home, ignore_errors=True)
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
