"""Issue 16, security: after a full smoke tour (the session's Italian tour, shared with test_smoke_tour), no
password, temporary password, session token, one-time or activation code, PIN or PUK the demo backend handed
out or received is in any file the app left, and the app wrote nothing outside its `--data-dir`. The scanner
is shown to find a secret planted in each form it searches."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import struct
import zlib
from urllib.parse import quote

import pytest

from soak.secret_scan import encodings, png_texts, scan
from soak.secret_values import from_outbox, from_request
from soak.secrets import EXPECTED_KINDS, check, written_in_fake_home
from soak.tour_capture import FAKE_HOME_DIRS, UNTOUCHED_NS, TourRun


@pytest.fixture(scope="module")
def tour(smoke_tour) -> TourRun:
    result, shots = smoke_tour("it", "light")
    assert result.returncode == 0, result.stdout + result.stderr
    return TourRun(shots.parent, result)


def test_no_secret_the_tour_used_is_on_disk(tour):
    verdict = check(tour)
    assert verdict.backends == 1 and not verdict.request_log_full  # every request the tour sent was read
    for kind in EXPECTED_KINDS:  # the tour really handed out or received each kind, so each is checked
        assert verdict.secrets.get(kind), (kind, sorted(verdict.secrets))
    assert verdict.report.values_checked >= len(EXPECTED_KINDS)
    assert verdict.report.files_scanned > 80  # the store, the archive, the logs and the 77 screenshots
    assert [str(finding) for finding in verdict.report.found] == []


def test_the_app_writes_nothing_outside_its_data_dir(tour):
    """HOME, the XDG folders, TMPDIR, APPDATA and LOCALAPPDATA pointed into an empty fake home for the tour."""
    assert tour.fake_home.is_dir()
    assert written_in_fake_home(tour.fake_home) == []


def test_what_outside_the_data_dir_would_be_listed(tmp_path):
    fake_home = tmp_path / "fake-home"
    for folder in FAKE_HOME_DIRS:
        (fake_home / folder).mkdir(parents=True)
    for folder in [fake_home, *fake_home.rglob("*")]:
        os.utime(folder, ns=(UNTOUCHED_NS, UNTOUCHED_NS))
    assert written_in_fake_home(fake_home) == []
    (fake_home / ".cache" / "fontconfig").mkdir()
    (fake_home / ".config" / "app").mkdir()
    (fake_home / ".config" / "app" / "settings.ini").write_text("x", encoding="utf-8")
    (fake_home / "tmp" / "scratch").write_bytes(b"x")
    (fake_home / "tmp" / "scratch").unlink()  # gone, but its folder's date says it was there
    assert written_in_fake_home(fake_home) == [".cache/fontconfig", ".config/app", ".config/app/settings.ini",
                                               "tmp/ (changed)"]


def _png_with_text(text: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"zTXt", b"Comment\0\0" + zlib.compress(text))
            + chunk(b"IDAT", zlib.compress(b"\0\0")) + chunk(b"IEND", b""))


def test_the_scanner_finds_a_secret_planted_in_each_form(tour, tmp_path):
    """The tour's own data folder, copied, with one secret planted in each place and form the scan covers."""
    home = tmp_path / "home"
    shutil.copytree(tour.data_dir, home)
    planted = {"session token": "tok_Planted-9f8e7d6c5b4a", "password": "Planted pass/wörd&1",
               "puk": "86420135", "pin": "4826", "one-time code": "739104"}
    log = next(home.rglob("*.log"))
    with log.open("ab") as out:
        out.write(planted["session token"].encode("utf-16-le"))
    (home / "settings.ini").write_text(f"server=https://x.example/?p={quote(planted['password'], safe='')}\n",
                                       encoding="utf-8")
    store = next(home.rglob("cache.sqlite3"))
    with sqlite3.connect(store) as db:
        db.execute("CREATE TABLE planted (body TEXT)")
        db.execute("INSERT INTO planted VALUES (?)", (json.dumps({"form": {"puk": planted["puk"]}}),))
    (home / "shot.png").write_bytes(_png_with_text(f"pin={planted['pin']}".encode()))
    (home / "crash-report.txt").write_text(f"codice di verifica {planted['one-time code']}\n", encoding="utf-8")
    secrets = {kind: [value] for kind, value in planted.items()}
    report = scan([home], secrets)
    assert sorted(finding.kind for finding in report.found) == sorted(planted), [str(f) for f in report.found]
    assert {finding.form for finding in report.found} >= {"utf-16le", "url", "utf-8"}


def test_short_numbers_count_only_with_a_name_beside_them(tmp_path):
    """A 4-digit PIN is in any folder of amounts and phone numbers by chance; a leak carries its name."""
    (tmp_path / "amounts.csv").write_text("total;4826,00\nline;+39 347 4826119\n", encoding="utf-8")
    assert scan([tmp_path], {"pin": ["4826"]}).found == []
    (tmp_path / "draft.json").write_text('{"pin": "4826"}', encoding="utf-8")
    assert [f.path.name for f in scan([tmp_path], {"pin": ["4826"]}).found] == ["draft.json"]
    report = scan([tmp_path], {"pin": ["12"]})
    assert report.values_checked == 0 and report.skipped_short == ["pin"]


def test_each_form_a_secret_can_take():
    forms = encodings('pa ss"/é')
    assert forms["utf-8"] == 'pa ss"/é'.encode()
    assert forms["utf-16le"] == 'pa ss"/é'.encode("utf-16-le")
    assert forms["json"] == b'pa ss\\"/\\u00e9'
    assert forms["url"] == b"pa%20ss%22%2F%C3%A9" and forms["url+"] == b"pa+ss%22%2F%C3%A9"
    assert png_texts(_png_with_text(b"hello")) == [b"Comment\0hello"]


def test_the_secrets_are_read_from_what_the_backend_sent_and_received():
    assert list(from_outbox("Codice di verifica: 918273 — per creare il tuo account. Vale 10 minuti.")) == [
        ("one-time code", "918273")]
    assert list(from_outbox("Username: mario\nPassword temporanea: Xk9#mP2q\n")) == [
        ("temporary password", "Xk9#mP2q")]
    request = {"method": "POST", "path": "/api/v1/registration/employee/verify",
               "headers": {"X-W3-Token": "tok123456", "accept": "application/json"},
               "body": json.dumps({"code": "123456", "puk": "12345678", "password": "Secret-1x"})}
    assert sorted(from_request(request)) == [("one-time code", "123456"), ("password", "Secret-1x"),
                                             ("puk", "12345678"), ("session token", "tok123456")]
    service = {"path": "/api/v1/lines/L-7/services/check", "headers": {}, "body": json.dumps({"code": "SRV1"})}
    assert list(from_request(service)) == [("lineId", "L-7")]  # a service's code is no secret
