"""DOWNLOAD TRAFFICO (R-32) to Excel: one line's traffic records, streamed page by page into a workbook whose
cells have real types, so the file can be sorted, filtered and summed:

- `at` is an Excel date and time: the local time of the record's own offset (Excel has no time zones);
- a call's duration is an Excel duration (a fraction of a day) shown as `[h]:mm:ss`, so sums past 24 hours
  stay right;
- a volume is the integer number of **bytes** (shown with thousands separators): exact, so the totals match
  the server's aggregates to the byte, where megabytes would be rounded (a reader who wants MB divides);
- a cost is euro (cents / 100) with the caller's money format.

The caller passes every text already translated (sheet names, headers, type and kind labels; an unknown code
is written as it came) and the number formats (i18n.formatting). A second sheet holds the totals by type
(records, duration, bytes, cost), summed while the rows stream by: the records are read once.

A sheet holds at most Excel's 1,048,576 rows: more records go on to "Traffico (2)", "Traffico (3)"… and the
result says how many sheets there are. Memory stays flat with the number of records: openpyxl's write-only
sheets stream their rows to scratch files, and the workbook is saved through files.atomic_file straight into
a temporary file next to the target. A cancelled or failed export leaves nothing behind (no partial file, no
temporary one, no scratch file) and does not touch the file that was at the target.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lxml.etree import SerialisationError
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from windtre_desktop.api.traffic import TRAFFIC_TYPES, RecordsPage
from windtre_desktop.exports.recharges_xlsx import DATE_FORMAT, EURO_FORMAT, sheet_name
from windtre_desktop.exports.xlsx_cells import EXCEL_MAX_TEXT, discard, excel_text, text_cell
from windtre_desktop.files import atomic_file

if TYPE_CHECKING:
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

EXCEL_MAX_ROWS = 1_048_576  # rows of one sheet, the header included
DURATION_FORMAT = "[h]:mm:ss"
BYTES_FORMAT = "#,##0"
COLUMNS = 10  # when, type, kind, number, destination, roaming country, duration, bytes, cost, description
WIDTHS = (18, 14, 22, 16, 11, 11, 11, 15, 11, 40)
TOTALS_WIDTHS = (22, 12, 14, 18, 14)
_SECONDS_PER_DAY = 86_400
_CHECK_EVERY = 1000  # rows between two looks at `cancelled()` within a page
_EXCEL_FIRST_YEAR = 1900


class ExportCancelled(Exception):
    """The user stopped the export; nothing was written."""


@dataclass(frozen=True)
class TrafficSheets:
    """The texts and formats of the workbook, in the user's language."""

    sheet: str  # data sheet, e.g. "Traffico"; the next ones get " (2)", " (3)"…
    totals_sheet: str  # e.g. "Totali"
    headers: Sequence[str]  # COLUMNS texts, in the order of COLUMNS
    totals_headers: Sequence[str]  # type, records, duration, data (bytes), cost
    total_label: str = ""  # first cell of the totals' last row ("Totale"); no such row when empty
    title: str = ""  # first row of the totals sheet ("Traffico · linea +39… · 08/09–06/12"); none when empty
    type_labels: Mapping[str, str] = field(default_factory=dict)  # type code → label
    kind_labels: Mapping[str, str] = field(default_factory=dict)  # kind code → label
    moment_format: str = DATE_FORMAT
    money_format: str = EURO_FORMAT
    duration_format: str = DURATION_FORMAT
    bytes_format: str = BYTES_FORMAT


@dataclass
class TypeTotals:
    """One type's sums over the exported records, in the contract's units."""

    records: int = 0
    seconds: int = 0
    bytes: int = 0
    cost_cents: int = 0


@dataclass(frozen=True)
class TrafficExport:
    """What was written: the file, the records, the data sheets they took, the totals by type code."""

    path: Path
    records: int
    sheets: int
    totals: dict[str, TypeTotals]


Progress = Callable[[int, int], None]


def export_pages(fetch: Callable[[str | None], RecordsPage]) -> Iterable[RecordsPage]:
    """The pages of an export, fetched one at a time as the writer asks for them: `fetch(cursor)` gets a page
    (cursor None for the first), e.g. `lambda cursor: client.line_traffic_export(line, first=…, last=…,
    cursor=cursor)`."""
    page = fetch(None)
    yield page
    while page.next_cursor:
        page = fetch(page.next_cursor)
        yield page


