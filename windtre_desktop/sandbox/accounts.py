"""Accounts in the sandbox (R-01…R-12): users and sessions, registration, OTP/PUK challenges, password
recovery and change, autologin, Telco Managers, Associa SIM, account deletion, idempotent answers."""

from __future__ import annotations

import hmac
import json
import math
import re
import secrets
import sqlite3
import threading
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any

from stdnum.it import codicefiscale, iva

from windtre_desktop.sandbox.contracts import line_secrets
from windtre_desktop.sandbox.messages import ApiError

MANAGER_ROLES = frozenset({"USER_ADMIN", "TELCO_MANAGER"})

ACTIVATION_TTL = 24 * 3600
TEMP_PASSWORD_TTL = 24 * 3600
OTP_TTL = 10 * 60
RESEND_AFTER = 30
OTP_ATTEMPTS = 5
PUK_ATTEMPTS = 3
RECOVERY_BLOCK = 3600
MAX_ASSOCIATED = 2
IDEMPOTENCY_TTL = 24 * 3600
ACTIVATION_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

ACCOUNT_SCHEMA = """
CREATE TABLE users (
    username TEXT PRIMARY KEY, password TEXT, role TEXT NOT NULL, company_id TEXT NOT NULL, line_id TEXT,
    email TEXT NOT NULL, mobile TEXT, created_by TEXT, created_at TEXT NOT NULL,
    temp_password TEXT, temp_expires REAL, json TEXT NOT NULL, changed INTEGER NOT NULL);
CREATE INDEX users_line ON users (line_id);
CREATE TABLE sessions (
    token TEXT PRIMARY KEY, username TEXT NOT NULL, last_used REAL NOT NULL,
    role TEXT, line_id TEXT, must_change INTEGER NOT NULL DEFAULT 0);
CREATE INDEX sessions_user ON sessions (username);
CREATE TABLE contracts (seq INTEGER PRIMARY KEY, vat TEXT NOT NULL UNIQUE, company_id TEXT NOT NULL, json TEXT NOT NULL);
CREATE TABLE registrations (
    id TEXT PRIMARY KEY, vat TEXT NOT NULL, code TEXT NOT NULL, created REAL NOT NULL, used INTEGER NOT NULL);
CREATE TABLE challenges (
    id TEXT PRIMARY KEY, purpose TEXT NOT NULL, username TEXT, line_id TEXT, email TEXT, channel TEXT NOT NULL,
    recipient TEXT, code TEXT, needs_puk INTEGER NOT NULL, attempts INTEGER NOT NULL,
    puk_attempts INTEGER NOT NULL, sent REAL, state TEXT NOT NULL);
CREATE TABLE associations (
    seq INTEGER PRIMARY KEY, owner TEXT NOT NULL, line_id TEXT NOT NULL, associated_at TEXT NOT NULL,
    changed INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0);
CREATE INDEX associations_owner ON associations (owner);
CREATE TABLE idempotency (
    scope TEXT NOT NULL, key TEXT NOT NULL, created REAL NOT NULL, status INTEGER NOT NULL,
    body BLOB NOT NULL, headers TEXT NOT NULL, PRIMARY KEY (scope, key));
CREATE TABLE recovery_blocks (username TEXT PRIMARY KEY, until REAL NOT NULL);
"""


@dataclass(frozen=True, slots=True)
class SessionUser:
    """The user of one session. `role` is the session's (DIPENDENTE for a Responsabile who came in by
    autologin, R-10), `account_role` the account's."""

    token: str
    username: str
    role: str
    line_id: str | None
    json: str
    company_id: str = "C0001"
    account_role: str = ""
    must_change: bool = False

    @property
    def is_manager(self) -> bool:
        return self.role in MANAGER_ROLES

    @property
    def is_responsabile_as_dipendente(self) -> bool:
        return self.role == "DIPENDENTE" and self.account_role in MANAGER_ROLES


# -- field rules (docs/api.md "Field rules") ---------------------------------------------------------------

_PHONE_SEPARATORS = re.compile(r"[\s\-./()]")
_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(\.[^@\s.]+)*\.[A-Za-z]{2,63}")
_USERNAME = re.compile(r"[A-Za-z0-9._-]{4,30}")
_DIGITS = re.compile(r"[0-9]+")
Problem = tuple[str, str, dict]


_UNSEEN = ("Cc", "Cf", "Co", "Cs", "Cn")  # control, format (zero-width, bidi), private, surrogate, unassigned


def name_ok(value: str) -> bool:
    """A person's name: some letters, at most 60 characters, and nothing unseen (NUL, BEL, a zero-width
    space…), which "not blank" alone lets through (issue 16)."""
    text = value.strip()
    return (0 < len(text) <= 60 and any(c.isalpha() for c in text)
            and not any(unicodedata.category(c) in _UNSEEN for c in value))


