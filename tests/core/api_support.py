"""ApiClients signed in to a test sandbox by role, closed at the end: shared by the API tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from windtre_desktop.api import ApiClient, RetryPolicy


@contextmanager
def signed_in_clients(server, timeout: float = 10.0) -> Iterator[Callable[[str], ApiClient]]:
    """Yields make(role="USER_ADMIN"): a new client signed in as the sandbox's demo user of that role."""
    clients: list[ApiClient] = []

    def make(role: str = "USER_ADMIN") -> ApiClient:
        user = next(u for u in server.users if u["role"] == role)
        client = ApiClient(server.url, timeout=timeout, retry=RetryPolicy(attempts=2, base_delay=0.001))
        client.login(user["username"], user["password"], remember=False)
        clients.append(client)
        return client

    try:
        yield make
    finally:
        for client in clients:
            client.close()
