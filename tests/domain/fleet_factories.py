"""Crafted fleet data for the spend and alert tests: lines and their usage as the endpoint writes them
(FleetUsage.from_json of dicts), an offer catalogue, and a whole company of any size, deterministic."""

from __future__ import annotations

import random

from windtre_desktop.domain.fleet_usage import FleetSnapshot, FleetUsage, LineUsage, Offer
from windtre_desktop.domain.models import Counter, Line

GB = 1024 ** 3
TODAY = "2026-12-07"
MONTHS = tuple(f"{2024 + (11 + i) // 12}-{(11 + i) % 12 + 1:02d}" for i in range(24))  # 2024-12 … 2026-11

OFFERS_JSON = [
    {"code": "BIZ-START-10", "name": "Business Start 10", "kind": "mobile", "monthlyCents": 990,
     "dataBytes": 10 * GB, "voiceSeconds": 30000, "sms": 50},
    {"code": "BIZ-GIGA-50", "name": "Business Giga 50", "kind": "mobile", "monthlyCents": 1990,
     "dataBytes": 50 * GB, "voiceSeconds": None, "sms": 100},
    {"code": "BIZ-GIGA-100", "name": "Business Giga 100", "kind": "mobile", "monthlyCents": 2490,
     "dataBytes": 100 * GB, "voiceSeconds": None, "sms": 200},
    {"code": "BIZ-UNL", "name": "Business Unlimited", "kind": "mobile", "monthlyCents": 3990,
     "dataBytes": None, "voiceSeconds": None, "sms": None},
    {"code": "FIX-BASE", "name": "Fisso Base", "kind": "fixed", "monthlyCents": 1500,
     "dataBytes": None, "voiceSeconds": None, "sms": None},
]
OFFERS = {o.code: o for o in (Offer.from_json(raw) for raw in OFFERS_JSON)}


def line(n: int = 1, *, kind: str = "mobile", offer: str = "BIZ-GIGA-50", prepaid: bool = False,
         credit: int | None = 5000, account: str = "BA001", holder: str | None = None) -> Line:
    name = OFFERS[offer].name if offer in OFFERS else offer
    return Line(id=f"L{n:05d}", msisdn=f"+39347{n:07d}" if kind == "mobile" else f"+3902{n:07d}", kind=kind,
                holder=holder or f"Titolare {n}", alias="", status="active",
                payment_type="prepaid" if prepaid else "postpaid", billing_account_id=account, offer_code=offer,
                offer_name=name, credit_cents=credit, data=Counter(0, OFFERS[offer].data_bytes)
                if kind == "mobile" and offer in OFFERS else None, voice=None, sms=None)


def usage_json(n: int = 1, *, spend: list[int] | None = None, mtd: int = 500, last_week: dict | None = None,
               previous: dict | None = None, data_used: list | None = None, last_activity: str | None = TODAY
               ) -> dict:
    return {"lineId": f"L{n:05d}", "spendCents": spend if spend is not None else [1990] * 24,
            "monthToDateCents": mtd,
            "lastWeek": last_week or {"records": 70, "seconds": 3600, "messages": 5, "bytes": GB, "costCents": 70},
            "previousWeeks": previous or {"records": 840, "seconds": 43200, "messages": 60, "bytes": 12 * GB,
                                          "costCents": 840},
            "dataUsedMonths": data_used if data_used is not None else [30 * GB, 32 * GB, 28 * GB],
            "lastActivity": last_activity, "roamingCountry": None, "gssPackage": None}


def usage(n: int = 1, **kwargs) -> LineUsage:
    return LineUsage.from_json(usage_json(n, **kwargs))


def fleet(lines_and_usage: list[tuple[Line, dict]], *, accounts: dict[str, str] | None = None) -> FleetSnapshot:
    raw = {"companyId": "C0001", "today": TODAY, "months": list(MONTHS), "offers": OFFERS_JSON,
           "lines": [u for _, u in lines_and_usage]}
    return FleetSnapshot(tuple(ln for ln, _ in lines_and_usage), FleetUsage.from_json(raw), {},
                         accounts or {"BA001": "Sede Milano", "BA002": "Filiale Roma"})


def company(count: int, seed: int = 3) -> FleetSnapshot:
    """`count` lines in two billing accounts: ordinary spend and traffic, and about one line in thirty with
    one of the conditions the alerts look for."""
    rng = random.Random(seed)
    pairs = []
    codes = ["BIZ-START-10", "BIZ-GIGA-50", "BIZ-GIGA-100", "BIZ-UNL"]
    for n in range(1, count + 1):
        fixed = n % 9 == 0
        offer = "FIX-BASE" if fixed else codes[n % 4]
        fee = OFFERS[offer].monthly_cents
        spend = [fee + rng.randrange(0, 800) for _ in range(24)]
        weekly = rng.randrange(20, 120)
        last_week = {"records": weekly, "seconds": weekly * 60, "messages": 3, "bytes": GB,
                     "costCents": rng.randrange(0, 200)}
        previous = {"records": weekly * 12, "seconds": weekly * 720, "messages": 36, "bytes": 12 * GB,
                    "costCents": rng.randrange(0, 2400)}
        allowance = OFFERS[offer].data_bytes
        used = None if fixed else [int((allowance or 40 * GB) * rng.uniform(0.55, 0.95)) for _ in range(3)]
        activity: str | None = TODAY
        pattern = n % 31
        if pattern == 1:
            spend[-1] = spend[-2] * 3 + 2000
        elif pattern == 2:
            last_week["records"] = weekly * 5
        elif pattern == 3:
            activity, last_week = None, {"records": 0, "costCents": 0}
            previous = {"records": 0, "costCents": 0}
        elif pattern == 4 and used is not None and allowance:
            used = [allowance + GB] * 3
        elif pattern == 5 and used is not None and allowance:
            used = [allowance // 5] * 3
        prepaid = n % 5 == 0
        credit = 300 if pattern == 6 else 20_000
        if pattern == 6:
            last_week["costCents"] = 700
        pairs.append((line(n, kind="fixed" if fixed else "mobile", offer=offer, prepaid=prepaid or pattern == 6,
                           credit=credit, account="BA001" if n % 3 else "BA002"),
                      usage_json(n, spend=spend, mtd=rng.randrange(0, 900), last_week=last_week, previous=previous,
                                 data_used=used if used is not None else [None, None, None],
                                 last_activity=activity)))
    return fleet(pairs)


def usage_for(lines, accounts: dict[str, str], seed: int = 5) -> FleetSnapshot:  # noqa: ANN001 - Sequence[Line]
    """A snapshot of the given (real) lines with crafted usage: each line's offer fee plus charges, and about
    one line in thirty with a condition the alerts look for (by its position)."""
    made = company(len(lines), seed)
    pairs = []
    for real, crafted in zip(lines, made.lines, strict=True):
        raw = made.usage.lines[crafted.id].to_json()
        raw["lineId"] = real.id
        pairs.append((real, raw))
    return fleet(pairs, accounts=accounts)
