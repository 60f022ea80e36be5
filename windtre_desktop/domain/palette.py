"""The command palette's index and matching (Ctrl+K): entries of every kind (line, invoice, ticket, package,
setting, screen), fuzzy matching that prefers prefixes, word starts and contiguous runs, case- and
accent-insensitive, numbers matched ignoring spaces and "+39", recent entries first, a result limit.

Everything a query needs is computed once when the index is built (folded text, a word-start mask, the digits
of each number), so a keystroke over 12,500 entries is a few C-level string scans per entry."""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable, Sequence
from enum import StrEnum
from typing import NamedTuple

from windtre_desktop.domain.line_search import fold as fold_accents


class EntryKind(StrEnum):
    LINE = "line"
    INVOICE = "invoice"
    TICKET = "ticket"
    PACKAGE = "package"
    SETTING = "setting"
    SCREEN = "screen"


class Entry(NamedTuple):  # a tuple: 12,500 of them are made at each build
    kind: str  # an EntryKind value
    key: str  # what opens it: a line id, an invoice id, "products/gss"…
    title: str
    subtitle: str = ""
    search: str = ""  # more words it is found by, not shown
    numbers: tuple[str, ...] = ()  # phone or document numbers, matched ignoring spaces, "+" and the 39 prefix


class Match(NamedTuple):
    entry: Entry
    score: float
    recent: bool = False


# Scores: one point per matched character, plus these.
RUN = 4.0  # a character right after the previous matched one
WORD = 6.0  # a character at the start of a word
PREFIX = 10.0  # the match starts the title
GAP = 3.0  # a typed word split in two places (plus a little per character skipped)
NUMBER = 100.0  # the digits typed are in one of the entry's numbers
NUMBER_START = 15.0  # … at the start of that number
RECENT = 12.0  # the most recent entry; older recent ones get less, down to RECENT / 2
# a number typed finds the entries that have it as a number first, even recent ones: the same digits in a text
# (a date, a subtitle) score at most this
TEXT_IN_NUMBER_MODE = NUMBER - RECENT - 1
DEFAULT_LIMIT = 50

_NON_DIGITS = re.compile(r"\D+")
_NUMERIC_QUERY = re.compile(r"^\+?[\d\s./()-]*\d[\d\s./()-]*$")
_SPACES = re.compile(r"[^\S\n]{2,}|[^\S\n ]")  # to one space; a new line is kept (see PaletteIndex)


def fold(text: str) -> str:
    """Lower case without accents, spaces made one: "Perché  Città" → "perche citta"."""
    return _SPACES.sub(" ", fold_accents(text))


# translate tables over ASCII bytes: 1 for a letter, 1 for a digit, the new line kept
_LETTERS = bytes(int(chr(b).isalpha() and b < 128) for b in range(256))
_DIGITS = bytes(int(chr(b).isdigit() and b < 128) for b in range(256))
_NEW_LINES = bytes(b if b == 10 else 0 for b in range(256))


def word_start_mask(text: str) -> str:
    """`text` with every character that does not start a word replaced by NUL (new lines kept): a word starts
    at a letter after a non-letter or at a digit after a non-digit, so "f2025/07" has starts f, 2 and 0.
    Computed on whole byte strings as big integers (each byte a lane), not character by character: the index
    masks 12,500 entries in one go. Letters beyond ASCII count as non-letters here."""
    raw = text.encode("ascii", "replace")  # one byte per character, positions kept
    letters = int.from_bytes(raw.translate(_LETTERS), "big")
    digits = int.from_bytes(raw.translate(_DIGITS), "big")
    # shifting by one byte puts each character's lane on the next character: "the one before was…"
    starts = (letters & ~(letters >> 8)) | (digits & ~(digits >> 8))
    kept = int.from_bytes(raw, "big") & (starts * 0xFF) | int.from_bytes(raw.translate(_NEW_LINES), "big")
    return kept.to_bytes(len(raw), "big").decode("ascii")


def _flat(text: str) -> str:
    return text.replace("\n", " ").replace("\x01", " ")  # the separators of the batch fold below


