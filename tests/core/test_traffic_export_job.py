"""DOWNLOAD TRAFFICO (R-32) as the export job runs it: from the store when it keeps the range in full, from
the server's export otherwise, with the same totals either way; today counted as kept only when fresh; a
cancelled export leaves no file."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from openpyxl import load_workbook

from tests.core.api_support import signed_in_clients
from windtre_desktop.domain.traffic_data import ExportJob, TrafficQuery
from windtre_desktop.domain.traffic_periods import Period
from windtre_desktop.exports.traffic_xlsx import ExportCancelled, TrafficSheets
from windtre_desktop.sandbox.runner import SandboxServer
from windtre_desktop.store import Store
from windtre_desktop.sync.traffic_export import FRESH_TODAY, export_source, run_export
from windtre_desktop.sync.traffic_loader import italian_today, run_load, start_load

LINE = "L00004"
SHEETS = TrafficSheets(sheet="Traffico", totals_sheet="Totali",
                       headers=["Data e ora", "Tipo", "Dettaglio", "Numero", "Destinazione", "Roaming", "Durata",
                                "Dati (byte)", "Costo", "Descrizione"],
                       totals_headers=["Tipo", "Record", "Durata", "Dati (byte)", "Costo"], total_label="Totale")


@pytest.fixture(scope="module")
def server():
    sandbox = SandboxServer(lines=30, seed=5)
    sandbox.start()
    yield sandbox
    sandbox.stop()


@pytest.fixture
def client(server):
    with signed_in_clients(server, timeout=30.0) as make:
        yield make()


def test_the_store_and_the_network_give_the_same_file(client, tmp_path):
    """R-32: the rows and the totals by type do not depend on where they were read."""
    with Store(tmp_path / "kept.sqlite3") as kept, Store(tmp_path / "empty.sqlite3") as empty:
        loaded = run_load(start_load(client, kept, TrafficQuery(LINE, Period.THREE_MONTHS), italian_today()))
        # up to yesterday: today's traffic may grow by a quarter hour between the two reads
        job = ExportJob(LINE, loaded.today - timedelta(days=30), loaded.today - timedelta(days=1),
                        str(tmp_path / "from-store.xlsx"), SHEETS)
        assert export_source(kept, job) == "store" and export_source(empty, job) == "network"
        before = client.request_count
        seen: list[tuple[int, int]] = []
        from_store = run_export(client, kept, job, lambda done, total: seen.append((done, total)), None)
        assert client.request_count == before  # nothing asked of the server
        network_job = ExportJob(job.line_id, job.first, job.last, str(tmp_path / "from-network.xlsx"), SHEETS)
        from_network = run_export(client, empty, network_job, None, None)
        assert client.request_count > before
    assert from_store.records == from_network.records > 0 and seen[-1] == (from_store.records,) * 2
    assert from_store.totals == from_network.totals
    expected = sum(1 for row in loaded.records if job.first.isoformat() <= row[0][:10] <= job.last.isoformat())
    assert from_store.records == expected
    first_rows = [list(load_workbook(path, read_only=True)["Traffico"].iter_rows(min_row=2, max_row=4,
                                                                                values_only=True))
                  for path in (from_store.path, from_network.path)]
    assert first_rows[0] == first_rows[1]


def test_today_counts_as_kept_only_while_fresh(client, tmp_path):
    with Store(tmp_path / "kept.sqlite3") as store:
        loaded = run_load(start_load(client, store, TrafficQuery(LINE, Period.TODAY), italian_today()))
        job = ExportJob(LINE, loaded.today, loaded.today, str(tmp_path / "today.xlsx"), SHEETS)
        assert export_source(store, job) == "store"
        later = datetime.now(UTC) + FRESH_TODAY + timedelta(minutes=1)
        assert export_source(store, job, now=later) == "network"
        week = ExportJob(LINE, loaded.today - timedelta(days=3), loaded.today, job.path, SHEETS)
        assert export_source(store, week) == "network"  # the days before today are not kept


@pytest.mark.parametrize("kept", [True, False], ids=["from-store", "from-network"])
def test_a_cancelled_export_leaves_no_file(client, tmp_path, kept):
    with Store(tmp_path / "cache.sqlite3") as store:
        if kept:
            run_load(start_load(client, store, TrafficQuery(LINE, Period.THREE_MONTHS), italian_today()))
        today = date.fromisoformat(client.line_traffic_daily(LINE).last)
        folder = tmp_path / "out"
        folder.mkdir()
        job = ExportJob(LINE, today - timedelta(days=60), today - timedelta(days=1), str(folder / "t.xlsx"), SHEETS)
        progress: list[int] = []
        with pytest.raises(ExportCancelled):
            run_export(client, store, job, lambda done, _total: progress.append(done), lambda: bool(progress))
        assert progress and list(folder.iterdir()) == []
