"""`python3 dev.py bench`: the foundation's benchmarks, each against a baseline measured in the same run.

Prints one `name value unit` line per measure and writes them all to benchmarks/last.json.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.support import ADMIN, ROOT, SandboxProcess, prime_cache, time_until_line  # noqa: E402
from benchmarks.targets import print_table  # noqa: E402

RESULTS: dict[str, dict] = {}


def report(name: str, value: float, unit: str, **extra) -> None:
    RESULTS[name] = {"value": round(value, 4), "unit": unit, **extra}
    print(f"{name} {value:.4g} {unit}", flush=True)


def compile_bytecode() -> None:
    """An installed app starts from .pyc files (pip compiles them at install time); a source tree run
    with PYTHONDONTWRITEBYTECODE would recompile every module at every start. Measure the former."""
    import compileall

    compileall.compile_dir(str(ROOT / "windtre_desktop"), quiet=1)


def bench_startup(small: SandboxProcess, large: SandboxProcess | None, runs: int = 15) -> None:
    """Process start to the first painted frame of the cached dashboard, for the 250-line company and (with
    `large`) a cached 10,000-line one, against two baselines run interleaved in the same loop: a bare
    PySide6 window, and the floor, the dashboard's own widget set in plain Qt (qt_floor_window.py)."""
    env = {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}

    def app_cmd(sandbox: SandboxProcess) -> list[str]:
        home = Path(tempfile.mkdtemp(prefix="windtre-bench-start-"))
        prime_cache(home, sandbox.url)
        return [sys.executable, "-m", "windtre_desktop", "--server", sandbox.url, "--data-dir", str(home),
                "--exit-after-paint", "--lang", "it"]

    commands = {"bare": [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")],
                "floor": [sys.executable, str(ROOT / "benchmarks" / "qt_floor_window.py")],
                "app": app_cmd(small)}
    if large is not None:
        commands["app_10000"] = app_cmd(large)
    compile_bytecode()
    for cmd in commands.values():  # warm the OS file cache for all
        time_until_line(cmd, "painted", env)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(runs):  # interleaved, so a busy moment of the machine hits all of them
        for name, cmd in commands.items():
            times[name].append(time_until_line(cmd, "painted", env))
    median = {name: statistics.median(values) for name, values in times.items()}
    bare, floor, app = median["bare"], median["floor"], median["app"]
    report("startup_bare_window_s", bare, "s")
    report("startup_same_widgets_plain_qt_s", floor, "s", ratio_vs_bare=round(floor / bare, 3))
    report("startup_cached_dashboard_s", app, "s", lines=250)
    report("startup_floor_ratio", app / floor, "x", target="<= 1.5 (aim 1.3)",
           baseline="the dashboard's widget set in plain Qt, same run", lines=250, runs=runs)
    if large is not None:
        app_10k = median["app_10000"]
        report("startup_cached_dashboard_s_10000", app_10k, "s", lines=10_000)
        report("startup_floor_ratio_10000", app_10k / floor, "x", target="<= 1.5",
               baseline="the dashboard's widget set in plain Qt, same run", lines=10_000, runs=runs,
               ratio_vs_250=round(app_10k / app, 3))
    report("startup_ratio", app / bare, "x", baseline="bare PySide6 window, same run (for reference)")


def _sync_once(url: str) -> tuple[int, float, int]:
    from windtre_desktop.api.client import ApiClient
    from windtre_desktop.paths import AppPaths
    from windtre_desktop.store.database import Store
    from windtre_desktop.sync.engine import SyncEngine

    home = Path(tempfile.mkdtemp(prefix="windtre-bench-sync-"))
    client = ApiClient(url, timeout=120)
    client.login(*ADMIN, remember=False)
    store = Store(AppPaths.default(home).profile_db(url, ADMIN[0]))
    engine = SyncEngine(client, store)
    start = time.perf_counter()
    full = engine.run()
    seconds = time.perf_counter() - start
    nochange = engine.run()
    assert nochange.not_modified, "a second sync of an unchanged company must be a 304"
    store.close()
    client.close()
    return full.requests, seconds, nochange.requests


def _raw_download_seconds(url: str) -> float:
    """Baseline: the same snapshot fetched and parsed with bare httpx + json, nothing stored."""
    with httpx.Client(base_url=url, timeout=120) as http:
        token = http.post("/api/v1/login/credentials",
                          json={"username": ADMIN[0], "password": ADMIN[1], "rememberMe": False}).headers["X-W3-Token"]
        start = time.perf_counter()
        body = http.get("/api/v1/sync", headers={"X-W3-Token": token}).json()
        elapsed = time.perf_counter() - start
        assert body["status"] == "OK"
        return elapsed


def bench_sync(small: SandboxProcess, large: SandboxProcess) -> None:
    req_250, _, nochange = _sync_once(small.url)
    req_10k, seconds_10k, _ = _sync_once(large.url)
    raw = statistics.median(_raw_download_seconds(large.url) for _ in range(3))
    report("sync_full_requests_250", req_250, "requests", target="<= 20, same as 10000")
    report("sync_full_requests_10000", req_10k, "requests", target="<= 20, same as 250",
           ratio_vs_250=req_10k / req_250)
    report("sync_nochange_requests", nochange, "requests", target="1")
    report("sync_full_seconds_10000", seconds_10k, "s", baseline_raw_download_s=round(raw, 4),
           ratio_vs_raw_download=round(seconds_10k / raw, 3))


def bench_gui(sandbox: SandboxProcess, name_suffix: str, rss: bool) -> None:
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "gui_sync_probe.py"), sandbox.url],
                         capture_output=True, text=True, timeout=600, cwd=ROOT,
                         env=dict(os.environ, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"))
    values = dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)
    if out.returncode != 0 or "stall_ms" not in values:
        raise RuntimeError(f"gui probe failed: {out.stdout}\n{out.stderr}")
    if not rss:
        report(f"gui_stall_ms_max{name_suffix}", float(values["stall_ms"]), "ms", target="< 50",
               baseline_idle_gap_ms=round(float(values["idle_gap_ms"]), 2),
               lines=int(values["lines"]), sync_to_shown_s=round(float(values["sync_to_shown_s"]), 3))
    else:
        bare = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "bare_window.py"), "--rss"],
                              capture_output=True, text=True, timeout=60)
        bare_rss = int(dict(line.split(" ", 1) for line in bare.stdout.splitlines())["rss"])
        app_mb = int(values["rss_bytes"]) / 2**20
        report("idle_rss_mb", app_mb, "MB", target="< 200", baseline_bare_window_mb=round(bare_rss / 2**20, 1),
               ratio_vs_bare=round(app_mb / (bare_rss / 2**20), 2))


