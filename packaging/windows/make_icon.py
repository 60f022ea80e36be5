"""Render the Windows icon (.ico) of the installer and the app from the app's PNG (or SVG) icon, with Qt.

    python packaging/windows/make_icon.py [SOURCE] [OUTPUT]

SOURCE defaults to packaging/linux/windtre-desktop.png (else the .svg next to it), OUTPUT to
build/windtre-desktop.ico, where windtre-desktop.iss looks for it. The .ico holds one PNG-compressed
image per size Windows asks for (16 to 256 px), each rendered from the source at that size rather than
scaled down from one bitmap; Windows Vista and later read PNG entries.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from icon_render import ensure_gui_app, render_png  # noqa: E402 - packaging/ is not a package

DEFAULT_OUTPUT = ROOT / "build" / "windtre-desktop.ico"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)


def default_source() -> Path:
    png = ROOT / "packaging" / "linux" / "windtre-desktop.png"
    return png if png.exists() else png.with_suffix(".svg")


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file with one PNG entry per size (ICONDIR, then ICONDIRENTRYs, then the PNGs)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + entries + payload


def make_icon(source: Path, output: Path, sizes: tuple[int, ...] = SIZES) -> Path:
    _app = ensure_gui_app()
    images = {size: render_png(source, size) for size in sizes}
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(ico_bytes(images))
    return output


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else default_source()
    output = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUTPUT
    if not source.exists():
        print(f"make_icon: {source} not found", file=sys.stderr)
        return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    make_icon(source, output)
    print(f"make_icon: {output} ({', '.join(str(s) for s in SIZES)} px) from {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
