"""Look of the app: the bundled font, light and dark palettes, a small style sheet, and the colours that
must stay readable on either palette (status tones, checkbox outlines, the FatturaPA page's CSS)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QWidget

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
FONT_FAMILY_FALLBACK = "DejaVu Sans"
BRAND_ORANGE = "#ff6a00"
# White text on the brand orange reads at 2.9:1; selections and the chosen section use this darker
# orange instead, which keeps white text at 4.8:1 (WCAG AA).
SELECTION_ORANGE = "#c24e00"

# Status colours (overdue, due, downloaded…), one set per palette: the light set is too dark to read
# on the dark base and the dark set too pale on white.
TONES = {
    False: {"error": "#c62828", "warning": "#b34700", "ok": "#256b29", "brand": "#c24e00"},
    True: {"error": "#ff8a80", "warning": "#ffb74d", "ok": "#81c784", "brand": BRAND_ORANGE},
}

# Chart series (the Traffico chart's types, in stacking order), one set per palette, each at least 3:1
# against the palette's base (WCAG 1.4.11, graphics) and told apart by hue and lightness from its neighbours.
SERIES_TONES = {
    False: ("#1565c0", "#2e7d32", "#c24e00", "#7b1fa2", "#5f6368"),
    True: ("#64b5f6", "#81c784", "#ff8a3d", "#ce93d8", "#bdbdbd"),
}


# Text roles, by object name: point size (None: the app's), bold, muted (the palette's placeholder colour),
# upper case. The style sheet styles labels by these names; text_style() gives a label the same look
# without any style sheet, which the first frame's labels use (see apply_sheet below).
TEXT_ROLES: dict[str, tuple[float | None, bool, bool, bool]] = {
    "viewTitle": (17, True, False, False),
    "viewSubtitle": (None, False, True, False),
    "hint": (None, False, True, False),
    "tileCaption": (9, False, True, True),
    "tileValue": (14, True, False, False),
    "tileDetail": (None, False, True, False),
    "emptyState": (11, False, True, False),
    "stepTitle": (13, True, False, False),
}


def _text_role_rule(name: str) -> str:
    size, bold, muted, upper = TEXT_ROLES[name]
    parts = [("color: palette(placeholder-text);" if muted else ""), (f"font-size: {size}pt;" if size else ""),
             ("font-weight: bold;" if bold else ""), ("text-transform: uppercase;" if upper else "")]
    return f"QLabel#{name} {{ {' '.join(p for p in parts if p)} }}"


STYLE = "\n".join(_text_role_rule(name) for name in TEXT_ROLES) + """
QLabel#loginTitle { font-size: 20pt; font-weight: bold; color: %(title)s; }
QLabel#errorText { color: %(error)s; font-weight: bold; }
QFrame#loginCard, QFrame#demoBox { border: 1px solid palette(mid); border-radius: 6px; }
QPushButton#linkButton { color: palette(link); text-align: left; border: none; text-decoration: underline; }
QPushButton#linkButton:disabled { color: palette(placeholder-text); }
QToolTip { color: palette(tooltip-text); background: palette(tooltip-base); border: 1px solid palette(mid); }
QLineEdit, QAbstractSpinBox { border: 1px solid %(field)s; border-radius: 2px; padding: 2px 3px; background: palette(base); }
QLineEdit:focus, QAbstractSpinBox:focus { border: 2px solid %(selection)s; padding: 1px 2px; }
QListView, QTableView, QTreeView, QTextEdit, QPlainTextEdit { border: 1px solid %(field)s; padding: 1px; }
QListView:focus, QTableView:focus, QTreeView:focus, QTextEdit:focus, QPlainTextEdit:focus {
    border: 2px solid %(selection)s; padding: 0px; }
QComboBox QListView, QComboBox QListView:focus { border: 1px solid %(field)s; padding: 0px; }
QLineEdit:disabled, QAbstractSpinBox:disabled { border-color: %(field_disabled)s; }
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button { width: 0px; border: none; }
QCheckBox::indicator:unchecked, QRadioButton::indicator:unchecked {
    border: 1px solid %(indicator)s; background: palette(base); width: 12px; height: 12px; border-radius: 2px; }