def normalise_msisdn(value: str) -> str | None:
    """'+39' and the national number of an Italian mobile, in any usual spelling; None if it is not one."""
    text = _PHONE_SEPARATORS.sub("", value or "")
    if text.startswith("+39"):
        text = text[3:]
    elif text.startswith("0039"):
        text = text[4:]
    elif text.startswith("39") and len(text) in (11, 12):
        text = text[2:]
    if _DIGITS.fullmatch(text) and text.startswith("3") and 9 <= len(text) <= 10:
        return "+39" + text
    return None


def normalise_name(value: str) -> str:
    return " ".join(value.split()).casefold()


def password_ok(value: str) -> bool:
    """R-12: length, upper and lower case, digit, symbol."""
    return (
        8 <= len(value) <= 128
        and any(c.isupper() for c in value)
        and any(c.islower() for c in value)
        and any(c in "0123456789" for c in value)
        and any(not c.isalnum() and not c.isspace() for c in value)
    )


def username_ok(value: str) -> bool:
    return bool(_USERNAME.fullmatch(value)) and any(c.isalpha() for c in value)


def check_fields(body: dict[str, Any], today: date | None = None) -> list[Problem]:
    """The field-rule problems of the fields present in `body` (each checked by its name)."""
    problems: list[Problem] = []
    for name, value in body.items():
        if not isinstance(value, str):
            continue
        key = None
        if name == "vatNumber":
            key = None if iva.is_valid(value) else "vat_invalid"
        elif name == "fiscalCode":
            key = (
                None if len(value.strip()) == 16 and codicefiscale.is_valid(value) else "fiscal_code_invalid"
            )
        elif name == "birthDate":
            try:
                born = date.fromisoformat(value)
                key = None if len(value) == 10 and born < (today or date.today()) else "birth_date_invalid"
            except ValueError:
                key = "birth_date_invalid"
        elif name == "email":
            key = None if _EMAIL.fullmatch(value.strip()) and len(value) <= 254 else "email_invalid"
        elif name in ("mobile", "msisdn"):
            key = None if normalise_msisdn(value) else "mobile_invalid"
        elif name in ("firstName", "lastName"):
            key = None if name_ok(value) else "name_invalid"
        elif name == "username":
            key = None if username_ok(value) else "username_invalid"
        elif name in ("password", "newPassword"):
            key = None if password_ok(value) else "password_rules"
        elif name in ("otp", "code"):
            key = None if _DIGITS.fullmatch(value.strip()) and len(value.strip()) == 6 else "otp_invalid"
        elif name == "puk":
            key = None if _DIGITS.fullmatch(value.strip()) and len(value.strip()) == 8 else "puk_invalid"
        if key:
            problems.append((name, key, {}))
    return problems


def require_fields(body: dict[str, Any], today: date | None = None) -> None:
    problems = check_fields(body, today)
    if problems:
        raise ApiError.invalid(problems)


def mask_email(email: str) -> str:
    local, _, domain = email.partition("@")
    shown = local[0] + "***" + local[-1] if len(local) > 2 else local[:1] + "***"
    return f"{shown}@{domain}"


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def user_object(
    username: str, role: str, first: str, last: str, email: str, company_id: str, line_id: str | None
) -> dict:
    return {
        "username": username,
        "role": role,
        "firstName": first,
        "lastName": last,
        "email": email,
        "companyId": company_id,
        "lineId": line_id,
        "mustChangePassword": False,
    }


def _same(secret: str | None, given: str) -> bool:
    return secret is not None and hmac.compare_digest(secret.encode(), given.encode())


