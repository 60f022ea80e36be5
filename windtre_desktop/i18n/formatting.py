"""The one way the interface writes numbers, money, data amounts, durations and dates, per language.

Built on QLocale, that is on Qt's CLDR data: "it" is Italian/Italy (1.541,23 · 1.541,23 €), "en" is
English/United Kingdom (1,541.23 · €1,541.23), chosen over the United States because its dates read day
first, as everyone in an Italian office reads them. One date form and one date-and-time form per language,
with four-digit years and the 24-hour clock: 05/12/2026 and 05/12/2026 05:23 in both.

Money goes from integer cents, or from the decimal text of a file (FatturaPA), to text without a float in
between: every digit written is kept, nothing is rounded. The FatturaPA stylesheet and the Excel export take
their separators, currency placement and date forms from here (`fatturapa_style`, `excel_*_format`), so every
screen, the invoice viewer and the workbook agree. Which unit a data amount is shown in is domain.display's.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from windtre_desktop.domain import display
from windtre_desktop.domain.display import DataUnit, DecimalParts

_LOCALES = {
    "it": (QLocale.Language.Italian, QLocale.Country.Italy),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
DAY_FORM = "dd/MM/yyyy"
MOMENT_FORM = "dd/MM/yyyy HH:mm"
_FORMS = {"it": (DAY_FORM, MOMENT_FORM), "en": (DAY_FORM, MOMENT_FORM)}
EURO = "€"
_MARK = "¤"  # where the currency symbol goes in QLocale's pattern
UNIT_SPACE = "\u00a0"  # a number and its unit never part at the end of a line ("2.998.500 min")


class _Style:
    """One language's locale and the pieces derived from it once."""

    def __init__(self, language: str) -> None:
        if language not in _LOCALES:
            raise ValueError(f"unsupported language {language!r}")
        self.language = language
        self.locale = QLocale(*_LOCALES[language])
        self.day_form, self.moment_form = _FORMS[language]
        self.decimal_point = self.locale.decimalPoint()
        self.group_separator = self.locale.groupSeparator()
        self.negative_sign = self.locale.negativeSign()
        before, _, after = self.locale.toCurrencyString(1, _MARK, 0).partition("1")
        # the sign before the whole amount, as CLDR's standard currency pattern has it (-1,50 € / -€1.50);
        # QLocale writes English negatives in the accounting style, "(€1.50)", easily missed in a table
        self.money_pattern = ((before, after), (self.negative_sign + before, after))  # "¤": the currency
        self.money, self.negative_money = (tuple(part.replace(_MARK, EURO) for part in pair)
                                           for pair in self.money_pattern)


_style = _Style("it")


def set_language(language: str) -> None:
    global _style
    _style = _Style(language)
    display.write_file_sizes_with(file_size)  # sizes inside the domain's messages, written the same way


def language() -> str:
    """The interface language ("it" or "en") the app was started in."""
    return _style.language


def locale() -> QLocale:
    return _style.locale


# -- numbers ---------------------------------------------------------------------------------------------------


def count(value: int) -> str:
    """A whole number with the language's grouping: 10.000 / 10,000."""
    value = int(value)
    return _signed(DecimalParts(value < 0, str(abs(value)), ""))


def decimal(value: float, places: int) -> str:
    """A measured quantity rounded to `places` decimals; never "-0,0"."""
    whole, _, fraction = f"{abs(float(value)):.{places}f}".partition(".")
    negative = value < 0 and (whole + fraction).strip("0") != ""
    return _signed(DecimalParts(negative, whole, fraction))


def percent(value: float, places: int = 0) -> str:
    """A percentage the way the app writes one everywhere: "56 %", "9,0 %" (a no-break space before the sign)."""
    return f"{decimal(value, places)}{UNIT_SPACE}%"


def _digits(parts: DecimalParts) -> str:
    # Grouped in threes from four digits (1.234), as the portal writes amounts; Qt's data for Italian
    # starts at five (1234 beside 12.345 in one column), which reads as a mistake in a table of money.
    whole = parts.whole
    head = len(whole) % 3 or 3
    whole = _style.group_separator.join([whole[:head]] + [whole[i:i + 3] for i in range(head, len(whole), 3)])
    return f"{whole}{_style.decimal_point}{parts.fraction}" if parts.fraction else whole


def _signed(parts: DecimalParts) -> str:
    return f"{_style.negative_sign if parts.negative else ''}{_digits(parts)}"


def number_text(text: str | None) -> str:
    """A decimal as a file writes it ("1541.23", "12.90000000") in the language, every digit kept; any other
    text unchanged."""
    parts = display.parse_decimal(text)
    if parts is None:
        return str(text or "")
    return _signed(parts)


def _money(parts: DecimalParts) -> str:
    before, after = _style.negative_money if parts.negative else _style.money
    return f"{before}{_digits(parts)}{after}"


def euro(cents: int) -> str:
    """Euro cents as money, the CLDR way: 9.408,38 € / €9,408.38; -1,50 € / -€1.50."""
    return _money(display.cents_decimal(cents))


def money_text(text: str | None) -> str:
    """An amount in euro as a file writes it ("1541.23") as money, every digit kept; any other text as is."""
    parts = display.parse_decimal(text)
    return str(text or "") if parts is None else _money(parts)


