"""Panoramica flotta → Linee to Excel (exports/fleet_xlsx.py) on the rows of the sandbox's 10,000-line demo
company: read back with openpyxl, every row and cell equals the row it came from, with real types (money and
percentages as numbers, the last activity as a date, texts as texts, a label starting with "=" included);
frozen header, autofilter, column widths; a failed export leaves no file and keeps the one that was there."""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import datetime

import pytest
from openpyxl import load_workbook

from tests.support.fleet_lines_data import demo_snapshot
from windtre_desktop.domain.fleet_table import FleetRow, fleet_rows
from windtre_desktop.domain.fleet_usage import LineLabel
from windtre_desktop.exports.fleet_xlsx import COLUMNS, WIDTHS, FleetSheets, write_fleet_xlsx

HEADERS = ["Numero", "Titolare", "Alias", "Etichetta", "Nota", "Tipo", "Offerta", "Credito", "Dati usati",
           "Voce usata", "SMS usati", "Spesa del mese", "Pacchetto GSS", "Ultima attività", "Stato",
           "Paese roaming", "Account di fatturazione"]
SHEETS = FleetSheets(sheet="Linee", headers=HEADERS, kind_labels={"mobile": "Mobile", "fixed": "Fissa"},
                     status_labels={"active": "Attiva", "suspended": "Sospesa"})


@pytest.fixture(scope="module")
def rows() -> list[FleetRow]:
    snapshot = demo_snapshot(10_000)
    labels = {line.id: LineLabel(line.id, f"=Reparto {i % 4}", f"nota\t{i}\x07") for i, line in
              enumerate(snapshot.lines) if i % 9 == 0}
    return fleet_rows(replace(snapshot, labels=labels))


def expected_cells(row: FleetRow) -> tuple:
    def text(value: str):
        cleaned = value.replace("\x07", "")
        return cleaned or None

    def share(pct):
        return None if pct is None else pytest.approx(pct / 100)

    return (
        row.number, text(row.holder), text(row.alias), text(row.label), text(row.note),
        SHEETS.kind_labels[row.kind], text(row.offer),
        None if row.credit_cents is None else pytest.approx(row.credit_cents / 100),
        share(row.data_pct), share(row.voice_pct), share(row.sms_pct),
        None if row.month_spend_cents is None else pytest.approx(row.month_spend_cents / 100),
        text(row.gss_package),
        None if row.last_activity is None else datetime(row.last_activity.year, row.last_activity.month,
                                                        row.last_activity.day),
        SHEETS.status_labels[row.status], row.roaming_country, text(row.billing_account),
    )


def test_the_export_reads_back_equal_to_the_rows(tmp_path, rows):
    target = tmp_path / "linee.xlsx"
    result = write_fleet_xlsx(target, SHEETS, rows)
    assert result.path == target and result.rows == 10_000
    book = load_workbook(target)
    sheet = book.worksheets[0]
    assert sheet.title == "Linee"
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == HEADERS and len(values) == 10_001
    for row, got in zip(rows, values[1:], strict=True):
        assert got == expected_cells(row), row.line_id
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:Q10001"
    assert [round(sheet.column_dimensions[chr(65 + i)].width) for i in range(COLUMNS)] == list(WIDTHS)
    assert sheet["A1"].font.bold
    labelled = next(i for i, row in enumerate(rows, 2) if row.label)
    assert sheet.cell(labelled, 4).data_type == "s" and sheet.cell(labelled, 4).value.startswith("=")
    credit = next(i for i, row in enumerate(rows, 2) if row.credit_cents is not None)
    assert sheet.cell(credit, 8).number_format == SHEETS.money_format
    data = next(i for i, row in enumerate(rows, 2) if row.data_pct is not None)
    assert sheet.cell(data, 9).number_format == SHEETS.percent_format
    active = next(i for i, row in enumerate(rows, 2) if row.last_activity is not None)
    assert sheet.cell(active, 14).is_date


def test_an_export_of_no_rows_still_has_its_headers(tmp_path):
    target = tmp_path / "vuoto.xlsx"
    assert write_fleet_xlsx(target, SHEETS, []).rows == 0
    assert [list(r) for r in load_workbook(target).worksheets[0].iter_rows(values_only=True)] == [HEADERS]


def test_a_failed_export_leaves_no_file_and_keeps_the_one_there(tmp_path, rows):
    target = tmp_path / "linee.xlsx"
    target.write_bytes(b"the previous file")
    broken = replace(rows[0], credit_cents="not a number")  # the writer meets a value it cannot write
    with pytest.raises(Exception):  # noqa: B017 - whatever openpyxl raises, nothing is left behind
        write_fleet_xlsx(target, replace(SHEETS, money_format=SHEETS.money_format), [*rows[:5], broken])
    assert target.read_bytes() == b"the previous file"
    assert sorted(os.listdir(tmp_path)) == ["linee.xlsx"]
    with pytest.raises(OSError):
        write_fleet_xlsx(tmp_path / "no such folder" / "x.xlsx", SHEETS, rows[:3])
    with pytest.raises(ValueError):
        write_fleet_xlsx(target, replace(SHEETS, headers=HEADERS[:5]), rows[:3])
