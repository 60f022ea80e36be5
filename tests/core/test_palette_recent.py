"""The command palette's recent items in the profile's store: newest first, moved up when used again,
capped, surviving a reopen."""

from __future__ import annotations

from windtre_desktop.store.database import Store
from windtre_desktop.store.palette_recent import PaletteRecent


def test_recent_items_are_newest_first_and_survive_a_reopen(tmp_path):
    db = tmp_path / "cache.sqlite3"
    store = Store(db)
    recent = PaletteRecent(store)
    recent.touch("line", "L00001")
    recent.touch("invoice", "INV-1")
    recent.touch("screen", "products/gss")
    recent.touch("line", "L00001")  # used again: first again, not twice
    assert recent.recent() == [("line", "L00001"), ("screen", "products/gss"), ("invoice", "INV-1")]
    store.close()
    store = Store(db)
    assert PaletteRecent(store).recent(2) == [("line", "L00001"), ("screen", "products/gss")]
    store.close()


def test_only_the_newest_are_kept(tmp_path):
    store = Store(tmp_path / "cache.sqlite3")
    recent = PaletteRecent(store)
    for n in range(8):
        recent.touch("line", f"L{n}", keep=5)
    assert recent.recent() == [("line", f"L{n}") for n in (7, 6, 5, 4, 3)]
    recent.forget("line", "L7")
    assert recent.recent(1) == [("line", "L6")]
    store.close()


def test_touches_within_one_clock_tick_keep_their_order(tmp_path, monkeypatch):
    from windtre_desktop.store import palette_recent

    monkeypatch.setattr(palette_recent, "_now", lambda: "2026-05-10T10:00:00.000000+00:00")
    store = Store(tmp_path / "cache.sqlite3")
    recent = PaletteRecent(store)
    for key in ("a", "b", "c", "a"):
        recent.touch("line", key)
    assert recent.recent() == [("line", "a"), ("line", "c"), ("line", "b")]
    store.close()
