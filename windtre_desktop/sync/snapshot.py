"""What the screens show, read from the store in one go: user, company, lines and totals."""

from __future__ import annotations

from dataclasses import dataclass, field

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
    extra: dict = field(default_factory=dict)

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
    )
