"""Matching lines against what the user types in the line picker: number, holder, alias or offer."""

from __future__ import annotations

import re
import unicodedata

from windtre_desktop.domain.models import Line

_NON_DIGITS = re.compile(r"\D+")
# the combining marks NFKD splits from their letters (the diacritical-mark blocks): dropped by fold()
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def fold(text: str) -> str:
    """Lower case without accents: "Perché Nicolò" → "perche nicolo" (search keys and what is typed alike)."""
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))


def search_key(line: Line) -> str:
    """One lower-case string per line holding every searchable form: the number as written and its digits (the
    national number without 39 is part of those, and a term never holds a space)."""
    digits = _NON_DIGITS.sub("", line.msisdn)
    return " ".join((line.msisdn, digits, line.holder, line.alias, line.offer_name)).casefold()


def normalise_query(query: str) -> list[str]:
    """Split the query in words; a query that looks like a number loses its spaces and separators."""
    query = query.strip().casefold()
    if not query:
        return []
    compact = _NON_DIGITS.sub("", query)
    if compact and len(compact) >= 3 and not re.search(r"[a-z]", query):
        return [compact.removeprefix("0039").removeprefix("39") if len(compact) > 10 else compact]
    return query.split()


def matches(key: str, terms: list[str]) -> bool:
    return all(term in key for term in terms)
