"""Make "WINDTRE Business.app" from the PyInstaller one-folder bundle (dist/windtre-desktop/).

    python packaging/macos/make_app.py [BUNDLE_DIR] [APP_PATH]

Defaults: dist/windtre-desktop -> "dist/WINDTRE Business.app". The .app gets:
- Contents/Info.plist: packaging/macos/Info.plist with the version from the package metadata
  (CFBundleShortVersionString and CFBundleVersion), the one source of the version;
- Contents/MacOS/windtre-desktop: the bundle's executable, alone;
- Contents/Frameworks/: what the bundle has in _internal/ (PyInstaller's bootloader, run from
  "….app/Contents/MacOS", looks for its files in Contents/Frameworks instead of _internal/);
- Contents/Resources/windtre-desktop.icns: rendered with Qt from packaging/linux/windtre-desktop.png
  (or .svg), when that icon is there.

This layout runs as it is and is what an unsigned build ships. For a signed build, read SIGNING.md:
codesign takes a folder with a dot in its name (other than a .framework) among the code for a nested
bundle, so check_codesign_layout() lists those and the signing script refuses to sign until there are
none (PyInstaller's own BUNDLE step moves them to Contents/Resources).

`info_plist()` is also what a PyInstaller BUNDLE step can pass as `info_plist=`.
"""

from __future__ import annotations

import os
import plistlib
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "packaging"))

from icon_render import ensure_gui_app, render_png  # noqa: E402 - packaging/ is not a package

APP_NAME = "WINDTRE Business"


def package_version() -> str:
    """The version in the package metadata (pyproject.toml, installed in the environment)."""
    from importlib.metadata import version

    return version("windtre-desktop")


def info_plist(version: str | None = None) -> dict:
    """The app's Info.plist as a dict, with the version keys set."""
    with (HERE / "Info.plist").open("rb") as file:
        values = plistlib.load(file)
    version = version or package_version()
    values["CFBundleShortVersionString"] = version
    values["CFBundleVersion"] = version
    return values


# ICNS element types holding a PNG, and the pixel size of each (the @2x ones are the Retina sizes).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("ic11", 32), ("icp6", 64), ("ic12", 64), ("ic07", 128),
              ("ic08", 256), ("ic13", 256), ("ic09", 512), ("ic14", 512), ("ic10", 1024))


def icns_bytes(images: dict[int, bytes]) -> bytes:
    """An .icns file: 'icns' and its length, then one (type, length, PNG) element per ICNS_TYPES entry."""
    body = b"".join(kind.encode() + struct.pack(">I", 8 + len(images[size])) + images[size]
                    for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icns(source: Path, output: Path) -> Path:
    """An .icns rendered from `source` (PNG or SVG), each size drawn at that size."""
    _app = ensure_gui_app()
    images = {size: render_png(source, size) for size in {size for _, size in ICNS_TYPES}}
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(icns_bytes(images))
    return output


def default_icon() -> Path | None:
    for suffix in (".png", ".svg"):
        path = ROOT / "packaging" / "linux" / f"windtre-desktop{suffix}"
        if path.exists():
            return path
    return None


def make_app(bundle_dir: Path, app_path: Path, version: str | None = None, icon: Path | None = None) -> Path:
    """Assemble the .app from the one-folder bundle; an existing .app at `app_path` is replaced."""
    values = info_plist(version)
    executable = bundle_dir / values["CFBundleExecutable"]
    if not executable.is_file():
        raise FileNotFoundError(f"{executable}: no executable in the bundle (run python3 dev.py package)")
    if app_path.exists():
        shutil.rmtree(app_path)
    contents = app_path / "Contents"
    (contents / "MacOS").mkdir(parents=True)
    shutil.copy2(executable, contents / "MacOS" / executable.name)
    internal = bundle_dir / "_internal"
    if internal.is_dir():
        shutil.copytree(internal, contents / "Frameworks", symlinks=True)
    (contents / "Resources").mkdir()
    if icon is not None:
        make_icns(icon, contents / "Resources" / values["CFBundleIconFile"])
    else:
        del values["CFBundleIconFile"]
    with (contents / "Info.plist").open("wb") as file:
        plistlib.dump(values, file)
    (contents / "PkgInfo").write_text("APPL????")
    return app_path


def check_codesign_layout(app_path: Path) -> list[Path]:
    """Folders with a dot in their name among the code (Contents/MacOS and Contents/Frameworks) that are not
    .framework bundles: codesign takes each for a nested bundle and fails on it."""
    found = []
    for place in ("MacOS", "Frameworks"):
        root = app_path / "Contents" / place
        if root.is_dir():
            found += [path for path in root.rglob("*.*") if path.is_dir() and not path.is_symlink()
                      and not any(part.endswith(".framework") for part in path.relative_to(root).parts)]
    return sorted(found)


def main(argv: list[str]) -> int:
    bundle_dir = Path(argv[0]) if argv else ROOT / "dist" / "windtre-desktop"
    app_path = Path(argv[1]) if len(argv) > 1 else ROOT / "dist" / f"{APP_NAME}.app"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    make_app(bundle_dir, app_path, icon=default_icon())
    print(f"make_app: {app_path} (version {info_plist()['CFBundleShortVersionString']})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
