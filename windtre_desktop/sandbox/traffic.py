"""Traffic of the sandbox's lines (R-30…R-32): a deterministic model, made lazily, never at start-up.

Two levels, so that nothing needs every record to know a total:

- **daily totals** per (line, day, kind): records, quantity (seconds, messages, bytes or records) and cost
  in euro cents come straight from a counter-based hash of (seed, line, day, kind) and the line's profile
  (derived from its offer). The same numpy formulas run for one line or for a block of thousands of lines,
  element by element, so a company's aggregates are the exact sum of its lines' and cost no record;
- **records** of one (line, day) are made only when asked: the day's totals are split over that many
  records (integer splits by cumulative floors), so the records of a day always add up to its totals.

The window is today (Italian calendar, sandbox clock) and the 90 days before it. Today holds the traffic of
the quarter hours already past, so its totals grow during the day and records never lie in the future.

The model is defined for any day (the fleet's 24 billed months are sums of it), and a few lines of every company
behave unusually around the sandbox's start day (`anchor`), so that the fleet alerts have something to find: a
line silent for weeks ("dormant"), a line whose last billed month or last week spikes, a line that always
exhausts its data allowance or never uses half of it; mobile lines roam abroad on a few "trip" weeks.
"""

from __future__ import annotations

import hashlib
import struct
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

import numpy as np

from windtre_desktop.sandbox.demo_data import iso_time, italian_midnight, italy_offset
from windtre_desktop.sandbox.offers import offer_price

WINDOW_DAYS = 90  # the days before today that have traffic ("last three months", R-30)
EXPORT_MAX_DAYS = 90
QUARTER = 900
MIB = 1024 * 1024

TYPES = ("calls", "messages", "internet", "options", "other")  # R-31, codes
KINDS = (
    "voice_national",
    "voice_international",
    "voice_roaming",
    "sms",
    "mms",
    "data",
    "data_roaming",
    "option",
    "other",
)
TYPE_OF_KIND = (0, 0, 0, 1, 1, 2, 2, 3, 4)
N_KINDS = len(KINDS)
VOICE = (0, 1, 2)
DATA = (5, 6)
# the unit a kind's cost rate is given in: seconds, messages, MiB, records
UNIT_DIVISOR = np.array([1, 1, 1, 1, 1, MIB, MIB, 1, 1], dtype=np.int64)

COUNTRIES = (
    ("FR", "33"),
    ("DE", "49"),
    ("ES", "34"),
    ("CH", "41"),
    ("GB", "44"),
    ("US", "1"),
    ("RO", "40"),
    ("AL", "355"),
    ("CN", "86"),
    ("BR", "55"),
)
OPTIONS = (
    ("Giga Extra 10 GB", 500),
    ("Opzione Estero Europa", 900),
    ("Minuti Internazionali 100", 700),
    ("Giga Extra 50 GB", 1500),
)
OTHER_CHARGES = (
    ("Servizio a sovrapprezzo", 199),
    ("Costo di ricarica", 100),
    ("Servizio di contenuti", 299),
)

# weekday activity (Monday first): business lines are quiet at the weekend, data routers are not
WEEKDAY_FACTOR = np.array(
    [[1.0, 1.0, 1.0, 1.0, 1.0, 0.45, 0.2], [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0]], dtype=np.float64
)
HASH_1 = np.uint64(0x9E3779B97F4A7C15)
HASH_2 = np.uint64(0xBF58476D1CE4E5B9)
HASH_3 = np.uint64(0x94D049BB133111EB)
DAY_MIX = np.uint64(0xD1B54A32D192ED03)
KIND_MIX = np.uint64(0x8CB92BA72F3D8DD7)
TRIP_MIX = np.uint64(0x2545F4914F6CDD1D)
ROAMING = [2, 6]  # voice_roaming, data_roaming: only on days abroad


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser, element by element on uint64 (wrapping arithmetic)."""
    with np.errstate(over="ignore"):
        z = x + HASH_1
        z = (z ^ (z >> np.uint64(30))) * HASH_2
        z = (z ^ (z >> np.uint64(27))) * HASH_3
        return z ^ (z >> np.uint64(31))


KIND_SALTS = _mix(np.arange(1, N_KINDS + 1, dtype=np.uint64) * KIND_MIX)  # one 64-bit salt per kind


@dataclass(frozen=True)
class Profile:
    """What one line does on a typical weekday: records per day, mean and least quantity per record, cost
    rate (thousandths of a cent per unit) for each kind; the weekday pattern; the line's hash key."""

    key: int
    rate: tuple[float, ...]
    mean: tuple[float, ...]
    least: tuple[int, ...]
    cost: tuple[int, ...]
    week: int
    heavy: bool
    quiet_from: int = 0  # ordinal of the first day without any traffic (a dormant line); 0: never
    spike_from: int = 0  # [spike_from, spike_to): ordinals of days with `spike` times the usual traffic
    spike_to: int = 0
    spike: float = 1.0


