"""ApiClient's fleet call and the store's copy of it (docs/api.md "Fleet", R-21) against the real sandbox: the
answer kept in the profile's store reads back the same (offline and at the next start), with its ETag, which
the server then answers with 304; a Dipendente is refused."""

from __future__ import annotations

import pytest

from tests.core.api_support import signed_in_clients
from windtre_desktop.api import Forbidden
from windtre_desktop.domain.fleet_usage import FleetUsage
from windtre_desktop.sandbox.runner import SandboxServer
from windtre_desktop.store.database import Store
from windtre_desktop.store.fleet_store import FleetStore


@pytest.fixture(scope="module")
def server():
    sandbox = SandboxServer(lines=30, seed=5)
    sandbox.start()
    yield sandbox
    sandbox.stop()


@pytest.fixture
def api(server):
    with signed_in_clients(server, timeout=20.0) as make:
        yield make


def test_the_answer_round_trips_through_the_store_and_its_etag_gets_a_304(api, tmp_path):
    client = api()
    answer = client.fleet_usage()
    assert answer is not None and answer.etag
    db = tmp_path / "cache.sqlite3"
    store = Store(db)
    fleet = FleetStore(store)
    assert fleet.load() is None and fleet.etag() is None and fleet.saved_at() == ""
    fleet.save(answer.data, answer.etag, "2026-12-07T10:00:00+00:00")
    store.close()

    store = Store(db)  # the next start
    fleet = FleetStore(store)
    kept = fleet.load()
    assert kept == FleetUsage.from_json(answer.data)
    assert len(kept.lines) == 30 and len(kept.months) == 24 and kept.offers
    assert fleet.etag() == answer.etag and fleet.saved_at() == "2026-12-07T10:00:00+00:00"
    assert client.fleet_usage(etag=fleet.etag()) is None  # 304: what is kept is current
    fleet.touch("2026-12-07T10:15:00+00:00")
    assert fleet.saved_at() == "2026-12-07T10:15:00+00:00" and fleet.load() == kept
    smaller = {**answer.data, "lines": answer.data["lines"][:3]}
    fleet.save(smaller, None, "2026-12-07T10:30:00+00:00")  # a new answer replaces the whole fleet
    assert set(fleet.load().lines) == {line["lineId"] for line in smaller["lines"]}
    store.close()


def test_a_dipendente_may_not_ask(api):
    with pytest.raises(Forbidden):
        api("DIPENDENTE").fleet_usage()


def test_the_network_thread_fetch_keeps_the_answer_and_then_asks_with_its_etag(api, tmp_path):
    from windtre_desktop.sync.fleet_fetch import fetch_fleet

    client = api("TELCO_MANAGER")
    with Store(tmp_path / "cache.sqlite3") as store:
        first = fetch_fleet(client, store)
        assert first.usage is not None and len(first.usage.lines) == 30
        assert FleetStore(store).load() == first.usage
        saved = FleetStore(store).saved_at()
        again = fetch_fleet(client, store)
        assert again.usage is None  # 304: the kept answer is current
        assert FleetStore(store).load() == first.usage and FleetStore(store).saved_at() >= saved
