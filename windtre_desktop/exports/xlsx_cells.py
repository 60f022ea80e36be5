"""What every Excel export of the app shares: text as Excel can hold it (control characters dropped, a lone
surrogate shown as "\ufffd", at most 32,767 characters), written as text and never as a formula, and the
clean-up of a write-only workbook whose export failed or was cancelled."""

from __future__ import annotations

import re
from contextlib import suppress
from typing import TYPE_CHECKING

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

EXCEL_MAX_TEXT = 32767  # characters in one cell
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # half of a UTF-16 pair, which JSON may carry


def excel_text(value: str) -> str:
    """Text Excel can hold: control characters dropped, a lone surrogate shown as "\ufffd" (the replacement
    character), as a browser shows it."""
    return _LONE_SURROGATE.sub("\ufffd", ILLEGAL_CHARACTERS_RE.sub("", value))


def text_cell(sheet: WriteOnlyWorksheet, text: str, font: Font | None = None) -> WriteOnlyCell:
    """A text cell: text from the server or the user that starts with "=" stays text, never a formula."""
    cell = WriteOnlyCell(sheet, value=excel_text(text)[:EXCEL_MAX_TEXT])
    cell.data_type = "s"
    if font is not None:
        cell.font = font
    return cell


def discard(workbook: Workbook) -> None:
    """Close the sheets a failed export left open and remove their scratch files now (a cancelled export may
    have streamed hundreds of MB into them; openpyxl itself removes them only at exit)."""
    for sheet in workbook.worksheets:
        with suppress(Exception):
            if not sheet.closed:
                sheet.close()
        writer = getattr(sheet, "_writer", None)
        if writer is not None:
            with suppress(Exception):
                writer.cleanup()
