"""Panoramica flotta › Avvisi (issue 15): the alerts computed locally after each sync, the most urgent first —
rule, line (number, holder, label), the facts in words and the suggested offer — with "Apri linea" and
"Ignora" (hidden until the condition worsens), and the desktop-notification switch of each rule."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain.alerts import RULES, AlertEntry
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets import theme
from windtre_desktop.widgets.alert_texts import AlertTexts
from windtre_desktop.widgets.tables import SORT_ROLE, RowsModel, read_only_table, sorting_proxy

ENTRY_ROLE = Qt.ItemDataRole.UserRole
SUGGESTION_WIDTH_CHARS = 34


class AlertsModel(RowsModel):
    COLUMNS = 4  # alert, line, what happened, suggested offer

    def __init__(self, texts: AlertTexts, parent=None) -> None:
        super().__init__([""] * self.COLUMNS, parent)
        self.texts = texts
        self._cache: dict[int, tuple[str, str, str, str]] = {}

    def set_headers(self, headers: list[str]) -> None:
        self.headers = tuple(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)

    def set_rows(self, rows) -> None:  # noqa: ANN001
        self._cache = {}
        super().set_rows(rows)

    def retranslate(self) -> None:
        self._cache = {}
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, self.COLUMNS - 1))

    def _texts(self, row: int) -> tuple[str, str, str, str]:
        found = self._cache.get(row)
        if found is None:
            entry: AlertEntry = self.rows[row]
            found = (self.texts.rule_name(entry.alert.rule), self.texts.line_text(entry), self.texts.facts(entry),
                     self.texts.suggestion(entry, prefixed=False))
            self._cache[row] = found
        return found

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry: AlertEntry = self.rows[index.row()]
        if role == ENTRY_ROLE:
            return entry
        if role == SORT_ROLE:
            if index.column() == 0:
                return RULES.index(entry.alert.rule) if entry.alert.rule in RULES else len(RULES)
            return self._texts(index.row())[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._texts(index.row())[index.column()]
        return None


class AlertsView(QWidget):
    lineOpened = Signal(str)
    dismissRequested = Signal(str, str)  # rule, line id
    desktopSwitchChanged = Signal(str, bool)  # rule, on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = AlertTexts(self)
        self.count_label = QLabel(self)
        theme.text_style(self.count_label, "tileCaption")
        self.model = AlertsModel(self.texts, self)
        self.proxy = sorting_proxy(self.model, self)
        self.table = read_only_table(self, "")
        self.table.setModel(self.proxy)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the facts give way; the details say all
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, SUGGESTION_WIDTH_CHARS * self.fontMetrics().averageCharWidth())
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.activated.connect(lambda _index: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.details = QLabel(self)  # the selected alert in full
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(2 * self.fontMetrics().lineSpacing())  # its two lines from the first paint
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        theme.text_style(self.empty_label, "emptyState")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_label)

        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_selected)
        self.dismiss_button = QPushButton(self)
        self.dismiss_button.clicked.connect(self.dismiss_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.dismiss_button)

        self.desktop_caption = QLabel(self)
        theme.text_style(self.desktop_caption, "tileCaption")
        self.desktop_caption.setWordWrap(True)
        self.desktop: dict[str, QCheckBox] = {}
        switches = QGridLayout()
        for i, rule in enumerate(RULES):
            box = QCheckBox(self)
            box.setChecked(True)
            box.toggled.connect(lambda on, r=rule: self.desktopSwitchChanged.emit(r, bool(on)))
            self.desktop[rule] = box
            switches.addWidget(box, i // 3, i % 3)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.desktop_caption)
        layout.addLayout(switches)
        self.retranslate()
        self.set_alerts([])

    # --- data in ---

    def set_snapshot(self, snapshot) -> None:  # noqa: ANN001 - the alerts come from the alerts flow
        """Nothing to do: the alerts flow gives this view its list (set_alerts)."""

    def set_alerts(self, alerts: list[AlertEntry]) -> None:
        selected = self.selected()
        self.model.set_rows(list(alerts))
        self.stack.setCurrentWidget(self.table if alerts else self.empty_label)
        self._update_count()
        if selected is not None:
            self.select(selected.alert.rule, selected.alert.line_id)
        self._update_buttons()

    def set_desktop_switches(self, switches: dict[str, bool]) -> None:
        for rule, on in switches.items():
            box = self.desktop.get(rule)
            if box is not None:
                box.blockSignals(True)
                box.setChecked(on)
                box.blockSignals(False)

    # --- selection and actions ---

    def shown(self) -> list[AlertEntry]:
        return [self.proxy.data(self.proxy.index(row, 0), ENTRY_ROLE) for row in range(self.proxy.rowCount())]

    def selected(self) -> AlertEntry | None:
        index = self.table.currentIndex()
        return self.proxy.data(self.proxy.index(index.row(), 0), ENTRY_ROLE) if index.isValid() else None

    def select(self, rule: str, line_id: str) -> bool:
        for row, entry in enumerate(self.shown()):
            if entry.alert.rule == rule and entry.alert.line_id == line_id:
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.proxy.index(row, 0))
                self.table.scrollTo(self.proxy.index(row, 0))
                return True
        return False

    def open_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.lineOpened.emit(entry.alert.line_id)

    def dismiss_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.dismissRequested.emit(entry.alert.rule, entry.alert.line_id)

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.open_button.setEnabled(entry is not None)
        self.dismiss_button.setEnabled(entry is not None)
        self.details.setVisible(entry is not None)
        if entry is not None:
            self.details.setText(self.tr("%1 — %2").replace("%1", self.texts.rule_name(entry.alert.rule)).replace(
                "%2", self.texts.line_text(entry)) + "\n" + self.texts.sentence(entry))

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%1 alert(s)", "", count).replace("%1", formatting.count(count)))

    # --- language ---

    def retranslate(self) -> None:
        self.model.set_headers([self.tr("Alert"), self.tr("Line"), self.tr("What happened"),
                                self.tr("Suggested offer")])
        self.model.retranslate()
        self.table.setAccessibleName(self.tr("Fleet alerts"))
        self.empty_label.setText(self.tr("No alerts"))
        self.open_button.setText(self.tr("Open line"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Hide this alert until its condition gets worse"))
        self.desktop_caption.setText(self.tr("Desktop notifications for new alerts"))
        for rule, box in self.desktop.items():
            box.setText(self.texts.rule_name(rule))
        self._update_count()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
