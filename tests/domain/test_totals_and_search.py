"""Company totals and line search, Qt-free (R-20, R-21)."""

from __future__ import annotations

import dataclasses

from hypothesis import given
from hypothesis import strategies as st

from windtre_desktop.domain.line_search import matches, normalise_query, search_key
from windtre_desktop.domain.models import Counter, CounterKind, Line, Role, User
from windtre_desktop.domain.roles import Section, sections_for, sees_all_lines
from windtre_desktop.domain.totals import company_totals


def make_line(i: int, *, kind="mobile", credit=100, data=(10, 100), voice=(60, None), sms=(1, 10), offer="Business Giga 50",
              holder="Mario Rossi") -> Line:
    return Line(
        id=f"L{i:05d}", msisdn=f"+39347{i:07d}", kind=kind, holder=holder, alias="", status="active",
        payment_type="postpaid", billing_account_id="BA1", offer_code="X", offer_name=offer, credit_cents=credit,
        data=None if data is None else Counter(*data), voice=None if voice is None else Counter(*voice),
        sms=None if sms is None else Counter(*sms),
    )


def test_totals_sum_credit_and_counters_and_keep_unlimited_apart():
    lines = [
        make_line(1, credit=150, data=(10, 100), voice=(60, None)),
        make_line(2, credit=None, data=(30, 50), voice=(120, 600), offer="Business Flex"),
        make_line(3, kind="fixed", credit=0, data=None, voice=(30, None), sms=None),
    ]
    totals = company_totals(lines)
    assert (totals.lines, totals.mobile_lines, totals.fixed_lines) == (3, 2, 1)
    assert totals.credit_cents == 150
    data = totals.counters[CounterKind.DATA]
    assert (data.used, data.total, data.remaining, data.lines) == (40, 150, 110, 2)
    voice = totals.counters[CounterKind.VOICE]
    assert (voice.used, voice.used_limited, voice.total, voice.unlimited_lines) == (210, 120, 600, 2)
    assert voice.remaining == 480
    assert totals.offers == {"Business Giga 50": 2, "Business Flex": 1}


@given(st.lists(st.tuples(st.integers(0, 10**12), st.one_of(st.none(), st.integers(0, 10**12))), max_size=50))
def test_remaining_is_never_negative(pairs):
    lines = [make_line(i, data=pair) for i, pair in enumerate(pairs)]
    totals = company_totals(lines)
    assert totals.counters[CounterKind.DATA].remaining >= 0
    for line in lines:
        assert line.data.remaining is None or line.data.remaining >= 0
        assert line.data.used_fraction is None or 0 <= line.data.used_fraction <= 1


def test_search_by_number_in_any_written_form_by_name_and_by_offer():
    line = make_line(1234, holder="Giulia Conti", offer="Business Unlimited 100")
    key = search_key(line)
    for query in ("+39 347 0001234", "3470001234", "347 000 1234", "0039 3470001234", "1234", "giulia", "CONTI",
                  "unlimited", "giulia unlimited"):
        assert matches(key, normalise_query(query)), query
    for query in ("3480001234", "marco", "giulia flex"):
        assert not matches(key, normalise_query(query)), query
    assert normalise_query("   ") == []


def test_a_number_typed_with_39_finds_a_line_written_without_it():
    assert normalise_query("+39 347 000 1234") == normalise_query("0039 3470001234") == ["3470001234"]
    line = make_line(1234)
    national = dataclasses.replace(line, msisdn=line.msisdn.removeprefix("+39"))  # written nationally
    assert matches(search_key(national), normalise_query("+39 347 000 1234"))


@given(st.text(max_size=30))
def test_normalised_queries_never_crash_and_empty_means_everything(text):
    terms = normalise_query(text)
    assert all(terms), "no empty term may be produced"


def test_roles_matrix():
    assert sections_for(Role.USER_ADMIN) == tuple(Section)
    assert sections_for(Role.TELCO_MANAGER) == tuple(Section)
    employee = sections_for(Role.DIPENDENTE)
    assert Section.ACCOUNT_BILLING not in employee and Section.DASHBOARD in employee
    assert Section.PRODUCTS in employee  # the own lines' details and PIN/PUK (R-22), no GSS management
    assert sees_all_lines(Role.TELCO_MANAGER) and not sees_all_lines(Role.DIPENDENTE)


def test_models_round_trip_through_json():
    line = make_line(7)
    assert Line.from_json(line.to_json()) == line
    user = User("admin.demo", Role.USER_ADMIN, "Giulia", "Conti", "g@example.com", "C1", None)
    assert User.from_json(user.to_json()) == user
    assert user.display_name == "Giulia Conti"


def test_capabilities_follow_the_permission_matrix():
    from windtre_desktop.domain.roles import Capability, can, is_responsabile_by_network

    admin = User("admin.demo", Role.USER_ADMIN)
    telco = User("telco.demo", Role.TELCO_MANAGER)
    employee = User("3471234567", Role.DIPENDENTE)
    admin_by_network = User("admin.demo", Role.DIPENDENTE, line_id="L00001")
    assert can(admin, Capability.MANAGE_TELCO_MANAGERS) and not can(telco, Capability.MANAGE_TELCO_MANAGERS)
    assert can(employee, Capability.ASSOCIATE_SIMS) and can(employee, Capability.DELETE_OWN_ACCOUNT)
    assert not can(admin, Capability.ASSOCIATE_SIMS) and not can(telco, Capability.DELETE_OWN_ACCOUNT)
    assert is_responsabile_by_network(admin_by_network) and not is_responsabile_by_network(employee)
    for capability in Capability:
        assert not can(admin_by_network, capability)
