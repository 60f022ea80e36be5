"""Runs the sandbox in-process: uvicorn in a daemon thread on a loopback port, started and stopped on demand."""

from __future__ import annotations

import logging
import threading
import time

import uvicorn

from windtre_desktop.sandbox.app import create_app
from windtre_desktop.sandbox.state import SandboxConfig, State

log = logging.getLogger(__name__)

# stop() waits shutdown_grace plus this for the server thread: uvicorn notices should_exit within 0.1 s,
# sleeps a fixed 0.1 s after asking the connections to close, then closes its event loop.
_STOP_SLACK_SECONDS = 1.0
# ...and after that, once more this long with force_exit set, before giving up on the (daemon) thread
_FORCE_SECONDS = 1.0


class _ThreadServer(uvicorn.Server):
    """uvicorn.Server that never touches signal handlers (it runs off the main thread)."""

    def install_signal_handlers(self) -> None:  # uvicorn < 0.29
        pass


class SandboxServer:
    """A real sandbox server on loopback, for the demo mode and the tests."""

    def __init__(
        self,
        *,
        lines: int = 250,
        seed: int = 1,
        host: str = "127.0.0.1",
        port: int = 0,
        token_ttl_seconds: int = 1800,
        rate_per_second: float = 100.0,
        burst: int = 300,
        shutdown_grace: float = 1.0,
    ) -> None:
        """`shutdown_grace`: seconds stop() lets requests in flight finish (e.g. a latency fault) before
        cancelling them; idle keep-alive connections are closed at once."""
        self.config = SandboxConfig(
            lines=lines,
            seed=seed,
            token_ttl_seconds=token_ttl_seconds,
            rate_per_second=rate_per_second,
            burst=burst,
        )
        self.host = host
        self.port = port
        self.shutdown_grace = shutdown_grace
        self.state = State(self.config)
        self.app = create_app(self.config, self.state)
        self.users: list[dict] = self.state.demo_users
        self.url = ""
        self._server: _ThreadServer | None = None
        self._thread: threading.Thread | None = None

    def start(self, timeout: float = 10.0) -> str:
        """Serve in a daemon thread; return the base URL once the port accepts connections."""
        if self._thread is not None:
            return self.url
        config = uvicorn.Config(
            self.app,
            host=self.host,
            port=self.port,
            log_level="warning",
            lifespan="off",
            http="h11",
            loop="asyncio",
            ws="none",
            access_log=False,
            timeout_graceful_shutdown=self.shutdown_grace,  # uvicorn hints int, but any number works
        )
        server = _ThreadServer(config)
        thread = threading.Thread(target=server.run, name="sandbox-uvicorn", daemon=True)
        self._server, self._thread = server, thread
        thread.start()
        deadline = time.monotonic() + timeout
        while not server.started:
            if not thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the sandbox did not start on {self.host}:{self.port}")
            time.sleep(0.005)
        port = server.servers[0].sockets[0].getsockname()[1]
        host = self.host
        if host in ("0.0.0.0", "127.0.0.1", "localhost", ""):
            host = "127.0.0.1"
        elif host == "::":
            host = "[::1]"
        elif ":" in host:
            host = f"[{host}]"
        self.port = port
        self.url = f"http://{host}:{port}"
        return self.url

    def stop(self) -> bool:
        """Stop serving, within shutdown_grace + 2 s however the requests in flight behave.

        Returns whether the server thread ended; if it did not (a handler that ignores cancellation),
        the port may stay bound, but the thread is a daemon and does not keep the process alive.
        """
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return True
        server.should_exit = True
        thread.join(timeout=self.shutdown_grace + _STOP_SLACK_SECONDS)
        if thread.is_alive():
            server.force_exit = True
            thread.join(timeout=_FORCE_SECONDS)
        self._server = self._thread = None
        if thread.is_alive():
            log.warning("the sandbox server thread did not end within %.1f s; leaving it behind",
                        self.shutdown_grace + _STOP_SLACK_SECONDS + _FORCE_SECONDS)
            return False
        return True

    def __enter__(self) -> SandboxServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
