"""Which values in what the demo backend sent or received are secrets: the codes and passwords written in its
outbox (SMS and emails), and the passwords, codes, PUK and session tokens in the requests it logged."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

# "Codice di attivazione: A1B2C3", "Codice di verifica: 918273 — …", "Password temporanea: Xk9#mP2q"
_OUTBOX = re.compile(r"(?P<label>Codice di attivazione|Codice di verifica|Codice di controllo|Password temporanea)"
                     r":\s*(?P<value>\S+)")
_OUTBOX_KIND = {"Codice di attivazione": "activation code", "Codice di verifica": "one-time code",
                "Codice di controllo": "one-time code", "Password temporanea": "temporary password"}

# Body keys that hold a secret on any endpoint
_SECRET_KEYS = {"password": "password", "newPassword": "password", "oldPassword": "password",
                "passwordConfirmation": "password", "temporaryPassword": "temporary password",
                "puk": "puk", "pin": "pin", "otp": "one-time code", "activationCode": "activation code"}
# "code" is a secret only on the sign-in, registration and recovery endpoints (elsewhere: a service's code)
_ACCOUNT_PATHS = ("/api/v1/login", "/api/v1/registration", "/api/v1/password")
_LINE_IN_PATH = re.compile(r"/lines/(?P<id>[^/?]+)")
TOKEN_HEADERS = ("x-w3-token", "authorization")


def from_outbox(body: str) -> Iterator[tuple[str, str]]:
    for match in _OUTBOX.finditer(body):
        yield _OUTBOX_KIND[match.group("label")], match.group("value").rstrip(".,;")


def from_request(request: dict) -> Iterator[tuple[str, str]]:
    """(kind, value) of each secret in one logged request (method, path, headers, body), and ("lineId", id)
    for a line it names in its path (that line's PIN and PUK are then looked up)."""
    for name, value in request.get("headers", {}).items():
        if name.lower() in TOKEN_HEADERS and value:
            yield "session token", value.split()[-1]  # "Bearer <token>" or the bare token
    path = request.get("path", "")
    for match in _LINE_IN_PATH.finditer(path):
        yield "lineId", match.group("id")
    try:
        body = json.loads(request.get("body") or "null")
    except ValueError:
        return
    yield from _from_json(body, path.startswith(_ACCOUNT_PATHS))


def _from_json(value, account_path: bool) -> Iterator[tuple[str, str]]:
    if isinstance(value, dict):
        for key, inner in value.items():
            kind = _SECRET_KEYS.get(key) or ("one-time code" if key == "code" and account_path else None)
            if kind and isinstance(inner, str | int) and not isinstance(inner, bool):
                yield kind, str(inner)
            else:
                yield from _from_json(inner, account_path)
    elif isinstance(value, list):
        for inner in value:
            yield from _from_json(inner, account_path)
