"""Products and Giga Smart Share in the sandbox (R-22, R-50, R-51, R-60, R-82): packages and their SIMs,
devices, PIN/PUK on request with an access log, the four package actions and the 80 % / 100 % thresholds.

Nothing is made at start-up: a company's packages are written to SQLite the first time anyone needs them
(deterministic from the seed and the company's mobile lines), its devices are made on first read and kept.
"""

from __future__ import annotations

import json
import math
from typing import Any

from windtre_desktop.domain.validators import normalise_msisdn as normalise_mobile
from windtre_desktop.sandbox.accounts import SessionUser
from windtre_desktop.sandbox.contracts import line_secrets
from windtre_desktop.sandbox.demo_data import seeded_rng as _rng
from windtre_desktop.sandbox.messages import ApiError

GIGA = 1024**3  # the contract's Giga (docs/api.md "Products"): what the app writes as GB
PLAN_STEPS = (50, 100, 200, 300, 500, 1000)
EXTRA_STEPS = (5, 10, 20, 50)
MAX_EXTRA_GIGA = 100  # per month
THRESHOLDS = (80, 100)
MAX_MOVE = 50
LINES_PER_PACKAGE = 20  # one package per ~20 lines of the company: 500 at 10,000 lines
OUT_OF_PACKAGES = 10  # one mobile line in ten is in no package
FULL_EVERY = 5  # packages 2, 7, 12… are full (maxSims = simCount)
TYPES = ("data_share", "voice_data_share")
INSTALMENTS = ("none", "24_months", "30_months", "36_months")
MAINTENANCE = ("none", "basic", "premium")
INTERVENTIONS = {"none": 0, "basic": 2, "premium": 4}
DEVICE_MODELS = (
    "Samsung Galaxy S24",
    "Apple iPhone 15",
    "Motorola edge 50",
    "Xiaomi Redmi Note 13",
    "Samsung Galaxy A55",
    "WINDTRE Business Router 5G",
    "Apple iPad Air",
    "Lenovo ThinkPad X1 Carbon",
)
LINES_PER_DEVICE = 8

PRODUCT_SCHEMA = """
CREATE TABLE gss_ready (company_id TEXT PRIMARY KEY);
CREATE TABLE gss_packages (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, company_id TEXT NOT NULL, type TEXT NOT NULL,
    giga_plan INTEGER NOT NULL, extra_giga INTEGER NOT NULL, max_sims INTEGER NOT NULL,
    referent TEXT NOT NULL, thresholds TEXT NOT NULL, version INTEGER NOT NULL);
CREATE INDEX gss_packages_company ON gss_packages (company_id, seq);
CREATE TABLE gss_sims (line_id TEXT PRIMARY KEY, package_id TEXT NOT NULL, used_bytes INTEGER NOT NULL);
CREATE INDEX gss_sims_package ON gss_sims (package_id);
CREATE TABLE gss_notifications (seq INTEGER PRIMARY KEY, company_id TEXT NOT NULL, json TEXT NOT NULL);
CREATE TABLE sim_code_log (
    seq INTEGER PRIMARY KEY, username TEXT NOT NULL, line_id TEXT NOT NULL, at TEXT NOT NULL);
"""

_PACKAGE_COLUMNS = "id, type, giga_plan, extra_giga, max_sims, referent, thresholds, version"


def package_count(line_count: int) -> int:
    return max(1, math.ceil(line_count / LINES_PER_PACKAGE))


def _giga_text(value: int) -> str:
    return f"{value / GIGA:.1f}".replace(".", ",")


