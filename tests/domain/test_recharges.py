"""Storico Ricariche (R-43) without Qt: the server's answer parsed (odd input included), filtered by period,
type, status and text, and summed; and the Excel export (exports.recharges_xlsx, Qt-free too) read back."""

from __future__ import annotations

import dataclasses
import json
import os
import resource
import signal
import tempfile
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from windtre_desktop.domain.recharges import (
    RechargeFilter,
    filter_attempts,
    filter_done,
    local_day,
    months_before,
    parse_history,
    period_filter_start,
    summarise,
)
from windtre_desktop.exports.recharges_xlsx import (
    EURO_FORMAT,
    RechargeSheets,
    sheet_name,
    write_recharges_xlsx,
)

ROME = timezone(timedelta(hours=1))
ANSWER = {
    "lineId": "L00003",
    "done": [
        {"date": "2026-11-26T13:28:13+01:00", "amountCents": 2000, "type": "online"},
        {"date": "2026-08-18T12:10:35+02:00", "amountCents": 1500, "type": "voucher"},
        {"date": "2025-12-01T09:00:00+01:00", "amountCents": 5000, "type": "online"},
    ],
    "attempts": [
        {"date": "2026-11-30T10:00:00+01:00", "amountCents": 1000, "transactionId": "RC202611300000001",
         "status": "pending", "outcome": "In attesa di conferma dal circuito di pagamento"},
        {"date": "2026-11-26T13:28:13+01:00", "amountCents": 2000, "transactionId": "RC202611260000002",
         "status": "completed", "outcome": "Ricarica effettuata"},
        {"date": "2026-09-02T18:00:00+02:00", "amountCents": 500, "transactionId": "RC202609020000003",
         "status": "failed", "outcome": "Carta scaduta"},
        {"date": "2026-08-18T12:10:35+02:00", "amountCents": 1500, "transactionId": "RC202608180000004",
         "status": "completed", "outcome": "Ricarica effettuata"},
        {"date": "2025-11-20T08:00:00+01:00", "amountCents": 2500, "transactionId": "RC202511200000005",
         "status": "failed", "outcome": "Pagamento rifiutato dalla banca"},
    ],
}  # fmt: skip
HISTORY = parse_history(ANSWER)


def test_the_answer_is_parsed_into_typed_rows_in_the_server_order():
    assert HISTORY.line_id == "L00003" and not HISTORY.empty
    first = HISTORY.done[0]
    assert first.when == datetime(2026, 11, 26, 13, 28, 13, tzinfo=ROME)
    assert (first.amount_cents, first.type) == (2000, "online")
    assert [a.transaction_id for a in HISTORY.attempts][:2] == ["RC202611300000001", "RC202611260000002"]
    assert [a.status for a in HISTORY.attempts] == ["pending", "completed", "failed", "completed", "failed"]


def test_odd_input_never_crashes_and_keeps_what_can_be_read():
    odd = parse_history({
        "done": [
            {"amountCents": 1000},  # no date, no type
            {"date": "ieri", "amountCents": "1500", "type": 7},
            {"date": "2026-01-05T10:00:00Z", "amountCents": True, "type": "shop"},
            {"date": "2026-01-06", "amountCents": 1200.0, "type": "online"},
            "not an object",
            None,
        ],
        "attempts": {"not": "a list"},
    }, line_id="L9")  # fmt: skip
    assert odd.line_id == "L9" and odd.attempts == ()
    assert [row.when is None for row in odd.done] == [True, True, False, False]
    assert [row.amount_cents for row in odd.done] == [1000, 1500, None, 1200]  # a boolean is not an amount
    assert [row.type for row in odd.done] == ["", "", "shop", "online"]
    assert odd.done[1].date == "ieri"  # an unreadable date is kept as the server wrote it
    absurd = parse_history({"done": [{"amountCents": 10**400}, {"amountCents": 1e300}, {"amountCents": "x"}]})
    assert [row.amount_cents for row in absurd.done] == [None, None, None]
    for raw in (None, [], "x", 42, {"done": None, "attempts": None}):
        assert parse_history(raw, "L1").empty
    bare = parse_history({"attempts": [{"status": "FAILED"}]}).attempts[0]
    assert (bare.status, bare.transaction_id, bare.outcome, bare.amount_cents) == ("failed", "", "", None)


def test_the_period_counts_calendar_months_back():
    assert months_before(date(2026, 12, 2), 3) == date(2026, 9, 2)
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)  # no 31 February
    assert months_before(date(2026, 1, 15), 24) == date(2024, 1, 15)
    assert period_filter_start(date(2026, 12, 2), None) is None  # "all"
    assert period_filter_start(date(2026, 12, 2), 0) is None
    assert period_filter_start(date(2026, 12, 2), 12) == date(2025, 12, 2)


