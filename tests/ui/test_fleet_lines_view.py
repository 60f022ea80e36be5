"""Panoramica flotta → Linee (views/fleet_lines_view.py) on the lines of the sandbox's 10,000-line demo company
with a usage made here: the lines show before the first usage (usage columns "–"), the search and the bar's
filters and the built-in views agree with the domain, every column sorts (empty values last), a label edit is
signalled and shows with the next snapshot, a custom view goes to a real store and back, Enter opens a line,
the export holds the rows shown, and no text is cut at 250 and 10,000 lines in either theme."""

from __future__ import annotations

from dataclasses import replace

import openpyxl
import pytest
from PySide6.QtCore import Qt

from tests.support.fleet_lines_data import demo_snapshot
from windtre_desktop.domain.fleet_table import BUILT_IN_VIEWS, FleetFilter, fleet_rows
from windtre_desktop.domain.fleet_usage import LineLabel
from windtre_desktop.store.database import Store
from windtre_desktop.store.fleet_labels import FleetViews
from windtre_desktop.views.fleet_lines_view import FleetLinesView
from windtre_desktop.views.fleet_section import FleetSection
from windtre_desktop.widgets import fleet_model as cols
from windtre_desktop.widgets import theme
from windtre_desktop.widgets.clipping import clipped_texts
from windtre_desktop.widgets.fleet_model import NO_VALUE, SORT_KEYS


@pytest.fixture(scope="module")
def big():
    return demo_snapshot(10_000)


@pytest.fixture(scope="module")
def small():
    return demo_snapshot(250)


def shown(qtbot, snapshot=None) -> FleetLinesView:
    view = FleetLinesView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    if snapshot is not None:
        view.set_snapshot(snapshot)
    return view


def ids(view: FleetLinesView) -> list[str]:
    return [row.line_id for row in view.model.shown_rows()]


def test_the_lines_show_before_the_first_usage_with_empty_usage_columns(qtbot, small):
    view = shown(qtbot)
    assert view.model.rowCount() == 0 and view.empty_label.isVisible()
    assert not view.export_button.isEnabled()
    view.set_snapshot(replace(small, usage=None))
    assert view.model.rowCount() == 250 and not view.empty_label.isVisible()
    for column in (cols.COL_SPEND, cols.COL_GSS, cols.COL_ACTIVITY, cols.COL_ROAMING):
        assert {view.model.index(r, column).data() for r in range(250)} == {NO_VALUE}, column
    assert all(view.model.index(r, cols.COL_NUMBER).data() for r in range(250))
    view.set_snapshot(small)  # the usage arrives
    spends = [view.model.index(r, cols.COL_SPEND).data() for r in range(250)]
    assert NO_VALUE not in spends
    assert view.usage_label.text() != ""


def test_search_and_bar_filters_agree_with_the_domain_at_10000_lines(qtbot, big):
    view = shown(qtbot, big)
    rows = fleet_rows(big)
    assert view.model.rowCount() == 10_000
    number = rows[1234].number.removeprefix("+39")
    view.set_query_now(number)
    assert rows[1234].line_id in ids(view)
    assert ids(view) == [r.line_id for r in FleetFilter(text=number).apply(rows)]
    view.set_query_now("")
    assert view.model.rowCount() == 10_000
    # the type, offer and status combos narrow together
    view.kind.setCurrentIndex(view.kind.findData("mobile"))
    offer = next(r.offer for r in rows[7:] if r.kind == "mobile")
    view.offer.setCurrentIndex(view.offer.findData(offer))
    view.state.setCurrentIndex(view.state.findData("active"))
    expected = [r.line_id for r in rows if r.kind == "mobile" and r.offer == offer and r.status == "active"]
    assert expected and ids(view) == expected
    # typing is debounced: the table follows once the typing stops
    view.kind.setCurrentIndex(0)
    view.state.setCurrentIndex(0)
    view.offer.setCurrentIndex(0)
    view.search.setText(rows[42].holder)
    qtbot.waitUntil(lambda: view.model.rowCount() < 10_000)
    assert rows[42].line_id in ids(view)
    # labelled lines only, then unlabelled ones
    view.set_query_now("")
    view.labelled.setCurrentIndex(1)
    assert view.model.rowCount() == 0 and view.current_filter().has_label is True  # no label in this snapshot
    view.labelled.setCurrentIndex(2)
    assert view.model.rowCount() == 10_000 and view.current_filter().has_label is False
    view.labelled.setCurrentIndex(0)
    view.set_query_now("nessuna linea ha questo testo")
    assert view.model.rowCount() == 0 and view.empty_label.isVisible() and not view.export_button.isEnabled()


