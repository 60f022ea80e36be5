""""Clear local data" without Qt (store/local_data.py): what each part weighs before, what the removal deletes,
what it keeps (the preferences), and what it reports it could not delete."""

from __future__ import annotations

import os

import pytest

from windtre_desktop.paths import AppPaths
from windtre_desktop.store import local_data


@pytest.fixture
def paths(tmp_path):
    paths = AppPaths(data_dir=tmp_path / "data", log_dir=tmp_path / "logs")
    (paths.data_dir / "profiles" / "p1").mkdir(parents=True)
    (paths.data_dir / "profiles" / "p1" / "cache.sqlite3").write_bytes(b"x" * 100)
    (paths.data_dir / "profiles" / "p1" / "cache.sqlite3-wal").write_bytes(b"x" * 20)
    (paths.data_dir / "archive" / "INV1").mkdir(parents=True)
    (paths.data_dir / "archive" / "INV1" / "pdf.pdf").write_bytes(b"x" * 300)
    (paths.data_dir / "profile.json").write_bytes(b"x" * 7)
    (paths.data_dir / "settings.ini").write_bytes(b"x" * 50)
    (paths.data_dir / "stray.tmp").write_bytes(b"x" * 3)
    paths.log_dir.mkdir()
    (paths.log_dir / "windtre.log").write_bytes(b"x" * 40)
    (paths.log_dir / "crashes").mkdir()
    (paths.log_dir / "crashes" / "crash-1.txt").write_bytes(b"x" * 5)
    return paths


def test_the_inventory_weighs_each_part_and_leaves_the_preferences_out(paths):
    assert local_data.inventory(paths) == {"profiles": 120, "archive": 300, "attachments": 0, "profile.json": 7,
                                           "server.json": 0, "other": 3, "logs": 45}


def test_an_inventory_of_nothing_is_all_zeros(tmp_path):
    empty = AppPaths(data_dir=tmp_path / "none", log_dir=tmp_path / "no-logs")
    assert set(local_data.inventory(empty).values()) == {0}
    assert local_data.size_of(tmp_path / "none") == 0


def test_the_removal_keeps_only_the_preferences(paths):
    link = paths.data_dir / "linked"
    os.symlink(paths.log_dir / "crashes", link)
    assert local_data.remove(paths) == []
    assert sorted(p.name for p in paths.data_dir.iterdir()) == ["settings.ini"]
    assert list(paths.log_dir.iterdir()) == []
    assert (paths.log_dir.parent / "logs").is_dir()
    assert local_data.inventory(paths) == {"profiles": 0, "archive": 0, "attachments": 0, "profile.json": 0,
                                           "server.json": 0, "other": 0, "logs": 0}


def test_the_preferences_are_kept_wherever_the_folder_lists_them(paths):
    for n in range(30):  # the folder's order is the file system's: some names come after settings.ini
        (paths.data_dir / f"stray-{n:02d}.tmp").write_bytes(b"x")
    assert local_data.remove(paths) == []
    assert sorted(p.name for p in paths.data_dir.iterdir()) == ["settings.ini"]


def test_a_symlinked_folder_is_unlinked_not_emptied(paths, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("mine")
    os.symlink(outside, paths.data_dir / "attachments")
    assert local_data.remove(paths) == []
    assert (outside / "keep.txt").read_text() == "mine"


def test_what_cannot_be_deleted_is_reported(paths, monkeypatch):
    real_unlink = type(paths.log_dir).unlink
    held = paths.log_dir / "windtre.log"

    def unlink(self, *args, **kwargs):
        if self == held:
            raise PermissionError("in use")
        return real_unlink(self, *args, **kwargs)

    monkeypatch.setattr(type(paths.log_dir), "unlink", unlink)
    assert local_data.remove(paths) == [held]
    assert held.exists() and not (paths.data_dir / "profile.json").exists()


def test_the_removal_without_folders_does_nothing(tmp_path):
    assert local_data.remove(AppPaths(data_dir=tmp_path / "none", log_dir=tmp_path / "no-logs")) == []
