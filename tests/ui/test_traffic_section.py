"""Traffico in the real app against the real sandbox (issue 11, R-21, R-30…R-32): the company and its top
lines, a line's records matching its totals, a newer pick superseding an older one, cancel, the saved
traffic offline with the period it covers, DOWNLOAD TRAFFICO from the screen, the dashboard's line followed,
and a Dipendente's own line only."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from tests.ui.conftest import sign_in
from windtre_desktop.domain.roles import Section
from windtre_desktop.domain.traffic_data import COMPANY, TYPE
from windtre_desktop.domain.traffic_periods import Period

LOAD_MS = 60_000


def settled(view, scope: str, period: Period | None = None) -> bool:
    """The server's answer for `scope` is on screen (not only the saved one) and nothing is loading."""
    result = view.result
    return (result is not None and result.scope == scope and not result.from_store
            and (period is None or result.period is period) and not view.is_loading())


def open_traffic(qtbot, controller):
    controller.window.show_section(Section.TRAFFIC)
    return controller.window.section_widget(Section.TRAFFIC)


@pytest.fixture
def traffic(qtbot, sandbox, make_controller):
    controller = make_controller(sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    view = open_traffic(qtbot, controller)
    qtbot.waitUntil(lambda: settled(view, COMPANY), timeout=LOAD_MS)
    return controller, view


def test_the_company_and_a_top_line_whose_records_add_up_to_its_totals_r31(qtbot, traffic):
    controller, view = traffic
    result = view.result
    assert result.line_count == len(controller.snapshot.lines) and result.records is None
    assert view.lower.currentWidget() is view.top_lines
    spenders = view.top_lines.line_ids("spend")
    assert len(spenders) == 10
    view.top_lines.tables["spend"].cellClicked.emit(0, 0)
    qtbot.waitUntil(lambda: settled(view, spenders[0]), timeout=LOAD_MS)
    line = view.result
    assert view.lower.currentWidget() is view.records
    assert view.picker.current_line_id() == spenders[0]
    assert view.records.model.total == len(line.records) == sum(t["records"] for t in line.totals.values())
    for kind, totals in line.totals.items():  # every record counted once, under its own type
        assert sum(1 for r in line.records if r[TYPE] == kind) == totals["records"]
    assert sum(r[8] for r in line.records) == sum(t["costCents"] for t in line.totals.values())
    assert line.first == line.today.replace(day=1) and line.complete  # "Mese corrente"


def test_a_newer_pick_supersedes_an_older_one_and_no_late_answer_paints_over_it(
        qtbot, traffic, sandbox_control):
    controller, view = traffic
    first, second = (line.id for line in controller.snapshot.lines[:2])
    slow = f"/api/v1/lines/{first}/traffic/daily"
    sandbox_control.fault("latency", count=-1, path_prefix=f"/api/v1/lines/{first}/traffic", latencyMs=1500)
    sandbox_control.reset_stats()
    shown = []
    view.resultShown.connect(lambda result: shown.append(result.scope))
    view.open_line(first)
    # the first line's request has reached the server, where the latency holds it
    qtbot.waitUntil(lambda: sandbox_control.stats()["requests"].get(slow, 0) >= 1, timeout=LOAD_MS)
    view.open_line(second)
    qtbot.waitUntil(lambda: settled(view, second), timeout=LOAD_MS)
    sandbox_control.clear_faults()
    # one network thread runs both loads in turn: the first's answer came back before the second's steps ran,
    # and was dropped there; nothing of it is on its way any more
    assert view.result.scope == second and shown[-1] == second
    assert first not in shown[shown.index(second):]


def test_cancel_stops_the_load_and_says_so(qtbot, traffic, sandbox_control):
    controller, view = traffic
    line = controller.snapshot.lines[3].id
    sandbox_control.fault("latency", count=-1, path_prefix=f"/api/v1/lines/{line}/traffic", latencyMs=800)
    view.open_line(line)
    qtbot.waitUntil(view.is_loading, timeout=5000)
    view.cancel_button.click()
    # the worker's answer reaches the view on the GUI thread: wait for it there, not on the network thread
    qtbot.waitUntil(lambda: view.status.text().startswith("Caricamento annullato."), timeout=LOAD_MS)
    sandbox_control.clear_faults()
    assert not view.is_loading()


def test_offline_the_saved_traffic_is_shown_with_the_period_it_covers(qtbot, traffic, sandbox_control):
    controller, view = traffic
    line = controller.snapshot.lines[4].id
    view.open_line(line)
    qtbot.waitUntil(lambda: settled(view, line, Period.MONTH), timeout=LOAD_MS)
    records = view.records.model.total
    sandbox_control.fault("drop", count=-1, path_prefix="/api/v1/")
    try:
        view.set_period(Period.THREE_MONTHS)
        qtbot.waitUntil(lambda: not view.error.isHidden() and view.result.period is Period.THREE_MONTHS,
                        timeout=LOAD_MS)
        saved = view.result
        assert saved.from_store and not saved.complete
        assert view.records.model.total == records  # the month viewed online is kept
        assert "offline" in view.status.text() and f"dei {saved.period_days} giorni" in view.status.text()
        assert "non è raggiungibile" in view.error.text()
    finally:
        sandbox_control.clear_faults()


def test_download_traffico_from_the_screen_writes_the_records_shown_r32(qtbot, traffic, tmp_path):
    controller, view = traffic
    line = next(line for line in controller.snapshot.lines if line.kind == "mobile").id
    view.open_line(line)
    qtbot.waitUntil(lambda: settled(view, line), timeout=LOAD_MS)
    shown = view.result
    view.export_button.click()
    dialog = controller.traffic_flows.dialog
    assert dialog.days() == (shown.first, shown.last)
    path = tmp_path / dialog.default_file_name()
    with qtbot.waitSignal(controller.traffic_flows.exportEnded, timeout=LOAD_MS) as ended:
        dialog.start(str(path))
    assert ended.args == ["done"], dialog.status.text()
    book = load_workbook(path, read_only=True)
    data = book[book.sheetnames[0]]
    assert sum(1 for _row in data.iter_rows(values_only=True)) - 1 == len(shown.records)  # a header, the rows
    # the totals sheet against the sandbox's own daily aggregates of the period, type by type
    labels = dialog.sheets(shown.first, shown.last).type_labels
    totals = {row[0]: row[1:] for row in book[book.sheetnames[1]].iter_rows(min_row=3, values_only=True)}
    for code, server in shown.totals.items():
        records, duration, volume, cost = totals[labels[code]]
        assert records == server["records"] and volume == server["bytes"]
        assert round(cost * 100) == server["costCents"]
        seconds = duration.total_seconds() if hasattr(duration, "total_seconds") else duration * 86400
        assert round(seconds) == server["seconds"]
    assert not dialog.folder_button.isHidden()
    book.close()


def test_the_dashboard_quick_link_follows_the_line_shown_there(qtbot, sandbox, make_controller):
    controller = make_controller(sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    line = controller.snapshot.lines[5]
    dashboard = controller.window.dashboard
    dashboard.picker.select_line(line.id)
    dashboard.quick_links[Section.TRAFFIC].click()
    view = controller.window.section_widget(Section.TRAFFIC)
    qtbot.waitUntil(lambda: settled(view, line.id), timeout=LOAD_MS)
    assert controller.window.current_section() is Section.TRAFFIC


def test_a_dipendente_sees_only_the_own_line_and_no_company_r21(qtbot, fresh_sandbox, make_controller):
    employee = next(u for u in fresh_sandbox.users if u["role"] == "DIPENDENTE")
    controller = make_controller(fresh_sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller, employee["username"], employee["password"]) is True
    view = open_traffic(qtbot, controller)
    own = [line.id for line in controller.snapshot.lines]
    qtbot.waitUntil(lambda: view.result is not None and view.result.scope in own and settled(
        view, view.result.scope), timeout=LOAD_MS)
    assert view.picker.company_button.isHidden()
    assert view.scope() != COMPANY
