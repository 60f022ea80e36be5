"""DOWNLOAD TRAFFICO (R-32), exports/traffic_xlsx, on records paged from the real sandbox: the file reopened
with openpyxl has the header, one row per record with real types (dates, durations, numbers), the totals by
type equal to the records' sums, frozen header and autofilter; more rows than a sheet holds go on to the next
sheets; a cancelled or failed export leaves no file and keeps the one that was there; odd text is written."""

from __future__ import annotations

import os
import resource
import signal
from datetime import datetime, timedelta

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet import _writer as openpyxl_writer

from tests.core.api_support import signed_in_clients
from windtre_desktop.api.traffic import TRAFFIC_TYPES
from windtre_desktop.exports.traffic_xlsx import (
    ExportCancelled,
    TrafficSheets,
    export_pages,
    write_traffic_xlsx,
)
from windtre_desktop.sandbox.runner import SandboxServer

LINE = "L00002"  # 1405 records over the last 90 days with seed 5
HEADERS = ["Data e ora", "Tipo", "Dettaglio", "Numero", "Destinazione", "Roaming", "Durata", "Dati (byte)",
           "Costo", "Descrizione"]
TYPE_LABELS = {"calls": "Chiamate", "messages": "Messaggi", "internet": "Internet", "options": "Opzioni",
               "other": "Altro"}
SHEETS = TrafficSheets(
    sheet="Traffico", totals_sheet="Totali", headers=HEADERS,
    totals_headers=["Tipo", "Record", "Durata", "Dati (byte)", "Costo"], total_label="Totale",
    title="Traffico · linea +39 324 232 8130", type_labels=TYPE_LABELS,
    kind_labels={"voice_national": "Voce nazionale", "data": "Dati"},
)


@pytest.fixture(scope="module")
def pages():
    """The export's pages of one line (500 records each), fetched once from a real sandbox."""
    sandbox = SandboxServer(lines=30, seed=5)
    sandbox.start()
    try:
        with signed_in_clients(sandbox, timeout=30.0) as make:
            client = make()
            fetched = list(export_pages(lambda cursor: client.line_traffic_export(LINE, limit=500, cursor=cursor)))
    finally:
        sandbox.stop()
    assert len(fetched) > 2 and fetched[0].line["id"] == LINE
    return fetched


def records_of(pages) -> list[dict]:
    return [record for page in pages for record in page.records]


def scratch_files() -> set[str]:
    return {name for name in openpyxl_writer.ALL_TEMP_FILES if os.path.exists(name)}


