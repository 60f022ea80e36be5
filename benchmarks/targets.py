"""Every figure an issue asked for, with its target, in one place; and the table `dev.py bench` ends with.

The table joins three records of the same repository: this run of the benchmarks (or benchmarks/last.json for
the figures it did not measure), the bundle's figures (`dev.py package` writes packaging/last.json) and the long
proofs (`dev.py soak` writes soak/last.json). A figure none of them holds is listed as "not measured".
"""

from __future__ import annotations

import json
import operator
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_RULES: dict[str, Callable[[float, float], bool]] = {
    "<": operator.lt, "<=": operator.le, ">=": operator.ge, ">": operator.gt, "=": operator.eq,
}


@dataclass(frozen=True)
class Target:
    """`rule limit` (e.g. "<= 1.5"), or rule "report" for a figure an issue asked to measure without a bound."""

    name: str
    rule: str
    limit: float | None
    issue: int
    source: str  # "bench", "package" or "soak"
    note: str = ""

    def text(self) -> str:
        return "reported" if self.rule == "report" else f"{self.rule} {self.limit:g}"

    def holds(self, value: float) -> bool | None:
        if self.rule == "report":
            return None
        return _RULES[self.rule](value, self.limit)


def _bench(name: str, rule: str, limit: float | None, issue: int, note: str = "") -> Target:
    return Target(name, rule, limit, issue, "bench", note)


TARGETS: tuple[Target, ...] = (
    _bench("startup_floor_ratio", "<=", 1.5, 10, "cached dashboard / its widget set in plain Qt (aim 1.3)"),
    _bench("startup_floor_ratio_10000", "<=", 1.5, 10, "the same at 10,000 lines"),
    _bench("startup_ratio", "report", None, 3, "against a bare window; restated by issue 10 as the floor ratio"),
    _bench("sync_full_requests_250", "<=", 20, 3),
    _bench("sync_full_requests_10000", "<=", 20, 3, "and the same number as at 250 lines"),
    _bench("sync_nochange_requests", "=", 1, 3),
    _bench("sync_full_seconds_10000", "report", None, 3),
    _bench("gui_stall_ms_max", "<", 50, 3, "during a full 10,000-line sync"),
    _bench("idle_rss_mb", "<", 200, 3, "after a sync at 250 lines"),
    _bench("picker_filter_ms_10000", "<", 50, 3, "the line picker stays instant: one frame"),
    _bench("invoices_bulk_download_s", "report", None, 6),
    _bench("invoice_open_ms", "report", None, 6),
    _bench("fatturapa_render_ms", "report", None, 6),
    _bench("traffic_export_ratio", ">=", 0.8, 11, "bare openpyxl write_only / ours"),
    _bench("traffic_export_peak_mb_ratio", "<=", 1.2, 11, "100,000 rows against 10,000"),
    _bench("traffic_view_open_ms_100k", "report", None, 11, "its ratio is the target: traffic_view_open_ratio"),
    _bench("traffic_view_open_ratio", "<=", 2, 11, "against a plain SQLite read + one setData"),
    _bench("chart_redraw_ms_1m", "<", 50, 11),
    _bench("traffic_company_requests_10000", "report", None, 11, "the same small number as at 250 lines"),
    _bench("fleet_filter_ms_10000", "<", 50, 15),
    _bench("palette_query_ms_10000", "<", 30, 15),
    _bench("palette_index_build_ms_10000", "report", None, 15),
    _bench("alerts_compute_ms_10000", "report", None, 15),
    _bench("fleet_usage_warm_ms_10000", "<", 1000, 15),
    _bench("fleet_usage_304_ms_10000", "report", None, 15),
    _bench("fleet_store_save_load_ms_10000", "report", None, 15),
    _bench("call_detail_open_100000_s", "report", None, 16, "was a 2 s bound in a unit test"),
    _bench("recharges_lines_10000_s", "report", None, 16, "was a 2 s bound in a unit test"),
    _bench("latency_fault_200ms_s", "report", None, 16, "was a 0.39 s bound in a unit test"),
    _bench("persistent_timeout_s", "report", None, 16, "was a 1.4 s bound in a unit test"),
    Target("bundle_size_mb", "<", 250, 14, "package"),
    Target("bundle_size_ratio", "report", None, 14, "package", "app bundle / bare bundle, same spec"),
    Target("bundle_startup_floor_ratio", "report", None, 14, "package", "bundled app / bundled bare window"),
    Target("faults_injected", "report", None, 16, "soak"),
    Target("faults_survived", "report", None, 16, "soak", "must equal faults_injected (the part checks it)"),
    Target("duplicates_created", "=", 0, 16, "soak"),
    Target("user_data_lost", "=", 0, 16, "soak"),
    Target("kill_points", ">=", 50, 16, "soak"),
    Target("kill_failures", "=", 0, 16, "soak"),
    Target("kill_changes_applied_twice", "=", 0, 16, "soak"),
    Target("rss_growth_pct", "<=", 10, 16, "soak", "after the first full sync to the end of the endurance run"),
    Target("rss_growth_since_warm_pct", "report", None, 16, "soak", "after one round of every screen to the end"),
    Target("gui_stall_ms_max", "report", None, 16, "soak", "the endurance run's longest GUI-thread stall"),
    Target("sync_gui_ms_p50", "report", None, 16, "soak", "GUI-thread time of a 10,000-line sync, median"),
    Target("threads_left_running", "=", 0, 16, "soak"),
    Target("sync_errors", "=", 0, 16, "soak"),
    Target("app_errors", "=", 0, 16, "soak"),
    Target("api_5xx", "=", 0, 16, "soak"),
    Target("api_schema_violations", "=", 0, 16, "soak"),
    Target("api_failures", "=", 0, 16, "soak"),
    Target("fuzz_examples", "report", None, 16, "soak", "hypothesis, every parser and form check"),
    Target("fuzz_failures", "=", 0, 16, "soak"),
    Target("secrets_found", "=", 0, 16, "soak"),
    Target("files_written_outside_data_dir", "=", 0, 16, "soak"),
    Target("mutation_score", ">=", 90, 16, "soak"),
)


