"""The text of a crash report (no Qt): versions, OS, the thread and the traceback, redacted, and its copy in
the logs folder.

Redaction is the log's (`logging_setup.redact`: registered session tokens, `key=value` secrets) plus what
a traceback can carry besides: an X-W3-Token header value, a bearer token, a 4–8 digit code next to a
PIN/PUK/OTP word.
"""

from __future__ import annotations

import os
import re
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path

from windtre_desktop.logging_setup import MASK, redact

REPORT_PREFIX = "crash-"
_HEADER_TOKEN = re.compile(r"(?i)(x-w3-token['\"]?\s*[:=,]\s*['\"]?|bearer\s+)([A-Za-z0-9._~+/=-]{4,})")
_CODE_NEAR_WORD = re.compile(
    r"(?i)\b(pin|puk|otp|code|codice)(\w*\W{1,12}(?:\w+\W{1,3}){0,3}?)(\d{4,8})\b")


def scrub(text: str) -> str:
    """`text` without secrets: the log's redaction, then header tokens and codes next to PIN/PUK/OTP."""
    text = redact(text)
    text = _HEADER_TOKEN.sub(lambda m: m.group(1) + MASK, text)
    text = _CODE_NEAR_WORD.sub(lambda m: m.group(1) + m.group(2) + MASK, text)
    return text


def build(exc_type, exc_value, exc_tb, *, thread: str = "", qt_version: str = "") -> str:
    """The report: what ran where, then the traceback; redacted."""
    import platform  # here, not at start: the reporter is installed before the first frame

    import windtre_desktop  # __version__ reads the package metadata on first use: only when a report is made

    lines = [
        f"windtre-desktop {windtre_desktop.__version__}",
        f"time: {datetime.now(UTC).isoformat(timespec='seconds')}",
        f"os: {platform.system()} {platform.release()} ({platform.machine()})",
        f"python: {platform.python_version()} ({sys.implementation.name})",
    ]
    if qt_version:
        lines.append(f"qt: {qt_version}")
    if thread:
        lines.append(f"thread: {thread}")
    lines.append("")
    lines.extend(traceback.format_exception(exc_type, exc_value, exc_tb))
    return scrub("\n".join(line.rstrip("\n") for line in lines)) + "\n"


def save(report: str, log_dir: Path) -> Path | None:
    """Writes the report as crash-<UTC time>-<pid>.txt in `log_dir`; None when that fails."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    path = Path(log_dir) / f"{REPORT_PREFIX}{stamp}-{os.getpid()}.txt"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(scrub(report), encoding="utf-8")
    except OSError:
        return None
    return path
