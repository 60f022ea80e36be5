"""After a session, no token, password or other secret is on disk: not in the data dir, not in the logs."""

from __future__ import annotations

import logging

from tests.ui.conftest import ADMIN, sign_in
from windtre_desktop.logging_setup import setup_logging
from windtre_desktop.paths import AppPaths
from windtre_desktop.secrets import TokenVault


def all_bytes_under(root) -> list[tuple[str, bytes]]:
    return [(str(p), p.read_bytes()) for p in root.rglob("*") if p.is_file()]


def test_no_secret_reaches_the_disk(qtbot, sandbox, make_controller, data_home, memory_keyring):
    paths = AppPaths.default(data_home)
    setup_logging(paths.log_dir, level=logging.DEBUG)
    controller = make_controller(sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller, remember=True) is True
    controller.window.refresh_button.click()
    qtbot.waitUntil(lambda: not controller.service.busy, timeout=10000)

    tokens = list(memory_keyring.entries.values())
    assert len(tokens) == 1, "the remembered token lives in the keyring"
    key = TokenVault.account_key("test", ADMIN[0])
    assert memory_keyring.entries[(TokenVault.SERVICE, key)] == tokens[0]

    files = all_bytes_under(data_home)
    assert any(name.endswith(".log") for name, _ in files), "the session must have written a log"
    secrets = [tokens[0].encode(), ADMIN[1].encode()]
    for name, content in files:
        for secret in secrets:
            assert secret not in content, f"a secret leaked into {name}"

    controller.sign_out()
    qtbot.waitUntil(lambda: not memory_keyring.entries, timeout=10000)