def _read(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _soak_figures() -> dict[str, dict]:
    figures: dict[str, dict] = {}
    for part in _read(ROOT / "soak" / "last.json").values():
        for record in part.get("figures", []):
            figures[record["name"]] = record
    return figures


def _bench_figures(results: dict[str, dict]) -> dict[str, dict]:
    figures = {name: value for name, value in _read(ROOT / "benchmarks" / "last.json").items()
               if not name.startswith("_")}
    for record in figures.values():
        record["from"] = "last.json"
    figures.update({name: dict(value, **{"from": "this run"}) for name, value in results.items()
                    if not name.startswith("_")})
    view = figures.get("traffic_view_open_ms_100k")
    if view and "ratio" in view:  # issue 11 set the target on the ratio
        figures["traffic_view_open_ratio"] = {"value": view["ratio"], "unit": "x", "from": view["from"]}
    return figures


def rows(results: dict[str, dict]) -> list[tuple[str, ...]]:
    """(figure, value, unit, target, result, issue, where) for every target, in TARGETS order."""
    found = {"bench": _bench_figures(results), "package": _read(ROOT / "packaging" / "last.json"),
             "soak": _soak_figures()}
    where = {"package": "packaging/last.json", "soak": "soak/last.json"}
    table = []
    for target in TARGETS:
        record = found[target.source].get(target.name)
        if not record or record.get("value") is None:
            table.append((target.name, "-", "", target.text(), "not measured", str(target.issue), target.source))
            continue
        value = float(record["value"])
        verdict = target.holds(value)
        result = "-" if verdict is None else ("pass" if verdict else "FAIL")
        origin = record.get("from") or where[target.source]
        table.append((target.name, f"{value:.4g}", record.get("unit", ""), target.text(), result,
                      str(target.issue), origin))
    return table


def print_table(results: dict[str, dict]) -> bool:
    """Print the table; True when no measured figure misses its target."""
    header = ("figure", "value", "unit", "target", "result", "issue", "from")
    table = rows(results)
    widths = [max(len(row[i]) for row in (header, *table)) for i in range(len(header))]
    print("\nEvery figure of every issue:")
    for index, row in enumerate((header, *table)):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
        if index == 0:
            print("  ".join("-" * width for width in widths))
    failed = [row[0] for row in table if row[4] == "FAIL"]
    missing = [row[0] for row in table if row[4] == "not measured"]
    print(f"\n{len(table)} figures: {len(table) - len(failed) - len(missing)} measured within target or reported, "
          f"{len(failed)} over target{(': ' + ', '.join(failed)) if failed else ''}, {len(missing)} not measured",
          flush=True)
    return not failed
