"""The interface's Italian texts read from the translation source (windtre_it.ts), Qt-free: a domain test renders
a Message as an Italian user reads it, so a text filed under the wrong translation context comes out in English."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import windtre_desktop

TRANSLATIONS = Path(windtre_desktop.__file__).parent / "resources" / "translations" / "windtre_it.ts"


@cache
def _translations() -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(TRANSLATIONS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and translation.get("type") is None:
                table[(name, message.findtext("source") or "")] = translation.text
    return table


def italian(context: str, text: str) -> str:
    """A translator for Message.render: the Italian text filed under (context, text), else the text itself."""
    return _translations().get((context, text), text)
