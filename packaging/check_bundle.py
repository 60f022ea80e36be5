"""CI's check of the built bundle (.ci/run): the BUILT executable's `--demo --smoke-test DIR`, offscreen, with its
own `--data-dir` in a temporary folder, next to the same tour from the source tree (run at the same time: the
tours mostly wait on timers). Fails when the bundled tour fails, or saves fewer screens than the source tour,
or misses one of its screens.

    packaging/check_bundle.py [--lang it] [--theme light]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "windtre-desktop" / ("windtre-desktop.exe" if os.name == "nt" else "windtre-desktop")
TIMEOUT_S = 300


def start_tour(command: list[str], base: Path, language: str, theme: str) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    log = open(base / "output.txt", "w", encoding="utf-8")  # noqa: SIM115 - closed with the process
    return subprocess.Popen([*command, "--demo", "--smoke-test", str(base / "shots"), "--data-dir", str(base / "home"),
                             "--lang", language, "--theme", theme], stdout=log, stderr=subprocess.STDOUT, env=env)


def finish(tour: subprocess.Popen) -> int | str:
    try:
        return tour.wait(TIMEOUT_S)
    except subprocess.TimeoutExpired:
        tour.kill()
        tour.wait()
        return f"a timeout ({TIMEOUT_S} s)"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="it", choices=("it", "en"))
    parser.add_argument("--theme", default="light", choices=("light", "dark"))
    args = parser.parse_args(argv)
    if not BUNDLE.exists():
        print(f"check_bundle: no bundle at {BUNDLE.relative_to(ROOT)}: run `python3 dev.py package` first",
              file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="windtre-bundle-tour-") as tmp:
        bases = {"bundle": Path(tmp) / "bundle", "source": Path(tmp) / "source"}
        for base in bases.values():
            base.mkdir()
        started = time.perf_counter()
        tours = {"bundle": start_tour([str(BUNDLE)], bases["bundle"], args.lang, args.theme),
                 "source": start_tour([sys.executable, "-m", "windtre_desktop"], bases["source"], args.lang, args.theme)}
        codes = {name: finish(tour) for name, tour in tours.items()}
        elapsed = time.perf_counter() - started
        shots = {name: {p.name for p in (base / "shots").glob("*.png")} for name, base in bases.items()}
        print(f"bundle_tour_s {elapsed:.1f} s  # both tours, side by side", flush=True)
        print(f"bundle_tour_screens {len(shots['bundle'])}  # the source tour: {len(shots['source'])}", flush=True)
        failures = [f"the {name} tour exited with {code}" for name, code in codes.items() if code != 0]
        if len(shots["bundle"]) < len(shots["source"]):
            failures.append(f"the bundle saved {len(shots['bundle'])} screens, the source tour {len(shots['source'])}")
        missing = sorted(shots["source"] - shots["bundle"])
        if missing:
            failures.append("screens missing from the bundle's tour: " + ", ".join(missing))
        if not shots["source"]:
            failures.append("the source tour saved no screen: nothing to compare with")
        if failures:
            for name, base in bases.items():
                print(f"--- {name} tour output (last lines)", file=sys.stderr)
                print("\n".join((base / "output.txt").read_text(encoding="utf-8").splitlines()[-30:]), file=sys.stderr)
            print("check_bundle: FAILED: " + "; ".join(failures), file=sys.stderr)
            return 1
    print("check_bundle: the built executable's smoke tour passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
