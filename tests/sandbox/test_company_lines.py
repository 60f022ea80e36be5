"""Company and lines over HTTP: shapes, ETags, paging, and what each role may see (403 for the rest)."""

from __future__ import annotations

import httpx
import pytest
from stdnum.it import iva

from tests.sandbox.conftest import assert_wrapped, login, user_of
from windtre_desktop.domain.models import Company, Line


def test_company_shape_and_valid_vat_number(admin):
    response = admin.get("/api/v1/company")
    company = assert_wrapped(response, "OK", 200)["data"]
    assert iva.is_valid(company["vatNumber"]), company["vatNumber"]
    assert company["lineCount"] == 250
    assert 3 <= len(company["billingAccounts"]) <= 8
    assert company["name"] and company["address"] and company["pec"].endswith("@pec.it")
    assert len(company["sdiCode"]) == 7
    assert Company.from_json(company).to_json() == company
    assert response.headers["ETag"]


def test_company_etag_gives_304(admin):
    first = admin.get("/api/v1/company")
    again = admin.get("/api/v1/company", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["ETag"] == first.headers["ETag"]
    other = admin.get("/api/v1/company", headers={"If-None-Match": '"something-else"'})
    assert other.status_code == 200


@pytest.mark.parametrize("role", ["USER_ADMIN", "TELCO_MANAGER"])
def test_managers_see_every_line(sandbox, role):
    with httpx.Client(base_url=sandbox.url, timeout=10) as http:
        login(http, user_of(sandbox, role))
        lines = assert_wrapped(http.get("/api/v1/lines"), "OK", 200)["data"]
    assert [line["id"] for line in lines] == [f"L{i:05d}" for i in range(1, 251)]
    assert all(Line.from_json(line).to_json() == line for line in lines)


def test_lines_paging_and_etag(admin):
    everything = admin.get("/api/v1/lines").json()["data"]
    page = admin.get("/api/v1/lines", params={"offset": 10, "limit": 5})
    assert [line["id"] for line in assert_wrapped(page, "OK", 200)["data"]] == [
        x["id"] for x in everything[10:15]
    ]
    again = admin.get(
        "/api/v1/lines", params={"offset": 10, "limit": 5}, headers={"If-None-Match": page.headers["ETag"]}
    )
    assert again.status_code == 304
    other_page = admin.get(
        "/api/v1/lines", params={"offset": 15, "limit": 5}, headers={"If-None-Match": page.headers["ETag"]}
    )
    assert other_page.status_code == 200


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 20001}, "limit"),
        ({"offset": -1}, "offset"),
        ({"offset": "x"}, "offset"),
    ],
)
def test_bad_paging_is_a_400_naming_the_parameter(admin, params, field):
    body = assert_wrapped(admin.get("/api/v1/lines", params=params), "FAIL", 400, "ERR-VAL-01")
    assert body["messages"][0]["field"] == field


def test_one_line(admin):
    response = admin.get("/api/v1/lines/L00007")
    line = assert_wrapped(response, "OK", 200)["data"]
    assert line["id"] == "L00007"
    assert (
        admin.get("/api/v1/lines/L00007", headers={"If-None-Match": response.headers["ETag"]}).status_code
        == 304
    )


def test_unknown_line_is_404_naming_the_field(admin):
    body = assert_wrapped(admin.get("/api/v1/lines/L99999"), "FAIL", 404, "ERR-VAL-01")
    assert body["messages"][0]["field"] == "lineId"
    assert "L99999" in body["messages"][0]["message"]


def test_dipendente_is_the_first_mobile_line(sandbox, admin, employee):
    lines = admin.get("/api/v1/lines").json()["data"]
    first_mobile = next(line for line in lines if line["kind"] == "mobile")
    me = employee.get("/api/v1/me").json()["data"]
    assert me["role"] == "DIPENDENTE"
    assert me["lineId"] == first_mobile["id"]
    assert "+39" + me["username"] == first_mobile["msisdn"]
    assert user_of(sandbox, "DIPENDENTE")["username"] == me["username"]


def test_dipendente_sees_only_own_line(employee):
    own = employee.get("/api/v1/me").json()["data"]["lineId"]
    lines = assert_wrapped(employee.get("/api/v1/lines"), "OK", 200)["data"]
    assert [line["id"] for line in lines] == [own]
    assert assert_wrapped(employee.get(f"/api/v1/lines/{own}"), "OK", 200)["data"]["id"] == own
    sync = employee.get("/api/v1/sync").json()["data"]
    assert [line["id"] for line in sync["lines"]] == [own]


def test_dipendente_asking_for_another_line_gets_403(employee):
    own = employee.get("/api/v1/me").json()["data"]["lineId"]
    other = "L00001" if own != "L00001" else "L00002"
    body = assert_wrapped(employee.get(f"/api/v1/lines/{other}"), "FAIL", 403, "ERR-AUTH-03")
    assert "profilo" in body["messages"][0]["message"]
    english = employee.get(f"/api/v1/lines/{other}", headers={"Accept-Language": "en"})
    assert english.json()["messages"][0]["message"] == "Your profile is not allowed to do this."
    # an unknown line stays a 404, whatever the role
    assert_wrapped(employee.get("/api/v1/lines/L99999"), "FAIL", 404, "ERR-VAL-01")