def write_traffic_xlsx(
    path: str | os.PathLike,
    sheets: TrafficSheets,
    pages: Iterable[RecordsPage | Sequence[Mapping[str, Any]]],
    *,
    total: int | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    rows_per_sheet: int = EXCEL_MAX_ROWS,
) -> TrafficExport:
    """Write the records of `pages` (RecordsPage, or plain lists of records) to `path`, replacing any file
    there, and return what was written. `total` is the number of records expected (by default the first
    RecordsPage's `total_records`), for `progress(done, total)`, called after every page. `cancelled()` is
    asked between pages and every thousand rows: when it answers True, ExportCancelled. `rows_per_sheet`
    (header included) is Excel's limit; a test passes a small one. Any exception (ExportCancelled, the
    network's, OSError when the folder or the scratch files' one cannot be written: a full disk) leaves no file behind and the target untouched."""
    if len(sheets.headers) != COLUMNS:
        raise ValueError(f"{COLUMNS} headers expected, got {len(sheets.headers)}")
    if rows_per_sheet < 2:
        raise ValueError("a sheet holds the header and at least one row")
    target = Path(path)
    with atomic_file(target) as handle:
        workbook = Workbook(write_only=True)
        try:
            writer = _Writer(workbook, sheets, rows_per_sheet)
            expected = total
            for page in pages:
                _stop_if(cancelled)
                if isinstance(page, RecordsPage):
                    if expected is None:
                        expected = page.total_records
                    records: Sequence[Mapping[str, Any]] = page.records
                else:
                    records = page
                writer.write(records, cancelled)
                if progress is not None:
                    progress(writer.records, max(expected or 0, writer.records))
            _stop_if(cancelled)
            writer.finish()
            workbook.save(handle)
        except SerialisationError as error:  # lxml's word for a failed write of a sheet's scratch file
            discard(workbook)
            raise OSError(errno.EIO, f"the sheet could not be written ({error})") from error
        except BaseException:
            discard(workbook)
            raise
    return TrafficExport(target, writer.records, writer.sheet_count, writer.totals)


