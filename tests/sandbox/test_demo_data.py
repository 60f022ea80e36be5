"""The demo company generator: valid identifiers, plausible and consistent lines, determinism, speed."""

from __future__ import annotations

from collections import Counter

import httpx
import phonenumbers
import pytest
from stdnum.it import iva

from tests.sandbox.conftest import login, user_of
from windtre_desktop.domain.models import Line
from windtre_desktop.sandbox.demo_data import MAX_LINES, generate, iso_time, italian_midnight

BASE = 1795388400  # 2026-11-23T00:00:00+01:00


@pytest.fixture(scope="module")
def big():
    return generate(10_000, seed=3, base_epoch=BASE)


def test_vat_numbers_are_valid_for_many_seeds():
    numbers = {generate(1, seed=seed, base_epoch=BASE).company["vatNumber"] for seed in range(60)}
    assert len(numbers) > 50
    assert all(iva.is_valid(number) for number in numbers), numbers


def test_same_seed_same_company_other_seed_other_company():
    one, again, other = generate(300, 5, BASE), generate(300, 5, BASE), generate(300, 6, BASE)
    assert (one.company, one.lines, one.users) == (again.company, again.lines, again.users)
    assert one.lines != other.lines
    assert one.company["vatNumber"] != other.company["vatNumber"]


def test_line_count_bounds():
    assert len(generate(1, 1, BASE).lines) == 1
    for bad in (0, MAX_LINES + 1):
        with pytest.raises(ValueError):
            generate(bad, 1, BASE)


@pytest.mark.parametrize(("lines", "accounts"), [(250, 3), (1000, 4), (10_000, 8)])
def test_billing_accounts_grow_with_the_company(lines, accounts):
    company = generate(lines, 1, BASE)
    assert len(company.company["billingAccounts"]) == accounts
    ids = {a["id"] for a in company.company["billingAccounts"]}
    assert {line["billingAccountId"] for line in company.lines} <= ids


def test_mix_of_lines_offers_and_payments(big):
    kinds = Counter(line["kind"] for line in big.lines)
    assert 0.82 < kinds["mobile"] / len(big.lines) < 0.88
    offers = Counter(line["offer"]["code"] for line in big.lines if line["kind"] == "mobile")
    assert len(offers) >= 4 and min(offers.values()) > 500
    payments = Counter(line["paymentType"] for line in big.lines)
    assert payments["prepaid"] > 1000 and payments["postpaid"] > 1000
    assert {line["status"] for line in big.lines} == {"active", "suspended"}
    assert [line["id"] for line in big.lines] == [f"L{i:05d}" for i in range(1, 10_001)]
    holders = {line["holder"] for line in big.lines}
    assert len(holders) > 1000 and all(len(h.split(" ")) >= 2 for h in holders)


def test_numbers_are_unique_and_valid(big):
    numbers = [line["msisdn"] for line in big.lines]
    assert len(set(numbers)) == len(numbers)
    for line in big.lines[:3000]:
        parsed = phonenumbers.parse(line["msisdn"])
        assert phonenumbers.is_valid_number(parsed), line["msisdn"]
        if line["kind"] == "mobile":
            assert line["msisdn"].startswith("+393") and len(line["msisdn"]) == 13
            assert phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.MOBILE
        else:
            assert line["msisdn"].startswith(("+3902", "+3906"))
            assert phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.FIXED_LINE


def test_counters_are_consistent(big):
    units = {"data": "bytes", "voice": "seconds", "sms": "count"}
    unlimited = Counter()
    for raw in big.lines:
        line = Line.from_json(raw)
        assert line.to_json() == raw
        for name, counter in raw["counters"].items():
            if counter is None:
                continue
            assert counter["unit"] == units[name]
            assert counter["used"] >= 0
            if counter["total"] is None:
                unlimited[name] += 1
            else:
                assert counter["total"] > 0
                assert counter["total"] - counter["used"] >= 0, raw  # remaining never negative
        if raw["kind"] == "fixed":
            assert raw["counters"]["data"] is None and raw["counters"]["sms"] is None
            assert raw["counters"]["voice"] is not None
            assert raw["creditCents"] is None
        else:
            assert raw["counters"]["data"]["total"] in {
                10 * 2**30,
                20 * 2**30,
                50 * 2**30,
                100 * 2**30,
                200 * 2**30,
            }
            assert isinstance(raw["creditCents"], int) and raw["creditCents"] >= 0
        assert raw["version"] >= 1
    assert unlimited["voice"] > 1000 and unlimited["sms"] > 1000


def test_updated_at_is_iso_with_italian_offset(big):
    stamps = {line["updatedAt"] for line in big.lines}
    assert all(s.startswith("2026-11-22T") and s.endswith("+01:00") for s in stamps)
    assert iso_time(1785000000) == "2026-07-25T19:20:00+02:00"  # summer time
    assert iso_time(BASE) == "2026-11-23T00:00:00+01:00"
    assert italian_midnight(BASE + 11 * 3600) == BASE


def test_users_follow_the_contract(big):
    by_role = {u.role: u for u in big.users}
    assert (by_role["USER_ADMIN"].username, by_role["USER_ADMIN"].password) == ("admin.demo", "Demo2026!")
    assert (by_role["TELCO_MANAGER"].username, by_role["TELCO_MANAGER"].password) == (
        "telco.demo",
        "Telco2026!",
    )
    employee = by_role["DIPENDENTE"]
    first_mobile = next(line for line in big.lines if line["kind"] == "mobile")
    assert employee.username == first_mobile["msisdn"][3:] and employee.username.isdigit()
    assert employee.password == "Dipendente2026!" and employee.json["lineId"] == first_mobile["id"]


def test_a_one_line_company_still_has_a_mobile_line_for_the_dipendente():
    for seed in range(40):
        company = generate(1, seed, BASE)
        assert company.lines[0]["kind"] == "mobile"
        assert company.users[2].json["lineId"] == "L00001"


def _snapshot(url: str, server) -> dict:
    with httpx.Client(base_url=url, timeout=10) as http:
        login(http, user_of(server, "USER_ADMIN"))
        data = http.get("/api/v1/sync").json()["data"]
    return {"company": data["company"], "lines": data["lines"], "users": server.users}


def test_servers_with_the_same_seed_serve_the_same_company(start_server):
    first = start_server(lines=250, seed=1)
    same = start_server(lines=250, seed=1)
    other = start_server(lines=250, seed=2)
    reference = _snapshot(first.url, first)
    assert _snapshot(same.url, same) == reference
    different = _snapshot(other.url, other)
    assert different["lines"] != reference["lines"]
    assert different["company"] != reference["company"]
