"""Options and services in the sandbox (R-65, R-66): the option catalogue and the service list, what is on each
mobile line (from the seed until changed, then stored), the compatibility rules (all in `option_verdict` and
`service_verdict`), and the option requests: one running per company, done 5 minutes of sandbox clock after
they were made, each applied once (by the clock hook or by the catch-up of any read)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from windtre_desktop.sandbox.accounts import SessionUser
from windtre_desktop.sandbox.contracts import is_data_only
from windtre_desktop.sandbox.demo_data import iso_time
from windtre_desktop.sandbox.demo_data import seeded_rng as _rng
from windtre_desktop.sandbox.messages import ApiError, text

MAX_OPTION_LINES = 10
REQUEST_SECONDS = 300  # an option request runs 5 minutes of sandbox clock
KEPT_REQUESTS = 20
OPERATIONS = ("activate", "deactivate")


Words = tuple[str, str]  # Italian, English: the server's words for its products, in the asker's language


def _in(words: Words, lang: str) -> str:
    return words[1] if lang == "en" else words[0]


@dataclass(frozen=True)
class Option:
    code: str
    name: Words
    description: Words
    kind: str  # data | voice | sms | roaming
    price_cents: int

    def as_json(self, lang: str) -> dict:
        return {"code": self.code, "name": _in(self.name, lang), "description": _in(self.description, lang),
                "kind": self.kind, "priceCents": self.price_cents}


@dataclass(frozen=True)
class Service:
    code: str
    name: Words
    description: Words
    category: str  # mobile | premium
    kind: str  # technical | content | premium
    price_cents: int | None
    needs_voice: bool  # voice or SMS: not on a data-only SIM

    def as_json(self, active: bool, lang: str) -> dict:
        return {"code": self.code, "name": _in(self.name, lang), "description": _in(self.description, lang),
                "category": self.category, "kind": self.kind, "active": active, "priceCents": self.price_cents}


OPTIONS = (
    Option("OPT-GIGA-50", ("Giga 50", "Giga 50"),
           ("50 Giga in più ogni mese in Italia", "50 more Giga a month in Italy"), "data", 500),
    Option("OPT-GIGA-100", ("Giga 100", "Giga 100"),
           ("100 Giga in più ogni mese in Italia", "100 more Giga a month in Italy"), "data", 800),
    Option("OPT-GIGA-NIGHT", ("Giga Notte", "Night Giga"),
           ("Giga illimitati dalle 0 alle 7", "Unlimited Giga from midnight to 7 am"), "data", 300),
    Option("OPT-VOICE-1000", ("Minuti 1000", "1000 Minutes"),
           ("1000 minuti in più ogni mese verso tutti in Italia", "1000 more minutes a month to anyone in Italy"),
           "voice", 400),
    Option("OPT-VOICE-EU", ("Chiamate UE", "EU Calls"),
           ("300 minuti al mese verso numeri dell'Unione Europea", "300 minutes a month to numbers in the EU"),
           "voice", 300),
    Option("OPT-SMS-500", ("SMS 500", "SMS 500"),
           ("500 SMS in più ogni mese verso tutti in Italia", "500 more texts a month to anyone in Italy"), "sms",
           200),
    Option("OPT-ROAM-EU", ("Roaming Europa Plus", "Roaming Europe Plus"),
           ("10 Giga in più in roaming nell'Unione Europea", "10 more Giga in roaming in the EU"), "roaming", 600),
    Option("OPT-ROAM-WORLD", ("Roaming Mondo", "Roaming World"),
           ("5 Giga al mese in roaming fuori dall'Unione Europea", "5 Giga a month in roaming outside the EU"),
           "roaming", 1500),
)
OPTION_BY_CODE = {o.code: o for o in OPTIONS}

PREMIUM_BARRING = "SRV-BAR-PREMIUM"
SERVICES = (
    Service("SRV-VOICEMAIL", ("Segreteria telefonica", "Voicemail"),
            ("Le chiamate senza risposta lasciano un messaggio", "Unanswered callers leave a message"),
            "mobile", "technical", None, True),
    Service("SRV-TIHOCERCATO", ("Ti ho cercato", "Ti ho cercato (missed calls)"),
            ("Un SMS con le chiamate ricevute a telefono spento", "A text listing the calls made while the phone was off"),
            "mobile", "technical", None, True),
    Service("SRV-CALL-WAITING", ("Avviso di chiamata", "Call waiting"),
            ("Una seconda chiamata si sente durante la prima", "A second call is heard during the first"),
            "mobile", "technical", None, True),
    Service("SRV-BAR-INTL", ("Blocco chiamate internazionali", "International call barring"),
            ("Nessuna chiamata verso l'estero", "No calls to numbers abroad"), "mobile", "technical", None, True),
    Service(PREMIUM_BARRING, ("Blocco servizi a sovrapprezzo", "Premium-services barring"),
            ("Nessun servizio a sovrapprezzo sulla linea", "No premium service on the line"),
            "mobile", "technical", None, False),
    Service("SRV-NEWS", ("Notizie WINDTRE", "WINDTRE News"),
            ("Le notizie del giorno in un'app", "The day's news in an app"), "mobile", "content", None, False),
    Service("SRV-CLOUD", ("Cloud 50 GB", "Cloud 50 GB"),
            ("50 GB di spazio per foto e documenti", "50 GB of room for photos and documents"),
            "mobile", "content", None, False),
    Service("SRV-PREM-METEO", ("Meteo SMS", "Weather by SMS"),
            ("Le previsioni del giorno via SMS", "The day's forecast by text"), "premium", "premium", 99, True),
    Service("SRV-PREM-HOROSCOPE", ("Oroscopo del giorno", "Daily horoscope"),
            ("L'oroscopo ogni mattina", "The horoscope every morning"), "premium", "premium", 199, False),
    Service("SRV-PREM-MUSIC", ("Musica Premium", "Music Premium"),
            ("Musica in streaming senza pubblicità", "Music streaming without ads"), "premium", "premium", 299,
            False),
    Service("SRV-PREM-GAMES", ("Giochi Plus", "Games Plus"),
            ("Un catalogo di giochi per smartphone", "A catalogue of smartphone games"), "premium", "premium", 499,
            False),
)
SERVICE_BY_CODE = {s.code: s for s in SERVICES}

# OFFER_EXCLUDED: what an offer does not allow (its unlimited voice and SMS make voice / SMS options pointless;
# the smallest offer has no cloud)
OFFER_EXCLUDED_OPTION_KINDS = {"BIZ-UNL-100": ("voice", "sms"), "BIZ-GIGA-50": ("voice",)}
OFFER_EXCLUDED_SERVICES = {"BIZ-START-10": ("SRV-CLOUD",)}

OPTION_SCHEMA = """
CREATE TABLE line_features (line_id TEXT PRIMARY KEY, options TEXT NOT NULL, services TEXT NOT NULL);
CREATE TABLE option_requests (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, company_id TEXT NOT NULL, option_code TEXT NOT NULL,
    operation TEXT NOT NULL, line_ids TEXT NOT NULL, created REAL NOT NULL, completed INTEGER NOT NULL);