# the unusual lines (shares of a company's lines), drawn once per line from the seed
DORMANT_SHARE = 0.02
MONTH_SPIKE_SHARE = 0.04  # drawn; only the lines whose charges weigh against their fee keep it
WEEK_SPIKE_SHARE = 0.015
SPIKE_FACTOR = 5.0
EXHAUSTED_SHARE = 0.03  # mobile lines whose data use is above the allowance every month
LIGHT_SHARE = 0.04  # mobile lines that never use half their data allowance
TRIP_PER_MILLE = 40  # weeks abroad per thousand line-weeks
DATA_DAYS_PER_MONTH = 30.4


def line_key(seed: int, line_id: str) -> int:
    return int.from_bytes(hashlib.sha256(f"traffic|{seed}|{line_id}".encode()).digest()[:8], "little")


def _pattern_draws(seed: int, line_id: str) -> tuple[float, float, float]:
    digest = hashlib.sha256(f"pattern|{seed}|{line_id}".encode()).digest()
    a, b, c = struct.unpack("<3I", digest[:12])
    return a / 2**32, b / 2**32, c / 2**32


def monthly_charges(profile: Profile) -> float:
    """The cents a line's traffic costs in an average month, from its profile."""
    share = _weekly_share(profile.week)
    total = 0.0
    for kind in range(N_KINDS):
        per_day = profile.rate[kind] * share * (TRIP_PER_MILLE / 1000 if kind in ROAMING else 1.0)
        total += per_day * profile.mean[kind] / int(UNIT_DIVISOR[kind]) * profile.cost[kind] / 1000
    return total * DATA_DAYS_PER_MONTH


def _unusual(profile: Profile, seed: int, line_id: str, offer_code: str, anchor: date) -> Profile:
    """The profile with this line's unusual behaviour around `anchor`, if it has one."""
    which, how, data_draw = _pattern_draws(seed, line_id)
    today = anchor.toordinal()
    if which < DORMANT_SHARE and not profile.heavy:
        return replace(profile, quiet_from=today - 36 - int(how * 40))
    which -= DORMANT_SHARE
    # a spike of the billed month shows only where the line's charges weigh against its fee
    if 0 <= which < MONTH_SPIKE_SHARE and monthly_charges(profile) >= offer_price(offer_code) / 2:
        this_month = anchor.replace(day=1)
        last_month = (this_month - timedelta(days=1)).replace(day=1)
        return replace(profile, spike_from=last_month.toordinal(), spike_to=this_month.toordinal(),
                       spike=SPIKE_FACTOR)
    which -= MONTH_SPIKE_SHARE
    if 0 <= which < WEEK_SPIKE_SHARE:
        return replace(profile, spike_from=today - 5, spike_to=today + 3, spike=SPIKE_FACTOR)
    return profile


def data_target(seed: int, line_id: str) -> float:
    """The share of its data allowance a mobile line uses in a month, on average."""
    _, how, draw = _pattern_draws(seed, line_id)
    if draw < EXHAUSTED_SHARE:
        return 1.2 + 0.2 * how
    if draw < EXHAUSTED_SHARE + LIGHT_SHARE:
        return 0.12 + 0.25 * how
    return 0.58 + 0.32 * how


def profile(seed: int, line: dict, anchor: date | None = None) -> Profile:
    """A line's traffic profile: from its kind and offer, varied per line by the seed; with `anchor` (the
    sandbox's start day), the line's unusual behaviour around it."""
    made = _profile(seed, line)
    return made if anchor is None else _unusual(made, seed, line["id"], line["offer"]["code"], anchor)


def _weekly_share(week: int) -> float:
    return float(WEEKDAY_FACTOR[week].mean())


