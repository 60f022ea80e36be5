"""Moving the data folder (issue 14, Settings › Data folder): the move happens at the next start, the old
folder stays whole until the copy is checked and the pointer switched, and a folder that may not receive the
data is refused naming the rule."""

from __future__ import annotations

import shutil

import pytest

from windtre_desktop import data_location
from windtre_desktop.data_location import MoveRefused


def _data(root):
    (root / "profiles" / "abc").mkdir(parents=True)
    (root / "profiles" / "abc" / "cache.sqlite3").write_bytes(b"SQLite format 3\0" + b"x" * 5000)
    (root / "settings.ini").write_text("[General]\ntheme=dark\n", encoding="utf-8")
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _move_at_start(pointer, default):
    """What app.py does at a start, the lock aside: the folder in use, the pending move, the old one removed."""
    current = data_location.current_folder(pointer, default)
    moved = data_location.carry_out(pointer, current)
    if moved != current:
        data_location.remove_old(pointer, current)
    return moved


def test_the_data_moves_at_the_next_start_and_the_old_folder_goes(tmp_path):
    pointer, old, new = tmp_path / "config" / "data-location.json", tmp_path / "old", tmp_path / "disk2" / "wd"
    before = _data(old)
    (old / data_location.LOCK_NAME).write_text("4242", encoding="utf-8")  # the running instance's lock
    data_location.request_move(pointer, old, new)
    assert data_location.read(pointer).pending == new.resolve()
    assert old.exists() and not new.exists()  # nothing moves while the app runs
    assert _move_at_start(pointer, old) == new.resolve()
    assert {str(p.relative_to(new)): p.read_bytes() for p in new.rglob("*") if p.is_file()} == before
    assert not old.exists()
    location = data_location.read(pointer)
    assert location.data_dir == new.resolve() and location.pending is None
    assert _move_at_start(pointer, old) == new.resolve()  # the next start stays there


def test_the_location_file_is_never_in_a_data_folder_nor_removed_with_one(tmp_path, monkeypatch):
    """On Windows and macOS the platform's config folder is the data folder: the pointer sits beside it, and
    a folder holding the pointer is never removed."""
    pointer = data_location.default_pointer()
    assert pointer.parent.name != "windtre-desktop"
    old = tmp_path / "old"
    _data(old)
    inside = old / "data-location.json"  # as it would be if it lived in the data folder
    data_location.request_move(inside, old, tmp_path / "new")
    assert _move_at_start(inside, old) == (tmp_path / "new").resolve()
    assert inside.exists() and old.exists()  # kept: removing it would lose where the data went
    assert data_location.current_folder(inside, old) == (tmp_path / "new").resolve()


def test_a_folder_filled_since_it_was_chosen_is_not_overwritten(tmp_path):
    pointer, old, new = tmp_path / "p.json", tmp_path / "old", tmp_path / "new"
    _data(old)
    data_location.request_move(pointer, old, new)
    new.mkdir()
    (new / "tesi.docx").write_bytes(b"the user's own file")
    assert _move_at_start(pointer, old) == old
    assert (new / "tesi.docx").read_bytes() == b"the user's own file" and not (new / "settings.ini").exists()
    location = data_location.read(pointer)
    assert location.pending is None and data_location.NOT_EMPTY in location.last_error


def test_a_data_folder_gone_is_not_made_again_empty(tmp_path):
    pointer, old, new = tmp_path / "p.json", tmp_path / "old", tmp_path / "usb" / "wd"
    _data(old)
    data_location.request_move(pointer, old, new)
    assert _move_at_start(pointer, old) == new.resolve()
    shutil.rmtree(tmp_path / "usb")  # the disk is unplugged
    default = tmp_path / "default"
    assert data_location.current_folder(pointer, default) == default
    assert not new.exists() and "missing" in data_location.read(pointer).last_error


def test_a_failed_copy_keeps_the_old_folder_and_says_why(tmp_path):
    pointer, old = tmp_path / "data-location.json", tmp_path / "old"
    before = _data(old)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    target = blocker / "wd"  # a folder under a file cannot be made
    data_location._write(pointer, data_location.Location(None, target, ""))
    assert _move_at_start(pointer, old) == old
    assert {str(p.relative_to(old)): p.read_bytes() for p in old.rglob("*") if p.is_file()} == before
    location = data_location.read(pointer)
    assert location.pending is None and location.last_error


@pytest.mark.parametrize("where, rule", [
    ("same", data_location.SAME_FOLDER), ("inside", data_location.INSIDE_DATA),
    ("parent", data_location.HOLDS_DATA), ("full", data_location.NOT_EMPTY)])
def test_folders_that_may_not_receive_the_data_are_refused(tmp_path, where, rule):
    old = tmp_path / "home" / "old"
    _data(old)
    full = tmp_path / "full"
    full.mkdir()
    (full / "photo.jpg").write_bytes(b"\xff\xd8")
    target = {"same": old, "inside": old / "sub", "parent": tmp_path / "home", "full": full}[where]
    with pytest.raises(MoveRefused) as refused:
        data_location.request_move(tmp_path / "p.json", old, target)
    assert refused.value.rule == rule
    assert not (tmp_path / "p.json").exists()


def test_a_folder_that_cannot_be_made_is_refused(tmp_path):
    old, blocker = tmp_path / "old", tmp_path / "a-file"
    _data(old)
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(MoveRefused) as refused:
        data_location.check_target(old, blocker / "wd")
    assert refused.value.rule == data_location.NOT_WRITABLE


def test_a_broken_pointer_means_the_default_folder(tmp_path):
    pointer = tmp_path / "data-location.json"
    pointer.write_text("{not json", encoding="utf-8")
    assert _move_at_start(pointer, tmp_path / "default") == tmp_path / "default"
