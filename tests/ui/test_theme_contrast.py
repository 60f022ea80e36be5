"""Light and dark palettes (issue 10, "Dark theme"): disabled controls look disabled, text is readable
(WCAG contrast >= 4.5 for text, >= 3 for a checkbox frame), and the FatturaPA page's header cells and
status colours follow the palette."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPalette, QTextTable
from PySide6.QtWidgets import QCheckBox, QLineEdit

from windtre_desktop.views.fatturapa_view import FatturaPAViewer
from windtre_desktop.widgets import theme

from .test_fatturapa_viewer import OWN_SAMPLE

Role, Group = QPalette.ColorRole, QPalette.ColorGroup
PALETTES = {"light": theme.light_palette, "dark": theme.dark_palette}

# text role, background role: every pair the app draws text with
TEXT_PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Window),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
]


@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp):
    """Applies the scheme to the whole app and puts the test session's light theme back afterwards."""
    theme.apply(qapp, request.param)
    yield request.param
    theme.apply(qapp, "light")


def test_contrast_ratio_matches_wcag_reference_values():
    assert theme.contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert theme.contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert theme.contrast_ratio(QColor("#eeeeee"), QColor("#e8e8e8")) < 1.1  # the old FatturaPA header in dark


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize("text, background", TEXT_PAIRS, ids=lambda r: r.name)
def test_text_is_readable_on_its_background(qapp, name, text, background):
    palette = PALETTES[name]()
    ratio = theme.contrast_ratio(palette.color(Group.Active, text), palette.color(Group.Active, background))
    assert ratio >= 4.5, f"{name}: {text.name} on {background.name} is {ratio:.2f}:1"


@pytest.mark.parametrize("name", PALETTES)
@pytest.mark.parametrize("text, background", [(Role.ButtonText, Role.Button), (Role.WindowText, Role.Window),
                                              (Role.Text, Role.Base)], ids=lambda r: r.name)
def test_disabled_text_is_visibly_greyed_but_still_legible(qapp, name, text, background):
    palette = PALETTES[name]()
    enabled = theme.contrast_ratio(palette.color(Group.Active, text), palette.color(Group.Active, background))
    disabled = theme.contrast_ratio(palette.color(Group.Disabled, text), palette.color(Group.Disabled, background))
    assert disabled <= enabled / 2, f"{name}: disabled {text.name} {disabled:.2f}:1 vs enabled {enabled:.2f}:1"
    assert disabled >= 2.0, f"{name}: disabled {text.name} is unreadable ({disabled:.2f}:1)"


@pytest.mark.parametrize("name", PALETTES)
def test_status_tones_are_readable_on_the_tables(qapp, name):
    palette = PALETTES[name]()
    for kind in theme.TONES[theme.is_dark(palette)]:
        least = 3.0 if kind == "brand" else 4.5  # "brand" colours only the large login title (WCAG: 3:1)
        for background in (Role.Base, Role.AlternateBase, Role.Window):
            ratio = theme.contrast_ratio(theme.tone(kind, palette), palette.color(background))
            assert ratio >= least, f"{name}: {kind} on {background.name} is {ratio:.2f}:1"


def test_unticked_checkbox_frame_stands_out_from_the_window(qtbot, scheme):
    box = QCheckBox("Scaricate soltanto")
    qtbot.addWidget(box)
    box.resize(box.sizeHint())
    image = box.grab().toImage()
    window = box.palette().color(Role.Window)
    # the indicator sits at the left, vertically centred: its darkest/lightest pixel must contrast with the window
    y = image.height() // 2
    ratios = [theme.contrast_ratio(image.pixelColor(QPoint(x, y)), window) for x in range(0, min(20, image.width()))]
    assert max(ratios) >= 3.0, f"{scheme}: checkbox frame at {max(ratios):.2f}:1 against the window"


def _header_cells(document):
    """(background, text colour) of every table header cell (<th>, bold) in a rich-text document."""
    cells = []
    for frame in document.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        for row in range(frame.rows()):
            for column in range(frame.columns()):
                cell = frame.cellAt(row, column)
                char = cell.firstCursorPosition().charFormat()
                if char.fontWeight() >= 600 and cell.format().background().style().value:
                    cells.append((cell.format().background().color(), char.foreground().color()))
    return cells


def test_fatturapa_header_cells_follow_the_palette(qtbot, scheme):
    viewer = FatturaPAViewer("it")
    qtbot.addWidget(viewer)
    assert viewer.open_bytes(OWN_SAMPLE.encode(), "sample.xml")
    cells = _header_cells(viewer.browser.document())
    assert cells, "no header cell found in the FatturaPA page"
    base = viewer.browser.palette().color(Role.Base)
    for background, text in cells:
        ratio = theme.contrast_ratio(text, background)
        assert ratio >= 4.5, f"{scheme}: header text {text.name()} on {background.name()} is {ratio:.2f}:1"
        assert theme.is_dark(viewer.browser.palette()) == (background.lightnessF() < 0.5), background.name()
    body = viewer.browser.document().defaultStyleSheet()
    assert viewer.browser.palette().color(Role.Text).name() in body
    assert theme.contrast_ratio(viewer.browser.palette().color(Role.Text), base) >= 4.5


def test_text_field_frame_stands_out_from_the_window(qtbot, scheme):
    field = QLineEdit()
    qtbot.addWidget(field)
    field.resize(200, field.sizeHint().height())
    image = field.grab().toImage()
    window = field.palette().color(Role.Window)
    # the frame's top edge, in the middle of the field
    ratios = [theme.contrast_ratio(image.pixelColor(QPoint(100, y)), window) for y in range(0, 3)]
    assert max(ratios) >= 3.0, f"{scheme}: text field frame at {max(ratios):.2f}:1 against the window"
    assert theme.contrast_ratio(theme.field_outline(field.palette()), window) >= 3.0


def test_a_focused_check_box_is_marked_and_its_text_stays_readable(scheme, qtbot):
    """Issue 14, "a visible focus": a focused check box gets the orange tint behind it, and its text keeps a
    contrast >= 4.5 on the tinted background."""
    red, green, blue, alpha = (int(v) for v in theme._focus_tint(scheme == "dark")[5:-1].split(","))
    palette = PALETTES[scheme]()
    window = palette.color(Role.Window)
    share = alpha / 255
    blended = QColor(round(red * share + window.red() * (1 - share)),
                     round(green * share + window.green() * (1 - share)),
                     round(blue * share + window.blue() * (1 - share)))
    assert theme.contrast_ratio(palette.color(Role.WindowText), blended) >= 4.5

    box, other = QCheckBox("Avvisami sul desktop"), QCheckBox("Altro")
    for widget in (box, other):
        qtbot.addWidget(widget)
        widget.show()
    qtbot.waitExposed(box)
    unfocused = box.grab().toImage()
    box.activateWindow()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    focused = box.grab().toImage()
    corner = QPoint(box.width() - 3, box.height() // 2)  # right of the text: the tint, not the glyphs
    assert focused.pixelColor(corner) != unfocused.pixelColor(corner)
