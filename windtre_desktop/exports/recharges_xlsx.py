"""Storico Ricariche (R-43) to Excel: one sheet for the recharges made, one for the attempts, as the screen
shows them (already filtered). Dates are real Excel dates and amounts numbers in euro, so the file can be
sorted and summed. The caller passes every text already translated (sheet names, title, headers, labels).

The workbook is built in openpyxl's write-only mode, saved in memory and written with files.write_atomically
(a temporary file next to the target, then moved over it): a failed export never leaves half a file behind,
nor spoils the file it was to replace.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from windtre_desktop.domain.recharges import RechargeAttempt, RechargeDone
from windtre_desktop.exports.xlsx_cells import discard, excel_text, text_cell
from windtre_desktop.files import write_atomically

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

DATE_FORMAT = "dd/mm/yyyy hh:mm"
EURO_FORMAT = '#,##0.00"\u00a0€";"-"#,##0.00"\u00a0€"'  # Italian; the screen's own comes in RechargeSheets
DONE_WIDTHS = (18, 12, 18)
ATTEMPT_WIDTHS = (18, 12, 22, 14, 44)
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_EXCEL_FIRST_YEAR = 1900  # Excel has no dates before 1900


@dataclass(frozen=True)
class RechargeSheets:
    """The texts of the workbook, in the user's language."""

    title: str  # first row of each sheet, e.g. "Storico Ricariche · linea +39 …"
    done_sheet: str
    attempts_sheet: str
    done_headers: Sequence[str]  # date, amount, type
    attempt_headers: Sequence[str]  # date, amount, transaction ID, status, outcome
    type_labels: Mapping[str, str] = field(default_factory=dict)
    status_labels: Mapping[str, str] = field(default_factory=dict)
    outcome_labels: Mapping[str, str] = field(default_factory=dict)  # outcome code → label
    # Excel number formats of the date and amount cells, as the screen writes them (i18n.formatting)
    moment_format: str = DATE_FORMAT
    money_format: str = EURO_FORMAT


def write_recharges_xlsx(
    path: str | os.PathLike,
    sheets: RechargeSheets,
    done: Sequence[RechargeDone],
    attempts: Sequence[RechargeAttempt],
) -> Path:
    """Write the workbook to `path` (replacing any file there) and return the path; OSError when the folder
    cannot be written, and then nothing is left behind."""
    target = Path(path)
    workbook = Workbook(write_only=True)
    try:
        _fill_workbook(workbook, sheets, done, attempts)
        # saved in memory (a line's history is small), then written by files.write_atomically: openpyxl saving
        # to a path leaves its zip file open when the disk fills up half-way, and the temporary file with it
        buffer = io.BytesIO()
        workbook.save(buffer)
    except BaseException:
        discard(workbook)
        raise
    write_atomically(target, buffer.getvalue())
    return target


def _fill_workbook(
    workbook: Workbook,
    sheets: RechargeSheets,
    done: Sequence[RechargeDone],
    attempts: Sequence[RechargeAttempt],
) -> None:
    _fill(
        workbook.create_sheet(sheet_name(sheets.done_sheet)),
        sheets.title,
        sheets.done_headers,
        DONE_WIDTHS,
        [_done_values(row, sheets.type_labels) for row in done],
        sheets,
    )
    _fill(
        workbook.create_sheet(sheet_name(sheets.attempts_sheet)),
        sheets.title,
        sheets.attempt_headers,
        ATTEMPT_WIDTHS,
        [_attempt_values(row, sheets.status_labels, sheets.outcome_labels) for row in attempts],
        sheets,
    )


def sheet_name(name: str) -> str:
    """Excel refuses some characters in a sheet name and more than 31 of them."""
    cleaned = " ".join(_SHEET_NAME_FORBIDDEN.sub(" ", excel_text(name)).split()).strip("'")
    return cleaned[:31] or "Sheet"


def _done_values(row: RechargeDone, type_labels: Mapping[str, str]) -> list:
    return [_moment(row), _euro(row.amount_cents), type_labels.get(row.type, row.type)]


def _attempt_values(
    row: RechargeAttempt, status_labels: Mapping[str, str], outcome_labels: Mapping[str, str]
) -> list:
    status = status_labels.get(row.status, row.status)
    outcome = outcome_labels.get(row.outcome_code) or row.outcome
    return [_moment(row), _euro(row.amount_cents), row.transaction_id, status, outcome]


def _moment(row: RechargeDone | RechargeAttempt) -> datetime | str:
    """The local date and time, as the screen shows it (Excel has no time zones); the server's text when
    Excel could not hold it as a date."""
    if row.when is None:
        return row.date
    moment = row.when.astimezone() if row.when.tzinfo is not None else row.when
    if moment.year < _EXCEL_FIRST_YEAR:
        return row.date
    return moment.replace(tzinfo=None)


def _euro(cents: int | None) -> float | None:
    return None if cents is None else cents / 100


def _fill(
    sheet: WriteOnlyWorksheet, title: str, headers: Sequence[str], widths: Sequence[int], rows: list,
    sheets: RechargeSheets,
) -> None:
    # a write-only sheet takes its column widths and frozen rows before its first row
    for column, width in enumerate(widths, 1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A3"
    sheet.append([_cell(sheet, title, Font(bold=True, size=13))])
    sheet.append([_cell(sheet, header, Font(bold=True)) for header in headers])
    for values in rows:
        sheet.append([_cell(sheet, value, formats=sheets) for value in values])


def _cell(sheet: WriteOnlyWorksheet, value: object, font: Font | None = None,
          formats: RechargeSheets | None = None) -> WriteOnlyCell:
    if isinstance(value, str):
        return text_cell(sheet, value, font)
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, datetime):
        cell.number_format = formats.moment_format if formats else DATE_FORMAT
    elif isinstance(value, float):
        cell.number_format = formats.money_format if formats else EURO_FORMAT
    if font is not None:
        cell.font = font
    return cell
