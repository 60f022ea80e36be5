"""Soak part `mutation` (issue 16): mutation testing of the core with mutmut, and its score per package.

What is mutated and which tests run is `[tool.mutmut]` in pyproject.toml: domain/, store/, the sync engine, the
ticket sender and the invoice downloads, invoices/, api/retry.py and sandbox/permissions.py, against the Qt-free
tests (tests/domain, tests/core, tests/invoices, tests/sandbox). mutmut forks one worker per mutant from a process
that already ran pytest, and a forked Qt does not survive that, so the Qt tests stay out: what the core does must
be pinned by Qt-free tests.

How it runs here, and why:
- mutmut copies the package into mutants/ (git-ignored) and puts mutants/ first on sys.path. The .venv imports
  the project through an editable `.pth` that names the repo root; mutmut removes every sys.path entry that is the
  working directory, which that root is, so the tests import the mutated copy and never the original (a wrong
  setup shows as mutmut's "tests recorded trampoline hits but none match" stop, or as 0 % killed).
- mutmut 3 runs, for each mutant, only the tests that called the mutated function while it collected its stats
  (calls made on the sandbox's server thread count for the test that made the request).
- Some tests read the shared test data beside the repo (`<repo>/../shared/testdata`: validator vectors, FatturaPA
  samples) and skip without it. Run from mutants/, they look one level lower, for `<repo>/shared`: while mutmut
  runs, `<repo>/shared` is a symlink to the real one (when that exists), removed afterwards.
- mutmut runs through soak/mutmut_launcher.py, which leaves out three kinds of mutant that no behaviour test can
  or should see: the translatable source texts (QT_TRANSLATE_NOOP), SQL text changed in case only, and logging
  calls (see its docstring).
- Run from mutants/, one test that parses the source files is deselected (they are mutmut's rewritten copies),
  and hypothesis runs derandomised without deadlines (soak/mutation_pytest_plugin.py): a verdict is never chance.
- A fresh run deletes mutants/ first, so each figure is of this code and these tests; `--resume` keeps the
  previous results and re-checks only what changed (after a sample: the saved sample again); `--mutants-from FILE` re-checks the named mutants (names or
  globs such as `windtre_desktop.store.*`) and keeps the other results (for working on survivors). mutmut traces
  new tests only: a test edited since the stats were taken keeps its old coverage, so figures to report come from
  a fresh run.
- `nice -n 15` and `--max-children 2`: the machine is shared.

A sample, by default: a full run is ~12,000 mutants and about two hours here, too long for `dev.py soak`. With
no option (`--sample 1000`) the part writes the mutants (`soak.mutmut_launcher generate`, no tests), draws a
seeded random sample stratified by package (soak/mutation_sample.py: proportional, at least 60 a package),
saves it as mutants/sample.txt and runs mutmut on those names only. The seed is printed; `--seed S` draws the
same sample again (same code, same mutants). The scores are then over the sample: each package's over its
sampled mutants, the overall one the stratified estimate (packages weighted by their share of all mutants) with
its Wilson 95 % interval; `mutants_not_checked` counts sampled mutants never tried. `--full` runs every mutant.

Scores: a mutant is detected when a test failed (killed) or the tests hung on it (timeout: counted as killed,
it would never ship). `mutation_score` is detected / (all − judged equivalent) and is the figure held to the
target (>= 90 %); `mutation_score_raw` is detected / all, reported only. The judged equivalents live in
soak/mutation_equivalents.txt (mutant name and one-line reason); every other undetected mutant is listed with
its file:line and change. A mutant never tried (a run stopped early) counts as not detected
(`mutants_not_checked`, target 0).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

from soak.figures import figure
from soak.mutation_results import (
    NOT_CHECKED,
    PACKAGES,
    Mutant,
    changed_line,
    read_equivalents,
    read_mutants,
    sql_case_only,
    tally,
)
from soak.mutation_sample import (
    read_sample,
    sample_of,
    stratified_percent,
    stratified_sample,
    wilson_interval,
    write_sample,
)

ROOT = Path(__file__).resolve().parents[1]
MUTANTS = ROOT / "mutants"
EQUIVALENTS = ROOT / "soak" / "mutation_equivalents.txt"
SAMPLE = MUTANTS / "sample.txt"
TARGET = 90.0


def launcher(*arguments: str) -> list[str]:
    command = [sys.executable, "-m", "soak.mutmut_launcher", *arguments]
    return ["nice", "-n", "15", *command] if os.name == "posix" else command


def draw_sample(max_children: int, wanted: int, seed: int) -> list[str]:
    """Write every mutant (no tests run), then draw and save the sample; its names."""
    code = subprocess.call(launcher("generate", "--max-children", str(max_children)), cwd=ROOT,
                           stdout=subprocess.DEVNULL)
    if code != 0:
        raise SystemExit(f"generating the mutants ended with {code}")
    names = stratified_sample(read_mutants(MUTANTS), wanted, seed)
    write_sample(SAMPLE, seed, names)
    return names


def run_mutmut(max_children: int, names: list[str]) -> int:
    command = launcher("run", "--max-children", str(max_children), *names)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    MUTANTS.mkdir(exist_ok=True)
    log = MUTANTS / "soak-mutation.log"
    link = ROOT / "shared"
    linked = (ROOT.parent / "shared").is_dir() and not os.path.lexists(link)
    if linked:
        link.symlink_to(ROOT.parent / "shared", target_is_directory=True)
    try:
        with open(log, "w", encoding="utf-8") as out:
            code = subprocess.call(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    finally:
        if linked:
            link.unlink()
    if code != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").replace("\r", "\n").splitlines()[-30:]
        print("\n".join(tail))
    return code


def diff_of(mutant: Mutant) -> str:
    from mutmut.mutation.diff_apply import get_diff_for_mutant

    try:
        return get_diff_for_mutant(mutant.name, path=mutant.path)
    except Exception:  # noqa: BLE001 - a survivor is still listed when its diff cannot be rebuilt
        return ""


def describe(mutant: Mutant, diff: str) -> str:
    if not diff:
        return f"{mutant.name} {mutant.path} ({mutant.outcome}; no diff)"
    line, change = changed_line((ROOT / mutant.path).read_text(encoding="utf-8"), mutant.name, diff)
    return f"{mutant.name} {mutant.path}:{line} ({mutant.outcome}) {change}"


def report(seconds: float | None) -> bool:
    os.chdir(ROOT)  # mutmut reads mutants/ relative to the working directory
    mutants = read_mutants(MUTANTS)
    population = {package: 0 for package in PACKAGES}
    for mutant in mutants:
        population[mutant.package] = population.get(mutant.package, 0) + 1
    sample = read_sample(SAMPLE)
    if sample is not None:
        mutants = sample_of(mutants, sample[1])
        print(f"sample of {len(mutants)} of {sum(population.values())} mutants, seed {sample[0]}")
    equivalents = read_equivalents(EQUIVALENTS)
    tried = [m for m in mutants if not m.detected and m.outcome != NOT_CHECKED and m.name not in equivalents]
    diffs = {m.name: diff_of(m) for m in tried}
    # made before the launcher left them out (mutmut keeps old results): judged by the same rule
    equivalents.update({name: "SQL text in another case" for name, diff in diffs.items() if sql_case_only(diff)})
    result = tally(mutants, equivalents)
    overall = result.overall
    undetected = [m for m in tried if m.name not in equivalents]
    print(f"\n{len(undetected)} undetected mutants not judged equivalent:")
    for mutant in undetected:
        print("  " + describe(mutant, diffs[mutant.name]))
    if overall.not_checked:
        print(f"\n{overall.not_checked} mutants were never tried (the run stopped early): not detected")
    known = {m.name: m for m in mutants}
    # of a sample, only the judged mutants it drew can be found detected now
    stale = sorted(name for name in equivalents if (name in known and known[name].detected)
                   or (sample is None and name not in known))
    if stale:
        print(f"\n{len(stale)} entries of {EQUIVALENTS.name} are no longer undetected mutants: {', '.join(stale)}")
    print()
    percent = overall.percent if sample is None else stratified_percent(result, population)
    passed = overall.total > 0 and percent >= TARGET
    figure("mutation_score", round(percent, 2), "%", target=">= 90 (equivalents excluded)", ok=passed)
    if sample is not None:
        counted = overall.total - overall.equivalent
        low, high = wilson_interval(percent / 100 * counted, counted)
        figure("mutation_score_ci_low", round(low, 2), "%", seed=sample[0])
        figure("mutation_score_ci_high", round(high, 2), "%", seed=sample[0])
    figure("mutation_score_raw", round(overall.raw_percent, 2), "%")
    for package in PACKAGES:
        score = result.by_package[package]
        figure(f"mutation_score_{package}", round(score.percent, 2), "%", mutants=score.total)
    if sample is not None:
        figure("mutants_sampled", overall.total, "mutants", seed=sample[0])
    figure("mutants_total", sum(population.values()), "mutants")
    figure("mutants_killed", overall.killed, "mutants")
    figure("mutants_timeout", overall.timeout, "mutants")
    figure("mutants_survived", overall.undetected - overall.not_checked, "mutants")  # tried, no test failed
    figure("mutants_equivalent", overall.equivalent, "mutants")
    figure("mutants_not_checked", overall.not_checked, "mutants", target="= 0", ok=overall.not_checked == 0)
    if seconds is not None:
        figure("mutation_run_seconds", round(seconds), "s")
    return passed


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=0.0, help="ignored: a run takes as long as it takes")
    parser.add_argument("--max-children", type=int, default=2)
    parser.add_argument("--resume", action="store_true", help="keep mutants/ and re-check only what changed "
                        "(after a sample: run the saved sample again)")
    parser.add_argument("--report-only", action="store_true", help="read the last run's results, run nothing")
    parser.add_argument("--mutants-from", type=Path, help="a file of mutant names or globs (one a line) to "
                        "re-check, keeping every other result (after adding tests for survivors)")
    parser.add_argument("--sample", type=int, default=1000, help="how many mutants to draw (default 1000)")
    parser.add_argument("--seed", type=int, help="the sample's seed (default: a new one, printed)")
    parser.add_argument("--full", action="store_true", help="run every mutant, not a sample (~2 h here)")
    args = parser.parse_args(argv)
    seconds = None
    if not args.report_only:
        started = time.monotonic()
        if args.mutants_from:
            names = args.mutants_from.read_text(encoding="utf-8").split()
        else:
            if not args.resume and MUTANTS.exists():
                shutil.rmtree(MUTANTS)
            saved = read_sample(SAMPLE)
            if args.full:
                SAMPLE.unlink(missing_ok=True)
                names = []
            elif args.resume and saved is not None:
                names = saved[1]
            else:
                seed = args.seed if args.seed is not None else random.randrange(1_000_000)
                print(f"mutation sample: {args.sample} mutants, seed {seed}", flush=True)
                names = draw_sample(args.max_children, args.sample, seed)
        code = run_mutmut(args.max_children, names)
        seconds = time.monotonic() - started
        if code != 0:
            print(f"mutmut run ended with {code}")
            return code
    return 0 if report(seconds) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
