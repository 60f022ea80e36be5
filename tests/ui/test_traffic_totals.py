"""Traffico's type cards keep their wrapped detail lines whole inside the vertical splitter (R-31): the
splitter asks no height for a width, so the row must claim it, or a banner or a drag cuts the text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTextEdit

from windtre_desktop.widgets.traffic_totals import TrafficTotals

LABELS = {"calls": "Chiamate", "messages": "Messaggi", "internet": "Internet", "options": "Opzioni",
          "other": "Altro"}
BIG = {"calls": {"records": 123456, "seconds": 9_999_999, "costCents": 12_345_678},
       "messages": {"records": 98765, "costCents": 1_234_567},
       "internet": {"records": 54321, "bytes": 987_654_321_000, "costCents": 7_654_321}}


def _lines_cut(totals: TrafficTotals) -> list[str]:
    """A wrapped label is cut when it is given less height than its text needs at its width."""
    cut = []
    for tile in totals.tiles.values():
        for label in (tile.caption, tile.value, tile.detail):
            if label.isVisible() and label.height() < label.heightForWidth(label.width()):
                cut.append(label.text())
    return cut


def test_narrow_cards_keep_their_wrapped_text_when_the_splitter_squeezes_them(qtbot):
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.setChildrenCollapsible(False)
    totals = TrafficTotals(LABELS)
    filler = QTextEdit()
    splitter.addWidget(totals)
    splitter.addWidget(filler)
    qtbot.addWidget(splitter)
    splitter.resize(520, 600)
    splitter.show()
    qtbot.waitExposed(splitter)
    totals.set_totals(BIG)
    splitter.setSizes([1, 599])  # the user drags the handle all the way up
    qtbot.waitUntil(lambda: totals.height() >= totals.minimumHeight() > 0)
    assert any(tile.detail.heightForWidth(tile.detail.width()) > tile.detail.fontMetrics().height() * 1.5
               for tile in totals.tiles.values()), "the test needs a detail line that wraps"
    assert _lines_cut(totals) == []
