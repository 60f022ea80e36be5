"""Mixin of the sandbox State: the fleet's usage and spend (`GET /api/v1/fleet/usage`, docs/api.md "Fleet").

Everything comes from the traffic model (sandbox.traffic), in numpy blocks of lines: a line's spend of a billed
month is its offer's fee plus the cost of its traffic in that month, so the service invoices (which use
`fleet_month_charges`) are the sum of their lines. The 24 billed months do not move with the clock and are
kept per company and profiles, the window's past days per day; only today's traffic is made again at each
quarter hour, and the answer is kept per ETag."""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta

import numpy as np

from windtre_desktop.sandbox import traffic as model
from windtre_desktop.sandbox.offers import catalogue, offer_price

MONTHS = 24
BLOCK = 128  # lines per numpy block
LAST_WEEK = 7
DATA_MONTHS = 3
MESSAGE_KINDS = [3, 4]


def billed_months(today: date) -> list[date]:
    """The first day of each of the 24 billed months, oldest first; the newest is the month before today's."""
    index = today.year * 12 + today.month - 1
    return [date((index - back) // 12, (index - back) % 12 + 1, 1) for back in range(MONTHS, 0, -1)]


def _signature(profiles: model.Profiles) -> str:
    digest = hashlib.sha1()
    digest.update("|".join(profiles.ids).encode())
    for array in (profiles.rate, profiles.mean, profiles.cost, profiles.quiet_from, profiles.spike_from):
        digest.update(np.ascontiguousarray(array).tobytes())
    return digest.hexdigest()


class Fleet:
    """The fleet usage answer and the monthly charges of every line, for the invoices."""

    def _init_fleet(self) -> None:
        # the start day: a few lines behave unusually around it (sandbox.traffic), so that alerts fire
        self.traffic_anchor = model.Clock.at(self.now()).today  # type: ignore[attr-defined]
        self._traffic_profiles: dict[tuple[str, str], model.Profile] = {}
        self._fleet_months = model.LruCache(4)  # (company, months, profiles) → (charges, data) per line and month
        self._fleet_windows = model.LruCache(4)  # (company, day, profiles) → the window's past days, summed
        self._fleet_answers = model.LruCache(4)  # (company, version, clock, packages) → the answer's bytes

    def traffic_profile(self, line: dict) -> model.Profile:
        """A line's traffic profile (one per line and offer), with its unusual behaviour if any."""
        key = (line["id"], line["offer"]["code"])
        found = self._traffic_profiles.get(key)
        if found is None:
            seed = self.config.seed  # type: ignore[attr-defined]
            found = self._traffic_profiles[key] = model.profile(seed, line, self.traffic_anchor)
        return found

    def traffic_profiles(self, company_id: str) -> model.Profiles:
        """The company's lines' profiles in line order, cached per data version."""

        def build() -> model.Profiles:
            lines = [json.loads(raw) for raw in self.all_lines(company_id)]  # type: ignore[attr-defined]
            return model.Profiles.of([(ln["id"], ln["msisdn"], self.traffic_profile(ln)) for ln in lines])

        return self.cached(("traffic-profiles", company_id), build)  # type: ignore[attr-defined]

    # -- billed months ----------------------------------------------------------------------------------
    def fleet_month_charges(self, company_id: str, today: date | None = None) -> tuple[list[str], dict]:
        """("YYYY-MM" of the 24 billed months, {lineId: (charges per month, data bytes per month)}): the cost
        and the data of each line's traffic in each month, as numpy rows."""
        if today is None:
            today = model.Clock.at(self.now()).today  # type: ignore[attr-defined]
        firsts = billed_months(today)
        profiles = self.traffic_profiles(company_id)
        key = (company_id, firsts[-1], _signature(profiles))
        charges, data = self._fleet_months.get(key, lambda: self._month_matrix(profiles, firsts, today))
        rows = {line_id: (charges[i], data[i]) for i, line_id in enumerate(profiles.ids)}
        return [f"{d:%Y-%m}" for d in firsts], rows

    def _month_matrix(self, profiles: model.Profiles, firsts: list[date], today: date) -> tuple:
        end = today.replace(day=1)
        days = [firsts[0] + timedelta(days=i) for i in range((end - firsts[0]).days)]
        starts = np.array([(first - firsts[0]).days for first in firsts], dtype=np.int64)
        clock = model.Clock(today, 0)  # every billed day is before today: whole days
        count = len(profiles.ids)
        charges = np.zeros((count, len(firsts)), dtype=np.int64)
        data = np.zeros((count, len(firsts)), dtype=np.int64)
        for start in range(0, count, BLOCK):
            stop = min(count, start + BLOCK)
            _, quantity, cost = model.cells(profiles.rows(start, stop), days, clock)
            charges[start:stop] = np.add.reduceat(cost.sum(axis=2), starts, axis=1)
            data[start:stop] = np.add.reduceat(quantity[:, :, 5:7].sum(axis=2), starts, axis=1)
        return charges, data

    # -- the traffic window -------------------------------------------------------------------------------
    def _fleet_window(self, company_id: str, profiles: model.Profiles, clock: model.Clock) -> dict[str, np.ndarray]:
        """The window's figures of every line: the 90 days before today are kept per day (they do not move
        with the clock), today's traffic is made again at each quarter hour."""
        signature = _signature(profiles)
        past = self._fleet_windows.get(
            (company_id, clock.today, signature), lambda: self._fleet_days(profiles, clock, past=True)
        )
        today = self._fleet_days(profiles, clock, past=False)
        return {
            "week": past["week"] + today["week"],
            "before": past["before"],
            "mtd": past["mtd"] + today["mtd"],
            "last": np.where(today["last"] >= 0, model.WINDOW_DAYS, past["last"]),
            "roaming": today["roaming"],
        }

    def _fleet_days(self, profiles: model.Profiles, clock: model.Clock, past: bool) -> dict[str, np.ndarray]:
        """Sums over the window's past days (`past`) or over today only, per line: records, seconds,
        messages, bytes and cost of the last week's part and of the twelve weeks before, this month's cost,
        the index in the window of the latest active day (-1: none), roaming today."""
        window = [clock.first + timedelta(days=i) for i in range(model.WINDOW_DAYS + 1)]
        days = window[:-1] if past else window[-1:]
        offset = 0 if past else model.WINDOW_DAYS  # index in the window of days[0]
        week_start = len(window) - LAST_WEEK - offset  # index in days of the last week's first day
        month_start = (clock.today.replace(day=1) - clock.first).days - offset
        count = len(profiles.ids)
        out = {
            "week": np.zeros((count, 5), dtype=np.int64),
            "before": np.zeros((count, 5), dtype=np.int64),
            "mtd": np.zeros(count, dtype=np.int64),
            "last": np.full(count, -1, dtype=np.int64),
            "roaming": np.zeros(count, dtype=bool),
        }
        for start in range(0, count, BLOCK):
            stop = min(count, start + BLOCK)
            records, quantity, cost = model.cells(profiles.rows(start, stop), days, clock)
            per_day = np.stack(
                [records.sum(axis=2), quantity[:, :, 0:3].sum(axis=2), records[:, :, MESSAGE_KINDS].sum(axis=2),
                 quantity[:, :, 5:7].sum(axis=2), cost.sum(axis=2)],
                axis=2,
            )  # (L, D, 5): records, seconds, messages, bytes, costCents
            out["week"][start:stop] = per_day[:, max(week_start, 0):].sum(axis=1)
            out["before"][start:stop] = per_day[:, : max(week_start, 0)].sum(axis=1)
            out["mtd"][start:stop] = per_day[:, max(month_start, 0):, 4].sum(axis=1)
            active = per_day[:, :, 0] > 0
            out["last"][start:stop] = np.where(
                active.any(axis=1), offset + len(days) - 1 - np.argmax(active[:, ::-1], axis=1), -1
            )
            out["roaming"][start:stop] = records[:, -1, model.ROAMING].sum(axis=1) > 0
        return out

    # -- the answer -----------------------------------------------------------------------------------------
    def fleet_etag(self, company_id: str) -> str:
        clock = model.Clock.at(self.now())  # type: ignore[attr-defined]
        parts = (self.config.seed, company_id, self.version, clock.stamp, self._fleet_packages_digest(company_id))  # type: ignore[attr-defined]
        digest = hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]
        return f'"fleet-{self.instance}-{digest}"'  # type: ignore[attr-defined]

    def _fleet_packages(self, company_id: str) -> dict[str, dict]:
        self._ensure_packages(company_id)  # type: ignore[attr-defined]
        with self.lock:  # type: ignore[attr-defined]
            rows = self.db.execute(  # type: ignore[attr-defined]
                "SELECT s.line_id, p.id, p.giga_plan FROM gss_sims s JOIN gss_packages p ON p.id = s.package_id "
                "WHERE p.company_id = ?",
                (company_id,),
            ).fetchall()
        return {line_id: {"id": package_id, "name": f"Giga Smart Share {plan} GB"} for line_id, package_id, plan in rows}

    def _fleet_packages_digest(self, company_id: str) -> str:
        packages = self._fleet_packages(company_id)
        text = "|".join(f"{k}={v['id']}:{v['name']}" for k, v in sorted(packages.items()))
        return hashlib.sha1(text.encode()).hexdigest()[:12]

    def fleet_usage_body(self, company_id: str, etag: str) -> bytes:
        """The answer's `data` as JSON bytes, made once per ETag."""
        return self._fleet_answers.get((company_id, etag), lambda: self._fleet_usage_json(company_id))

    def fleet_usage(self, company_id: str) -> dict:
        return json.loads(self._fleet_usage_json(company_id))

    def _fleet_static(self, company_id: str) -> dict:
        """What the answer takes from the lines themselves, per data version."""

        def build() -> dict:
            lines = [json.loads(raw) for raw in self.all_lines(company_id)]  # type: ignore[attr-defined]
            return {
                "ids": [line["id"] for line in lines],
                "fees": np.array([offer_price(line["offer"]["code"]) for line in lines], dtype=np.int64),
                "data": [(line.get("counters") or {}).get("data") is not None for line in lines],
            }

        return self.cached(("fleet-static", company_id), build)  # type: ignore[attr-defined]

    def _fleet_usage_json(self, company_id: str) -> bytes:
        clock = model.Clock.at(self.now())  # type: ignore[attr-defined]
        profiles = self.traffic_profiles(company_id)
        static = self._fleet_static(company_id)
        if list(profiles.ids) != static["ids"]:  # pragma: no cover - both follow all_lines of one data version
            raise RuntimeError("the profiles and the lines disagree")
        months, monthly = self.fleet_month_charges(company_id, clock.today)
        charges = np.stack([monthly[line_id][0] for line_id in static["ids"]]) if static["ids"] else np.zeros((0, MONTHS))
        data = np.stack([monthly[line_id][1] for line_id in static["ids"]]) if static["ids"] else np.zeros((0, MONTHS))
        window = self._fleet_window(company_id, profiles, clock)
        packages = self._fleet_packages(company_id)
        names = ("records", "seconds", "messages", "bytes", "costCents")
        spend = (charges + static["fees"][:, None]).tolist()
        used = data[:, -DATA_MONTHS:].tolist()
        week, before = window["week"].tolist(), window["before"].tolist()
        mtd, last, roaming = window["mtd"].tolist(), window["last"].tolist(), window["roaming"].tolist()
        first = clock.first
        no_data = [None] * DATA_MONTHS
        lines = [
            {
                "lineId": line_id,
                "spendCents": spend[i],
                "monthToDateCents": mtd[i],
                "lastWeek": dict(zip(names, week[i], strict=True)),
                "previousWeeks": dict(zip(names, before[i], strict=True)),
                "dataUsedMonths": used[i] if static["data"][i] else no_data,
                "lastActivity": (first + timedelta(days=last[i])).isoformat() if last[i] >= 0 else None,
                "roamingCountry": model.trip_country(int(profiles.keys[i]), clock.today) if roaming[i] else None,
                "gssPackage": packages.get(line_id),
            }
            for i, line_id in enumerate(static["ids"])
        ]
        lines.sort(key=lambda entry: entry["lineId"])
        answer = {"companyId": company_id, "today": clock.today.isoformat(), "months": months,
                  "offers": catalogue(), "lines": lines}
        return json.dumps(answer, ensure_ascii=False, separators=(",", ":")).encode()
