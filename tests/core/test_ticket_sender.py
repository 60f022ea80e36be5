"""The ticket outbox against a real sandbox (R-70…R-73): written before sending, sent with one key,
never twice — not after a dropped connection once the server committed, not after a crash."""

from __future__ import annotations

import json

import httpx
import pytest

from windtre_desktop.api.client import ApiClient
from windtre_desktop.api.errors import ApiError, ServerUnavailable, TicketAlreadyOpen
from windtre_desktop.api.retry import RetryPolicy
from windtre_desktop.domain import ticket_wizard as tw
from windtre_desktop.sandbox.runner import SandboxServer
from windtre_desktop.store.attachments import attachments_dir, copy_attachment
from windtre_desktop.store.database import Store
from windtre_desktop.sync.ticket_sender import TICKET_DRAFT, TicketSender

ADMIN = ("admin.demo", "Demo2026!")


@pytest.fixture
def server():
    sandbox = SandboxServer(lines=40, seed=5)
    sandbox.start()
    yield sandbox
    sandbox.stop()


@pytest.fixture
def client(server):
    api = ApiClient(server.url, timeout=5, retry=RetryPolicy(base_delay=0.01))
    api.login(*ADMIN, remember=False)
    yield api
    api.close()


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "cache.sqlite3") as opened:
        yield opened


def company_line(server) -> str:
    with httpx.Client(base_url=server.url) as http:
        return http.get("/sandbox/lines", params={"companyId": "C0001", "kind": "mobile", "limit": 1}).json()[
            "lines"][0]["msisdn"]


def sim_replacement(key: str, msisdn: str) -> dict:
    values = {"idempotencyKey": key, "reason": "LOSS_THEFT", "lossTopic": "SIM_REPLACEMENT", "service": "voice",
              "type": "loss", "msisdn": msisdn, "deliverySite": "Via Roma 1, Milano", "referentName": "Mario Rossi",
              "referentPhone": "+39 347 111 2222", "referentEmail": "mario@rossi.it", "notes": "Persa in treno"}
    return tw.payload(values)


def server_tickets(server) -> list[dict]:
    with httpx.Client(base_url=server.url) as http:
        token = http.post("/api/v1/login/credentials", json={"username": ADMIN[0], "password": ADMIN[1],
                                                             "rememberMe": False}).headers["X-W3-Token"]
        return http.get("/api/v1/tickets", headers={"X-W3-Token": token}).json()["data"]


def test_queued_ticket_is_sent_and_its_draft_forgotten(server, client, store, tmp_path):
    store.enqueue_ticket("k-1", sim_replacement("k-1", company_line(server)))
    store.save_draft(TICKET_DRAFT, {"values": {"idempotencyKey": "k-1"}})
    ticket = TicketSender(client, store, tmp_path).send("k-1")
    assert ticket["number"].startswith("TK-") and ticket["status"] == "ASSIGNED"
    assert store.outbox_entry("k-1").state == "sent"
    assert store.load_draft(TICKET_DRAFT) is None
    assert [t["number"] for t in server_tickets(server)] == [ticket["number"]]


def test_a_ticket_sent_once_is_answered_from_the_outbox_when_sent_again(server, client, store, tmp_path):
    """The same key sent again (a retry after the answer was kept) returns the stored ticket and asks the
    server nothing: one POST in the server's request log (issue 16: an outside audit's surviving mutant)."""
    httpx.delete(f"{server.url}/sandbox/request-log", timeout=10).raise_for_status()
    store.enqueue_ticket("k-twice", sim_replacement("k-twice", company_line(server)))
    sender = TicketSender(client, store, tmp_path)
    first = sender.send("k-twice")
    again = sender.send("k-twice")
    assert again == first
    entries = httpx.get(f"{server.url}/sandbox/request-log", timeout=10).json()["requests"]
    posts = [r for r in entries if r["method"] == "POST" and r["path"] == "/api/v1/tickets"]
    assert len(posts) == 1
    assert [t["number"] for t in server_tickets(server)].count(first["number"]) == 1


