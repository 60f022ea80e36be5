"""Gestione Notifiche over HTTP (R-80): the six types and their channels, who may read and change them, every
refusal of PUT, idempotency, and a type switched off making no event and no SMS."""

from __future__ import annotations

import pytest

from tests.sandbox.conftest import assert_wrapped
from tests.sandbox.notification_support import API, GIGA, TYPES, NtfBox, refused


@pytest.fixture(scope="module")
def box():
    sandbox = NtfBox()
    yield sandbox
    sandbox.stop()


def test_r80_start_all_enabled_every_channel_in_the_contract_order(box):
    settings = box.settings()
    assert [s["type"] for s in settings] == list(TYPES)
    for setting in settings:
        assert setting["enabled"] is True
        assert setting["channels"] == setting["availableChannels"]
        sms_only = setting["type"] in ("data_abroad_threshold", "gss_threshold")
        assert setting["availableChannels"] == (["sms"] if sms_only else ["sms", "email"])
    assert box.settings(box.telco) == settings


@pytest.mark.parametrize("who", ["employee", "autologin"])
def test_r80_a_dipendente_may_not_read_or_change_the_settings(box, who):
    client = getattr(box, who)
    assert_wrapped(client.get(f"{API}/notification-settings"), "FAIL", 403, "ERR-AUTH-03")
    change = [{"type": "promotion", "enabled": False, "channels": []}]
    assert_wrapped(box.put_settings(change, client=client), "FAIL", 403, "ERR-AUTH-03")
    assert next(s for s in box.settings() if s["type"] == "promotion")["enabled"] is True


def test_r80_put_changes_only_the_types_named_and_answers_the_whole_settings(box):
    change = [{"type": "invoice_overdue", "enabled": True, "channels": ["email"]}]
    data = assert_wrapped(box.put_settings(change), "OK", 200)["data"]
    assert [s["type"] for s in data["settings"]] == list(TYPES)
    by_type = {s["type"]: s for s in data["settings"]}
    assert by_type["invoice_overdue"]["channels"] == ["email"]
    assert by_type["payment_method_invalid"]["channels"] == ["sms", "email"]
    assert box.settings(box.telco) == data["settings"]
    # channels are kept in the available order whatever order they came in
    change = [{"type": "invoice_overdue", "enabled": True, "channels": ["email", "sms"]}]
    data = assert_wrapped(box.put_settings(change, client=box.telco), "OK", 200)["data"]
    assert data["settings"][0]["channels"] == ["sms", "email"]


def test_r80_a_switched_off_type_may_keep_no_channel(box):
    change = [{"type": "promotion", "enabled": False, "channels": []}]
    data = assert_wrapped(box.put_settings(change), "OK", 200)["data"]
    assert {s["type"]: s for s in data["settings"]}["promotion"] == {
        "type": "promotion",
        "enabled": False,
        "channels": [],
        "availableChannels": ["sms", "email"],
    }
    assert_wrapped(box.put_settings([{"type": "promotion", "enabled": True, "channels": ["sms"]}]), "OK", 200)


@pytest.mark.parametrize(
    ("settings", "words"),
    [
        ([{"type": "weather", "enabled": True, "channels": ["sms"]}], "weather"),
        ([{"type": "ticket_status", "enabled": False, "channels": []}], "ticket_status"),
        (
            [
                {"type": "promotion", "enabled": True, "channels": ["sms"]},
                {"type": "promotion", "enabled": False, "channels": []},
            ],
            "promotion",
        ),
        ([{"type": "gss_threshold", "enabled": True, "channels": ["email"]}], "gss_threshold"),
        ([{"type": "data_abroad_threshold", "enabled": True, "channels": ["sms", "email"]}], "data_abroad"),
        ([{"type": "invoice_overdue", "enabled": True, "channels": ["fax"]}], "invoice_overdue"),
        ([{"type": "invoice_overdue", "enabled": True, "channels": ["sms", "sms"]}], "invoice_overdue"),
        ([{"type": "fixed_activation", "enabled": True, "channels": []}], "fixed_activation"),
    ],
    ids=["unknown", "not-a-setting", "repeated", "gss-email", "abroad-email", "fax", "twice", "no-channel"],
)
def test_r80_refusals_name_settings_and_the_type_and_change_nothing(box, settings, words):
    before = box.settings()
    text = refused(box.put_settings(settings), "settings")
    assert words in text
    assert box.settings() == before


def test_r80_a_refusal_in_one_item_stores_none_of_the_others(box):
    before = box.settings()
    settings = [
        {"type": "promotion", "enabled": False, "channels": []},
        {"type": "gss_threshold", "enabled": True, "channels": []},
    ]
    refused(box.put_settings(settings), "settings")
    assert box.settings() == before


def test_r80_put_needs_an_idempotency_key_and_a_repeat_gets_the_first_answer(box):
    change = [{"type": "payment_method_invalid", "enabled": True, "channels": ["sms"]}]
    refused(box.put_settings(change, key=None), "Idempotency-Key")
    first = assert_wrapped(box.put_settings(change, key="ntf-repeat"), "OK", 200)["data"]
    again = [{"type": "payment_method_invalid", "enabled": True, "channels": ["email"]}]
    repeat = assert_wrapped(box.put_settings(again, key="ntf-repeat"), "OK", 200)["data"]
    assert repeat == first  # the repeat is not applied a second time
    assert {s["type"]: s for s in box.settings()}["payment_method_invalid"]["channels"] == ["sms"]


def test_r80_a_type_switched_off_makes_no_event_and_no_sms(box):
    line = box.mobiles()[10]["id"]
    off = [
        {"type": "data_abroad_threshold", "enabled": False, "channels": []},
        {"type": "gss_threshold", "enabled": False, "channels": []},
    ]
    assert_wrapped(box.put_settings(off), "OK", 200)
    box.http.delete("/sandbox/outbox")
    events_before = len(box.feed())
    roaming = box.use_abroad(line, 10 * GIGA)
    assert roaming["blocked"] is True  # the rule itself still holds: data abroad stops at 100 %
    package = assert_wrapped(box.admin.get(f"{API}/gss/packages"), "OK", 200)["data"]["packages"][2]
    box.http.post("/sandbox/gss/usage", json={"packageId": package["id"], "bytes": package["pooledBytes"]})
    assert len(box.feed()) == events_before
    assert box.outbox() == []
    # switched on again: the next crossing (a new window) gives its events and SMS
    on = [
        {"type": "data_abroad_threshold", "enabled": True, "channels": ["sms"]},
        {"type": "gss_threshold", "enabled": True, "channels": ["sms"]},
    ]
    assert_wrapped(box.put_settings(on), "OK", 200)
    assert_wrapped(box.unlock(line), "OK", 200)
    box.use_abroad(line, 10 * GIGA)
    events = box.feed()[: len(box.feed()) - events_before]
    assert [(e["kind"], e["percent"], e["unlock"]) for e in events] == [
        ("data_abroad_threshold", 100, 1),
        ("data_abroad_threshold", 80, 1),
    ]
    assert len(box.outbox()) == 4
