"""`python -m soak.endurance --minutes N`: a 10,000-line company synced every few seconds of wall time (each
sync a quarter of an hour of sandbox time, the data moved in between) while a scripted user goes through
every screen, for N minutes; then the figures of issue 16's soak.

Where each figure is measured (the app process, from outside with psutil unless said):
- `*_launch`: the app started, before signing in (report only);
- `*_start`: the soak's start, once the first full sync has been shown and the app has idled 2 s
  (`rss_after_first_sync_mb` is the RSS of that moment, which `rss_growth_pct` compares the end with);
- `*_warm`: after the first round of the scripted user (every screen built once), idle: the steady set;
  `rss_growth_since_warm_pct` holds the same 10 % rule from there (what the soak adds once every screen
  exists), `rss_growth_last_half_pct` compares the end with the middle of the soak (a leak still climbs);
- `*_end`: the soak over, the last sync answered, idle until threads and descriptors are back to the steady
  set's count or 15 s have passed;
- before each of these, Qt's global thread pool is emptied of idle workers (it keeps one 30 s after an
  image conversion): a thread counted is one that stays;
- `threads_left_running`: OS threads at the end beyond the steady set's count (their OS names, and the new
  Python threads, are in the JSON record); `threads_after_shutdown`: Python threads besides the main one
  and the app's QThreads still running once the controller has shut down;
- `gui_stall_ms_*`: the lateness of a 20 ms heartbeat QTimer on the GUI thread, during the soak from the
  steady set on; the first full sync and the first round of screens (one-offs: each screen is built at its
  first visit) are reported apart as `first_sync_stall_ms_max` and `first_round_stall_ms_max`, the latter
  with the slowest steps;
- `sync_gui_ms_*`: from the network thread's answer to a sync to the app showing it (syncSettled): how long
  a sync holds the GUI thread, queueing included;
- `sync_errors`: syncs that failed; `app_errors`: ERROR log records, uncaught exceptions and screen steps
  that raised, in the app; `sandbox_change_errors`: the harness's own calls to the sandbox that failed."""

from __future__ import annotations

import argparse
import sys

from soak.endurance_harness import EnduranceRun, run_endurance
from soak.figures import figure

COMPANY_LINES = 10_000
RSS_GROWTH_LIMIT_PCT = 10.0