def _profile(seed: int, line: dict) -> Profile:
    key = line_key(seed, line["id"])
    draws = iter(struct.unpack("<32H", hashlib.sha512(key.to_bytes(8, "little")).digest()))

    def uniform() -> float:  # up to 32 draws per line, cheaper than seeding a random.Random
        return next(draws) / 65536

    offer = line["offer"]["code"]
    rate = [0.0] * N_KINDS
    mean = [0.0] * N_KINDS
    least = [1, 1, 1, 1, 1, 1024, 1024, 1, 1]
    cost = [0] * N_KINDS
    week = 0
    heavy = False

    def vary(low: float, high: float) -> float:
        return low + (high - low) * uniform()

    option_price = OPTIONS[int(uniform() * len(OPTIONS))][1] * 1000
    other_price = OTHER_CHARGES[int(uniform() * len(OTHER_CHARGES))][1] * 1000
    if line["kind"] == "fixed":
        heavy = offer == "FIX-VOCE-1000" and uniform() < 0.3  # a call centre
        rate[0] = vary(1700, 2100) if heavy else vary(8, 40)
        rate[1] = vary(20, 40) if heavy else vary(0.2, 1.5)
        mean[0], mean[1] = (vary(150, 260), vary(180, 300)) if heavy else (vary(90, 240), vary(120, 400))
        cost[0] = 0 if offer == "FIX-FIBRA-UNL" else 30
        cost[1] = 380
        if offer == "FIX-FIBRA-UNL":
            rate[5], mean[5] = vary(10, 40), vary(50, 200) * MIB
        rate[8] = vary(0.02, 0.06)
    elif offer == "BIZ-DATA-200":  # a data-only SIM: a router or a tablet, always on
        heavy = True
        week = 1
        rate[5], mean[5] = vary(1300, 1700), vary(1, 4) * MIB
        rate[6], mean[6] = vary(20, 60), vary(0.2, 0.6) * MIB  # per day abroad (trips)
        cost[6] = 500
        rate[7] = vary(0.003, 0.008)  # an option now and then
    else:
        unlimited_voice = (
            line["counters"].get("voice") is not None and line["counters"]["voice"]["total"] is None
        )
        sms = line["counters"].get("sms")
        unlimited_sms = sms is not None and sms["total"] is None
        rate[0], mean[0] = vary(2, 9), vary(60, 200)
        rate[1], mean[1] = vary(0.05, 0.6), vary(90, 400)
        rate[2], mean[2] = vary(0.5, 3), vary(60, 300)  # per day abroad (trips)
        rate[3] = vary(0.5, 5)
        rate[4] = vary(0.02, 0.2)
        rate[5], mean[5] = vary(3, 12), vary(10, 120) * MIB
        rate[6], mean[6] = vary(6, 20), vary(0.2, 1) * MIB  # per day abroad (trips)
        rate[7] = vary(0.003, 0.008)  # an option now and then (one or two a quarter)
        cost[0] = 0 if unlimited_voice else 50
        cost[1], cost[2] = 400, 30
        cost[3] = 0 if unlimited_sms else 10_000
        cost[4] = 50_000
        cost[6] = 500
    rate[8] = rate[8] or vary(0.004, 0.012)
    data_counter = (line.get("counters") or {}).get("data")
    if line["kind"] == "mobile" and data_counter and data_counter.get("total"):
        # a month's data (home and roaming) is about data_target × the allowance
        monthly = data_target(seed, line["id"]) * data_counter["total"]
        per_day = monthly / (DATA_DAYS_PER_MONTH * _weekly_share(week))
        mean[5] = max(64 * 1024.0, per_day / max(rate[5], 0.1))
    for kind in (3, 4, 7, 8):
        mean[kind] = 1.0
    cost[7], cost[8] = option_price, other_price
    return Profile(key, tuple(rate), tuple(mean), tuple(least), tuple(cost), week, heavy)


