"""Fai da te → Promozioni (R-63): the promotions dedicated to the company's lines, and the chosen one's lines
(number, holder, offer; model/view, smooth at thousands of lines). A promotion is not activated here: the
user calls the activation number, offered as a click-to-call link (tel:) opened by the system."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain import server_labels
from windtre_desktop.domain.activations import ACTIVATION_NUMBER, Promotion, Promotions
from windtre_desktop.domain.models import Line
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets.tables import SORT_ROLE, RowsModel, read_only_table, sorting_proxy

_Index = QModelIndex | QPersistentModelIndex
_PROMOTION = Qt.ItemDataRole.UserRole


class PromotionLinesModel(RowsModel):
    """The lines a promotion applies to: (line id, Line or None when the sync does not know it yet)."""

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        line_id, line = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if line is None:
                return (line_id, "", "")[index.column()]
            holder = f"{line.holder} ({line.alias})" if line.alias else line.holder
            return (line.msisdn, holder, line.offer_name or line.offer_code)[index.column()]
        if role == SORT_ROLE:
            if line is None:
                return (line_id, "", "")[index.column()]
            return (line.msisdn, line.holder.casefold(), line.offer_name)[index.column()]
        return None


class PromotionsView(QWidget):
    callOpened = Signal(str)  # the tel: link opened

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind_labels = server_labels.rendered(server_labels.PROMOTION_KINDS, QCoreApplication.translate)
        self.listing = Promotions((), ACTIVATION_NUMBER)
        self._lines: dict[str, Line] = {}
        self.call = QLabel(self)
        self.call.setTextFormat(Qt.TextFormat.RichText)
        self.call.setWordWrap(True)
        self.call.setOpenExternalLinks(False)
        self.call.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                          | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.call.linkActivated.connect(self.open_link)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Promotions"))
        self.list.setSpacing(3)  # each promotion is two lines: a little air between them
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.empty = QLabel(self.tr("No promotion for the company's lines at the moment."), self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.message = QLabel(self)
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.message.hide()
        self.title = QLabel(self)
        self.title.setObjectName("stepTitle")
        self.facts = QLabel(self)
        self.facts.setObjectName("hint")
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.lines_title = QLabel(self)
        self.model = PromotionLinesModel([self.tr("Number"), self.tr("Holder"), self.tr("Offer")], self)
        self.proxy = sorting_proxy(self.model, self)
        self.table = read_only_table(self, self.tr("Lines of the promotion"))
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        detail = QWidget(self)
        column = QVBoxLayout(detail)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.facts)
        column.addWidget(self.description)
        column.addSpacing(6)
        column.addWidget(self.lines_title)
        column.addWidget(self.table, 1)
        left = QWidget(self)
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.list, 1)
        left_column.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.call)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.loaded = False
        self._write_call(ACTIVATION_NUMBER)
        self._show_current()

    # --- data in ---

    def set_lines(self, lines: Sequence[Line], search_keys: Sequence[str] | None = None) -> None:
        self._lines = {line.id: line for line in lines}
        self._show_current()

    def set_promotions(self, listing: Promotions) -> None:
        current = self.current_promotion_id()
        self.loaded = True
        self.listing = listing
        self._write_call(listing.activation_number)
        self.list.blockSignals(True)
        self.list.clear()
        for promotion in listing.promotions:
            kind = self.kind_labels.get(promotion.kind, promotion.kind)
            text = self.tr("%1 · %2 line(s)", "", len(promotion.line_ids)).replace("%1", kind).replace(
                "%2", formatting.count(len(promotion.line_ids)))
            item = QListWidgetItem(f"{promotion.name}\n{text}", self.list)
            item.setData(_PROMOTION, promotion.id)
        self.list.blockSignals(False)
        self.empty.setVisible(not listing.promotions)
        ids = [p.id for p in listing.promotions]
        if ids:
            self.list.setCurrentRow(ids.index(current) if current in ids else 0)
        self._show_current()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def reset(self) -> None:
        self.loaded = False
        self.listing = Promotions((), self.listing.activation_number)
        self.list.clear()
        self.empty.hide()
        self.show_message("")
        self._show_current()

    # --- queries ---

    def current_promotion(self) -> Promotion | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(_PROMOTION)
        return next((p for p in self.listing.promotions if p.id == wanted), None)

    def current_promotion_id(self) -> str:
        current = self.current_promotion()
        return current.id if current else ""

    def select_promotion(self, promotion_id: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(_PROMOTION) == promotion_id:
                self.list.setCurrentRow(row)
                return True
        return False

    # --- showing ---

    def _write_call(self, number: str) -> None:
        self.number = number
        link = f'<a href="tel:{number}">{number}</a>'
        self.call.setText(self.tr("These promotions are dedicated to the company's lines. To activate one, "
                                  "call %1.").replace("%1", link))
        self.call.setToolTip(self.tr("Call %1").replace("%1", number))

    def _show_current(self) -> None:
        promotion = self.current_promotion()
        if promotion is None:
            self.title.clear()
            self.facts.clear()
            self.description.clear()
            self.lines_title.clear()
            self.model.set_rows([])
            return
        self.title.setText(promotion.name)
        self.facts.setText(self.tr("%1 · valid until %2").replace(
            "%1", self.kind_labels.get(promotion.kind, promotion.kind)).replace(
            "%2", formatting.day(promotion.valid_until)))
        self.description.setText(promotion.description)
        self.lines_title.setText(self.tr("It applies to %1 line(s):", "", len(promotion.line_ids)).replace(
            "%1", formatting.count(len(promotion.line_ids))))
        self.model.set_rows([(line_id, self._lines.get(line_id)) for line_id in promotion.line_ids])

    def open_link(self, link: str) -> None:
        """The click-to-call link: the system's phone application (or whatever handles tel:) takes it."""
        QDesktopServices.openUrl(QUrl(link))
        self.callOpened.emit(link)
