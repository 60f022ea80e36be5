"""Render the app's icon at a given size as PNG bytes, with Qt (for the Windows .ico and the macOS .icns)."""

from __future__ import annotations

import sys
from pathlib import Path


def ensure_gui_app() -> object:
    """Qt's image plugins need an application object; offscreen, so no display is needed."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])


def render_png(source: Path, size: int) -> bytes:
    """`source` rendered as a size×size PNG, centred and transparent around it if not square."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
    from PySide6.QtGui import QImage, QImageReader, QPainter

    reader = QImageReader(str(source))
    original = reader.size()
    if not original.isValid() or original.isEmpty():
        raise ValueError(f"{source}: not an image Qt can read ({reader.errorString()})")
    scaled = original.scaled(QSize(size, size), Qt.AspectRatioMode.KeepAspectRatio)
    reader.setScaledSize(scaled)  # an SVG is drawn at this size; a bitmap is scaled smoothly
    reader.setQuality(100)
    image = reader.read()
    if image.isNull():
        raise ValueError(f"{source}: {reader.errorString()}")
    canvas = QImage(size, size, QImage.Format.Format_ARGB32)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage((size - image.width()) // 2, (size - image.height()) // 2, image)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not canvas.save(buffer, "PNG"):
        raise ValueError(f"{source}: could not encode a {size} px PNG")
    buffer.close()
    return bytes(data.data())
