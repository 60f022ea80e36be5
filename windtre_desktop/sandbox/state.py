"""The sandbox's state and rules: SQLite storage, companies, sessions, clock, change feed, faults, stats, rate limits."""

from __future__ import annotations

import hashlib
import json
import random
import secrets
import sqlite3
import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from windtre_desktop.sandbox.accounts import ACCOUNT_SCHEMA, Accounts, SessionUser
from windtre_desktop.sandbox.activations import ACTIVATION_SCHEMA, Activations
from windtre_desktop.sandbox.contracts import demo_contract, is_data_only, other_companies
from windtre_desktop.sandbox.demo_data import MAX_LINES, generate, iso_time, italian_midnight
from windtre_desktop.sandbox.fleet import Fleet
from windtre_desktop.sandbox.invoices import Invoices
from windtre_desktop.sandbox.messages import ApiError
from windtre_desktop.sandbox.notification_centre import NOTIFICATION_SCHEMA, NotificationCentre
from windtre_desktop.sandbox.options import OPTION_SCHEMA, Options
from windtre_desktop.sandbox.products import PRODUCT_SCHEMA, Products
from windtre_desktop.sandbox.recharge_orders import RECHARGE_SCHEMA, RechargeOrders
from windtre_desktop.sandbox.tickets import TICKET_SCHEMA, Tickets

T = TypeVar("T")

FAULT_MODES = ("latency", "500", "429", "drop", "truncate", "malformed")

DEMO_COMPANY = "C0001"
REQUEST_LOG_SIZE = 5000

SCHEMA = (
    """
CREATE TABLE company (id TEXT PRIMARY KEY, json TEXT NOT NULL, changed INTEGER NOT NULL);
CREATE TABLE lines (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, company_id TEXT NOT NULL, msisdn TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL, data_only INTEGER NOT NULL, json TEXT NOT NULL,
    changed INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX lines_changed ON lines (changed);
CREATE INDEX lines_company ON lines (company_id, seq);
CREATE TABLE legacy_accounts (username TEXT PRIMARY KEY, password TEXT NOT NULL);
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY, channel TEXT NOT NULL, recipient TEXT NOT NULL, subject TEXT NOT NULL,
    body TEXT NOT NULL, sent_at TEXT NOT NULL);
"""
    + ACCOUNT_SCHEMA
    + TICKET_SCHEMA
    + PRODUCT_SCHEMA
    + RECHARGE_SCHEMA
    + OPTION_SCHEMA
    + ACTIVATION_SCHEMA
    + NOTIFICATION_SCHEMA
)


@dataclass(frozen=True)
class SandboxConfig:
    lines: int = 250
    seed: int = 1
    token_ttl_seconds: int = 1800
    rate_per_second: float = 100.0
    burst: int = 300

    def __post_init__(self) -> None:
        if not 1 <= self.lines <= MAX_LINES:
            raise ValueError(f"lines must be between 1 and {MAX_LINES}")
        if self.token_ttl_seconds <= 0 or self.rate_per_second <= 0 or self.burst < 1:
            raise ValueError("token_ttl_seconds, rate_per_second and burst must be positive")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class RateLimiter:
    """Token buckets keyed by session token or client address."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = float(burst)
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def acquire(self, key: str) -> float:
        """Take one token: 0.0 when allowed, else the seconds to wait before the next one."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._buckets.get(key, (self.burst, now))
            tokens = min(self.burst, tokens + (now - last) * self.rate)
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                wait = 0.0
            else:
                self._buckets[key] = (tokens, now)
                wait = (1.0 - tokens) / self.rate
            if len(self._buckets) > 10_000:
                self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < 60}
        return wait


@dataclass
class Fault:
    id: int
    mode: str
    count: int
    pathPrefix: str = "/api/"
    latencyMs: int = 0
    retryAfter: int = 1
    after: bool = False

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "mode": self.mode,
            "count": self.count,
            "pathPrefix": self.pathPrefix,
            "latencyMs": self.latencyMs,
            "retryAfter": self.retryAfter,
            "after": self.after,
        }


