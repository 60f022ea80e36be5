"""Line activations, the SIM association history and promotions in the sandbox (R-61, R-62, R-63).

Nothing is made at start-up: a company's activations, association history and promotions are made from the
seed the first time anyone needs them. Activation stages follow the sandbox clock: a clock hook (and a catch-up
on every read) reaches each stage once, stamped with the time it was due, and sends its event and its
"Tienimi aggiornato" message.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from windtre_desktop.domain.validators import check_email, normalise_email
from windtre_desktop.domain.validators import normalise_msisdn as normalise_mobile
from windtre_desktop.sandbox.accounts import SessionUser
from windtre_desktop.sandbox.demo_data import FIXED_OFFERS, FIXED_PREFIXES, iso_time
from windtre_desktop.sandbox.demo_data import seeded_rng as _rng
from windtre_desktop.sandbox.messages import MESSAGES, ApiError

DEMO_COMPANY = "C0001"
DAY = 86400
# the stages of a fixed line's activation and the progress (percent) at which each is reached
STAGES = (
    ("received", 0),
    ("feasibility", 20),
    ("scheduled", 40),
    ("installation", 60),
    ("testing", 80),
    ("active", 100),
)
STAGE_WORDS = {  # the outbox texts are always in Italian (docs/api.md "Sandbox-only endpoints")
    "received": "Richiesta ricevuta",
    "feasibility": "Verifica di fattibilità",
    "scheduled": "Intervento pianificato",
    "installation": "Installazione",
    "testing": "Collaudo",
    "active": "Linea attiva",
}
CHANNELS = ("sms", "email", "none")
LINES_PER_ACTIVATION = 100
LINES_PER_SIM_EVENT = 25
ACTIVATION_NUMBER = "1928"
# kind, name, description, which lines it suits
PROMOTION_TEMPLATES = (
    ("data", "Giga Extra Data SIM", "50 Giga in più al mese per 3 mesi sulle SIM solo dati.", "data_only"),
    ("voice", "Minuti Europa", "500 minuti al mese verso i numeri dell'Unione Europea.", "voice"),
    ("roaming", "Roaming USA e Canada", "5 Giga e 100 minuti al mese in USA e Canada a 9 € al mese.", "voice"),
    ("device", "Smartphone a rate zero", "Uno smartphone 5G a 0 € di anticipo, 30 rate sulla linea.", "postpaid"),
    ("data", "Giga Raddoppiati", "I Giga della tua offerta raddoppiano per 6 mesi.", "voice"),
    ("roaming", "Weekend nel mondo", "Internet in roaming nel fine settimana a 3 € al giorno.", "voice"),
    ("device", "Tablet per il team", "Un tablet con SIM dati a 5 € al mese per 24 mesi.", "data_only"),
)

# the sites where new fixed lines are being installed: city, province, CAP, street
SITES = (
    ("Milano", "MI", "20124", "Via Vittor Pisani"),
    ("Milano", "MI", "20144", "Via Tortona"),
    ("Roma", "RM", "00187", "Via del Tritone"),
    ("Torino", "TO", "10123", "Via Roma"),
    ("Bologna", "BO", "40121", "Via dell'Indipendenza"),
    ("Napoli", "NA", "80133", "Via Toledo"),
    ("Firenze", "FI", "50123", "Via de' Cerretani"),
    ("Verona", "VR", "37121", "Corso Porta Nuova"),
    ("Bari", "BA", "70122", "Via Sparano"),
)

ACTIVATION_SCHEMA = """
CREATE TABLE activations_ready (company_id TEXT PRIMARY KEY);
CREATE TABLE activations (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, company_id TEXT NOT NULL, msisdn TEXT NOT NULL,
    address TEXT NOT NULL, offer_code TEXT NOT NULL, offer_name TEXT NOT NULL, requested REAL NOT NULL,
    expected REAL NOT NULL, reached TEXT NOT NULL, keep_channel TEXT, keep_to TEXT, done INTEGER NOT NULL);
CREATE INDEX activations_company ON activations (company_id, done);
CREATE TABLE sim_history_ready (company_id TEXT PRIMARY KEY);
CREATE TABLE sim_history (
    seq INTEGER PRIMARY KEY, company_id TEXT NOT NULL, at REAL NOT NULL, action TEXT NOT NULL,
    line_id TEXT NOT NULL, msisdn TEXT NOT NULL, employee TEXT NOT NULL, employee_name TEXT NOT NULL);
