"""Issue 10 across the whole app: the main window on a real sandbox, signed in, every section shown, an
invoice's FatturaPA and call detail opened, a line's recharges and a filed ticket (list and receipt); every
text a user can see (labels, buttons, spin boxes, gauges, table cells, the FatturaPA page) collected in
Italian and in English and checked: no ISO date, no dot-decimal in Italian (nor comma-decimal in English),
money placed the CLDR way, one data unit per gauge."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QAbstractListModel, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QTextEdit,
    QWidget,
)

from tests.ui.conftest import sign_in
from tests.ui.test_tickets import fill_sim_replacement
from windtre_desktop.domain.roles import Section
from windtre_desktop.widgets.gauge import CounterGauge
from windtre_desktop.widgets.ticket_receipt import receipt_html

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# a dot between digits with exactly two digits after it is a decimal ("1541.23", "22.00"); "1.541" is grouping
DOT_DECIMAL = re.compile(r"\d\.\d{2}(?!\d)")
COMMA_DECIMAL = re.compile(r"\d,\d{2}(?!\d)")
MONEY = {  # how money reads (whole euros in the amount filters), and what would be the other language's way
    "it": (re.compile(r"-?\d{1,3}(\.\d{3})*(,\d+)?\u00a0€"), re.compile(r"€[ \u00a0]?-?\d")),
    "en": (re.compile(r"-?€\d{1,3}(,\d{3})*(\.\d+)?"), re.compile(r"\d[ \u00a0]?€")),
}
UNIT = re.compile(r"\b(MB|GB|TB)\b")
ROWS_READ = 200  # of each table: enough to see every column's forms, cheap at 10,000 lines


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", " ", text).replace("&nbsp;", "\u00a0")


def visible_texts(root: QWidget) -> list[str]:
    """What a user can read in `root`: labels, buttons, spin boxes, combo boxes, text views, gauges, and the
    header and DisplayRole cells of every table."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            texts.append(_plain(widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractSpinBox | QComboBox):
            texts.append(widget.text() if isinstance(widget, QAbstractSpinBox) else widget.currentText())
        elif isinstance(widget, QTextEdit):
            texts.append(widget.document().toRawText())  # toPlainText() would turn no-break spaces into spaces
        elif isinstance(widget, CounterGauge):
            texts.append(" | ".join(widget.texts))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
            for row in range(min(model.rowCount(), ROWS_READ)):
                texts += [str(model.index(row, c).data() or "") for c in range(columns)]
        if widget.toolTip():
            texts.append(widget.toolTip())
    return [t for t in texts if t]


def problems(texts: list[str], language: str) -> list[str]:
    """Each wrong piece with a little of what surrounds it."""
    money, other_way = MONEY[language]
    wrong_decimal = DOT_DECIMAL if language == "it" else COMMA_DECIMAL

    def around(text: str, match: re.Match) -> str:
        return text[max(match.start() - 30, 0):match.end() + 30]

    found = []
    for text in texts:
        found += [f"ISO date: {around(text, m)!r}" for m in ISO_DATE.finditer(text)]
        found += [f"euro placed the other language's way: {around(text, m)!r}" for m in other_way.finditer(text)]
        rest = money.sub("", text)  # what is not money written the CLDR way
        found += [f"decimal of the other language: {around(rest, m)!r}" for m in wrong_decimal.finditer(rest)]
        found += [f"money not written the CLDR way: {around(rest, m)!r}" for m in re.finditer("€", rest)]
    return found


def gauge_units(window: QWidget) -> list[str]:
    """Gauges that write data in more than one unit ("7.242,7 GB left" beside "of 13,6 TB")."""
    return [" | ".join(g.texts) for g in window.findChildren(CounterGauge)
            if len(set(UNIT.findall(" ".join(g.texts)))) > 1]


@pytest.fixture
def in_language(qt_translations):
    yield qt_translations.install
    qt_translations.install("it")


@pytest.mark.parametrize("language", ["it", "en"])
def test_every_view_writes_numbers_dates_and_money_one_way(qtbot, fresh_sandbox, make_controller, in_language,
                                                           language):
    in_language(language)
    controller = make_controller(fresh_sandbox.url, language=language)
    controller.start()
    window = controller.window
    window.resize(1280, 800)
    window.show()
    assert sign_in(qtbot, controller) is True
    seen: dict[str, list[str]] = {}

    # a filed ticket, so the tickets list and its receipt have dates to show
    mobile = next(line.msisdn for line in controller.snapshot.lines if line.kind == "mobile")
    controller.window.loss_action.trigger()
    qtbot.waitUntil(lambda: controller.ticket_flows.dialog is not None, timeout=10000)
    view = fill_sim_replacement(qtbot, controller, mobile)
    with qtbot.waitSignal(controller.ticket_flows.ticketFiled, timeout=15000) as filed:
        view.next_button.click()
    seen["ticket wizard"] = visible_texts(controller.ticket_flows.dialog)
    controller.ticket_flows.dialog.close()
    seen["ticket receipt"] = [_plain(receipt_html(filed.args[0], "Demo"))]

    for section in window.visible_sections():
        window.show_section(section)
        widget = window.section_widget(section)
        if section == Section.TICKETS:
            qtbot.waitUntil(lambda w=widget: len(w.tickets) > 0, timeout=10000)
            widget.table.selectRow(0)
        if section == Section.ACCOUNT_BILLING:
            qtbot.waitUntil(lambda w=widget: w.invoices.model.rowCount() > 0, timeout=10000)
        qtbot.wait(50)
        seen[section.value] = visible_texts(window)
    assert not gauge_units(window)

    window.show_section(Section.DASHBOARD)
    window.dashboard.picker.select_line(controller.snapshot.lines[0].id)
    qtbot.wait(50)
    seen["one line's dashboard"] = visible_texts(window)
    assert not gauge_units(window)

    billing = window.section_widget(Section.ACCOUNT_BILLING)
    window.show_section(Section.ACCOUNT_BILLING)
    flows = controller.invoice_flows
    invoices = billing.invoices.model.invoices
    with qtbot.waitSignal(flows.fatturapaShown, timeout=20000):
        flows.open(invoices[0], "fatturapa")
    seen["FatturaPA viewer"] = visible_texts(window.invoice_viewer)
    fatturapa_page = window.invoice_viewer.browser.toPlainText()
    window.invoice_viewer.close()

    with qtbot.waitSignal(flows.callDetailShown, timeout=20000) as shown:
        flows.open(next(i for i in invoices if i.get("hasCallDetail")), "call_detail")
    seen["call detail"] = visible_texts(shown.args[0])
    shown.args[0].close()

    billing.tabs.setCurrentIndex(1)
    prepaid = next(line for line in controller.snapshot.lines
                   if line.kind == "mobile" and line.payment_type == "prepaid")
    with qtbot.waitSignal(billing.recharges.historyShown, timeout=20000):
        assert billing.recharges.select_line(prepaid.id)
    qtbot.wait(50)
    seen["recharges"] = visible_texts(window)
    assert billing.recharges.done_model.rowCount() > 0

    everything = {name: problems(texts, language) for name, texts in seen.items()}
    assert {name: found for name, found in everything.items() if found} == {}
    assert "€" in fatturapa_page  # its amounts are money
    written = " ".join(t for texts in seen.values() for t in texts)
    assert MONEY[language][0].search(written) and re.search(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", written)
