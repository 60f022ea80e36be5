#!/usr/bin/env python3
"""Developer entry point: set-up, demo, tests and benchmarks with nothing but Python installed.

    python3 dev.py demo [app args]   create .venv if needed, install, start the app on the demo backend
    python3 dev.py test [pytest args] same set-up, then the whole test suite offscreen
    python3 dev.py bench             same set-up, then the benchmarks (benchmarks/last.json)
    python3 dev.py soak [--minutes N] [--only parts]
                                     same set-up, then the long proofs: faults, kill points, endurance,
                                     API fuzzing, mutation testing (soak/last.json)
    python3 dev.py i18n              refresh the .ts sources and compile the .qm files
    python3 dev.py lock              rewrite constraints.txt from the current .venv
    python3 dev.py package           build the one-folder bundle for this OS into dist/ and print its figures

Standard library only: this file must run before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".windtre-installed"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


# Part of the install stamp: changing how the project is installed reinstalls it.
INSTALL_SCHEME = "editable-compat-1"


def _inputs_digest() -> str:
    digest = hashlib.sha256(INSTALL_SCHEME.encode())
    for name in ("pyproject.toml", "constraints.txt"):
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def ensure_env() -> Path:
    """Create the virtual environment and install the project once per change of its inputs."""
    python = venv_python()
    if not python.exists():
        print("dev.py: creating .venv", flush=True)
        venv.EnvBuilder(with_pip=True, clear=VENV.exists()).create(VENV)
    wanted = _inputs_digest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return python
    print("dev.py: installing dependencies (pinned by constraints.txt)", flush=True)
    pip = [str(python), "-m", "pip", "--disable-pip-version-check", "install", "--quiet"]
    env = dict(os.environ, PIP_NO_INPUT="1")
    # compat mode puts the source dir on sys.path with a .pth file: no import hook to load at every start-up
    subprocess.run([*pip, "-c", str(ROOT / "constraints.txt"), "--config-settings", "editable_mode=compat",
                    "-e", f"{ROOT}[dev]"], check=True, env=env)
    STAMP.write_text(wanted)
    return python


def run(args: list[str], env: dict[str, str] | None = None) -> int:
    return subprocess.call(args, cwd=ROOT, env=env)


def cmd_demo(python: Path, extra: list[str]) -> int:
    return run([str(python), "-m", "windtre_desktop", "--demo", *extra])


def cmd_test(python: Path, extra: list[str]) -> int:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    code = run([str(python), "-m", "pytest", *extra], env=env)
    if code == 5:
        print("dev.py: pytest collected no tests: that is a failure", file=sys.stderr)
        return 1
    return code


def cmd_bench(python: Path, extra: list[str]) -> int:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return run([str(python), str(ROOT / "benchmarks" / "run.py"), *extra], env=env)


def cmd_soak(python: Path, extra: list[str]) -> int:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return run([str(python), "-m", "soak.run", *extra], env=env)


def cmd_package(python: Path, extra: list[str]) -> int:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return run([str(python), str(ROOT / "packaging" / "build.py"), *extra], env=env)


def cmd_i18n(python: Path, extra: list[str]) -> int:
    return run([str(python), "-m", "windtre_desktop.i18n.tools", *extra])


def cmd_lock(python: Path, extra: list[str]) -> int:
    frozen = subprocess.run(
        [str(python), "-m", "pip", "freeze", "--exclude-editable"], check=True, capture_output=True, text=True
    ).stdout
    header = "# Pinned versions for a reproducible install (pip -c). Regenerate with: python3 dev.py lock\n"
    (ROOT / "constraints.txt").write_text(header + frozen)
    return 0


COMMANDS = {"demo": cmd_demo, "test": cmd_test, "bench": cmd_bench, "soak": cmd_soak, "i18n": cmd_i18n,
            "lock": cmd_lock, "package": cmd_package}


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in COMMANDS:
        print(__doc__)
        return 2
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be started by an older Python
        print("dev.py: Python 3.11 or newer is needed", file=sys.stderr)
        return 2
    python = ensure_env()
    return COMMANDS[argv[0]](python, argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
