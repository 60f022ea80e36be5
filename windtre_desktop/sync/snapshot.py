"""What the screens show, read from the store in one go: user, company, lines and totals.

The network thread builds a new snapshot after each sync that changed something, so the
GUI thread only swaps it in: no SQL and no per-line work on the GUI thread during a sync.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from windtre_desktop.domain.line_search import search_key
from windtre_desktop.domain.models import Company, CompanyTotals, Line, User
from windtre_desktop.domain.totals import company_totals
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

    @property
    def has_data(self) -> bool:
        return self.company is not None or bool(self.lines)


def load_snapshot(store: Store) -> Snapshot:
    lines = store.lines()
    state = store.sync_state()
    return Snapshot(
        user=store.user(),
        company=store.company(),
        lines=lines,
        totals=company_totals(lines),
        last_success_at=state.last_success_at,
        last_attempt_at=state.last_attempt_at,
        last_error=state.last_error,
        search_keys=[search_key(line) for line in lines],
    )
