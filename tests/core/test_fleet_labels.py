"""The fleet's local labels, notes and saved views (issue 15): kept in the profile's store, surviving a
reopen, and forgotten when emptied."""

from __future__ import annotations

import pytest

from windtre_desktop.store.database import Store
from windtre_desktop.store.fleet_labels import FleetLabels, FleetViews


def test_labels_survive_a_reopen_and_an_empty_label_forgets_the_line(tmp_path):
    db = tmp_path / "cache.sqlite3"
    store = Store(db)
    labels = FleetLabels(store)
    labels.set("L00001", "  Mario Rossi ", "centro di costo 12")
    labels.set("L00002", "Magazzino", "")
    store.close()
    store = Store(db)
    labels = FleetLabels(store)
    assert labels.get("L00001").label == "Mario Rossi" and labels.get("L00001").note == "centro di costo 12"
    labels.set("L00002", " ", "")
    assert set(labels.all()) == {"L00001"}
    assert labels.get("L00002").label == ""
    store.close()


def test_saved_views_round_trip_and_need_a_name(tmp_path):
    store = Store(tmp_path / "cache.sqlite3")
    views = FleetViews(store)
    views.save("Roaming Nord", {"roaming": True, "text": "milano"})
    views.save("Roaming Nord", {"roaming": True, "text": "torino"})
    assert views.all() == {"Roaming Nord": {"roaming": True, "text": "torino"}}
    with pytest.raises(ValueError, match="^a saved view needs a name$"):
        views.save("  ", {})
    views.save(" Zeta ", {"text": "x"})
    views.save("alfa", {"text": "y"})
    assert list(views.all()) == ["alfa", "Roaming Nord", "Zeta"]  # by name, whatever the case
    views.delete("alfa")
    views.delete("Zeta")
    views.delete("Roaming Nord")
    assert views.all() == {}
    store.close()


def test_a_label_or_a_note_alone_is_kept_and_read_back_whole(tmp_path):
    from windtre_desktop.domain.fleet_usage import LineLabel

    store = Store(tmp_path / "cache.sqlite3")
    labels = FleetLabels(store)
    assert labels.set("L1", " Furgone ", "") == LineLabel("L1", "Furgone", "")
    assert labels.set("L2", "", " solo nota ") == LineLabel("L2", "", "solo nota")
    assert labels.all() == {"L1": LineLabel("L1", "Furgone", ""), "L2": LineLabel("L2", "", "solo nota")}
    assert labels.get("L2") == LineLabel("L2", "", "solo nota") and labels.get("L9") == LineLabel("L9")
    store.close()