def test_connection_dropped_after_the_server_filed_it_gives_one_ticket(server, client, store, tmp_path):
    store.enqueue_ticket("k-drop", sim_replacement("k-drop", company_line(server)))
    httpx.post(f"{server.url}/sandbox/faults", json={"mode": "drop", "after": True, "count": 1,
                                                    "pathPrefix": "/api/v1/tickets"}).raise_for_status()
    ticket = TicketSender(client, store, tmp_path).send("k-drop")  # the retry with the same key learns the number
    assert len(server_tickets(server)) == 1
    assert server_tickets(server)[0]["number"] == ticket["number"]


def test_offline_the_ticket_waits_and_goes_at_the_next_sync(server, client, store, tmp_path):
    store.enqueue_ticket("k-off", sim_replacement("k-off", company_line(server)))
    offline = ApiClient("http://127.0.0.1:9", timeout=1, retry=RetryPolicy(attempts=1))
    offline.token = client.token
    with pytest.raises(ServerUnavailable):
        TicketSender(offline, store, tmp_path).send("k-off")
    offline.close()
    entry = store.outbox_entry("k-off")
    assert entry.state == "pending" and entry.attempts == 1
    report = TicketSender(client, store, tmp_path).send_pending()
    assert [t["number"] for t in report.sent] == [t["number"] for t in server_tickets(server)]
    assert store.pending_tickets() == []


def test_a_crash_between_send_and_answer_cannot_file_twice(server, client, tmp_path):
    db = tmp_path / "crash.sqlite3"
    with Store(db) as first:
        first.enqueue_ticket("k-crash", sim_replacement("k-crash", company_line(server)))
    # the request reached the server, then the app died before it could mark the entry sent
    payload = sim_replacement("k-crash", company_line(server))
    payload.pop("idempotencyKey")
    client.create_ticket(payload, [], idempotency_key="k-crash")
    with Store(db) as reopened:  # restart: the entry is still pending, with its key
        assert [e.idempotency_key for e in reopened.pending_tickets()] == ["k-crash"]
        report = TicketSender(client, reopened, tmp_path).send_pending()
    assert len(report.sent) == 1 and len(server_tickets(server)) == 1


def test_a_second_ticket_while_one_is_open_is_refused_and_leaves_the_outbox(server, client, store, tmp_path):
    line = company_line(server)
    sender = TicketSender(client, store, tmp_path)
    store.enqueue_ticket("k-a", sim_replacement("k-a", line))
    sender.send("k-a")
    store.enqueue_ticket("k-b", sim_replacement("k-b", line))
    with pytest.raises(TicketAlreadyOpen):
        sender.send("k-b")
    assert store.outbox_entry("k-b") is None
    assert len(server_tickets(server)) == 1


