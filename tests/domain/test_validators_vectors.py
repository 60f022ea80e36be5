"""Every row of ../shared/testdata/vectors/*.tsv against the validators, read in place.

The `app` column is the verdict the app must give (testdata/README.md). Where it differs
from `valid` (the upstream suite's verdict), the decision is asserted with its reason.
Without the shared folder these tests skip; test_validators.py covers the same validators
with examples generated here.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from windtre_desktop.domain import validators as v

VECTORS = Path(__file__).parents[2].parent / "shared" / "testdata" / "vectors"

CHECKS = {
    "codice_fiscale": v.check_fiscal_code,
    "partita_iva": v.check_vat_number,
    "imei": v.check_imei,
    "mobile_it": v.check_mobile,
}

FIELD_PREFIX = {
    "codice_fiscale": "Tax code:",
    "partita_iva": "VAT number:",
    "imei": "IMEI:",
    "mobile_it": "Mobile number:",
}


def _rows(name: str, where=lambda row: True) -> list:
    path = VECTORS / f"{name}.tsv"
    if not path.is_file():
        return [pytest.param(None, marks=pytest.mark.skip(
            reason=f"shared test data absent ({path} not found); generated examples cover the validators"),
            id="shared-data-absent")]
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [pytest.param(row, id=f"line{n}") for n, row in enumerate(rows, start=2) if where(row)]


def _all_rows() -> list:
    params = []
    for name in CHECKS:
        for p in _rows(name):
            params.append(pytest.param(name, *p.values, marks=p.marks, id=f"{name}-{p.id}"))
    return params


@pytest.mark.parametrize(("name", "row"), _all_rows())
def test_every_vector_gets_the_app_verdict(name, row):
    problem = CHECKS[name](row["value"])
    assert (problem is None) == (row["app"] == "yes"), (row["value"], problem, row["note"])
    if problem is not None:
        assert str(problem).startswith(FIELD_PREFIX[name]), problem


def _differs(row: dict) -> bool:
    return row["app"] != row["valid"] or row["note"].startswith("DISAGREES")


@pytest.mark.parametrize("row", _rows("imei", _differs))
def test_imei_is_exactly_15_digits_although_stdnum_takes_14_and_16(row):
    # DOMAIN.md: an IMEI is 15 digits with the Luhn check digit; IMEISVs and check-digit-less IMEIs are refused.
    assert row["app"] == "no"
    assert len(v.normalise_imei(row["value"])) in (14, 16)
    assert "exactly 15 digits" in str(v.check_imei(row["value"]))


@pytest.mark.parametrize("row", _rows("partita_iva", _differs))
def test_partita_iva_needs_the_check_digit_and_office_code_not_only_the_format(row):
    # validator.js checks the format only; the app follows stdnum.it.iva.
    assert row["app"] == "no" and row["valid"] == "yes"
    assert "tax office" in str(v.check_vat_number(row["value"]))


@pytest.mark.parametrize("row", _rows("codice_fiscale", _differs))
def test_codice_fiscale_disagreements(row):
    problem = str(v.check_fiscal_code(row["value"]))
    assert row["app"] == "no"
    if row["valid"] == "yes":  # upstream takes a wrong check character: stdnum and the app do not
        assert "check character" in problem
    else:  # stdnum reduces the day modulo 40 and takes day 99; the app wants 01-31 or 41-71
        assert "birth date" in problem


@pytest.mark.parametrize("row", _rows("mobile_it", _differs))
def test_mobile_disagreements(row):
    value = row["value"]
    if row["app"] == "yes":  # old 9-digit mobiles are still valid numbers (phonenumbers agrees)
        assert v.normalise_msisdn(value) == "+39" + value
    else:  # phonenumbers drops letters silently; the app refuses them
        assert "only digits" in str(v.check_mobile(value))
