"""Fixtures for GUI tests: an app controller wired to the real sandbox, in a private data dir."""

from __future__ import annotations

import pytest

from windtre_desktop.paths import AppPaths
from windtre_desktop.secrets import TokenVault

ADMIN = ("admin.demo", "Demo2026!")
CLOSED_PORT_URL = "http://127.0.0.1:9"  # discard port: nothing listens there


_TRANSLATIONS = []  # one for the whole run, whichever folder's conftest asks first (tests/proofs shares it)


@pytest.fixture(scope="session", autouse=True)
def qt_translations(qapp):
    from windtre_desktop.i18n.translations import Translations
    from windtre_desktop.widgets import theme

    if not _TRANSLATIONS:  # a second Translations would keep its Italian installed under another's English
        translations = Translations(qapp)
        translations.install("it")
        theme.apply(qapp, "light")
        _TRANSLATIONS.append(translations)
    return _TRANSLATIONS[0]


@pytest.fixture
def fresh_sandbox():
    """A sandbox of its own, for tests that create accounts (the shared one must stay as the others expect)."""
    from windtre_desktop.sandbox.runner import SandboxServer

    server = SandboxServer(lines=60, seed=7)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def make_controller(qtbot, data_home, memory_keyring):
    """Builds AppControllers (profile key "test", so a cache survives a change of server URL) and shuts them down."""
    from windtre_desktop.flows.controller import AppController

    made = []

    def make(server_url: str, *, language: str = "it", timeout: float = 5.0, interval_s: int = 15 * 60):
        controller = AppController(
            paths=AppPaths.default(data_home),
            vault=TokenVault(),
            server_url=server_url,
            profile_key="test",
            language=language,
            timeout=timeout,
            retry_base_delay=0.01,
            sync_interval_s=interval_s,
        )
        qtbot.addWidget(controller.window)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.shutdown()


def sign_in(qtbot, controller, username=ADMIN[0], password=ADMIN[1], remember=True, timeout=20000):
    """Types the credentials in the login page and waits for the first sync to settle."""
    view = controller.window.login_view
    view.username.setText(username)
    view.password.setText(password)
    view.remember.setChecked(remember)
    with qtbot.waitSignal(controller.syncSettled, timeout=timeout) as blocker:
        view.submit.click()
    return blocker.args[0]


def demo_user(sandbox, role: str) -> tuple[str, str]:
    """The username and password of `sandbox`'s demo user of `role` (DIPENDENTE, USER_ADMIN, TELCO_MANAGER…)."""
    user = next(u for u in sandbox.users if u["role"] == role)
    return user["username"], user["password"]


def started_as(qtbot, make_controller, sandbox, role: str):
    """A started controller on `sandbox`, its demo user of `role` signed in: (controller, username, password)."""
    username, password = demo_user(sandbox, role)
    controller = make_controller(sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller, username, password) is True
    return controller, username, password