def test_filters_by_period_type_status_and_text():
    since = RechargeFilter(since=date(2026, 1, 1))
    assert [r.amount_cents for r in filter_done(HISTORY.done, since)] == [2000, 1500]
    assert len(filter_attempts(HISTORY.attempts, since)) == 4
    between = RechargeFilter(since=date(2026, 8, 1), until=date(2026, 9, 30))
    assert [r.transaction_id[-1] for r in filter_attempts(HISTORY.attempts, between)] == ["3", "4"]

    online = RechargeFilter(type="online", status="failed")  # the type filters "done", the status "attempts"
    assert [r.type for r in filter_done(HISTORY.done, online)] == ["online", "online"]
    assert {r.status for r in filter_attempts(HISTORY.attempts, online)} == {"failed"}

    by_id = RechargeFilter(text="  rc2026090200 ")
    assert [r.outcome for r in filter_attempts(HISTORY.attempts, by_id)] == ["Carta scaduta"]
    assert filter_done(HISTORY.done, by_id) == []
    assert len(filter_attempts(HISTORY.attempts, RechargeFilter(text="CARTA"))) == 1  # outcome, any case
    assert len(filter_done(HISTORY.done, RechargeFilter(text="vouch"))) == 1  # type code
    labels = {"online": "Online", "voucher": "Buono"}
    assert len(filter_done(HISTORY.done, RechargeFilter(text="buono"), labels)) == 1  # type as shown
    assert len(filter_attempts(HISTORY.attempts, RechargeFilter(text="in attesa"))) == 1


def test_undated_rows_show_only_without_a_period():
    odd = parse_history({"done": [{"amountCents": 100, "type": "online"}]})
    assert len(filter_done(odd.done, RechargeFilter())) == 1
    assert filter_done(odd.done, RechargeFilter(since=date(2000, 1, 1))) == []


def test_summary_counts_the_filtered_rows():
    summary = summarise(HISTORY.done, HISTORY.attempts)
    assert (summary.count, summary.total_cents, summary.failed_attempts) == (3, 8500, 2)
    rule = RechargeFilter(since=date(2026, 1, 1))
    recent = summarise(filter_done(HISTORY.done, rule), filter_attempts(HISTORY.attempts, rule))
    assert (recent.count, recent.total_cents, recent.failed_attempts) == (2, 3500, 1)
    assert summarise([], []).total_cents == 0


def test_local_day_is_the_day_on_this_computer():
    moment = datetime(2026, 6, 30, 23, 30, tzinfo=UTC)
    assert local_day(moment) == moment.astimezone().date()
    assert local_day(datetime(2026, 6, 30, 23, 30)) == date(2026, 6, 30)


_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
_JSONISH = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4),
)
_ROW = st.fixed_dictionaries(
    {},
    optional={
        "date": st.one_of(st.text(max_size=30), st.datetimes().map(datetime.isoformat), _JSONISH),
        "amountCents": st.one_of(st.integers(), st.text(max_size=8), _JSONISH),
        "type": st.one_of(st.sampled_from(["online", "voucher", "automatic", "shop"]), _JSONISH),
        "transactionId": _JSONISH,
        "status": st.one_of(st.sampled_from(["completed", "failed", "pending"]), _JSONISH),
        "outcome": _JSONISH,
    },
)


@given(
    st.fixed_dictionaries({}, optional={"lineId": _JSONISH, "done": st.lists(_ROW | _JSONISH, max_size=6),
                                        "attempts": st.lists(_ROW | _JSONISH, max_size=6)}),
    st.dates(min_value=date(1900, 1, 1)),
    st.integers(0, 24),
    st.text(max_size=5),
)  # fmt: skip
def test_any_answer_parses_filters_and_sums(raw, today, months, text):
    history = parse_history(raw, "L1")
    rule = RechargeFilter(since=period_filter_start(today, months), text=text)
    done, attempts = filter_done(history.done, rule), filter_attempts(history.attempts, rule)
    assert set(done) <= set(history.done) and set(attempts) <= set(history.attempts)
    summary = summarise(done, attempts)
    assert summary.count == len(done)
    assert summary.failed_attempts <= len(attempts)
    everything = summarise(history.done, history.attempts)
    assert summary.count <= everything.count