class Products:
    """The products part of the sandbox's State (a mixin: uses its db, lock, clock, outbox and lines)."""

    db: Any
    lock: Any
    config: Any

    def _init_products(self) -> None:
        self._devices: dict[str, list[dict]] = {}

    # -- packages: made on first need ------------------------------------------------------------------
    def _ensure_packages(self, company_id: str) -> None:
        with self.lock:
            if self.db.execute("SELECT 1 FROM gss_ready WHERE company_id = ?", (company_id,)).fetchone():
                return
            rows = self.db.execute(
                "SELECT id, msisdn FROM lines WHERE company_id = ? AND kind = 'mobile' AND deleted = 0 "
                "ORDER BY seq",
                (company_id,),
            ).fetchall()
            (line_count,) = self.db.execute(
                "SELECT COUNT(*) FROM lines WHERE company_id = ? AND deleted = 0", (company_id,)
            ).fetchone()
            packages, sims = _generate_packages(self.config.seed, company_id, line_count, rows)
            with self.db:
                self.db.execute("BEGIN")
                self.db.executemany(
                    f"INSERT INTO gss_packages (company_id, {_PACKAGE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    packages,
                )
                self.db.executemany("INSERT INTO gss_sims VALUES (?, ?, ?)", sims)
                self.db.execute("INSERT INTO gss_ready VALUES (?)", (company_id,))

    def _package_json(self, row: tuple, sim_count: int, used: int, device_count: int) -> dict:
        package_id, kind, plan, extra, max_sims, referent, thresholds, version = row
        return {
            "id": package_id,
            "type": kind,
            "gigaPlan": plan,
            "extraGiga": extra,
            "pooledBytes": (plan + extra) * GIGA,
            "usedBytes": used,
            "simCount": sim_count,
            "maxSims": max_sims,
            "deviceCount": device_count,
            "referentPhone": referent,
            "thresholdsSent": json.loads(thresholds),
            "version": version,
        }

    def _device_counts(self, company_id: str) -> dict[str, int]:
        counts: dict[str, int] = {}
        for device in self.devices_of(company_id):
            if device["packageId"]:
                counts[device["packageId"]] = counts.get(device["packageId"], 0) + 1
        return counts

    def gss_packages(self, user: SessionUser) -> dict:
        self._ensure_packages(user.company_id)
        devices = self._device_counts(user.company_id)
        with self.lock:
            rows = self.db.execute(
                f"SELECT {_PACKAGE_COLUMNS} FROM gss_packages WHERE company_id = ? ORDER BY id",
                (user.company_id,),
            ).fetchall()
            totals = dict(self._sim_totals(user.company_id))
        packages = [
            self._package_json(row, *totals.get(row[0], (0, 0)), devices.get(row[0], 0)) for row in rows
        ]
        return {"packages": packages, "planSteps": list(PLAN_STEPS), "extraSteps": list(EXTRA_STEPS)}

    def _sim_totals(self, company_id: str) -> list[tuple[str, tuple[int, int]]]:
        rows = self.db.execute(
            "SELECT s.package_id, COUNT(*), SUM(s.used_bytes) FROM gss_sims s "
            "JOIN gss_packages p ON p.id = s.package_id WHERE p.company_id = ? GROUP BY s.package_id",
            (company_id,),
        ).fetchall()
        return [(package_id, (count, used)) for package_id, count, used in rows]

    def _package_row(self, user: SessionUser, package_id: str) -> tuple:
        """The package's row; 404 (field packageId) when it is not one of the user's company."""
        self._ensure_packages(user.company_id)
        with self.lock:
            row = self.db.execute(
                f"SELECT {_PACKAGE_COLUMNS} FROM gss_packages WHERE id = ? AND company_id = ?",
                (package_id, user.company_id),
            ).fetchone()
        if row is None:
            raise ApiError(
                404, "ERR-VAL-01", field="packageId", key="gss_package_not_found", packageId=package_id
            )
        return row

    def gss_package(self, user: SessionUser, package_id: str) -> dict:
        row = self._package_row(user, package_id)
        with self.lock:
            count, used = self.db.execute(
                "SELECT COUNT(*), COALESCE(SUM(used_bytes), 0) FROM gss_sims WHERE package_id = ?",
                (package_id,),
            ).fetchone()
        return self._package_json(row, count, used, self._device_counts(user.company_id).get(package_id, 0))

    def gss_sims(self, user: SessionUser, package_id: str) -> dict:
        self._package_row(user, package_id)
        with self.lock:
            rows = self.db.execute(
                "SELECT s.line_id, s.used_bytes, l.json FROM gss_sims s JOIN lines l ON l.id = s.line_id "
                "WHERE s.package_id = ? ORDER BY l.msisdn",
                (package_id,),
            ).fetchall()
        sims = []
        for line_id, used, raw in rows:
            line = json.loads(raw)
            sims.append(
                {
                    "lineId": line_id,
                    "msisdn": line["msisdn"],
                    "holder": line["holder"],
                    "alias": line["alias"],
                    "usedBytes": used,
                    "creditCents": line["creditCents"] if line["paymentType"] == "prepaid" else None,
                }
            )
        return {"packageId": package_id, "sims": sims}

    # -- devices (R-51) ----------------------------------------------------------------------------------
    def devices_of(self, company_id: str) -> list[dict]:
        """The company's devices, each with the package its line is in now."""
        with self.lock:
            devices = self._devices.get(company_id)
            if devices is None:
                devices = self._devices[company_id] = self._make_devices(company_id)
            line_ids = [d["lineId"] for d in devices if d["lineId"]]
        packages = self._packages_of_lines(company_id, line_ids)
        return [{**d, "packageId": packages.get(d["lineId"])} for d in devices]

    def _packages_of_lines(self, company_id: str, line_ids: list[str]) -> dict[str, str]:
        self._ensure_packages(company_id)
        with self.lock:
            rows = self.db.execute(
                "SELECT s.line_id, s.package_id FROM gss_sims s JOIN gss_packages p ON p.id = s.package_id "
                "WHERE p.company_id = ?",
                (company_id,),
            ).fetchall()
        wanted = set(line_ids)
        return {line_id: package_id for line_id, package_id in rows if line_id in wanted}

    def _make_devices(self, company_id: str) -> list[dict]:
        rows = self.db.execute(
            "SELECT id, msisdn, json FROM lines WHERE company_id = ? AND kind = 'mobile' AND deleted = 0 "
            "ORDER BY seq",
            (company_id,),
        ).fetchall()
        (line_count,) = self.db.execute(
            "SELECT COUNT(*) FROM lines WHERE company_id = ? AND deleted = 0", (company_id,)
        ).fetchone()
        company = json.loads(
            self.db.execute("SELECT json FROM company WHERE id = ?", (company_id,)).fetchone()[0]
        )
        accounts = [a["id"] for a in company.get("billingAccounts") or []] or ["BA001"]
        devices = []
        for i in range(max(2, line_count // LINES_PER_DEVICE)):
            rng = _rng("device", self.config.seed, company_id, i)
            model = DEVICE_MODELS[rng.randrange(len(DEVICE_MODELS))]
            line = rows[rng.randrange(len(rows))] if rows and rng.random() < 0.85 else None
            maintenance = MAINTENANCE[rng.randrange(len(MAINTENANCE))]
            account = json.loads(line[2])["billingAccountId"] if line else accounts[i % len(accounts)]
            devices.append(
                {
                    "id": f"DEV-{company_id}-{i + 1:04d}",
                    "model": model,
                    "accountName": account,
                    "lineId": line[0] if line else None,
                    "msisdn": line[1] if line else None,
                    "instalment": INSTALMENTS[rng.randrange(len(INSTALMENTS))],
                    "maintenance": maintenance,
                    "interventionsLeft": rng.randint(0, INTERVENTIONS[maintenance]),
                }
            )
        return devices

    def devices(self, user: SessionUser) -> dict:
        return {"devices": self.devices_of(user.company_id)}

    # -- SIM codes (R-22) -------------------------------------------------------------------------------
    def sim_codes(self, user: SessionUser, line_id: str) -> dict:
        with self.lock:
            row = self.db.execute(
                "SELECT msisdn, kind FROM lines WHERE id = ? AND deleted = 0", (line_id,)
            ).fetchone()
        if row is None:
            raise ApiError(404, "ERR-VAL-01", field="lineId", key="line_not_found", lineId=line_id)
        if not self.may_see_line(user, line_id):  # type: ignore[attr-defined]
            raise ApiError(403, "ERR-AUTH-03")
        if row[1] != "mobile":
            raise ApiError(400, "ERR-VAL-01", field="lineId", key="sim_codes_fixed", lineId=line_id)
        with self.lock:
            self.db.execute(
                "INSERT INTO sim_code_log (username, line_id, at) VALUES (?, ?, ?)",
                (user.username, line_id, self.now_iso()),  # type: ignore[attr-defined]
            )
        return {"lineId": line_id, "msisdn": row[0], **line_secrets(self.config.seed, line_id)}

    def sim_code_log(self) -> list[dict]:
        with self.lock:
            rows = self.db.execute("SELECT username, line_id, at FROM sim_code_log ORDER BY seq").fetchall()
        return [{"username": u, "lineId": line_id, "at": at} for u, line_id, at in rows]

    # -- package actions (R-60) ---------------------------------------------------------------------------
    def gss_change_plan(self, user: SessionUser, package_id: str, giga_plan: int) -> dict:
        with self.lock:
            current = self.gss_package(user, package_id)
            if giga_plan not in PLAN_STEPS:
                raise ApiError(
                    400, "ERR-VAL-01", field="gigaPlan", key="gss_step", choices=_steps(PLAN_STEPS)
                )
            if giga_plan == current["gigaPlan"]:
                raise ApiError(400, "ERR-VAL-01", field="gigaPlan", key="gss_plan_same", giga=giga_plan)
            if giga_plan < current["gigaPlan"] and giga_plan * GIGA < current["usedBytes"]:
                raise ApiError(
                    400,
                    "ERR-VAL-01",
                    field="gigaPlan",
                    key="gss_plan_under_used",
                    giga=giga_plan,
                    used=_giga_text(current["usedBytes"]),
                )
            self.db.execute(
                "UPDATE gss_packages SET giga_plan = ?, version = version + 1 WHERE id = ?",
                (giga_plan, package_id),
            )
            self._check_thresholds(user.company_id, package_id)
            return {"package": self.gss_package(user, package_id)}

    def gss_change_referent(self, user: SessionUser, package_id: str, phone: str) -> dict:
        with self.lock:
            self._package_row(user, package_id)
            try:
                msisdn = normalise_mobile(phone if isinstance(phone, str) else "")
            except ValueError:
                raise ApiError(400, "ERR-VAL-01", field="phone", key="gss_phone_invalid") from None
            self.db.execute(
                "UPDATE gss_packages SET referent = ?, version = version + 1 WHERE id = ?",
                (msisdn, package_id),
            )
            return {"package": self.gss_package(user, package_id)}

    def gss_add_extra(self, user: SessionUser, package_id: str, giga: int) -> dict:
        with self.lock:
            current = self.gss_package(user, package_id)
            if giga not in EXTRA_STEPS:
                raise ApiError(400, "ERR-VAL-01", field="giga", key="gss_step", choices=_steps(EXTRA_STEPS))
            if current["extraGiga"] + giga > MAX_EXTRA_GIGA:
                raise ApiError(
                    400,
                    "ERR-VAL-01",
                    field="giga",
                    key="gss_extra_limit",
                    max=MAX_EXTRA_GIGA,
                    extra=current["extraGiga"],
                    left=MAX_EXTRA_GIGA - current["extraGiga"],
                )
            self.db.execute(
                "UPDATE gss_packages SET extra_giga = extra_giga + ?, version = version + 1 WHERE id = ?",
                (giga, package_id),
            )
            return {"package": self.gss_package(user, package_id)}

    def gss_move(self, user: SessionUser, source: str, target: str, line_ids: list[str]) -> dict:
        with self.lock:
            self._package_row(user, source)
            if not 1 <= len(line_ids) <= MAX_MOVE:
                raise ApiError(400, "ERR-VAL-01", field="lineIds", key="gss_move_count", max=MAX_MOVE)
            if len(set(line_ids)) != len(line_ids):
                raise ApiError(400, "ERR-VAL-01", field="lineIds", key="gss_move_repeated")
            if source == target:
                raise ApiError(400, "ERR-VAL-01", field="to", key="gss_move_same")
            to = self.gss_package(user, target)
            marks = ",".join("?" * len(line_ids))
            where = dict(
                self.db.execute(
                    f"SELECT line_id, package_id FROM gss_sims WHERE line_id IN ({marks})", line_ids
                ).fetchall()
            )
            for line_id in line_ids:
                if where.get(line_id) == target:
                    raise ApiError(
                        400, "ERR-VAL-01", field="lineIds", key="gss_sim_in_target", lineId=line_id, to=target
                    )
                if where.get(line_id) != source:
                    raise ApiError(
                        400, "ERR-VAL-01", field="lineIds", key="gss_sim_not_in_source", lineId=line_id,
                        source=source,
                    )
            if to["simCount"] + len(line_ids) > to["maxSims"]:
                raise ApiError(
                    400,
                    "ERR-VAL-01",
                    field="to",
                    key="gss_over_capacity",
                    to=target,
                    room=to["maxSims"] - to["simCount"],
                    n=len(line_ids),
                )
            with self.db:
                self.db.execute("BEGIN")
                self.db.execute(
                    f"UPDATE gss_sims SET package_id = ? WHERE line_id IN ({marks})", [target, *line_ids]
                )
                self.db.execute(
                    "UPDATE gss_packages SET version = version + 1 WHERE id IN (?, ?)", (source, target)
                )
            self._check_thresholds(user.company_id, target)
            return {"from": self.gss_package(user, source), "to": self.gss_package(user, target)}

    # -- usage and thresholds (R-82) ------------------------------------------------------------------------
    def gss_add_usage(self, package_id: str, amount: int) -> dict | None:
        """Sandbox control: `amount` bytes of traffic spread over the package's SIMs; None when unknown."""
        with self.lock:
            row = self.db.execute("SELECT company_id FROM gss_packages WHERE id = ?", (package_id,)).fetchone()
            if row is None:
                # packages are made on first need: a demo company's id may not exist yet
                for (company_id,) in self.db.execute("SELECT id FROM company").fetchall():
                    if package_id.startswith(f"GSS-{company_id}-"):
                        self._ensure_packages(company_id)
                row = self.db.execute(
                    "SELECT company_id FROM gss_packages WHERE id = ?", (package_id,)
                ).fetchone()
                if row is None:
                    return None
            sims = [
                r[0]
                for r in self.db.execute(
                    "SELECT line_id FROM gss_sims WHERE package_id = ? ORDER BY line_id", (package_id,)
                )
            ]
            if sims and amount:
                share, rest = divmod(amount, len(sims))
                self.db.executemany(
                    "UPDATE gss_sims SET used_bytes = used_bytes + ? WHERE line_id = ?",
                    [(share + (rest if i == 0 else 0), line_id) for i, line_id in enumerate(sims)],
                )
                self.db.execute("UPDATE gss_packages SET version = version + 1 WHERE id = ?", (package_id,))
            self._check_thresholds(row[0], package_id)
            summary = self._package_summary(package_id)
        return summary | {"deviceCount": self._device_counts(row[0]).get(package_id, 0)}

    def gss_line_usage(self, deltas: dict[str, int]) -> None:
        """Data used by lines (POST /sandbox/usage) counts for the packages they are in, once made."""
        if not deltas:
            return
        with self.lock:
            marks = ",".join("?" * len(deltas))
            rows = self.db.execute(
                f"SELECT s.line_id, s.package_id, p.company_id FROM gss_sims s "
                f"JOIN gss_packages p ON p.id = s.package_id WHERE s.line_id IN ({marks})",
                list(deltas),
            ).fetchall()
            touched: dict[str, str] = {}
            for line_id, package_id, company_id in rows:
                if deltas[line_id] > 0:
                    self.db.execute(
                        "UPDATE gss_sims SET used_bytes = used_bytes + ? WHERE line_id = ?",
                        (deltas[line_id], line_id),
                    )
                    touched[package_id] = company_id
            for package_id, company_id in sorted(touched.items()):
                self.db.execute("UPDATE gss_packages SET version = version + 1 WHERE id = ?", (package_id,))
                self._check_thresholds(company_id, package_id)

    def _package_summary(self, package_id: str) -> dict:
        row = self.db.execute(
            f"SELECT {_PACKAGE_COLUMNS} FROM gss_packages WHERE id = ?", (package_id,)
        ).fetchone()
        count, used = self.db.execute(
            "SELECT COUNT(*), COALESCE(SUM(used_bytes), 0) FROM gss_sims WHERE package_id = ?", (package_id,)
        ).fetchone()
        return self._package_json(row, count, used, 0)

    def _check_thresholds(self, company_id: str, package_id: str) -> None:
        """Each threshold reached for the first time this month: one event and one SMS to the referent."""
        package = self._package_summary(package_id)
        sent = list(package["thresholdsSent"])
        reached = [
            t
            for t in THRESHOLDS
            if t not in sent and package["usedBytes"] * 100 >= t * package["pooledBytes"]
        ]
        if not reached:
            return
        self.db.execute(
            "UPDATE gss_packages SET thresholds = ? WHERE id = ?",
            (json.dumps(sorted(sent + reached)), package_id),
        )
        for percent in reached:
            self.add_notification(
                company_id,
                "gss_threshold",
                {
                    "packageId": package_id,
                    "percent": percent,
                    "usedBytes": package["usedBytes"],
                    "pooledBytes": package["pooledBytes"],
                    "referentPhone": package["referentPhone"],
                },
            )
            if "sms" not in self.notification_channels(company_id, "gss_threshold"):  # type: ignore[attr-defined]
                continue  # the type is switched off, or its SMS is not chosen
            article = "il " if percent == 100 else "l'"
            self.send(  # type: ignore[attr-defined]
                "sms",
                package["referentPhone"],
                "Giga Smart Share",
                f"Giga Smart Share {package_id}: hai usato {article}{percent}% dei Giga del pacchetto",
            )

    def add_notification(self, company_id: str, kind: str, fields: dict, at: str | None = None) -> dict | None:
        """One event of the company's notification feed (GET /notifications): `{"id", "kind", "at", **fields}`,
        stamped `at` (default now); None, and nothing stored, when the company switched the kind off (R-80)."""
        with self.lock:
            if not self.notification_enabled(company_id, kind):  # type: ignore[attr-defined]
                return None
            (seq,) = self.db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM gss_notifications").fetchone()
            stamp = at or self.now_iso()  # type: ignore[attr-defined]
            # the server's run in the id: a sandbox started again makes other events, never the same ids
            event = {"id": f"NTF-{self.instance}-{seq:06d}", "kind": kind, "at": stamp, **fields}  # type: ignore[attr-defined]
            self.db.execute("INSERT INTO gss_notifications VALUES (?, ?, ?)", (seq, company_id, json.dumps(event)))
        return event

    def notifications(self, user: SessionUser) -> dict:
        return self.notification_feed(user)  # type: ignore[attr-defined]


def _steps(values: tuple[int, ...]) -> str:
    return ", ".join(map(str, values))


def _generate_packages(
    seed: int, company_id: str, line_count: int, mobiles: list[tuple[str, str]]
) -> tuple[list[tuple], list[tuple]]:
    """The company's packages (rows for gss_packages) and SIMs (rows for gss_sims), from the seed: package
    i takes its share of the mobile lines in order, but one line in ten stays out of every package."""
    count = package_count(line_count)
    packages: list[tuple] = []
    sims: list[tuple] = []
    chunk = len(mobiles) / count
    for i in range(count):
        rng = _rng("gss", seed, company_id, i)
        candidates = mobiles[math.floor(i * chunk) : math.floor((i + 1) * chunk)]
        members = [m for m in candidates if _rng("gss-in", seed, m[0]).randrange(OUT_OF_PACKAGES)]
        plan = PLAN_STEPS[1 + rng.randrange(4)]  # 100…500
        extra = (0, 0, 5, 10, 20)[rng.randrange(5)]
        pooled = (plan + extra) * GIGA
        max_sims = len(members) if i % FULL_EVERY == 1 else max(len(members) + 5, 30)
        package_id = f"GSS-{company_id}-{i + 1:04d}"
        referent = members[0][1] if members else (mobiles[0][1] if mobiles else "+393470000000")
        used = int(pooled * rng.uniform(0.2, 0.7))
        weights = [rng.random() + 0.1 for _ in members]
        total = sum(weights) or 1.0
        shares = [int(used * w / total) for w in weights]
        packages.append(
            (
                company_id,
                package_id,
                TYPES[1] if i % 3 == 0 else TYPES[0],
                plan,
                extra,
                max_sims,
                referent,
                "[]",
                1,
            )
        )
        sims += [(line_id, package_id, share) for (line_id, _), share in zip(members, shares, strict=True)]
    return packages, sims
