"""Logging for the app: a rotating UTF-8 file in the log dir, and redaction of secrets.

Every handler set up here carries a `RedactingFilter`, so a record from any logger
(ours, httpx, a library) is cleaned before it is written: values registered with
`register_secret` (session tokens) and the values of sensitive keys (password, token,
OTP, PIN, PUK, Idempotency-Key, activation and control codes, a temporary password written out) in
`key=value`, `key: value` and JSON forms.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
from pathlib import Path

LOG_FILE_NAME = "windtre-desktop.log"
MASK = "***"
MIN_SECRET_LENGTH = 4  # shorter values would mask ordinary text everywhere

# A value: quoted, up to its closing quote; or bare, spaces and all (a password may have them), up to the next
# `,` `;` `&` `"` `}` `]`, the end of the line, or the next `key=` / `key: ` (so "password=a b user=x" keeps user).
_NEXT_KEY = r"\s+[\"']?[\w.-]+[\"']?(?:\s*=|:\s)"
_VALUE = (
    r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'"
    r"|[^\s,;&\"}\]](?:[^,;&\"}\]\r\n]*?[^\s,;&\"}\]])??(?=" + _NEXT_KEY + r"|\s*(?:[,;&\"}\]\r\n]|$))"
)
_SENSITIVE_WORD = r"(?i:password|passwd|pwd|token|otp|pin|puk|idempotency[_-]?key)"
# A key naming a secret: the word alone or as the last/first part of a compound name
# (newPassword, X-W3-Token, pin_code, PUK2) but not inside an ordinary word (spin, mapping).
_KEY = (
    r"(?:[\w-]*[_-]|[\w-]*[a-z0-9](?=[A-Z]))?" + _SENSITIVE_WORD + r"(?:[_-][\w-]*|[A-Z][\w-]*|\d+|s|code)?"
)
_PATTERN = re.compile(
    r"(?<![\w-])(?P<q>[\"']?)(?P<key>" + _KEY + r")(?P=q)(?P<sep>\s*[:=]\s*)"
    r"(?P<value>" + _VALUE + r")"
)

# Keys that name a secret only as a whole (never as a part: "errorCode" or "statusCode" stay readable): the
# registration's activation code, the recovery's control code, and a temporary password written out in words.
_WHOLE_KEY = r"(?i:activation[_-]?code|code|password temporanea|temporary password)"
_WHOLE_PATTERN = re.compile(
    r"(?<![\w-])(?P<q>[\"']?)(?P<key>" + _WHOLE_KEY + r")(?P=q)(?P<sep>\s*[:=]\s*)"
    r"(?P<value>" + _VALUE + r")"
)

# An Authorization header's credentials, scheme and all ("Bearer <token>"), registered or not.
_AUTHORIZATION = re.compile(r"(?i)(?P<key>\bauthorization\b[\"']?\s*[:=]\s*[\"']?)(?P<value>(?:[a-z]+\s+)?[^\s,;\"'}\])]+)")

_secrets: set[str] = set()
_secrets_re: re.Pattern[str] | None = None
_lock = threading.Lock()


def register_secret(value: str) -> None:
    """Mask `value` in every log record from now on (tokens as soon as they are known)."""
    if not value or len(value) < MIN_SECRET_LENGTH:
        return
    with _lock:
        if value not in _secrets:
            _secrets.add(value)
            _recompile()


def unregister_secret(value: str) -> None:
    """Stop masking `value` (tests; a value that can no longer appear)."""
    with _lock:
        if value in _secrets:
            _secrets.discard(value)
            _recompile()


def _recompile() -> None:
    global _secrets_re
    # Longest first, so a secret containing another is masked whole.
    ordered = sorted(_secrets, key=len, reverse=True)
    _secrets_re = re.compile("|".join(re.escape(s) for s in ordered)) if ordered else None


def _mask_value(match: re.Match[str]) -> str:
    value = match.group("value")
    masked = value[0] + MASK + value[0] if value[0] in "\"'" and len(value) >= 2 else MASK
    return match.group("q") + match.group("key") + match.group("q") + match.group("sep") + masked


def redact(text: str) -> str:
    """`text` with sensitive values and registered secrets replaced by ***."""
    text = _WHOLE_PATTERN.sub(_mask_value, _PATTERN.sub(_mask_value, text))
    text = _AUTHORIZATION.sub(lambda m: m.group("key") + MASK, text)
    pattern = _secrets_re
    if pattern is not None:
        # Repeat: masking one occurrence can join the pieces around it into a new one.
        # Each pass shortens the text (secrets are longer than the mask), so this ends.
        while True:
            cleaned = pattern.sub(MASK, text)
            if cleaned == text:
                break
            text = cleaned
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record's message (arguments merged in), traceback and stack text."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not hide the record, nor leak its args
            message = f"{record.msg} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


_OURS = "_windtre_desktop_handler"


def setup_logging(log_dir: Path, *, level: int = logging.INFO, console: bool = False) -> Path:
    """Send every logger's records to log_dir/windtre-desktop.log (1 MB x 5), redacted.

    Idempotent: a second call replaces the handlers of the first instead of adding more."""
    # imported here: logging.handlers pulls in socket, pickle and queue, ~20 ms of start-up
    from logging.handlers import RotatingFileHandler

    log_dir = Path(log_dir)
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _OURS, False):
            root.removeHandler(handler)
            handler.close()

    formatter = logging.Formatter("%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = [
        RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    ]
    if console:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(RedactingFilter())
        setattr(handler, _OURS, True)
        root.addHandler(handler)
    root.setLevel(level)
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return path
