"""Look of the app: the bundled font, light and dark palettes, and a small style sheet."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
FONT_FAMILY_FALLBACK = "DejaVu Sans"
BRAND_ORANGE = "#ff6a00"

STYLE = """
QLabel#viewTitle { font-size: 17pt; font-weight: bold; }
QLabel#loginTitle { font-size: 20pt; font-weight: bold; color: %(brand)s; }
QLabel#viewSubtitle, QLabel#hint { color: palette(placeholder-text); }
QLabel#tileCaption { color: palette(placeholder-text); font-size: 9pt; text-transform: uppercase; }
QLabel#tileValue { font-size: 14pt; font-weight: bold; }
QLabel#tileDetail { color: palette(placeholder-text); }
QLabel#errorText { color: #c62828; font-weight: bold; }
QLabel#emptyState { color: palette(placeholder-text); font-size: 11pt; }
QFrame#tile, QFrame#loginCard, QFrame#demoBox { border: 1px solid palette(mid); border-radius: 6px; }
QListWidget#navigation { font-size: 11pt; }
QPushButton#linkButton { color: palette(link); text-align: left; border: none; text-decoration: underline; }
QLabel#stepTitle { font-size: 13pt; font-weight: bold; }
QListWidget#navigation::item { padding: 8px 6px; }
QListWidget#navigation::item:selected { background: %(brand)s; color: white; }
"""


def load_fonts() -> str:
    """Registers the bundled TTFs so text looks the same on every machine and in screenshots."""
    family = FONT_FAMILY_FALLBACK
    for ttf in sorted((RESOURCES / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = families[0]
    return family


def is_dark_system() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor("#1e1f22"), QColor("#2b2d30"), QColor("#e8e8e8")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#26282b"))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, window)
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.Highlight, QColor(BRAND_ORANGE))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9a9da3"))
    p.setColor(QPalette.ColorRole.Midlight, QColor("#3c3f44"))
    p.setColor(QPalette.ColorRole.Mid, QColor("#4a4d52"))
    p.setColor(QPalette.ColorRole.ToolTipBase, window)
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.Link, QColor("#8ab4f8"))
    p.setColor(QPalette.ColorRole.LinkVisited, QColor("#c58af9"))
    return p


def light_palette() -> QPalette:
    p = QApplication.style().standardPalette()
    p.setColor(QPalette.ColorRole.Highlight, QColor(BRAND_ORANGE))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#6b6f76"))
    return p


def apply(app: QApplication, scheme: str = "auto") -> None:
    """scheme: "light", "dark" or "auto" (follow the system)."""
    family = load_fonts()
    font = QFont(family)
    font.setPointSizeF(10)
    app.setFont(font)
    app.setStyle("Fusion")
    dark = scheme == "dark" or (scheme == "auto" and is_dark_system())
    app.setPalette(dark_palette() if dark else light_palette())
    app.setStyleSheet(STYLE % {"brand": BRAND_ORANGE})