def money_affixes() -> tuple[str, str]:
    """What goes before and after a positive amount of euro (for spin boxes): ("", " €") / ("€", "")."""
    return _style.money


# -- data, time spans ------------------------------------------------------------------------------------------


def data_unit(total: int) -> DataUnit:
    return display.data_unit(total)


def data_amount(value: int, unit: DataUnit | None = None) -> str:
    """Bytes in `unit`; without one, in the unit the amount itself calls for. Amounts shown together (used,
    left, total) take one unit: data_amount(x, data_unit(total))."""
    unit = unit or display.data_unit(value)
    return f"{decimal(int(value) / unit.size, unit.places)}{UNIT_SPACE}{unit.symbol}"


def file_size(size: int) -> str:
    """A file's size, to a tenth of a megabyte: 5,4 MB (limits and attachments)."""
    return f"{decimal(int(size) / display.MIB, 1)}{UNIT_SPACE}MB"


def minutes(seconds: int) -> str:
    return f"{count(int(seconds) // 60)}{UNIT_SPACE}min"


def duration(seconds: int) -> str:
    """A call's length: 0:05, 12:34, 1:02:03."""
    hours, rest = divmod(abs(int(seconds)), 3600)
    mins, secs = divmod(rest, 60)
    text = f"{hours}:{mins:02d}:{secs:02d}" if hours else f"{mins}:{secs:02d}"
    return f"{_style.negative_sign}{text}" if seconds < 0 else text


# -- dates -----------------------------------------------------------------------------------------------------


def day(value: str | date | None) -> str:
    """A calendar day (YYYY-MM-DD, or a date) in the language's one date form; unreadable text unchanged."""
    found = display.calendar_day(value)
    if found is None:
        return "" if value is None else str(value)
    return _style.locale.toString(QDate(found.year, found.month, found.day), _style.day_form)


def short_day(value: date) -> str:
    """A day where room is short (a chart's date axis): day and abbreviated month, no year: 5 dic / 5 Dec."""
    return _style.locale.toString(QDate(value.year, value.month, value.day), "d MMM").rstrip(".")


def _year_month(value: str) -> tuple[int, int] | None:
    try:
        year, month_number = (int(part) for part in str(value)[:7].split("-"))
    except ValueError:
        return None
    return (year, month_number) if 1 <= month_number <= 12 else None


def month_name(value: str) -> str:
    """A month ("YYYY-MM") by its name alone, as a sentence writes it: novembre / November."""
    found = _year_month(value)
    return str(value) if found is None else _style.locale.monthName(found[1], QLocale.FormatType.LongFormat)


def month(value: str) -> str:
    """A month ("YYYY-MM") with its year: novembre 2026 / November 2026."""
    found = _year_month(value)
    return str(value) if found is None else f"{month_name(value)} {found[0]}"


def short_month(value: str) -> str:
    """A month where room is short (a chart's axis): nov 26 / Nov 26."""
    found = _year_month(value)
    if found is None:
        return str(value)
    name = _style.locale.monthName(found[1], QLocale.FormatType.ShortFormat).rstrip(".")
    return f"{name} {found[0] % 100:02d}"


def moment(value: datetime) -> str:
    """A local date and time in the language's one date-and-time form, as given."""
    # held as UTC so that Qt moves nothing: a local time would be "corrected" out of a DST gap (02:30 -> 03:30)
    when = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second),
                     QTimeZone.utc())
    return _style.locale.toString(when, _style.moment_form)


def timestamp(iso: str | None) -> str:
    """The local date and time of an ISO 8601 instant; "never" when there is none or it cannot be read."""
    found = display.local_moment(iso)
    if found is None:
        return QCoreApplication.translate("Formatting", "never")
    return moment(found)


# -- the same forms for the FatturaPA stylesheet and Excel ---------------------------------------------------


def fatturapa_style() -> dict[str, str]:
    """Parameters of resources/xsl/fatturapa.xsl: how its numbers, money and dates are written ("¤" in the
    money affixes stands for the invoice's currency)."""
    (before, after), (negative_before, negative_after) = _style.money_pattern
    return {
        "decimal_separator": _style.decimal_point, "group_separator": _style.group_separator,
        "negative_sign": _style.negative_sign, "money_before": before, "money_after": after,
        "negative_money_before": negative_before, "negative_money_after": negative_after,
        "date_form": _style.day_form,
    }


def excel_money_format() -> str:
    """The euro number format of a workbook cell, currency placed as the language places it (Excel writes
    the separators of the reader's own settings in place of "," and ".")."""
    before, after = _style.money
    negative_before, negative_after = _style.negative_money

    def quoted(text: str) -> str:
        return f'"{text}"' if text else ""

    return (f"{quoted(before)}#,##0.00{quoted(after)};"
            f"{quoted(negative_before)}#,##0.00{quoted(negative_after)}")


def excel_moment_format() -> str:
    """The date-and-time format of a workbook cell: the screen's one form, in Excel's letters."""
    return _style.moment_form.replace("MM", "mm").replace("HH", "hh")


display.write_file_sizes_with(file_size)