def bench_picker() -> None:
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "picker_probe.py")],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    values = {k: float(v) for k, v in (line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)}
    if out.returncode != 0 or "picker_ms_median" not in values:
        raise RuntimeError(f"picker probe failed: {out.stdout}\n{out.stderr}")
    report("picker_filter_ms_10000", values["picker_ms_median"], "ms", max_ms=round(values["picker_ms_max"], 2),
           baseline_python_scan_ms=round(values["scan_ms_median"], 2),
           ratio_vs_scan=round(values["picker_ms_median"] / values["scan_ms_median"], 2), target="< 50 (one frame)")


def bench_alerts() -> None:
    """Local alerts after a sync (issue 15): compute_alerts on a 10,000-line snapshot against one plain pass over
    the same usages, and the flow from the snapshot to the stored, emitted alerts, off the GUI thread."""
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "alerts_probe.py")],
                         capture_output=True, text=True, timeout=600, cwd=ROOT)
    values = {k: float(v) for k, v in (line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)}
    if out.returncode != 0 or "compute_ms_median" not in values:
        raise RuntimeError(f"alerts probe failed: {out.stdout}\n{out.stderr}")
    report("alerts_compute_ms_10000", values["compute_ms_median"], "ms", lines=int(values["lines"]),
           alerts=int(values["alerts"]), max_ms=round(values["compute_ms_max"], 2),
           baseline_plain_pass_ms=round(values["plain_pass_ms_median"], 2),
           ratio_vs_plain_pass=round(values["compute_ms_median"] / values["plain_pass_ms_median"], 2),
           flow_ms=round(values["flow_ms_median"], 2), gui_thread_ms=round(values["gui_thread_ms_median"], 2),
           where="alerts thread (windtre-alerts)")


