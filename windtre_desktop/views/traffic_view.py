"""Traffico (issue 11, R-30…R-32): the traffic of a line or of the whole company over a period, by type.

Tabs "Mobile" and "Fisso" choose the lines the picker offers (with "Tutta l'azienda" for the roles that
see every line, R-21); the period buttons (R-30) and a range of one's own choose the days. The view shows
the totals by type, the chart (bars per day by type and the running total), and under it a line's records
or the company's top lines. It only says what the user asked for (`loadRequested(TrafficQuery)`,
`cancelRequested`, `exportRequested(line_id, first, last)`); flows/traffic.py answers with `show_*`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.clock import italian_today
from windtre_desktop.domain import server_labels
from windtre_desktop.domain.models import Line
from windtre_desktop.domain.traffic_data import COMPANY, TrafficQuery, TrafficResult
from windtre_desktop.domain.traffic_periods import FIELD_TO, Period, check_range, period_range
from windtre_desktop.domain.traffic_series import Measure, series_from_days
from windtre_desktop.i18n import formatting
from windtre_desktop.views.traffic_records_panel import TrafficRecordsPanel
from windtre_desktop.views.traffic_top_lines import TrafficTopLines
from windtre_desktop.widgets.day_edit import DayEdit
from windtre_desktop.widgets.line_picker import LinePicker
from windtre_desktop.widgets.lines_model import LinesTableModel
from windtre_desktop.widgets.traffic_chart import TrafficChart
from windtre_desktop.widgets.traffic_totals import TrafficTotals

SELECTION_SETTLE_MS = 150  # the picker's selection moves as the user types or arrows down: ask once it settles
KINDS = ("mobile", "fixed")  # the tabs, in order


class TrafficView(QWidget):
    loadRequested = Signal(object)  # TrafficQuery
    cancelRequested = Signal()
    exportRequested = Signal(str, object, object)  # line id, first day, last day (the period shown)
    resultShown = Signal(object)  # TrafficResult, once on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today: date = italian_today()  # moved to the server's today by each result
        self._lines: dict[str, Line] = {}
        self._all_lines: list[Line] = []
        self._search_keys: list[str] | None = None
        self._company_allowed = True
        self._scope = ""
        self._period = Period.MONTH
        self._custom: tuple[date, date] | None = None
        self.result: TrafficResult | None = None
        self.type_labels = server_labels.rendered(server_labels.TRAFFIC_TYPES, QCoreApplication.translate)

        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SELECTION_SETTLE_MS)
        self._settle.timeout.connect(self.request)

        self._build_picker()
        self._build_controls()
        self._build_body()
        self._build_layout()
        self._show_scope_label()
        self._enable_controls()

    # --- construction ---

    def _build_picker(self) -> None:
        self.kind_tabs = QTabBar(self)
        self.kind_tabs.setDocumentMode(True)
        self.kind_tabs.addTab(self.tr("Mobile"))
        self.kind_tabs.addTab(self.tr("Fixed"))
        self.kind_tabs.setAccessibleName(self.tr("Kind of line"))
        self.kind_tabs.currentChanged.connect(self._on_kind_tab)
        self.picker = LinePicker(self)
        self.picker.holder_max_chars = 14  # the chosen line's holder is written in full above the chart
        self._split_fitted = False
        self.picker.table.setColumnHidden(LinesTableModel.COL_OFFER, True)
        self.picker.lineSelected.connect(self._on_line_selected)

    def _build_controls(self) -> None:
        self.scope_label = QLabel(self)
        self.scope_label.setObjectName("viewSubtitle")
        self.scope_label.setWordWrap(True)
        self.period_buttons = QButtonGroup(self)
        self.period_buttons.setExclusive(True)
        names = {Period.TODAY: self.tr("Today"), Period.WEEK: self.tr("This week"),
                 Period.MONTH: self.tr("This month"), Period.THREE_MONTHS: self.tr("Last three months"),
                 Period.CUSTOM: self.tr("Custom range")}
        self.period_button = {}
        for period, name in names.items():
            button = QPushButton(name, self)
            button.setCheckable(True)
            button.setProperty("period", period.value)
            self.period_buttons.addButton(button)
            self.period_button[period] = button
        self.period_button[self._period].setChecked(True)
        self.period_buttons.buttonClicked.connect(self._on_period_button)

        self.first_edit = DayEdit(self.tr("From"), self)
        self.last_edit = DayEdit(self.tr("To"), self)
        self.apply_range = QPushButton(self.tr("Show"), self)
        self.apply_range.clicked.connect(self._apply_custom)
        self.range_error = QLabel(self)
        self.range_error.setObjectName("errorText")
        self.range_error.setWordWrap(True)
        self.range_error.hide()
        self.export_button = QPushButton(self.tr("Download traffic…"), self)
        self.export_button.setToolTip(self.tr("An Excel file of the line's records (at most 90 days)"))
        self.export_button.clicked.connect(self._on_export)

        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancelRequested)
        self.status = QLabel(self)
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self._set_busy(False)

    def _build_body(self) -> None:
        self.totals = TrafficTotals(self.type_labels, self)
        self.measure = QComboBox(self)
        self.measure.setAccessibleName(self.tr("What the chart shows"))
        self.measure.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for measure, name in ((Measure.COUNT, self.tr("Number of records")), (Measure.SPEND, self.tr("Spend")),
                              (Measure.DURATION, self.tr("Call time")), (Measure.DATA, self.tr("Data volume"))):
            self.measure.addItem(name, measure.value)
        self.measure.currentIndexChanged.connect(self._draw_chart)
        self.chart = TrafficChart(self)
        self.chart.setMinimumHeight(150)
        self.chart.daySelected.connect(self._on_day_clicked)
        self.records = TrafficRecordsPanel(self)
        self.top_lines = TrafficTopLines(self)
        self.top_lines.lineOpened.connect(self.open_line)
        self.lower = QStackedWidget(self)
        self.lower.addWidget(self.records)
        self.lower.addWidget(self.top_lines)

    def _build_layout(self) -> None:
        title = QLabel(self.tr("Traffic"), self)
        title.setObjectName("viewTitle")

        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.kind_tabs)
        left_column.addWidget(self.picker, 1)

        periods = QHBoxLayout()
        for button in self.period_button.values():
            periods.addWidget(button)
        periods.addStretch(1)
        periods.addWidget(self.export_button)
        custom = QHBoxLayout()
        self.range_row = QWidget(self)
        range_layout = QHBoxLayout(self.range_row)
        range_layout.setContentsMargins(0, 0, 0, 0)
        for text, edit in ((self.tr("From"), self.first_edit), (self.tr("To"), self.last_edit)):
            label = QLabel(text, self.range_row)
            label.setBuddy(edit)
            range_layout.addWidget(label)
            range_layout.addWidget(edit)
        range_layout.addWidget(self.apply_range)
        range_layout.addStretch(1)
        self.range_row.hide()
        custom.addWidget(self.range_row)
        busy = QHBoxLayout()
        busy.addWidget(self.status, 1)
        busy.addWidget(self.progress)
        busy.addWidget(self.cancel_button)
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.scope_label, 1)
        chart_label = QLabel(self.tr("Chart:"), self)
        chart_label.setBuddy(self.measure)
        scope_row.addWidget(chart_label)
        scope_row.addWidget(self.measure)

        upper = QWidget(self)
        upper_column = QVBoxLayout(upper)
        upper_column.setContentsMargins(0, 0, 0, 0)
        upper_column.addWidget(self.totals)
        upper_column.addWidget(self.chart, 1)
        self.body = QSplitter(Qt.Orientation.Vertical, self)
        self.body.addWidget(upper)
        self.body.addWidget(self.lower)
        self.body.setStretchFactor(0, 1)
        self.body.setStretchFactor(1, 1)
        self.body.setChildrenCollapsible(False)
        self._body_sized = False

        detail = QWidget(self)
        column = QVBoxLayout(detail)
        column.setContentsMargins(8, 0, 0, 0)
        column.addWidget(title)
        column.addLayout(scope_row)
        column.addLayout(periods)
        column.addLayout(custom)
        column.addWidget(self.range_error)
        column.addLayout(busy)
        column.addWidget(self.error)
        column.addWidget(self.body, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 7)
        self.splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.splitter)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        if not self._body_sized:
            QTimer.singleShot(0, self._size_body)  # once the layout has given the body its height

    def _size_body(self) -> None:
        """The chart and the table share the height evenly, the chart never under its minimum."""
        if self._body_sized or self.body.height() <= 0:
            return
        self._body_sized = True
        upper = max(self.body.widget(0).minimumSizeHint().height(), self.body.height() // 2)
        self.body.setSizes([upper, max(self.body.height() - upper, 1)])

    # --- data in ---

    def set_lines(self, lines: Sequence[Line], search_keys: Sequence[str] | None = None,
                  company_allowed: bool = True) -> None:
        """The lines the user may see; `company_allowed`: the role reads the company's aggregates (R-21)."""
        self._all_lines = list(lines)
        self._search_keys = list(search_keys) if search_keys is not None and len(search_keys) == len(lines) else None
        self._lines = {line.id: line for line in lines}
        self._company_allowed = company_allowed
        self.picker.company_button.setVisible(company_allowed)
        self._fill_picker()
        if not self._split_fitted and lines:
            self.picker.take_width_in(self.splitter)
            self._split_fitted = True
        if self._scope and self._scope != COMPANY and self._scope not in self._lines:
            self._scope = ""  # the line is gone
        self._show_scope_label()

    def _fill_picker(self) -> None:
        kind = KINDS[self.kind_tabs.currentIndex()]
        chosen = [i for i, line in enumerate(self._all_lines) if line.kind == kind]
        keys = [self._search_keys[i] for i in chosen] if self._search_keys is not None else None
        self.picker.set_lines([self._all_lines[i] for i in chosen], keys)
        if self._scope and self._scope != COMPANY:
            self.picker.select_line(self._scope, emit=False)

    def reset(self) -> None:
        """Forget what is shown (another session): nothing selected, nothing on screen."""
        self._settle.stop()
        self._scope = ""
        self._clear_shown()
        self._set_busy(False)
        self.status.clear()
        self.error.hide()
        self._show_scope_label()

    def _clear_shown(self) -> None:
        self.result = None
        self.totals.set_totals({})
        self.records.set_rows([])
        self.top_lines.set_top(None, {})
        self.lower.setCurrentWidget(self.top_lines if self._scope == COMPANY else self.records)
        self._draw_chart()

    def start(self) -> None:
        """First visit: the whole company (or the first line the user may see) over the current month."""
        if self._scope:
            return
        if self._company_allowed:
            self.select_company()
        elif self._all_lines:
            self.open_line(self._all_lines[0].id)

    def select_company(self) -> None:
        if self._company_allowed:
            self.picker.select_company()  # emits lineSelected("")

    def open_line(self, line_id: str) -> bool:
        """Show a line's traffic: its tab, selected in the picker, loaded."""
        line = self._lines.get(line_id)
        if line is None:
            return False
        tab = KINDS.index(line.kind) if line.kind in KINDS else 0
        if tab != self.kind_tabs.currentIndex():
            self.kind_tabs.setCurrentIndex(tab)
        if not self.picker.select_line(line_id):
            self.picker.search.clear()
            self.picker.set_query_now("")
            self.picker.select_line(line_id)
        self._scope = line_id
        self._show_scope_label()
        self.request()
        return True

    def is_loading(self) -> bool:
        return not self.progress.isHidden()

    def scope(self) -> str:
        return self._scope

    def query(self, force: bool = False) -> TrafficQuery:
        first, last = self._custom if self._period is Period.CUSTOM and self._custom else (None, None)
        return TrafficQuery(self._scope, self._period, first, last, force)

    def request(self, force: bool = False) -> None:
        """Ask for the traffic of what is selected (superseding what was being loaded)."""
        self._settle.stop()
        if not self._scope:
            return
        self.error.hide()
        self.loadRequested.emit(self.query(force))

    def set_period(self, period: Period, first: date | None = None, last: date | None = None) -> bool:
        """Choose a period (and for CUSTOM its days) and load it; False when the range is refused (the
        message is shown next to the dates)."""
        self.period_button[period].setChecked(True)
        self.range_row.setVisible(period is Period.CUSTOM)
        if period is Period.CUSTOM:
            if first is not None and last is not None:
                self.first_edit.set_day(first)
                self.last_edit.set_day(last)
            return self._apply_custom()
        self.range_error.hide()
        self._period = period
        self.request()
        return True

    # --- answers (from flows/traffic.py) ---

    def show_loading(self, query: TrafficQuery) -> None:
        if self.result is not None and self.result.scope != query.scope:
            self._clear_shown()  # another line's numbers never stand under this line's name
        self._set_busy(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Loading the traffic…"))

    def show_progress(self, done: int, total: int) -> None:
        self._set_busy(True)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.status.setText(self.tr("Loading the records: %1 of %2…").replace("%1", formatting.count(done))
                            .replace("%2", formatting.count(total)))

    def show_result(self, result: TrafficResult, *, offline_reason: str = "", stale: bool = False) -> None:
        """`stale`: what the store holds, shown while the server is asked; `offline_reason`: the server
        could not answer, this is what is saved."""
        if result.scope != self._scope:
            return
        self.result = result
        self.today = result.today
        self._update_date_bounds()
        self.totals.set_totals(result.totals)
        self._draw_chart()
        if result.scope == COMPANY:
            self.top_lines.set_top(result.top, self._lines)
            self.lower.setCurrentWidget(self.top_lines)
        else:
            self.records.set_rows(result.records or [])
            self.lower.setCurrentWidget(self.records)
        self._show_scope_label()
        if not stale:
            self._set_busy(False)
        self.status.setText(self._status_text(result, offline_reason, stale))
        if offline_reason:
            self.error.setText(offline_reason)
            self.error.setVisible(True)
        self._enable_controls()
        self.resultShown.emit(result)

    def show_cancelled(self) -> None:
        self._set_busy(False)
        text = self.tr("Loading cancelled.")
        if self.result is not None and self.result.scope == self._scope:
            text += " " + self._status_text(self.result, "", False)
        self.status.setText(text)

    def show_message(self, text: str) -> None:
        self.status.setText(text)

    def _status_text(self, result: TrafficResult, offline_reason: str, stale: bool) -> str:
        period = self.tr("%1 – %2").replace("%1", formatting.day(result.first)).replace("%2", formatting.day(result.last))
        saved = formatting.timestamp(result.saved_at)
        if stale:
            return self.tr("%1 · saved data of %2; updating…").replace("%1", period).replace("%2", saved)
        if offline_reason or result.from_store:
            if not result.days and not result.records:
                return self.tr("%1 · no traffic saved for this period on this computer.").replace("%1", period)
            if result.complete:
                return self.tr("%1 · offline: the traffic saved on %2.").replace("%1", period).replace("%2", saved)
            covered = result.records_days if result.scope != COMPANY else len(result.days)
            return (self.tr("%1 · offline: saved traffic for %3 of the %4 days of this period (saved on %2).")
                    .replace("%1", period).replace("%2", saved).replace("%3", formatting.count(covered))
                    .replace("%4", formatting.count(result.period_days)))
        return self.tr("%1 · updated %2").replace("%1", period).replace("%2", saved)

    # --- the chart ---

    def _draw_chart(self) -> None:
        measure = Measure(self.measure.currentData())
        days = self.result.days if self.result is not None else []
        self.chart.set_series(series_from_days(days, measure), self.type_labels)

    # --- user actions ---

    def _on_day_clicked(self, day: date) -> None:
        """A click on a day's bars shows that day's records (the company has none: nothing to do)."""
        if self._scope != COMPANY and self.lower.currentWidget() is self.records:
            self.records.set_filter_now(self.records.type_filter.currentData() or "", formatting.day(day))

    def _on_kind_tab(self, _index: int) -> None:
        self._fill_picker()

    def _on_line_selected(self, line_id: str) -> None:
        scope = line_id or COMPANY
        if scope == self._scope:
            return
        self._scope = scope
        self._show_scope_label()
        self._settle.start()

    def _on_period_button(self, button: QPushButton) -> None:
        period = Period(button.property("period"))
        if period is Period.CUSTOM:
            self.range_row.setVisible(True)
            if self._custom is None:  # start from the period shown
                first, last = (self.result.first, self.result.last) if self.result is not None else (self.today, self.today)
                self.first_edit.set_day(first)
                self.last_edit.set_day(last)
            self.first_edit.setFocus()
            return
        self.set_period(period)

    def _apply_custom(self) -> bool:
        first, last = self.first_edit.day(), self.last_edit.day()
        problem = check_range(first, last, self.today, formatting.day)
        if problem is not None:
            self.range_error.setText(problem.render(QCoreApplication.translate))
            self.range_error.show()
            field = problem.args[0] if problem.args else None
            (self.last_edit if field == FIELD_TO else self.first_edit).setFocus()
            return False
        self.range_error.hide()
        self._period = Period.CUSTOM
        self._custom = (first, last)
        self.request()
        return True

    def _on_export(self) -> None:
        if self._scope and self._scope != COMPANY:
            first, last = self.shown_range()
            self.exportRequested.emit(self._scope, first, last)

    def shown_range(self) -> tuple[date, date]:
        if self.result is not None and self.result.scope == self._scope:
            return self.result.first, self.result.last
        if self._period is Period.CUSTOM and self._custom:
            return self._custom
        return period_range(self._period, self.today).first, self.today

    # --- state shown ---

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    def _enable_controls(self) -> None:
        self.export_button.setVisible(self._scope != COMPANY)
        self.export_button.setEnabled(bool(self._scope) and self._scope != COMPANY)

    def _update_date_bounds(self) -> None:
        for edit in (self.first_edit, self.last_edit):
            edit.set_last_day(self.today)

    def _show_scope_label(self) -> None:
        self._enable_controls()
        if self._scope == COMPANY:
            count = len(self._all_lines)
            self.scope_label.setText(self.tr("Whole company · %1 line(s), mobile and fixed", "", count)
                                     .replace("%1", formatting.count(count)))
            return
        line = self._lines.get(self._scope)
        if line is None:
            self.scope_label.setText(self.tr("Choose a line, or the whole company."))
            return
        holder = f"{line.holder} ({line.alias})" if line.alias else line.holder
        self.scope_label.setText(" · ".join(p for p in (line.msisdn, holder, line.offer_name) if p))
