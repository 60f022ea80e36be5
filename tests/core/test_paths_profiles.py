"""App paths and the remembered profile file."""

from __future__ import annotations

import json
import os

from windtre_desktop.paths import AppPaths
from windtre_desktop.store import Profile, ProfileRegistry


def test_default_uses_base_then_env(tmp_path, data_home):
    explicit = AppPaths.default(tmp_path / "x")
    assert explicit.data_dir == tmp_path / "x" / "data" and explicit.log_dir == tmp_path / "x" / "logs"
    assert explicit.data_dir.is_dir() and explicit.log_dir.is_dir()
    from_env = AppPaths.default()
    assert from_env.data_dir == data_home / "data" and from_env.data_dir.is_dir()


def test_default_without_base_uses_platform_dirs(monkeypatch, tmp_path):
    monkeypatch.delenv("WINDTRE_DESKTOP_HOME", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.setenv("HOME", str(tmp_path))
    paths = AppPaths.default()
    assert "windtre-desktop" in str(paths.data_dir) and "windtre-desktop" in str(paths.log_dir)
    assert paths.data_dir.is_dir() and paths.log_dir.is_dir()
    assert str(paths.data_dir).startswith(str(tmp_path))


def test_profile_db_is_per_server_and_user(data_home):
    paths = AppPaths.default()
    a = paths.profile_db("https://a.example", "mario")
    assert a == paths.profile_db("https://a.example", "mario")
    assert a != paths.profile_db("https://b.example", "mario")
    assert a != paths.profile_db("https://a.example", "luigi")
    assert a.parent.parent == paths.data_dir / "profiles"
    assert a.name == "cache.sqlite3" and len(a.parent.name) == 16


def test_profile_registry_remembers_and_forgets(data_home):
    paths = AppPaths.default()
    registry = ProfileRegistry(paths)
    assert registry.last() is None
    registry.remember("https://w3.example", "admin.demo", True)
    assert registry.last() == Profile("https://w3.example", "admin.demo", True)
    assert ProfileRegistry(paths).last() == Profile("https://w3.example", "admin.demo", True)
    raw = json.loads(registry.path.read_text(encoding="utf-8"))
    assert raw == {
        "last": {"server": "https://w3.example", "username": "admin.demo"},
        "profiles": [{"server": "https://w3.example", "username": "admin.demo", "remember": True}],
    }
    registry.remember("https://w3.example", "telco.demo", False)
    assert registry.last().username == "telco.demo"
    assert [p for p in os.listdir(paths.data_dir) if p.endswith(".tmp")] == []  # temp files cleaned
    registry.forget()
    assert registry.last() is None
    registry.forget()  # twice is fine


def test_damaged_profile_file_is_ignored(data_home):
    registry = ProfileRegistry(AppPaths.default())
    registry.path.write_text("{not json", encoding="utf-8")
    assert registry.last() is None
