"""Issue 16 "Bad input": hypothesis against the API client's parsing of every read's answer, recorded from the
real sandbox and mutated, and against the domain's readers of answers (soak.fuzz_api)."""

from __future__ import annotations

import json

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from soak import fuzz_api as fz
from soak.fuzz_rules import fuzz_settings


@pytest.fixture(scope="module")
def recorded(sandbox):
    admin = next(u for u in sandbox.users if u["role"] == "USER_ADMIN")
    return fz.record(sandbox.url, admin["username"], admin["password"])


@pytest.fixture(scope="module")
def reads():
    return fz._reads({"line": "L1", "package": "P1", "invoice": "I1"})


def test_every_read_was_recorded(recorded, reads):
    """So a read the role cannot make, or one that failed, does not leave its parser unfuzzed unnoticed."""
    assert set(recorded) == set(reads)


@pytest.mark.parametrize("name", sorted(fz._reads({"line": "", "package": "", "invoice": ""})))
@fuzz_settings(max_examples=20)
@given(data=st.data())
def test_every_answer_mutated_is_parsed_or_an_api_error(recorded, reads, name, data):
    answer = data.draw(fz.mutated_answer(recorded[name]), label="answer")
    fz.check_read(name, reads[name], answer)


def _keys(value, found):
    if isinstance(value, dict):
        found.update(value)
        for item in value.values():
            _keys(item, found)
    elif isinstance(value, list):
        for item in value[:5]:
            _keys(item, found)
    return found


@pytest.fixture(scope="module")
def real_keys(recorded):
    found: set[str] = set()
    for answer in recorded.values():
        for line in answer.content.split(b"\n")[:3]:
            try:
                _keys(json.loads(line), found)
            except ValueError:
                pass
    return sorted(found)


@pytest.mark.parametrize("name", sorted(fz.READERS))
@fuzz_settings(max_examples=15)
@given(data=st.data())
def test_every_model_reader_builds_or_refuses_as_not_understood(real_keys, name, data):
    shaped = st.dictionaries(st.sampled_from(real_keys), fz.JSON, max_size=12)
    raw = data.draw(fz.JSON | shaped | st.lists(shaped, max_size=3), label="raw")
    fz.check_reader(name, raw)


@fuzz_settings(max_examples=40)
@given(outcome=st.sampled_from(["OK", "FAIL"]), codes=fz.JSON, messages=fz.JSON,
       status=st.sampled_from([200, 400, 401, 403, 404, 409, 410, 429, 500, 503]))
@example(outcome="FAIL", codes=True, messages=[], status=200).via("found: errorCodes true raised TypeError")
@example(outcome="OK", codes=1, messages=5, status=200).via("found: errorCodes 1 raised TypeError")
@example(outcome="FAIL", codes=[], messages={"field": "x"}, status=400).via("messages an object")
def test_any_wrapper_fields_give_the_data_or_an_api_error(recorded, outcome, codes, messages, status):
    body = {"status": outcome, "errorCodes": codes, "messages": messages, "data": json.loads(
        recorded["me"].content)["data"]}
    answer = fz.Recorded(status, {"content-type": "application/json"}, json.dumps(body).encode())
    fz.check_read("me", lambda client: client.me(), answer)
