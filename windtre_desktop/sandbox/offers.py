"""The sandbox's offer catalogue: every mobile and fixed offer of the demo lines with its monthly fee (net of VAT)
and allowances. Invoices bill these fees; `GET /fleet/usage` lists the catalogue (alerts suggest from it)."""

from __future__ import annotations

import hashlib

from windtre_desktop.sandbox.demo_data import FIXED_OFFERS, MOBILE_OFFERS

GIB = 1024**3
# monthly fee per line, cents net of VAT
OFFER_PRICES = {
    "BIZ-START-10": 990,
    "BIZ-FLEX": 1490,
    "BIZ-GIGA-50": 1990,
    "BIZ-DATA-200": 2490,
    "BIZ-UNL-100": 2990,
    "FIX-VOCE-1000": 1990,
    "FIX-FIBRA-UNL": 3490,
}


def offer_price(code: str) -> int:
    """The monthly fee of an offer; an offer outside the catalogue gets one stable per code."""
    known = OFFER_PRICES.get(code)
    if known is not None:
        return known
    return 490 + int(hashlib.sha256(code.encode()).hexdigest()[:6], 16) % 40 * 100


def _allowance(value: object, scale: int = 1) -> int | None:
    return None if value is None or value == "none" else int(value) * scale


def catalogue() -> list[dict]:
    """The offers as `GET /fleet/usage` lists them: mobile then fixed, cheapest first within a kind."""
    mobile = [
        {"code": code, "name": name, "kind": "mobile", "monthlyCents": offer_price(code),
         "dataBytes": _allowance(data_gib, GIB), "voiceSeconds": _allowance(voice),
         "sms": _allowance(sms)}
        for code, name, data_gib, voice, sms, _, _ in MOBILE_OFFERS
    ]
    fixed = [
        {"code": code, "name": name, "kind": "fixed", "monthlyCents": offer_price(code), "dataBytes": None,
         "voiceSeconds": _allowance(voice), "sms": None}
        for code, name, voice, _ in FIXED_OFFERS
    ]
    def order(offer: dict) -> tuple:
        return offer["monthlyCents"], offer["code"]

    return sorted(mobile, key=order) + sorted(fixed, key=order)
