"""The response wrapper, its media types (JSON, NDJSON for /sync), error codes and their Italian/English messages."""

from __future__ import annotations

import json

OK_PREFIX = b'{"status":"OK","errorCodes":[],"messages":[],"data":'
NDJSON = "application/x-ndjson"

MESSAGES: dict[str, dict[str, str]] = {
    "ERR-AUTH-01": {
        "it": "Username o password non corretti. Attenzione: username e password distinguono maiuscole e minuscole.",
        "en": "Wrong username or password. Note: username and password are case-sensitive.",
    },
    "ERR-AUTH-02": {
        "it": "La sessione è scaduta o non è valida: accedi di nuovo.",
        "en": "Your session has expired or is not valid: please log in again.",
    },
    "ERR-AUTH-03": {
        "it": "Il tuo profilo non è abilitato a questa operazione.",
        "en": "Your profile is not allowed to do this.",
    },
    "ERR-AUTH-04": {
        "it": "Le credenziali Wind o Tre non sono più valide: effettua una nuova registrazione.",
        "en": "Old Wind or Tre credentials are no longer valid: please register again.",
    },
    "ERR-VAL-01": {
        "it": "Il campo «{field}» non è valido.",
        "en": "The field “{field}” is not valid.",
    },
    "ERR-RATE-01": {
        "it": "Troppe richieste: riprova tra {seconds} secondi.",
        "en": "Too many requests: try again in {seconds} seconds.",
    },
    "ERR-SYNC-01": {
        "it": "Il cursore di sincronizzazione non è più valido: serve una sincronizzazione completa.",
        "en": "The sync cursor is no longer valid: a full sync is needed.",
    },
    "ERR-SRV-01": {
        "it": "Errore interno del server. Riprova più tardi.",
        "en": "Internal server error. Please try again later.",
    },
    # variants of ERR-VAL-01
    "required": {"it": "Il campo «{field}» è obbligatorio.", "en": "The field “{field}” is required."},
    "not_found": {"it": "Risorsa non trovata: {path}.", "en": "Not found: {path}."},
    "line_not_found": {"it": "Linea {lineId} non trovata.", "en": "Line {lineId} not found."},
    "method": {
        "it": "Metodo {method} non consentito su {path}.",
        "en": "Method {method} not allowed on {path}.",
    },
}


def language(accept_language: str | None) -> str:
    """'en' or 'it' (the default) from an Accept-Language header, honouring q-values."""
    best, best_q = "it", -1.0
    for part in (accept_language or "").split(","):
        tag, _, params = part.strip().partition(";")
        tag = tag.strip().lower()[:2]
        if tag not in ("it", "en"):
            continue
        q = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                q = float(params[2:])
            except ValueError:
                q = 0.0
        if q > best_q:
            best, best_q = tag, q
    return best if best_q > 0 else "it"


def wants_ndjson(accept: str | None) -> bool:
    """Whether an Accept header asks for NDJSON: named explicitly with q > 0, and not below JSON's q.

    JSON's q is that of the most specific range naming it (application/json, then application/*, then */*);
    no Accept header, or only */*, gets JSON."""
    ndjson_q = 0.0
    json_q: dict[str, float] = {}
    for part in (accept or "").split(","):
        media, *params = (piece.strip() for piece in part.split(";"))
        media = media.lower()
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media == NDJSON:
            ndjson_q = max(ndjson_q, q)
        elif media in ("application/json", "application/*", "*/*"):
            json_q[media] = max(json_q.get(media, 0.0), q)
    best_json = next((json_q[m] for m in ("application/json", "application/*", "*/*") if m in json_q), 0.0)
    return ndjson_q > 0 and ndjson_q >= best_json


def text(key: str, lang: str, **params: object) -> str:
    template = MESSAGES[key].get(lang) or MESSAGES[key]["it"]
    return template.format(**params)


class ApiError(Exception):
    """An error answer of the /api/ contract: HTTP status, error code, optional field and message key."""

    def __init__(
        self,
        status: int,
        code: str,
        *,
        field: str | None = None,
        key: str | None = None,
        headers: dict[str, str] | None = None,
        **params: object,
    ) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.field = field
        self.key = key or code
        self.headers = headers or {}
        self.params = params

    def messages(self, lang: str) -> list[dict]:
        message = {"type": "ERROR", "message": text(self.key, lang, field=self.field, **self.params)}
        if self.field is not None:
            message["field"] = self.field
        return [message]


def dumps(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


def ok_body(data: object) -> bytes:
    return OK_PREFIX + dumps(data) + b"}"


def ok_body_raw(data_json: bytes) -> bytes:
    """The OK wrapper around an already serialized `data` value."""
    return OK_PREFIX + data_json + b"}"


def fail_body(codes: list[str], messages: list[dict]) -> bytes:
    return dumps({"status": "FAIL", "errorCodes": codes, "messages": messages, "data": None})


def error_body(error: ApiError, lang: str) -> bytes:
    return fail_body([error.code], error.messages(lang))
