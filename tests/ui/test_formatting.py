"""i18n.formatting, the one way numbers, money, data, durations and dates are written (issue 10): Italian
(it_IT) and English (en_GB), CLDR currency placement, and the FatturaPA stylesheet and Excel agreeing with it."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from tests.invoices.test_fatturapa import ENGLISH, make_invoice
from windtre_desktop.domain.display import GIB, MIB, TIB
from windtre_desktop.i18n import formatting
from windtre_desktop.invoices.fatturapa import load_fatturapa, render_html

NBSP = "\u00a0"


@pytest.fixture
def language():
    """Switches the formatting language for one test and puts Italian back."""
    yield formatting.set_language
    formatting.set_language("it")


def test_the_locales_are_italy_and_the_united_kingdom(language):
    assert formatting.locale().name() == "it_IT"
    language("en")
    assert formatting.locale().name() == "en_GB" and formatting.language() == "en"
    with pytest.raises(ValueError, match="unsupported language"):
        language("fr")


def test_money_is_placed_the_cldr_way(language):
    assert formatting.euro(940838) == f"9.408,38{NBSP}€"
    assert formatting.euro(5) == f"0,05{NBSP}€" and formatting.euro(0) == f"0,00{NBSP}€"
    assert formatting.euro(-150) == f"-1,50{NBSP}€"
    assert formatting.euro(123456789012) == f"1.234.567.890,12{NBSP}€"
    assert formatting.money_affixes() == ("", f"{NBSP}€")
    language("en")
    assert formatting.euro(940838) == "€9,408.38" and formatting.euro(-150) == "-€1.50"
    assert formatting.euro(100) == "€1.00" and formatting.money_affixes() == ("€", "")


def test_amounts_from_a_file_keep_every_digit(language):
    assert formatting.money_text("1541.23") == f"1.541,23{NBSP}€"
    assert formatting.money_text("-0.00") == f"0,00{NBSP}€"
    assert formatting.number_text("12.90000000") == "12,90000000" and formatting.number_text("22.00") == "22,00"
    assert formatting.number_text("1234567.5") == "1.234.567,5"
    assert formatting.number_text("dodici") == "dodici" and formatting.money_text("1e5") == "1e5"
    language("en")
    assert formatting.money_text("-1541.23") == "-€1,541.23" and formatting.number_text("22.00") == "22.00"


def test_grouping_starts_at_four_digits_in_both_languages(language):
    # Qt's CLDR data for Italian would write 1234 beside 12.345; one rule reads better in a column
    assert [formatting.count(n) for n in (999, 1234, 10_000, -1_234_567)] == ["999", "1.234", "10.000", "-1.234.567"]
    assert formatting.decimal(1234.56, 1) == "1.234,6" and formatting.decimal(-0.04, 1) == "0,0"  # never -0,0
    language("en")
    assert [formatting.count(n) for n in (999, 1234, 10_000)] == ["999", "1,234", "10,000"]
    assert formatting.decimal(1234.4, 0) == "1,234" and formatting.decimal(-2.25, 1) == "-2.2"


@given(st.integers(-10**15, 10**15))
def test_every_cent_survives_and_reads_back(cents):
    for lang, group, point in (("it", ".", ","), ("en", ",", ".")):
        formatting.set_language(lang)
        text = formatting.euro(cents).replace("€", "").replace(NBSP, "").replace(group, "").replace(point, "")
        assert int(text) == cents
    formatting.set_language("it")


def test_data_amounts_take_one_unit_per_group(language):
    assert formatting.data_amount(int(46.6 * GIB)) == f"46,6{NBSP}GB" and formatting.data_amount(512 * MIB) == f"512{NBSP}MB"
    total = int(13.6 * TIB)
    unit = formatting.data_unit(total)
    used, left = int(6687.3 * GIB), int(7242.7 * GIB)
    assert [formatting.data_amount(v, unit) for v in (used, left, total)] == [f"6,5{NBSP}TB", f"7,1{NBSP}TB", f"13,6{NBSP}TB"]
    assert formatting.data_amount(200 * MIB, formatting.data_unit(50 * GIB)) == f"0,2{NBSP}GB"
    language("en")
    assert formatting.data_amount(int(322.1 * TIB)) == f"322.1{NBSP}TB"
    assert formatting.data_amount(9 * TIB) == f"9,216.0{NBSP}GB"  # below 10 TB stays in GB


def test_minutes_and_call_durations(language):
    assert formatting.minutes(3599) == f"59{NBSP}min" and formatting.minutes(1_373_568 * 60) == f"1.373.568{NBSP}min"
    assert [formatting.duration(s) for s in (5, 125, 3600, 3723, 0)] == ["0:05", "2:05", "1:00:00", "1:02:03", "0:00"]
    language("en")
    assert formatting.minutes(1_373_568 * 60) == f"1,373,568{NBSP}min"


@pytest.mark.parametrize("lang", ["it", "en"])
def test_one_date_form_and_one_date_time_form_with_four_digit_years(language, lang):
    language(lang)
    assert formatting.day("2026-12-05") == "05/12/2026" == formatting.day(date(2026, 12, 5))
    assert formatting.day("2026-01-01T23:59:59Z") == "01/01/2026"
    assert formatting.day("0001-01-01") == "01/01/0001" and formatting.day("9999-12-31") == "31/12/9999"
    assert formatting.day("not a date") == "not a date" and formatting.day(None) == ""
    assert formatting.timestamp("2026-12-05T00:00:00") == "05/12/2026 00:00"  # midnight, no zone: as written
    assert formatting.timestamp("2026-12-31T23:59:00") == "31/12/2026 23:59"
    instant = datetime(2026, 2, 28, 23, 30, tzinfo=UTC)
    local = instant.astimezone()
    assert formatting.timestamp(instant.isoformat()) == local.strftime("%d/%m/%Y %H:%M")  # on this computer's clock
    assert formatting.moment(datetime(2024, 2, 29, 7, 5)) == "29/02/2024 07:05"
    assert formatting.timestamp("9999-12-31T23:59:59-12:00")  # the edge of the calendar: written, no crash


def test_a_chart_axis_day_is_day_and_short_month_without_a_year(language):
    assert formatting.short_day(date(2026, 12, 5)) == "5 dic"
    assert [formatting.short_day(date(2026, m, 1)) for m in (1, 5, 9)] == ["1 gen", "1 mag", "1 set"]
    language("en")
    assert formatting.short_day(date(2026, 12, 5)) == "5 Dec"
    assert formatting.short_day(date(2026, 1, 31)) == "31 Jan"


def test_a_moment_in_a_daylight_saving_gap_is_written_as_given():
    # the clocks of Rome skip 02:00-03:00 on 29 March 2026: a server's local "02:30" must not become 03:30
    code = "from windtre_desktop.i18n import formatting as f; print(f.timestamp('2026-03-29T02:30:00'))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={**os.environ, "TZ": "Europe/Rome"})
    assert result.stdout.strip() == "29/03/2026 02:30"


def test_a_missing_moment_reads_never(language):
    assert formatting.timestamp(None) == formatting.timestamp("yesterday") != ""


@pytest.mark.parametrize("lang", ["it", "en"])
def test_the_fatturapa_stylesheet_writes_like_the_interface(language, lang):
    language(lang)
    xml = make_invoice(total="-1541.23").replace(b"<Quantita>2.00</Quantita>", b"<Quantita>1234.12345678</Quantita>")
    html = render_html(load_fatturapa(xml), lang, formatting.fatturapa_style())
    text = " ".join(etree.fromstring(html, etree.HTMLParser()).itertext())
    for expected in (formatting.money_text("-1541.23"), formatting.money_text("40.00"), formatting.money_text("22.00"),
                     formatting.number_text("1234.12345678"), formatting.number_text("22.00"),
                     formatting.day("2024-03-31"), formatting.day("2024-04-30")):
        assert expected in text, expected


def test_the_qt_free_invoice_tests_ask_for_what_the_interface_asks(language):
    invoice = load_fatturapa(make_invoice(total="-1541.23"))
    assert render_html(invoice, "it") == render_html(invoice, "it", formatting.fatturapa_style())  # the defaults
    language("en")
    assert formatting.fatturapa_style() == ENGLISH  # tests/invoices render English with this dict


def test_the_excel_formats_are_the_screen_forms(language):
    assert formatting.excel_moment_format() == "dd/mm/yyyy hh:mm"
    assert formatting.excel_money_format() == f'#,##0.00"{NBSP}€";"-"#,##0.00"{NBSP}€"'
    language("en")
    assert formatting.excel_money_format() == '"€"#,##0.00;"-€"#,##0.00'


def test_sizes_in_the_domains_messages_are_written_in_the_language(language):
    from windtre_desktop.domain import tickets as tk
    from windtre_desktop.domain.display import FileSize
    from windtre_desktop.invoices import messages

    assert formatting.file_size(int(5.4 * MIB)) == f"5,4{NBSP}MB" and str(FileSize(tk.MAX_FILE_BYTES)) == f"5,0{NBSP}MB"
    assert f"(25,0{NBSP}MB; " in messages.too_large(25 * MIB, 20 * MIB).render()
    language("en")
    assert str(FileSize(int(1234.5 * MIB))) == f"1,234.5{NBSP}MB"