def test_the_built_in_views_at_10000_lines(qtbot, big):
    view = shown(qtbot, big)
    rows = fleet_rows(big)
    for built in BUILT_IN_VIEWS:
        assert view.select_view("builtin", built.id)
        expected = [r.line_id for r in built.filter.apply(rows)]
        assert 0 < len(expected) < 10_000
        assert ids(view) == expected, built.id
        assert view.current_filter() == built.filter
        # the bar narrows a view further
        view.kind.setCurrentIndex(view.kind.findData("mobile"))
        assert ids(view) == [r.line_id for r in replace(built.filter, kind="mobile").apply(rows)]
    assert view.select_view("")
    assert view.model.rowCount() == 10_000 and view.current_filter() == FleetFilter()
    assert not view.select_view("builtin", "no such view")


def test_more_filters_set_the_thresholds_of_the_current_view(qtbot, big):
    view = shown(qtbot, big)
    rows = fleet_rows(big)
    view.select_view("builtin", "data_over_80")
    dialog = view.open_more_filters()
    assert dialog.data_on.isChecked() and dialog.data.value() == 80 and not dialog.credit_on.isChecked()
    dialog.credit_on.setChecked(True)
    dialog.credit.setValue(20.0)
    dialog.idle_on.setChecked(True)
    dialog.idle.setValue(10)
    dialog.accept()
    wanted = FleetFilter(credit_below_cents=2000, data_over_pct=80.0, inactive_days=10)
    assert view.current_filter() == wanted
    expected = [r.line_id for r in rows if r.credit_cents is not None and r.credit_cents < 2000
                and r.data_pct is not None and r.data_pct > 80 and r.idle_days is not None and r.idle_days >= 10]
    assert expected and ids(view) == expected
    assert "3" in view.more_button.text()  # three thresholds on
    # a cancelled dialog changes nothing; switching everything off shows every line
    dialog = view.open_more_filters()
    dialog.roaming.setChecked(True)
    dialog.reject()
    assert view.current_filter() == wanted
    dialog = view.open_more_filters()
    for box in (dialog.credit_on, dialog.data_on, dialog.idle_on):
        box.setChecked(False)
    dialog.accept()
    assert view.current_filter() == FleetFilter() and view.model.rowCount() == 10_000


@pytest.mark.parametrize("column", sorted(SORT_KEYS))
def test_every_column_sorts_both_ways_with_empty_values_last(qtbot, small, column):
    labels = {line.id: LineLabel(line.id, f"Etichetta {i % 9}", "") for i, line in enumerate(small.lines) if i % 3}
    view = shown(qtbot, replace(small, labels=labels))
    key = SORT_KEYS[column]
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        view.table.sortByColumn(column, order)
        values = [key(r) for r in view.model.shown_rows()]
        known = [v for v in values if v is not None]
        assert values == known + [None] * (len(values) - len(known)), column
        assert known == sorted(known, reverse=order == Qt.SortOrder.DescendingOrder), column
        assert len(values) == 250


def test_sorting_keeps_the_current_line_and_a_filter_keeps_the_order(qtbot, big):
    view = shown(qtbot, big)
    line_id = big.lines[500].id
    assert view.select_line(line_id)
    view.table.sortByColumn(cols.COL_CREDIT, Qt.SortOrder.DescendingOrder)
    assert view.current_line_id() == line_id
    credits = [r.credit_cents for r in view.model.shown_rows() if r.credit_cents is not None]
    assert credits == sorted(credits, reverse=True)
    view.select_view("builtin", "credit_below_5")
    credits = [r.credit_cents for r in view.model.shown_rows()]
    assert credits and credits == sorted(credits, reverse=True) and max(credits) < 500


