"""The sandbox's state and rules: SQLite storage, sessions, clock, change feed, faults, stats, rate limits."""

from __future__ import annotations

import hashlib
import hmac
import json
import random
import secrets
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from windtre_desktop.sandbox.demo_data import MAX_LINES, generate, iso_time, italian_midnight
from windtre_desktop.sandbox.messages import ApiError

T = TypeVar("T")

MANAGER_ROLES = frozenset({"USER_ADMIN", "TELCO_MANAGER"})
FAULT_MODES = ("latency", "500", "429", "drop", "truncate", "malformed")

SCHEMA = """
CREATE TABLE company (id TEXT PRIMARY KEY, json TEXT NOT NULL, changed INTEGER NOT NULL);
CREATE TABLE lines (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, json TEXT NOT NULL,
    changed INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX lines_changed ON lines (changed);
CREATE TABLE users (
    username TEXT PRIMARY KEY, password TEXT NOT NULL, role TEXT NOT NULL, line_id TEXT,
    json TEXT NOT NULL, changed INTEGER NOT NULL);
CREATE TABLE legacy_accounts (username TEXT PRIMARY KEY, password TEXT NOT NULL);
CREATE TABLE sessions (token TEXT PRIMARY KEY, username TEXT NOT NULL, last_used REAL NOT NULL);
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY, channel TEXT NOT NULL, recipient TEXT NOT NULL, subject TEXT NOT NULL,
    body TEXT NOT NULL, sent_at TEXT NOT NULL);
"""


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


@dataclass(frozen=True, slots=True)
class SessionUser:
    token: str
    username: str
    role: str
    line_id: str | None
    json: str

    @property
    def is_manager(self) -> bool:
        return self.role in MANAGER_ROLES


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

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "mode": self.mode,
            "count": self.count,
            "pathPrefix": self.pathPrefix,
            "latencyMs": self.latencyMs,
            "retryAfter": self.retryAfter,
        }


@dataclass
class Faults:
    """The stack of injected faults, applied in order to matching requests."""

    items: list[Fault] = field(default_factory=list)
    next_id: int = 1
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, mode: str, count: int, path_prefix: str, latency_ms: int, retry_after: int) -> Fault:
        with self.lock:
            fault = Fault(self.next_id, mode, count, path_prefix, latency_ms, retry_after)
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


