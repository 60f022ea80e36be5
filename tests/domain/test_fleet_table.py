"""The fleet table's rows and filters (domain/fleet_table.py): a row holds its line, usage and label as the
table shows them; each filter and each built-in view keeps a row that matches and drops one that does not; at
10,000 lines of the sandbox's demo company every view agrees with a plain reading of the rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from tests.support.fleet_lines_data import TODAY, demo_accounts, demo_lines, usage_json
from windtre_desktop.domain.fleet_table import (
    BUILT_IN_VIEWS,
    TRAFFIC_WINDOW_DAYS,
    FleetFilter,
    FleetRows,
    built_in_view,
    fleet_row,
    fleet_rows,
)
from windtre_desktop.domain.fleet_usage import FleetSnapshot, FleetUsage, LineLabel
from windtre_desktop.domain.models import Counter


@pytest.fixture(scope="module")
def company():
    lines = demo_lines(10_000)
    usage = FleetUsage.from_json(usage_json(lines))
    labels = {lines[i].id: LineLabel(lines[i].id, f"CdC-{chr(65 + i % 7)}", f"nota {i}") for i in range(0, 10_000, 13)}
    snapshot = FleetSnapshot(tuple(lines), usage, labels, demo_accounts(10_000))
    return lines, usage, labels, fleet_rows(snapshot)


@pytest.fixture(scope="module")
def sample(company):
    """A mobile line with data, voice and SMS allowances, and a row of it."""
    lines, usage, _labels, _rows = company
    line = next(line for line in lines if line.data and line.data.total and line.voice and line.voice.total
                and line.sms and line.sms.total and line.credit_cents is not None)
    return line, usage.lines[line.id]


def test_a_row_holds_its_line_usage_and_label(sample):
    line, usage = sample
    label = LineLabel(line.id, "Mario Rossi", "Cantiere di Bergamo")
    row = fleet_row(line, usage, label, today=TODAY, billing_account="Sede di Milano")
    assert (row.line_id, row.number, row.holder, row.alias) == (line.id, line.msisdn, line.holder, line.alias)
    assert (row.label, row.note, row.kind, row.offer) == ("Mario Rossi", "Cantiere di Bergamo", line.kind, line.offer_name)
    assert row.credit_cents == line.credit_cents and row.status == line.status
    assert row.data_pct == pytest.approx(line.data.used * 100 / line.data.total)
    assert row.voice_pct == pytest.approx(line.voice.used * 100 / line.voice.total)
    assert row.sms_pct == pytest.approx(line.sms.used * 100 / line.sms.total)
    assert row.month_spend_cents == usage.month_to_date_cents
    assert row.gss_package == usage.gss_package_name
    assert row.last_activity == (date.fromisoformat(usage.last_activity) if usage.last_activity else None)
    assert row.roaming_country == usage.roaming_country
    assert row.billing_account == "Sede di Milano" and row.billing_account_id == line.billing_account_id
    assert row.has_usage
    for text in (line.msisdn, line.holder, "mario rossi", "cantiere di bergamo", line.offer_name):
        assert text.casefold() in row.search_key
    national = line.msisdn.removeprefix("+39")
    assert national in row.search_key


def test_a_row_before_the_first_usage_has_no_usage_values(sample):
    line, _usage = sample
    row = fleet_row(line, None, None)
    assert not row.has_usage
    assert (row.month_spend_cents, row.gss_package, row.last_activity, row.idle_days, row.roaming_country) == (
        None, "", None, None, None)
    assert (row.label, row.note) == ("", "")
    assert row.billing_account == line.billing_account_id  # no name known: the id
    assert row.data_pct is not None  # the counters come with the line, not with the usage


def test_unlimited_and_missing_allowances_have_no_percentage(sample):
    line, usage = sample
    unlimited = replace(line, data=Counter(used=5 * 2**30, total=None), voice=None, sms=Counter(used=3, total=0))
    row = fleet_row(unlimited, usage, None, today=TODAY)
    assert (row.data_pct, row.voice_pct, row.sms_pct) == (None, None, None)


def test_idle_days_count_from_the_usage_day(sample):
    line, usage = sample
    ten_days = replace(usage, last_activity=(TODAY - timedelta(days=10)).isoformat())
    assert fleet_row(line, ten_days, None, today=TODAY).idle_days == 10
    never = replace(usage, last_activity=None)
    assert fleet_row(line, never, None, today=TODAY).idle_days == TRAFFIC_WINDOW_DAYS


def _pair(filter_: FleetFilter, keep, drop) -> None:
    assert filter_.matches(keep), keep
    assert not filter_.matches(drop), drop
    assert filter_.apply([drop, keep, drop]) == [keep]


def test_each_filter_keeps_a_matching_row_and_drops_another(sample):
    line, usage = sample
    row = fleet_row(line, usage, LineLabel(line.id, "Magazzino", "turno di notte"), today=TODAY)
    other = replace(row, search_key="+390000 nessuno", kind="fixed" if row.kind == "mobile" else "mobile",
                    offer=row.offer + " X", status="suspended" if row.status == "active" else "active",
                    label="", note="")
    _pair(FleetFilter(text="magazz"), row, other)
    _pair(FleetFilter(text="NOTTE turno"), row, other)  # every word, in any order, any case
    _pair(FleetFilter(text=line.msisdn.removeprefix("+39")[-6:]), row, other)
    _pair(FleetFilter(kind=row.kind), row, other)
    _pair(FleetFilter(offer=row.offer), row, other)
    _pair(FleetFilter(status=row.status), row, other)
    _pair(FleetFilter(has_label=True), row, other)
    _pair(FleetFilter(has_label=False), other, row)
    poor, rich = replace(row, credit_cents=499), replace(row, credit_cents=500)
    _pair(FleetFilter(credit_below_cents=500), poor, rich)
    _pair(FleetFilter(credit_below_cents=500), poor, replace(row, credit_cents=None))
    full, half = replace(row, data_pct=80.5), replace(row, data_pct=80.0)
    _pair(FleetFilter(data_over_pct=80), full, half)
    _pair(FleetFilter(data_over_pct=80), full, replace(row, data_pct=None))
    _pair(FleetFilter(roaming=True), replace(row, roaming_country="DE"), replace(row, roaming_country=None))
    _pair(FleetFilter(inactive_days=30), replace(row, idle_days=30), replace(row, idle_days=29))
    _pair(FleetFilter(inactive_days=30), replace(row, idle_days=90), replace(row, idle_days=None))
    assert FleetFilter().matches(row) and FleetFilter().matches(other)
    assert FleetFilter(text="   ").matches(other)


def test_a_numeric_code_and_an_accented_name_are_found_as_typed(sample):
    """Review of issue 15: a cost centre "4410/02" is not squashed to a number, and accents do not matter."""
    line, usage = sample
    row = fleet_row(line, usage, LineLabel(line.id, "CdC 4410/02", "referente Nicolò Pérez"), today=TODAY)
    other = fleet_row(line, usage, LineLabel(line.id, "CdC 4411/02", "referente Nicola"), today=TODAY)
    other = replace(other, search_key=other.search_key.replace(line.msisdn.casefold(), "+390000000000"))
    _pair(FleetFilter(text="4410/02"), row, other)
    _pair(FleetFilter(text="nicolo"), row, other)
    _pair(FleetFilter(text="PÉREZ"), row, other)
    # a number typed with spaces still finds the line (its digits squashed)
    national = line.msisdn.removeprefix("+39")
    assert FleetFilter(text=f"{national[:3]} {national[3:]}").matches(row)


def test_the_built_in_views_each_keep_one_row_and_drop_another(sample):
    line, usage = sample
    row = fleet_row(line, usage, None, today=TODAY)
    cases = {
        "credit_below_5": (replace(row, credit_cents=120), replace(row, credit_cents=900)),
        "data_over_80": (replace(row, data_pct=93.0), replace(row, data_pct=40.0)),
        "roaming": (replace(row, roaming_country="CH"), replace(row, roaming_country=None)),
        "inactive_30": (replace(row, idle_days=45), replace(row, idle_days=3)),
    }
    assert {view.id for view in BUILT_IN_VIEWS} == set(cases)
    for view_id, (keep, drop) in cases.items():
        view = built_in_view(view_id)
        assert view is not None
        _pair(view.filter, keep, drop)
    assert built_in_view("nope") is None


def test_the_views_at_10000_lines_agree_with_a_plain_reading(company):
    lines, usage, labels, rows = company
    assert len(rows) == 10_000 and [r.line_id for r in rows] == [line.id for line in lines]
    today = date.fromisoformat(usage.today)
    by_id = {line.id: line for line in lines}

    def idle(line_id: str) -> int:
        last = usage.lines[line_id].last_activity
        return (today - date.fromisoformat(last)).days if last else TRAFFIC_WINDOW_DAYS

    def data_share(line_id: str) -> float | None:
        data = by_id[line_id].data
        return data.used / data.total if data is not None and data.total else None

    expected = {
        "credit_below_5": {line.id for line in lines if line.credit_cents is not None and line.credit_cents < 500},
        "data_over_80": {i for i in by_id if data_share(i) is not None and data_share(i) > 0.8},
        "roaming": {i for i, u in usage.lines.items() if u.roaming_country},
        "inactive_30": {i for i in by_id if idle(i) >= 30},
    }
    for view in BUILT_IN_VIEWS:
        shown = view.filter.apply(rows)
        assert {r.line_id for r in shown} == expected[view.id], view.id
        assert 0 < len(shown) < 10_000, view.id  # the company has lines on both sides of each view
        assert [r.line_id for r in shown] == [r.line_id for r in rows if r.line_id in expected[view.id]]  # order kept
    labelled = FleetFilter(text="cdc-d").apply(rows)
    assert labelled and {r.line_id for r in labelled} == {i for i, lab in labels.items() if lab.label == "CdC-D"}
    combined = FleetFilter(kind="mobile", status="active", data_over_pct=80, has_label=False).apply(rows)
    assert {r.line_id for r in combined} == {
        i for i in expected["data_over_80"] if by_id[i].kind == "mobile" and by_id[i].status == "active"
        and i not in labels}


def test_a_filter_goes_to_json_and_back():
    full = FleetFilter(text="rossi", kind="mobile", offer="Business Flex", status="active", credit_below_cents=500,
                       data_over_pct=80.0, roaming=True, inactive_days=30, has_label=False)
    assert FleetFilter.from_json(full.to_json()) == full
    assert FleetFilter.from_json(FleetFilter().to_json()) == FleetFilter()
    import json
    assert FleetFilter.from_json(json.loads(json.dumps(full.to_json()))) == full


def test_a_view_saved_by_another_version_still_opens():
    odd = {"text": 12, "kind": "fixed", "credit_below_cents": "500", "data_over_pct": 75, "roaming": "yes",
           "inactive_days": 14.0, "has_label": True, "colour": "red"}
    assert FleetFilter.from_json(odd) == FleetFilter(kind="fixed", data_over_pct=75.0, inactive_days=14,
                                                     has_label=True)
    assert FleetFilter.from_json(None) == FleetFilter()
    assert FleetFilter.from_json({"credit_below_cents": True}) == FleetFilter()


def test_the_rows_of_a_snapshot_count_idle_days_to_its_day_and_need_no_usage(sample):
    line, usage = sample
    snapshot = FleetSnapshot((line,), FleetUsage(TODAY.isoformat(), (), (), {line.id: usage}), {}, {})
    [row] = fleet_rows(snapshot)
    assert row.idle_days is not None and row.idle_days == fleet_row(line, usage, None, today=TODAY).idle_days
    [bare] = fleet_rows(FleetSnapshot((line,), None, {}, {}))
    assert not bare.has_usage and bare.idle_days is None


def test_a_row_names_its_billing_account_and_any_iterable_of_rows_can_be_filtered(sample):
    line, usage = sample
    known = FleetSnapshot((line,), None, {}, {line.billing_account_id: "Sede Milano"})
    assert [row.billing_account for row in fleet_rows(known)] == ["Sede Milano"]
    unknown = FleetSnapshot((line,), None, {}, {})
    assert [row.billing_account for row in fleet_rows(unknown)] == [line.billing_account_id]  # its id, then
    rows = fleet_rows(known)
    assert FleetFilter().apply(iter(rows)) == rows == FleetFilter().apply(tuple(rows))


def test_a_number_written_with_spaces_is_found_by_its_digits_and_the_keys_fields_stay_apart(sample):
    line, usage = sample
    row = fleet_row(replace(line, msisdn="+39 347 123 4567", holder="Mario Rossi", alias=""), usage, None)
    assert FleetFilter(text="3471234567").matches(row)
    assert not FleetFilter(text="xx").matches(row)


def test_every_word_typed_must_match_and_a_label_alone_counts_as_labelled(sample):
    line, usage = sample
    row = fleet_row(replace(line, holder="Mario Rossi", alias=""), usage, LineLabel(line.id, "Furgone", ""))
    assert FleetFilter(text="mario").matches(row) and not FleetFilter(text="mario zzzz").matches(row)
    assert FleetFilter(has_label=True).matches(row)


def test_rows_made_again_only_where_a_line_its_usage_label_or_account_changed():
    """After a sync the table is refilled with the rows of the lines that moved remade, the others kept as they
    were (the same objects): the same rows as made from nothing."""
    lines = demo_lines(60)
    raw = usage_json(lines)
    usage = FleetUsage.from_json(raw)
    accounts = demo_accounts(60)
    maker = FleetRows()
    first = maker.rows(FleetSnapshot(tuple(lines), usage, {}, accounts))
    moved = lines[:]
    moved[1] = replace(lines[1], credit_cents=(lines[1].credit_cents or 0) + 500)  # a new line object
    moved[2] = replace(lines[2])  # a new object, equal: remade all the same (sync.snapshot shares the equal ones)
    again = FleetUsage.from_json(raw).sharing(usage)  # a new answer, equal: the lines' usage shared
    changed_usage = {**again.lines, lines[3].id: replace(again.lines[lines[3].id], roaming_country="FR")}
    labels = {lines[4].id: LineLabel(lines[4].id, "Cantiere")}
    renamed = {**accounts, lines[5].billing_account_id: "Sede nuova"}
    second_snapshot = FleetSnapshot(tuple(moved), replace(again, lines=changed_usage), labels, renamed)
    second = maker.rows(second_snapshot)
    assert second == fleet_rows(second_snapshot)
    same_account = {i for i, line in enumerate(lines) if line.billing_account_id == lines[5].billing_account_id}
    remade = {i for i in range(60) if second[i] is not first[i]}
    assert remade == {1, 2, 3, 4} | same_account
    assert second[1].credit_cents == first[1].credit_cents + 500 and second[3].roaming_country == "FR"
    next_day = replace(again, today=(TODAY + timedelta(days=1)).isoformat())  # idle days move for every line
    third = maker.rows(FleetSnapshot(tuple(moved), next_day, labels, renamed))
    assert all(a is not b for a, b in zip(third, second, strict=True))
    assert third == fleet_rows(FleetSnapshot(tuple(moved), next_day, labels, renamed))


def test_a_new_usage_answer_shares_the_unchanged_lines_usage_with_the_one_before():
    lines = demo_lines(40)
    raw = usage_json(lines)
    before = FleetUsage.from_json(raw)
    moved = dict(raw, lines=[dict(entry) for entry in raw["lines"]])
    moved["lines"][5]["monthToDateCents"] = moved["lines"][5]["monthToDateCents"] + 1
    after = FleetUsage.from_json(moved).sharing(before)
    assert after == FleetUsage.from_json(moved)
    changed = {line_id for line_id, usage in after.lines.items() if usage is not before.lines.get(line_id)}
    assert changed == {moved["lines"][5]["lineId"]}
    assert FleetUsage.from_json(raw).sharing(None) == before
