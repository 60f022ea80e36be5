"""The fleet's usage fetched and kept in the network thread (no Qt): `GET /fleet/usage` with the kept ETag as
If-None-Match, the answer saved in the store this thread owns and parsed here, so the GUI thread only shows it
(10,000 lines take a few hundred milliseconds to save and read back)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from windtre_desktop.api.client import ApiClient
from windtre_desktop.domain.fleet_usage import FleetUsage
from windtre_desktop.store.database import Store
from windtre_desktop.store.fleet_store import FleetStore


@dataclass(frozen=True)
class FleetFetch:
    """What a fetch left in the store: the new usage, or None when the kept one is current (304)."""

    usage: FleetUsage | None


def fetch_fleet(client: ApiClient, store: Store, previous: FleetUsage | None = None) -> FleetFetch:
    """`previous`: the usage this thread parsed last, whose unchanged lines the new one shares."""
    fleet = FleetStore(store)
    etag = fleet.etag() if fleet.saved_at() else None
    answer = client.fleet_usage(etag)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    if answer is None:
        fleet.touch(now)
        return FleetFetch(None)
    fleet.save(answer.data, answer.etag, now)
    return FleetFetch(FleetUsage.from_json(answer.data).sharing(previous))