class State:
    """Everything the sandbox knows, in one SQLite connection guarded by a lock."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.lock = threading.RLock()
        self.instance = secrets.token_hex(3)
        self._clock_offset = 0.0
        self.demo = generate(config.lines, config.seed, italian_midnight(self.now()))
        self.version = 1
        self._usage_rounds = 0
        self._cache: dict[Any, Any] = {}
        self.faults = Faults()
        self.rate_limiter = RateLimiter(config.rate_per_second, config.burst)
        self.requests: Counter[str] = Counter()
        self._stats_lock = threading.Lock()
        self.db = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
        self.db.executescript(SCHEMA)
        self._load()

    def _load(self) -> None:
        demo = self.demo
        with self.lock, self.db:
            self.db.execute("BEGIN")
            self.db.execute(
                "INSERT INTO company VALUES (?, ?, 1)", (demo.company["id"], _dumps(demo.company))
            )
            self.db.executemany(
                "INSERT INTO lines (seq, id, kind, json, changed) VALUES (?, ?, ?, ?, 1)",
                ((i, line["id"], line["kind"], _dumps(line)) for i, line in enumerate(demo.lines)),
            )
            self.db.executemany(
                "INSERT INTO users VALUES (?, ?, ?, ?, ?, 1)",
                ((u.username, u.password, u.role, u.json["lineId"], _dumps(u.json)) for u in demo.users),
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

    # -- users and sessions -----------------------------------------------------------------------
    @property
    def demo_users(self) -> list[dict]:
        return [{"username": u.username, "password": u.password, "role": u.role} for u in self.demo.users]

    def login(self, username: str, password: str) -> tuple[str, str]:
        """(token, user json) for good credentials; ApiError ERR-AUTH-01 / ERR-AUTH-04 otherwise."""
        with self.lock:
            row = self.db.execute(
                "SELECT password, json FROM users WHERE username = ?", (username,)
            ).fetchone()
            if row is not None and hmac.compare_digest(row[0].encode(), password.encode()):
                token = secrets.token_urlsafe(24)
                self.db.execute("INSERT INTO sessions VALUES (?, ?, ?)", (token, username, self.now()))
                return token, row[1]
            legacy = self.db.execute(
                "SELECT password FROM legacy_accounts WHERE username = ?", (username,)
            ).fetchone()
        if legacy is not None and hmac.compare_digest(legacy[0].encode(), password.encode()):
            raise ApiError(200, "ERR-AUTH-04")
        raise ApiError(200, "ERR-AUTH-01")

    def session(self, token: str | None) -> SessionUser:
        """The user of a live session (its inactivity timer restarts); ApiError 401 otherwise."""
        if not token:
            raise ApiError(401, "ERR-AUTH-02")
        now = self.now()
        with self.lock:
            row = self.db.execute(
                "SELECT s.last_used, u.username, u.role, u.line_id, u.json FROM sessions s "
                "JOIN users u ON u.username = s.username WHERE s.token = ?",
                (token,),
            ).fetchone()
            if row is None:
                raise ApiError(401, "ERR-AUTH-02")
            if now - row[0] > self.config.token_ttl_seconds:
                self.db.execute("DELETE FROM sessions WHERE token = ?", (token,))
                raise ApiError(401, "ERR-AUTH-02")
            self.db.execute("UPDATE sessions SET last_used = ? WHERE token = ?", (max(now, row[0]), token))
        return SessionUser(token, row[1], row[2], row[3], row[4])

    def logout(self, token: str) -> None:
        with self.lock:
            self.db.execute("DELETE FROM sessions WHERE token = ?", (token,))

    def expire_sessions(self) -> int:
        with self.lock:
            return self.db.execute("DELETE FROM sessions").rowcount

    # -- company and lines ------------------------------------------------------------------------
    def company_json(self) -> str:
        with self.lock:
            return self.db.execute("SELECT json FROM company").fetchone()[0]

    def company_changed(self) -> int:
        with self.lock:
            return self.db.execute("SELECT changed FROM company").fetchone()[0]

    def line(self, line_id: str) -> str | None:
        with self.lock:
            row = self.db.execute(
                "SELECT json FROM lines WHERE id = ? AND deleted = 0", (line_id,)
            ).fetchone()
        return None if row is None else row[0]

    def all_lines(self) -> list[str]:
        """Every line's JSON in order, cached per data version."""

        def load() -> list[str]:
            return [r[0] for r in self.db.execute("SELECT json FROM lines WHERE deleted = 0 ORDER BY seq")]

        return self.cached("all-lines", load)

    def visible_lines(self, user: SessionUser) -> list[str]:
        if user.is_manager:
            return self.all_lines()
        own = self.line(user.line_id) if user.line_id else None
        return [own] if own else []

    def may_see_line(self, user: SessionUser, line_id: str) -> bool:
        return user.is_manager or line_id == user.line_id

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
            rows = self.db.execute(
                "SELECT id, json, deleted FROM lines WHERE changed > ? ORDER BY seq", (version,)
            ).fetchall()
            company = self.db.execute("SELECT json FROM company WHERE changed > ?", (version,)).fetchone()
            user_row = self.db.execute(
                "SELECT json FROM users WHERE username = ? AND changed > ?", (user.username, version)
            ).fetchone()
            current = self.version
        rows = [r for r in rows if self.may_see_line(user, r[0])]
        return {
            "version": current,
            "lines": [r[1] for r in rows if not r[2]],
            "deleted": [r[0] for r in rows if r[2]],
            "company": None if company is None else company[0],
            "user": None if user_row is None else user_row[0],
        }

    def simulate_usage(self, count: int) -> list[str]:
        """Traffic on `count` lines (chosen deterministically): counters and credit move, version bumps."""
        with self.lock:
            rows = self.db.execute("SELECT id, json FROM lines WHERE deleted = 0 ORDER BY seq").fetchall()
            count = min(count, len(rows))
            if count <= 0:
                return []
            self._usage_rounds += 1
            rng = random.Random(self.config.seed * 1_000_003 + self._usage_rounds)
            chosen = sorted(rng.sample(range(len(rows)), count))
            version = self._bump()
            stamp = self.now_iso()
            updates = []
            for index in chosen:
                line_id, raw = rows[index]
                line = json.loads(raw)
                _use(line, rng)
                line["version"] += 1
                line["updatedAt"] = stamp
                updates.append((_dumps(line), version, line_id))
            with self.db:
                self.db.execute("BEGIN")
                self.db.executemany("UPDATE lines SET json = ?, changed = ? WHERE id = ?", updates)
            return [u[2] for u in updates]

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