SHEETS = RechargeSheets(
    title="Storico Ricariche · linea +393910999941",
    done_sheet="Ricariche effettuate",
    attempts_sheet="Tentativi di ricarica",
    done_headers=("Data", "Importo", "Tipo"),
    attempt_headers=("Data", "Importo", "ID transazione", "Stato", "Esito"),
    type_labels={"online": "Online", "voucher": "Voucher"},
    status_labels={"failed": "Fallita", "completed": "Completata", "pending": "In attesa"},
)


def test_the_workbook_has_both_sheets_real_dates_and_euro_amounts(tmp_path):
    target = write_recharges_xlsx(tmp_path / "r.xlsx", SHEETS, HISTORY.done, HISTORY.attempts)
    book = load_workbook(target)
    assert book.sheetnames == ["Ricariche effettuate", "Tentativi di ricarica"]
    made, attempts = book.worksheets
    assert made["A1"].value == SHEETS.title and made.freeze_panes == "A3"
    assert [c.value for c in made[2]] == list(SHEETS.done_headers)
    assert [c.value for c in attempts[2]] == list(SHEETS.attempt_headers)
    assert made.max_row == 2 + len(HISTORY.done) and attempts.max_row == 2 + len(HISTORY.attempts)
    first = HISTORY.done[0].when.astimezone().replace(tzinfo=None)
    assert made["A3"].value == first and made["A3"].is_date and made["A3"].number_format == "dd/mm/yyyy hh:mm"
    assert made["B3"].value == 20 and made["B3"].number_format == EURO_FORMAT
    assert [made.cell(row, 3).value for row in range(3, made.max_row + 1)] == ["Online", "Voucher", "Online"]
    assert attempts["D3"].value == "In attesa" and attempts["E5"].value == "Carta scaduta"
    assert oct(os.stat(target).st_mode & 0o777) == "0o644"


def test_server_text_stays_text_and_unreadable_values_stay_visible(tmp_path):
    odd = parse_history({
        "done": [{"date": "ieri", "amountCents": None, "type": "=HYPERLINK(\"http://x\")"},
                 {"date": "1850-01-01T10:00:00", "amountCents": 100, "type": "shop"}],
        "attempts": [{"date": "2026-01-01T10:00:00+01:00", "amountCents": 100, "transactionId": "=1+1",
                      "status": "odd", "outcome": "bell\x07 and tab"}],
    })  # fmt: skip
    book = load_workbook(write_recharges_xlsx(tmp_path / "odd.xlsx", SHEETS, odd.done, odd.attempts))
    made, attempts = book.worksheets
    assert (made["A3"].value, made["B3"].value, made["C3"].value) == ("ieri", None, '=HYPERLINK("http://x")')
    assert made["C3"].data_type == "s"  # not a formula
    assert made["A4"].value == "1850-01-01T10:00:00"  # Excel has no dates before 1900
    assert (attempts["C3"].value, attempts["D3"].value, attempts["E3"].value) == (
        "=1+1",
        "odd",
        "bell and tab",
    )


def test_half_a_utf16_pair_from_the_server_is_exported_as_the_replacement_character(tmp_path):
    """JSON allows "\\ud800" alone; Python keeps it in the string, and UTF-8 (so the workbook) cannot hold it."""
    odd = parse_history(json.loads(
        '{"done": [{"date": "2026-01-01T10:00:00+01:00", "amountCents": 100, "type": "shop\\udfff"}],'
        ' "attempts": [{"date": "2026-01-01T10:00:00+01:00", "amountCents": 100, "transactionId": "RC\\ud83d1",'
        ' "status": "failed", "outcome": "\\ud800"}, {"outcome": "ok \\ud83d\\ude00"}]}'
    ))  # fmt: skip
    assert odd.attempts[0].outcome == "\ud800"
    sheets = dataclasses.replace(SHEETS, title="Storico \udc00 linea", attempts_sheet="Tentativi \ud800")
    book = load_workbook(write_recharges_xlsx(tmp_path / "odd.xlsx", sheets, odd.done, odd.attempts))
    made, attempts = book.worksheets
    assert book.sheetnames == ["Ricariche effettuate", "Tentativi \ufffd"]
    assert made["A1"].value == "Storico \ufffd linea"
    assert made["C3"].value == "shop\ufffd"
    assert (attempts["C3"].value, attempts["E3"].value) == ("RC\ufffd1", "\ufffd")
    assert attempts["E4"].value == "ok \U0001f600"  # a whole pair is a character like any other


def test_sheet_names_are_made_acceptable_to_excel():
    assert sheet_name("Tentativi: di [ricarica]?") == "Tentativi di ricarica"
    assert len(sheet_name("x" * 40)) == 31 and sheet_name("//") == "Sheet"


