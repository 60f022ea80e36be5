"""The table `dev.py bench` ends with (benchmarks/targets.py): every target names a figure some run really
reports, and a figure over its target reads FAIL."""

from __future__ import annotations

import re
from pathlib import Path

from benchmarks import targets

ROOT = Path(__file__).resolve().parents[1]


def reported_names(*files: str) -> set[str]:
    text = "".join((ROOT / name).read_text(encoding="utf-8") for name in files)
    return set(re.findall(r'(?:report|figure)\(\s*f?"([a-z0-9_]+)[{"]', text))


def test_every_bench_and_package_target_is_a_figure_the_runs_report():
    bench = reported_names("benchmarks/run.py", "benchmarks/unit_timings.py") | {"traffic_view_open_ratio"}  # derived from the view's ratio
    package = reported_names("packaging/build.py")
    for target in targets.TARGETS:
        if target.source == "bench":
            assert target.name in bench, target.name
        elif target.source == "package":
            assert target.name in package, target.name


def test_a_figure_over_its_target_fails_and_one_within_passes(monkeypatch, tmp_path):
    monkeypatch.setattr(targets, "ROOT", tmp_path)  # no last.json files: only this run's figures
    rows = targets.rows({"gui_stall_ms_max": {"value": 51.0, "unit": "ms"},
                         "idle_rss_mb": {"value": 199.0, "unit": "MB"},
                         "sync_nochange_requests": {"value": 1, "unit": "requests"}})
    table: dict[str, tuple[str, ...]] = {}
    for row in rows:  # the bench's rows come first (the soak has a gui_stall_ms_max of its own)
        table.setdefault(row[0], row)
    assert table["gui_stall_ms_max"][4] == "FAIL"
    assert table["idle_rss_mb"][4] == "pass"
    assert table["sync_nochange_requests"][4] == "pass"
    assert table["startup_floor_ratio"][4] == "not measured"
    assert not targets.print_table({"gui_stall_ms_max": {"value": 51.0, "unit": "ms"}})
