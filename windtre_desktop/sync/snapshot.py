"""What the screens show, read from the store in one go: user, company, lines and totals (or, for a
start's first frame, just its head: see load_head_snapshot).

The network thread builds a new snapshot after each sync that changed something, so the
GUI thread only swaps it in: no SQL and no per-line work on the GUI thread during a sync.
Each new snapshot takes over the previous one's Line objects (and search keys) for the lines that did not
change: a hidden screen keeps the snapshot it last showed until it is shown again (flows.controller's stale
sections), and without this every such screen would hold its own copy of 10,000 lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from windtre_desktop.domain.line_search import search_key
from windtre_desktop.domain.models import Company, CompanyTotals, Line, User
from windtre_desktop.store.database import Store


@dataclass(frozen=True)
class Snapshot:
    user: User | None
    company: Company | None
    lines: list[Line]
    totals: CompanyTotals
    last_success_at: str | None = None
    last_attempt_at: str | None = None
    last_error: str | None = None
    search_keys: list[str] = field(default_factory=list)  # one per line, for the line picker
    complete: bool = True  # False: only the first lines (a start's first frame); the rest follows

    @property
    def has_data(self) -> bool:
        return self.company is not None or bool(self.lines)


# Lines read for a start's first frame: more than a screen of the line picker holds.
HEAD_LINES = 200


def load_snapshot(store: Store, previous: Snapshot | None = None) -> Snapshot:
    """The whole store; the lines equal to one of `previous` (the snapshot shown before, of the same store)
    are `previous`'s own objects."""
    from windtre_desktop.domain.totals import company_totals

    lines = store.lines()
    if previous is None or not previous.lines:
        return _snapshot(store, lines, company_totals(lines))
    lines, keys = _shared_with(previous, lines)
    return _snapshot(store, lines, company_totals(lines), keys=keys)


def _shared_with(previous: Snapshot, lines: list[Line]) -> tuple[list[Line], list[str]]:
    """`lines`, each replaced by `previous`'s equal line where there is one, and their search keys (the
    previous key for a line taken over)."""
    kept = previous.search_keys if len(previous.search_keys) == len(previous.lines) else None
    before = {line.id: (line, kept[i] if kept is not None else None) for i, line in enumerate(previous.lines)}
    shared, keys = [], []
    for line in lines:
        old, key = before.get(line.id, (None, None))
        if old is not None and old == line:
            line = old
        shared.append(line)
        keys.append(key if line is old and key is not None else search_key(line))
    return shared, keys


def load_head_snapshot(store: Store, limit: int = HEAD_LINES) -> Snapshot:
    """What the first frame of a cached start needs, in the same time at 250 or 10,000 lines: user,
    company, the totals saved with the last sync and the first `limit` lines. The full snapshot is
    read afterwards, off the GUI thread (SyncService.load_snapshot)."""
    lines = store.lines_head(limit)
    totals = store.saved_totals()
    return _snapshot(store, lines, totals, complete=len(lines) >= totals.lines)


def _snapshot(store: Store, lines: list[Line], totals: CompanyTotals, complete: bool = True,
              keys: list[str] | None = None) -> Snapshot:
    state = store.sync_state()
    return Snapshot(
        user=store.user(),
        company=store.company(),
        lines=lines,
        totals=totals,
        last_success_at=state.last_success_at,
        last_attempt_at=state.last_attempt_at,
        last_error=state.last_error,
        search_keys=keys if keys is not None else [search_key(line) for line in lines],
        complete=complete,
    )
