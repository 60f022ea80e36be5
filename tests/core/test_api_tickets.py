"""ApiClient's ticket methods against a private sandbox on loopback (R-70…R-73): multipart filing, typed
errors, downloads, and keyed retries that never file a ticket twice (500, 429, drop after commit)."""

from __future__ import annotations

import pytest

from tests.sandbox.tickets_support import (
    DAY,
    IMEI,
    JPEG,
    PDF,
    PNG,
    TicketBox,
    administrative,
    imei_block,
    sim_replacement,
)
from windtre_desktop.api import (
    ApiClient,
    Forbidden,
    NotFound,
    RetryPolicy,
    ServerUnavailable,
    TicketAlreadyOpen,
    ValidationFailed,
)

IMEI_UPLOADS = [
    ("request_form", "modulo.pdf", PDF, "application/pdf"),
    ("identity_document", "documento.png", PNG, "image/png"),
    ("authority_report", "denuncia.jpg", JPEG, "image/jpeg"),
]


@pytest.fixture
def box():
    sandbox = TicketBox()
    yield sandbox
    sandbox.close()


class NoSleep:
    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def api(box):
    clients: list[ApiClient] = []

    def make(username: str = "admin.demo", password: str = "Demo2026!", attempts: int = 4) -> ApiClient:
        client = ApiClient(
            box.server.url,
            timeout=10.0,
            retry=RetryPolicy(attempts=attempts, base_delay=0.001, sleep=NoSleep()),
        )
        client.login(username, password, remember=False)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


def test_file_read_and_download_an_imei_block_ticket(box, api):
    client = api()
    assert client.open_ticket() is None
    ticket = client.create_ticket(imei_block(), IMEI_UPLOADS, idempotency_key="imei-1")
    assert ticket["imei"] == IMEI and ticket["status"] == "ASSIGNED"
    assert client.ticket(ticket["id"]) == ticket
    assert client.tickets() == [ticket]
    assert client.open_ticket() == ticket
    by_kind = {a["kind"]: a["id"] for a in ticket["attachments"]}
    for kind, _, data, _ in IMEI_UPLOADS:
        assert client.ticket_attachment(ticket["id"], by_kind[kind]) == data


def test_sim_replacement_and_administrative_tickets(box, api):
    client = api()
    first = client.create_ticket(sim_replacement(box.mobile()), idempotency_key="sim-1")
    assert first["topic"] == "SIM_REPLACEMENT" and first["attachments"] == []
    box.advance(DAY)
    second = client.create_ticket(administrative("PREMIUM_SERVICES"), idempotency_key="adm-1")
    assert second["reason"] == "ADMINISTRATIVE"
    assert [t["id"] for t in client.tickets()] == [second["id"], first["id"]]
    assert client.ticket(first["id"])["status"] == "CLOSED"


def test_refusals_are_typed(box, api):
    client = api()
    with pytest.raises(ValidationFailed) as invalid:
        client.create_ticket(administrative(notes="x" * 301, notify="fax"), idempotency_key="bad")
    assert set(invalid.value.fields) == {"notes", "notify"}
    with pytest.raises(ValidationFailed) as too_many:
        client.create_ticket(imei_block(), [*IMEI_UPLOADS, IMEI_UPLOADS[0]], idempotency_key="four")
    assert too_many.value.field == "attachments"
    with pytest.raises(ValidationFailed) as fake:
        client.create_ticket(
            imei_block(), [("request_form", "finto.pdf", b"testo", "application/pdf"), *IMEI_UPLOADS[1:]],
            idempotency_key="fake",
        )  # fmt: skip
    assert "finto.pdf" in fake.value.fields["attachments"]
    with pytest.raises(NotFound):
        client.ticket("T999999")
    first = client.create_ticket(administrative(), idempotency_key="ok")
    with pytest.raises(TicketAlreadyOpen) as already:
        client.create_ticket(sim_replacement(box.mobile()), idempotency_key="second")
    assert already.value.status == 409
    assert (already.value.open_ticket_id, already.value.open_ticket_number) == (first["id"], first["number"])
    assert not already.value.retryable


def test_an_oversized_request_is_a_validation_failure(box, api):
    each = PDF + b"0" * (int(4.9 * 2**20) - len(PDF))
    uploads = [("other", f"f{i}.pdf", each, "application/pdf") for i in range(3)]
    with pytest.raises(ValidationFailed) as refused:
        api().create_ticket(sim_replacement(box.mobile()), uploads, idempotency_key="big")
    assert refused.value.status == 413 and refused.value.field == "attachments"


def test_a_dipendente_is_forbidden(box, api):
    user = next(u for u in box.server.users if u["role"] == "DIPENDENTE")
    client = api(user["username"], user["password"])
    with pytest.raises(Forbidden):
        client.create_ticket(administrative(), idempotency_key="dip")
    with pytest.raises(Forbidden):
        client.open_ticket()


@pytest.mark.parametrize(
    "faults",
    [
        [{"mode": "500"}, {"mode": "500"}],
        [{"mode": "429", "retryAfter": 0}],
        [{"mode": "drop", "after": True}],
        [{"mode": "500", "after": True}, {"mode": "drop"}],
    ],
    ids=["500-twice", "429", "drop-after-commit", "500-after-commit-then-drop"],
)
def test_retries_during_create_file_exactly_one_ticket(box, api, faults):
    client = api()
    for fault in faults:
        box.fault(**fault)
    ticket = client.create_ticket(imei_block(), IMEI_UPLOADS, idempotency_key="retry-me")
    assert box.http.get("/sandbox/faults").json()["faults"] == []  # every fault was hit
    assert [t["id"] for t in client.tickets()] == [ticket["id"]]
    assert len(ticket["attachments"]) == 3


def test_a_later_retry_with_the_same_key_returns_the_first_ticket(box, api):
    """A crash between send and answer: the outbox sends again with the same key, even from a new client."""
    box.fault("drop", after=True)
    with pytest.raises(ServerUnavailable):  # one try only: the answer is lost
        api(attempts=1).create_ticket(administrative(), idempotency_key="outbox-7")
    again = api().create_ticket(administrative(), idempotency_key="outbox-7")
    assert [t["id"] for t in box.tickets()] == [again["id"]]


def test_the_blank_imei_block_form(api):
    form = api().imei_block_form()
    assert form.startswith(b"%PDF-") and b"%%EOF" in form[-16:]


def test_create_ticket_needs_a_key(api):
    with pytest.raises(ValueError):
        api().create_ticket(administrative(), idempotency_key="")
