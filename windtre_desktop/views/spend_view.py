"""Panoramica flotta › Spesa (issue 15, R-21): 24 billed months of spend for the whole company, one billing
account or one line (found by number or name), with this month to date drawn apart; the last month's spend,
its change from the month before, and the top spenders of the scope (a click opens the line)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain.fleet_usage import FleetSnapshot
from windtre_desktop.domain.models import Line
from windtre_desktop.domain.spend import (
    Spender,
    SpendSeries,
    account_line_ids,
    company_series,
    series_of,
    top_spenders,
)
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets import theme
from windtre_desktop.widgets.accessibility import with_clear_button
from windtre_desktop.widgets.spend_chart import SpendChart
from windtre_desktop.widgets.tables import SORT_ROLE, RowsModel, read_only_table, sorting_proxy
from windtre_desktop.widgets.tile import Tile

COMPANY = ""  # the scope combo's data for the whole company; an account's is "account:<id>", a line's "line:<id>"


def signed_euro(cents: int) -> str:
    return ("+" if cents > 0 else "") + formatting.euro(cents)


def signed_percent(percent: float) -> str:
    return ("+" if percent > 0 else "") + formatting.percent(percent, 1)


class SpendersModel(RowsModel):
    """The top spenders: number, holder, billing account, the last month, the one before, the change."""

    COLUMNS = 7

    def __init__(self, parent=None) -> None:
        super().__init__([""] * self.COLUMNS, parent)
        self.lines: dict[str, Line] = {}
        self.accounts: dict[str, str] = {}

    def set_headers(self, headers: list[str]) -> None:
        self.headers = tuple(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        spender: Spender = self.rows[index.row()]
        line = self.lines.get(spender.line_id)
        change = spender.change
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return spender.line_id
        if role not in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return None
        sorting = role == SORT_ROLE
        if column == 0:
            return line.msisdn if line else spender.line_id
        if column == 1:
            return line.holder if line else ""
        if column == 2:
            account = line.billing_account_id if line else ""
            return self.accounts.get(account, account)
        if column == 3:
            return change.cents if sorting else formatting.euro(change.cents)
        if column == 4:
            return change.previous_cents if sorting else formatting.euro(change.previous_cents)
        if column == 5:
            return change.delta_cents if sorting else signed_euro(change.delta_cents)
        percent = change.percent
        if sorting:
            return float("inf") if percent is None else percent
        return "–" if percent is None else signed_percent(percent)


class SpendView(QWidget):
    lineOpened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot: FleetSnapshot | None = None
        self._lines: dict[str, Line] = {}
        self._accounts: dict[str, list[str]] = {}
        self._choices: list[str] = []  # line ids in the completer's order
        self.scope_key = COMPANY
        self.series: SpendSeries | None = None

        self.scope_caption = QLabel(self)
        self.scope = QComboBox(self)
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.scope.activated.connect(self._on_scope_picked)
        self.line_search = QLineEdit(self)
        with_clear_button(self.line_search)
        self.completer = QCompleter(self)
        self.completer_model = QStringListModel(self)
        self.completer.setModel(self.completer_model)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setMaxVisibleItems(12)
        self.completer.activated[QModelIndex].connect(self._on_line_completed)
        self.line_search.setCompleter(self.completer)
        self.line_search.returnPressed.connect(self._on_line_return)
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.scope_caption)
        scope_row.addWidget(self.scope)
        scope_row.addWidget(self.line_search, 1)

        self.empty_label = QLabel(self)
        theme.text_style(self.empty_label, "emptyState")
        self.empty_label.setWordWrap(True)
        self.last_tile = Tile("", self)
        self.change_tile = Tile("", self)
        self.to_date_tile = Tile("", self)
        tiles = QHBoxLayout()
        for tile in (self.last_tile, self.change_tile, self.to_date_tile):
            tiles.addWidget(tile, 1)
        self.chart = SpendChart(self)

        self.top_caption = QLabel(self)
        theme.text_style(self.top_caption, "tileCaption")
        self.model = SpendersModel(self)
        self.proxy = sorting_proxy(self.model, self)
        self.table = read_only_table(self, "")
        self.table.setModel(self.proxy)
        self.table.clicked.connect(self._open_row)
        self.table.activated.connect(self._open_row)

        layout = QVBoxLayout(self)
        layout.addLayout(scope_row)
        layout.addWidget(self.empty_label)
        layout.addLayout(tiles)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.top_caption)
        layout.addWidget(self.table, 2)
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 7)
        self.retranslate()
        self._show()

    # --- data in ---

    def set_snapshot(self, snapshot: FleetSnapshot | None) -> None:
        self.snapshot = snapshot
        lines = snapshot.lines if snapshot is not None else ()
        self._lines = {line.id: line for line in lines}
        self._accounts = account_line_ids(lines)
        self.model.lines = self._lines
        self.model.accounts = dict(snapshot.billing_accounts) if snapshot is not None else {}
        self._choices = [line.id for line in lines]
        self.completer_model.setStringList([self._line_choice(line) for line in lines])
        if self.scope_key.startswith("account:") and self.scope_key[8:] not in self._accounts:
            self.scope_key = COMPANY
        if self.scope_key.startswith("line:") and self.scope_key[5:] not in self._lines:
            self.scope_key = COMPANY
        self._fill_scopes()
        self._show()

    def set_scope(self, key: str) -> None:
        """COMPANY, "account:<id>" or "line:<id>"."""
        self.scope_key = key
        if not key.startswith("line:"):
            self.line_search.clear()
        self._fill_scopes()
        self._show()

    def show_line(self, line_id: str) -> None:
        if line_id in self._lines:
            self.line_search.setText(self._line_choice(self._lines[line_id]))
            self.set_scope(f"line:{line_id}")

    # --- scope ---

    def _line_choice(self, line: Line) -> str:
        return " · ".join(p for p in (line.msisdn, line.holder) if p)

    def _account_name(self, account: str) -> str:
        names = self.snapshot.billing_accounts if self.snapshot is not None else {}
        return names.get(account) or account or self.tr("No billing account")

    def _fill_scopes(self) -> None:
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem(self.tr("Whole company"), COMPANY)
        for account in sorted(self._accounts, key=self._account_name):
            count = len(self._accounts[account])
            self.scope.addItem(self.tr("%1 (%2 line(s))", "", count).replace("%1", self._account_name(account))
                               .replace("%2", formatting.count(count)), f"account:{account}")
        if self.scope_key.startswith("line:"):
            line = self._lines.get(self.scope_key[5:])
            if line is not None:
                self.scope.addItem(self.tr("Line %1").replace("%1", line.msisdn), self.scope_key)
        found = self.scope.findData(self.scope_key)
        self.scope.setCurrentIndex(max(found, 0))
        self.scope.blockSignals(False)

    def _on_scope_picked(self, index: int) -> None:
        self.set_scope(str(self.scope.itemData(index) or COMPANY))

    def _on_line_completed(self, index: QModelIndex) -> None:
        text = str(index.data())
        choices = self.completer_model.stringList()
        if text in choices:
            self.show_line(self._choices[choices.index(text)])

    def _on_line_return(self) -> None:
        """Enter in the search field: the first line whose number or holder contains the text."""
        text = self.line_search.text().strip().lower()
        if not text:
            return
        for line_id, choice in zip(self._choices, self.completer_model.stringList(), strict=False):
            if text in choice.lower():
                self.show_line(line_id)
                return

    def _scope_lines(self) -> list[str] | None:
        """The lines the series sums: None for every line."""
        key = self.scope_key
        if key.startswith("account:"):
            return self._accounts.get(key[8:], [])
        if key.startswith("line:"):
            return [key[5:]]
        return None

    def _spenders_lines(self) -> list[str] | None:
        key = self.scope_key
        if key.startswith("line:"):
            line = self._lines.get(key[5:])
            return self._accounts.get(line.billing_account_id, []) if line else []
        return self._scope_lines()

    # --- rendering ---

    def _show(self) -> None:
        usage = self.snapshot.usage if self.snapshot is not None else None
        has_data = usage is not None and bool(usage.months)
        self.empty_label.setVisible(not has_data)
        for widget in (self.last_tile, self.change_tile, self.to_date_tile, self.chart, self.top_caption, self.table):
            widget.setVisible(has_data)
        if not has_data:
            self.series = None
            self.chart.set_series(None)
            self.model.set_rows([])
            return
        assert usage is not None
        chosen = self._scope_lines()
        self.series = company_series(usage) if chosen is None else series_of(usage, chosen)
        self.chart.set_series(self.series)
        self._fill_tiles(self.series)
        spender_lines = self._spenders_lines()
        self.model.set_rows(top_spenders(usage, spender_lines))
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        month = formatting.month(usage.months[-1])
        if self.scope_key.startswith("line:") or self.scope_key.startswith("account:"):
            line = self._lines.get(self.scope_key[5:]) if self.scope_key.startswith("line:") else None
            account = line.billing_account_id if line else self.scope_key[8:]
            self.top_caption.setText(self.tr("Top spenders of %1 in %2").replace("%1", month)
                                     .replace("%2", self._account_name(account)))
        else:
            self.top_caption.setText(self.tr("Top spenders of %1").replace("%1", month))

    def _fill_tiles(self, series: SpendSeries) -> None:
        change = series.change()
        last_month = series.months[-1]
        self.last_tile.set_value(formatting.euro(series.last_cents), formatting.month(last_month))
        if change is None:
            self.change_tile.set_value("–")
        else:
            previous = formatting.month(change.previous_month)
            detail = (self.tr("%1 from %2").replace("%1", signed_percent(change.percent)).replace("%2", previous)
                      if change.percent is not None
                      else self.tr("%1 cost nothing").replace("%1", previous))
            self.change_tile.set_value(signed_euro(change.delta_cents), detail)
        self.to_date_tile.set_value(formatting.euro(series.month_to_date_cents),
                                    self.tr("%1: traffic only, the fee comes with the bill").replace(
                                        "%1", formatting.month(series.current_month)))

    def retranslate(self) -> None:
        self.scope_caption.setText(self.tr("Spend of"))
        self.scope.setAccessibleName(self.tr("Spend of"))
        self.line_search.setPlaceholderText(self.tr("Find a line by number or name"))
        self.line_search.setAccessibleName(self.tr("Find a line"))
        self.empty_label.setText(self.tr("No spend yet: the fleet's usage arrives with the next update."))
        self.last_tile.caption.setText(self.tr("Last billed month, net of VAT"))
        self.change_tile.caption.setText(self.tr("Change from the month before"))
        self.to_date_tile.caption.setText(self.tr("Charges this month so far"))
        self.table.setAccessibleName(self.tr("Top spenders"))
        self.model.set_headers([self.tr("Number"), self.tr("Holder"), self.tr("Billing account"),
                                self.tr("Last month"), self.tr("Month before"), self.tr("Change"),
                                self.tr("Change %")])
        self._fill_scopes()
        if self.snapshot is not None:
            self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    # --- out ---

    def _open_row(self, index: QModelIndex) -> None:
        line_id = self.proxy.data(index, Qt.ItemDataRole.UserRole)
        if line_id:
            self.lineOpened.emit(str(line_id))

    def shown_spenders(self) -> list[str]:
        """The top spenders' line ids, in the table's order."""
        return [str(self.proxy.data(self.proxy.index(row, 0), Qt.ItemDataRole.UserRole))
                for row in range(self.proxy.rowCount())]
