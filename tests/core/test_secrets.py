"""TokenVault: the OS keyring when there is one, memory only otherwise, never a file."""

from __future__ import annotations

import os

import keyring.backends.fail
from keyring.errors import KeyringError

from windtre_desktop.secrets import TokenVault


def test_tokens_go_to_the_keyring(memory_keyring):
    vault = TokenVault()
    assert vault.available
    key = TokenVault.account_key("https://w3.example", "admin.demo")
    vault.save(key, "tok-123456")
    assert memory_keyring.entries[(TokenVault.SERVICE, key)] == "tok-123456"
    assert TokenVault().load(key) == "tok-123456"  # another vault on the same keyring sees it
    vault.delete(key)
    assert vault.load(key) is None
    vault.delete(key)  # deleting nothing is fine


def test_account_key_separates_servers_and_users():
    keys = {
        TokenVault.account_key("https://a.example", "u"),
        TokenVault.account_key("https://b.example", "u"),
        TokenVault.account_key("https://a.example", "v"),
    }
    assert len(keys) == 3
    assert TokenVault.account_key("https://a.example/", "u") == TokenVault.account_key(
        "https://a.example", "u"
    )


def _files_under(root) -> list[str]:
    return [os.path.join(d, f) for d, _, files in os.walk(root) for f in files]


def test_fail_backend_means_memory_only_and_no_file(tmp_path, monkeypatch, data_home):
    monkeypatch.chdir(tmp_path)
    before = set(_files_under(tmp_path))
    vault = TokenVault(keyring.backends.fail.Keyring())
    assert vault.available is False
    vault.save("acct", "tok-in-memory-only")
    assert vault.load("acct") == "tok-in-memory-only"
    assert TokenVault(keyring.backends.fail.Keyring()).load("acct") is None  # not persisted anywhere
    assert set(_files_under(tmp_path)) == before
    vault.delete("acct")
    assert vault.load("acct") is None


def test_default_backend_fail_is_detected(memory_keyring):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    assert TokenVault().available is False


class _BrokenKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service, username):
        raise KeyringError("locked")

    def set_password(self, service, username, password):
        raise KeyringError("locked")

    def delete_password(self, service, username):
        raise KeyringError("locked")


def test_a_keyring_that_fails_switches_to_memory(memory_keyring):
    vault = TokenVault(_BrokenKeyring())
    assert vault.available
    vault.save("acct", "tok-abcdef")
    assert vault.available is False
    assert vault.load("acct") == "tok-abcdef"
