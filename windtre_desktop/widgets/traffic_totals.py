"""Traffico's totals by type (R-31): one card per type, its main amount humanised (h:mm:ss for calls, a
count for messages, GB/MB for internet, euro for options and other charges) and a detail line with the
count and the cost. A coloured edge ties each card to its colour in the chart."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHBoxLayout, QWidget

from windtre_desktop.domain.traffic_series import TRAFFIC_TYPES
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets import theme
from windtre_desktop.widgets.tile import Tile


class _TypeTile(Tile):
    def __init__(self, caption: str, index: int, parent: QWidget | None = None) -> None:
        super().__init__(caption, parent)
        self.index = index
        self.detail.show()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(theme.series_tone(self.index, self.palette()))
        painter.setBrush(theme.series_tone(self.index, self.palette()))
        painter.drawRoundedRect(QRectF(2, 6, 4, max(self.height() - 12, 4)), 2, 2)
        painter.end()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.update()


class TrafficTotals(QWidget):
    def __init__(self, labels: Mapping[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles = {kind: _TypeTile(labels.get(kind, kind), i, self) for i, kind in enumerate(TRAFFIC_TYPES)}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for tile in self.tiles.values():
            row.addWidget(tile, 1)
        self.set_totals({})

    def set_totals(self, totals: Mapping[str, Mapping[str, int]]) -> None:
        for kind, tile in self.tiles.items():
            value = totals.get(kind) or {}
            records, seconds = int(value.get("records") or 0), int(value.get("seconds") or 0)
            size, cost = int(value.get("bytes") or 0), int(value.get("costCents") or 0)
            tile.value.setText(self._main(kind, records, seconds, size, cost))
            tile.detail.setText(self._detail(kind, records, cost))
        self._hold_height()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._hold_height()

    def _hold_height(self) -> None:
        """A detail line may wrap in a narrow card. The splitter Traffico sits in asks no height for a width, so
        the row claims, as its minimum, the height its wrapped texts need at the width it has: dragging the
        splitter or a banner showing up then takes room from the chart, never from a card's text."""
        needed = self.layout().heightForWidth(self.width())
        if needed > 0 and needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def text_of(self, kind: str) -> tuple[str, str]:
        tile = self.tiles[kind]
        return tile.value.text(), tile.detail.text()

    def _main(self, kind: str, records: int, seconds: int, size: int, cost: int) -> str:
        if kind == "calls":
            return formatting.duration(seconds)
        if kind == "messages":
            return formatting.count(records)
        if kind == "internet":
            return formatting.data_amount(size)
        return formatting.euro(cost)

    def _detail(self, kind: str, records: int, cost: int) -> str:
        if kind == "calls":
            what = self.tr("%1 call(s)", "", records)
        elif kind == "messages":
            what = self.tr("%1 message(s)", "", records)
        elif kind == "internet":
            what = self.tr("%1 session(s)", "", records)
        elif kind == "options":
            what = self.tr("%1 option charge(s)", "", records)
        else:
            what = self.tr("%1 charge(s)", "", records)
        what = what.replace("%1", formatting.count(records))
        if kind in ("options", "other"):
            return what
        return self.tr("%1 · cost %2").replace("%1", what).replace("%2", formatting.euro(cost))