def bench_fleet() -> None:
    """Panoramica flotta → Linee: keystroke to the table updated at 10,000 lines (fleet_filter_probe.py)."""
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "fleet_filter_probe.py")],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    values = {k: float(v) for k, v in (line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)}
    if out.returncode != 0 or "fleet_ms_median" not in values:
        raise RuntimeError(f"fleet probe failed: {out.stdout}\n{out.stderr}")
    ours, scan = values["fleet_ms_median"], values["scan_ms_median"]
    report("fleet_filter_ms_10000", ours, "ms", max_ms=round(values["fleet_ms_max"], 2),
           filter_and_reset_only_ms=round(values["filter_only_ms_median"], 3), rows=int(values["rows"]),
           baseline_python_scan_ms=round(scan, 3), ratio_vs_scan=round(ours / scan, 2),
           ratio_filter_and_reset_vs_scan=round(values["filter_only_ms_median"] / scan, 2),
           target="< 50 (one frame)")


def bench_palette() -> None:
    """Command palette: keystroke to results over 10,000 lines, 2,000 invoices and 500 packages (every prefix
    of a few realistic queries), against a plain Python substring scan of the same entries; and the index build."""
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "palette_probe.py")],
                         capture_output=True, text=True, timeout=300, cwd=ROOT)
    values = {k: float(v) for k, v in (line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)}
    if out.returncode != 0 or "palette_ms_median" not in values:
        raise RuntimeError(f"palette probe failed: {out.stdout}\n{out.stderr}")
    report("palette_query_ms_10000", values["palette_ms_median"], "ms", p95_ms=round(values["palette_ms_p95"], 2),
           max_ms=round(values["palette_ms_max"], 2), keystrokes=int(values["keystrokes"]),
           entries=int(values["entries"]), baseline_python_substring_scan_ms=round(values["scan_ms_median"], 2),
           ratio_vs_scan=round(values["palette_ms_median"] / values["scan_ms_median"], 2), target="< 30")
    report("palette_index_build_ms_10000", values["entries_ms"] + values["build_ms"], "ms",
           entries_ms=round(values["entries_ms"], 1), index_ms=round(values["build_ms"], 1),
           entries=int(values["entries"]))


def bench_chart() -> None:
    """Traffic chart: repaint after a pan over a 1,000,000-point series, our TrafficChart against a bare
    pyqtgraph PlotWidget with the same points and the same clip-to-view and peak downsampling."""
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "chart_probe.py")],
                         capture_output=True, text=True, timeout=600, cwd=ROOT)
    values = dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)
    if out.returncode != 0 or "chart_pan_ms_median" not in values:
        raise RuntimeError(f"chart probe failed: {out.stdout}\n{out.stderr}")
    ours, bare = float(values["chart_pan_ms_median"]), float(values["bare_pan_ms_median"])
    report("chart_redraw_ms_1m", ours, "ms", target="< 50", points=int(values["points"]),
           plot_size=values["plot_size"], max_ms=round(float(values["chart_pan_ms_max"]), 2),
           full_view_ms=round(float(values["chart_full_ms_median"]), 2),
           baseline_bare_plotwidget_ms=round(bare, 2), ratio_vs_bare_plotwidget=round(ours / bare, 2),
           baseline_bare_full_view_ms=round(float(values["bare_full_ms_median"]), 2))
    full, bare_full = float(values["chart_full_ms_median"]), float(values["bare_full_ms_median"])
    print(f"  baseline bare PlotWidget {bare:.4g} ms, ratio {ours / bare:.3g}x; "
          f"full view {full:.4g} ms (bare {bare_full:.4g} ms)", flush=True)


def _probe(*args: str) -> dict[str, str]:
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "invoices_probe.py"), *args],
                         capture_output=True, text=True, timeout=600, cwd=ROOT)
    values = dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)
    if out.returncode != 0 or "error" in values:
        raise RuntimeError(f"invoices probe {args[0]} failed: {out.stdout}\n{out.stderr}")
    return values


def _raw_invoice_files_seconds(url: str) -> tuple[float, int]:
    """Baseline: every invoice's PDF and FatturaPA fetched with a bare httpx GET loop into memory, no archive."""
    with httpx.Client(base_url=url, timeout=120) as http:
        token = http.post("/api/v1/login/credentials",
                          json={"username": ADMIN[0], "password": ADMIN[1], "rememberMe": False}).headers["X-W3-Token"]
        headers = {"X-W3-Token": token}
        invoices = http.get("/api/v1/invoices", headers=headers).json()["data"]
        start = time.perf_counter()
        files = 0
        for invoice in invoices:
            for kind in ("pdf", "fatturapa"):
                http.get(f"/api/v1/invoices/{invoice['id']}/{kind}", headers=headers).raise_for_status()
                files += 1
        return time.perf_counter() - start, files