def test_a_failed_export_leaves_the_previous_file_and_no_temporary_one(tmp_path):
    target = tmp_path / "r.xlsx"
    target.write_bytes(b"the previous export")
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (500, hard))  # the disk "fills up" after 500 bytes
    try:
        with pytest.raises(OSError):
            write_recharges_xlsx(target, SHEETS, HISTORY.done, HISTORY.attempts)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, handler)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["r.xlsx"]

    in_the_way = tmp_path / "folder.xlsx"
    in_the_way.mkdir()
    with pytest.raises(IsADirectoryError):  # written whole, then the rename is refused
        write_recharges_xlsx(in_the_way, SHEETS, HISTORY.done, HISTORY.attempts)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.xlsx", "r.xlsx"]
    with pytest.raises(FileNotFoundError):
        write_recharges_xlsx(tmp_path / "missing" / "r.xlsx", SHEETS, HISTORY.done, HISTORY.attempts)


def test_the_export_gets_the_rights_the_umask_allows(tmp_path):
    previous = os.umask(0o027)
    try:
        target = write_recharges_xlsx(tmp_path / "r.xlsx", SHEETS, HISTORY.done, HISTORY.attempts)
    finally:
        os.umask(previous)
    assert oct(os.stat(target).st_mode & 0o777) == "0o640"


@settings(max_examples=25, deadline=None)
@given(st.lists(_ROW, max_size=5), st.lists(_ROW, max_size=5))
def test_any_parsed_rows_export_and_read_back(done, attempts):
    history = parse_history({"done": done, "attempts": attempts})
    with tempfile.TemporaryDirectory() as folder:
        target = write_recharges_xlsx(Path(folder) / "r.xlsx", SHEETS, history.done, history.attempts)
        made, tried = load_workbook(target).worksheets
        assert made.max_row == 2 + len(history.done) and tried.max_row == 2 + len(history.attempts)
        amounts = [made.cell(row, 2).value for row in range(3, made.max_row + 1)]
        assert amounts == [None if r.amount_cents is None else r.amount_cents / 100 for r in history.done]


def test_an_attempt_is_found_by_its_status_as_shown():
    failed = [r for r in HISTORY.attempts if r.status == "failed"]
    assert failed
    shown = filter_attempts(HISTORY.attempts, RechargeFilter(text="zz non riuscita"), {"failed": "ZZ Non riuscita"})
    assert shown == failed


def test_the_day_of_an_instant_is_read_on_this_computers_clock():
    for hours in (14, -12):  # no local clock is at both ends at once
        moment = datetime(2026, 3, 5, 0, 30, tzinfo=timezone(timedelta(hours=hours)))
        assert local_day(moment) == moment.astimezone().date()
    assert local_day(datetime(2026, 3, 5, 23, 59)) == date(2026, 3, 5)  # a local time is read as it is


def test_a_history_that_is_not_an_object_is_empty_and_keeps_the_line_it_was_asked_for():
    assert parse_history([], "L7").line_id == "L7"
    assert parse_history(None).line_id == "" and parse_history(None).done == ()


# --- what the parser keeps and the text matches (issue 16: the sampled mutation run of 2026-12-07) -------------

def test_an_attempt_keeps_its_date_as_written_and_the_answer_names_its_line():
    assert HISTORY.attempts[0].date == "2026-11-30T10:00:00+01:00"
    assert parse_history(ANSWER, line_id="L00009").line_id == "L00003"  # the server's word wins


def test_an_instant_this_computer_cannot_put_on_its_clock_is_undated():
    # 1 January of year 1 at +14:00 is still year 0 in UTC: no clock can show it
    attempt = parse_history({"attempts": [{"date": "0001-01-01T00:00:00+14:00"}]}).attempts[0]
    assert attempt.when is None and attempt.date == "0001-01-01T00:00:00+14:00"


def test_the_text_matches_only_words_the_rows_show():
    assert filter_done(HISTORY.done, RechargeFilter(text="xx")) == []
    assert filter_attempts(HISTORY.attempts, RechargeFilter(text="xx")) == []


def test_each_attempt_is_read_with_its_amount_and_a_period_includes_its_first_and_last_day():
    assert [a.amount_cents for a in parse_history(ANSWER).attempts] == [1000, 2000, 500, 1500, 2500]
    day = local_day(HISTORY.done[1].when)
    assert filter_done(HISTORY.done, RechargeFilter(since=day, until=day)) == [HISTORY.done[1]]
