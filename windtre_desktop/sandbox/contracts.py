"""Deterministic contract records (R-01), the other companies' lines, codici fiscali, and each line's PIN and PUK."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import date

from stdnum.it import codicefiscale

from windtre_desktop.sandbox.demo_data import (
    CITIES,
    GIB,
    LAST_NAMES,
    LEGAL_FORMS,
    SECTORS,
    iso_time,
    make_vat_number,
)

OTHER_COMPANIES = 5
OTHER_COMPANY_PREFIX = "366"  # no line of the demo company uses it, so numbers never collide
# the name and sex of fictional legal representatives (sex matters for the codice fiscale's day)
WOMEN = ("Giulia", "Francesca", "Chiara", "Sara", "Valentina", "Elena", "Martina", "Silvia", "Laura", "Paola")
MEN = (
    "Marco",
    "Luca",
    "Alessandro",
    "Andrea",
    "Matteo",
    "Davide",
    "Simone",
    "Federico",
    "Lorenzo",
    "Stefano",
)
# Belfiore cadastral codes of the cities in demo_data.CITIES
BELFIORE = {
    "Milano": "F205",
    "Roma": "H501",
    "Torino": "L219",
    "Bologna": "A944",
    "Napoli": "F839",
    "Firenze": "D612",
}
MONTHS = "ABCDEHLMPRST"
VOWELS = set("AEIOU")


def _letters(text: str) -> str:
    return "".join(ch for ch in text.upper() if "A" <= ch <= "Z")


def _part(text: str, *, first_name: bool) -> str:
    letters = _letters(text)
    consonants = [ch for ch in letters if ch not in VOWELS]
    vowels = [ch for ch in letters if ch in VOWELS]
    if first_name and len(consonants) >= 4:
        return consonants[0] + consonants[2] + consonants[3]
    return ("".join(consonants + vowels) + "XXX")[:3]


def fiscal_code(first_name: str, last_name: str, born: date, female: bool, city: str) -> str:
    """The codice fiscale of a person (no omocodia), its check character from python-stdnum."""
    day = born.day + (40 if female else 0)
    body = (
        _part(last_name, first_name=False)
        + _part(first_name, first_name=True)
        + f"{born.year % 100:02d}{MONTHS[born.month - 1]}{day:02d}"
        + BELFIORE[city]
    )
    return body + codicefiscale.calc_check_digit(body)


def line_secrets(seed: int, line_id: str) -> dict:
    """A line's PIN (4 digits) and PUK (8 digits), the same for a seed and line on every run."""
    digest = hashlib.sha256(f"{seed}:{line_id}:sim".encode()).digest()
    number = int.from_bytes(digest[:8], "big")
    return {"pin": f"{number % 10**4:04d}", "puk": f"{(number // 10**4) % 10**8:08d}"}


def is_data_only(line: dict) -> bool:
    """A mobile line whose voice and SMS counters are absent: a data-only SIM (R-04)."""
    counters = line["counters"]
    return line["kind"] == "mobile" and counters.get("voice") is None and counters.get("sms") is None


@dataclass(frozen=True, slots=True)
class OtherCompany:
    company: dict
    lines: list[dict]


def _email(first: str, last: str, domain: str) -> str:
    return f"{first}.{last}".lower().replace(" ", "").replace("'", "") + f"@{domain}"


def person(
    rng: random.Random,
    city: str,
    first: str | None = None,
    last: str | None = None,
    female: bool | None = None,
) -> dict:
    """A fictional adult with a consistent codice fiscale (born 1960-1992 in `city`)."""
    if female is None:
        female = rng.random() < 0.5
    first = first or rng.choice(WOMEN if female else MEN)
    last = last or rng.choice(LAST_NAMES)
    born = date(rng.randint(1960, 1992), rng.randint(1, 12), rng.randint(1, 28))
    return {
        "firstName": first,
        "lastName": last,
        "birthDate": born.isoformat(),
        "fiscalCode": fiscal_code(first, last, born, female, city),
    }