def bench_invoices(sandbox: SandboxProcess, runs: int = 3) -> None:
    apps, raws = [], []
    for _ in range(runs):  # interleaved; each app run in a new process on a fresh data dir (nothing archived)
        apps.append(_probe("app", sandbox.url))
        raws.append(_raw_invoice_files_seconds(sandbox.url))
    first = apps[0]
    files = int(first["files"])
    assert all(int(a["files"]) == files == r[1] for a, r in zip(apps, raws, strict=True)), (apps, raws)
    bulk = statistics.median(float(a["bulk_s"]) for a in apps)
    raw = statistics.median(r[0] for r in raws)
    report("invoices_bulk_download_s", bulk, "s", invoices=int(first["invoices"]), files=files,
           bytes=int(first["bytes"]), runs=runs, path="Scarica tutto click -> downloadFinished, DownloadWorker",
           baseline_httpx_get_loop_s=round(raw, 4), ratio_vs_httpx_loop=round(bulk / raw, 2))
    opened = statistics.median(float(a["open_ms_median"]) for a in apps)
    bare = statistics.median(float(a["bare_open_ms_median"]) for a in apps)
    report("invoice_open_ms", opened, "ms", invoice=first["open_invoice"], pdf_bytes=int(first["open_pdf_bytes"]),
           pages=int(first["open_pdf_pages"]), viewport=first["open_viewport"],
           first_open_ms=round(statistics.median(float(a["open_ms_first"]) for a in apps), 2),
           baseline_bare_qpdfview_ms=round(bare, 2), ratio_vs_bare_qpdfview=round(opened / bare, 2))
    fpa = _probe("fatturapa", sandbox.url)
    render, parse = float(fpa["render_ms_median"]), float(fpa["parse_ms_median"])
    report("fatturapa_render_ms", render, "ms", file=fpa["fatturapa_file"], bytes=int(fpa["fatturapa_bytes"]),
           signed=bool(int(fpa["fatturapa_signed"])), source=fpa["fatturapa_source"],
           cold_ms=round(float(fpa["render_cold_ms"]), 3), baseline_lxml_parse_ms=round(parse, 4),
           ratio_vs_lxml_parse=round(render / parse, 2))


def _traffic_probe(*args: str) -> dict[str, str]:
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "traffic_export_probe.py"), *args],
                         capture_output=True, text=True, timeout=900, cwd=ROOT)
    values = dict(line.split(" ", 1) for line in out.stdout.splitlines() if " " in line)
    if out.returncode != 0 or "records" not in values:
        raise RuntimeError(f"traffic export probe {args[0]} failed: {out.stdout}\n{out.stderr}")
    return values


def bench_traffic_export(records: int = 100_000, fewer: int = 10_000) -> None:
    """DOWNLOAD TRAFFICO (R-32): the records of the sandbox's heaviest line (seed 5, 30 lines: L00013, a data
    SIM) fetched once through the API client; then, each in a fresh process, our export of `records` of them
    held in the store (read, write, save) against bare openpyxl write_only appending the same rows from memory
    (interleaved), and the peak RSS
    growth of our export of `records` against `fewer`, pages read as the network hands them over."""
    with tempfile.TemporaryDirectory(prefix="windtre-bench-traffic-") as folder:
        data = str(Path(folder) / "records.jsonl")
        _traffic_probe("fetch", data, str(records))
        speed = _traffic_probe("speed", data, str(records))
        many = _traffic_probe("memory", data, str(records))
        few = _traffic_probe("memory", data, str(fewer))
    ours, bare = float(speed["ours_s"]), float(speed["bare_s"])
    report("traffic_export_ratio", bare / ours, "x", target=">= 0.8", records=int(speed["records"]),
           ours_s=round(ours, 3), baseline_bare_openpyxl_write_only_s=round(bare, 3),
           file_bytes=int(speed["ours_bytes"]), baseline_file_bytes=int(speed["bare_bytes"]))
    grown, grown_fewer = float(many["peak_growth_mb"]), float(few["peak_growth_mb"])
    report("traffic_export_peak_mb_ratio", grown / grown_fewer, "x", target="<= 1.2",
           peak_growth_mb=grown, records=records, peak_growth_mb_fewer=grown_fewer, fewer_records=fewer,
           rss_before_mb=float(many["rss_before_mb"]))


