"""Line activations, the SIM association history and promotions over HTTP against private sandboxes (R-61,
R-62, R-63): who may call them, every refusal of "Tienimi aggiornato", idempotency, the stages reached as the
sandbox clock moves (one message per stage and channel, stamped when due), the history's filters and its live
events, promotions and their ETag."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

import pytest

from tests.sandbox.accounts_support import Sandbox
from tests.sandbox.conftest import assert_wrapped, user_of
from windtre_desktop.sandbox.runner import SandboxServer

API = "/api/v1"
DAY = 86400
STAGES = ["received", "feasibility", "scheduled", "installation", "testing", "active"]
PERCENTS = [0, 20, 40, 60, 80, 100]
WORDS = {
    "feasibility": "Verifica di fattibilità",
    "scheduled": "Intervento pianificato",
    "installation": "Installazione",
    "testing": "Collaudo",
    "active": "Linea attiva",
}
READS = ("/activations", "/sim-associations", "/promotions")


class Box(Sandbox):
    """One private sandbox with a User Admin, a Telco Manager, the demo Dipendente and an autologin Responsabile."""

    def __init__(self, lines: int = 250, seed: int = 3) -> None:
        server = SandboxServer(lines=lines, seed=seed)
        server.start()
        super().__init__(server)
        self.admin = self.login("admin.demo", "Demo2026!")
        telco = user_of(self.server, "TELCO_MANAGER")
        self.telco = self.login(telco["username"], telco["password"])
        employee = user_of(self.server, "DIPENDENTE")
        self.employee = self.login(employee["username"], employee["password"])
        self.network(self.contracts()[0]["mobile"])
        answer = self.http.post(f"{API}/login/network")
        self.network(None)
        self.autologin = self.client(**{"X-W3-Token": answer.headers["X-W3-Token"]})

    def stop(self) -> None:
        self.close()
        self.server.stop()

    def activations(self, client=None) -> list[dict]:
        answer = (client or self.admin).get(f"{API}/activations")
        assert answer.headers["Cache-Control"] == "no-store"
        return assert_wrapped(answer, "OK", 200)["data"]["activations"]

    def activation(self, activation_id: str) -> dict:
        return next(a for a in self.activations() if a["id"] == activation_id)

    def keep(self, activation_id: str, body: dict, key: str | None = None, client=None, **headers: str):
        sent = {"Idempotency-Key": key or str(uuid.uuid4()), **headers}
        return (client or self.admin).post(f"{API}/activations/{activation_id}/keep-updated", json=body,
                                           headers=sent)

    def now(self) -> datetime:
        return datetime.fromisoformat(self.http.get("/sandbox/clock").json()["now"])

    def advance_to(self, moment: datetime) -> None:
        self.advance(int((moment - self.now()).total_seconds()) + 1)

    def advance(self, seconds: int) -> None:
        """Move the clock; sessions idle for more than 30 minutes of it expire, so the User Admin signs in again."""
        super().advance(seconds)
        answer = self.http.post(f"{API}/login/credentials", json={"username": "admin.demo", "password": "Demo2026!"})
        self.admin.headers["X-W3-Token"] = answer.headers["X-W3-Token"]

    def messages_to(self, msisdn: str) -> list[dict]:
        return [m for m in self.outbox() if m["subject"] == f"Attivazione linea {msisdn}"]

    def notifications(self) -> list[dict]:
        answer = assert_wrapped(self.admin.get(f"{API}/notifications"), "OK", 200)
        return answer["data"]["notifications"]

    def history(self, **params: str) -> list[dict]:
        answer = self.admin.get(f"{API}/sim-associations", params=params)
        assert answer.headers["Cache-Control"] == "no-store"
        return assert_wrapped(answer, "OK", 200)["data"]["events"]


@pytest.fixture(scope="module")
def box():
    sandbox = Box()
    yield sandbox
    sandbox.stop()


@pytest.fixture
def fresh():
    """A sandbox of its own for a test that moves the clock."""
    sandbox = Box()
    yield sandbox
    sandbox.stop()


def refused(response, field: str, http: int = 400) -> str:
    body = assert_wrapped(response, "FAIL", http, "ERR-VAL-01")
    assert body["messages"][0]["field"] == field
    return body["messages"][0]["message"]


def due(activation: dict, percent: int) -> datetime:
    start = datetime.fromisoformat(activation["requestedAt"])
    end = datetime.fromisoformat(activation["expectedAt"])
    return start + (end - start) * percent / 100


# -- who may call (permission matrix) -----------------------------------------------------------------------


def test_only_managers_read_and_change_activations_history_and_promotions(box):
    for client in (box.employee, box.autologin):
        for path in READS:
            assert_wrapped(client.get(f"{API}{path}"), "FAIL", 403, "ERR-AUTH-03")
        activation = box.activations()[0]["id"]
        answer = box.keep(activation, {"channel": "sms", "to": "+393471234567"}, client=client)
        assert_wrapped(answer, "FAIL", 403, "ERR-AUTH-03")
    for path in READS:
        assert_wrapped(box.telco.get(f"{API}{path}"), "OK", 200)
    assert box.activations()[0]["keepUpdated"] is None  # the refused changes changed nothing


# -- activations (R-61) ------------------------------------------------------------------------------------


def test_r61_demo_activations_from_the_seed_with_progress_and_stages(box):
    activations = box.activations()
    assert len(activations) == 2  # max(2, 250 // 100)
    assert [a["id"] for a in activations] == ["ACT-C0001-0001", "ACT-C0001-0002"]
    assert [a["requestedAt"] for a in activations] == sorted(a["requestedAt"] for a in activations)
    now = box.now()
    line_numbers = {line["msisdn"] for line in assert_wrapped(box.admin.get(f"{API}/lines"), "OK", 200)["data"]}
    for activation in activations:
        requested = datetime.fromisoformat(activation["requestedAt"])
        expected = datetime.fromisoformat(activation["expectedAt"])
        assert timedelta(days=1) <= now - requested <= timedelta(days=10, minutes=5)
        assert timedelta(days=5) - timedelta(minutes=5) <= expected - now <= timedelta(days=30)
        assert activation["msisdn"].startswith(("+3902", "+3906")) and activation["msisdn"] not in line_numbers
        assert activation["offer"]["code"].startswith("FIX-") and activation["address"]
        assert [s["code"] for s in activation["stages"]] == STAGES
        assert [s["percent"] for s in activation["stages"]] == PERCENTS
        share = (now - requested) / (expected - requested) * 100
        assert abs(activation["progress"] - share) <= 1
        reached = [s["code"] for s in activation["stages"] if s["reachedAt"]]
        assert reached == [c for c, p in zip(STAGES, PERCENTS, strict=True) if p <= activation["progress"]]
        assert activation["stage"] == reached[-1]
        assert activation["keepUpdated"] is None


def test_r61_keep_updated_refusals_name_the_field_and_change_nothing(box):
    activation = box.activations()[0]["id"]
    before = len(box.outbox())
    for to in ("+390212345678", "abc", "", "+33612345678"):
        message = refused(box.keep(activation, {"channel": "sms", "to": to}), "to")
        assert "«to»" in message and "cellulare" in message
    refused(box.keep(activation, {"channel": "sms"}), "to")
    for to in ("mario.rossi", "a@b", "mario rossi@example.it", "+393471234567"):
        message = refused(box.keep(activation, {"channel": "email", "to": to}), "to")
        assert "«to»" in message and "email" in message
    refused(box.keep(activation, {"channel": "fax", "to": "+393471234567"}), "channel")
    english = box.keep(activation, {"channel": "sms", "to": "06 1234"}, **{"Accept-Language": "en"})
    assert "“to”" in refused(english, "to")
    refused(box.keep("ACT-C0001-0999", {"channel": "sms", "to": "+393471234567"}), "activationId", 404)
    refused(box.keep("ACT-C0002-0001", {"channel": "none"}), "activationId", 404)
    answer = box.admin.post(f"{API}/activations/{activation}/keep-updated", json={"channel": "none"})
    refused(answer, "Idempotency-Key")
    assert box.activation(activation)["keepUpdated"] is None
    assert len(box.outbox()) == before


def test_r61_keep_updated_is_idempotent_and_none_stops(box):
    activation = box.activations()[1]["id"]
    key = str(uuid.uuid4())
    first = assert_wrapped(box.keep(activation, {"channel": "sms", "to": "347 123 4567"}, key), "OK", 200)
    assert first["data"]["activation"]["keepUpdated"] == {"channel": "sms", "to": "+393471234567"}
    repeat = box.keep(activation, {"channel": "email", "to": "anna@example.it"}, key)
    assert assert_wrapped(repeat, "OK", 200) == first
    assert box.activation(activation)["keepUpdated"] == {"channel": "sms", "to": "+393471234567"}
    answer = assert_wrapped(box.keep(activation, {"channel": "email", "to": " Anna@Example.IT "}), "OK", 200)
    assert answer["data"]["activation"]["keepUpdated"] == {"channel": "email", "to": "Anna@example.it"}
    answer = assert_wrapped(box.keep(activation, {"channel": "none"}), "OK", 200)
    assert answer["data"]["activation"]["keepUpdated"] is None


def test_r61_stages_reached_as_the_clock_moves_one_message_per_stage_and_channel(fresh):
    first, second = fresh.activations()
    assert_wrapped(fresh.keep(first["id"], {"channel": "sms", "to": "+393471234567"}), "OK", 200)
    assert_wrapped(fresh.keep(second["id"], {"channel": "email", "to": "it@example.it"}), "OK", 200)
    known = {a["id"]: {s["code"] for s in a["stages"] if s["reachedAt"]} for a in (first, second)}
    sent = {first["id"]: [], second["id"]: []}  # the stages each activation's messages were for
    channel = {first["id"]: ("sms", "+393471234567"), second["id"]: ("email", "it@example.it")}
    stopped: set[str] = set()

    def check(activations: list[dict]) -> None:
        for activation in activations:
            reached = [s for s in activation["stages"] if s["reachedAt"]]
            new = [s["code"] for s in reached if s["code"] not in known[activation["id"]]]
            if activation["id"] not in stopped:
                sent[activation["id"]] += new
            known[activation["id"]] |= set(new)
            messages = fresh.messages_to(activation["msisdn"])
            assert [m["body"] for m in messages] == [
                f'La tua linea {activation["msisdn"]} è nella fase "{WORDS[c]}" ({PERCENTS[STAGES.index(c)]}%).'
                for c in sent[activation["id"]]
            ]
            assert {(m["channel"], m["to"]) for m in messages} <= {channel[activation["id"]]}

    def step_to(activation: dict, code: str) -> None:
        fresh.advance_to(due(activation, PERCENTS[STAGES.index(code)]))
        assert fresh.activation(activation["id"])["stage"] == code
        check(fresh.activations())

    # the second activation's next stage: one email
    step_to(second, next(c for c in STAGES if c not in known[second["id"]]))
    assert len(sent[second["id"]]) == 1
    assert_wrapped(fresh.keep(second["id"], {"channel": "none"}), "OK", 200)
    stopped.add(second["id"])
    emails = len(fresh.messages_to(second["msisdn"]))
    # then step by step to each next stage of the first activation, short of `active`
    for code in STAGES[:-1]:
        if code not in known[first["id"]]:
            step_to(first, code)
    assert sent[first["id"]], "no stage reached by the first activation: the test moved nothing"
    check(fresh.activations())  # a second read reaches nothing twice
    fresh.advance(40 * DAY)
    assert fresh.activations() == []  # every line is active: the list is empty
    assert len(fresh.messages_to(second["msisdn"])) == emails  # none after `none`
    bodies = [m["body"] for m in fresh.messages_to(first["msisdn"])]
    assert len(bodies) == len(set(bodies)) == len(sent[first["id"]]) + 1 and "Linea attiva" in bodies[-1]
    refused(fresh.keep(first["id"], {"channel": "none"}), "activationId", 404)
    events = [n for n in fresh.notifications() if n["kind"] == "fixed_activation"]
    pairs = [(e["activationId"], e["stage"]) for e in events]
    assert len(pairs) == len(set(pairs))
    for activation in (first, second):
        initially = {s["code"] for s in activation["stages"] if s["reachedAt"]}
        assert {s for a, s in pairs if a == activation["id"]} == set(STAGES) - initially - {"received"}
    for event in events:
        assert event["progress"] == PERCENTS[STAGES.index(event["stage"])]
        assert event["msisdn"] in (first["msisdn"], second["msisdn"])


def test_r61_a_big_jump_reaches_each_skipped_stage_once_stamped_when_it_was_due(fresh):
    activation = fresh.activations()[0]
    assert_wrapped(fresh.keep(activation["id"], {"channel": "sms", "to": "+393471234567"}), "OK", 200)
    before = {s["code"] for s in activation["stages"] if s["reachedAt"]}
    fresh.advance_to(due(activation, 90))
    after = fresh.activation(activation["id"])
    assert after["stage"] == "testing" and 89 <= after["progress"] <= 91
    skipped = [s for s in after["stages"] if s["reachedAt"] and s["code"] not in before]
    assert len(skipped) >= 2  # the requests are 1–10 days old, the expected dates 5–30 days ahead
    for stage in skipped:
        stamp = datetime.fromisoformat(stage["reachedAt"])
        assert abs((stamp - due(activation, stage["percent"])).total_seconds()) <= 1
    bodies = [m["body"] for m in fresh.messages_to(activation["msisdn"])]
    assert len(bodies) == len(skipped)
    assert [b.rsplit("(", 1)[1] for b in bodies] == [f"{s['percent']}%)." for s in skipped]


def test_r61_the_feed_alone_brings_the_stages_stamped_when_they_were_due(fresh):
    """Nobody opens Attivazione linee: the notifications still carry each stage reached (R-61, R-80), at the
    time it was due, not at the time the feed was read."""
    fresh.advance(10 * 86400)
    events = [e for e in fresh.notifications() if e["kind"] == "fixed_activation"]
    assert events
    stages = {(a["id"], s["code"]): s["reachedAt"] for a in fresh.activations() for s in a["stages"]}
    for event in events:
        assert event["at"] == stages[(event["activationId"], event["stage"])]
    assert len({(e["activationId"], e["stage"]) for e in events}) == len(events)  # each stage once


def test_r61_a_large_company_has_one_activation_per_hundred_lines(big_sandbox):
    helper = Sandbox(big_sandbox)
    try:
        admin = helper.login("admin.demo", "Demo2026!")
        activations = assert_wrapped(admin.get(f"{API}/activations"), "OK", 200)["data"]["activations"]
        assert len(activations) == 100
        assert len({a["msisdn"] for a in activations}) == 100
    finally:
        helper.close()


# -- SIM association history (R-62) -------------------------------------------------------------------------


def test_r62_seeded_history_newest_first_over_the_last_year(box):
    events = box.history()
    assert len(events) == 10  # about one per 25 lines
    assert [e["at"] for e in events] == sorted((e["at"] for e in events), reverse=True)
    now = box.now()
    mobiles = {
        line["id"]: line
        for line in assert_wrapped(box.admin.get(f"{API}/lines"), "OK", 200)["data"]
        if line["kind"] == "mobile"
    }
    for event in events:
        assert event["action"] in ("associated", "dissociated")
        assert now - timedelta(days=366) <= datetime.fromisoformat(event["at"]) <= now
        assert mobiles[event["lineId"]]["msisdn"] == event["msisdn"]
        assert event["employee"].isdigit() and event["employeeName"]
    assert box.history() == events  # deterministic


def test_r62_filters_by_line_and_days_and_refuses_bad_ones(box):
    events = box.history()
    line_id = events[0]["lineId"]
    assert box.history(lineId=line_id) == [e for e in events if e["lineId"] == line_id]
    day = events[-1]["at"][:10]
    assert box.history(**{"from": day, "to": day}) == [e for e in events if e["at"][:10] == day]
    later = (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    assert box.history(**{"from": later}) == [e for e in events if e["at"][:10] >= later]
    assert box.history(to=day) == [e for e in events if e["at"][:10] <= day]
    message = refused(box.admin.get(f"{API}/sim-associations", params={"from": later, "to": day}), "to")
    assert "«to»" in message
    refused(box.admin.get(f"{API}/sim-associations", params={"from": "2026-13-01"}), "from")
    refused(box.admin.get(f"{API}/sim-associations", params={"to": "01/12/2026"}), "to")
    refused(box.admin.get(f"{API}/sim-associations", params={"lineId": "L99999"}), "lineId", 404)


def test_r62_live_associate_dissociate_and_account_deletion_appear_in_the_history(box):
    owner = box.free_line()
    sims = [box.free_line(), box.free_line()]
    user = box.register_employee(owner)
    employee = box.login(user["username"], "Nuova2026!")
    name = f"{user['firstName']} {user['lastName']}"
    for sim in sims:
        assert_wrapped(employee.post(f"{API}/me/sims", json={"msisdn": sim["msisdn"]}), "OK", 200)
    assert_wrapped(employee.delete(f"{API}/me/sims/{sims[0]['msisdn']}"), "OK", 200)
    assert_wrapped(employee.delete(f"{API}/me"), "OK", 200)
    mine = [e for e in box.history() if e["employee"] == user["username"]]
    assert [(e["action"], e["lineId"]) for e in mine] == [
        ("dissociated", sims[1]["id"]),
        ("dissociated", sims[0]["id"]),
        ("associated", sims[1]["id"]),
        ("associated", sims[0]["id"]),
    ]
    assert {e["employeeName"] for e in mine} == {name}
    assert [e["action"] for e in box.history(lineId=sims[1]["id"]) if e["employee"] == user["username"]] == [
        "dissociated",
        "associated",
    ]
    today = box.now().date().isoformat()
    assert all(e in box.history(**{"from": today}) for e in mine)


# -- promotions (R-63) ----------------------------------------------------------------------------------------


def test_r63_promotions_on_the_lines_they_suit_with_the_activation_number(box):
    answer = assert_wrapped(box.admin.get(f"{API}/promotions"), "OK", 200)["data"]
    promotions = answer["promotions"]
    assert answer["activationNumber"] == "1928"
    assert 4 <= len(promotions) <= 6
    assert [p["id"] for p in promotions] == [f"PROMO-{i:02d}" for i in range(1, len(promotions) + 1)]
    data_only = {
        line["id"]
        for line in box.http.get("/sandbox/lines", params={"companyId": "C0001", "dataOnly": True,
                                                            "kind": "mobile", "limit": 1000}).json()["lines"]
    }
    lines = {line["id"]: line for line in assert_wrapped(box.admin.get(f"{API}/lines"), "OK", 200)["data"]}
    for promotion in promotions:
        assert promotion["kind"] in ("data", "voice", "roaming", "device")
        assert promotion["name"] and promotion["description"]
        assert date.fromisoformat(promotion["validUntil"]) > box.now().date()
        assert promotion["lineIds"] and len(set(promotion["lineIds"])) == len(promotion["lineIds"])
        assert all(lines[i]["kind"] == "mobile" for i in promotion["lineIds"])
        if promotion["name"] in ("Giga Extra Data SIM", "Tablet per il team"):  # the data SIM promotions
            assert set(promotion["lineIds"]) <= data_only
        elif promotion["name"] == "Smartphone a rate zero":
            assert all(lines[i]["paymentType"] == "postpaid" for i in promotion["lineIds"])
        else:
            assert not set(promotion["lineIds"]) & data_only
    events = [n for n in box.notifications() if n["kind"] == "promotion"]
    assert sorted((e["promotionId"], e["name"]) for e in events) == [(p["id"], p["name"]) for p in promotions]


def test_r63_promotions_answer_304_to_their_etag_and_make_their_events_once(box):
    first = box.admin.get(f"{API}/promotions")
    assert_wrapped(first, "OK", 200)
    again = box.telco.get(f"{API}/promotions", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.content == b""
    other = box.admin.get(f"{API}/promotions", headers={"If-None-Match": '"promotions-old"'})
    assert other.status_code == 200 and other.content == first.content
    count = len(assert_wrapped(first, "OK", 200)["data"]["promotions"])
    assert len([n for n in box.notifications() if n["kind"] == "promotion"]) == count
