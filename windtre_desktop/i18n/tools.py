"""Refresh the .ts sources from the code (pyside6-lupdate) and compile them to .qm (pyside6-lrelease)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]
TS_DIR = PACKAGE / "resources" / "translations"
LANGUAGES = ("it", "en")


def _tool(name: str) -> str:
    exe = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent)) or shutil.which(f"pyside6-{name}")
    if not exe:
        raise SystemExit(f"pyside6-{name} not found: is PySide6 installed in this environment?")
    return exe


def sources() -> list[str]:
    return sorted(str(p) for p in PACKAGE.rglob("*.py") if "sandbox" not in p.parts)


def update() -> None:
    for lang in LANGUAGES:
        ts = TS_DIR / f"windtre_{lang}.ts"
        subprocess.run([_tool("lupdate"), "-no-obsolete", "-locations", "none", *sources(),
                        "-target-language", lang, "-ts", str(ts)], check=True)


def release() -> None:
    for lang in LANGUAGES:
        ts = TS_DIR / f"windtre_{lang}.ts"
        subprocess.run([_tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--release-only" not in argv:
        update()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