def number_forms(number: str) -> list[str]:
    """The digits of a number, and without the Italian prefix when it has one: "+39 333 1234567" →
    ["393331234567", "3331234567"]."""
    digits = _NON_DIGITS.sub("", number).removeprefix("00")
    if not digits:
        return []
    if len(digits) > 10 and digits.startswith("39"):
        return [digits, digits[2:]]
    return [digits]


def numeric_query(query: str) -> str | None:
    """The digits of a query that is a number ("+39 333 12", "333-12"), else None."""
    text = query.strip()
    if not _NUMERIC_QUERY.match(text):
        return None
    digits = _NON_DIGITS.sub("", text)
    return digits.removeprefix("00") if text.startswith("00") else digits


class PaletteIndex:
    """Entries in the order given (it breaks ties), with what matching needs precomputed."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries: list[Entry] = list(entries)
        self._hays: list[str] = []
        self._digits: list[str] = []
        self._title_len: list[int] = []
        self._by_key: dict[tuple[str, str], int] = {}
        # folded and masked all at once (one C-level pass over every text), then cut per entry
        folded = fold("\n".join(f"{_flat(e.title)}\x01{_flat(e.subtitle)} {_flat(e.search)}" for e in self.entries))
        texts = folded.split("\n") if self.entries else []  # "" splits into one text, not none
        for i, (entry, text) in enumerate(zip(self.entries, texts, strict=True)):
            title, _, rest = text.partition("\x01")
            title, rest = title.strip(), rest.strip()
            self._hays.append(f"{title} {rest}" if rest else title)
            forms = [form for number in entry.numbers for form in number_forms(number)]
            self._digits.append("".join(" " + form for form in forms))  # each form after a space
            self._title_len.append(len(title))
            self._by_key.setdefault((entry.kind, entry.key), i)
        self._masks: list[str] = word_start_mask("\n".join(self._hays)).split("\n")
        self._screens = [i for i, e in enumerate(self.entries) if e.kind == EntryKind.SCREEN]
        self._last: tuple[str | None, str, list[int]] | None = None  # the last query and every entry it matched

    def __len__(self) -> int:
        return len(self.entries)

    def find(self, kind: str, key: str) -> Entry | None:
        i = self._by_key.get((kind, key))
        return None if i is None else self.entries[i]

    def search(self, query: str, recents: Sequence[tuple[str, str]] = (), limit: int = DEFAULT_LIMIT) -> list[Match]:
        """The best `limit` matches, best first; an empty query gives the recent entries, then the screens."""
        recent_rank = {}
        for kind_key in recents:
            i = self._by_key.get(tuple(kind_key))
            if i is not None and i not in recent_rank:
                recent_rank[i] = len(recent_rank)
        if not query.strip():
            chosen = list(recent_rank) + [i for i in self._screens if i not in recent_rank]
            return [Match(self.entries[i], 0.0, i in recent_rank) for i in chosen[:limit]]
        scored = self._score_all(query)
        bonus = {i: RECENT * (1 - 0.5 * rank / max(len(recent_rank), 1)) for i, rank in recent_rank.items()}
        best = heapq.nlargest(limit, ((score + bonus.get(i, 0.0), -i) for i, score in scored))
        return [Match(self.entries[-neg], score, -neg in recent_rank) for score, neg in best]

    # --- matching ---

    def _score_all(self, query: str) -> list[tuple[int, float]]:
        """(entry, score) of every entry the query matches."""
        digits = numeric_query(query)
        if digits is not None and len(digits) < 2:
            digits = None  # one digit is matched as text
        text = fold(query).strip()
        candidates: Iterable[int] = range(len(self.entries))
        if self._last is not None:
            last_digits, last_text, last_found = self._last
            # typing on: what the longer query matches is among what the shorter one matched
            same_mode = (digits is None) == (last_digits is None)
            if same_mode and text.startswith(last_text) and (digits or "").startswith(last_digits or ""):
                candidates = last_found
        if digits is not None:
            scored = self._score_number(digits, text, candidates)
        else:
            scored = self._score_text(text, candidates)
        self._last = (digits, text, [i for i, _ in scored])
        return scored

    def _score_number(self, digits: str, text: str, candidates: Iterable[int]) -> list[tuple[int, float]]:
        hays, numbers = self._hays, self._digits
        scored = []
        for i in candidates:
            if numbers[i].find(" " + digits) >= 0:
                scored.append((i, NUMBER + NUMBER_START + len(digits)))
            elif numbers[i].find(digits) >= 0:
                scored.append((i, NUMBER + len(digits)))
            elif (pos := hays[i].find(text)) >= 0:  # a date, an amount, a number written in a subtitle
                scored.append((i, min(self._contiguous(i, text, pos), TEXT_IN_NUMBER_MODE)))
        return scored

    def _score_text(self, text: str, candidates: Iterable[int]) -> list[tuple[int, float]]:
        terms = text.split()
        patterns = [re.compile("".join(f"[^{re.escape(c)}]*+{re.escape(c)}" for c in term)).match for term in terms]
        hays = self._hays
        if len(terms) == 1 and len(text) == 1:
            return self._score_char(text, candidates)
        if len(terms) == 1:
            match = patterns[0]
            found = [i for i in candidates if match(hays[i])]
        else:
            found = [i for i in candidates if all(match(hays[i]) for match in patterns)]
        score = self._term_score
        return [(i, sum(score(i, term) for term in terms)) for i in found]

    def _score_char(self, c: str, candidates: Iterable[int]) -> list[tuple[int, float]]:
        """One character typed (the first keystroke, over every entry): what `_contiguous` gives, in one loop."""
        hays, masks, title_len = self._hays, self._masks, self._title_len
        scored = []
        for i in candidates:
            pos = hays[i].find(c)
            if pos < 0:
                continue
            start = masks[i].find(c)
            if start >= 0:
                pos = start
            score = 1.0 + (WORD if start >= 0 else 0.0) + (PREFIX if pos == 0 else 0.0)
            if pos >= title_len[i]:
                score -= 2.0
            scored.append((i, score - min(pos, 40) * 0.02))
        return scored

    def _contiguous(self, i: int, term: str, pos: int) -> float:
        hay, mask = self._hays[i], self._masks[i]
        if mask[pos] == "\0":  # the same letters at a word start, later on, score better
            at_start = mask.find(term[0], pos + 1)
            while at_start >= 0 and not hay.startswith(term, at_start):
                at_start = mask.find(term[0], at_start + 1)
            if at_start >= 0:
                pos = at_start
        run = len(term)
        score = run + RUN * (run - 1) + WORD * (run - mask.count("\0", pos, pos + run))
        if pos == 0:
            score += PREFIX
        if pos >= self._title_len[i]:
            score -= 2.0  # found in the subtitle or the hidden words, not the title
        return score - min(pos, 40) * 0.02

    def _term_score(self, i: int, term: str) -> float:
        """The score of one typed word (known to match): the whole word in one piece, else its characters taken
        at word starts where they can be (initials: "gss" → Giga Smart Share), else the leftmost ones."""
        hay = self._hays[i]
        pos = hay.find(term)
        if pos >= 0:
            return self._contiguous(i, term, pos)
        score = self._spread(i, term, True)
        return score if score != float("-inf") else self._spread(i, term, False)

    def _spread(self, i: int, term: str, starts: bool) -> float:
        hay, mask = self._hays[i], self._masks[i]
        score, at, prev = 0.0, 0, -2
        for c in term:
            if prev >= 0 and prev + 1 < len(hay) and hay[prev + 1] == c:
                j = prev + 1
            else:
                j = mask.find(c, at) if starts else -1
                if j < 0:
                    j = hay.find(c, at)
                    if j < 0:
                        return float("-inf")  # preferring word starts left no room for the rest
            score += 1.0
            if j == prev + 1:
                score += RUN
            elif prev >= 0:
                score -= GAP + min(j - prev - 1, 20) * 0.2
            if mask[j] != "\0":
                score += WORD
            if j == 0:
                score += PREFIX
            prev, at = j, j + 1
        return score - min(prev, 60) * 0.02
