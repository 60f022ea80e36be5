"""The prepaid lines a recharge page lists (R-64, R-67): number, holder, tariff plan (offer) and credit, as a
table model over the synced lines (model/view: 10,000 lines stay smooth)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from windtre_desktop.domain.models import Line
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets.tables import SORT_ROLE, RowsModel

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RechargeLinesModel(RowsModel):
    """Rows are Lines: Number, Tariff plan, Credit, Holder (last: it is the widest and may be cut)."""

    @property
    def lines(self) -> list[Line]:
        return self.rows

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        line = self.lines[index.row()]
        column = index.column()
        holder = f"{line.holder} ({line.alias})" if line.alias else line.holder
        if role == Qt.ItemDataRole.DisplayRole:
            credit = "–" if line.credit_cents is None else formatting.euro(line.credit_cents)
            return (line.msisdn, line.offer_name, credit, holder)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return holder
        if role == SORT_ROLE:
            return (line.msisdn, line.offer_name.casefold(), -1 if line.credit_cents is None else line.credit_cents,
                    holder.casefold())[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return _RIGHT
        return None
