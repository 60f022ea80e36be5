"""Which backend the app talks to: `--demo` or `--server` first, else the server chosen last on the
login page, else (first start) the login page asks for an address or offers the demo. The embedded
demo backend is started here, only when it is chosen, and stopped at exit."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from windtre_desktop.domain.server_address import DEMO
from windtre_desktop.store.server_choice import ServerChoice

if TYPE_CHECKING:
    from windtre_desktop.flows.controller import AppController
    from windtre_desktop.sandbox.runner import SandboxServer

log = logging.getLogger(__name__)


class ServerSetup(QObject):
    demoStarted = Signal()

    def __init__(self, controller: AppController, *, lines: int = 250, seed: int = 1,
                 parent: QObject | None = None) -> None:
        super().__init__(parent or controller)
        self.controller = controller
        self.remembered = ServerChoice(controller.paths.data_dir)
        self.sandbox: SandboxServer | None = None
        self._lines, self._seed = lines, seed
        controller.window.serverChosen.connect(self.choose)

    def use_initial(self, demo: bool = False, server: str | None = None) -> None:
        """Before `controller.start()`: the command line wins over the remembered choice; with neither,
        no server is set and the login page asks."""
        chosen = DEMO if demo else server or self.remembered.load()
        if chosen == DEMO:
            try:
                self.use_demo()
            except (RuntimeError, OSError) as error:  # the login page says so and asks, never a dead end
                log.warning("the demo backend did not start: %s", error)
                self.controller.set_server("", "")
                QTimer.singleShot(0, lambda failure=error: self._demo_failed(failure))
        elif chosen:
            self.controller.set_server(chosen, chosen)
        else:
            self.controller.set_server("", "")

    def use_demo(self) -> None:
        """Start the demo backend (once) and talk to it. RuntimeError when it cannot start."""
        if self.sandbox is None:
            from windtre_desktop.sandbox.runner import SandboxServer  # fastapi and uvicorn: only for the demo

            sandbox = SandboxServer(lines=self._lines, seed=self._seed)
            sandbox.start()
            self.sandbox = sandbox
            log.info("demo backend on %s with %d lines", sandbox.url, self._lines)
        self.controller.set_server(self.sandbox.url, DEMO)
        self.controller.window.set_demo_users(self.sandbox.users)
        self.demoStarted.emit()

    def choose(self, choice: str) -> None:
        """The login page's choice (DEMO or a checked URL): use it, remember it, show the sign-in form."""
        if choice == DEMO:
            self.controller.window.login_view.set_demo_starting(True)
            QTimer.singleShot(30, self._start_chosen_demo)  # the busy text is painted before the wait
            return
        self.controller.window.set_demo_users([])
        self.controller.set_server(choice, choice)
        self._remember(choice)
        self.controller.show_login_for_server()

    def _start_chosen_demo(self) -> None:
        try:
            self.use_demo()
        except (RuntimeError, OSError) as error:
            log.warning("the demo backend did not start: %s", error)
            self._demo_failed(error)
            return
        self._remember(DEMO)
        self.controller.show_login_for_server()

    def _demo_failed(self, error: Exception) -> None:
        view = self.controller.window.login_view
        view.set_demo_starting(False)
        view.show_server_error(self.tr("The demo could not start on this computer: %1").replace("%1", str(error)))

    def _remember(self, choice: str) -> None:
        try:
            self.remembered.save(choice)
        except OSError as error:  # the choice still holds for this run
            log.warning("the server choice could not be saved in %s: %s", self.remembered.path, error)

    def shutdown(self) -> None:
        if self.sandbox is not None:
            self.sandbox.stop()
            self.sandbox = None
