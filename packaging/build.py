"""`python3 dev.py package`: build the app bundle and the bare baseline bundle for this OS into dist/, then
print `name value unit` lines: the bundles' sizes, their ratio, the build time, and the start-up floor ratio
(process start to the cached dashboard painted, bundled app, against the bundled bare window's first paint,
both interleaved in the same run, as benchmarks/run.py measures the source tree's start-up).

    packaging/build.py [--runs N] [--no-startup]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.support import SandboxProcess, prime_cache, time_until_line  # noqa: E402

SPEC = ROOT / "packaging" / "windtre_desktop.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
APP, BARE = "windtre-desktop", "windtre-desktop-bare"
SIZE_TARGET_MB = 250


def executable(name: str) -> Path:
    return DIST / name / (f"{name}.exe" if os.name == "nt" else name)


def build(bare: bool) -> float:
    """One PyInstaller run of the spec; returns its wall time in seconds."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC), *(["--", "--bare"] if bare else [])],
                   check=True, cwd=ROOT)
    return time.perf_counter() - started


def size_mb(folder: Path) -> float:
    """The unpacked bundle on disk: every regular file once (PyInstaller's links to them are not counted)."""
    total = sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())
    return total / 1_000_000


def startup_floor_ratio(runs: int) -> tuple[float, float]:
    """Median seconds to the first paint of the bare bundle and of the bundled app on a primed cache."""
    env = {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    home = Path(tempfile.mkdtemp(prefix="windtre-bundle-start-"))
    try:
        with SandboxProcess(lines=250) as sandbox:
            prime_cache(home, sandbox.url)
            commands = {"bare": [str(executable(BARE))],
                        "app": [str(executable(APP)), "--server", sandbox.url, "--data-dir", str(home),
                                "--exit-after-paint", "--lang", "it"]}
            for cmd in commands.values():  # warm the OS file cache
                time_until_line(cmd, "painted", env)
            times: dict[str, list[float]] = {name: [] for name in commands}
            for _ in range(runs):  # interleaved, so a busy moment of the machine hits both
                for name, cmd in commands.items():
                    times[name].append(time_until_line(cmd, "painted", env))
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return statistics.median(times["bare"]), statistics.median(times["app"])


FIGURES: dict[str, dict] = {}


def report(name: str, value: float, unit: str, note: str = "") -> None:
    FIGURES[name] = {"value": round(value, 4), "unit": unit, **({"note": note} if note else {})}
    print(f"{name} {value:.4g} {unit}" + (f"  # {note}" if note else ""), flush=True)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="dev.py package", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="start-up runs of each bundle (default 9)")
    parser.add_argument("--no-startup", action="store_true", help="build and size only")
    args = parser.parse_args(argv)
    app_s = build(bare=False)
    bare_s = build(bare=True)
    app_mb, bare_mb = size_mb(DIST / APP), size_mb(DIST / BARE)
    report("bundle_build_s", app_s, "s")
    report("bundle_build_s_bare", bare_s, "s")
    report("bundle_size_mb", app_mb, "MB", f"target < {SIZE_TARGET_MB}")
    report("bundle_size_mb_bare", bare_mb, "MB", "a bare window importing QtWidgets, QtPdf, QtPrintSupport")
    report("bundle_size_ratio", app_mb / bare_mb, "x", "app bundle / bare bundle")
    if not args.no_startup:
        bare, app = startup_floor_ratio(args.runs)
        report("bundle_startup_bare_s", bare, "s")
        report("bundle_startup_cached_dashboard_s", app, "s", "250 lines")
        report("bundle_startup_floor_ratio", app / bare, "x", f"bundled app / bundled bare window, same run, "
                                                             f"median of {args.runs}")
    print(f"package: {executable(APP)}", flush=True)
    FIGURES["_machine"] = {"platform": sys.platform, "when": time.strftime("%Y-%m-%dT%H:%M:%S")}
    # read by the table `dev.py bench` ends with (benchmarks/targets.py)
    (ROOT / "packaging" / "last.json").write_text(json.dumps(FIGURES, indent=2) + "\n", encoding="utf-8")
    if app_mb >= SIZE_TARGET_MB:
        print(f"package: the bundle is {app_mb:.0f} MB, over the {SIZE_TARGET_MB} MB target", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
