"""Real attachment files made with Qt for the tests: a one-page PDF and a small picture (PNG or JPEG by the
file's extension). Needs a QApplication (the `qapp` fixture)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage, QPdfWriter, QTextDocument


def write_pdf(path: Path, html: str) -> Path:
    writer = QPdfWriter(str(path))
    document = QTextDocument()
    document.setHtml(html)
    document.print_(writer)
    del writer  # the file is complete once the writer is gone
    return path


def write_picture(path: Path) -> Path:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    assert image.save(str(path))
    return path
