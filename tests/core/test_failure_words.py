"""Only the server's words reach the user: a failure the client describes itself (a dropped connection, a body
cut short or not JSON) carries no message, so each view shows its own translated words; the server's message,
in the language asked, is kept (issue 16, faults: it was English text in an Italian session)."""

from __future__ import annotations

import pytest

from windtre_desktop.api.client import ApiClient
from windtre_desktop.api.errors import ApiError
from windtre_desktop.api.retry import RetryPolicy
from windtre_desktop.sync.outcomes import Failure


def _failure(sandbox, language: str = "it") -> tuple[ApiError, Failure]:
    client = ApiClient(sandbox.url, retry=RetryPolicy(attempts=1), language=language)
    try:
        with pytest.raises(ApiError) as raised:
            client.recover_password("nessuno")  # a POST that is never repeated: the fault reaches the caller
    finally:
        client.close()
    return raised.value, Failure.from_error(raised.value)


@pytest.mark.parametrize("mode", ["drop", "truncate", "malformed"])
def test_the_clients_own_words_never_reach_the_user(sandbox, sandbox_control, mode):
    sandbox_control.fault(mode, path_prefix="/api/v1/password/recovery")
    error, failure = _failure(sandbox)
    assert error.message and not error.from_server  # English, for the log
    assert failure.kind == "unavailable" and failure.message == ""


@pytest.mark.parametrize(("language", "words"), [("it", "Errore interno del server"), ("en", "Internal server error")])
def test_the_servers_words_reach_the_user_in_the_language_asked(sandbox, sandbox_control, language, words):
    sandbox_control.fault("500", path_prefix="/api/v1/password/recovery")
    error, failure = _failure(sandbox, language)
    assert error.from_server and failure.kind == "unavailable" and failure.message.startswith(words)
