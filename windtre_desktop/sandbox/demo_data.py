"""Deterministic demo company (company, billing accounts, lines, users) generated from a seed."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from stdnum import luhn

MAX_LINES = 20_000
GIB = 1024**3
MOBILE_SHARE = 0.85

# Wind and Tre mobile prefixes (all valid Italian mobile ranges per libphonenumber).
MOBILE_PREFIXES = ("320", "324", "327", "328", "329", "380", "383", "388", "389", "391", "392", "393")
FIXED_PREFIXES = ("02", "06")  # Milano, Roma

# code, name, data GiB (None: no data counter), voice seconds (None: unlimited, "none": no counter),
# sms (None: unlimited, "none": no counter), weight, share of prepaid lines
MOBILE_OFFERS = (
    ("BIZ-UNL-100", "Business Unlimited 100", 100, None, None, 30, 0.0),
    ("BIZ-GIGA-50", "Business Giga 50", 50, None, 100, 25, 0.1),
    ("BIZ-DATA-200", "Business Data 200", 200, "none", "none", 10, 0.0),
    ("BIZ-FLEX", "Business Flex", 20, 1000 * 60, 200, 20, 0.6),
    ("BIZ-START-10", "Business Start 10", 10, 500 * 60, 50, 15, 0.8),
)
FIXED_OFFERS = (
    ("FIX-FIBRA-UNL", "Business Fibra Unlimited", None, 60),
    ("FIX-VOCE-1000", "Business Voce 1000", 1000 * 60, 40),
)

FIRST_NAMES = (
    "Marco",
    "Giulia",
    "Luca",
    "Francesca",
    "Alessandro",
    "Chiara",
    "Andrea",
    "Sara",
    "Matteo",
    "Valentina",
    "Davide",
    "Elena",
    "Simone",
    "Martina",
    "Federico",
    "Alessia",
    "Lorenzo",
    "Silvia",
    "Stefano",
    "Laura",
    "Giorgio",
    "Paola",
    "Roberto",
    "Anna",
    "Paolo",
    "Federica",
    "Riccardo",
    "Giorgia",
    "Fabio",
    "Roberta",
    "Giuseppe",
    "Maria",
    "Antonio",
    "Serena",
    "Francesco",
    "Elisa",
    "Nicola",
    "Ilaria",
    "Daniele",
    "Monica",
    "Michele",
    "Cristina",
    "Emanuele",
    "Veronica",
    "Tommaso",
    "Beatrice",
    "Gabriele",
    "Irene",
    "Salvatore",
    "Alice",
    "Vincenzo",
    "Camilla",
    "Pietro",
    "Arianna",
    "Filippo",
    "Eleonora",
    "Massimo",
    "Claudia",
)
LAST_NAMES = (
    "Rossi",
    "Russo",
    "Ferrari",
    "Esposito",
    "Bianchi",
    "Romano",
    "Colombo",
    "Ricci",
    "Marino",
    "Greco",
    "Bruno",
    "Gallo",
    "Conti",
    "De Luca",
    "Mancini",
    "Costa",
    "Giordano",
    "Rizzo",
    "Lombardi",
    "Moretti",
    "Barbieri",
    "Fontana",
    "Santoro",
    "Mariani",
    "Rinaldi",
    "Caruso",
    "Ferrara",
    "Galli",
    "Martini",
    "Leone",
    "Longo",
    "Gentile",
    "Martinelli",
    "Vitale",
    "Lombardo",
    "Serra",
    "Coppola",
    "De Santis",
    "D'Angelo",
    "Marchetti",
    "Parisi",
    "Villa",
    "Conte",
    "Ferraro",
    "Ferri",
    "Fabbri",
    "Bianco",
    "Marini",
    "Grasso",
    "Valentini",
    "Messina",
    "Sala",
    "De Angelis",
    "Gatti",
    "Pellegrini",
    "Palumbo",
    "Sanna",
    "Farina",
)
SECTORS = (
    "Logistica",
    "Costruzioni",
    "Impianti",
    "Trasporti",
    "Consulting",
    "Alimentari",
    "Meccanica",
    "Servizi",
    "Arredamenti",
    "Energia",
    "Tessile",
    "Informatica",
)
LEGAL_FORMS = ("S.r.l.", "S.p.A.", "S.r.l.s.", "S.n.c.")
# city, province code, CAP, street, P.IVA office code
CITIES = (
    ("Milano", "MI", "20144", "Via Tortona", "015"),
    ("Roma", "RM", "00184", "Via Nazionale", "058"),
    ("Torino", "TO", "10121", "Corso Vittorio Emanuele II", "001"),
    ("Bologna", "BO", "40121", "Via dell'Indipendenza", "037"),
    ("Napoli", "NA", "80133", "Via Toledo", "063"),
    ("Firenze", "FI", "50123", "Via de' Cerretani", "048"),
)
BRANCHES = (
    "Sede",
    "Filiale Roma",
    "Magazzino Bologna",
    "Stabilimento Torino",
    "Filiale Napoli",
    "Ufficio Firenze",
    "Deposito Verona",
    "Filiale Bari",
)
PAYMENT_METHODS = ("SDD", "BONIFICO", "CARTA_DI_CREDITO")
MOBILE_ALIASES = (
    "Magazzino",
    "Ufficio acquisti",
    "Reception",
    "Auto aziendale",
    "Tablet vendite",
    "Commerciale",
    "Assistenza tecnica",
    "Reperibilità",
    "Cantiere",
    "Amministrazione",
)
DATA_ALIASES = ("Router 4G sede", "Router 4G cantiere", "Tablet magazzino", "Chiavetta commerciale")
FIXED_ALIASES = ("Centralino", "Fax sede", "Linea amministrazione", "Portineria")

DEMO_PASSWORDS = {"USER_ADMIN": "Demo2026!", "TELCO_MANAGER": "Telco2026!", "DIPENDENTE": "Dipendente2026!"}
# Old Wind / Tre credentials that no longer work: login answers ERR-AUTH-04.
LEGACY_ACCOUNTS = {"wind.demo": "Wind2019!", "tre.demo": "Tre2019!"}


def italy_offset(utc: datetime) -> timedelta:
    """UTC offset of Italy (CET/CEST, EU rule) at a UTC instant; no tz database needed."""

    def last_sunday(month: int) -> datetime:
        day = datetime(utc.year, month, 31, 1, tzinfo=UTC)
        return day - timedelta(days=(day.weekday() + 1) % 7)

    return timedelta(hours=2) if last_sunday(3) <= utc < last_sunday(10) else timedelta(hours=1)


def iso_time(epoch: float) -> str:
    """ISO 8601 with the Italian offset, e.g. 2026-11-23T10:15:00+01:00."""
    utc = datetime.fromtimestamp(int(epoch), UTC)
    offset = italy_offset(utc)
    return (utc + offset).replace(tzinfo=timezone(offset)).isoformat(timespec="seconds")


def italian_midnight(epoch: float) -> int:
    """Epoch seconds of the Italian midnight that starts the day of `epoch`."""
    utc = datetime.fromtimestamp(int(epoch), UTC)
    local = utc + italy_offset(utc)
    start = datetime(local.year, local.month, local.day, tzinfo=UTC)
    return int((start - italy_offset(start)).timestamp())


def seeded_rng(*parts: object) -> random.Random:
    """A random generator fixed by `parts` (the seed and what it is for): the same demo data in every run, and
    each part of the sandbox drawing from its own stream."""
    return random.Random(hashlib.sha256("|".join(map(str, parts)).encode()).digest())


def make_vat_number(rng: random.Random, office: str) -> str:
    """A valid Italian P.IVA: 7-digit company number, 3-digit office code, Luhn check digit."""
    body = f"{rng.randrange(1, 10**7):07d}{office}"
    return body + luhn.calc_check_digit(body)


@dataclass(frozen=True, slots=True)
class DemoUser:
    username: str
    password: str
    role: str
    json: dict


@dataclass(frozen=True, slots=True)
class DemoCompany:
    seed: int
    company: dict
    lines: list[dict]
    users: list[DemoUser]
    legacy_accounts: dict[str, str]


def generate(lines: int = 250, seed: int = 1, base_epoch: int = 1795388400) -> DemoCompany:
    """The demo company with `lines` lines; lines were last updated in the 12 hours before `base_epoch`."""
    if not 1 <= lines <= MAX_LINES:
        raise ValueError(f"lines must be between 1 and {MAX_LINES}, got {lines}")
    rng = random.Random(seed)

    surname = rng.choice(LAST_NAMES)
    sector = rng.choice(SECTORS)
    name = f"{surname} {sector} {rng.choice(LEGAL_FORMS)}"
    slug = "".join(ch for ch in f"{surname}{sector}".lower() if ch.isalnum())
    domain = f"{slug}.it"
    city, province, cap, street, office = rng.choice(CITIES)

    n_accounts = (
        3
        if lines <= 500
        else 4
        if lines <= 1000
        else 5
        if lines <= 2500
        else 6
        if lines <= 5000
        else 7
        if lines < 10000
        else 8
    )
    accounts = []
    for i in range(n_accounts):
        branch = f"Sede {city}" if i == 0 else BRANCHES[i]
        accounts.append({"id": f"BA{i + 1:03d}", "name": branch, "paymentMethod": PAYMENT_METHODS[i % 3]})
    account_weights = [n_accounts - i + 2 for i in range(n_accounts)]
    sdi_alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    company = {
        "id": "C0001",
        "name": name,
        "vatNumber": make_vat_number(rng, office),
        "address": f"{street} {rng.randint(1, 180)}, {cap} {city} ({province})",
        "pec": f"{slug}@pec.it",
        "sdiCode": "".join(rng.choice(sdi_alphabet) for _ in range(7)),
        "billingAccounts": accounts,
        "lineCount": lines,
    }

    mobile_offers = MOBILE_OFFERS
    mobile_weights = [o[5] for o in MOBILE_OFFERS]
    fixed_weights = [o[3] for o in FIXED_OFFERS]
    account_ids = [a["id"] for a in accounts]
    used_numbers: set[str] = set()
    rand = rng.random
    randrange = rng.randrange
    first_names, last_names = FIRST_NAMES, LAST_NAMES
    out: list[dict] = []
    for index in range(1, lines + 1):
        mobile = rand() < MOBILE_SHARE
        while True:
            if mobile:
                msisdn = f"+39{MOBILE_PREFIXES[randrange(len(MOBILE_PREFIXES))]}{randrange(10**7):07d}"
            else:
                msisdn = f"+39{FIXED_PREFIXES[randrange(2)]}{randrange(10**7, 10**8)}"
            if msisdn not in used_numbers:
                used_numbers.add(msisdn)
                break
        holder = f"{first_names[randrange(len(first_names))]} {last_names[randrange(len(last_names))]}"
        status = "suspended" if rand() < 0.04 else "active"
        account = rng.choices(account_ids, account_weights)[0]
        if mobile:
            code, offer_name, data_gib, voice_total, sms_total, _, prepaid_share = rng.choices(
                mobile_offers, mobile_weights
            )[0]
            payment = "prepaid" if rand() < prepaid_share else "postpaid"
            data_total = data_gib * GIB
            data = {
                "used": min(data_total, int(data_total * 1.1 * rand() ** 1.6)),
                "total": data_total,
                "unit": "bytes",
            }
            if voice_total == "none":
                voice = None
            elif voice_total is None:
                voice = {"used": randrange(0, 30 * 3600), "total": None, "unit": "seconds"}
            else:
                voice = {
                    "used": min(voice_total, int(voice_total * 1.1 * rand() ** 1.4)),
                    "total": voice_total,
                    "unit": "seconds",
                }
            if sms_total == "none":
                sms = None
            elif sms_total is None:
                sms = {"used": randrange(0, 120), "total": None, "unit": "count"}
            else:
                sms = {
                    "used": min(sms_total, int(sms_total * 1.1 * rand() ** 2)),
                    "total": sms_total,
                    "unit": "count",
                }
            credit = randrange(0, 5001) if payment == "prepaid" else randrange(0, 10001)
            if data_gib >= 200:
                alias = DATA_ALIASES[randrange(len(DATA_ALIASES))] if rand() < 0.7 else ""
            else:
                alias = (
                    f"{MOBILE_ALIASES[randrange(len(MOBILE_ALIASES))]} {randrange(1, 10)}"
                    if rand() < 0.3
                    else ""
                )
        else:
            code, offer_name, voice_total, _ = rng.choices(FIXED_OFFERS, fixed_weights)[0]
            payment = "postpaid"
            used = randrange(0, 60 * 3600)
            voice = {
                "used": used if voice_total is None else min(voice_total, used),
                "total": voice_total,
                "unit": "seconds",
            }
            data = sms = None
            credit = None
            alias = f"{FIXED_ALIASES[randrange(len(FIXED_ALIASES))]} {city}" if rand() < 0.5 else ""
        out.append(
            {
                "id": f"L{index:05d}",
                "msisdn": msisdn,
                "kind": "mobile" if mobile else "fixed",
                "holder": holder,
                "alias": alias,
                "status": status,
                "paymentType": payment,
                "billingAccountId": account,
                "offer": {"code": code, "name": offer_name},
                "creditCents": credit,
                "counters": {"data": data, "voice": voice, "sms": sms},
                "updatedAt": iso_time(base_epoch - randrange(60, 12 * 3600)),
                "version": randrange(1, 40),
            }
        )

    first_mobile = next((line for line in out if line["kind"] == "mobile"), None)
    if first_mobile is None:  # tiny companies: make sure the Dipendente has a mobile line
        out[0] = _as_mobile(out[0], used_numbers)
        first_mobile = out[0]

    def user(username: str, role: str, first: str, last: str, line_id: str | None) -> DemoUser:
        email = f"{first}.{last}".lower().replace(" ", "").replace("'", "") + f"@{domain}"
        data = {
            "username": username,
            "role": role,
            "firstName": first,
            "lastName": last,
            "email": email,
            "companyId": company["id"],
            "lineId": line_id,
        }
        return DemoUser(username, DEMO_PASSWORDS[role], role, data)

    holder_first, _, holder_last = first_mobile["holder"].partition(" ")
    users = [
        user("admin.demo", "USER_ADMIN", "Giulia", "Conti", None),
        user("telco.demo", "TELCO_MANAGER", "Marco", "Ferri", None),
        user(first_mobile["msisdn"][3:], "DIPENDENTE", holder_first, holder_last, first_mobile["id"]),
    ]
    return DemoCompany(
        seed=seed, company=company, lines=out, users=users, legacy_accounts=dict(LEGACY_ACCOUNTS)
    )


def _as_mobile(line: dict, used_numbers: set[str]) -> dict:
    number = 3_201_000_000
    while f"+39{number}" in used_numbers:
        number += 1
    gib = 50 * GIB
    return {
        **line,
        "msisdn": f"+39{number}",
        "kind": "mobile",
        "offer": {"code": "BIZ-GIGA-50", "name": "Business Giga 50"},
        "creditCents": 1000,
        "counters": {
            "data": {"used": gib // 4, "total": gib, "unit": "bytes"},
            "voice": {"used": 3600, "total": None, "unit": "seconds"},
            "sms": {"used": 10, "total": 100, "unit": "count"},
        },
    }