class Accounts:
    """The account rules, mixed into sandbox.state.State, which provides `db`, `lock`, `config`, `demo`
    and the methods `now`, `now_iso`, `send` and `_bump`."""

    db: sqlite3.Connection
    lock: threading.RLock
    config: Any
    demo: Any

    def _init_accounts(self) -> None:
        self.network_msisdn: str | None = None

    # -- users and sessions ---------------------------------------------------------------------------
    def _insert_user(
        self,
        user: dict,
        *,
        password: str | None,
        mobile: str | None = None,
        created_by: str | None = None,
        created_at: str,
        temp_password: str | None = None,
        temp_expires: float | None = None,
    ) -> None:
        user = {**user, "mustChangePassword": False}
        self.db.execute(
            "INSERT INTO users VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
            (
                user["username"],
                password,
                user["role"],
                user["companyId"],
                user["lineId"],
                user["email"],
                mobile,
                created_by,
                created_at,
                temp_password,
                temp_expires,
                _dumps(user),
            ),
        )

    @property
    def demo_users(self) -> list[dict]:
        return [{"username": u.username, "password": u.password, "role": u.role} for u in self.demo.users]

    def _open_session(
        self, username: str, *, role: str | None = None, line_id: str | None = None, must_change: bool = False
    ) -> str:
        token = secrets.token_urlsafe(24)
        self.db.execute(
            "INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?)",
            (token, username, self.now(), role, line_id, must_change),
        )
        return token

    @staticmethod
    def _session_json(user_json: str, role: str | None, line_id: str | None, must_change: bool) -> str:
        if role is None and not must_change:
            return user_json
        user = json.loads(user_json)
        if role is not None:
            user["role"], user["lineId"] = role, line_id
        user["mustChangePassword"] = bool(must_change)
        return _dumps(user)

    def login(self, username: str, password: str) -> tuple[str, str]:
        """(token, user json) for good credentials, or a valid temporary password (the session must change
        it, R-08); ApiError ERR-AUTH-01 / ERR-AUTH-04 otherwise."""
        with self.lock:
            row = self.db.execute(
                "SELECT password, temp_password, temp_expires, json FROM users WHERE username = ?",
                (username,),
            ).fetchone()
            if row is not None:
                if _same(row[0], password):
                    return self._open_session(username), row[3]
                if _same(row[1], password) and row[2] is not None and self.now() < row[2]:
                    return self._open_session(username, must_change=True), self._session_json(
                        row[3], None, None, True
                    )
            legacy = self.db.execute(
                "SELECT password FROM legacy_accounts WHERE username = ?", (username,)
            ).fetchone()
        if legacy is not None and _same(legacy[0], password):
            raise ApiError(200, "ERR-AUTH-04")
        raise ApiError(200, "ERR-AUTH-01")

    def session(self, token: str | None) -> SessionUser:
        """The user of a live session (its inactivity timer restarts); ApiError 401 otherwise."""
        if not token:
            raise ApiError(401, "ERR-AUTH-02")
        now = self.now()
        with self.lock:
            row = self.db.execute(
                "SELECT s.last_used, s.role, s.line_id, s.must_change, u.username, u.role, u.line_id, u.json, "
                "u.company_id FROM sessions s JOIN users u ON u.username = s.username WHERE s.token = ?",
                (token,),
            ).fetchone()
            if row is None:
                raise ApiError(401, "ERR-AUTH-02")
            if now - row[0] > self.config.token_ttl_seconds:
                self.db.execute("DELETE FROM sessions WHERE token = ?", (token,))
                raise ApiError(401, "ERR-AUTH-02")
            self.db.execute("UPDATE sessions SET last_used = ? WHERE token = ?", (max(now, row[0]), token))
        last_used, role, line_id, must_change, username, account_role, own_line, user_json, company = row
        return SessionUser(
            token,
            username,
            role or account_role,
            line_id if role else own_line,
            self._session_json(user_json, role, line_id, bool(must_change)),
            company,
            account_role,
            bool(must_change),
        )

    def logout(self, token: str) -> None:
        with self.lock:
            self.db.execute("DELETE FROM sessions WHERE token = ?", (token,))

    def expire_sessions(self) -> int:
        with self.lock:
            return self.db.execute("DELETE FROM sessions").rowcount

    def _username_taken(self, username: str) -> bool:
        return any(
            self.db.execute(f"SELECT 1 FROM {table} WHERE username = ?", (username,)).fetchone()
            for table in ("users", "legacy_accounts")
        )

    # -- User Admin registration (R-01, R-02) ------------------------------------------------------------
    def _contract(self, vat: str) -> dict | None:
        row = self.db.execute("SELECT json FROM contracts WHERE vat = ?", (vat,)).fetchone()
        return None if row is None else json.loads(row[0])

    def _user_admin(self, company_id: str) -> str | None:
        row = self.db.execute(
            "SELECT username FROM users WHERE company_id = ? AND role = 'USER_ADMIN'", (company_id,)
        ).fetchone()
        return None if row is None else row[0]

    def register_admin(self, body: dict) -> dict:
        require_fields(body, date.fromtimestamp(self.now()))
        vat = iva.compact(body["vatNumber"])
        with self.lock:
            record = self._contract(vat)
            matches = record is not None and all(
                (
                    normalise_name(body["firstName"]) == normalise_name(record["firstName"]),
                    normalise_name(body["lastName"]) == normalise_name(record["lastName"]),
                    body["email"].strip().casefold() == record["email"].casefold(),
                    normalise_msisdn(body["mobile"]) == record["mobile"],
                    body["birthDate"] == record["birthDate"],
                    codicefiscale.compact(body["fiscalCode"]) == record["fiscalCode"],
                )
            )
            # the answer never tells which field differs
            if not matches or record is None:
                raise ApiError(200, "ERR-REG-01")
            if self._user_admin(record["companyId"]) is not None:
                raise ApiError(200, "ERR-REG-02")
            self.db.execute("DELETE FROM registrations WHERE vat = ? AND used = 0", (vat,))
            registration_id = "R" + secrets.token_hex(8)
            code = "".join(secrets.choice(ACTIVATION_ALPHABET) for _ in range(6))
            self.db.execute(
                "INSERT INTO registrations VALUES (?, ?, ?, ?, 0)", (registration_id, vat, code, self.now())
            )
        self.send(
            "email",
            record["email"],
            "WINDTRE Business: attiva il tuo User Admin",
            f"Gentile {record['firstName']} {record['lastName']},\n"
            f"per completare la registrazione dello User Admin di {record['companyName']} "
            f"(P.IVA {vat}) scegli username e password e inserisci il codice qui sotto entro 24 ore.\n\n"
            f"Codice di attivazione: {code}\n",
        )
        return {"registrationId": registration_id, "emailMasked": mask_email(record["email"])}

    def activate_admin(self, body: dict) -> str:
        require_fields({"username": body["username"], "password": body["password"]})
        given = re.sub(r"\s", "", body["activationCode"]).upper()
        with self.lock:
            row = self.db.execute(
                "SELECT vat, code, created, used FROM registrations WHERE id = ?", (body["registrationId"],)
            ).fetchone()
            if row is None or row[3] or not _same(row[1], given):
                raise ApiError(200, "ERR-REG-03")
            if self.now() - row[2] > ACTIVATION_TTL:
                raise ApiError(200, "ERR-REG-04")
            record = self._contract(row[0])
            if record is None or self._user_admin(record["companyId"]) is not None:
                raise ApiError(200, "ERR-REG-02")
            username = body["username"]
            if self._username_taken(username):
                raise ApiError.invalid([("username", "username_taken", {"username": username})])
            user = user_object(
                username,
                "USER_ADMIN",
                record["firstName"],
                record["lastName"],
                record["email"],
                record["companyId"],
                None,
            )
            self._insert_user(
                user, password=body["password"], mobile=record["mobile"], created_at=self.now_iso()
            )
            self.db.execute("UPDATE registrations SET used = 1 WHERE id = ?", (body["registrationId"],))
        return _dumps(user)

    # -- OTP / PUK challenges (R-04, R-08) -------------------------------------------------------------
    def _line_by_msisdn(self, msisdn: str | None) -> tuple | None:
        if msisdn is None:
            return None
        return self.db.execute(
            "SELECT id, company_id, kind, data_only, json FROM lines WHERE msisdn = ? AND deleted = 0",
            (msisdn,),
        ).fetchone()

    def _line_account(self, line_id: str) -> str | None:
        row = self.db.execute(
            "SELECT username FROM users WHERE line_id = ? AND role = 'DIPENDENTE'", (line_id,)
        ).fetchone()
        return None if row is None else row[0]

    def _new_challenge(
        self,
        purpose: str,
        *,
        username: str | None,
        line_id: str | None,
        email: str | None,
        channel: str,
        recipient: str | None,
        needs_puk: bool,
    ) -> str:
        challenge_id = "K" + secrets.token_hex(8)
        self.db.execute(
            "INSERT INTO challenges VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, NULL, 'open')",
            (
                challenge_id,
                purpose,
                username,
                line_id,
                email,
                channel,
                recipient,
                needs_puk,
                OTP_ATTEMPTS,
                PUK_ATTEMPTS,
            ),
        )
        if not needs_puk:
            self._send_code(challenge_id)
        return challenge_id

    def _send_code(self, challenge_id: str) -> None:
        purpose, channel, recipient = self.db.execute(
            "SELECT purpose, channel, recipient FROM challenges WHERE id = ?", (challenge_id,)
        ).fetchone()
        # a challenge for an unknown username (no enumeration, R-08) has no recipient: it never gets a code
        code = f"{secrets.randbelow(10**6):06d}" if recipient else None
        self.db.execute(
            "UPDATE challenges SET code = ?, sent = ? WHERE id = ?", (code, self.now(), challenge_id)
        )
        if recipient is None:
            return
        if purpose == "register":
            subject, label = "WINDTRE Business: codice di verifica", "Codice di verifica"
            what = "per creare il tuo account dipendente"
        else:
            subject, label = "WINDTRE Business: recupero password", "Codice di controllo"
            what = "per scegliere una nuova password"
        self.send(channel, recipient, subject, f"{label}: {code} — {what}. Vale 10 minuti. Non condividerlo.")

    def _challenge(self, challenge_id: str, purpose: str) -> dict:
        row = self.db.execute(
            "SELECT id, username, line_id, email, channel, recipient, code, needs_puk, attempts, puk_attempts, "
            "sent, state FROM challenges WHERE id = ? AND purpose = ?",
            (challenge_id, purpose),
        ).fetchone()
        if row is None or row[11] != "open":
            raise ApiError(200, "ERR-OTP-04")
        keys = (
            "id",
            "username",
            "line_id",
            "email",
            "channel",
            "recipient",
            "code",
            "needs_puk",
            "attempts",
            "puk_attempts",
            "sent",
            "state",
        )
        return dict(zip(keys, row, strict=True))

    def _kill(self, challenge: dict, purpose: str) -> ApiError:
        self.db.execute("UPDATE challenges SET state = 'dead' WHERE id = ?", (challenge["id"],))
        if purpose == "recovery" and challenge["username"]:
            self.db.execute(
                "INSERT OR REPLACE INTO recovery_blocks VALUES (?, ?)",
                (challenge["username"], self.now() + RECOVERY_BLOCK),
            )
        return ApiError(200, "ERR-OTP-04")

    def _check_code(self, challenge_id: str, purpose: str, given: str) -> dict:
        """The open challenge whose code is `given`; else ERR-OTP-06 / -02 / -01 / -04 (a wrong code counts)."""
        challenge = self._challenge(challenge_id, purpose)
        if challenge["needs_puk"]:
            raise ApiError(200, "ERR-OTP-06")
        if challenge["sent"] is None or self.now() - challenge["sent"] > OTP_TTL:
            raise ApiError(200, "ERR-OTP-02")
        if not _same(challenge["code"], given.strip()):
            left = challenge["attempts"] - 1
            self.db.execute("UPDATE challenges SET attempts = ? WHERE id = ?", (left, challenge_id))
            if left <= 0:
                raise self._kill(challenge, purpose)
            raise ApiError(200, "ERR-OTP-01", data={"attemptsLeft": left}, attemptsLeft=left)
        return challenge

    def _challenge_answer(self, challenge_id: str) -> dict:
        channel, needs_puk = self.db.execute(
            "SELECT channel, needs_puk FROM challenges WHERE id = ?", (challenge_id,)
        ).fetchone()
        return {
            "challengeId": challenge_id,
            "channel": channel,
            "needsPuk": bool(needs_puk),
            "resendAfter": None if needs_puk else RESEND_AFTER,
        }

    def resend_code(self, challenge_id: str, purpose: str) -> dict:
        with self.lock:
            challenge = self._challenge(challenge_id, purpose)
            if challenge["needs_puk"]:
                raise ApiError(200, "ERR-OTP-06")
            wait = RESEND_AFTER - (self.now() - (challenge["sent"] or 0))
            if wait > 0:
                seconds = max(1, math.ceil(wait))
                raise ApiError(
                    429,
                    "ERR-OTP-03",
                    headers={"Retry-After": str(seconds)},
                    data={"resendAfter": seconds},
                    seconds=seconds,
                )
            self._send_code(challenge_id)
            return self._challenge_answer(challenge_id)

    # -- Dipendente registration (R-04) ----------------------------------------------------------------
    def register_employee(self, body: dict) -> dict:
        require_fields(body)
        msisdn = normalise_msisdn(body["msisdn"])
        with self.lock:
            line = self._line_by_msisdn(msisdn)
            if line is None or line[2] != "mobile":
                raise ApiError(200, "ERR-REG-05", msisdn=msisdn)
            if self._line_account(line[0]) is not None:
                raise ApiError(200, "ERR-REG-06", msisdn=msisdn)
            email = body["email"].strip()
            data_only = bool(line[3])
            self._hold_resend_to_line(line[0])
            challenge_id = self._new_challenge(
                "register",
                username=None,
                line_id=line[0],
                email=email,
                channel="email" if data_only else "sms",
                recipient=email if data_only else msisdn,
                needs_puk=data_only,
            )
            return self._challenge_answer(challenge_id)

    def _hold_resend_to_line(self, line_id: str) -> None:
        """One code to a line each RESEND_AFTER seconds, whichever request (and Idempotency-Key) asks: 429
        ERR-OTP-03 with Retry-After otherwise. An idempotent repeat of the same request is answered before
        this, from its stored answer."""
        (last,) = self.db.execute(
            "SELECT MAX(sent) FROM challenges WHERE purpose = 'register' AND line_id = ?", (line_id,)
        ).fetchone()
        wait = RESEND_AFTER - (self.now() - last) if last is not None else 0
        if wait > 0:
            seconds = max(1, math.ceil(wait))
            raise ApiError(429, "ERR-OTP-03", headers={"Retry-After": str(seconds)}, data={"resendAfter": seconds},
                           seconds=seconds)

    def verify_puk(self, body: dict) -> dict:
        require_fields({"puk": body["puk"]})
        with self.lock:
            challenge = self._challenge(body["challengeId"], "register")
            if not challenge["needs_puk"]:
                raise ApiError.invalid([("challengeId", "puk_not_needed", {})])
            if not _same(line_secrets(self.config.seed, challenge["line_id"])["puk"], body["puk"].strip()):
                left = challenge["puk_attempts"] - 1
                self.db.execute(
                    "UPDATE challenges SET puk_attempts = ? WHERE id = ?", (left, challenge["id"])
                )
                if left <= 0:
                    raise self._kill(challenge, "register")
                raise ApiError(200, "ERR-OTP-05", data={"attemptsLeft": left}, attemptsLeft=left)
            self.db.execute("UPDATE challenges SET needs_puk = 0 WHERE id = ?", (challenge["id"],))
            self._send_code(challenge["id"])
            return self._challenge_answer(challenge["id"])

    def verify_employee(self, body: dict) -> str:
        require_fields({"otp": body["otp"], "password": body["password"]})
        with self.lock:
            challenge = self._check_code(body["challengeId"], "register", body["otp"])
            line_id = challenge["line_id"]
            msisdn, company_id, line_json = self.db.execute(
                "SELECT msisdn, company_id, json FROM lines WHERE id = ?", (line_id,)
            ).fetchone()
            username = msisdn[3:]
            if self._line_account(line_id) is not None or self._username_taken(username):
                raise ApiError(200, "ERR-REG-06", msisdn=msisdn)
            first, _, last = json.loads(line_json)["holder"].partition(" ")
            user = user_object(username, "DIPENDENTE", first, last, challenge["email"], company_id, line_id)
            self._insert_user(user, password=body["password"], mobile=msisdn, created_at=self.now_iso())
            self.db.execute("UPDATE challenges SET state = 'done' WHERE id = ?", (challenge["id"],))
        return _dumps(user)

    # -- password recovery and change (R-08, R-09) ------------------------------------------------------
    def recover_password(self, username: str) -> dict:
        given = username.strip()
        if normalise_msisdn(given) and not username_ok(given):
            given = normalise_msisdn(given)[3:]
        temporary = {
            "challengeId": None,
            "variant": "temporaryPassword",
            "channel": "email",
            "resendAfter": None,
        }
        with self.lock:
            blocked = self.db.execute(
                "SELECT until FROM recovery_blocks WHERE username = ?", (given,)
            ).fetchone()
            if blocked is not None and blocked[0] > self.now():
                raise ApiError(200, "ERR-REC-01")
            row = self.db.execute(
                "SELECT role, email, line_id FROM users WHERE username = ?", (given,)
            ).fetchone()
            if row is None:
                if not given.isdigit():
                    return temporary  # nothing sent: no account enumeration
                challenge_id = self._new_challenge(
                    "recovery",
                    username=given,
                    line_id=None,
                    email=None,
                    channel="sms",
                    recipient=None,
                    needs_puk=False,
                )
                return self._recovery_answer(challenge_id)
            role, email, line_id = row
            if role == "TELCO_MANAGER":
                raise ApiError(200, "ERR-REC-02")
            if role == "USER_ADMIN":
                password = f"{secrets.randbelow(10**8):08d}"
                self.db.execute(
                    "UPDATE users SET temp_password = ?, temp_expires = ? WHERE username = ?",
                    (password, self.now() + TEMP_PASSWORD_TTL, given),
                )
                self._send_temporary_password(email, given, password)
                return temporary
            msisdn, data_only = self.db.execute(
                "SELECT msisdn, data_only FROM lines WHERE id = ?", (line_id,)
            ).fetchone()
            challenge_id = self._new_challenge(
                "recovery",
                username=given,
                line_id=line_id,
                email=email,
                channel="email" if data_only else "sms",
                recipient=email if data_only else msisdn,
                needs_puk=False,
            )
            return self._recovery_answer(challenge_id)

    def _recovery_answer(self, challenge_id: str) -> dict:
        answer = self._challenge_answer(challenge_id)
        return {
            "challengeId": challenge_id,
            "variant": "code",
            "channel": answer["channel"],
            "resendAfter": RESEND_AFTER,
        }

    def resend_recovery(self, challenge_id: str) -> dict:
        self.resend_code(challenge_id, "recovery")
        with self.lock:
            return self._recovery_answer(challenge_id)

    def _send_temporary_password(self, email: str, username: str, password: str) -> None:
        self.send(
            "email",
            email,
            "WINDTRE Business: password temporanea",
            f"Username: {username}\nPassword temporanea: {password}\n"
            "Vale 24 ore. Al primo accesso ti chiederemo di scegliere una nuova password.",
        )

    def confirm_recovery(self, body: dict) -> dict:
        require_fields({"code": body["code"], "newPassword": body["newPassword"]})
        with self.lock:
            challenge = self._check_code(body["challengeId"], "recovery", body["code"])
            username = challenge["username"]
            updated = self.db.execute(
                "UPDATE users SET password = ?, temp_password = NULL, temp_expires = NULL WHERE username = ?",
                (body["newPassword"], username),
            ).rowcount
            self.db.execute("UPDATE challenges SET state = 'done' WHERE id = ?", (challenge["id"],))
            if not updated:  # the account was deleted meanwhile
                raise ApiError(200, "ERR-OTP-04")
            self.db.execute("DELETE FROM sessions WHERE username = ?", (username,))
        return {"username": username}

    def change_password(self, user: SessionUser, old: str, new: str) -> str:
        require_fields({"newPassword": new})
        with self.lock:
            password, temp, expires, user_json = self.db.execute(
                "SELECT password, temp_password, temp_expires, json FROM users WHERE username = ?",
                (user.username,),
            ).fetchone()
            if not (
                _same(password, old) or (_same(temp, old) and expires is not None and self.now() < expires)
            ):
                raise ApiError.invalid([("oldPassword", "old_password_wrong", {})])
            if new == old:
                raise ApiError.invalid([("newPassword", "password_same", {})])
            self.db.execute(
                "UPDATE users SET password = ?, temp_password = NULL, temp_expires = NULL WHERE username = ?",
                (new, user.username),
            )
            self.db.execute(
                "DELETE FROM sessions WHERE username = ? AND token != ?", (user.username, user.token)
            )
            self.db.execute("UPDATE sessions SET must_change = 0 WHERE token = ?", (user.token,))
        return user_json

    # -- autologin (R-10) ---------------------------------------------------------------------------------
    def login_network(self) -> tuple[str, str]:
        msisdn = self.network_msisdn
        if msisdn is None:
            raise ApiError(200, "ERR-AUTH-06")
        with self.lock:
            line = self._line_by_msisdn(msisdn)
            if line is not None and line[2] == "mobile":
                line_id, company_id = line[0], line[1]
                own = self._line_account(line_id)
                if own is not None:
                    user_json = self.db.execute(
                        "SELECT json FROM users WHERE username = ?", (own,)
                    ).fetchone()[0]
                    return self._open_session(own), user_json
                responsabile = self.db.execute(
                    "SELECT username, json FROM users WHERE mobile = ? AND company_id = ? "
                    "AND role IN ('USER_ADMIN', 'TELCO_MANAGER') ORDER BY username",
                    (msisdn, company_id),
                ).fetchone()
                if responsabile is not None:
                    token = self._open_session(responsabile[0], role="DIPENDENTE", line_id=line_id)
                    return token, self._session_json(responsabile[1], "DIPENDENTE", line_id, False)
        raise ApiError(200, "ERR-AUTH-07", msisdn=msisdn)

    # -- Telco Managers (R-03) ---------------------------------------------------------------------------
    _TELCO_COLUMNS = "username, json, email, mobile, created_by, created_at"

    @staticmethod
    def _telco_manager(row: tuple) -> dict:
        username, user_json, email, mobile, created_by, created_at = row
        user = json.loads(user_json)
        return {
            "username": username,
            "firstName": user["firstName"],
            "lastName": user["lastName"],
            "email": email,
            "mobile": mobile,
            "createdBy": created_by,
            "createdAt": created_at,
        }

    def telco_managers(self, user: SessionUser) -> list[dict]:
        with self.lock:
            rows = self.db.execute(
                f"SELECT {self._TELCO_COLUMNS} FROM users WHERE company_id = ? AND role = 'TELCO_MANAGER' "
                "ORDER BY username",
                (user.company_id,),
            ).fetchall()
        return [self._telco_manager(row) for row in rows]

    def create_telco_manager(self, user: SessionUser, body: dict) -> dict:
        require_fields(body)
        username = body["username"]
        with self.lock:
            if self._username_taken(username):
                raise ApiError.invalid([("username", "username_taken", {"username": username})])
            password = f"{secrets.randbelow(10**8):08d}"
            manager = user_object(
                username,
                "TELCO_MANAGER",
                body["firstName"].strip(),
                body["lastName"].strip(),
                body["email"].strip(),
                user.company_id,
                None,
            )
            self._insert_user(
                manager,
                password=None,
                mobile=normalise_msisdn(body["mobile"]),
                created_by=user.username,
                created_at=self.now_iso(),
                temp_password=password,
                temp_expires=self.now() + TEMP_PASSWORD_TTL,
            )
            row = self.db.execute(
                f"SELECT {self._TELCO_COLUMNS} FROM users WHERE username = ?", (username,)
            ).fetchone()
        self._send_temporary_password(manager["email"], username, password)
        return self._telco_manager(row)

    def delete_telco_manager(self, user: SessionUser, username: str) -> None:
        with self.lock:
            row = self.db.execute(
                "SELECT created_by FROM users WHERE username = ? AND role = 'TELCO_MANAGER'", (username,)
            ).fetchone()
            if row is None:
                raise ApiError(404, "ERR-VAL-01", field="username", key="telco_not_found", username=username)
            if row[0] != user.username:  # only its creator
                raise ApiError(403, "ERR-AUTH-03", key="not_creator", username=username)
            self._delete_account(username)

    def _delete_account(self, username: str) -> None:
        self.db.execute("DELETE FROM users WHERE username = ?", (username,))
        self.db.execute("DELETE FROM sessions WHERE username = ?", (username,))
        self.db.execute("DELETE FROM associations WHERE owner = ?", (username,))

    # -- Associa SIM and account deletion (R-11) ---------------------------------------------------
    def my_sims(self, user: SessionUser) -> dict:
        with self.lock:
            sims = []
            if user.line_id:
                msisdn = self.db.execute("SELECT msisdn FROM lines WHERE id = ?", (user.line_id,)).fetchone()[
                    0
                ]
                sims.append({"lineId": user.line_id, "msisdn": msisdn, "own": True, "associatedAt": None})
            if user.account_role == "DIPENDENTE":
                rows = self.db.execute(
                    "SELECT a.line_id, l.msisdn, a.associated_at FROM associations a JOIN lines l ON l.id = a.line_id "
                    "WHERE a.owner = ? AND a.deleted = 0 ORDER BY a.seq",
                    (user.username,),
                ).fetchall()
                sims += [{"lineId": r[0], "msisdn": r[1], "own": False, "associatedAt": r[2]} for r in rows]
        return {"sims": sims, "maxAssociated": MAX_ASSOCIATED}

    def associate_sim(self, user: SessionUser, msisdn_text: str) -> dict:
        require_fields({"msisdn": msisdn_text})
        msisdn = normalise_msisdn(msisdn_text)
        with self.lock:
            count = self.db.execute(
                "SELECT COUNT(*) FROM associations WHERE owner = ? AND deleted = 0", (user.username,)
            ).fetchone()[0]
            if count >= MAX_ASSOCIATED:
                raise ApiError(409, "ERR-SIM-01")
            line = self._line_by_msisdn(msisdn)
            if line is None or line[2] != "mobile" or line[1] != user.company_id:
                raise ApiError(409, "ERR-SIM-02")
            taken = (
                self._line_account(line[0]) is not None
                or self.db.execute(
                    "SELECT 1 FROM associations WHERE line_id = ? AND deleted = 0", (line[0],)
                ).fetchone()
            )
            if taken:
                raise ApiError(409, "ERR-SIM-03", msisdn=msisdn)
            version = self._bump()
            self.db.execute(
                "INSERT INTO associations (owner, line_id, associated_at, changed) VALUES (?, ?, ?, ?)",
                (user.username, line[0], self.now_iso(), version),
            )
            self.sim_association_changed(user, "associated", line[0])  # type: ignore[attr-defined] # R-62
        return self.my_sims(user)

    def dissociate_sim(self, user: SessionUser, msisdn_text: str) -> dict:
        msisdn = normalise_msisdn(msisdn_text) or msisdn_text
        with self.lock:
            row = self.db.execute(
                "SELECT a.seq, a.line_id FROM associations a JOIN lines l ON l.id = a.line_id "
                "WHERE a.owner = ? AND a.deleted = 0 AND l.msisdn = ?",
                (user.username, msisdn),
            ).fetchone()
            if row is None:
                raise ApiError(404, "ERR-VAL-01", field="msisdn", key="sim_not_associated", msisdn=msisdn)
            version = self._bump()
            self.db.execute(
                "UPDATE associations SET deleted = 1, changed = ? WHERE seq = ?", (version, row[0])
            )
            self.sim_association_changed(user, "dissociated", row[1])  # type: ignore[attr-defined] # R-62
        return self.my_sims(user)

    def delete_account(self, user: SessionUser) -> None:
        with self.lock:
            for (line_id,) in self.db.execute(
                "SELECT line_id FROM associations WHERE owner = ? AND deleted = 0 ORDER BY seq", (user.username,)
            ).fetchall():
                self.sim_association_changed(user, "dissociated", line_id)  # type: ignore[attr-defined] # R-62
            self._delete_account(user.username)

    # -- idempotent answers -----------------------------------------------------------------------------
    def idempotent_answer(self, scope: str, key: str) -> tuple[int, bytes, dict] | None:
        with self.lock:
            self.db.execute("DELETE FROM idempotency WHERE created < ?", (self.now() - IDEMPOTENCY_TTL,))
            row = self.db.execute(
                "SELECT status, body, headers FROM idempotency WHERE scope = ? AND key = ?", (scope, key)
            ).fetchone()
        return None if row is None else (row[0], bytes(row[1]), json.loads(row[2]))

    def remember_answer(self, scope: str, key: str, status: int, body: bytes, headers: dict) -> None:
        with self.lock:
            self.db.execute(
                "INSERT OR IGNORE INTO idempotency VALUES (?, ?, ?, ?, ?, ?)",
                (scope, key, self.now(), status, body, _dumps(headers)),
            )

    # -- sandbox-only views ---------------------------------------------------------------------------------
    def contracts(self) -> list[dict]:
        with self.lock:
            rows = self.db.execute("SELECT json, company_id FROM contracts ORDER BY seq").fetchall()
            return [{**json.loads(r[0]), "userAdmin": self._user_admin(r[1])} for r in rows]

    def sandbox_lines(
        self, company_id: str | None, kind: str | None, data_only: bool | None, free: bool, limit: int
    ) -> list[dict]:
        sql = (
            "SELECT l.id, l.msisdn, l.company_id, l.kind, l.data_only, u.username, a.owner, "
            "(SELECT MIN(r.username) FROM users r WHERE r.mobile = l.msisdn AND r.company_id = l.company_id "
            "AND r.role IN ('USER_ADMIN', 'TELCO_MANAGER')) FROM lines l "
            "LEFT JOIN users u ON u.line_id = l.id AND u.role = 'DIPENDENTE' "
            "LEFT JOIN associations a ON a.line_id = l.id AND a.deleted = 0 WHERE l.deleted = 0"
        )
        params: list[Any] = []
        for column, value in (("l.company_id", company_id), ("l.kind", kind), ("l.data_only", data_only)):
            if value is not None:
                sql += f" AND {column} = ?"
                params.append(value)
        sql += " ORDER BY l.seq"
        with self.lock:
            rows = self.db.execute(sql, params).fetchall()
        keys = ("id", "msisdn", "companyId", "kind", "dataOnly", "account", "associatedTo", "responsabile")
        lines = [{**dict(zip(keys, row, strict=True)), "dataOnly": bool(row[4])} for row in rows]
        if free:
            lines = [x for x in lines if not (x["account"] or x["associatedTo"] or x["responsabile"])]
        return lines[:limit]

    def secrets(self, line_id: str) -> dict | None:
        with self.lock:
            row = self.db.execute("SELECT msisdn FROM lines WHERE id = ?", (line_id,)).fetchone()
        if row is None:
            return None
        return {"lineId": line_id, "msisdn": row[0], **line_secrets(self.config.seed, line_id)}