def test_imei_block_with_its_three_scans_and_the_copies_are_removed_after(server, client, store, tmp_path):
    sources = {}
    for kind, name, content in (("request_form", "modulo.pdf", b"%PDF-1.4\n% modulo\n"),
                                ("identity_document", "documento.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
                                ("authority_report", "denuncia.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 64)):
        path = tmp_path / name
        path.write_bytes(content)
        stored = copy_attachment(path, tmp_path / "data", "k-imei")
        sources[kind] = {"kind": kind, "path": str(stored.path), "size": stored.size, "head": content[:8].hex(),
                         "name": name}
    values = {"idempotencyKey": "k-imei", "reason": "LOSS_THEFT", "lossTopic": "IMEI_BLOCK", "service": "voice",
              "imei": "490154203237518", "attachments": list(sources.values())}
    body = tw.payload(values)
    store.enqueue_ticket("k-imei", body, [item["path"] for item in body["attachments"]])
    ticket = TicketSender(client, store, tmp_path / "data").send("k-imei")
    assert sorted(a["kind"] for a in ticket["attachments"]) == sorted(sources)
    assert not attachments_dir(tmp_path / "data", "k-imei").exists()


def test_send_pending_reports_what_stays_and_stops_at_the_first_that_cannot_go(server, client, store, tmp_path):
    line = company_line(server)
    store.enqueue_ticket("k-1", sim_replacement("k-1", line), at="2026-01-01")
    store.enqueue_ticket("k-2", sim_replacement("k-2", line), at="2026-01-02")
    offline = ApiClient("http://127.0.0.1:9", timeout=1, retry=RetryPolicy(attempts=1))
    offline.token = client.token
    report = TicketSender(offline, store, tmp_path).send_pending()
    offline.close()
    assert (report.sent, report.kept, report.refused) == ([], ["k-1"], [])  # k-2 not even tried
    assert store.outbox_entry("k-2").attempts == 0
    report = TicketSender(client, store, tmp_path).send_pending()
    assert [t["number"] for t in report.sent] == [t["number"] for t in server_tickets(server)][:1]
    assert report.refused == ["k-2"] and report.kept == []  # one open ticket per line


def test_an_unknown_key_is_named_in_the_error(store, client, tmp_path):
    with pytest.raises(KeyError, match="k-missing"):
        TicketSender(client, store, tmp_path).send("k-missing")


def test_the_upload_carries_each_file_under_its_name_and_type_and_no_key_in_the_ticket(server, client, store,
                                                                                          tmp_path):
    """What goes over the wire: the chosen file name (or the stored file's own), the sniffed type or
    application/octet-stream, and the ticket's JSON without the outbox's idempotencyKey (the header carries it)."""
    form = tmp_path / "stored-copy-1.pdf"
    form.write_bytes(b"%PDF-1.4\n% modulo\n")
    unknown = tmp_path / "note.bin"
    unknown.write_bytes(b"just some text, no magic")
    body = sim_replacement("k-wire", company_line(server))
    body["attachments"] = [{"kind": "request_form", "path": str(form), "filename": "modulo firmato.pdf"},
                           {"kind": "identity_document", "path": str(unknown)}]
    store.enqueue_ticket("k-wire", body)
    httpx.delete(f"{server.url}/sandbox/request-log", timeout=10).raise_for_status()
    try:
        TicketSender(client, store, tmp_path).send("k-wire")
    except ApiError:
        pass  # the server may refuse the unknown file: what was sent is the point
    entries = httpx.get(f"{server.url}/sandbox/request-log", timeout=10).json()["requests"]
    sent = next(r["body"] for r in entries if r["method"] == "POST" and r["path"] == "/api/v1/tickets")
    assert 'filename="modulo firmato.pdf"' in sent and "stored-copy-1.pdf" not in sent
    assert 'filename="note.bin"' in sent
    assert "Content-Type: application/pdf" in sent and "Content-Type: application/octet-stream" in sent
    assert "idempotencyKey" not in sent and "k-wire" not in sent


def test_an_entry_marked_sent_without_its_answer_is_sent_again_with_its_key(server, client, store, tmp_path):
    """Only a kept answer is returned from the outbox: an entry whose answer is missing (a damaged cache) asks the
    server again, with the same key, and gets the same ticket; still one ticket on the server."""
    store.enqueue_ticket("k-lost", sim_replacement("k-lost", company_line(server)))
    sender = TicketSender(client, store, tmp_path)
    first = sender.send("k-lost")
    store._conn.execute("UPDATE outbox SET result_json = NULL WHERE idempotency_key = 'k-lost'")
    assert store.outbox_entry("k-lost").state == "sent"
    again = sender.send("k-lost")
    assert again["number"] == first["number"]
    assert [t["number"] for t in server_tickets(server)] == [first["number"]]
    assert json.loads(store.outbox_entry("k-lost").result_json)["number"] == first["number"]
