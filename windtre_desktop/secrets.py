"""Session tokens in the OS keyring, or in memory only when there is no usable keyring.

Never a file: when the keyring is missing or fails, tokens live in this process only
(`available` is False and the UI says so). Passwords are never stored anywhere.
"""

from __future__ import annotations

import logging

# keyring is imported where it is used: its backend discovery costs tens of milliseconds,
# which start-up should not pay before the cached dashboard is on screen.

log = logging.getLogger(__name__)


def _usable(backend) -> bool:
    import keyring.backends.fail
    import keyring.backends.null
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, keyring.backends.fail.Keyring | keyring.backends.null.Keyring):
        return False
    if isinstance(backend, ChainerBackend) and not backend.backends:
        return False  # an empty chain silently drops what it is given
    # keyrings.alt's plaintext backends would put the token in a file: refuse them.
    cls = type(backend)
    if cls.__module__.startswith("keyrings.alt") and "Plaintext" in cls.__name__:
        return False
    return True


class TokenVault:
    SERVICE = "windtre-desktop"

    def __init__(self, backend=None) -> None:
        if backend is None:
            import keyring

            try:
                backend = keyring.get_keyring()
            except Exception:  # keyring's own discovery can fail on odd systems
                log.warning("keyring backend discovery failed: tokens kept in memory only", exc_info=True)
                backend = None
        self._backend = backend
        self._memory: dict[str, str] = {}
        self.available: bool = backend is not None and _usable(backend)
        if not self.available:
            log.warning("no usable keyring (%s): session tokens kept in memory only", type(backend).__name__)

    def _fall_back(self, error: Exception) -> None:
        log.warning(
            "keyring failed (%s): session tokens kept in memory only from now on", type(error).__name__
        )
        self.available = False

    def save(self, account: str, token: str) -> None:
        if self.available:
            from keyring.errors import KeyringError

            try:
                self._backend.set_password(self.SERVICE, account, token)
                return
            except KeyringError as error:
                self._fall_back(error)
        self._memory[account] = token

    def load(self, account: str) -> str | None:
        if self.available:
            from keyring.errors import KeyringError

            try:
                return self._backend.get_password(self.SERVICE, account)
            except KeyringError as error:
                self._fall_back(error)
        return self._memory.get(account)

    def delete(self, account: str) -> None:
        self._memory.pop(account, None)
        if self.available:
            from keyring.errors import KeyringError, PasswordDeleteError

            try:
                self._backend.delete_password(self.SERVICE, account)
            except PasswordDeleteError:
                pass  # nothing stored: already deleted
            except KeyringError as error:
                self._fall_back(error)

    @staticmethod
    def account_key(server_url: str, username: str) -> str:
        """The keyring account name: readable in the OS keychain, one per (server, user)."""
        return f"{username}@{server_url.rstrip('/')}"