QRadioButton::indicator:unchecked { border-radius: 7px; }
QCheckBox::indicator:unchecked:disabled, QRadioButton::indicator:unchecked:disabled { border-color: %(indicator_disabled)s; }
QCheckBox:focus, QRadioButton:focus { background: %(focus_tint)s; border-radius: 3px; }
"""
# The frames above are style-sheet rules, drawn in C++: an unticked box and a text field need a frame that
# shows on either palette (Fusion draws them from the window colour, nearly invisible in dark), and a
# Python QProxyStyle doing the same cost ~10 % of the start-up, being called back for every primitive.
# Ticked boxes and radio buttons keep Fusion's own drawing (their mark shows on either palette).
# A focused field, list or table gets a 2 px selection-orange frame; border + padding stay the same
# width focused or not, so the content does not move when the focus comes or goes. A focused check box or
# radio button gets a tint of the same orange behind it: Fusion's own focus mark, a thin frame around the
# text, is hard to find on a form of ten boxes.


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


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def _set_disabled(p: QPalette, text: str, button: str, base: str) -> None:
    """Greyed-out text and a flatter button for disabled controls (otherwise they look clickable)."""
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.PlaceholderText):
        p.setColor(disabled, role, QColor(text))
    p.setColor(disabled, QPalette.ColorRole.Button, QColor(button))
    p.setColor(disabled, QPalette.ColorRole.Base, QColor(base))
    p.setColor(disabled, QPalette.ColorRole.Light, QColor(button))
    p.setColor(disabled, QPalette.ColorRole.Highlight, QColor(button).darker(130))
    p.setColor(disabled, QPalette.ColorRole.HighlightedText, QColor(text))


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor("#1e1f22"), QColor("#2b2d30"), QColor("#e8e8e8")
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor("#26282b"))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, QColor("#36383c"))
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.BrightText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.Highlight, QColor(SELECTION_ORANGE))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9a9da3"))
    p.setColor(QPalette.ColorRole.Light, QColor("#45484d"))
    p.setColor(QPalette.ColorRole.Midlight, QColor("#3c3f44"))
    p.setColor(QPalette.ColorRole.Mid, QColor("#5a5d63"))
    p.setColor(QPalette.ColorRole.Dark, QColor("#18191b"))
    p.setColor(QPalette.ColorRole.Shadow, QColor("#0c0c0d"))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor("#3c3f44"))
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.Link, QColor("#8ab4f8"))
    p.setColor(QPalette.ColorRole.LinkVisited, QColor("#c58af9"))
    _set_disabled(p, text="#7c7f85", button="#2b2d30", base="#26282b")
    return p


# Fusion's own palette, kept from the first apply(): reading it again through QApplication.style() would
# build the Python side of QStyle (and its large enums) at every start, a few milliseconds of the first frame.
_fusion_palette: QPalette | None = None


def light_palette() -> QPalette:
    p = QPalette(_fusion_palette) if _fusion_palette is not None else QApplication.style().standardPalette()
    p.setColor(QPalette.ColorRole.Highlight, QColor(SELECTION_ORANGE))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor("#62666d"))
    p.setColor(QPalette.ColorRole.Link, QColor("#0b57d0"))
    _set_disabled(p, text="#8e9197", button="#e6e6e6", base="#f2f2f2")
    return p


def tone(kind: str, palette: QPalette | None = None) -> QColor:
    """A status colour ("error", "warning", "ok", "brand") readable on `palette` (default: the app's)."""
    palette = palette if palette is not None else QApplication.palette()
    return QColor(TONES[is_dark(palette)][kind])


def series_tone(index: int, palette: QPalette | None = None) -> QColor:
    """The colour of a chart's `index`-th series, readable on `palette` (default: the app's)."""
    palette = palette if palette is not None else QApplication.palette()
    tones = SERIES_TONES[is_dark(palette)]
    return QColor(tones[index % len(tones)])


def indicator_outline(palette: QPalette) -> QColor:
    """The frame of an unticked checkbox or radio button: halfway between text and window, so it shows
    on either palette (Fusion draws it from the window colour, nearly invisible in dark)."""
    text, window = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    disabled = palette.currentColorGroup() == QPalette.ColorGroup.Disabled
    return _mix(text, window, 0.3 if disabled else 0.55)


def field_outline(palette: QPalette) -> QColor:
    """The frame of a text field: a little softer than a checkbox's, still >= 3:1 against the window."""
    text, window = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    disabled = palette.currentColorGroup() == QPalette.ColorGroup.Disabled
    return _mix(text, window, 0.25 if disabled else 0.45)


def _mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    return QColor.fromRgbF(*(share_of_a * x + (1 - share_of_a) * y
                             for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3], strict=True)))


