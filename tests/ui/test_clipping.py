"""The clipped-text check (widgets/clipping.py) and the fixes it found (issue 10, "Columns too narrow,
text cut"): it reports each kind of widget when too narrow and stays quiet when the text fits; the
billing-account filter, the dashboard's line table and the recharges' tables show their text whole."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain.models import BillingAccount, Company, Line
from windtre_desktop.domain.totals import company_totals
from windtre_desktop.views.billing_view import BillingView
from windtre_desktop.views.dashboard_view import DashboardView
from windtre_desktop.views.recharges_view import RechargesView
from windtre_desktop.widgets.clipping import clipped_texts
from windtre_desktop.widgets.lines_model import LinesTableModel

LONG = "Tutti gli account di fatturazione della società"


class _Headers(QAbstractTableModel):
    def __init__(self, titles):
        super().__init__()
        self.titles = titles

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return len(self.titles)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.titles[section]
        return None


def _shown(qtbot, *widgets):
    root = QWidget()
    layout = QVBoxLayout(root)
    for widget in widgets:
        layout.addWidget(widget)
    qtbot.addWidget(root)
    root.show()
    qtbot.waitExposed(root)
    return root


def test_each_kind_of_widget_is_reported_when_too_narrow(qtbot):
    label, button, check, combo = QLabel(LONG), QPushButton(LONG), QCheckBox(LONG), QComboBox()
    combo.addItem(LONG)
    tabs = QTabBar()
    tabs.addTab(LONG)
    tabs.setExpanding(False)
    table = QTableView()
    model = _Headers(["N", LONG])
    table.setModel(model)
    root = _shown(qtbot, label, button, check, combo, tabs, table)
    for widget in (label, button, check, combo, tabs):
        widget.setFixedWidth(60)
    tabs.setUsesScrollButtons(False)
    tabs.setElideMode(Qt.TextElideMode.ElideRight)
    table.horizontalHeader().resizeSection(1, 60)
    qtbot.wait(10)
    kinds = {found.kind for found in clipped_texts(root)}
    assert kinds == {"QLabel", "QPushButton", "QCheckBox", "QComboBox", "QTabBar tab", "QHeaderView section"}
    assert all(found.needed > found.available for found in clipped_texts(root))


def test_nothing_is_reported_when_the_text_fits(qtbot):
    label, button, check, combo = QLabel("Conto"), QPushButton("Apri PDF"), QCheckBox("Solo scaricate"), QComboBox()
    combo.addItem("Ultimi 24 mesi")
    wrapped = QLabel(LONG * 3)
    wrapped.setWordWrap(True)
    table = QTableView()
    model = _Headers(["Numero", "Titolare"])
    table.setModel(model)
    table.horizontalHeader().resizeSection(0, 200)
    row = QWidget()
    QHBoxLayout(row).addWidget(wrapped)
    root = _shown(qtbot, label, button, check, combo, row, table)
    root.resize(900, 400)
    qtbot.wait(10)
    assert clipped_texts(root) == []


def test_billing_account_filter_shows_its_longest_choice_whole(qtbot):
    view = BillingView()
    qtbot.addWidget(view)
    view.resize(1010, 700)  # its width in the 1280-wide main window, beside the navigation
    view.show()
    qtbot.waitExposed(view)
    # the accounts arrive after the view is first shown, as they do after the first sync
    view.set_company(Company(id="C1", name="Marino Energia S.r.l.", vat_number="19783480015",
                             billing_accounts=(BillingAccount("BA001", "Sede di Milano"),
                                               BillingAccount("BA002", "Filiale di Roma, via del Corso"))))
    qtbot.wait(10)
    combos = [found for found in clipped_texts(view) if found.kind == "QComboBox"]
    assert combos == [], [str(found) for found in combos]
    assert view.account.width() >= view.account.sizeHint().width()


def _lines(n: int) -> list[Line]:
    offers = ("Business Fibra Unlimited", "Business Voce 1000", "Business Unlimited 100")
    return [Line(id=f"L{i}", msisdn=f"+39320{i:07d}", kind="mobile", holder=f"Alessandro Pellegrini {i}", alias="",
                 status="active", payment_type="prepaid" if i % 2 else "subscription", billing_account_id="BA001",
                 offer_code="X", offer_name=offers[i % 3], credit_cents=100, data=None, voice=None, sms=None)
            for i in range(n)]


def test_dashboard_line_table_shows_offers_and_holders_whole_at_10000_lines(qtbot):
    view = DashboardView()
    qtbot.addWidget(view)
    view.resize(1030, 740)  # its width in the 1280-wide main window
    view.show()
    qtbot.waitExposed(view)
    lines = _lines(10_000)
    view.set_data(None, None, lines, company_totals(lines))
    qtbot.wait(10)
    header = view.picker.table.horizontalHeader()
    metrics = view.picker.table.fontMetrics()
    for column, widest in ((LinesTableModel.COL_OFFER, "Business Fibra Unlimited"),
                           (LinesTableModel.COL_HOLDER, "Alessandro Pellegrini 9999")):
        assert header.sectionSize(column) > metrics.horizontalAdvance(widest), widest
    # all three columns are in view without scrolling sideways
    assert view.picker.table.viewport().width() >= header.length(), (view.picker.table.viewport().width(), header.length())
    assert clipped_texts(view) == []


def test_recharge_tables_show_every_column_whole_beside_the_picker(qtbot):
    attempts = [{"date": "2026-05-07T06:15:00+02:00", "amountCents": 5000, "transactionId": "RC202605078361663",
                 "status": status, "outcome": outcome}
                for status, outcome in (("failed", "Importo superiore al limite della carta"),
                                        ("completed", "Ricarica effettuata"))]
    view = RechargesView()
    qtbot.addWidget(view)
    # the server's answer, given at once (the network part is tested in test_recharges_view.py)
    view.set_runner(lambda _name, _params, ok, _fail: ok({"done": [], "attempts": attempts}) or 1)
    view.resize(1010, 700)  # its width in the 1280-wide main window
    lines = [replace(line, holder="Vincenzo Pellegrini", alias=f"Assistenza tecnica {i}")
             for i, line in enumerate(_lines(300))]
    view.set_lines(lines)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.historyShown, timeout=5000):
        assert view.select_line("L7")
    qtbot.wait(50)
    table = view.attempts_table
    header = table.horizontalHeader()
    for column in range(header.count()):
        assert header.sectionSize(column) >= table.sizeHintForColumn(column), view.attempt_headers[column]
    assert header.length() <= table.viewport().width()
    # and the picker beside them shows its columns without scrolling sideways (it showed "Busin" under "O")
    picker = view.picker.table
    assert picker.horizontalHeader().length() <= picker.viewport().width()
    assert clipped_texts(view) == []