def _stop_if(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ExportCancelled


class _Writer:
    """The data sheets (opened as they fill) and the running totals."""

    def __init__(self, workbook: Workbook, sheets: TrafficSheets, rows_per_sheet: int) -> None:
        self.workbook = workbook
        self.sheets = sheets
        self.rows_per_sheet = rows_per_sheet
        self.records = 0
        self.sheet_count = 0
        self.totals: dict[str, TypeTotals] = {code: TypeTotals() for code in TRAFFIC_TYPES}
        self._type_labels = {code: excel_text(label) for code, label in sheets.type_labels.items()}
        self._kind_labels = {code: excel_text(label) for code, label in sheets.kind_labels.items()}
        self._sheet: WriteOnlyWorksheet | None = None
        self._rows = 0  # rows of the current sheet, header included
        self._open_sheet()  # a header even when there are no records

    def _open_sheet(self) -> None:
        if self._sheet is not None:
            self._close_sheet()
        self.sheet_count += 1
        base = sheet_name(self.sheets.sheet)
        suffix = "" if self.sheet_count == 1 else f" ({self.sheet_count})"
        sheet = self.workbook.create_sheet(base[:31 - len(suffix)] + suffix)
        # a write-only sheet takes its column widths and frozen rows before its first row
        for column, width in enumerate(WIDTHS, 1):
            sheet.column_dimensions[get_column_letter(column)].width = width
        sheet.freeze_panes = "A2"
        bold = Font(bold=True)
        sheet.append([text_cell(sheet, header, bold) for header in self.sheets.headers])
        self._sheet, self._rows = sheet, 1
        # One cell per column, styled once and reused row after row: the write-only sheet writes a row as it
        # is appended, so the next row can take the same cells. openpyxl would make every styled value its
        # own cell (a failed conversion, a new cell and a style lookup each: a third slower than unstyled
        # values); the sheet is told to place the cells as they come (`_values_to_row`, openpyxl 3.1's hook
        # that turns an appended row into cells). Should a later openpyxl not call it, its own conversion
        # takes the cells all the same, each at its column: only slower.
        formats = (self.sheets.moment_format, None, None, None, None, None, self.sheets.duration_format,
                   self.sheets.bytes_format, self.sheets.money_format, None)
        self._cells = []
        for column, number_format in enumerate(formats, 1):
            cell = WriteOnlyCell(sheet)
            cell.column = column
            if number_format is not None:
                cell.number_format = number_format
            self._cells.append(cell)
        sheet._values_to_row = _placed  # type: ignore[method-assign]

    def _close_sheet(self) -> None:
        sheet = self._sheet
        assert sheet is not None
        # the autofilter is written after the rows, so it can wait until their number is known
        sheet.auto_filter.ref = f"A1:{get_column_letter(COLUMNS)}{max(self._rows, 2)}"
        sheet.close()
        self._sheet = None

    def write(self, records: Sequence[Mapping[str, Any]], cancelled: Callable[[], bool] | None) -> None:
        cells = self._cells
        for index, record in enumerate(records):
            if index and cancelled is not None and index % _CHECK_EVERY == 0:
                _stop_if(cancelled)
            if self._rows >= self.rows_per_sheet:
                self._open_sheet()
                cells = self._cells
            code = record.get("type") or ""
            kind = record.get("kind") or ""
            seconds = record.get("seconds")
            volume = record.get("bytes")
            cents = record.get("costCents")
            totals = self.totals.get(code)
            if totals is None:
                totals = self.totals[code] = TypeTotals()
            totals.records += 1
            totals.seconds += seconds or 0
            totals.bytes += volume or 0
            totals.cost_cents += cents or 0
            at = record.get("at")
            row = [
                None if at is None else _value(cells[0], _moment(at)),
                _text_value(cells[1], self._type_labels.get(code) or code),
                _text_value(cells[2], self._kind_labels.get(kind) or kind),
                _text_value(cells[3], record.get("number")),
                _text_value(cells[4], record.get("destination")),
                _text_value(cells[5], record.get("roamingCountry")),
                None if seconds is None else _value(cells[6], seconds / _SECONDS_PER_DAY),
                None if volume is None else _value(cells[7], volume),
                None if cents is None else _value(cells[8], cents / 100),
                _text_value(cells[9], record.get("description")),
            ]
            self._sheet.append(row)  # type: ignore[union-attr]
            self._rows += 1
            self.records += 1

    def finish(self) -> None:
        self._close_sheet()
        self._write_totals()

    def _write_totals(self) -> None:
        sheets = self.sheets
        sheet = self.workbook.create_sheet(sheet_name(sheets.totals_sheet))
        for column, width in enumerate(TOTALS_WIDTHS, 1):
            sheet.column_dimensions[get_column_letter(column)].width = width
        bold = Font(bold=True)
        if sheets.title:
            sheet.freeze_panes = "A3"
            sheet.append([text_cell(sheet, sheets.title, Font(bold=True, size=13))])
        else:
            sheet.freeze_panes = "A2"
        sheet.append([text_cell(sheet, header, bold) for header in sheets.totals_headers])
        codes = list(TRAFFIC_TYPES) + sorted(code for code in self.totals if code not in TRAFFIC_TYPES)
        for code in codes:
            label = self._type_labels.get(code) or excel_text(code)
            self._totals_row(sheet, label, self.totals[code], None)
        if sheets.total_label:
            overall = TypeTotals(*(sum(getattr(t, name) for t in self.totals.values())
                                   for name in ("records", "seconds", "bytes", "cost_cents")))
            self._totals_row(sheet, sheets.total_label, overall, bold)

    def _totals_row(self, sheet: WriteOnlyWorksheet, label: str, totals: TypeTotals, font: Font | None) -> None:
        sheets = self.sheets
        values = ((totals.records, "0"), (totals.seconds / _SECONDS_PER_DAY, sheets.duration_format),
                  (totals.bytes, sheets.bytes_format), (totals.cost_cents / 100, sheets.money_format))
        row = [text_cell(sheet, label, font)]
        for value, number_format in values:
            cell = WriteOnlyCell(sheet, value=value)
            cell.number_format = number_format
            if font is not None:
                cell.font = font
            row.append(cell)
        sheet.append(row)


def _placed(cells: Iterable[WriteOnlyCell | None], row: int) -> Iterator[WriteOnlyCell]:
    """The row's cells, each already at its column, moved to row `row`; an empty value has no cell."""
    for cell in cells:
        if cell is not None:
            cell.row = row
            yield cell


def _value(cell: WriteOnlyCell, value: datetime | str | float) -> WriteOnlyCell:
    """A column's cell holding a value (a date, a number; a text when the server's date was not one)."""
    if isinstance(value, str):
        return _text_value(cell, value)  # type: ignore[return-value]
    cell.value = value
    return cell


def _text_value(cell: WriteOnlyCell, value: str | None) -> WriteOnlyCell | None:
    """A column's cell holding a text as Excel can hold it, always as text (never a formula nor an error
    code, whatever it starts with); None for no text."""
    if not value:
        return None
    if not value.isprintable():  # fast path: most texts have no control character and no surrogate
        value = excel_text(value)
    cell.value = value[:EXCEL_MAX_TEXT]
    if cell.data_type != "s":
        cell.data_type = "s"
    return cell


def _moment(at: Any) -> datetime | str | None:
    """The record's local date and time, as its offset gives it, naive for Excel; the server's text when it is
    not a date Excel can hold."""
    if not isinstance(at, str):
        return None
    try:
        moment = datetime.fromisoformat(at)
    except ValueError:
        return at
    if moment.year < _EXCEL_FIRST_YEAR:
        return at
    return moment.replace(tzinfo=None)
