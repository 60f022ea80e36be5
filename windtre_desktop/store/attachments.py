"""Copies of the files attached to ticket drafts and to the outbox, kept in the user data dir
(`<data_dir>/attachments/<key>/`) so they survive a crash or the original being moved (R-70)."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

_CHUNK = 1024 * 1024
_UNSAFE = re.compile(r"[^A-Za-z0-9._ -]")


@dataclass(frozen=True)
class StoredFile:
    path: Path
    sha256: str
    size: int


def _component(text: str, what: str) -> str:
    """A single safe path component (no separators, not "." or "..")."""
    cleaned = _UNSAFE.sub("_", text).strip(" ")
    if not cleaned or cleaned in (".", ".."):
        raise ValueError(f"unusable {what}: {text!r}")
    return cleaned


def attachments_dir(data_dir: Path, key: str) -> Path:
    return Path(data_dir) / "attachments" / _component(key, "key")


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_attachment(source: Path, data_dir: Path, key: str, name: str | None = None) -> StoredFile:
    """Copy `source` into `<data_dir>/attachments/<key>/<name>` atomically: written to a temporary file in
    that folder, fsynced, then renamed over the final name. Returns the new path, its sha256 and size."""
    target_dir = attachments_dir(data_dir, key)
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / _component(name or Path(source).name, "file name")
    digest = hashlib.sha256()
    size = 0
    fd, tmp_name = tempfile.mkstemp(dir=target_dir, prefix=".part-")
    try:
        with open(source, "rb") as src, os.fdopen(fd, "wb") as out:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    _fsync_dir(target_dir)
    return StoredFile(target, digest.hexdigest(), size)


def remove_attachments(data_dir: Path, key: str) -> None:
    """Forget the copies kept under `key` (a draft deleted, a ticket sent)."""
    shutil.rmtree(attachments_dir(data_dir, key), ignore_errors=True)
