"""Dashboard: credit, active offer and the three counters, for one line or the whole company (R-20, R-21)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain.models import Company, CompanyTotals, Counter, CounterKind, Line, User
from windtre_desktop.domain.roles import Section, sees_all_lines
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets import theme
from windtre_desktop.widgets.gauge import CounterGauge
from windtre_desktop.widgets.line_picker import LinePicker
from windtre_desktop.widgets.role_names import section_name
from windtre_desktop.widgets.spend_sparkline import SpendSparkline
from windtre_desktop.widgets.tile import Tile

QUICK_LINKS = (Section.TRAFFIC, Section.ACCOUNT_BILLING, Section.SELF_SERVICE, Section.TICKETS)


FLEET_TREND_MONTHS = 12
FLEET_TOP_ALERTS = 3


class DashboardView(QWidget):
    navigate = Signal(object)  # Section
    alertsLinkActivated = Signal()  # "All alerts": Panoramica flotta › Avvisi

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: dict[str, Line] = {}
        self._company: Company | None = None
        self._totals: CompanyTotals | None = None
        self._user: User | None = None

        self.picker = LinePicker(self)
        self.picker.lineSelected.connect(self.show_selection)

        self.title = QLabel(self)
        theme.text_style(self.title, "viewTitle")
        self.subtitle = QLabel(self)
        theme.text_style(self.subtitle, "viewSubtitle")
        self.subtitle.setWordWrap(True)
        self.empty_label = QLabel(self.tr("No data yet: the first update is in progress."), self)
        theme.text_style(self.empty_label, "emptyState")

        self.credit_tile = Tile(self.tr("Remaining credit"), self)
        self.offer_tile = Tile(self.tr("Active offer"), self)
        self.lines_tile = Tile(self.tr("Lines"), self)
        tiles = QHBoxLayout()
        for tile in (self.credit_tile, self.offer_tile, self.lines_tile):
            tiles.addWidget(tile, 1)

        self.gauges = {
            CounterKind.DATA: CounterGauge(self.tr("Giga"), self),
            CounterKind.VOICE: CounterGauge(self.tr("Minutes"), self),
            CounterKind.SMS: CounterGauge(self.tr("SMS"), self),
        }
        gauges = QHBoxLayout()
        for gauge in self.gauges.values():
            gauges.addWidget(gauge, 1)

        links = QGridLayout()
        self.quick_links: dict[Section, QPushButton] = {}
        for i, section in enumerate(QUICK_LINKS):
            button = QPushButton(section_name(section), self)
            button.clicked.connect(lambda _=False, s=section: self.navigate.emit(s))
            links.addWidget(button, i // 2, i % 2)  # two by two: four in a row would squeeze the lines table
            self.quick_links[section] = button
        self._build_fleet_summary()
        links_caption = QLabel(self.tr("Quick links"), self)
        theme.text_style(links_caption, "tileCaption")

        detail = QWidget(self)
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.subtitle)
        detail_layout.addWidget(self.empty_label)
        detail_layout.addLayout(tiles)
        detail_layout.addLayout(gauges, 1)
        detail_layout.addWidget(self.fleet_box)
        detail_layout.addWidget(links_caption)
        detail_layout.addLayout(links)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.picker)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([430, 650])
        self.splitter = splitter
        self._split_fitted = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self._show_empty(True)

    def _build_fleet_summary(self) -> None:
        """Company mode (R-21): the spend trend of the last months and the top alerts, with a link to Avvisi."""
        self.fleet_box = QWidget(self)
        self._alert_texts = None  # made at the first summary: its rules are not needed for the first frame
        self.fleet_trend_caption = QLabel(self.tr("Spend, last 12 months"), self.fleet_box)
        theme.text_style(self.fleet_trend_caption, "tileCaption")
        self.fleet_trend = SpendSparkline(self.fleet_box)
        self.fleet_trend_value = QLabel(self.fleet_box)
        self.fleet_trend_value.setWordWrap(True)
        self.fleet_alerts_caption = QLabel(self.tr("Top alerts"), self.fleet_box)
        theme.text_style(self.fleet_alerts_caption, "tileCaption")
        self.fleet_alert_labels = [QLabel(self.fleet_box) for _ in range(FLEET_TOP_ALERTS)]
        for label in self.fleet_alert_labels:
            label.setWordWrap(True)
        self.fleet_no_alerts = QLabel(self.tr("No alerts"), self.fleet_box)
        theme.text_style(self.fleet_no_alerts, "hint")
        self.fleet_alerts_link = QPushButton(self.fleet_box)
        self.fleet_alerts_link.clicked.connect(self.alertsLinkActivated)
        trend = QVBoxLayout()
        trend.addWidget(self.fleet_trend_caption)
        trend.addWidget(self.fleet_trend)
        trend.addWidget(self.fleet_trend_value)
        trend.addStretch(1)
        alerts = QVBoxLayout()
        alerts.addWidget(self.fleet_alerts_caption)
        for label in self.fleet_alert_labels:
            alerts.addWidget(label)
        alerts.addWidget(self.fleet_no_alerts)
        alerts.addWidget(self.fleet_alerts_link, 0, Qt.AlignmentFlag.AlignLeft)
        alerts.addStretch(1)
        row = QHBoxLayout(self.fleet_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(trend, 1)
        row.addLayout(alerts, 1)
        self._fleet_summary = False
        self.fleet_box.hide()

    def set_fleet_summary(self, series, alerts) -> None:  # noqa: ANN001 - domain.spend.SpendSeries | None, list[AlertEntry]
        """The company's spend series and the visible alerts (the most urgent first), shown in company mode."""
        if self._alert_texts is None:
            from windtre_desktop.widgets.alert_texts import AlertTexts

            self._alert_texts = AlertTexts(self)
        texts = self._alert_texts
        self._fleet_summary = series is not None and bool(series.months)
        if self._fleet_summary:
            recent = series.tail(FLEET_TREND_MONTHS)
            self.fleet_trend.set_values(list(recent.cents))
            change = recent.change()
            value = self.tr("%1 in %2").replace("%1", formatting.euro(recent.last_cents)).replace(
                "%2", formatting.month(recent.months[-1]))
            if change is not None and change.percent is not None:
                value += " · " + self.tr("%1 % on the month before").replace(
                    "%1", ("+" if change.percent > 0 else "") + formatting.decimal(change.percent, 1))
            self.fleet_trend_value.setText(value)
            self.fleet_trend.setAccessibleName(self.tr("Spend, last 12 months: %1").replace("%1", value))
        alerts = list(alerts or [])
        for label, entry in zip(self.fleet_alert_labels, alerts + [None] * FLEET_TOP_ALERTS, strict=False):
            label.setVisible(entry is not None)
            if entry is not None:
                label.setText(self.tr("%1 · %2").replace("%1", texts.rule_name(entry.alert.rule)).replace(
                    "%2", texts.line_text(entry)))
                label.setToolTip(texts.sentence(entry))
        self.fleet_no_alerts.setVisible(not alerts)
        self.fleet_alerts_link.setText(self.tr("All alerts (%1)").replace("%1", formatting.count(len(alerts))))
        self.show_selection(self.picker.current_line_id())

    # --- data in ---

    def set_data(self, user: User | None, company: Company | None, lines: list[Line], totals: CompanyTotals,
                 search_keys: list[str] | None = None) -> None:
        self._user, self._company, self._totals = user, company, totals
        self._lines = {line.id: line for line in lines}
        all_lines = user is None or sees_all_lines(user.role)
        self.picker.setVisible(all_lines or len(lines) > 1)
        self.picker.set_lines(lines, search_keys, total=totals.lines)
        self._fit_splitter()
        self._show_empty(not lines and company is None)
        self.show_selection(self.picker.current_line_id() if all_lines else (lines[0].id if lines else ""))

    def _fit_splitter(self) -> None:
        """Once there are lines, the picker gets the width its columns need, as far as the tiles, gauges
        and quick links can spare; the user can move the divider from there."""
        if not self._split_fitted and self.picker.model.rowCount():
            self.picker.take_width_in(self.splitter)
            self._split_fitted = True

    def allow_sections(self, sections: tuple[Section, ...]) -> None:
        for section, button in self.quick_links.items():
            button.setVisible(section in sections)

    def show_selection(self, line_id: str) -> None:
        line = self._lines.get(line_id)
        if line is not None:
            self._show_line(line)
        elif self._totals is not None:
            self._show_company()

    # --- rendering ---

    def _show_empty(self, empty: bool) -> None:
        self.empty_label.setVisible(empty)
        for tile in (self.credit_tile, self.offer_tile, self.lines_tile):
            tile.setVisible(not empty)
        for gauge in self.gauges.values():
            gauge.setVisible(not empty)

    def _show_company(self) -> None:
        totals = self._totals
        assert totals is not None
        self.fleet_box.setVisible(self._fleet_summary)
        name = self._company.name if self._company else self.tr("Company")
        self.title.setText(name)
        vat = self._company.vat_number if self._company else ""
        self.subtitle.setText(self.tr("Whole company · VAT number %1").replace("%1", vat) if vat else self.tr("Whole company"))
        self.credit_tile.set_value(formatting.euro(totals.credit_cents))
        self.credit_tile.caption.setText(self.tr("Total remaining credit"))
        offers = len(totals.offers)
        top = next(iter(totals.offers), "")
        self.offer_tile.caption.setText(self.tr("Active offers"))
        self.offer_tile.set_value(
            self.tr("%1 offer(s)", "", offers).replace("%1", formatting.count(offers)),
            self.tr("most used: %1").replace("%1", top) if top else "",
        )
        self.lines_tile.setVisible(True)
        self.lines_tile.set_value(
            formatting.count(totals.lines),
            self.tr("%1 mobile · %2 fixed")
            .replace("%1", formatting.count(totals.mobile_lines))
            .replace("%2", formatting.count(totals.fixed_lines)),
        )
        for kind, gauge in self.gauges.items():
            total = totals.counters.get(kind)
            if total is None or total.lines == 0:
                gauge.set_values(None, "–", "", self.tr("no line has this counter"))
                continue
            fmt = _formatter(kind, total.total)
            fraction = total.used_limited / total.total if total.total else None
            caption = self.tr("used %1 of %2").replace("%1", fmt(total.used_limited)).replace("%2", fmt(total.total))
            if total.unlimited_lines:
                caption += "\n" + self.tr("+ %1 unlimited line(s)", "", total.unlimited_lines).replace(
                    "%1", formatting.count(total.unlimited_lines))
            gauge.set_values(fraction, fmt(total.remaining), self.tr("left"), caption)

    def _show_line(self, line: Line) -> None:
        self.fleet_box.hide()
        self.title.setText(line.msisdn)
        parts = [line.holder]
        if line.alias:
            parts.append(line.alias)
        parts.append(self.tr("fixed line") if line.kind == "fixed" else self.tr("mobile line"))
        parts.append(self.tr("prepaid") if line.payment_type == "prepaid" else self.tr("subscription"))
        if line.status != "active":
            parts.append(self.tr("suspended"))
        self.subtitle.setText(" · ".join(p for p in parts if p))
        self.credit_tile.caption.setText(self.tr("Remaining credit"))
        self.credit_tile.set_value("–" if line.credit_cents is None else formatting.euro(line.credit_cents))
        self.offer_tile.caption.setText(self.tr("Active offer"))
        self.offer_tile.set_value(line.offer_name or "–", line.offer_code)
        self.lines_tile.setVisible(False)
        for kind, gauge in self.gauges.items():
            self._show_counter(gauge, kind, line.counter(kind))

    def _show_counter(self, gauge: CounterGauge, kind: CounterKind, counter: Counter | None) -> None:
        fmt = _formatter(kind, max(counter.total or 0, counter.used) if counter is not None else 0)
        if counter is None:
            gauge.set_values(None, "–", "", self.tr("not included in this line"))
        elif counter.unlimited:
            gauge.set_values(None, self.tr("Unlimited"), "", self.tr("used %1").replace("%1", fmt(counter.used)))
        else:
            gauge.set_values(
                counter.used_fraction,
                fmt(counter.remaining or 0),
                self.tr("left"),
                self.tr("used %1 of %2").replace("%1", fmt(counter.used)).replace("%2", fmt(counter.total or 0)),
            )


def _formatter(kind: CounterKind, total: int) -> Callable[[int], str]:
    """How a gauge writes its amounts: data in one unit, chosen from the gauge's total."""
    if kind == CounterKind.DATA:
        unit = formatting.data_unit(total)
        return lambda value: formatting.data_amount(value, unit)
    return formatting.minutes if kind == CounterKind.VOICE else formatting.count
