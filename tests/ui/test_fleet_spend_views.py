"""Spesa, Avvisi and the dashboard's fleet summary (issue 15) with the sandbox's real lines (250) and a crafted
10,000-line company: scopes, series, top spenders, the line opened by a click, alerts listed and acted on, no
text cut in either theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.domain.fleet_factories import company, usage_for
from tests.ui.conftest import ADMIN
from windtre_desktop.domain.alerts import compute_alerts, entries
from windtre_desktop.domain.spend import company_series, series_of, top_spenders
from windtre_desktop.domain.totals import company_totals
from windtre_desktop.views.alerts_view import AlertsView
from windtre_desktop.views.dashboard_view import DashboardView
from windtre_desktop.views.spend_view import SpendView
from windtre_desktop.widgets import theme
from windtre_desktop.widgets.clipping import clipped_texts


@pytest.fixture(scope="module")
def real_fleet(sandbox, tmp_path_factory):
    """The sandbox company's lines, synced into a store as the app does, with crafted usage for each."""
    from windtre_desktop.api.client import ApiClient
    from windtre_desktop.store.database import Store
    from windtre_desktop.sync.engine import SyncEngine

    client = ApiClient(sandbox.url, timeout=30)
    client.login(*ADMIN, remember=False)
    with Store(tmp_path_factory.mktemp("fleet") / "cache.sqlite3") as store:
        SyncEngine(client, store).run()
        lines, company_row = store.lines(), store.company()
    client.close()
    accounts = {a.id: a.name for a in company_row.billing_accounts}
    return usage_for(lines, accounts), company_row


@pytest.fixture
def scheme(request):
    app = QApplication.instance()
    theme.apply(app, request.param)
    yield request.param
    theme.apply(app, "light")


def _shown(qtbot, widget, width=1180, height=780):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)


@pytest.mark.parametrize("scheme", ["light", "dark"], indirect=True)
def test_spend_of_the_real_company_by_scope_without_cut_text(qtbot, real_fleet, scheme):
    snapshot, _company = real_fleet
    view = SpendView()
    _shown(qtbot, view)
    view.set_snapshot(snapshot)
    expected = company_series(snapshot.usage)
    assert view.series == expected and len(view.chart.heights()[0]) == 24
    assert view.chart.heights() == ([float(c) for c in expected.cents], float(expected.month_to_date_cents))
    assert view.shown_spenders() == [s.line_id for s in top_spenders(snapshot.usage)]
    qtbot.waitUntil(lambda: not clipped_texts(view))
    view.grab().save(f"/tmp/i15/spend-company-{scheme}.png")

    accounts = [view.scope.itemData(i) for i in range(view.scope.count())]
    assert len(accounts) == 1 + len({line.billing_account_id for line in snapshot.lines})
    account = accounts[1]
    view.scope.setCurrentIndex(1)
    view.scope.activated.emit(1)
    ids = [line.id for line in snapshot.lines if f"account:{line.billing_account_id}" == account]
    assert view.series == series_of(snapshot.usage, ids)
    assert set(view.shown_spenders()) <= set(ids)

    line = snapshot.lines[31]
    view.line_search.setText(line.msisdn)
    view.line_search.returnPressed.emit()
    assert view.scope_key == f"line:{line.id}"
    assert view.series.cents == snapshot.usage.lines[line.id].spend_cents
    qtbot.waitUntil(lambda: not clipped_texts(view))
    view.grab().save(f"/tmp/i15/spend-line-{scheme}.png")


def test_a_click_on_a_top_spender_opens_its_line(qtbot, real_fleet):
    snapshot, _company = real_fleet
    view = SpendView()
    _shown(qtbot, view)
    view.set_snapshot(snapshot)
    first = view.shown_spenders()[0]
    rect = view.table.visualRect(view.proxy.index(0, 1))
    with qtbot.waitSignal(view.lineOpened) as blocker:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [first]


def test_spend_without_usage_says_so_and_at_ten_thousand_lines_sums_them_all(qtbot):
    view = SpendView()
    _shown(qtbot, view)
    view.set_snapshot(None)
    assert view.series is None and view.empty_label.isVisibleTo(view)
    big = company(10_000)
    view.set_snapshot(big)
    assert view.series.lines == 10_000 and view.series == company_series(big.usage)
    assert view.completer_model.rowCount() == 10_000
    assert len(view.shown_spenders()) == 20
    qtbot.waitUntil(lambda: not clipped_texts(view))


@pytest.mark.parametrize("scheme", ["light", "dark"], indirect=True)
def test_alerts_of_the_real_company_listed_opened_and_dismissed(qtbot, real_fleet, scheme):
    snapshot, _company = real_fleet
    found = entries(compute_alerts(snapshot), snapshot)
    view = AlertsView()
    _shown(qtbot, view)
    view.set_alerts([])
    assert view.stack.currentWidget() is view.empty_label
    view.set_alerts(found)
    assert view.stack.currentWidget() is view.table
    assert [(e.alert.rule, e.alert.line_id) for e in view.shown()] == [(e.alert.rule, e.alert.line_id)
                                                                       for e in found]
    assert not view.open_button.isEnabled()
    target = found[len(found) // 2]
    assert view.select(target.alert.rule, target.alert.line_id)
    with qtbot.waitSignal(view.lineOpened) as opened:
        view.open_button.click()
    assert opened.args == [target.alert.line_id]
    with qtbot.waitSignal(view.dismissRequested) as dismissed:
        view.dismiss_button.click()
    assert dismissed.args == [target.alert.rule, target.alert.line_id]
    rule = next(iter(view.desktop))
    with qtbot.waitSignal(view.desktopSwitchChanged) as switched:
        view.desktop[rule].click()
    assert switched.args == [rule, False]
    assert view.details.isVisible() and target.msisdn in view.details.text()
    qtbot.waitUntil(lambda: not clipped_texts(view))
    view.grab().save(f"/tmp/i15/spend-alerts-{scheme}.png")


def test_alerts_at_ten_thousand_lines(qtbot):
    big = company(10_000)
    found = entries(compute_alerts(big), big)
    view = AlertsView()
    _shown(qtbot, view)
    view.set_alerts(found)
    assert view.model.rowCount() == len(found) > 1000
    qtbot.waitUntil(lambda: not clipped_texts(view))


def test_the_dashboard_shows_the_trend_and_the_top_alerts_in_company_mode_only(qtbot, real_fleet):
    snapshot, company_row = real_fleet
    view = DashboardView()
    _shown(qtbot, view)
    lines = list(snapshot.lines)
    view.set_data(None, company_row, lines, company_totals(lines))
    found = entries(compute_alerts(snapshot), snapshot)
    series = company_series(snapshot.usage)
    view.set_fleet_summary(series, found)
    assert view.fleet_box.isVisible()
    assert view.fleet_trend.values == list(series.cents[-12:])
    shown = [label.text() for label in view.fleet_alert_labels if label.isVisible()]
    assert len(shown) == 3 and found[0].msisdn in shown[0]
    with qtbot.waitSignal(view.alertsLinkActivated):
        view.fleet_alerts_link.click()
    qtbot.waitUntil(lambda: not clipped_texts(view))
    view.grab().save("/tmp/i15/spend-dashboard.png")
    view.show_selection(lines[0].id)
    assert not view.fleet_box.isVisible()
    view.show_selection("")
    assert view.fleet_box.isVisible()
