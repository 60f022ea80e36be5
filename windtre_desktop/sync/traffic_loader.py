"""Loading Traffico (R-30, R-31) into the store, Qt-free: what the store already has for a query
(`load_saved`), and a load as a sequence of small steps (one request and one store write each), so the
network thread runs one step per event-loop turn and can drop a load between two steps.

A line: its daily aggregates of the whole window (with ETag; the answer's `to` is the server's today), then
the records of the days not kept yet, run by run, page by page (a past day once kept is not asked again
unless the query forces it; today always is). The company: its daily aggregates and top lines of the period
in one request whatever the line count (two when the server's today is not known yet); never a line's."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from windtre_desktop.api.traffic import TRAFFIC_TYPES
from windtre_desktop.clock import italian_today  # noqa: F401 - the loader's callers take it from here
from windtre_desktop.domain.traffic_data import COMPANY, TrafficQuery, TrafficResult
from windtre_desktop.domain.traffic_periods import DayRange, Period, kept_range, period_range
from windtre_desktop.store.traffic_store import DAILY, RECORDS, WINDOW_QUERY, TrafficStore, range_query
from windtre_desktop.sync.outcomes import Failure

if TYPE_CHECKING:
    from windtre_desktop.api.client import ApiClient
    from windtre_desktop.api.traffic import DailyTraffic
    from windtre_desktop.store.database import Store

PAGE_SIZE = 5000  # records per request (the contract's largest page of /records)
TOP = 10  # lines per ranking of the company's top lines

Progress = Callable[[int, int], None]


def resolve(query: TrafficQuery, today: date) -> DayRange:
    """The days of the query: its named period up to `today`, or its own first…last."""
    if query.period is Period.CUSTOM:
        if query.first is None or query.last is None:
            raise ValueError("a custom period needs its first and last day")
        return DayRange(query.first, query.last)
    return period_range(query.period, today)


def missing_runs(days: DayRange, kept: Mapping[date, bool], today: date, force: bool = False) -> list[DayRange]:
    """The runs of consecutive days of `days` whose records must be fetched: `kept` maps a kept day to its
    `final` flag (fetched when already past). A past day kept final is skipped unless `force`; today, and a
    day kept while it was today, are always fetched."""
    runs: list[DayRange] = []
    start: date | None = None
    day = days.first
    while day <= days.last:
        wanted = force or day >= today or not kept.get(day, False)
        if wanted and start is None:
            start = day
        elif not wanted and start is not None:
            runs.append(DayRange(start, day - timedelta(days=1)))
            start = None
        day += timedelta(days=1)
    if start is not None:
        runs.append(DayRange(start, days.last))
    return runs


def _usable(coverage: Mapping[date, tuple[str, bool]], today: date) -> dict[date, str]:
    """The kept days that hold the whole day (final) or today as it was fetched: day → fetched_at."""
    return {day: at for day, (at, final) in coverage.items() if final or day == today}


def _totals(days: list[dict]) -> dict[str, dict]:
    totals = {code: {"records": 0, "seconds": 0, "bytes": 0, "costCents": 0} for code in TRAFFIC_TYPES}
    for day in days:
        for code, agg in day["types"].items():
            sums = totals.setdefault(code, {"records": 0, "seconds": 0, "bytes": 0, "costCents": 0})
            for key in sums:
                sums[key] += agg.get(key, 0)
    return totals


def load_saved(store: Store, query: TrafficQuery, today_fallback: date) -> TrafficResult:
    """What the store has for `query` (from_store=True), resolved against the server's last known today
    (else `today_fallback`). `complete` when every day of the period has its aggregates and, for a line,
    its records."""
    traffic = TrafficStore(store)
    today = traffic.server_today() or today_fallback
    span = resolve(query, today)
    days = traffic.days(query.scope, span.first, span.last)
    daily = _usable(traffic.coverage(query.scope, DAILY, span.first, span.last), today)
    fetched = list(daily.values())
    complete = len(daily) == span.days and len(days) == span.days
    top = line_count = records = None
    records_days = 0
    if query.is_company:
        saved = traffic.company_top(span.first, span.last)
        if saved is not None:
            top, line_count, _at = saved
    else:
        kept = _usable(traffic.coverage(query.scope, RECORDS, span.first, span.last), today)
        records_days = len(kept)
        fetched += kept.values()
        complete = complete and records_days == span.days
        records = traffic.records(query.scope, span.first, span.last)
    return TrafficResult(
        scope=query.scope, period=query.period, first=span.first, last=span.last, today=today, days=days,
        totals=_totals(days), top=top, line_count=line_count, records=records, records_days=records_days,
        saved_at=min(fetched) if fetched else None, from_store=True, complete=complete)


def failed(error: Exception, store: Store | None, query: TrafficQuery,
           today_fallback: date) -> tuple[Failure, TrafficResult | None]:
    """A load that failed: the Failure for the caller, and what the store has for the offline view."""
    saved = None
    if store is not None:
        try:
            saved = load_saved(store, query, today_fallback)
        except Exception:  # noqa: BLE001 - a custom query without its days, a damaged store: nothing to show
            saved = None
    return Failure.from_error(error), saved


class TrafficLoad:
    """A load in steps: call `step()` until it answers False, then read `result`. `done`/`total` are the
    records fetched so far and expected (a line; 0/0 for the company). An exception from `step()` ends the
    load (what was stored so far stays)."""

    def __init__(self, client: ApiClient, store: Store, query: TrafficQuery, today_fallback: date) -> None:
        self.client = client
        self.store = store
        self.traffic = TrafficStore(store)
        self.query = query
        self.today_fallback = today_fallback
        self.today: date | None = None
        self.done = 0
        self.total = 0
        self.result: TrafficResult | None = None

    def step(self) -> bool:
        raise NotImplementedError

    def _finish(self) -> bool:
        self.result = replace(load_saved(self.store, self.query, self.today or self.today_fallback),
                              from_store=False)
        return False

    def _window_etag(self, scope: str) -> str | None:
        """The saved ETag of the whole window, sent only when every day of the window it names is kept."""
        today = self.traffic.server_today()
        if today is None:
            return None
        window = kept_range(today)
        if len(self.traffic.coverage(scope, DAILY, window.first, window.last)) != window.days:
            return None
        return self.traffic.etag(scope, WINDOW_QUERY)

    def _save_window(self, scope: str, answer: DailyTraffic) -> date:
        today = date.fromisoformat(answer.last)
        self.traffic.save_daily(scope, answer.days, today=today, query=WINDOW_QUERY, etag=answer.etag,
                                learned_today=True, top=answer.top, line_count=answer.line_count,
                                period=(answer.first, answer.last))
        self.traffic.prune(date.fromisoformat(answer.first))
        return today


class LineLoad(TrafficLoad):
    """One line: (1) daily aggregates of the window and the plan, (2…) one page of records per step."""

    def __init__(self, client: ApiClient, store: Store, query: TrafficQuery, today_fallback: date,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(client, store, query, today_fallback)
        self.page_size = page_size
        self.runs: list[DayRange] | None = None  # what the plan found missing (for tests and logs)
        self._todo: list[DayRange] = []
        self._cursor: str | None = None
        self._estimates: list[int] = []  # expected records of each run still to fetch (from the aggregates)
        self._run_total = 0  # records of the run being fetched (its first page's totalRecords)

    def step(self) -> bool:
        if self.result is not None:
            return False
        if self.runs is None:
            self._daily_and_plan()
            return bool(self._todo) or self._finish()
        return self._page() or self._finish()

    def _daily_and_plan(self) -> None:
        line = self.query.scope
        answer = self.client.line_traffic_daily(line, etag=self._window_etag(line))
        if answer is not None:
            self.today = self._save_window(line, answer)
        else:  # 304: the stored window is the server's
            self.today = self.traffic.server_today() or self.today_fallback
        span = resolve(self.query, self.today)
        kept = {day: final for day, (_at, final) in
                self.traffic.coverage(line, RECORDS, span.first, span.last).items()}
        self.runs = missing_runs(span, kept, self.today, self.query.force)
        self._todo = list(self.runs)
        per_day = {day["date"]: sum(agg["records"] for agg in day["types"].values())
                   for day in self.traffic.days(line, span.first, span.last)}
        self._estimates = [sum(per_day.get((run.first + timedelta(days=n)).isoformat(), 0)
                               for n in range(run.days)) for run in self._todo]
        self.total = sum(self._estimates)

    def _page(self) -> bool:
        """Fetch and store one page of the current run; False when every run is in."""
        if not self._todo:
            return False
        run = self._todo[0]
        first_page = self._cursor is None
        page = self.client.line_traffic_records(self.query.scope, first=run.first.isoformat(),
                                                last=run.last.isoformat(), limit=self.page_size,
                                                cursor=self._cursor)
        last_page = not page.next_cursor
        self.traffic.save_records_page(self.query.scope, page.records, run.first, run.last,
                                       today=self.today or self.today_fallback, last_page=last_page,
                                       clear=first_page)
        if first_page:  # the server's count replaces the estimate from the aggregates
            self.total += page.total_records - self._estimates[0]
            self._estimates[0] = page.total_records
        self.done += len(page.records)
        self.total = max(self.total, self.done)
        today = self.today or self.today_fallback
        if last_page and run.first <= today <= run.last:
            self.traffic.day_from_records(self.query.scope, today)  # the totals of the rows now kept
        if last_page:
            self._todo.pop(0)
            self._estimates.pop(0)
            self._cursor = None
        else:
            self._cursor = page.next_cursor
        return bool(self._todo)


class CompanyLoad(TrafficLoad):
    """The company: (1) the window without from/to when the server's today is not known (or may have moved,
    or the period is the window itself), (2) the period with from/to when it is not the window."""

    def __init__(self, client: ApiClient, store: Store, query: TrafficQuery, today_fallback: date) -> None:
        super().__init__(client, store, query, today_fallback)
        self._stage = 0
        self.requests = 0

    def step(self) -> bool:
        if self.result is not None:
            return False
        known = self.traffic.server_today()
        if self._stage == 0:
            self._stage = 1
            if self.query.period is Period.THREE_MONTHS or known is None or self.today_fallback > known:
                answer = self.client.company_traffic_daily(top=TOP, etag=self._window_etag(COMPANY))
                self.requests += 1
                self.today = self._save_window(COMPANY, answer) if answer is not None else known
                if self.today is None:  # a 304 without a saved today cannot happen (no ETag sent then)
                    self.today = self.today_fallback
                if resolve(self.query, self.today) == kept_range(self.today):
                    return self._finish()
                return True
        self.today = self.today or known or self.today_fallback
        span = resolve(self.query, self.today)
        query = range_query(span.first, span.last)
        etag = None
        if (len(self.traffic.coverage(COMPANY, DAILY, span.first, span.last)) == span.days
                and self.traffic.company_top(span.first, span.last) is not None):
            etag = self.traffic.etag(COMPANY, query)
        answer = self.client.company_traffic_daily(first=span.first.isoformat(), last=span.last.isoformat(),
                                                   top=TOP, etag=etag)
        self.requests += 1
        if answer is not None:
            self.traffic.save_daily(COMPANY, answer.days, today=self.today, query=query, etag=answer.etag,
                                    top=answer.top, line_count=answer.line_count,
                                    period=(answer.first, answer.last))
        return self._finish()


def start_load(client: ApiClient, store: Store, query: TrafficQuery, today_fallback: date) -> TrafficLoad:
    if query.is_company:
        return CompanyLoad(client, store, query, today_fallback)
    return LineLoad(client, store, query, today_fallback)


def run_load(load: TrafficLoad, progress: Progress | None = None) -> TrafficResult:
    """All the steps of `load` at once (the tests, a command line); exceptions propagate."""
    more = True
    while more:
        more = load.step()
        if progress is not None:
            progress(load.done, load.total)
    assert load.result is not None
    return load.result
