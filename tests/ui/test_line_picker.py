"""The line picker at 10,000 lines: finds by number, name and offer; selecting reports the line."""

from __future__ import annotations

from tests.domain.test_totals_and_search import make_line
from windtre_desktop.widgets.line_picker import LinePicker


def big_company(n=10_000):
    offers = ["Business Giga 50", "Business Unlimited 100", "Business Flex"]
    return [make_line(i, holder=f"Dipendente {i}", offer=offers[i % 3]) for i in range(n)]


def test_picker_filters_10000_lines_by_number_name_and_offer(qtbot):
    picker = LinePicker()
    qtbot.addWidget(picker)
    lines = big_company()
    picker.set_lines(lines)
    assert picker.proxy.rowCount() == 10_000

    picker.set_query_now("+39 347 0004321")
    assert picker.proxy.rowCount() == 1
    assert picker.model.line_at(picker.proxy.mapToSource(picker.proxy.index(0, 0)).row()).id == "L04321"

    picker.set_query_now("dipendente 999")  # names containing "999": 999, 1999, ..., 9990..9999
    assert picker.proxy.rowCount() == sum(1 for i in range(10_000) if "999" in str(i))

    picker.set_query_now("flex")
    assert picker.proxy.rowCount() == sum(1 for i in range(10_000) if i % 3 == 2)

    picker.set_query_now("")
    assert picker.proxy.rowCount() == 10_000
    assert "10" in picker.count_label.text()


def test_enter_selects_the_first_match_and_reports_it(qtbot):
    picker = LinePicker()
    qtbot.addWidget(picker)
    picker.set_lines(big_company(300))
    picker.search.setText("0000123")
    with qtbot.waitSignal(picker.lineSelected, timeout=2000) as blocker:
        picker.search.returnPressed.emit()
    assert blocker.args == ["L00123"]
    assert picker.current_line_id() == "L00123"
    with qtbot.waitSignal(picker.lineSelected) as blocker:
        picker.company_button.click()
    assert blocker.args == [""]


def test_a_typed_query_still_applies_when_new_data_arrives(qtbot):
    picker = LinePicker()
    qtbot.addWidget(picker)
    picker.set_lines(big_company(300))
    picker.set_query_now("flex")
    assert picker.proxy.rowCount() == 100
    picker.set_lines(big_company(600))  # a sync brought more lines while the user was searching
    assert picker.proxy.rowCount() == 200
    assert picker.search.text() == "flex"


def test_new_data_keeps_the_selection_and_the_users_scroll_position(qtbot):
    """A sync re-sets the lines every few minutes: the picker must not jump back to the selected line."""
    picker = LinePicker()
    qtbot.addWidget(picker)
    picker.resize(420, 320)
    picker.show()
    qtbot.waitExposed(picker)
    lines = big_company(300)
    picker.set_lines(lines)
    with qtbot.waitSignal(picker.lineSelected, timeout=2000):
        assert picker.select_line("L00005")  # chosen by the user: brought into view
    bar = picker.table.verticalScrollBar()
    assert bar.value() == 0 and bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)  # then the user scrolls down to look at other lines
    scrolled = bar.value()

    with qtbot.assertNotEmitted(picker.lineSelected):
        picker.set_lines(big_company(300))  # the sync
    qtbot.wait(50)  # a scroll would land with the next layout pass
    assert picker.current_line_id() == "L00005"
    assert bar.value() == scrolled

    with qtbot.waitSignal(picker.lineSelected, timeout=2000):
        assert picker.select_line("L00290")  # asked for: scrolled to
    qtbot.wait(50)
    row = picker.proxy.mapFromSource(picker.model.index(picker.model.row_of("L00290"), 0)).row()
    assert picker.table.rowAt(0) <= row <= picker.table.rowAt(picker.table.viewport().height() - 1)


def test_the_longest_texts_of_each_column_are_those_of_every_row(qtbot):
    """The picker sizes its columns from a dozen longest texts; they must be the longest of all the rows,
    as the table writes them (a holder with an alias is "holder (alias)")."""
    from dataclasses import replace

    from windtre_desktop.widgets.lines_model import LinesTableModel

    lines = [make_line(n) for n in range(2000)]
    lines[700] = replace(lines[700], holder="Bartolomeo Bartolomei-Castiglioni", alias="")
    lines[900] = replace(lines[900], holder="Ada", alias="Centralino del magazzino di Rovereto")
    lines[1300] = replace(lines[1300], offer_name="Business Unlimited 100 Plus Estero")
    picker = LinePicker()
    qtbot.addWidget(picker)
    picker.set_lines(lines)
    model = picker.model
    for column in range(model.columnCount()):
        every = {model.index(row, column).data() for row in range(model.rowCount())}
        longest = model.longest_texts(column)
        assert max(map(len, longest)) == max(map(len, every))
        assert set(longest) <= every
    assert "Ada (Centralino del magazzino di Rovereto)" in model.longest_texts(LinesTableModel.COL_HOLDER)