@dataclass
class Faults:
    """The stack of injected faults, applied in order to matching requests."""

    items: list[Fault] = field(default_factory=list)
    next_id: int = 1
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(
        self, mode: str, count: int, path_prefix: str, latency_ms: int, retry_after: int, after: bool = False
    ) -> Fault:
        with self.lock:
            fault = Fault(self.next_id, mode, count, path_prefix, latency_ms, retry_after, after)
            self.next_id += 1
            self.items.append(fault)
            return fault

    def list(self) -> list[dict]:
        with self.lock:
            return [f.as_json() for f in self.items]

    def clear(self) -> None:
        with self.lock:
            self.items.clear()

    def take(self, path: str) -> list[Fault]:
        """The faults that hit this request: any latencies, then at most one answering fault."""
        if not self.items:
            return []
        hits: list[Fault] = []
        with self.lock:
            for fault in self.items:
                if not path.startswith(fault.pathPrefix):
                    continue
                if fault.count > 0:
                    fault.count -= 1
                hits.append(fault)
                if fault.mode != "latency":
                    break
            self.items = [f for f in self.items if f.count != 0]
        return hits


class State(
    Accounts, Tickets, Invoices, Products, Activations, RechargeOrders, Options, NotificationCentre, Fleet
):
    """Everything the sandbox knows, in one SQLite connection guarded by a lock."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.lock = threading.RLock()
        self.instance = secrets.token_hex(3)
        self._clock_offset = 0.0
        base = italian_midnight(self.now())
        self.demo = generate(config.lines, config.seed, base)
        self.others, other_records = other_companies(config.seed, self.demo.company["vatNumber"], base)
        self.version = 1
        self._usage_rounds = 0
        self._cache: dict[Any, Any] = {}
        self.faults = Faults()
        self.rate_limiter = RateLimiter(config.rate_per_second, config.burst)
        self.requests: Counter[str] = Counter()
        # every /api/ request as received (method, path, query, headers, body): what the server has seen
        self.request_log: deque[dict] = deque(maxlen=REQUEST_LOG_SIZE)
        self._stats_lock = threading.Lock()
        self.db = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        self.db.executescript(SCHEMA)
        # what runs after the clock moves, and after simulated traffic (with the ids of the lines it changed)
        self.clock_hooks: list[Callable[[], None]] = []
        self.usage_hooks: list[Callable[[list[str]], None]] = []
        self._init_accounts()
        self._init_invoices()
        self._init_products()
        self._init_recharge_orders()
        self._init_options()
        self._init_activations()
        self._init_notifications()
        self._init_fleet()
        self._load(other_records)

    def _load(self, other_records: list[dict]) -> None:
        demo = self.demo
        companies = [(demo.company, demo.lines)] + [(o.company, o.lines) for o in self.others]
        lines = [(company["id"], line) for company, company_lines in companies for line in company_lines]
        mobiles = _responsabile_mobiles(demo)
        with self.lock, self.db:
            self.db.execute("BEGIN")
            self.db.executemany(
                "INSERT INTO company VALUES (?, ?, 1)", ((c["id"], _dumps(c)) for c, _ in companies)
            )
            self.db.executemany(
                "INSERT INTO lines (seq, id, company_id, msisdn, kind, data_only, json, changed) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
                (
                    (
                        i,
                        line["id"],
                        company_id,
                        line["msisdn"],
                        line["kind"],
                        is_data_only(line),
                        _dumps(line),
                    )
                    for i, (company_id, line) in enumerate(lines)
                ),
            )
            created = self.now_iso()
            for user in demo.users:
                self._insert_user(
                    user.json,
                    password=user.password,
                    mobile=mobiles.get(user.role),
                    created_by="admin.demo" if user.role == "TELCO_MANAGER" else None,
                    created_at=created,
                )
            admin = next(u.json for u in demo.users if u.role == "USER_ADMIN")
            records = [demo_contract(self.config.seed, demo.company, admin, mobiles["USER_ADMIN"])]
            self.db.executemany(
                "INSERT INTO contracts VALUES (?, ?, ?, ?)",
                (
                    (i, r["vatNumber"], r["companyId"], _dumps(r))
                    for i, r in enumerate(records + other_records)
                ),
            )
            self.db.executemany("INSERT INTO legacy_accounts VALUES (?, ?)", demo.legacy_accounts.items())

    # -- clock ---------------------------------------------------------------------------------
    def now(self) -> float:
        return time.time() + self._clock_offset

    def now_iso(self) -> str:
        return iso_time(self.now())

    def advance_clock(self, seconds: float) -> None:
        with self.lock:
            self._clock_offset += seconds
            self.clock_moved()

    def clock_moved(self) -> None:
        """Let every part that changes with time (activation stages, running option requests, automatic
        recharges…) catch up with the sandbox clock. Parts add themselves to `clock_hooks` in their init;
        each hook is idempotent (it works out from the clock what is due and not yet done)."""
        with self.lock:
            for hook in self.clock_hooks:
                hook()

    # -- cache per data version -----------------------------------------------------------------
    def cached(self, key: Any, factory: Callable[[], T]) -> T:
        """A value computed once per data version (the cache empties when the data changes)."""
        with self.lock:
            full_key = (self.version, key)
            try:
                return self._cache[full_key]
            except KeyError:
                value = factory()
                if len(self._cache) > 64:
                    self._cache.clear()
                self._cache[full_key] = value
                return value

    def _bump(self) -> int:
        self.version += 1
        self._cache.clear()
        return self.version

    # -- company and lines ------------------------------------------------------------------------
    def company_json(self, company_id: str = DEMO_COMPANY) -> str:
        with self.lock:
            return self.db.execute("SELECT json FROM company WHERE id = ?", (company_id,)).fetchone()[0]

    def company_changed(self, company_id: str = DEMO_COMPANY) -> int:
        with self.lock:
            return self.db.execute("SELECT changed FROM company WHERE id = ?", (company_id,)).fetchone()[0]

    def line(self, line_id: str) -> str | None:
        with self.lock:
            row = self.db.execute(
                "SELECT json FROM lines WHERE id = ? AND deleted = 0", (line_id,)
            ).fetchone()
        return None if row is None else row[0]

    def company_line(self, company_id: str, line_id: object) -> dict | None:
        """A line of this company as JSON; None when there is no such line, it is another company's, or the
        id is not even a string (a client's body)."""
        if not isinstance(line_id, str):
            return None
        with self.lock:
            row = self.db.execute(
                "SELECT json FROM lines WHERE id = ? AND company_id = ? AND deleted = 0", (line_id, company_id)
            ).fetchone()
        return None if row is None else json.loads(row[0])

    def all_lines(self, company_id: str = DEMO_COMPANY) -> list[str]:
        """Every line's JSON of a company in order, cached per data version."""

        def load() -> list[str]:
            rows = self.db.execute(
                "SELECT json FROM lines WHERE company_id = ? AND deleted = 0 ORDER BY seq", (company_id,)
            )
            return [r[0] for r in rows]

        return self.cached(("all-lines", company_id), load)

    def visible_line_ids(self, user: SessionUser) -> list[str]:
        """A Dipendente's lines: the own line, then the associated SIMs (R-04); only the line for a
        Responsabile who came in by autologin (R-10)."""
        ids = [user.line_id] if user.line_id else []
        if user.account_role == "DIPENDENTE":
            with self.lock:
                rows = self.db.execute(
                    "SELECT line_id FROM associations WHERE owner = ? AND deleted = 0 ORDER BY seq",
                    (user.username,),
                ).fetchall()
            ids += [r[0] for r in rows]
        return ids

    def visible_lines(self, user: SessionUser) -> list[str]:
        if user.is_manager:
            return self.all_lines(user.company_id)
        lines = (self.line(line_id) for line_id in self.visible_line_ids(user))
        return [line for line in lines if line]

    def may_see_line(self, user: SessionUser, line_id: str) -> bool:
        if user.is_manager:
            with self.lock:
                row = self.db.execute("SELECT company_id FROM lines WHERE id = ?", (line_id,)).fetchone()
            return row is not None and row[0] == user.company_id
        return line_id in self.visible_line_ids(user)

    # -- change feed ---------------------------------------------------------------------------------
    def cursor(self, version: int | None = None) -> str:
        return f"v{self.version if version is None else version}.{self.instance}"

    def parse_cursor(self, cursor: str) -> int:
        """The data version of a cursor of this server; ApiError 410 ERR-SYNC-01 when unknown or stale."""
        version_text, _, instance = cursor.partition(".")
        if instance == self.instance and version_text[:1] == "v" and version_text[1:].isdigit():
            version = int(version_text[1:])
            if 1 <= version <= self.version:
                return version
        raise ApiError(410, "ERR-SYNC-01")

    def sync_etag(self, user: SessionUser) -> str:
        who = hashlib.sha1(user.username.encode()).hexdigest()[:8]
        return f'"sync-{self.instance}-{self.version}-{who}"'

    def changes_since(self, version: int, user: SessionUser) -> dict:
        """The incremental feed after `version` for this user: changed lines, deletions, company, user."""
        with self.lock:
            if user.is_manager:
                rows = self.db.execute(
                    "SELECT id, json, deleted FROM lines WHERE changed > ? AND company_id = ? ORDER BY seq",
                    (version, user.company_id),
                ).fetchall()
                dissociated: list[str] = []
            else:
                visible = self.visible_line_ids(user)
                # a SIM associated since `version` is new to this user even if the line itself did not change
                added = self.db.execute(
                    "SELECT line_id, deleted FROM associations WHERE owner = ? AND changed > ?",
                    (user.username, version),
                ).fetchall()
                fresh = {line_id for line_id, deleted in added if not deleted}
                dissociated = [line_id for line_id, deleted in added if deleted and line_id not in visible]
                marks = ",".join("?" * len(visible))
                rows = self.db.execute(
                    f"SELECT id, json, deleted FROM lines WHERE id IN ({marks}) ORDER BY seq", visible
                ).fetchall()
                rows = [r for r in rows if r[0] in fresh or self._line_changed_since(r[0], version)]
            company = self.db.execute(
                "SELECT json FROM company WHERE id = ? AND changed > ?", (user.company_id, version)
            ).fetchone()
            user_row = self.db.execute(
                "SELECT json FROM users WHERE username = ? AND changed > ?", (user.username, version)
            ).fetchone()
            current = self.version
        return {
            "version": current,
            "lines": [r[1] for r in rows if not r[2]],
            "deleted": [r[0] for r in rows if r[2]] + dissociated,
            "company": None if company is None else company[0],
            "user": None if user_row is None else user.json,
        }

    def _line_changed_since(self, line_id: str, version: int) -> bool:
        row = self.db.execute("SELECT changed FROM lines WHERE id = ?", (line_id,)).fetchone()
        return row is not None and row[0] > version

    def simulate_usage(self, count: int) -> list[str]:
        """Traffic on `count` lines (chosen deterministically): counters and credit move, version bumps."""
        with self.lock:
            rows = self.db.execute(
                "SELECT id, json FROM lines WHERE company_id = ? AND deleted = 0 ORDER BY seq",
                (DEMO_COMPANY,),
            ).fetchall()
            count = min(count, len(rows))
            if count <= 0:
                return []
            self._usage_rounds += 1
            rng = random.Random(self.config.seed * 1_000_003 + self._usage_rounds)
            chosen = sorted(rng.sample(range(len(rows)), count))
            version = self._bump()
            stamp = self.now_iso()
            updates = []
            data_used: dict[str, int] = {}
            for index in chosen:
                line_id, raw = rows[index]
                line = json.loads(raw)
                before = _data_used(line)
                _use(line, rng)
                data_used[line_id] = _data_used(line) - before
                line["version"] += 1
                line["updatedAt"] = stamp
                updates.append((_dumps(line), version, line_id))
            with self.db:
                self.db.execute("BEGIN")
                self.db.executemany("UPDATE lines SET json = ?, changed = ? WHERE id = ?", updates)
            self.gss_line_usage(data_used)  # the data also counts for the GSS packages
            changed = [u[2] for u in updates]
            for hook in self.usage_hooks:
                hook(changed)
            return changed

    def update_line(self, line_id: str, change: Callable[[dict], None]) -> dict:
        """Change one line's JSON in place (`change` mutates the dict), bump its version and the data version,
        so the next /sync carries it. Returns the line as stored."""
        with self.lock:
            row = self.db.execute("SELECT json FROM lines WHERE id = ? AND deleted = 0", (line_id,)).fetchone()
            if row is None:
                raise KeyError(line_id)
            line = json.loads(row[0])
            change(line)
            line["version"] += 1
            line["updatedAt"] = self.now_iso()
            version = self._bump()
            self.db.execute("UPDATE lines SET json = ?, changed = ? WHERE id = ?", (_dumps(line), version, line_id))
            return line

    # -- outbox ---------------------------------------------------------------------------------------
    def send(self, channel: str, to: str, subject: str, body: str) -> dict:
        """Record an SMS or email the sandbox 'sends' (OTP codes, activation links)."""
        if channel not in ("sms", "email"):
            raise ValueError(channel)
        sent_at = self.now_iso()
        with self.lock:
            cur = self.db.execute(
                "INSERT INTO outbox (channel, recipient, subject, body, sent_at) VALUES (?, ?, ?, ?, ?)",
                (channel, to, subject, body, sent_at),
            )
            message_id = cur.lastrowid
        return {
            "id": message_id,
            "channel": channel,
            "to": to,
            "subject": subject,
            "body": body,
            "sentAt": sent_at,
        }

    def outbox(self) -> list[dict]:
        with self.lock:
            rows = self.db.execute(
                "SELECT id, channel, recipient, subject, body, sent_at FROM outbox ORDER BY id"
            ).fetchall()
        return [
            dict(zip(("id", "channel", "to", "subject", "body", "sentAt"), row, strict=True)) for row in rows
        ]

    def clear_outbox(self) -> None:
        with self.lock:
            self.db.execute("DELETE FROM outbox")

    # -- request statistics ------------------------------------------------------------------------------
    def count_request(self, path: str) -> None:
        with self._stats_lock:
            self.requests[path] += 1

    def stats(self) -> dict:
        with self._stats_lock:
            return {"requests": dict(sorted(self.requests.items())), "total": sum(self.requests.values())}

    def reset_stats(self) -> None:
        with self._stats_lock:
            self.requests.clear()

    def log_request(self, method: str, path: str, query: bytes, headers: list[tuple[bytes, bytes]]) -> dict:
        """A new entry of the request log; the caller appends the body's bytes to entry["body"]."""
        entry = {"method": method, "path": path, "query": query, "headers": headers, "body": bytearray()}
        with self._stats_lock:
            self.request_log.append(entry)
        return entry

    def request_log_json(self) -> list[dict]:
        def text(raw: bytes) -> str:
            return bytes(raw).decode("utf-8", "replace")

        with self._stats_lock:
            entries = list(self.request_log)
        return [
            {"method": e["method"], "path": e["path"], "query": text(e["query"]),
             "headers": {text(k): text(v) for k, v in e["headers"]}, "body": text(e["body"])}
            for e in entries
        ]

    def clear_request_log(self) -> None:
        with self._stats_lock:
            self.request_log.clear()


def _responsabile_mobiles(demo: Any) -> dict[str, str]:
    """The contract mobile of the demo User Admin and the Telco Manager's mobile: the demo company's first
    voice lines after the demo Dipendente's, so autologin can identify a Responsabile (R-10); numbers
    outside the company when it is too small."""
    employee_line = next(u.json["lineId"] for u in demo.users if u.role == "DIPENDENTE")
    voice = [
        line["msisdn"]
        for line in demo.lines
        if line["kind"] == "mobile" and not is_data_only(line) and line["id"] != employee_line
    ]
    voice += ["+393770000001", "+393770000002"]
    return {"USER_ADMIN": voice[0], "TELCO_MANAGER": voice[1]}


def _data_used(line: dict) -> int:
    counter = line["counters"].get("data")
    return 0 if counter is None else counter["used"]


def _use(line: dict, rng: random.Random) -> None:
    """Some traffic on one line: counters up (never past their total), credit down (never below 0)."""
    counters = line["counters"]
    steps = {"data": (50 * 1024**2, 2 * 1024**3), "voice": (60, 3600), "sms": (1, 6)}
    for name, (low, high) in steps.items():
        counter = counters.get(name)
        if counter is None:
            continue
        used = counter["used"] + rng.randrange(low, high)
        counter["used"] = used if counter["total"] is None else min(used, counter["total"])
    if line["creditCents"] is not None:
        line["creditCents"] = max(0, line["creditCents"] - rng.randrange(0, 300))
