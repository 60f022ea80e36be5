"""Panoramica flotta → Linee to Excel: the rows of the fleet table as the screen shows them (the current view:
filtered and sorted), the user's labels and notes included, with real cell types so the file can be sorted,
filtered and summed:

- credit and this month's spend are euro (cents / 100) in the caller's money format;
- data, voice and SMS used are fractions shown as percentages (0.8 shown "80%"), empty when unlimited;
- the last activity is an Excel date;
- every text is written as text (a label starting with "=" stays a label, never a formula).

The caller passes every text already translated (sheet name, headers, type and status labels) and the number
formats (i18n.formatting). The sheet has its header in bold, frozen, an autofilter over every row and column
widths fit for the content. The workbook is streamed (openpyxl write-only) through files.atomic_file into a
temporary file next to the target: a failed export leaves nothing behind and the file at the target untouched.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from lxml.etree import SerialisationError
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from windtre_desktop.domain.fleet_table import FleetRow
from windtre_desktop.exports.recharges_xlsx import EURO_FORMAT, sheet_name
from windtre_desktop.exports.xlsx_cells import discard, text_cell
from windtre_desktop.files import atomic_file

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

DAY_FORMAT = "dd/mm/yyyy"
PERCENT_FORMAT = "0%"
# number, holder, alias, label, note, type, offer, credit, data %, voice %, SMS %, spend this month,
# GSS package, last activity, status, roaming country, billing account
COLUMNS = 17
WIDTHS = (16, 26, 18, 22, 34, 10, 26, 11, 9, 9, 9, 13, 24, 13, 11, 9, 24)


@dataclass(frozen=True)
class FleetSheets:
    """The texts and formats of the workbook, in the user's language."""

    sheet: str  # e.g. "Linee"
    headers: Sequence[str]  # COLUMNS texts, in the order of COLUMNS
    kind_labels: Mapping[str, str] = field(default_factory=dict)  # "mobile" → "Mobile"
    status_labels: Mapping[str, str] = field(default_factory=dict)  # "active" → "Attiva"
    money_format: str = EURO_FORMAT
    day_format: str = DAY_FORMAT
    percent_format: str = PERCENT_FORMAT


@dataclass(frozen=True)
class FleetExport:
    path: Path
    rows: int


def write_fleet_xlsx(path: str | os.PathLike, sheets: FleetSheets, rows: Sequence[FleetRow]) -> FleetExport:
    """Write `rows` in their order to `path`, replacing any file there. OSError when the folder cannot be
    written (nothing is left behind then)."""
    if len(sheets.headers) != COLUMNS:
        raise ValueError(f"{COLUMNS} headers expected, got {len(sheets.headers)}")
    target = Path(path)
    with atomic_file(target) as handle:
        workbook = Workbook(write_only=True)
        try:
            _fill(workbook, sheets, rows)
            workbook.save(handle)
        except SerialisationError as error:  # lxml's word for a failed write of the sheet's scratch file
            discard(workbook)
            raise OSError(errno.EIO, f"the sheet could not be written ({error})") from error
        except BaseException:
            discard(workbook)
            raise
    return FleetExport(target, len(rows))


def _fill(workbook: Workbook, sheets: FleetSheets, rows: Sequence[FleetRow]) -> None:
    sheet = workbook.create_sheet(sheet_name(sheets.sheet))
    # a write-only sheet takes its column widths and frozen rows before its first row
    for column, width in enumerate(WIDTHS, 1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    sheet.append([_text_cell(sheet, header, bold) for header in sheets.headers])
    kinds, statuses = sheets.kind_labels, sheets.status_labels
    for row in rows:
        sheet.append([
            _text_cell(sheet, row.number),
            _text_cell(sheet, row.holder),
            _text_cell(sheet, row.alias),
            _text_cell(sheet, row.label),
            _text_cell(sheet, row.note),
            _text_cell(sheet, kinds.get(row.kind) or row.kind),
            _text_cell(sheet, row.offer),
            _number_cell(sheet, None if row.credit_cents is None else row.credit_cents / 100, sheets.money_format),
            _number_cell(sheet, _fraction(row.data_pct), sheets.percent_format),
            _number_cell(sheet, _fraction(row.voice_pct), sheets.percent_format),
            _number_cell(sheet, _fraction(row.sms_pct), sheets.percent_format),
            _number_cell(sheet, None if row.month_spend_cents is None else row.month_spend_cents / 100,
                         sheets.money_format),
            _text_cell(sheet, row.gss_package),
            _day_cell(sheet, row.last_activity, sheets.day_format),
            _text_cell(sheet, statuses.get(row.status) or row.status),
            _text_cell(sheet, row.roaming_country or ""),
            _text_cell(sheet, row.billing_account),
        ])
    sheet.auto_filter.ref = f"A1:{get_column_letter(COLUMNS)}{max(len(rows) + 1, 2)}"


def _fraction(pct: float | None) -> float | None:
    return None if pct is None else pct / 100


def _number_cell(sheet: WriteOnlyWorksheet, value: float | None, number_format: str) -> WriteOnlyCell | None:
    if value is None:
        return None
    cell = WriteOnlyCell(sheet, value=value)
    cell.number_format = number_format
    return cell


def _day_cell(sheet: WriteOnlyWorksheet, value: date | None, number_format: str) -> WriteOnlyCell | None:
    if value is None:
        return None
    cell = WriteOnlyCell(sheet, value=datetime(value.year, value.month, value.day))
    cell.number_format = number_format
    return cell


def _text_cell(sheet: WriteOnlyWorksheet, text: str, font: Font | None = None) -> WriteOnlyCell | None:
    """Text as Excel can hold it (control characters dropped, a lone surrogate shown as "\ufffd"), always as
    text, never a formula; None for no text."""
    return text_cell(sheet, text, font) if text else None
