"""A crash report says what ran where and shows the traceback, and carries no secret: registered
tokens, key=value secrets, token headers and codes next to PIN/PUK/OTP are masked."""

from __future__ import annotations

import sys

import pytest

from windtre_desktop import __version__, crash_report
from windtre_desktop.logging_setup import MASK, register_secret, unregister_secret

TOKEN = "tok-5f1e9a77c2d84b0f"


@pytest.fixture
def registered_token():
    register_secret(TOKEN)
    yield TOKEN
    unregister_secret(TOKEN)


def _failing_call():
    headers = "X-W3-Token: abcdefghijklmnop"
    raise RuntimeError(f"login failed for session {TOKEN} password=Segreto!2026 {headers}; "
                       "the PIN 48213 and PUK: 12345678 were refused, otp=9911")


def _report() -> str:
    try:
        _failing_call()
    except RuntimeError:
        return crash_report.build(*sys.exc_info(), thread="MainThread", qt_version="6.11.3")
    raise AssertionError("no exception")


def test_the_report_names_versions_thread_and_the_traceback(registered_token):
    report = _report()
    assert f"windtre-desktop {__version__}" in report
    assert "python: " in report and "qt: 6.11.3" in report and "os: " in report
    assert "thread: MainThread" in report
    assert "Traceback (most recent call last)" in report
    assert "in _failing_call" in report
    assert "RuntimeError: login failed for session" in report


def test_the_report_carries_no_secret(registered_token):
    report = _report()
    for secret in (TOKEN, "Segreto!2026", "abcdefghijklmnop", "48213", "12345678", "9911"):
        assert secret not in report, secret
    assert MASK in report


def test_codes_are_masked_only_next_to_their_words():
    assert crash_report.scrub("invoice 2026 of line 3331234567") == "invoice 2026 of line 3331234567"
    assert "4821" not in crash_report.scrub("wrong PIN entered: 4821")
    assert "4821" not in crash_report.scrub("codice OTP 4821")


def test_the_saved_copy_is_in_the_logs_folder_and_scrubbed(tmp_path, registered_token):
    path = crash_report.save(f"report with {TOKEN}", tmp_path / "logs")
    assert path is not None and path.parent == tmp_path / "logs"
    assert path.name.startswith(crash_report.REPORT_PREFIX)
    text = path.read_text(encoding="utf-8")
    assert TOKEN not in text and MASK in text


def test_a_folder_that_cannot_be_written_gives_none(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert crash_report.save("report", blocker) is None