@dataclass(frozen=True)
class Profiles:
    """The profiles of many lines as arrays (rows in the order given)."""

    ids: tuple[str, ...]
    msisdns: tuple[str, ...]
    keys: np.ndarray  # (L,) uint64
    rate: np.ndarray  # (L, K) float64
    mean: np.ndarray  # (L, K) float64
    least: np.ndarray  # (L, K) int64
    cost: np.ndarray  # (L, K) int64
    week: np.ndarray  # (L,) int64
    quiet_from: np.ndarray | None = None  # (L,) int64 ordinals, 0: never (see Profile)
    spike_from: np.ndarray | None = None
    spike_to: np.ndarray | None = None
    spike: np.ndarray | None = None  # (L,) float64

    @classmethod
    def of(cls, rows: Sequence[tuple[str, str, Profile]]) -> Profiles:
        return cls(
            ids=tuple(r[0] for r in rows),
            msisdns=tuple(r[1] for r in rows),
            keys=np.array([r[2].key for r in rows], dtype=np.uint64),
            rate=np.array([r[2].rate for r in rows], dtype=np.float64).reshape(len(rows), N_KINDS),
            mean=np.array([r[2].mean for r in rows], dtype=np.float64).reshape(len(rows), N_KINDS),
            least=np.array([r[2].least for r in rows], dtype=np.int64).reshape(len(rows), N_KINDS),
            cost=np.array([r[2].cost for r in rows], dtype=np.int64).reshape(len(rows), N_KINDS),
            week=np.array([r[2].week for r in rows], dtype=np.int64),
            quiet_from=np.array([r[2].quiet_from for r in rows], dtype=np.int64),
            spike_from=np.array([r[2].spike_from for r in rows], dtype=np.int64),
            spike_to=np.array([r[2].spike_to for r in rows], dtype=np.int64),
            spike=np.array([r[2].spike for r in rows], dtype=np.float64),
        )

    def rows(self, start: int, stop: int) -> Profiles:
        return Profiles(
            self.ids[start:stop],
            self.msisdns[start:stop],
            self.keys[start:stop],
            self.rate[start:stop],
            self.mean[start:stop],
            self.least[start:stop],
            self.cost[start:stop],
            self.week[start:stop],
            *(None if a is None else a[start:stop]
              for a in (self.quiet_from, self.spike_from, self.spike_to, self.spike)),
        )

    def activity(self, ordinals: np.ndarray) -> np.ndarray:
        """(L, D): 0 on a dormant line's quiet days, its spike factor on its spike days, else 1."""
        out = np.ones((len(self.ids), len(ordinals)), dtype=np.float64)
        if self.quiet_from is not None:
            days = ordinals.astype(np.int64)[None, :]
            quiet = (self.quiet_from[:, None] > 0) & (days >= self.quiet_from[:, None])
            spiking = (days >= self.spike_from[:, None]) & (days < self.spike_to[:, None])
            out = np.where(spiking, self.spike[:, None], out)
            out[quiet] = 0.0
        return out


@dataclass(frozen=True)
class Clock:
    """Today on the sandbox clock: the date, and the seconds of it already past (whole quarter hours)."""

    today: date
    elapsed: int

    @classmethod
    def at(cls, epoch: float) -> Clock:
        utc = datetime.fromtimestamp(int(epoch), UTC)
        today = (utc + italy_offset(utc)).date()
        elapsed = (int(epoch) - italian_midnight(epoch)) // QUARTER * QUARTER
        return cls(today, elapsed)

    @property
    def first(self) -> date:
        return self.today - timedelta(days=WINDOW_DAYS)

    @property
    def stamp(self) -> str:
        return f"{self.today.isoformat()}.{self.elapsed}"


def day_start(day: date) -> int:
    """Epoch seconds of the Italian midnight that starts `day`."""
    noon = datetime(day.year, day.month, day.day, 12, tzinfo=UTC).timestamp()
    return italian_midnight(noon)


def day_length(day: date) -> int:
    return day_start(day + timedelta(days=1)) - day_start(day)


def _day_factors(days: Sequence[date], clock: Clock) -> np.ndarray:
    """(2, D): each weekday pattern's activity on each day, today scaled by the part of it already past."""
    weekday = np.array([d.weekday() for d in days], dtype=np.int64)
    share = np.array(
        [clock.elapsed / day_length(d) if d == clock.today else 1.0 for d in days], dtype=np.float64
    )
    return WEEKDAY_FACTOR[:, weekday] * share


