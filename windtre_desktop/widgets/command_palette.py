"""The command palette (Ctrl+K): a frameless popup centred on the window with a search field and the matches
below it, each with its kind as a small label. Typing asks `search(text)` for the matches (domain.palette);
Up/Down/Page Up/Page Down move in the list from the field, Enter or a click opens the current match (`chosen`),
Escape or a click outside closes with nothing opened."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain.palette import EntryKind, Match
from windtre_desktop.widgets.accessibility import with_clear_button

KindRole = Qt.ItemDataRole.UserRole
KeyRole = Qt.ItemDataRole.UserRole + 1
SubtitleRole = Qt.ItemDataRole.UserRole + 2
RecentRole = Qt.ItemDataRole.UserRole + 3
KindLabelRole = Qt.ItemDataRole.UserRole + 4

_PAD = 8  # px around a row's texts
_GAP = 10  # px between the kind label and the title


class PaletteModel(QAbstractListModel):
    """The matches shown, best first."""

    def __init__(self, kind_labels: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matches: list[Match] = []
        self._kind_labels = kind_labels
        self.recent_text = ""

    def set_matches(self, matches: Sequence[Match]) -> None:
        self.beginResetModel()
        self._matches = list(matches)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._matches)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        match = self._matches[index.row()]
        entry = match.entry
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role == SubtitleRole:
            return entry.subtitle
        if role == KindRole:
            return entry.kind
        if role == KeyRole:
            return entry.key
        if role == RecentRole:
            return match.recent
        if role == KindLabelRole:
            return self._kind_labels.get(entry.kind, entry.kind)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [self._kind_labels.get(entry.kind, entry.kind), entry.title, entry.subtitle,
                     self.recent_text if match.recent else ""]
            return ", ".join(p for p in parts if p)
        return None


class PaletteDelegate(QStyledItemDelegate):
    """Two lines per match: the kind label and the title, the subtitle muted below the title. Every kind label
    gets the width of the widest, so titles line up and no label is ever cut."""

    def __init__(self, kind_labels: dict[str, str], recent_text: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind_labels = kind_labels
        self._recent_text = recent_text

    def _badge_font(self, font: QFont) -> QFont:
        small = QFont(font)
        small.setPointSizeF(max(font.pointSizeF() * 0.8, 7.0))
        small.setBold(True)
        return small

    def badge_width(self, font: QFont) -> int:
        metrics = QFontMetrics(self._badge_font(font))
        return max(metrics.horizontalAdvance(text) for text in self._kind_labels.values()) + 2 * 6

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(0, 2 * metrics.height() + 2 * _PAD + 2)  # as wide as the list: titles elide, never scroll

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = QColor(text_colour) if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        rect = option.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        metrics = QFontMetrics(option.font)
        line = metrics.height()
        if not index.data(SubtitleRole):  # one line: in the middle of the row
            rect.setTop(rect.top() + (rect.height() - line) // 2)
        # the kind label, in a rounded box
        badge_font = self._badge_font(option.font)
        badge = QRect(rect.left(), rect.top(), self.badge_width(option.font), line)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(text_colour if selected else palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(Qt.BrushStyle.NoBrush if selected else palette.color(QPalette.ColorRole.AlternateBase))
        painter.drawRoundedRect(badge.adjusted(0, 1, -1, -1), 4, 4)
        painter.setFont(badge_font)
        painter.setPen(text_colour)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, index.data(KindLabelRole) or "")
        # "recent" at the right of the title line
        left = badge.right() + _GAP
        right = rect.right()
        painter.setFont(option.font)
        if index.data(RecentRole):
            width = metrics.horizontalAdvance(self._recent_text)
            painter.setPen(muted)
            painter.drawText(QRect(right - width, rect.top(), width, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self._recent_text)
            right -= width + _GAP
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        title = QFontMetrics(title_font).elidedText(index.data() or "", Qt.TextElideMode.ElideRight, right - left)
        painter.drawText(QRect(left, rect.top(), right - left, line), Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(option.font)
        painter.setPen(muted)
        subtitle = metrics.elidedText(index.data(SubtitleRole) or "", Qt.TextElideMode.ElideRight, rect.right() - left)
        painter.drawText(QRect(left, rect.top() + line + 2, rect.right() - left, line), Qt.AlignmentFlag.AlignVCenter,
                         subtitle)
        painter.restore()


class CommandPalette(QDialog):
    chosen = Signal(str, str)  # kind, key
    resultsShown = Signal(int)  # how many matches are listed

    def __init__(self, search: Callable[[str], Sequence[Match]], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("commandPalette")
        self.setAccessibleName(self.tr("Find"))
        self._search = search
        self.kind_labels = {
            EntryKind.LINE: self.tr("Line"),
            EntryKind.INVOICE: self.tr("Invoice"),
            EntryKind.TICKET: self.tr("Ticket"),
            EntryKind.PACKAGE: self.tr("GSS package"),
            EntryKind.SETTING: self.tr("Setting"),
            EntryKind.SCREEN: self.tr("Screen"),
        }
        recent = self.tr("recent")
        frame = QFrame(self)
        frame.setObjectName("commandPaletteFrame")
        # frameless: its own border keeps it apart from the window below, in light and dark
        frame.setStyleSheet("QFrame#commandPaletteFrame { border: 1px solid palette(mid); border-radius: 8px; "
                            "background: palette(window); }")
        self.field = QLineEdit(frame)
        self.field.setObjectName("commandPaletteField")
        self.field.setPlaceholderText(self.tr("Find a line, invoice, ticket, package, setting or screen…"))
        self.field.setAccessibleName(self.tr("Find"))
        with_clear_button(self.field)
        for button in self.field.findChildren(QToolButton):  # the field's clear button: icon only
            button.setAccessibleName(self.tr("Clear the search"))
        self.field.textChanged.connect(self._on_text)
        self.field.returnPressed.connect(self.choose_current)
        self.field.installEventFilter(self)
        self.model = PaletteModel(self.kind_labels, self)
        self.model.recent_text = recent
        self.list = QListView(frame)
        self.list.setObjectName("commandPaletteResults")
        self.list.setAccessibleName(self.tr("Results"))
        self.list.setModel(self.model)
        self.list.setItemDelegate(PaletteDelegate(self.kind_labels, recent, self.list))
        self.list.setUniformItemSizes(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay in the field; arrows move the list
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.clicked.connect(lambda index: self._choose(index))
        self.empty = QLabel(self.tr("Nothing found. Try fewer or other letters."), frame)
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.keys_hint = QLabel(self.tr("↑ ↓ move · Enter opens · Esc closes"), frame)
        self.keys_hint.setObjectName("hint")
        self.keys_hint.setWordWrap(True)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(10, 10, 10, 8)
        inner.setSpacing(8)
        inner.addWidget(self.field)
        inner.addWidget(self.list, 1)
        inner.addWidget(self.empty, 1)
        inner.addWidget(self.keys_hint)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

    # --- showing ---

    def popup(self, window: QWidget) -> None:
        """Show it centred on `window`, empty, with the recent items and the screens listed."""
        width = max(min(720, window.width() - 80), 420)
        height = max(min(480, window.height() - 80), 300)
        self.resize(width, height)
        centre = window.mapToGlobal(window.rect().center())
        self.move(centre.x() - width // 2, centre.y() - height // 2)
        self.field.blockSignals(True)
        self.field.clear()
        self.field.blockSignals(False)
        self._on_text("")
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus(Qt.FocusReason.PopupFocusReason)

    def refresh(self) -> None:
        """Search again for the text typed (the entries changed)."""
        self._on_text(self.field.text())

    def _on_text(self, text: str) -> None:
        matches = self._search(text)
        self.model.set_matches(matches)
        has = bool(matches)
        self.list.setVisible(has)
        self.empty.setVisible(not has and bool(text.strip()))
        if has:
            self.list.setCurrentIndex(self.model.index(0, 0))
            self.list.scrollToTop()
        self.resultsShown.emit(len(matches))

    # --- keys and choosing ---

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}.get(
                Qt.Key(event.key()))
            if step is not None:
                self.move_current(step)
                return True
        return super().eventFilter(watched, event)

    def move_current(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        row = self.list.currentIndex().row()
        row = max(0, min(rows - 1, (row if row >= 0 else -1) + step))
        self.list.setCurrentIndex(self.model.index(row, 0))

    def current(self) -> tuple[str, str] | None:
        index = self.list.currentIndex()
        return (index.data(KindRole), index.data(KeyRole)) if index.isValid() else None

    def choose_current(self) -> None:
        self._choose(self.list.currentIndex())

    def _choose(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        kind, key = index.data(KindRole), index.data(KeyRole)
        self.accept()
        self.chosen.emit(kind, key)
