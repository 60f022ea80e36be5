"""Screenshots of the main screens at 100 %, 150 % and 200 % (QT_SCALE_FACTOR) for the README, and a check
that no text is cut and no icon-only button is unnamed at any of these scales: runs the demo smoke tour once
per scale, stops on any finding, and saves five screens per scale into scale-100/, scale-150/, scale-200/.

    .venv/bin/python docs/screenshots/scaled.py

Each PNG keeps its 256 most frequent colours (exactly: backgrounds, text, the selection orange), the
anti-aliasing mapped to the nearest of them: about half the size, with the palette's colours unchanged.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, qRgb
from PySide6.QtWidgets import QApplication

HERE = Path(__file__).resolve().parent
SCALES = {"100": "1", "150": "1.5", "200": "2"}
SCREENS = {"01_dashboard": "dashboard", "10_traffico_company": "traffico", "30_conto_invoices": "fatture",
           "23_fai_da_te_ricarica_online": "fai-da-te-ricarica-online", "07_notifications": "notifiche"}


def tour(scale: str, work: Path) -> Path:
    out = work / f"tour-{scale}"
    env = dict(os.environ, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-m", "windtre_desktop", "--demo", "--smoke-test", str(out),
                    "--data-dir", str(work / f"data-{scale}")], env=env, check=True)
    return out


def small_png(source: Path, target: Path) -> None:
    image = QImage(str(source)).convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(image.constBits(), dtype=np.uint32, count=image.width() * image.height())
    colours, counts = np.unique(pixels & 0xFFFFFF, return_counts=True)
    table = [qRgb((c >> 16) & 255, (c >> 8) & 255, c & 255) for c in colours[np.argsort(counts)[::-1][:256]]]
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image.convertToFormat(QImage.Format.Format_Indexed8, table, flags).save(str(target))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(["scaled"])  # noqa: F841 - QImage conversions need it
    with tempfile.TemporaryDirectory() as work:
        for percent, scale in SCALES.items():
            out = tour(scale, Path(work))
            for listing, what in (("clipped.txt", "text cut"), ("unnamed.txt", "buttons without a name")):
                found = (out / listing).read_text(encoding="utf-8").strip()
                if found:
                    print(f"{percent} %: {what}:\n{found}")
                    return 1
            target = HERE / f"scale-{percent}"
            target.mkdir(exist_ok=True)
            for shot, name in SCREENS.items():
                small_png(out / f"{shot}.png", target / f"{name}.png")
            print(f"{percent} %: no text cut, no unnamed button; {len(SCREENS)} screens saved in {target.name}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