def cells(
    profiles: Profiles, days: Sequence[date], clock: Clock
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(records, quantity, costCents), each (L, D, K) int64, for these lines on these days.

    Element by element only (no reductions), so one line's numbers are the same alone or in a block.
    In-place steps keep a 10,000-line company's 91 days to a few passes over memory."""
    ordinals = np.array([d.toordinal() for d in days], dtype=np.uint64)
    with np.errstate(over="ignore"):
        h = _mix(profiles.keys[:, None] ^ (ordinals[None, :] * DAY_MIX))[:, :, None] ^ KIND_SALTS
        h *= KIND_MIX
        h ^= h >> np.uint64(29)
    factor = _day_factors(days, clock)[profiles.week]  # (L, D)
    factor *= profiles.activity(ordinals)
    expected = profiles.rate[:, None, :] * factor[:, :, None]
    expected[:, :, ROAMING] *= abroad(profiles.keys, ordinals)[:, :, None]
    u = (h >> np.uint64(40)).astype(np.float64)
    u *= 1.2 / (1 << 24)
    u += 0.4
    expected *= u
    u = (h & np.uint64(0xFFFF)).astype(np.float64)
    u *= 1.0 / 65536
    expected += u
    np.floor(expected, out=expected)
    records = expected.astype(np.int64)
    u = ((h >> np.uint64(16)) & np.uint64(0xFFFFFF)).astype(np.float64)
    u *= 0.8 / (1 << 24)
    u += 0.6
    u *= profiles.mean[:, None, :]
    u *= records
    np.floor(u, out=u)
    quantity = u.astype(np.int64)
    np.maximum(quantity, records * profiles.least[:, None, :], out=quantity)
    quantity[:, :, 3:5] = records[:, :, 3:5]
    quantity[:, :, 7:9] = records[:, :, 7:9]
    cost = quantity // UNIT_DIVISOR
    cost *= profiles.cost[:, None, :]
    cost //= 1000
    return records, quantity, cost


def _trip_hash(keys: np.ndarray, ordinals: np.ndarray) -> np.ndarray:
    """(L, D) a hash per (line, week abroad or not): weeks start on a different weekday per line."""
    with np.errstate(over="ignore"):
        weeks = (ordinals[None, :] + keys[:, None] % np.uint64(7)) // np.uint64(7)
        return _mix(keys[:, None] ^ (weeks * TRIP_MIX))


def abroad(keys: np.ndarray, ordinals: np.ndarray) -> np.ndarray:
    """(L, D) 1.0 on the days a line is abroad (its trip weeks), else 0.0."""
    return ((_trip_hash(keys, ordinals) >> np.uint64(40)) % np.uint64(1000) < TRIP_PER_MILLE).astype(np.float64)


def trip_country(key: int, day: date) -> str:
    """The country a line is in on a day abroad (one per trip)."""
    h = _trip_hash(np.array([key], dtype=np.uint64), np.array([day.toordinal()], dtype=np.uint64))
    return COUNTRIES[int(h[0, 0] % np.uint64(len(COUNTRIES)))][0]


def by_type(records: np.ndarray, quantity: np.ndarray, cost: np.ndarray) -> np.ndarray:
    """(..., 5 types, 4 measures: records, seconds, bytes, costCents) from (..., K) kind arrays."""
    shape = records.shape[:-1]
    out = np.zeros((*shape, len(TYPES), 4), dtype=np.int64)
    for kind, type_index in enumerate(TYPE_OF_KIND):
        out[..., type_index, 0] += records[..., kind]
        out[..., type_index, 3] += cost[..., kind]
        if kind in VOICE:
            out[..., type_index, 1] += quantity[..., kind]
        elif kind in DATA:
            out[..., type_index, 2] += quantity[..., kind]
    return out


def type_entry(row: np.ndarray) -> dict:
    return {"records": int(row[0]), "seconds": int(row[1]), "bytes": int(row[2]), "costCents": int(row[3])}


def day_entries(days: Sequence[date], measures: np.ndarray, types: Sequence[int]) -> list[dict]:
    """The JSON of daily aggregates: measures is (D, 5, 4)."""
    return [
        {"date": day.isoformat(), "types": {TYPES[t]: type_entry(measures[i, t]) for t in types}}
        for i, day in enumerate(days)
    ]


def totals_entry(measures: np.ndarray, types: Sequence[int]) -> dict:
    summed = measures.sum(axis=0)
    return {TYPES[t]: type_entry(summed[t]) for t in types}


# -- records of one line and one day ---------------------------------------------------------------------


def _split(total: int, weights: np.ndarray) -> list[int]:
    """`total` split into len(weights) non-negative integers in proportion to the (integer) weights, whose sum
    is exactly `total` (differences of cumulative floors)."""
    cumulative = [0, *np.cumsum(weights, dtype=np.int64).tolist()]
    whole = cumulative[-1]
    marks = [total * c // whole for c in cumulative]
    return [b - a for a, b in zip(marks, marks[1:], strict=False)]


def _local_times(day: date, seconds: list[int]) -> list[str]:
    start = day_start(day)
    if day_length(day) != 86400:  # a daylight-saving day: the offset changes during it
        return [iso_time(start + s) for s in seconds]
    offset = italy_offset(datetime.fromtimestamp(start, UTC))
    hours = int(offset.total_seconds()) // 3600
    prefix, suffix = day.isoformat() + "T", f"+{hours:02d}:00"
    return [f"{prefix}{s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}{suffix}" for s in seconds]


def day_records(
    seed: int,
    line_id: str,
    day: date,
    records: Sequence[int],
    quantity: Sequence[int],
    cost: Sequence[int],
    span: int,
    office_hours: bool = True,
) -> list[dict]:
    """Every record of one line on one day, in time order: per kind exactly `records[k]` records whose
    quantities add up to `quantity[k]` and costs to `cost[k]`. `span`: the seconds of the day with traffic."""
    key = line_key(seed, line_id)
    rng = np.random.default_rng([key & 0xFFFFFFFF, key >> 32, day.toordinal()])
    rng.integers(len(COUNTRIES))  # (a draw kept so that the rest of the day's records stay as they were)
    roaming_country = trip_country(key, day)
    roaming_code = dict(COUNTRIES)[roaming_country]
    stamp = day.strftime("%Y%m%d")
    made: list[tuple[int, int, dict]] = []
    for kind in range(N_KINDS):
        n = int(records[kind])
        if n == 0:
            continue
        if office_hours and kind not in DATA:  # people call and text in the day, mostly around midday
            drawn = rng.normal(13.5 * 3600, 3.2 * 3600, n)
            times = np.sort(np.clip(drawn, 0, max(span, 1) - 1).astype(np.int64)).tolist()
        else:
            times = np.sort(rng.integers(0, max(span, 1), n)).tolist()
        type_code = TYPES[TYPE_OF_KIND[kind]]
        least = 1024 if kind in DATA else 1
        if kind in VOICE or kind in DATA:
            weights = (rng.exponential(1.0, n) * 1000).astype(np.int64) + 1
            amounts = [least + part for part in _split(int(quantity[kind]) - n * least, weights)]
            costs = _split(int(cost[kind]), np.array(amounts, dtype=np.int64))
        else:
            amounts = [1] * n
            costs = _split(int(cost[kind]), np.ones(n, dtype=np.int64))
        countries = rng.integers(0, len(COUNTRIES), n).tolist()
        digits = rng.integers(0, 10**9, n).tolist()
        for i in range(n):
            number = destination = roaming = description = None
            seconds = bytes_ = None
            if kind == 0 or kind in (3, 4):
                number, destination = f"+393{digits[i]:09d}", "IT"
            elif kind == 1:
                country, code = COUNTRIES[countries[i]]
                number, destination = f"+{code}{digits[i]:09d}", country
            elif kind == 2:
                roaming = roaming_country
                if countries[i] % 2:
                    number, destination = f"+{roaming_code}{digits[i]:09d}", roaming_country
                else:
                    number, destination = f"+393{digits[i]:09d}", "IT"
            elif kind == 6:
                roaming = destination = roaming_country
            elif kind == 7:
                description = OPTIONS[countries[i] % len(OPTIONS)][0]
            elif kind == 8:
                description = OTHER_CHARGES[countries[i] % len(OTHER_CHARGES)][0]
            if kind in VOICE:
                seconds = amounts[i]
            elif kind in DATA:
                bytes_ = amounts[i]
            made.append(
                (
                    times[i],
                    kind,
                    {
                        "type": type_code,
                        "kind": KINDS[kind],
                        "number": number,
                        "destination": destination,
                        "roamingCountry": roaming,
                        "seconds": seconds,
                        "bytes": bytes_,
                        "costCents": costs[i],
                        "description": description,
                    },
                )
            )
    made.sort(key=lambda item: (item[0], item[1]))
    at = _local_times(day, [item[0] for item in made])
    out = []
    for index, ((_, _, record), when) in enumerate(zip(made, at, strict=True)):
        out.append({"id": f"{line_id}-{stamp}-{index:06d}", "at": when, **record})
    return out


class LruCache:
    """A small thread-safe LRU map."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: object, factory):  # noqa: ANN001 - any callable
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        value = factory()
        with self._lock:
            self._items[key] = value
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return value
