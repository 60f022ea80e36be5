"""Moving the data folder (issue 14, Settings › Data folder): the move happens at the next start, the old
folder stays whole until the copy is checked and the pointer switched, and a folder that may not receive the
data is refused naming the rule."""

from __future__ import annotations

import pytest

from windtre_desktop import data_location
from windtre_desktop.data_location import MoveRefused


def _data(root):
    (root / "profiles" / "abc").mkdir(parents=True)
    (root / "profiles" / "abc" / "cache.sqlite3").write_bytes(b"SQLite format 3\0" + b"x" * 5000)
    (root / "settings.ini").write_text("[General]\ntheme=dark\n", encoding="utf-8")
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_the_data_moves_at_the_next_start_and_the_old_folder_goes(tmp_path):
    pointer, old, new = tmp_path / "config" / "data-location.json", tmp_path / "old", tmp_path / "disk2" / "wd"
    before = _data(old)
    data_location.request_move(pointer, old, new)
    assert data_location.read(pointer).pending == new.resolve()
    assert old.exists() and not new.exists()  # nothing moves while the app runs
    assert data_location.resolve(pointer, old) == new.resolve()
    assert {str(p.relative_to(new)): p.read_bytes() for p in new.rglob("*") if p.is_file()} == before
    assert not old.exists()
    location = data_location.read(pointer)
    assert location.data_dir == new.resolve() and location.pending is None
    assert data_location.resolve(pointer, old) == new.resolve()  # the next start stays there


def test_a_failed_copy_keeps_the_old_folder_and_says_why(tmp_path):
    pointer, old = tmp_path / "data-location.json", tmp_path / "old"
    before = _data(old)
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    target = blocker / "wd"  # a folder under a file cannot be made
    data_location._write(pointer, data_location.Location(None, target, ""))
    assert data_location.resolve(pointer, old) == old
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
    assert data_location.resolve(pointer, tmp_path / "default") == tmp_path / "default"