def bench_traffic_view(line: str = "L00013") -> None:
    """Traffico: picking a line whose 100,000 records are held in the store, to the chart and the table
    painted, against a plain SQLite query of the same rows plus one setData on a bare PlotWidget, same run.
    The sandbox (seed 5, 30 lines: L00013 is a data SIM with ~150,000 records in 90 days) runs in its own
    process."""
    with SandboxProcess(30, seed=5) as heavy:
        out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "traffic_view_probe.py"), heavy.url, line],
                             capture_output=True, text=True, timeout=1800, cwd=ROOT)
    values = dict(row.split(" ", 1) for row in out.stdout.splitlines() if " " in row)
    if out.returncode != 0 or "ours_ms_median" not in values:
        raise RuntimeError(f"traffic view probe failed: {out.stdout}\n{out.stderr}")
    ours, bare = float(values["ours_ms_median"]), float(values["bare_ms_median"])
    report("traffic_view_open_ms_100k", ours, "ms", records=int(values["records"]), period=values["period"],
           max_ms=round(float(values["ours_ms_max"]), 1), first_fetch_s=round(float(values["fetch_s"]), 2),
           baseline_sqlite_and_setdata_ms=round(bare, 1), ratio=round(ours / bare, 2), target_ratio="<= 2")


def bench_traffic_company(small: SandboxProcess, large: SandboxProcess) -> None:
    """Traffico for the whole company over three months: the requests made into a store that knows nothing
    yet (the worst case), at 250 and at 10,000 lines. The same code the network thread runs (no Qt)."""
    from windtre_desktop.api.client import ApiClient
    from windtre_desktop.domain.traffic_data import COMPANY, TrafficQuery
    from windtre_desktop.domain.traffic_periods import Period
    from windtre_desktop.store.database import Store
    from windtre_desktop.sync.traffic_loader import italian_today, run_load, start_load

    counts, seconds = {}, {}
    for name, sandbox in (("250", small), ("10000", large)):
        client = ApiClient(sandbox.url, timeout=120)
        try:
            client.login(*ADMIN, remember=False)
            with tempfile.TemporaryDirectory(prefix="windtre-bench-company-") as folder, \
                    Store(Path(folder) / "store.sqlite3") as store:
                before, started = client.request_count, time.perf_counter()
                result = run_load(start_load(client, store, TrafficQuery(COMPANY, Period.THREE_MONTHS),
                                             italian_today()))
                seconds[name] = time.perf_counter() - started
                counts[name] = client.request_count - before
                if result.line_count != int(name):
                    raise RuntimeError(f"company of {result.line_count} lines, {name} expected")
        finally:
            client.close()
    report("traffic_company_requests_10000", counts["10000"], "requests", requests_at_250=counts["250"],
           seconds_10000=round(seconds["10000"], 3), seconds_250=round(seconds["250"], 3),
           target="the same small number as at 250 lines")


def bench_fleet_usage(large: SandboxProcess, runs: int = 5) -> None:
    """GET /fleet/usage for 10,000 lines through the app's ApiClient: the first answer (the server computes 24
    months and the 91-day window of every line), then warm answers (same quarter hour) against the bare
    download of the 10,000 lines' sync in the same run, a 304; and the store's copy (save + load, what the GUI
    thread does after a fetch and at an offline start) against a plain json dumps + loads of the same data."""
    from windtre_desktop.api.client import ApiClient
    from windtre_desktop.store.database import Store
    from windtre_desktop.store.fleet_store import FleetStore

    client = ApiClient(large.url, timeout=120)
    try:
        client.login(*ADMIN, remember=False)
        started = time.perf_counter()
        answer = client.fleet_usage()
        cold = time.perf_counter() - started
        if answer is None or len(answer.data["lines"]) != 10_000:
            raise RuntimeError("fleet usage: 10,000 lines expected")
        warm, not_modified = [], []
        for _ in range(runs):
            started = time.perf_counter()
            again = client.fleet_usage()
            warm.append(time.perf_counter() - started)
            started = time.perf_counter()
            client.fleet_usage(again.etag)
            not_modified.append(time.perf_counter() - started)
        quarters = []
        for _ in range(3):  # a new quarter hour: the 91-day window of every line again, the months kept
            httpx.post(f"{large.url}/sandbox/clock", json={"advanceSeconds": 900}, timeout=10).raise_for_status()
            started = time.perf_counter()
            client.fleet_usage()
            quarters.append(time.perf_counter() - started)
    finally:
        client.close()
    raw = statistics.median(_raw_download_seconds(large.url) for _ in range(3))
    warm_s = statistics.median(warm)
    report("fleet_usage_cold_s_10000", cold, "s", note="first answer of a sandbox: 24 months of every line")
    report("fleet_usage_warm_ms_10000", warm_s * 1000, "ms", target="well under 1000",
           baseline_raw_sync_download_ms=round(raw * 1000, 1), ratio_vs_raw_sync_download=round(warm_s / raw, 3))
    report("fleet_usage_304_ms_10000", statistics.median(not_modified) * 1000, "ms")
    report("fleet_usage_new_quarter_ms_10000", statistics.median(quarters) * 1000, "ms",
           note="the first answer of each quarter hour", ratio_vs_warm=round(statistics.median(quarters) / warm_s, 3))
    with tempfile.TemporaryDirectory(prefix="windtre-bench-fleet-") as folder, \
            Store(Path(folder) / "store.sqlite3") as store:
        fleet = FleetStore(store)
        saves, plain = [], []
        for _ in range(3):
            started = time.perf_counter()
            fleet.save(answer.data, answer.etag, "now")
            fleet.load()
            saves.append(time.perf_counter() - started)
            started = time.perf_counter()
            json.loads(json.dumps(answer.data))
            plain.append(time.perf_counter() - started)
    store_s, plain_s = statistics.median(saves), statistics.median(plain)
    report("fleet_store_save_load_ms_10000", store_s * 1000, "ms", baseline_json_roundtrip_ms=round(plain_s * 1000, 1),
           ratio_vs_json_roundtrip=round(store_s / plain_s, 3))


