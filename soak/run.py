"""`python3 dev.py soak [--minutes N] [--only part,part]`: runs each part of the long proofs in its own process,
prints every figure as a `name value unit` line, then one table (value, target, pass/fail), and records
them in soak/last.json (a part not run keeps its last record there). Exits non-zero when a part fails or a figure misses its target.

Parts (soak/<part>.py, each runnable alone as `python -m soak.<part> [--minutes N]`; only the endurance part
takes soak's --minutes, the others run their own default length):
  api_fuzz     schemathesis against the sandbox's OpenAPI, many examples
  parser_fuzz  hypothesis against every parser and form check, many examples, round after round
  faults       every endpoint and state-changing action under every injected fault
  kills        kill -9 of the real app at randomised points, then integrity checks
  endurance    a 10,000-line company synced every few seconds for --minutes of wall time
  secrets      a full smoke tour, then every file it left scanned for the secrets it used
  mutation     mutation testing of the core (mutmut), the score per package
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PARTS = ["api_fuzz", "parser_fuzz", "faults", "kills", "endurance", "secrets", "mutation"]


def run_part(part: str, minutes: float) -> tuple[int, list[dict], float]:
    with tempfile.NamedTemporaryFile(prefix=f"soak-{part}-", suffix=".jsonl", delete=False) as handle:
        sink = Path(handle.name)
    env = dict(os.environ, SOAK_FIGURES=str(sink), PYTHONPATH=str(ROOT))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.monotonic()
    # --minutes is the endurance part's wall time; the others run their own default length
    timing = ["--minutes", str(minutes)] if part == "endurance" else []
    code = subprocess.call([sys.executable, "-m", f"soak.{part}", *timing], cwd=ROOT, env=env)
    elapsed = time.monotonic() - started
    records = [json.loads(line) for line in sink.read_text(encoding="utf-8").splitlines() if line.strip()]
    sink.unlink(missing_ok=True)
    return code, records, elapsed


def verdict(record: dict) -> str:
    if record.get("ok") is None:
        return "-"
    return "pass" if record["ok"] else "FAIL"


def print_table(results: dict[str, dict]) -> None:
    rows = [("part", "figure", "value", "unit", "target", "result")]
    for part, outcome in results.items():
        for record in outcome["figures"]:
            value = record["value"]
            shown = f"{value:.4g}" if isinstance(value, float) else str(value)
            rows.append((part, record["name"], shown, record["unit"], record.get("target") or "-", verdict(record)))
        rows.append((part, "(part exit code)", str(outcome["exit_code"]), "", "= 0",
                     "pass" if outcome["exit_code"] == 0 else "FAIL"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    print()
    for index, row in enumerate(rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
        if index == 0:
            print("  ".join("-" * width for width in widths))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=30.0, help="wall time of the endurance part (default 30)")
    parser.add_argument("--only", default=",".join(PARTS), help="comma-separated parts to run")
    args = parser.parse_args(argv)
    chosen = [part.strip() for part in args.only.split(",") if part.strip()]
    unknown = [part for part in chosen if part not in PARTS]
    if unknown:
        parser.error(f"unknown parts: {', '.join(unknown)} (known: {', '.join(PARTS)})")
    results: dict[str, dict] = {}
    for part in chosen:
        print(f"soak: {part}", flush=True)
        code, records, elapsed = run_part(part, args.minutes)
        results[part] = {"exit_code": code, "seconds": round(elapsed, 1), "figures": records,
                         "when": time.strftime("%Y-%m-%dT%H:%M:%S"), "minutes": args.minutes}
        print(f"soak: {part} ended with {code} after {elapsed:.0f} s", flush=True)
    print_table(results)
    record = ROOT / "soak" / "last.json"
    kept = json.loads(record.read_text(encoding="utf-8")) if record.exists() else {}
    # the parts not run this time keep their last record (each says when it ran)
    record.write_text(json.dumps({**kept, **results}, indent=2) + "\n", encoding="utf-8")
    failed = any(outcome["exit_code"] != 0 or any(r.get("ok") is False for r in outcome["figures"])
                 for outcome in results.values())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
