"""The one server address rule (issue 10): the command line, the login page and the HTTP client share it."""

from __future__ import annotations

import pytest

from windtre_desktop.domain.server_address import ServerAddressError, check_server_url, display_host


@pytest.mark.parametrize("url, expected", [
    ("https://selfcare.example.com", "https://selfcare.example.com"),
    ("  https://selfcare.example.com/  ", "https://selfcare.example.com"),
    ("HTTPS://selfcare.example.com:8443/api/", "HTTPS://selfcare.example.com:8443/api"),
    ("http://127.0.0.1:8080", "http://127.0.0.1:8080"),
    ("http://localhost:8080", "http://localhost:8080"),
    ("http://[::1]:8080", "http://[::1]:8080"),
    ("http://127.0.0.2:8080", "http://127.0.0.2:8080"),  # the whole 127/8 is this computer
    ("http://LOCALHOST", "http://LOCALHOST"),
    ("https://192.168.1.10", "https://192.168.1.10"),
    ("https://[2001:db8::1]:8443", "https://[2001:db8::1]:8443"),
])
def test_allowed_addresses(url, expected):
    assert check_server_url(url) == expected


@pytest.mark.parametrize("url, rule", [
    ("", "enter the address"),
    ("   ", "enter the address"),
    ("selfcare.example.com", "is not a web address"),
    ("ftp://selfcare.example.com", "is not a web address"),
    ("https://", "is not a web address"),
    ("https://host:port", "is not a web address"),
    ("http://selfcare.example.com", "must use https"),
    ("http://192.168.1.10", "must use https"),
    # issue 16: whatever looks like loopback but is not
    ("http://8.8.8.8:80", "must use https"),
    ("http://[2001:db8::1]:8080", "must use https"),
    ("http://[::ffff:8.8.8.8]", "must use https"),
    ("http://127.0.0.1.evil.com", "must use https"),
    ("http://localhost.evil", "must use https"),
    ("http://localhost.evil.com:8080/api", "must use https"),
    ("http://127.0.0.1.nip.io", "must use https"),
    ("http://evil.com#@127.0.0.1", "must use https"),
    ("http://evil.com\\@127.0.0.1", "must not contain a user name or password"),
    ("http://127.0.0.1@evil.com", "must not contain a user name or password"),
    ("http://localhost:8080@evil.com", "must not contain a user name or password"),
    ("http://evil.com@127.0.0.1", "must not contain a user name or password"),
    ("https://user:secret@selfcare.example.com", "must not contain a user name or password"),
])
def test_refused_addresses_say_which_rule(url, rule):
    with pytest.raises(ServerAddressError) as refused:
        check_server_url(url)
    assert rule in str(refused.value)
    assert refused.value.message.context == "ServerAddress"  # translated on the login page


def test_the_http_client_uses_the_same_rule():
    from windtre_desktop.api.client import ApiClient

    with pytest.raises(ServerAddressError, match="must use https"):
        ApiClient("http://selfcare.example.com")


def test_display_host():
    assert display_host("https://selfcare.example.com/api") == "selfcare.example.com"
    assert display_host("http://127.0.0.1:8080") == "127.0.0.1:8080"