def test_a_label_edit_is_signalled_and_shows_with_the_next_snapshot(qtbot, small):
    view = shown(qtbot, small)
    line_id = small.lines[3].id
    assert view.select_line(line_id)
    assert view.label_button.isEnabled()
    view.label_button.click()
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible() and dialog.line_id == line_id
    dialog.label.setText("  Magazzino Zeta ")
    dialog.note.setPlainText("CdC 4410\nsecondo piano")
    with qtbot.waitSignal(view.labelEdited) as blocker:
        dialog.accept()
    assert blocker.args == [line_id, "Magazzino Zeta", "CdC 4410\nsecondo piano"]
    # the flow stores it and sends the next snapshot
    view.set_snapshot(replace(small, labels={line_id: LineLabel(line_id, "Magazzino Zeta", "CdC 4410\nsecondo piano")}))
    row = view.model.row_of(line_id)
    assert view.model.index(row, cols.COL_LABEL).data() == "Magazzino Zeta"
    assert view.model.index(row, cols.COL_NOTE).data() == "CdC 4410 secondo piano"
    assert view.current_line_id() == line_id
    view.set_query_now("magazzino zeta")  # labels are searchable
    assert ids(view) == [line_id]
    # a cancelled dialog says nothing
    dialog = view.open_label_dialog(line_id)
    assert dialog.label.text() == "Magazzino Zeta"
    with qtbot.assertNotEmitted(view.labelEdited):
        dialog.reject()


def test_a_custom_view_goes_to_the_store_and_comes_back(qtbot, big, tmp_path):
    store = Store(tmp_path / "cache.sqlite3")
    views = FleetViews(store)
    try:
        view = shown(qtbot, big)
        # wired as the fleet flow wires it
        view.viewSaved.connect(lambda name, filters: (views.save(name, filters), view.set_custom_views(views.all())))
        view.viewDeleted.connect(lambda name: (views.delete(name), view.set_custom_views(views.all())))
        view.select_view("builtin", "data_over_80")
        view.kind.setCurrentIndex(view.kind.findData("mobile"))
        view.set_query_now("business")
        view.labelled.setCurrentIndex(2)  # without a label
        wanted = view.current_filter()
        assert wanted.has_label is False and wanted.data_over_pct == 80
        shown_ids = ids(view)
        with qtbot.waitSignal(view.viewSaved) as blocker:
            view._ask_view_name = lambda start: "Giga mobili"
            view.save_view_button.click()
        assert blocker.args[0] == "Giga mobili" and FleetFilter.from_json(blocker.args[1]) == wanted
        assert FleetFilter.from_json(views.all()["Giga mobili"]) == wanted
        assert view.current_view() == ("custom", "Giga mobili") and view.delete_view_button.isEnabled()

        # another start of the app: the view comes from the store
        again = shown(qtbot, big)
        again.set_custom_views(views.all())
        assert again.model.rowCount() == 10_000
        assert again.select_view("custom", "Giga mobili")
        assert again.current_filter() == wanted and ids(again) == shown_ids
        assert again.search.text() == "business" and again.kind.currentData() == "mobile"
        assert again.labelled.currentIndex() == 2

        with qtbot.waitSignal(view.viewDeleted) as deleted:
            view.delete_view_button.click()
        assert deleted.args == ["Giga mobili"] and views.all() == {}
        assert view.current_view() == ("", "") and view.model.rowCount() == 10_000
        assert not view.delete_view_button.isEnabled()
    finally:
        store.close()


def test_enter_and_double_click_open_the_line(qtbot, small):
    view = shown(qtbot, small)
    view.search.setFocus()
    qtbot.keyClicks(view.search, small.lines[20].msisdn)
    qtbot.keyClick(view.search, Qt.Key.Key_Return)  # the filter at once, the keyboard on the first line
    assert view.current_line_id() == small.lines[20].id and view.focusWidget() is view.table
    with qtbot.waitSignal(view.lineOpened) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == [small.lines[20].id]
    view.set_query_now("")
    line_id = small.lines[10].id
    view.select_line(line_id)
    view.table.setFocus()
    with qtbot.waitSignal(view.lineOpened) as blocker:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert blocker.args == [line_id]
    other = small.lines[11].id
    index = view.model.index(view.model.row_of(other), cols.COL_HOLDER)
    with qtbot.waitSignal(view.lineOpened) as blocker:
        view.table.doubleClicked.emit(index)
        view.table.activated.emit(index)
    assert blocker.args == [other]