def main(argv: list[str]) -> int:
    """Runs the benchmarks asked for, then prints the table of every issue's figures against its target."""
    try:
        return measure(argv)
    finally:
        print_table(RESULTS)


def measure(argv: list[str]) -> int:
    """`run.py` runs everything; `run.py startup` (or sync, gui, picker, alerts, fleet, palette, invoices, chart,
    export, traffic, fleet_usage, unit) runs one group and leaves last.json alone."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    only = set(argv)
    if "unit" in only:  # the timings that were once upper bounds in unit tests (issue 16)
        from benchmarks import unit_timings

        unit_timings.run(report)
        only.discard("unit")
        if not only:
            return 0
    if only and only <= {"chart", "export", "traffic_view", "alerts", "fleet", "palette"}:  # no shared sandbox
        if "alerts" in only:
            bench_alerts()
        if "fleet" in only:
            bench_fleet()
        if "palette" in only:
            bench_palette()
        if "chart" in only:
            bench_chart()
        if "export" in only:
            bench_traffic_export()
        if "traffic_view" in only:
            bench_traffic_view()
        return 0
    if only:
        with SandboxProcess(250) as small:
            if "startup" in only:
                with SandboxProcess(10_000) as large:
                    bench_startup(small, large)
            if "picker" in only:
                bench_picker()
            if "fleet" in only:
                bench_fleet()
            if "palette" in only:
                bench_palette()
            if "chart" in only:
                bench_chart()
            if "invoices" in only:
                bench_invoices(small)
            if "export" in only:
                bench_traffic_export()
            if "traffic" in only:
                bench_traffic_view()
                with SandboxProcess(10_000) as large:
                    bench_traffic_company(small, large)
            if "fleet_usage" in only:
                with SandboxProcess(10_000) as large:
                    bench_fleet_usage(large)
            if "sync" in only or "gui" in only:
                with SandboxProcess(10_000) as large:
                    if "sync" in only:
                        bench_sync(small, large)
                    if "gui" in only:
                        bench_gui(large, "", rss=False)
                        bench_gui(small, "", rss=True)
        return 0
    with SandboxProcess(250) as small, SandboxProcess(10_000) as large:
        bench_startup(small, large)
        bench_sync(small, large)
        bench_gui(large, "", rss=False)
        bench_gui(small, "", rss=True)
        bench_invoices(small)
        bench_traffic_company(small, large)
        bench_fleet_usage(large)
    bench_picker()
    bench_alerts()
    bench_fleet()
    bench_palette()
    bench_chart()
    bench_traffic_export()
    bench_traffic_view()
    from benchmarks import unit_timings

    unit_timings.run(report)
    RESULTS["_machine"] = {"python": platform.python_version(), "platform": platform.platform(),
                           "cpus": os.cpu_count(), "when": time.strftime("%Y-%m-%dT%H:%M:%S")}
    (ROOT / "benchmarks" / "last.json").write_text(json.dumps(RESULTS, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