def last_half_growth(trace: list[tuple[float, float]]) -> float:
    """RSS growth (%) over the second half of the soak: a leak keeps climbing there, a warm-up does not."""
    if len(trace) < 2:
        return 0.0
    middle = trace[len(trace) // 2][1]
    return (trace[-1][1] - middle) / middle * 100


def report(run: EnduranceRun) -> bool:
    """Print every figure of a complete run; True when every target holds."""
    launch, start, warm, end = (run.samples[name] for name in ("launched", "first_sync", "warm", "end"))
    verdicts = []

    def target(name: str, value: float, unit: str, rule: str, ok: bool, **extra: object) -> None:
        verdicts.append(ok)
        figure(name, value, unit, target=rule, ok=ok, **extra)

    figure("rss_launch_mb", round(launch.rss_mb, 1), "MB")
    figure("rss_after_first_sync_mb", round(start.rss_mb, 1), "MB")
    figure("rss_warm_mb", round(warm.rss_mb, 1), "MB", costliest_steps=run.markers["warm"]["costliest_steps"])
    figure("rss_end_mb", round(end.rss_mb, 1), "MB")
    growth = (end.rss_mb - start.rss_mb) / start.rss_mb * 100
    target("rss_growth_pct", round(growth, 2), "%", f"<= {RSS_GROWTH_LIMIT_PCT:g}", growth <= RSS_GROWTH_LIMIT_PCT)
    since_warm = (end.rss_mb - warm.rss_mb) / warm.rss_mb * 100
    target("rss_growth_since_warm_pct", round(since_warm, 2), "%", f"<= {RSS_GROWTH_LIMIT_PCT:g}",
           since_warm <= RSS_GROWTH_LIMIT_PCT, trace=run.rss_trace)
    figure("rss_growth_last_half_pct", round(last_half_growth(run.rss_trace), 2), "%",
           costliest_steps=run.markers["end"]["costliest_steps"])
    for name, at in (("launch", launch), ("start", start), ("warm", warm), ("end", end)):
        figure(f"open_files_{name}", at.open_files, "files")
        if at.fds is not None:
            figure(f"fds_{name}", at.fds, "fds")
        if at.handles is not None:
            figure(f"handles_{name}", at.handles, "handles")
        figure(f"threads_{name}", at.threads, "threads")
    left = max(0, end.threads - warm.threads)
    target("threads_left_running", left, "threads", "= 0", left == 0, new_os_threads=run.new_os_threads(),
           new_python_threads=run.new_python_threads(), end_idle_s=round(run.end_idle_s, 1))
    after = run.shut_down or {}
    figure("threads_after_shutdown", len(after.get("python_threads", [])) - 1 + len(after.get("qthreads", [])),
           "threads", python_threads=after.get("python_threads"), qthreads=after.get("qthreads"))
    first, soak = run.markers["first_sync"], run.markers["end"]
    figure("first_sync_s", first["first_sync_s"], "s")
    figure("first_sync_stall_ms_max", first["stall"]["max_ms"], "ms")
    figure("gui_stall_ms_max", soak["stall"]["max_ms"], "ms")
    figure("gui_stall_ms_p99", soak["stall"]["p99_ms"], "ms")
    figure("gui_stalls_over_100ms", soak["stall"]["over_100ms"], "stalls", beats=soak["stall"]["beats"])
    figure("first_round_stall_ms_max", run.markers["warm"]["stall"]["max_ms"], "ms",
           slowest_steps=run.markers["warm"]["slowest_steps"])
    figure("sync_gui_ms_max", soak["sync_gui"]["max_ms"], "ms")
    figure("sync_gui_ms_p50", soak["sync_gui"]["p50_ms"], "ms", slowest_steps=soak["slowest_steps"])
    figure("syncs_done", soak["syncs_done"], "syncs", asked=soak["syncs_asked"])
    figure("sandbox_changes", run.churn_rounds, "rounds", changed_lines=run.changed_lines)
    target("sandbox_change_errors", len(run.churn_errors), "errors", "= 0", not run.churn_errors,
           errors=run.churn_errors[:5])
    figure("screen_steps", soak["tour_steps"], "steps", rounds=soak["tour_rounds"])
    target("sync_errors", soak["sync_errors"], "errors", "= 0", soak["sync_errors"] == 0,
           failures=run.sync_failures[:10])
    app_errors = soak["logged_errors"] + soak["tour_errors"]
    target("app_errors", app_errors, "errors", "= 0", app_errors == 0, errors=run.app_errors[:10])
    return all(verdicts)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=30.0, help="wall time of the soak (default 30)")
    parser.add_argument("--lines", type=int, default=COMPANY_LINES, help="lines of the company (default 10,000)")
    parser.add_argument("--tracemalloc", action="store_true",
                        help="also print the app's 12 largest allocation growths from the steady set on (slows the "
                             "app; its RSS includes tracemalloc's own)")
    args = parser.parse_args(argv)
    run = run_endurance(lines=args.lines, soak_seconds=args.minutes * 60, tracemalloc=args.tracemalloc,
                        echo=lambda text: print(f"  {text}", flush=True))
    print(f"  rss trace (s, MB): {run.rss_trace}", flush=True)
    for growth in run.tracemalloc:
        print(f"  tracemalloc {growth}", flush=True)
    if run.churn_errors:
        print(f"  sandbox churn failed: {run.churn_errors[:5]}", flush=True)
    if not run.complete:
        print(f"endurance: the run did not complete (app exit code {run.exit_code}); app stderr:\n"
              f"{run.stderr_tail}", flush=True)
        return 1
    ok = report(run)
    return 0 if ok and run.exit_code == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
