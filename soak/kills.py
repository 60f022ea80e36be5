"""`python -m soak.kills [--seed N] [--points N]`: kill -9 of the real app at randomised points (issue 16,
"Crashes"). Each scenario's active window (STARTED → DONE) is measured once on a run left to finish; each
point then kills the app at a delay drawn uniformly from that window by a seeded RNG (the seed is printed),
checks the data dir, restarts the app on it and checks again (soak.kill_harness). Figures: kill_points,
kill_failures and, per scenario, kill_points_<scenario>; where the kills fell (during / after the work).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from soak import kill_scenarios
from soak.figures import figure
from soak.kill_harness import Point, Scenario, ServerLedger, calibrate, kill_point

BIG_COMPANY = 10_000


def plan(scenarios: list[Scenario], points: int, rng: random.Random) -> list[str]:
    """The scenarios in turn until there are `points` (so each gets its share), in a random order."""
    names = [s.name for s in scenarios]
    chosen = [names[i % len(names)] for i in range(max(points, len(names)))]
    rng.shuffle(chosen)
    return chosen


def run_points(scenarios: list[Scenario], url: str, ledger: ServerLedger | None, names: list[str],
               rng: random.Random, work: Path, seed: int, first_index: int,
               windows: dict[str, float] | None = None) -> list[Point]:
    by_name = {s.name: s for s in scenarios}
    windows = dict(windows or {})  # each scenario's STARTED → DONE, measured at its first point
    results = []
    for offset, name in enumerate(names):
        scenario = by_name[name]
        if name not in windows:
            windows[name] = calibrate(scenario, url, work / f"calibrate-{name}")
            print(f"window {name} {windows[name]:.3f} s", flush=True)
        index = first_index + offset
        point = Point(name, index, rng.uniform(0, windows[name]), windows[name])
        started = time.monotonic()
        kill_point(scenario, point, url, work / f"point-{index:03d}", ledger)
        verdict = "ok" if not point.problems else "FAILED: " + "; ".join(point.problems)
        print(f"{point.describe(seed)} committed {point.committed} in {time.monotonic() - started:.0f} s: {verdict}",
              flush=True)
        results.append(point)
    return results


def small_company_points(count: int, rng: random.Random, work: Path, seed: int) -> list[Point]:
    from windtre_desktop.sandbox.runner import SandboxServer

    sandbox = SandboxServer(lines=250, seed=5)
    sandbox.start()
    try:
        url = sandbox.url
        scenarios = [kill_scenarios.ticket(url), kill_scenarios.invoices(url), kill_scenarios.traffic_export(url),
                     *(make(url) for make in kill_scenarios.ACTION_SCENARIOS)]
        return run_points(scenarios, url, ServerLedger(sandbox), plan(scenarios, count, rng), rng, work, seed, 0)
    finally:
        sandbox.stop()


def big_company_points(count: int, rng: random.Random, work: Path, seed: int, first_index: int) -> list[Point]:
    from benchmarks.support import SandboxProcess

    with SandboxProcess(BIG_COMPANY) as sandbox:
        sync = kill_scenarios.full_sync(BIG_COMPANY)
        primed = work / "primed-10000"
        window = calibrate(sync, sandbox.url, primed)  # its data dir, synced in full, is the exports' start
        print(f"window sync {window:.3f} s", flush=True)
        scenarios = [sync, kill_scenarios.fleet_export(primed)]
        names = plan(scenarios, count, rng)
        return run_points(scenarios, sandbox.url, None, names, rng, work, seed, first_index, {"sync": window})


def report(points: list[Point], wanted: int, seed: int, elapsed: float) -> bool:
    failures = [p for p in points if p.problems]
    figure("kill_points", len(points), "count", target=f">= {wanted}", ok=len(points) >= wanted)
    figure("kill_failures", len(failures), "count", target="= 0", ok=not failures)
    for name, count in sorted(Counter(p.scenario for p in points).items()):
        figure(f"kill_points_{name}", count, "count")
    phases = Counter(p.phase or "unstarted" for p in points)
    for phase in ("before", "during", "after"):
        figure(f"kill_points_{phase}_work", phases.get(phase, 0), "count")
    changes = [p for p in points if "applied_at_kill" in p.notes]  # a ticket or an action: a server change
    figure("kill_changes_applied_before_the_kill", sum(1 for p in changes if p.notes["applied_at_kill"]), "count")
    figure("kill_changes_not_yet_applied_at_the_kill", sum(1 for p in changes if not p.notes["applied_at_kill"]),
           "count")
    figure("kill_changes_confirmed_again_after_restart", sum(1 for p in changes if p.notes.get("redo")), "count")
    figure("kill_changes_applied_twice", sum(1 for p in changes if p.committed > 1), "count", target="= 0",
           ok=all(p.committed <= 1 for p in changes))
    figure("kill_export_temp_files_at_the_kill", sum(p.notes.get("temp_at_kill", 0) for p in points), "count")
    left = sum(p.notes.get("temp_left", 0) for p in points)  # in the user's folder, after the restart
    figure("kill_export_temp_files_left", left, "count", target="= 0", ok=left == 0)
    figure("kill_seed", seed, "")
    figure("kill_run_s", round(elapsed), "s")
    for point in failures:
        print(f"FAILURE {point.describe(seed)}: {'; '.join(point.problems)}", flush=True)
    return len(points) >= wanted and not failures and left == 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=0, help="ignored: the run is as long as its points")
    parser.add_argument("--seed", type=int, default=None, help="the RNG seed (default: drawn, and printed)")
    parser.add_argument("--points", type=int, default=56, help="kill points in all (default 56, at least 50)")
    parser.add_argument("--big-points", type=int, default=8, help="of them, on the 10,000-line company")
    args = parser.parse_args(argv)
    if os.name == "nt":
        print("kills: SIGKILL is POSIX; skipped on Windows")
        return 0
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 10**6)
    print(f"kills: seed {seed} (rerun with --seed {seed})", flush=True)
    rng = random.Random(seed)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="soak-kills-") as folder:
        work = Path(folder)
        points = small_company_points(args.points - args.big_points, rng, work, seed)
        points += big_company_points(args.big_points, rng, work, seed, len(points))
    return 0 if report(points, 50, seed, time.monotonic() - started) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
