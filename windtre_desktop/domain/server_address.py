"""The backend address rule, one for the command line, the login page and the HTTP client: an http(s)
URL with a host and no user name or password in it, and https unless the server is on this computer
(loopback: localhost or a loopback IP, compared whole, so 127.0.0.1.evil.com is not one)."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from windtre_desktop.domain.messages import QT_TRANSLATE_NOOP, Message

CTX = "ServerAddress"
DEMO = "demo"  # the embedded demo backend instead of an address; also the profile key of its caches


class ServerAddressError(ValueError):
    """A refused address; `message` says which rule it breaks, translatable."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


def check_server_url(url: str) -> str:
    """The URL, trimmed and without a trailing slash; ServerAddressError unless it may be used."""
    url = url.strip()
    if not url:
        raise ServerAddressError(Message(CTX, QT_TRANSLATE_NOOP(
            "ServerAddress", "enter the address, for example https://selfcare.example.com")))
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError:
        host = ""
    if "://" not in url or parts.scheme.lower() not in ("http", "https") or not host:
        raise ServerAddressError(Message(CTX, QT_TRANSLATE_NOOP(
            "ServerAddress", "%1 is not a web address: write it as https://name.of.the.server"), (url,)))
    if "@" in parts.netloc:
        # "http://127.0.0.1@evil.com" names the host evil.com; and a password in the address would be saved
        # with it in the settings, in clear
        raise ServerAddressError(Message(CTX, QT_TRANSLATE_NOOP(
            "ServerAddress", "the address must not contain a user name or password (nothing before an @)")))
    if parts.scheme.lower() == "http" and not is_loopback(host):
        raise ServerAddressError(Message(CTX, QT_TRANSLATE_NOOP(
            "ServerAddress", "a server that is not on this computer must use https (http only for localhost or 127.0.0.1)")))
    return url.rstrip("/")


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def display_host(url: str) -> str:
    """What the login page shows of a server: its host, and the port when one is given."""
    parts = urlsplit(url)
    host = parts.hostname or url
    try:
        port = parts.port
    except ValueError:
        port = None
    return f"{host}:{port}" if port else host
