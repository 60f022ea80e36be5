"""Issue 16, security: plain http to another computer is refused by the HTTP client itself (not only by the
address check before it), and nothing in the app turns TLS verification off."""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from windtre_desktop.api.client import ApiClient
from windtre_desktop.domain.server_address import ServerAddressError

PACKAGE = Path(__file__).resolve().parents[2] / "windtre_desktop"


@pytest.fixture
def sent():
    """The requests that reached the transport (none may, for a refused address)."""
    return []


def _client(sent: list, base_url: str = "https://selfcare.example.com") -> ApiClient:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(str(request.url))
        return httpx.Response(200, json={"data": {}})

    return ApiClient(base_url, transport=httpx.MockTransport(answer))


@pytest.mark.parametrize("url", [
    "http://selfcare.example.com/api/v1/me",
    "http://8.8.8.8/api/v1/me",
    "http://[2001:db8::1]:8080/api/v1/me",
    "http://127.0.0.1.evil.com/api/v1/me",
    "http://localhost.evil/api/v1/me",
    "http://127.0.0.1@evil.com/api/v1/me",
])
def test_the_http_client_never_sends_plain_http_to_another_computer(sent, url):
    client = _client(sent)
    with pytest.raises(ServerAddressError):
        client._http.get(url)  # an absolute URL, as one taken from an answer would be
    client._http.base_url = httpx.URL(url.rsplit("/api/", 1)[0])  # the checked base_url changed afterwards
    with pytest.raises(ServerAddressError):
        client.me()
    assert sent == []


@pytest.mark.parametrize("url", ["https://selfcare.example.com/x", "http://127.0.0.1:8080/x", "http://[::1]:9/x",
                                 "http://localhost:8080/x"])
def test_https_and_loopback_http_are_sent(sent, url):
    client = _client(sent)
    assert client._http.get(url).status_code == 200
    assert sent == [url]


def test_the_client_refuses_an_insecure_base_url_before_any_request(sent):
    with pytest.raises(ServerAddressError, match="must use https"):
        _client(sent, "http://selfcare.example.com")
    with pytest.raises(ServerAddressError, match="user name or password"):
        _client(sent, "https://user:pw@selfcare.example.com")
    assert sent == []


# Each way Python, httpx or ssl can be told not to check a server's certificate or name.
TLS_OFF = re.compile(r"verify\s*=\s*(?:False|0|None)\b|CERT_NONE|CERT_OPTIONAL|check_hostname\s*=\s*False"
                     r"|_create_unverified_context|PYTHONHTTPSVERIFY")


def tls_switched_off(root: Path) -> list[str]:
    return [f"{path.relative_to(root)}:{number}: {line.strip()}"
            for path in sorted(root.rglob("*.py"))
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if TLS_OFF.search(line)]


def test_tls_verification_is_never_switched_off():
    assert tls_switched_off(PACKAGE) == []


def test_the_tls_guard_finds_each_way_of_switching_it_off(tmp_path):
    ways = ["httpx.Client(verify=False)", "ctx.verify_mode = ssl.CERT_NONE", "ctx.check_hostname = False",
            "ssl._create_unverified_context()", "httpx.get(url, verify = False)",
            "ctx.verify_mode = ssl.CERT_OPTIONAL", "os.environ['PYTHONHTTPSVERIFY'] = '0'"]
    for number, way in enumerate(ways):
        (tmp_path / f"m{number}.py").write_text(f"import ssl\n{way}\n", encoding="utf-8")
    assert len(tls_switched_off(tmp_path)) == len(ways)