def other_companies(seed: int, demo_vat: str, base_epoch: int) -> tuple[list[OtherCompany], list[dict]]:
    """Companies C0002… with 6 lines each (4 voice, 1 data-only, 1 fixed) and their contract records."""
    rng = random.Random(f"other-companies-{seed}")
    companies: list[OtherCompany] = []
    records: list[dict] = []
    vats = {demo_vat}
    numbers: set[str] = set()
    names: set[tuple[str, str]] = set()
    for number in range(2, 2 + OTHER_COMPANIES):
        company_id = f"C{number:04d}"
        surname, sector = rng.choice(LAST_NAMES), rng.choice(SECTORS)
        while (surname, sector) in names:
            surname, sector = rng.choice(LAST_NAMES), rng.choice(SECTORS)
        names.add((surname, sector))
        city, province, cap, street, office = rng.choice(CITIES)
        slug = "".join(ch for ch in f"{surname}{sector}".lower() if ch.isalnum())
        vat = make_vat_number(rng, office)
        while vat in vats:
            vat = make_vat_number(rng, office)
        vats.add(vat)
        company = {
            "id": company_id,
            "name": f"{surname} {sector} {rng.choice(LEGAL_FORMS)}",
            "vatNumber": vat,
            "address": f"{street} {rng.randint(1, 180)}, {cap} {city} ({province})",
            "pec": f"{slug}@pec.it",
            "sdiCode": "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(7)),
            "billingAccounts": [{"id": "BA001", "name": f"Sede {city}", "paymentMethod": "SDD"}],
            "lineCount": 6,
        }
        lines = []
        for index in range(1, 7):
            while True:
                msisdn = (
                    f"+39{OTHER_COMPANY_PREFIX}{rng.randrange(10**7):07d}"
                    if index < 6
                    else f"+3906{rng.randrange(10**7, 10**8)}"
                )
                if msisdn not in numbers:
                    numbers.add(msisdn)
                    break
            lines.append(_other_line(rng, company_id, number, index, msisdn, base_epoch))
        rep = person(rng, city)
        records.append(
            {
                "vatNumber": vat,
                "companyId": company_id,
                "companyName": company["name"],
                **rep,
                "email": _email(rep["firstName"], rep["lastName"], f"{slug}.it"),
                "mobile": lines[0]["msisdn"],
            }
        )
        companies.append(OtherCompany(company, lines))
    return companies, records


def _other_line(
    rng: random.Random, company_id: str, company_no: int, index: int, msisdn: str, base_epoch: int
) -> dict:
    data_only, fixed = index == 5, index == 6
    holder = f"{rng.choice(WOMEN + MEN)} {rng.choice(LAST_NAMES)}"
    if fixed:
        offer = {"code": "FIX-FIBRA-UNL", "name": "Business Fibra Unlimited"}
        counters = {
            "data": None,
            "voice": {"used": rng.randrange(3600), "total": None, "unit": "seconds"},
            "sms": None,
        }
    elif data_only:
        offer = {"code": "BIZ-DATA-200", "name": "Business Data 200"}
        counters = {
            "data": {"used": rng.randrange(200 * GIB), "total": 200 * GIB, "unit": "bytes"},
            "voice": None,
            "sms": None,
        }
    else:
        offer = {"code": "BIZ-UNL-100", "name": "Business Unlimited 100"}
        counters = {
            "data": {"used": rng.randrange(100 * GIB), "total": 100 * GIB, "unit": "bytes"},
            "voice": {"used": rng.randrange(30 * 3600), "total": None, "unit": "seconds"},
            "sms": {"used": rng.randrange(100), "total": None, "unit": "count"},
        }
    return {
        # outside L00001…L20000 of the demo company
        "id": f"L9{company_no:02d}{index:02d}",
        "msisdn": msisdn,
        "kind": "fixed" if fixed else "mobile",
        "holder": holder,
        "alias": "",
        "status": "active",
        "paymentType": "postpaid",
        "billingAccountId": "BA001",
        "offer": offer,
        "creditCents": None if fixed else rng.randrange(10001),
        "counters": counters,
        "updatedAt": iso_time(base_epoch - rng.randrange(60, 12 * 3600)),
        "version": 1,
    }


def demo_contract(seed: int, company: dict, admin: dict, mobile: str) -> dict:
    """The demo company's contract record: its legal representative is the demo User Admin's person."""
    city = next((c[0] for c in CITIES if f" {c[0]} (" in company["address"]), "Milano")
    rep = person(
        random.Random(f"demo-contract-{seed}"), city, admin["firstName"], admin["lastName"], female=True
    )
    return {
        "vatNumber": company["vatNumber"],
        "companyId": company["id"],
        "companyName": company["name"],
        **rep,
        "email": admin["email"],
        "mobile": mobile,
    }
