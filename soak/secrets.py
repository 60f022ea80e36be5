"""`python -m soak.secrets`: a full smoke tour of the real app (soak/tour_capture.py), then
- every file it left (the data folder with its store, archive, logs, crash reports and settings.ini; the
  screenshots; the fake home) scanned for every secret the demo backend handed out or received;
- every file written in the fake home (HOME, XDG folders, TMPDIR) listed: `--data-dir` must capture it all.

Figures: secrets_found (= 0), secret_values_checked, files_scanned, files_written_outside_data_dir (= 0).
--minutes is accepted like every part's, and unused: one tour is the proof."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from soak.figures import figure
from soak.secret_scan import ScanReport, scan
from soak.tour_capture import FAKE_HOME_DIRS, UNTOUCHED_NS, TourRun, run_tour

# What a whole tour must have handed out or received, so the scan checks each kind for real
EXPECTED_KINDS = ("demo password", "password", "temporary password", "session token", "one-time code", "activation code", "pin",
                  "puk")


# The demo's own accounts are public: the login page lists them with their passwords on the demo panel
# ("admin.demo / Demo2026!"), by design, so the texts the tour saves of each screen show them. Anywhere
# else (the data folder, the logs, a PNG's text) a demo password still counts.


@dataclass
class Verdict:
    report: ScanReport
    secrets: dict[str, list[str]]
    written_outside: list[str]
    backends: int
    request_log_full: bool  # the backend forgot its oldest requests: some secrets may not have been checked


def written_in_fake_home(fake_home: Path) -> list[str]:
    """Every file, and every folder the tour did not find there, in the fake home (relative paths); and each
    folder it found whose date moved: something was created in it, even if removed since ("tmp/ (changed)")."""
    made_before = {Path(folder) for folder in FAKE_HOME_DIRS}
    made_before |= {parent for folder in made_before for parent in folder.parents if parent != Path(".")}
    written = [str(path.relative_to(fake_home)) for path in fake_home.rglob("*")
               if path.is_file() or path.relative_to(fake_home) not in made_before]
    written += [f"{folder.as_posix()}/ (changed)" for folder in sorted(made_before | {Path(".")})
                if (fake_home / folder).is_dir() and (fake_home / folder).stat().st_mtime_ns != UNTOUCHED_NS
                and not any(Path(entry).parent == folder for entry in written)]
    return sorted(written)


def check(tour: TourRun) -> Verdict:
    recorded = json.loads(tour.secrets_file.read_text(encoding="utf-8"))
    secrets = recorded["secrets"]
    report = scan([tour.data_dir, tour.shots, tour.fake_home], secrets, allowed=lambda path, kind: (
        kind == "demo password" and path.parent == tour.shots and path.suffix == ".txt"))
    return Verdict(report, secrets, written_in_fake_home(tour.fake_home), recorded["backends"],
                   recorded["request_log_full"])


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=0.0, help="unused")
    parser.add_argument("--keep", type=Path, help="run the tour in this folder and keep it (default: a temp one)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="soak-secrets-") as temporary:
        tour = run_tour(args.keep or Path(temporary) / "tour")
        if tour.result.returncode != 0 or not tour.secrets_file.exists():
            print(tour.result.stdout[-4000:], tour.result.stderr[-4000:], sep="\n", file=sys.stderr)
            print(f"soak.secrets: the tour failed ({tour.result.returncode})", file=sys.stderr)
            return 1
        verdict = check(tour)
    report = verdict.report
    for finding in report.found:
        print(f"  found: {finding}", flush=True)
    for path in verdict.written_outside:
        print(f"  written outside the data folder: {path}", flush=True)
    missing = [kind for kind in EXPECTED_KINDS if not verdict.secrets.get(kind)]
    if missing:
        print(f"  the tour handed out no {', '.join(missing)}: the scan did not check them", flush=True)
    if verdict.request_log_full:
        print("  the demo backend's request log was full: the oldest requests' secrets were not checked", flush=True)
    if report.skipped_short:
        print(f"  skipped as shorter than 4 characters: {', '.join(sorted(set(report.skipped_short)))}", flush=True)
    figure("secrets_found", len(report.found), "count", target="= 0", ok=not report.found)
    figure("secret_values_checked", report.values_checked, "count", target="every kind of secret",
           ok=not missing and not verdict.request_log_full, kinds={kind: len(values) for kind, values in verdict.secrets.items()})
    figure("files_scanned", report.files_scanned, "count", megabytes=round(report.bytes_scanned / 1e6, 1))
    figure("files_written_outside_data_dir", len(verdict.written_outside), "count", target="= 0",
           ok=not verdict.written_outside)
    complete = not missing and not verdict.request_log_full and verdict.backends == 1
    return 0 if not report.found and not verdict.written_outside and complete else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