def test_the_export_holds_the_rows_shown_with_labels_and_notes(qtbot, big, tmp_path):
    labels = {line.id: LineLabel(line.id, f"Reparto {i % 5}", f"=nota {i}") for i, line in enumerate(big.lines)
              if i % 11 == 0}
    view = shown(qtbot, replace(big, labels=labels))
    view.select_view("builtin", "inactive_30")
    view.table.sortByColumn(cols.COL_SPEND, Qt.SortOrder.DescendingOrder)
    rows = view.model.shown_rows()
    assert 0 < len(rows) < 10_000
    target = tmp_path / "flotta.xlsx"
    view._ask_export_path = lambda: str(target)
    with qtbot.waitSignal(view.exportFinished, timeout=60_000) as finished:
        view.export_button.click()
        assert not view.export_button.isEnabled()  # written on the view's own thread meanwhile
        assert view.export_to(tmp_path / "second.xlsx") is False  # one export at a time
    assert finished.args == [True] and target.exists() and view.status.isVisible()
    assert view.export_button.isEnabled()
    sheet = openpyxl.load_workbook(target).worksheets[0]
    values = list(sheet.iter_rows(values_only=True))
    assert len(values) == len(rows) + 1 and len(values[0]) == 17
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:Q{len(rows) + 1}"
    for row, got in zip(rows, values[1:], strict=True):
        assert got[0] == row.number and got[1] == row.holder and (got[3] or "") == row.label
        assert (got[4] or "") == row.note  # "=nota 3" stays a text, never a formula
        assert got[11] == pytest.approx(row.month_spend_cents / 100)
        assert (got[13].date() if got[13] else None) == row.last_activity
    with qtbot.waitSignal(view.exportFinished, timeout=60_000) as failed:
        assert view.export_to(tmp_path / "no such folder" / "x.xlsx") is True
    assert failed.args == [False] and not (tmp_path / "no such folder").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["flotta.xlsx"]


def _section(qtbot, snapshot) -> FleetSection:
    section = FleetSection()
    qtbot.addWidget(section)
    section.resize(1030, 740)  # the section's room in the 1280-wide main window
    section.show()
    qtbot.waitExposed(section)
    section.set_snapshot(snapshot)
    return section


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_text_is_cut_at_250_and_10000_lines(qtbot, qapp, small, big, scheme):
    theme.apply(qapp, scheme)
    try:
        for name, snapshot in (("250", small), ("10000", big)):
            section = _section(qtbot, snapshot)
            view = section.lines
            qtbot.wait(10)
            assert clipped_texts(section) == [], [str(c) for c in clipped_texts(section)]
            section.grab().save(f"/tmp/i15/lines-{scheme}-{name}.png")
            view.select_view("builtin", "data_over_80")
            view.table.sortByColumn(cols.COL_DATA, Qt.SortOrder.DescendingOrder)
            view.labelled.setCurrentIndex(2)
            qtbot.wait(10)
            assert clipped_texts(section) == [], [str(c) for c in clipped_texts(section)]
            section.grab().save(f"/tmp/i15/lines-{scheme}-{name}-view.png")
            header = view.table.horizontalHeader()
            metrics = view.table.fontMetrics()
            widest = max(view.model.longest_texts(cols.COL_NUMBER), key=metrics.horizontalAdvance)
            assert header.sectionSize(cols.COL_NUMBER) > metrics.horizontalAdvance(widest)
            dialog = view.open_more_filters()
            qtbot.waitExposed(dialog)
            assert clipped_texts(dialog) == [], [str(c) for c in clipped_texts(dialog)]
            dialog.grab().save(f"/tmp/i15/lines-{scheme}-{name}-filters.png")
            dialog.reject()
            dialog = view.open_label_dialog(view.model.row_at(0).line_id)
            qtbot.waitExposed(dialog)
            assert clipped_texts(dialog) == [], [str(c) for c in clipped_texts(dialog)]
            dialog.reject()
    finally:
        theme.apply(qapp, "light")
