"""The server chosen on the login page is remembered in the data dir (issue 10): never a secret, and a
damaged or no longer allowed choice is ignored (the login page asks again)."""

from __future__ import annotations

import json
import os

import pytest

from windtre_desktop.domain.server_address import DEMO, ServerAddressError
from windtre_desktop.store.server_choice import FILE_NAME, ServerChoice


def test_nothing_chosen_yet(tmp_path):
    assert ServerChoice(tmp_path).load() is None


@pytest.mark.parametrize("choice", [DEMO, "https://selfcare.example.com", "http://127.0.0.1:8080"])
def test_saved_choice_is_loaded_again(tmp_path, choice):
    ServerChoice(tmp_path).save(choice)
    assert ServerChoice(tmp_path).load() == choice
    assert json.loads((tmp_path / FILE_NAME).read_text()) == {"server": choice}
    if os.name == "posix":
        assert (tmp_path / FILE_NAME).stat().st_mode & 0o777 == 0o600  # issue 16: user-only


def test_a_refused_address_is_not_saved(tmp_path):
    with pytest.raises(ServerAddressError):
        ServerChoice(tmp_path).save("http://selfcare.example.com")
    assert not (tmp_path / FILE_NAME).exists()


@pytest.mark.parametrize("content", ["not json", "[]", '{"server": 3}', '{"other": "x"}',
                                     '{"server": "http://selfcare.example.com"}'])
def test_damaged_or_refused_file_is_ignored(tmp_path, content):
    (tmp_path / FILE_NAME).write_text(content)
    assert ServerChoice(tmp_path).load() is None