def test_the_export_reopens_with_real_types_and_the_totals_by_type(tmp_path, pages):
    records = records_of(pages)
    seen: list[tuple[int, int]] = []
    result = write_traffic_xlsx(tmp_path / "traffico.xlsx", SHEETS, iter(pages),
                                progress=lambda done, total: seen.append((done, total)))
    total = pages[0].total_records
    assert result.records == len(records) == total and result.sheets == 1
    assert seen[-1] == (total, total) and [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert [p.name for p in tmp_path.iterdir()] == ["traffico.xlsx"]

    workbook = load_workbook(tmp_path / "traffico.xlsx", read_only=True)
    assert workbook.sheetnames == ["Traffico", "Totali"]
    rows = list(workbook["Traffico"].iter_rows(values_only=True))
    assert list(rows[0]) == HEADERS
    assert len(rows) - 1 == total
    for record, row in zip(records, rows[1:], strict=True):
        at = datetime.fromisoformat(record["at"])
        assert row[0] == at.replace(tzinfo=None)  # the local time of the record's offset
        assert row[1] == TYPE_LABELS[record["type"]]
        assert row[2] == SHEETS.kind_labels.get(record["kind"], record["kind"])  # unknown code: as it came
        assert row[3] == record["number"] and row[4] == record["destination"]
        if record["seconds"] is None:
            assert row[6] is None
        else:
            assert isinstance(row[6], timedelta) and round(row[6].total_seconds()) == record["seconds"]
        assert row[7] == record["bytes"]
        assert isinstance(row[8], int | float) and round(row[8] * 100) == record["costCents"]  # 0.0 reads as 0

    totals = {row[0]: row[1:] for row in workbook["Totali"].iter_rows(min_row=3, values_only=True)}
    workbook.close()
    for code in TRAFFIC_TYPES:
        mine = [r for r in records if r["type"] == code]
        records_, duration, volume, cost = totals[TYPE_LABELS[code]]
        assert records_ == len(mine) == result.totals[code].records
        assert round(duration.total_seconds() if isinstance(duration, timedelta) else duration * 86400) \
            == sum(r["seconds"] or 0 for r in mine) == result.totals[code].seconds
        assert volume == sum(r["bytes"] or 0 for r in mine) == result.totals[code].bytes
        assert round(cost * 100) == sum(r["costCents"] for r in mine) == result.totals[code].cost_cents
    assert totals["Totale"][0] == total

    full = load_workbook(tmp_path / "traffico.xlsx")  # the sheet view and the filter (not in read-only)
    data = full["Traffico"]
    assert data.freeze_panes == "A2"
    assert data.auto_filter.ref == f"A1:J{total + 1}"
    call = 2 + next(n for n, r in enumerate(records) if r["seconds"] is not None)
    assert data[f"G{call}"].number_format == "[h]:mm:ss" and data[f"A{call}"].is_date and data["A1"].font.b
    assert data[f"I{call}"].number_format == SHEETS.money_format


def test_more_rows_than_a_sheet_holds_go_on_to_the_next_sheets(tmp_path, pages):
    records = records_of(pages)
    result = write_traffic_xlsx(tmp_path / "split.xlsx", SHEETS, pages, rows_per_sheet=500)
    per_sheet = 499  # the header takes a row
    expected_sheets = -(-len(records) // per_sheet)
    assert result.sheets == expected_sheets and result.records == len(records)
    workbook = load_workbook(tmp_path / "split.xlsx", read_only=True)
    names = ["Traffico"] + [f"Traffico ({n})" for n in range(2, expected_sheets + 1)]
    assert workbook.sheetnames == [*names, "Totali"]
    written = []
    for name in names:
        rows = list(workbook[name].iter_rows(values_only=True))
        assert list(rows[0]) == HEADERS and 1 < len(rows) <= 500
        written += rows[1:]
    workbook.close()
    assert len(written) == len(records)  # nothing dropped, nothing repeated, in order
    assert [row[0] for row in written] == [datetime.fromisoformat(r["at"]).replace(tzinfo=None) for r in records]


def test_a_cancelled_export_leaves_no_file_and_keeps_the_one_there(tmp_path, pages):
    target = tmp_path / "traffico.xlsx"
    target.write_bytes(b"the previous export")
    before = scratch_files()
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2  # after two pages

    with pytest.raises(ExportCancelled):
        write_traffic_xlsx(target, SHEETS, pages, cancelled=cancelled)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["traffico.xlsx"]
    assert scratch_files() <= before  # openpyxl's scratch files of the sheet removed too

    # within a page too: one large page, cancelled while its rows are written
    big_page = records_of(pages) * 2
    flag = iter([False, False, True])
    with pytest.raises(ExportCancelled):
        write_traffic_xlsx(tmp_path / "new.xlsx", SHEETS, [big_page], cancelled=lambda: next(flag, True))
    assert [p.name for p in tmp_path.iterdir()] == ["traffico.xlsx"]


def test_a_failing_page_source_leaves_no_file(tmp_path, pages):
    def failing():
        yield pages[0]
        raise ConnectionError("the network went away")

    target = tmp_path / "traffico.xlsx"
    with pytest.raises(ConnectionError):
        write_traffic_xlsx(target, SHEETS, failing())
    assert list(tmp_path.iterdir()) == []

    target.write_bytes(b"the previous export")
    with pytest.raises(ConnectionError):
        write_traffic_xlsx(target, SHEETS, failing())
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["traffico.xlsx"]


def test_odd_text_and_unknown_codes_are_written_without_a_crash(tmp_path):
    base = {"id": "X", "at": "2026-12-06T10:00:00+01:00", "type": "calls", "kind": "voice_national",
            "number": "+390612345678", "destination": "IT", "roamingCountry": None, "seconds": 90000,
            "bytes": None, "costCents": 12, "description": None}
    records = [
        {**base, "description": "Servizio \ud800 premium\x07\x1b fine"},  # lone surrogate, control characters
        {**base, "number": "=HYPERLINK(\"http://x\")", "destination": "#N/A", "type": "satellite",
         "kind": "beam"},  # a formula? an error code? no, texts
        {**base, "at": "not a date", "description": "x" * 40_000},  # the server's text; a too long text
        {**base, "at": None, "seconds": None, "costCents": None},
    ]
    sheets = TrafficSheets(sheet="Traffico: [1/2]?", totals_sheet="Tot*ali", headers=["\x01Data", *HEADERS[1:]],
                           totals_headers=["Tipo", "Record", "Durata", "Dati", "Costo"], type_labels=TYPE_LABELS)
    result = write_traffic_xlsx(tmp_path / "odd.xlsx", sheets, [records])
    assert result.records == 4 and result.totals["satellite"].records == 1
    workbook = load_workbook(tmp_path / "odd.xlsx", read_only=True)
    data, totals = (workbook[name] for name in workbook.sheetnames)
    rows = list(data.iter_rows(values_only=True))
    assert rows[0][0] == "Data"
    assert rows[1][9] == "Servizio \ufffd premium fine"
    assert rows[1][6] == timedelta(seconds=90000)  # more than a day: [h]:mm:ss
    assert rows[2][1:5] == ("satellite", "beam", "=HYPERLINK(\"http://x\")", "#N/A")  # as it came, as text
    assert rows[3][0] == "not a date" and len(rows[3][9]) == 32767
    last = (*rows[4], *[None] * 10)  # a read-only sheet leaves the row's empty cells at its end out
    assert last[0] is None and last[6] is None and last[8] is None and last[1] == "Chiamate"
    assert [row[0] for row in totals.iter_rows(min_row=2, values_only=True)] == [
        *(TYPE_LABELS[code] for code in TRAFFIC_TYPES), "satellite"]
    workbook.close()


def test_an_export_without_records_still_has_its_headers(tmp_path):
    result = write_traffic_xlsx(tmp_path / "empty.xlsx", SHEETS, [])
    assert (result.records, result.sheets) == (0, 1)
    workbook = load_workbook(tmp_path / "empty.xlsx", read_only=True)
    assert [list(row) for row in workbook["Traffico"].iter_rows(values_only=True)] == [HEADERS]
    workbook.close()


def test_a_full_disk_while_writing_is_an_oserror_and_leaves_no_file_nor_scratch_file(tmp_path, pages):
    target = tmp_path / "traffico.xlsx"
    target.write_bytes(b"the previous export")
    before = scratch_files()
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the error, as a full disk gives it
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, hard))  # the export is ~40 KB, its scratch file more
    try:
        with pytest.raises(OSError):
            write_traffic_xlsx(target, SHEETS, pages)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, handler)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["traffico.xlsx"]
    assert scratch_files() <= before