CREATE INDEX sim_history_company ON sim_history (company_id, at);
CREATE TABLE promotions (
    company_id TEXT NOT NULL, seq INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (company_id, seq));
CREATE TABLE promotions_ready (company_id TEXT PRIMARY KEY);
"""

MESSAGES.update(  # this part's variants of ERR-VAL-01 (kept here so the shared table is not edited)
    {
        "activation_not_found": {
            "it": "Attivazione {activationId} non trovata o già completata.",
            "en": "Activation {activationId} not found or already completed.",
        },
        "keep_channel": {
            "it": "Il campo «channel» deve essere sms, email o none.",
            "en": "The field “channel” must be sms, email or none.",
        },
        "keep_to_sms": {
            "it": "Il campo «to» deve essere un numero di cellulare italiano, ad esempio +39 347 123 4567.",
            "en": "The field “to” must be an Italian mobile number, e.g. +39 347 123 4567.",
        },
        "keep_to_email": {
            "it": "Il campo «to» deve essere un indirizzo email valido, ad esempio nome@azienda.it.",
            "en": "The field “to” must be a valid email address, e.g. name@company.it.",
        },
    }
)


def activation_count(line_count: int) -> int:
    return max(2, line_count // LINES_PER_ACTIVATION)


def _due(requested: float, expected: float, percent: int) -> float:
    return requested + (expected - requested) * percent / 100


def _progress(requested: float, expected: float, now: float) -> int:
    if now >= expected:
        return 100
    return max(0, min(100, int((now - requested) * 100 // (expected - requested))))


def _day(text: str | None, field: str) -> date | None:
    if text is None or text == "":
        return None
    try:
        if len(text) != 10:
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise ApiError(400, "ERR-VAL-01", field=field, key="date_invalid") from None


class Activations:
    """The activations part of the sandbox's State (a mixin: uses its db, lock, clock, outbox and events)."""

    db: Any
    lock: Any
    config: Any

    def _init_activations(self) -> None:
        self._activations_start = self.now()  # type: ignore[attr-defined]
        self.clock_hooks.append(self.activations_catch_up)  # type: ignore[attr-defined]

    # -- activations (R-61) -------------------------------------------------------------------------------
    def _ensure_activations(self, company_id: str) -> None:
        with self.lock:
            if self.db.execute("SELECT 1 FROM activations_ready WHERE company_id = ?", (company_id,)).fetchone():
                return
            rows = []
            if company_id == DEMO_COMPANY:
                (line_count,) = self.db.execute(
                    "SELECT COUNT(*) FROM lines WHERE company_id = ? AND deleted = 0", (company_id,)
                ).fetchone()
                taken = {r[0] for r in self.db.execute("SELECT msisdn FROM lines")}
                rows = _generate_activations(self.config.seed, company_id, line_count, self._activations_start,
                                             taken)
            with self.db:
                self.db.execute("BEGIN")
                self.db.executemany(
                    "INSERT INTO activations (id, company_id, msisdn, address, offer_code, offer_name, requested, "
                    "expected, reached, keep_channel, keep_to, done) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)",
                    rows,
                )
                self.db.execute("INSERT INTO activations_ready VALUES (?)", (company_id,))
        self.activations_catch_up()

    def activations_catch_up(self) -> None:
        """Reach every stage now due and not yet reached, in the order they fell due, each once: its time
        is the time it was due; every stage after `received` gives a `fixed_activation` event and, when
        the activation's "Tienimi aggiornato" is on, one message."""
        with self.lock:
            now = self.now()  # type: ignore[attr-defined]
            rows = self.db.execute(
                "SELECT id, company_id, msisdn, requested, expected, reached, keep_channel, keep_to "
                "FROM activations WHERE done = 0"
            ).fetchall()
            due: list[tuple[float, int, tuple, str, int]] = []
            for row in rows:
                requested, expected, reached = row[3], row[4], json.loads(row[5])
                for index, (code, percent) in enumerate(STAGES):
                    if code not in reached and (now - requested) * 100 >= percent * (expected - requested):
                        due.append((_due(requested, expected, percent), index, row, code, percent))
            if not due:
                return
            reached_by_id = {row[0]: json.loads(row[5]) for row in rows}
            for at, _, row, code, percent in sorted(due, key=lambda d: (d[0], d[1], d[2][0])):
                activation_id, company_id, msisdn, _, _, _, channel, to = row
                reached_by_id[activation_id][code] = iso_time(at)
                self.db.execute(
                    "UPDATE activations SET reached = ?, done = ? WHERE id = ?",
                    (json.dumps(reached_by_id[activation_id]), int(code == "active"), activation_id),
                )
                if code == "received":
                    continue
                self.add_notification(  # type: ignore[attr-defined]
                    company_id,
                    "fixed_activation",
                    {"activationId": activation_id, "msisdn": msisdn, "stage": code, "progress": percent},
                    at=iso_time(at),
                )
                if channel in ("sms", "email"):
                    self.send(  # type: ignore[attr-defined]
                        channel,
                        to,
                        f"Attivazione linea {msisdn}",
                        f'La tua linea {msisdn} è nella fase "{STAGE_WORDS[code]}" ({percent}%).',
                    )

    def _activation_json(self, row: tuple) -> dict:
        activation_id, msisdn, address, code, name, requested, expected, reached, channel, to = row
        reached = json.loads(reached)
        progress = _progress(requested, expected, self.now())  # type: ignore[attr-defined]
        stage = [c for c, _ in STAGES if c in reached][-1] if reached else "received"
        return {
            "id": activation_id,
            "msisdn": msisdn,
            "address": address,
            "offer": {"code": code, "name": name},
            "requestedAt": iso_time(requested),
            "expectedAt": iso_time(expected),
            "progress": progress,
            "stage": stage,
            "stages": [{"code": c, "percent": p, "reachedAt": reached.get(c)} for c, p in STAGES],
            "keepUpdated": {"channel": channel, "to": to} if channel else None,
        }

    _ACTIVATION_COLUMNS = (
        "id, msisdn, address, offer_code, offer_name, requested, expected, reached, keep_channel, keep_to"
    )

    def activations(self, user: SessionUser) -> dict:
        self._ensure_activations(user.company_id)
        self.activations_catch_up()
        with self.lock:
            rows = self.db.execute(
                f"SELECT {self._ACTIVATION_COLUMNS} FROM activations WHERE company_id = ? AND done = 0 "
                "ORDER BY requested, id",
                (user.company_id,),
            ).fetchall()
            return {"activations": [self._activation_json(row) for row in rows]}

    def keep_updated(self, user: SessionUser, activation_id: str, channel: object, to: object) -> dict:
        self._ensure_activations(user.company_id)
        with self.lock:
            self.activations_catch_up()
            row = self.db.execute(
                "SELECT 1 FROM activations WHERE id = ? AND company_id = ? AND done = 0",
                (activation_id, user.company_id),
            ).fetchone()
            if row is None:
                raise ApiError(
                    404, "ERR-VAL-01", field="activationId", key="activation_not_found", activationId=activation_id
                )
            if channel not in CHANNELS:
                raise ApiError(400, "ERR-VAL-01", field="channel", key="keep_channel")
            text = to if isinstance(to, str) else ""
            if channel == "sms":
                try:
                    address: str | None = normalise_mobile(text)
                except ValueError:
                    raise ApiError(400, "ERR-VAL-01", field="to", key="keep_to_sms") from None
            elif channel == "email":
                if check_email(text) is not None:
                    raise ApiError(400, "ERR-VAL-01", field="to", key="keep_to_email")
                address = normalise_email(text)
            else:
                address = None
            self.db.execute(
                "UPDATE activations SET keep_channel = ?, keep_to = ? WHERE id = ?",
                (None if channel == "none" else channel, address, activation_id),
            )
            row = self.db.execute(
                f"SELECT {self._ACTIVATION_COLUMNS} FROM activations WHERE id = ?", (activation_id,)
            ).fetchone()
            return {"activation": self._activation_json(row)}

    # -- SIM association history (R-62) ---------------------------------------------------------------------
    def sim_association_changed(self, user: SessionUser, action: str, line_id: str) -> None:
        """One live "Associa SIM" event of a Dipendente (called by the accounts part as it happens)."""
        person = json.loads(user.json)
        name = f"{person.get('firstName', '')} {person.get('lastName', '')}".strip()
        with self.lock:
            msisdn = self.db.execute("SELECT msisdn FROM lines WHERE id = ?", (line_id,)).fetchone()[0]
            self.db.execute(
                "INSERT INTO sim_history (company_id, at, action, line_id, msisdn, employee, employee_name) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (user.company_id, self.now(), action, line_id, msisdn, user.username, name),  # type: ignore[attr-defined]
            )

    def _ensure_sim_history(self, company_id: str) -> None:
        with self.lock:
            if self.db.execute("SELECT 1 FROM sim_history_ready WHERE company_id = ?", (company_id,)).fetchone():
                return
            rows = self.db.execute(
                "SELECT id, msisdn, json, data_only FROM lines WHERE company_id = ? AND kind = 'mobile' "
                "AND deleted = 0 ORDER BY seq",
                (company_id,),
            ).fetchall()
            (line_count,) = self.db.execute(
                "SELECT COUNT(*) FROM lines WHERE company_id = ? AND deleted = 0", (company_id,)
            ).fetchone()
            own = {r[0] for r in self.db.execute("SELECT line_id FROM users WHERE line_id IS NOT NULL")}
            events = _generate_sim_history(
                self.config.seed, company_id, line_count, self._activations_start,
                [r for r in rows if r[0] not in own],
            )
            with self.db:
                self.db.execute("BEGIN")
                self.db.executemany(
                    "INSERT INTO sim_history (company_id, at, action, line_id, msisdn, employee, employee_name) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    events,
                )
                self.db.execute("INSERT INTO sim_history_ready VALUES (?)", (company_id,))

    def sim_associations(self, user: SessionUser, line_id: str | None, first: str | None,
                         last: str | None) -> dict:
        start, end = _day(first, "from"), _day(last, "to")
        if start and end and start > end:
            raise ApiError(400, "ERR-VAL-01", field="to", key="range_reversed")
        if line_id:
            with self.lock:
                row = self.db.execute("SELECT company_id FROM lines WHERE id = ?", (line_id,)).fetchone()
            if row is None or row[0] != user.company_id:
                raise ApiError(404, "ERR-VAL-01", field="lineId", key="line_not_found", lineId=line_id)
        self._ensure_sim_history(user.company_id)
        where, params = ["company_id = ?"], [user.company_id]
        if line_id:
            where.append("line_id = ?")
            params.append(line_id)
        with self.lock:
            rows = self.db.execute(
                f"SELECT at, action, line_id, msisdn, employee, employee_name FROM sim_history "
                f"WHERE {' AND '.join(where)} ORDER BY at DESC, seq DESC",
                params,
            ).fetchall()
        events = []
        for at, action, line, msisdn, employee, name in rows:
            stamp = iso_time(at)
            day = date.fromisoformat(stamp[:10])  # the Italian calendar day of the event
            if (start and day < start) or (end and day > end):
                continue
            events.append({"at": stamp, "action": action, "lineId": line, "msisdn": msisdn,
                           "employee": employee, "employeeName": name})
        return {"events": events}

    # -- promotions (R-63) ---------------------------------------------------------------------------------
    def ensure_promotions(self, company_id: str) -> None:
        """Make the company's promotions from the seed, once, with one `promotion` event each. Called before
        the notifications are listed, it also brings the activation stages up to the clock, so their
        `fixed_activation` events are there even when only real time has passed since the last read, and
        before anyone opened Attivazione linee (the activations are made here too when they are not yet)."""
        self._ensure_activations(company_id)
        with self.lock:
            if self.db.execute("SELECT 1 FROM promotions_ready WHERE company_id = ?", (company_id,)).fetchone():
                return
            rows = self.db.execute(
                "SELECT id, data_only, json FROM lines WHERE company_id = ? AND kind = 'mobile' AND deleted = 0 "
                "ORDER BY seq",
                (company_id,),
            ).fetchall()
            promotions = _generate_promotions(self.config.seed, company_id, self._activations_start, rows)
            self.db.executemany(
                "INSERT INTO promotions VALUES (?, ?, ?)",
                [(company_id, i, json.dumps(p)) for i, p in enumerate(promotions)],
            )
            self.db.execute("INSERT INTO promotions_ready VALUES (?)", (company_id,))
            for promotion in promotions:
                self.add_notification(  # type: ignore[attr-defined]
                    company_id, "promotion", {"promotionId": promotion["id"], "name": promotion["name"]}
                )

    def promotions(self, user: SessionUser) -> dict:
        self.ensure_promotions(user.company_id)
        with self.lock:
            rows = self.db.execute(
                "SELECT json FROM promotions WHERE company_id = ? ORDER BY seq", (user.company_id,)
            ).fetchall()
        return {"promotions": [json.loads(r[0]) for r in rows], "activationNumber": ACTIVATION_NUMBER}


