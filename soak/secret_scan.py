"""Scans every file under some folders for known secret values, as bytes: each secret as UTF-8, UTF-16LE,
JSON-escaped and URL-encoded, in each file's raw bytes and in the text chunks of a PNG (zTXt and iTXt are
compressed, so the raw bytes alone would miss them)."""

from __future__ import annotations

import json
import re
import struct
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, quote_plus

MIN_LENGTH = 4  # a shorter value matches by chance everywhere: skipped, and listed as skipped
# All-digit secrets shorter than this (a PIN, a one-time code) occur by chance in a data folder full of amounts,
# counters and phone numbers; they count only with a word naming a secret nearby, as a leak would carry it
# (a log line, a JSON field, a saved form). Longer all-digit values (a PUK) count anywhere.
NUMERIC_IN_CONTEXT_BELOW = 8
CONTEXT_BYTES = 48
_CONTEXT_WORDS = re.compile(rb"(?i)pin|puk|otp|code|codice|password|token|secret")


@dataclass(frozen=True)
class Finding:
    path: Path
    kind: str
    form: str  # which encoding matched
    offset: int

    def __str__(self) -> str:
        return f"{self.path}: a {self.kind} ({self.form}) at byte {self.offset}"


@dataclass
class ScanReport:
    files_scanned: int = 0
    bytes_scanned: int = 0
    values_checked: int = 0
    skipped_short: list[str] = field(default_factory=list)  # kinds of the values too short to search
    found: list[Finding] = field(default_factory=list)


def encodings(secret: str) -> dict[str, bytes]:
    """The byte forms a secret can take in a file, by name (duplicates dropped)."""
    forms = {
        "utf-8": secret.encode("utf-8"),
        "utf-16le": secret.encode("utf-16-le"),
        "json": json.dumps(secret)[1:-1].encode("ascii"),
        "url": quote(secret, safe="").encode("ascii"),
        "url+": quote_plus(secret).encode("ascii"),
    }
    unique: dict[str, bytes] = {}
    for name, form in forms.items():
        if form not in unique.values():
            unique[name] = form
    return unique


def png_texts(data: bytes) -> list[bytes]:
    """The text of a PNG's tEXt, zTXt and iTXt chunks, decompressed ([] for anything but a PNG)."""
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return []
    texts, position = [], 8
    while position + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        chunk = data[position + 8:position + 8 + length]
        position += 12 + length
        try:
            if kind == b"tEXt":
                texts.append(chunk)
            elif kind == b"zTXt":
                keyword, _, rest = chunk.partition(b"\0")
                texts.append(keyword + b"\0" + zlib.decompress(rest[1:]))
            elif kind == b"iTXt":
                keyword, _, rest = chunk.partition(b"\0")
                compressed, rest = rest[0], rest[2:]
                _language, _, rest = rest.partition(b"\0")
                _translated, _, text = rest.partition(b"\0")
                texts.append(keyword + b"\0" + (zlib.decompress(text) if compressed else text))
        except (zlib.error, IndexError):
            texts.append(chunk)  # a damaged chunk: its raw bytes at least
    return texts


def files_under(roots: Iterable[Path]) -> list[Path]:
    return sorted({path for root in roots if root.exists() for path in [root, *root.rglob("*")] if path.is_file()})


def scan(roots: Iterable[Path], secrets: Mapping[str, Iterable[str]],
         allowed: Callable[[Path, str], bool] = lambda path, kind: False) -> ScanReport:
    """Every file under `roots` searched for every value of `secrets` ({kind: values}); a finding for which
    `allowed(path, kind)` holds is not one."""
    report = ScanReport()
    needles: list[tuple[str, str, bytes, bool, bool]] = []  # kind, form, bytes, digits only, in context only
    for kind, values in secrets.items():
        for value in sorted(set(values)):
            if len(value) < MIN_LENGTH:
                report.skipped_short.append(kind)
                continue
            report.values_checked += 1
            in_context = value.isdigit() and len(value) < NUMERIC_IN_CONTEXT_BELOW
            for form, raw in encodings(value).items():
                needles.append((kind, form, raw, value.isdigit(), in_context))
    for path in files_under(roots):
        data = path.read_bytes()
        report.files_scanned += 1
        report.bytes_scanned += len(data)
        for blob in [data, *png_texts(data)]:
            for kind, form, raw, digits, in_context in needles:
                offset = _first(blob, raw, digits, in_context)
                if offset >= 0 and not allowed(path, kind):
                    report.found.append(Finding(path, kind, form, offset))
    return report


def _first(blob: bytes, raw: bytes, digits: bool, in_context: bool) -> int:
    """Where `raw` first occurs in `blob` as a secret would (-1: nowhere). bytes.find, not a regex per value:
    the screenshots and the store make megabytes to search for every value."""
    start = blob.find(raw)
    while start >= 0:
        end = start + len(raw)
        # a number inside a longer number is another number
        whole = not digits or (not blob[start - 1:start].isdigit() and not blob[end:end + 1].isdigit())
        if whole and (not in_context or _named_nearby(blob, start, end)):
            return start
        start = blob.find(raw, start + 1)
    return -1


def _named_nearby(blob: bytes, start: int, end: int) -> bool:
    around = blob[max(0, start - CONTEXT_BYTES):end + CONTEXT_BYTES]
    return bool(_CONTEXT_WORDS.search(around.replace(b"\0", b"")))  # UTF-16 text: the words without their NULs