def relative_luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in colour.getRgbF()[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio (1 to 21); body text needs at least 4.5."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def document_css(palette: QPalette) -> str:
    """Colours for HTML shown in a QTextBrowser (the FatturaPA page), taken from `palette`: the page's
    own CSS sets only the layout, so its header cells and borders follow the light or dark theme."""
    colour = {
        "text": palette.color(QPalette.ColorRole.Text).name(),
        "head_bg": palette.color(QPalette.ColorRole.Window).name(),
        "head_text": palette.color(QPalette.ColorRole.WindowText).name(),
        "rule": palette.color(QPalette.ColorRole.Mid).name(),
        "link": palette.color(QPalette.ColorRole.Link).name(),
        "credit": tone("error", palette).name(),
    }
    return (
        "body {{ color: {text}; }}"
        " h2 {{ border-bottom: 1px solid {rule}; }}"
        " table {{ border-color: {rule}; }}"
        " th, td {{ border: 1px solid {rule}; }}"
        " th {{ background-color: {head_bg}; color: {head_text}; }}"
        " a {{ color: {link}; }}"
        " .credit {{ color: {credit}; }}"
    ).format(**colour)


def apply(app: QApplication, scheme: str = "auto", *, sheet_now: bool = True) -> None:
    """scheme: "light", "dark" or "auto" (follow the system). With `sheet_now` False the style sheet waits
    for apply_sheet() (the app calls it after the first frame)."""
    family = load_fonts()
    font = QFont(family)
    font.setPointSizeF(10)
    app.setFont(font)
    app.setStyle("Fusion")
    global _fusion_palette
    if _fusion_palette is None:  # no palette set yet: the application's is Fusion's standard one
        _fusion_palette = QPalette(app.palette())
    global _scheme
    _scheme = scheme
    _follow_system(app)
    dark = scheme == "dark" or (scheme == "auto" and is_dark_system())
    _apply_palette(app, dark, sheet_now=sheet_now)


# The scheme last asked for: with "auto" the palette follows the system's light or dark setting when it
# changes while the app runs (QStyleHints.colorSchemeChanged), not only at start.
_scheme = "auto"
_following = False


def _follow_system(app: QApplication) -> None:
    global _following
    if not _following:
        _following = True
        app.styleHints().colorSchemeChanged.connect(system_scheme_changed)


def system_scheme_changed(scheme: Qt.ColorScheme) -> None:
    """The system switched between light and dark: the app follows if its theme is "auto"."""
    app = QApplication.instance()
    if _scheme == "auto" and app is not None and scheme != Qt.ColorScheme.Unknown:
        _apply_palette(app, scheme == Qt.ColorScheme.Dark, sheet_now=bool(app.styleSheet()))


def _focus_tint(dark: bool) -> str:
    orange = QColor(SELECTION_ORANGE)
    return f"rgba({orange.red()}, {orange.green()}, {orange.blue()}, {110 if dark else 70})"


def _apply_palette(app: QApplication, dark: bool, *, sheet_now: bool) -> None:
    palette = dark_palette() if dark else light_palette()
    app.setPalette(palette)
    tones = TONES[dark]
    disabled = QPalette(palette)
    disabled.setCurrentColorGroup(QPalette.ColorGroup.Disabled)
    global _sheet
    _sheet = STYLE % {
        "title": tones["brand"], "error": tones["error"], "selection": SELECTION_ORANGE,
        "focus_tint": _focus_tint(dark),
        "field": field_outline(palette).name(), "field_disabled": field_outline(disabled).name(),
        "indicator": indicator_outline(palette).name(), "indicator_disabled": indicator_outline(disabled).name(),
    }
    if sheet_now:
        apply_sheet(app)


# The style sheet, as apply() wrote it for the palette. An application-wide style sheet makes Qt build and
# paint every widget through its style-sheet style (~13 ms of a 0.24 s start): the app sets it right after
# the first frame (apply_sheet), and the few widgets of that frame that the sheet styles get their rules
# at once with style_early(), so they look the same before and after.
_sheet = ""


def text_style(label: QLabel, name: str) -> None:
    """The look TEXT_ROLES[name] gives a label, set on the label itself: no style sheet involved, and the
    label keeps no object name the sheet would match, so the sheet set later leaves it as it is."""
    size, bold, muted, upper = TEXT_ROLES[name]
    font = QFont(label.font())
    if size:
        font.setPointSizeF(size)
    if bold:
        font.setBold(True)
    if upper:
        font.setCapitalization(QFont.Capitalization.AllUppercase)
    label.setFont(font)
    if muted:
        palette = QPalette(label.palette())
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
        label.setPalette(palette)


def navigation_style(navigation: QListWidget) -> None:
    """The sections list: a larger font; its selected row takes the palette's highlight (the selection
    orange, white text). Set on the widget, not by the style sheet: it is part of the first frame."""
    font = QFont(navigation.font())
    font.setPointSizeF(11)
    navigation.setFont(font)


def navigation_item_size(navigation: QListWidget) -> QSize:
    """A row of the sections list: the text with 8 px above and below."""
    return QSize(navigation.width() - 4, navigation.fontMetrics().height() + 16)


def apply_sheet(app: QApplication) -> None:
    app.setStyleSheet(_sheet)


def style_early(widget: QWidget, *names: str) -> None:
    """Give `widget` (and its children) the rules of the app's style sheet whose selectors name one of
    `names`: object names ("tile") or class names ("QLineEdit"); with no names, every rule. Nothing to do
    once the app's sheet is set."""
    if QApplication.instance().styleSheet():
        return
    if not names:
        widget.setStyleSheet(_sheet)
        return
    patterns = [re.compile(rf"(#|\b){re.escape(name)}\b") for name in names]
    rules = [rule + "}" for rule in _sheet.split("}") if "{" in rule
             and any(p.search(rule.split("{", 1)[0]) for p in patterns)]
    widget.setStyleSheet("\n".join(rule.strip() for rule in rules))