def _generate_activations(seed: int, company_id: str, line_count: int, start: float,
                          taken: set[str]) -> list[tuple]:
    """The company's activations from the seed: requested 1–10 days before `start`, expected 5–30 days after,
    each a new fixed number at one of the company's sites; ids in the order of request."""
    made = []
    for i in range(activation_count(line_count)):
        rng = _rng("activation", seed, company_id, i)
        while True:
            msisdn = f"+39{FIXED_PREFIXES[rng.randrange(2)]}{rng.randrange(10**7, 10**8)}"
            if msisdn not in taken:
                taken.add(msisdn)
                break
        city, province, cap, street = SITES[rng.randrange(len(SITES))]
        code, name, _, _ = FIXED_OFFERS[rng.randrange(len(FIXED_OFFERS))]
        requested = float(int(start - rng.uniform(1, 10) * DAY) // 60 * 60)
        expected = float(int(start + rng.uniform(5, 30) * DAY) // 60 * 60)
        address = f"{street} {rng.randint(1, 180)}, {cap} {city} ({province})"
        # stages already reached when the sandbox started are history: no event, no message
        reached = {
            c: iso_time(_due(requested, expected, p))
            for c, p in STAGES
            if (start - requested) * 100 >= p * (expected - requested)
        }
        made.append((requested, msisdn, address, code, name, expected, json.dumps(reached)))
    made.sort()
    return [
        (f"ACT-{company_id}-{n + 1:04d}", company_id, msisdn, address, code, name, requested, expected, reached, 0)
        for n, (requested, msisdn, address, code, name, expected, reached) in enumerate(made)
    ]


def _generate_sim_history(seed: int, company_id: str, line_count: int, start: float,
                          mobiles: list[tuple]) -> list[tuple]:
    """About one event per 25 lines over the 12 months before `start`: SIMs associated to a Dipendente
    (named after its own line's holder) and later dissociated, so the history ends with no association."""
    pairs = line_count // LINES_PER_SIM_EVENT // 2
    if len(mobiles) < 2 or pairs == 0:
        return []
    events = []
    for i in range(pairs):
        rng = _rng("sim-history", seed, company_id, i)
        own, sim = rng.sample(mobiles, 2)
        employee = own[1].removeprefix("+39")
        name = json.loads(own[2])["holder"]
        associated = start - rng.uniform(30, 365) * DAY
        dissociated = associated + rng.uniform(1, 25) * DAY
        for at, action in ((associated, "associated"), (dissociated, "dissociated")):
            events.append((company_id, float(int(at)), action, sim[0], sim[1], employee, name))
    return events


def _generate_promotions(seed: int, company_id: str, start: float, mobiles: list[tuple]) -> list[dict]:
    """4–6 promotions, each on a deterministic part of the mobile lines it suits (a data SIM promotion only
    on data-only SIMs, a device one only on postpaid lines…); none when the company has no mobile line."""
    suits = {
        "data_only": [r[0] for r in mobiles if r[1]],
        "voice": [r[0] for r in mobiles if not r[1]],
        "postpaid": [r[0] for r in mobiles if json.loads(r[2])["paymentType"] == "postpaid"],
    }
    templates = [t for t in PROMOTION_TEMPLATES if suits[t[3]]]
    rng = _rng("promotions", seed, company_id)
    count = min(len(templates), 4 + rng.randrange(3))
    chosen = sorted(rng.sample(range(len(templates)), count))
    promotions = []
    for n, index in enumerate(chosen):
        kind, name, description, suit = templates[index]
        pick = _rng("promotion-lines", seed, company_id, index)
        share = pick.uniform(0.1, 0.4)
        line_ids = [line_id for line_id in suits[suit] if pick.random() < share] or [suits[suit][0]]
        valid_until = iso_time(start + (30 + 15 * n) * DAY)[:10]
        promotions.append({"id": f"PROMO-{n + 1:02d}", "name": name, "description": description, "kind": kind,
                           "validUntil": valid_until, "lineIds": line_ids})
    return promotions
