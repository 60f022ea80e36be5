"""The licences of what ships with the app, read from the installed distributions (no Qt here).

`third_party()` walks the app's runtime requirements (not the `dev` extra) through importlib.metadata and
gives each distribution's name, version, licence (License-Expression, else License, else the trove
classifiers) and the text of the licence files it ships. Qt itself, inside the PySide6 wheels, is named
explicitly: LGPLv3, as The Qt Company licenses it to PySide6's users.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata

APP_DISTRIBUTION = "windtre-desktop"
QT_DISTRIBUTIONS = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}
QT_LICENCE = "LGPL-3.0-only (Qt for Python and the Qt libraries it bundles)"
UNKNOWN = "not stated"
# The PySide6 wheels ship no licence file: this notice stands in for it (the licence texts are public).
QT_NOTICE = """Qt for Python (PySide6, Shiboken6) and the Qt libraries it bundles are used under the
GNU Lesser General Public License, version 3 (LGPL-3.0-only), Copyright (C) The Qt Company Ltd.

The full licence texts: https://www.gnu.org/licenses/lgpl-3.0.html and https://www.gnu.org/licenses/gpl-3.0.html
The source code of Qt and of Qt for Python: https://code.qt.io

The Qt libraries are shipped as separate shared libraries, unmodified: you may replace them with
your own build of the same version, as the LGPL allows."""
_LICENCE_FILE = re.compile(r"(?i)(^|/)(licen[cs]e|copying|notice|authors)[^/]*$")
_MAX_TEXT = 200_000  # a licence file larger than this is cut (some bundle every dependency's notice)


@dataclass(frozen=True)
class Licence:
    name: str
    version: str
    licence: str  # a short name or SPDX expression
    text: str  # the licence files' text, "" when the distribution ships none


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def licence_name(meta) -> str:
    """License-Expression, else a one-line License field, else the licence classifiers, else UNKNOWN."""
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    field = (meta.get("License") or "").strip()
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::") and c.count("::") >= 2]
    if field and "\n" not in field and len(field) <= 80 and field.upper() != "UNKNOWN":
        return field
    if classifiers:
        return " / ".join(classifiers)
    if field and field.upper() != "UNKNOWN":
        return field.splitlines()[0].strip()[:80] + " …"
    return UNKNOWN


def licence_text(dist: metadata.Distribution) -> str:
    """The text of the licence files listed in the distribution's RECORD, each under its name."""
    parts = []
    for file in dist.files or ():
        name = str(file)
        if not _LICENCE_FILE.search(name) or name.endswith((".py", ".pyc", ".so", ".pyd", ".dll")):
            continue
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if len(text) > _MAX_TEXT:
            text = text[:_MAX_TEXT] + "\n[…]"
        parts.append(f"==> {name} <==\n{text.strip()}\n")
    return "\n".join(parts)


def describe(dist: metadata.Distribution) -> Licence:
    meta = dist.metadata
    name = meta["Name"]
    licence = licence_name(meta)
    text = licence_text(dist)
    if canonical(name) in QT_DISTRIBUTIONS:
        licence = QT_LICENCE if licence == UNKNOWN else f"{licence} — Qt: LGPL-3.0-only"
        text = f"{QT_NOTICE}\n\n{text}" if text else QT_NOTICE
    return Licence(name=name, version=dist.version, licence=licence, text=text)


def _requirement_names(dist: metadata.Distribution) -> list[str]:
    """Runtime requirements: those without a marker, or whose marker holds here and names no extra."""
    names = []
    for requirement in dist.requires or ():
        spec, _, marker = requirement.partition(";")
        if "extra" in marker:
            continue
        if marker.strip() and not _marker_holds(marker):
            continue
        match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", spec)
        if match:
            names.append(match.group(1))
    return names


def _marker_holds(marker: str) -> bool:
    try:
        from packaging.markers import Marker
    except ImportError:  # packaging missing: count the requirement (listing too much is the safe side)
        return True
    try:
        return Marker(marker.strip()).evaluate()
    except Exception:
        return True


def third_party(root: str = APP_DISTRIBUTION) -> list[Licence]:
    """Every installed distribution the app needs at run time, sorted by name; the app itself excluded."""
    seen: dict[str, metadata.Distribution] = {}
    pending = [root]
    while pending:
        name = canonical(pending.pop())
        if name in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # an optional requirement not installed here: it is not shipped either
        seen[name] = dist
        pending.extend(_requirement_names(dist))
    seen.pop(canonical(root), None)
    return sorted((describe(dist) for dist in seen.values()), key=lambda item: item.name.lower())


def app_licence(root: str = APP_DISTRIBUTION) -> str:
    """The app's own licence, as its package metadata (pyproject.toml) states it."""
    try:
        return licence_name(metadata.metadata(root))
    except metadata.PackageNotFoundError:
        return UNKNOWN