CREATE INDEX option_requests_company ON option_requests (company_id, seq);
"""


# -- the rules: one verdict per line, the reason words in the asker's language -----------------------
def _verdict(line: dict, code: str | None, lang: str, **params: object) -> dict:
    verdict = {"lineId": line["id"], "msisdn": line["msisdn"], "compatible": code is None, "reasonCode": code,
               "reason": None}
    if code is not None:
        verdict["reason"] = text(f"reason_{code}", lang, **params)
    return verdict


def option_verdict(line: dict, option: Option, operation: str, active: list[str], lang: str) -> dict:
    """Whether `operation` of `option` may be asked on `line` (whose active options are `active`)."""
    if line["kind"] != "mobile":
        return _verdict(line, "FIXED_LINE", lang)
    if operation == "deactivate":
        return _verdict(line, None if option.code in active else "NOT_ACTIVE", lang)
    if option.kind in ("voice", "sms") and is_data_only(line):
        return _verdict(line, "DATA_ONLY", lang)
    offer = line["offer"]
    if option.kind in OFFER_EXCLUDED_OPTION_KINDS.get(offer["code"], ()):
        return _verdict(line, "OFFER_EXCLUDED", lang, offer=offer["name"])
    if option.code in active:
        return _verdict(line, "ALREADY_ACTIVE", lang)
    return _verdict(line, None, lang)


def service_verdict(line: dict, service: Service, operation: str, active: list[str], lang: str) -> dict:
    """Whether `operation` of `service` may be asked on the mobile `line` (active services `active`)."""
    if operation == "deactivate":
        return _verdict(line, None if service.code in active else "NOT_ACTIVE", lang)
    if service.needs_voice and is_data_only(line):
        return _verdict(line, "DATA_ONLY", lang)
    offer = line["offer"]
    if service.code in OFFER_EXCLUDED_SERVICES.get(offer["code"], ()):
        return _verdict(line, "OFFER_EXCLUDED", lang, offer=offer["name"])
    if service.code in active:
        return _verdict(line, "ALREADY_ACTIVE", lang)
    if service.category == "premium" and PREMIUM_BARRING in active:
        return _verdict(line, "PREMIUM_BARRED", lang)
    return _verdict(line, None, lang)


def _seeded_features(seed: int, line: dict) -> tuple[list[str], list[str]]:
    """What a mobile line has on before anyone changed it: deterministic from the seed, always consistent
    with the rules (nothing the line could not have)."""
    rng = _rng("features", seed, line["id"])
    options = [o.code for o in OPTIONS
               if rng.random() < 0.2 and option_verdict(line, o, "activate", [], "it")["compatible"]]
    services: list[str] = []
    odds = {"SRV-VOICEMAIL": 0.7, "SRV-TIHOCERCATO": 0.4, "SRV-CALL-WAITING": 0.6, "SRV-BAR-INTL": 0.2,
            PREMIUM_BARRING: 0.3, "SRV-NEWS": 0.1, "SRV-CLOUD": 0.15}
    for service in SERVICES:
        chance = odds.get(service.code, 0.1)
        if rng.random() < chance and service_verdict(line, service, "activate", services, "it")["compatible"]:
            services.append(service.code)
    return options, services


class Options:
    """The options and services part of the sandbox's State (a mixin: uses its db, lock, clock and lines)."""

    db: Any
    lock: Any
    config: Any
    clock_hooks: list

    def _init_options(self) -> None:
        self.clock_hooks.append(self._complete_option_requests)

    # -- lines and what is on them -----------------------------------------------------------------------------
    def _option_line(self, user: SessionUser, line_id: str, field: str = "lineId") -> dict:
        line = self.company_line(user.company_id, line_id)  # type: ignore[attr-defined]
        if line is None:
            raise ApiError(404, "ERR-VAL-01", field=field, key="line_not_found", lineId=line_id)
        return line

    def _option_mobile_line(self, user: SessionUser, line_id: str) -> dict:
        line = self._option_line(user, line_id)
        if line["kind"] != "mobile":
            raise ApiError(400, "ERR-VAL-01", field="lineId", key="features_fixed", msisdn=line["msisdn"])
        return line

    def _features(self, line: dict) -> tuple[list[str], list[str]]:
        with self.lock:
            row = self.db.execute(
                "SELECT options, services FROM line_features WHERE line_id = ?", (line["id"],)
            ).fetchone()
        if row is None:
            return _seeded_features(self.config.seed, line)
        return json.loads(row[0]), json.loads(row[1])

    def _store_features(self, line: dict, options: list[str], services: list[str]) -> None:
        with self.lock:
            self.db.execute(
                "INSERT OR REPLACE INTO line_features VALUES (?, ?, ?)",
                (line["id"], json.dumps(options), json.dumps(services)),
            )

    # -- options (R-65) ------------------------------------------------------------------------------------
    def option_catalogue(self, lang: str) -> dict:
        return {"options": [o.as_json(lang) for o in OPTIONS], "maxLines": MAX_OPTION_LINES}

    def line_options(self, user: SessionUser, line_id: str) -> dict:
        self._complete_option_requests()
        line = self._option_line(user, line_id)
        if line["kind"] != "mobile":
            raise ApiError(400, "ERR-VAL-01", field="lineId", key="features_fixed", msisdn=line["msisdn"])
        return {"lineId": line_id, "active": self._features(line)[0]}

    def _checked_lines(self, user: SessionUser, option_code: str, operation: str, line_ids: list[str]
                       ) -> tuple[Option, list[dict]]:
        """The list rules, in the contract's order: 1 to 10 different lines of the company, a known option,
        a known operation."""
        if not 1 <= len(line_ids) <= MAX_OPTION_LINES:
            raise ApiError(400, "ERR-VAL-01", field="lineIds", key="options_line_count", max=MAX_OPTION_LINES,
                           n=len(line_ids))
        if len(set(line_ids)) != len(line_ids):
            raise ApiError(400, "ERR-VAL-01", field="lineIds", key="options_line_repeated")
        lines = [self._option_line(user, line_id, "lineIds") for line_id in line_ids]
        option = OPTION_BY_CODE.get(option_code)
        if option is None:
            raise ApiError(400, "ERR-VAL-01", field="optionCode", key="option_unknown", option=option_code)
        if operation not in OPERATIONS:
            raise ApiError(400, "ERR-VAL-01", field="operation", key="choice_invalid",
                           choices=", ".join(OPERATIONS))
        return option, lines

    def option_compatibility(self, user: SessionUser, option_code: str, operation: str, line_ids: list[str],
                             lang: str) -> dict:
        self._complete_option_requests()
        option, lines = self._checked_lines(user, option_code, operation, line_ids)
        return {"verdicts": [option_verdict(line, option, operation, self._features(line)[0], lang)
                             for line in lines]}

    def create_option_request(self, user: SessionUser, option_code: str, operation: str, line_ids: list[str],
                              lang: str) -> dict:
        with self.lock:
            self._complete_option_requests()
            option, lines = self._checked_lines(user, option_code, operation, line_ids)
            verdicts = [option_verdict(line, option, operation, self._features(line)[0], lang) for line in lines]
            refused = [("lineIds", "option_incompatible", {"msisdn": v["msisdn"], "reason": v["reason"]})
                       for v in verdicts if not v["compatible"]]
            if refused:
                raise ApiError.invalid(refused)
            running = self._running_request(user.company_id)
            if running is not None:
                raise ApiError(409, "ERR-OPT-01", data=running, id=running["id"], percent=running["progress"])
            (seq,) = self.db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM option_requests").fetchone()
            request_id = f"OPR-{seq:06d}"
            self.db.execute(
                "INSERT INTO option_requests VALUES (?, ?, ?, ?, ?, ?, ?, 0)",
                (seq, request_id, user.company_id, option.code, operation, json.dumps(line_ids),
                 self.now()),  # type: ignore[attr-defined]
            )
            return {"request": self._request_json(self._request_row(request_id))}

    def option_requests(self, user: SessionUser) -> dict:
        self._complete_option_requests()
        with self.lock:
            rows = self.db.execute(
                f"SELECT {_REQUEST_COLUMNS} FROM option_requests WHERE company_id = ? ORDER BY seq DESC LIMIT ?",
                (user.company_id, KEPT_REQUESTS),
            ).fetchall()
        requests = [self._request_json(row) for row in rows]
        running = next((r for r in requests if r["status"] == "running"), None)
        return {"running": running, "requests": requests}

    def _running_request(self, company_id: str) -> dict | None:
        row = self.db.execute(
            f"SELECT {_REQUEST_COLUMNS} FROM option_requests WHERE company_id = ? AND completed = 0 "
            "ORDER BY seq DESC LIMIT 1",
            (company_id,),
        ).fetchone()
        return None if row is None else self._request_json(row)

    def _request_row(self, request_id: str) -> tuple:
        return self.db.execute(
            f"SELECT {_REQUEST_COLUMNS} FROM option_requests WHERE id = ?", (request_id,)
        ).fetchone()

    def _request_json(self, row: tuple) -> dict:
        request_id, option_code, operation, line_ids, created, completed = row
        expected = created + REQUEST_SECONDS
        now = self.now()  # type: ignore[attr-defined]
        progress = 100 if completed else max(0, min(99, int(100 * (now - created) / REQUEST_SECONDS)))
        return {
            "id": request_id,
            "optionCode": option_code,
            "operation": operation,
            "lineIds": json.loads(line_ids),
            "status": "completed" if completed else "running",
            "progress": progress,
            "createdAt": iso_time(created),
            "expectedAt": iso_time(expected),
            "completedAt": iso_time(expected) if completed else None,
        }

    def _complete_option_requests(self) -> None:
        """Apply every request whose 5 minutes are over, each once (the clock hook and every read call this)."""
        with self.lock:
            due = self.db.execute(
                "SELECT id, option_code, operation, line_ids FROM option_requests "
                "WHERE completed = 0 AND created + ? <= ? ORDER BY seq",
                (REQUEST_SECONDS, self.now()),  # type: ignore[attr-defined]
            ).fetchall()
            for request_id, option_code, operation, line_ids in due:
                for line_id in json.loads(line_ids):
                    row = self.db.execute("SELECT json FROM lines WHERE id = ?", (line_id,)).fetchone()
                    if row is None:
                        continue
                    line = json.loads(row[0])
                    options, services = self._features(line)
                    if operation == "activate" and option_code not in options:
                        options = [*options, option_code]
                    elif operation == "deactivate":
                        options = [code for code in options if code != option_code]
                    self._store_features(line, options, services)
                self.db.execute("UPDATE option_requests SET completed = 1 WHERE id = ?", (request_id,))

    # -- services (R-66) -------------------------------------------------------------------------------------
    def line_services(self, user: SessionUser, line_id: str, lang: str) -> dict:
        line = self._option_mobile_line(user, line_id)
        active = self._features(line)[1]
        return {"lineId": line_id, "services": [s.as_json(s.code in active, lang) for s in SERVICES]}

    def _service(self, code: str) -> Service:
        service = SERVICE_BY_CODE.get(code)
        if service is None:
            raise ApiError(400, "ERR-VAL-01", field="code", key="service_unknown", service=code)
        return service

    def check_service(self, user: SessionUser, line_id: str, code: str, operation: str, lang: str) -> dict:
        line = self._option_mobile_line(user, line_id)
        service = self._service(code)
        if operation not in OPERATIONS:
            raise ApiError(400, "ERR-VAL-01", field="operation", key="choice_invalid",
                           choices=", ".join(OPERATIONS))
        verdict = service_verdict(line, service, operation, self._features(line)[1], lang)
        return {"code": code, "compatible": verdict["compatible"], "reasonCode": verdict["reasonCode"],
                "reason": verdict["reason"]}

    def change_service(self, user: SessionUser, line_id: str, code: str, operation: str, confirm_premium: bool,
                       lang: str) -> dict:
        with self.lock:
            line = self._option_mobile_line(user, line_id)
            service = self._service(code)
            if operation not in OPERATIONS:
                raise ApiError(400, "ERR-VAL-01", field="operation", key="choice_invalid",
                               choices=", ".join(OPERATIONS))
            options, active = self._features(line)
            verdict = service_verdict(line, service, operation, active, lang)
            if not verdict["compatible"]:
                raise ApiError(400, "ERR-VAL-01", field="code", key="service_incompatible", name=_in(service.name, lang),
                               reason=verdict["reason"])
            if operation == "activate" and service.category == "premium" and not confirm_premium:
                raise ApiError(400, "ERR-VAL-01", field="confirmPremium", key="premium_confirm")
            if operation == "activate":
                active = [*active, code]
                if code == PREMIUM_BARRING:  # the barring switches the premium services off
                    active = [c for c in active if SERVICE_BY_CODE[c].category != "premium"]
            else:
                active = [c for c in active if c != code]
            self._store_features(line, options, active)
            return {"service": service.as_json(operation == "activate", lang)}


_REQUEST_COLUMNS = "id, option_code, operation, line_ids, created, completed"
