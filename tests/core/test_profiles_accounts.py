"""Several accounts on one computer: most recent first, per server, forgetting one, the old file format."""

from __future__ import annotations

import json
import os

from windtre_desktop.paths import AppPaths
from windtre_desktop.store.profiles import Profile, ProfileRegistry


def test_accounts_are_listed_most_recent_first_and_per_server(data_home):
    registry = ProfileRegistry(AppPaths.default())
    registry.remember("demo", "admin.demo", True)
    registry.remember("demo", "telco.demo", True)
    registry.remember("https://other.example", "mario", False)
    assert [p.username for p in registry.profiles("demo")] == ["telco.demo", "admin.demo"]
    registry.remember("demo", "admin.demo", True)  # switching back moves it first
    assert [p.username for p in registry.profiles("demo")] == ["admin.demo", "telco.demo"]
    assert registry.last() == Profile("demo", "admin.demo", True)
    assert [p.username for p in registry.profiles("https://other.example")] == ["mario"]
    assert [(p.server, p.username) for p in registry.all_profiles()] == [
        ("demo", "admin.demo"), ("https://other.example", "mario"), ("demo", "telco.demo")]


def test_forgetting_one_account_keeps_the_others(data_home):
    registry = ProfileRegistry(AppPaths.default())
    registry.remember("demo", "admin.demo", True)
    registry.remember("demo", "telco.demo", False)
    registry.forget("demo", "telco.demo")
    assert [p.username for p in registry.profiles("demo")] == ["admin.demo"]
    assert registry.last() is None  # the forgotten one was the last used


def test_forgetting_another_account_keeps_the_last_used_and_the_file_stays_private(data_home):
    registry = ProfileRegistry(AppPaths.default())
    registry.remember("demo", "telco.demo", False)
    registry.remember("demo", "admin.demo", True)
    registry.forget("demo", "telco.demo")
    assert registry.last() == Profile("demo", "admin.demo", True)
    registry.forget("other", "admin.demo")  # same name, another server: not the last used
    assert registry.last() == Profile("demo", "admin.demo", True)
    if os.name == "posix":
        assert registry.path.stat().st_mode & 0o777 == 0o600


def test_the_first_file_format_is_still_read(data_home):
    registry = ProfileRegistry(AppPaths.default())
    registry.path.write_text(json.dumps({"server": "demo", "username": "admin.demo", "remember": True}), encoding="utf-8")
    assert registry.last() == Profile("demo", "admin.demo", True)
    registry.remember("demo", "telco.demo", True)
    assert [p.username for p in registry.profiles("demo")] == ["telco.demo", "admin.demo"]
