"""Fleet data for tests and benchmarks: the lines of a real demo company (the sandbox's own generator, as a
sandbox of that size serves them) and a FleetUsage made here for them, varied line by line so every filter has
lines it keeps and lines it drops."""

from __future__ import annotations

from datetime import date, timedelta

from windtre_desktop.domain.fleet_usage import FleetSnapshot, FleetUsage, LineLabel
from windtre_desktop.domain.models import Line
from windtre_desktop.sandbox.demo_data import generate

TODAY = date(2026, 12, 7)
MONTHS = tuple(f"{2024 + (11 + i) // 12}-{(11 + i) % 12 + 1:02d}" for i in range(24))  # 2024-12 … 2026-11


def demo_lines(count: int, seed: int = 7) -> list[Line]:
    return [Line.from_json(raw) for raw in generate(count, seed).lines]


def demo_accounts(count: int, seed: int = 7) -> dict[str, str]:
    return {account["id"]: account["name"] for account in generate(count, seed).company["billingAccounts"]}


def usage_json(lines: list[Line], today: date = TODAY) -> dict:
    """The endpoint's answer for `lines`: line i spends i*37 % 4000 cents this month, was last active i % 45
    days ago (never when i % 50 == 0), roams in FR when i % 97 == 0, is in a GSS package when i % 5 == 0."""
    answer = []
    for i, line in enumerate(lines):
        last = None if i % 50 == 0 else (today - timedelta(days=i % 45)).isoformat()
        answer.append({
            "lineId": line.id, "spendCents": [990 + i % 300] * 24, "monthToDateCents": i * 37 % 4000,
            "lastWeek": {"records": i % 40, "seconds": 60 * (i % 40), "messages": i % 3, "bytes": 1000 * i,
                         "costCents": i % 11},
            "previousWeeks": {"records": 10 * (i % 40), "seconds": 600 * (i % 40), "messages": 3 * (i % 3),
                              "bytes": 12000 * i, "costCents": 12 * (i % 11)},
            "dataUsedMonths": [None, None, None] if line.kind == "fixed" else [10**9 * (i % 7)] * 3,
            "lastActivity": last,
            "roamingCountry": "FR" if i % 97 == 0 else None,
            "gssPackage": {"id": f"GSS-{i % 4:04d}", "name": f"Pacchetto {i % 4}"} if i % 5 == 0 else None,
        })
    return {"companyId": "C0001", "today": today.isoformat(), "months": list(MONTHS),
            "offers": [{"code": "BIZ-START-10", "name": "Business Start 10", "kind": "mobile", "monthlyCents": 990,
                        "dataBytes": 10737418240, "voiceSeconds": 30000, "sms": 50}],
            "lines": answer}


def demo_snapshot(count: int, *, with_usage: bool = True, labels: dict[str, LineLabel] | None = None,
                  seed: int = 7) -> FleetSnapshot:
    lines = demo_lines(count, seed)
    usage = FleetUsage.from_json(usage_json(lines)) if with_usage else None
    return FleetSnapshot(tuple(lines), usage, labels or {}, demo_accounts(count, seed),
                         "2026-12-07T08:15:00+00:00" if with_usage else "")
