"""First start (issue 10): with no server on the command line and none remembered, the login page asks
for the server address or offers the demo; the choice is remembered; --server/--demo win over it."""

from __future__ import annotations

import pytest

from tests.ui.conftest import ADMIN, CLOSED_PORT_URL
from windtre_desktop.domain.server_address import DEMO
from windtre_desktop.flows.controller import AppController
from windtre_desktop.flows.servers import ServerSetup
from windtre_desktop.paths import AppPaths
from windtre_desktop.secrets import TokenVault
from windtre_desktop.store.server_choice import ServerChoice


@pytest.fixture
def start_app(qtbot, data_home, memory_keyring):
    """Starts the app as app.main does: a controller with no server, then the server set-up."""
    made = []

    def start(*, demo: bool = False, server: str | None = None) -> tuple[AppController, ServerSetup]:
        controller = AppController(paths=AppPaths.default(data_home), vault=TokenVault(), server_url="",
                                   profile_key="", language="it", timeout=5.0, retry_base_delay=0.01)
        qtbot.addWidget(controller.window)
        servers = ServerSetup(controller, lines=30, seed=3)
        made.append((controller, servers))
        servers.use_initial(demo=demo, server=server)
        controller.start()
        controller.window.show()
        return controller, servers

    yield start
    for controller, servers in made:
        controller.shutdown()
        servers.shutdown()


def test_first_start_asks_then_the_demo_signs_in(qtbot, start_app, data_home):
    controller, servers = start_app()
    view = controller.window.login_view
    assert view.is_asking_server()
    assert not view.sign_in_step.isVisible()
    assert not view.cancel_server.isVisible()  # nothing to go back to: never a dead end, but no empty form

    view.try_demo.click()
    assert view.try_demo.text() == "Avvio della demo…"
    qtbot.waitUntil(lambda: servers.sandbox is not None and not view.is_asking_server(), timeout=30000)
    assert controller.profile_key == DEMO and controller.server_url == servers.sandbox.url
    assert view.server_label.text() == "Server: Demo (questo computer)"
    assert view.demo_box.isVisible()
    assert ServerChoice(AppPaths.default(data_home).data_dir).load() == DEMO

    view.fill(*ADMIN)
    with qtbot.waitSignal(controller.syncSettled, timeout=30000) as settled:
        view.submit.click()
    assert settled.args == [True]
    assert controller.snapshot.user.username == ADMIN[0]


@pytest.mark.parametrize("address, rule", [
    ("", "inserisci l'indirizzo"),
    ("selfcare.example.com", "non è un indirizzo web"),
    ("http://selfcare.example.com", "deve usare https"),
])
def test_a_bad_address_names_the_field_and_the_rule(qtbot, start_app, data_home, address, rule):
    controller, _servers = start_app()
    view = controller.window.login_view
    view.server_field.setText(address)
    view.use_server.click()
    assert view.server_error.isVisible()
    assert view.server_error.text().startswith("Indirizzo del server: ")
    assert rule in view.server_error.text()
    assert view.is_asking_server() and controller.server_url == ""
    assert ServerChoice(AppPaths.default(data_home).data_dir).load() is None


def test_a_loopback_server_is_remembered_at_the_next_start(qtbot, start_app, sandbox, data_home):
    controller, _servers = start_app()
    view = controller.window.login_view
    view.server_field.setText(sandbox.url + "/")
    view.server_field.returnPressed.emit()
    assert not view.is_asking_server()
    assert controller.server_url == sandbox.url and controller.profile_key == sandbox.url
    host = sandbox.url.removeprefix("http://")
    assert view.server_label.text() == f"Server: {host}"
    view.fill(*ADMIN)
    with qtbot.waitSignal(controller.syncSettled, timeout=30000):
        view.submit.click()
    controller.sign_out()

    again, servers = start_app()  # the next start: no question, the same server, the last account
    assert again.server_url == sandbox.url and servers.sandbox is None
    assert not again.window.login_view.is_asking_server()
    assert again.window.login_view.username.text() == ADMIN[0]


def test_the_command_line_wins_over_the_remembered_choice(qtbot, start_app, sandbox, data_home):
    ServerChoice(AppPaths.default(data_home).data_dir).save(DEMO)
    controller, servers = start_app(server=sandbox.url)
    assert controller.server_url == sandbox.url and servers.sandbox is None
    assert not controller.window.login_view.demo_box.isVisible()


def test_the_server_can_be_changed_from_the_login_page(qtbot, start_app, sandbox, data_home):
    ServerChoice(AppPaths.default(data_home).data_dir).save("https://selfcare.example.com")
    controller, _servers = start_app()
    view = controller.window.login_view
    assert controller.server_url == "https://selfcare.example.com"
    assert view.server_label.text() == "Server: selfcare.example.com"

    view.change_server.click()
    assert view.is_asking_server() and view.cancel_server.isVisible()
    assert view.server_field.text() == "https://selfcare.example.com"
    view.cancel_server.click()  # back, nothing changed
    assert not view.is_asking_server() and controller.server_url == "https://selfcare.example.com"

    view.change_server.click()
    view.server_field.setText(sandbox.url)
    view.use_server.click()
    assert controller.server_url == sandbox.url
    assert ServerChoice(AppPaths.default(data_home).data_dir).load() == sandbox.url
    view.fill(*ADMIN)
    with qtbot.waitSignal(controller.syncSettled, timeout=30000) as settled:
        view.submit.click()
    assert settled.args == [True]


def test_an_unreachable_server_is_not_a_dead_end(qtbot, start_app, data_home):
    ServerChoice(AppPaths.default(data_home).data_dir).save(CLOSED_PORT_URL)
    controller, servers = start_app()
    view = controller.window.login_view
    view.fill(*ADMIN)
    with qtbot.waitSignal(controller.service.worker.loginFailed, timeout=20000):
        view.submit.click()
    # the worker's signal fires in the network thread; the page shows it once the GUI thread has its turn
    qtbot.waitUntil(lambda: "Il server 127.0.0.1:9 non è raggiungibile" in view.error.text(), timeout=10000)
    assert "Cambia server" in view.error.text() and view.change_server.isVisible()

    view.change_server.click()
    view.try_demo.click()
    qtbot.waitUntil(lambda: servers.sandbox is not None and not view.is_asking_server(), timeout=30000)
    view.fill(*ADMIN)
    with qtbot.waitSignal(controller.syncSettled, timeout=30000) as settled:
        view.submit.click()
    assert settled.args == [True]
