"""Issue 16, faults, fast subset of the API layer: the OpenAPI document is covered operation by operation, and
each driven operation survives two faults chosen by a seeded RNG, through the app's own ApiClient and retry
policy (`python3 dev.py soak --only faults` runs every fault on every operation)."""

from __future__ import annotations

import pytest

from soak.fault_bench import Bench
from soak.fault_harness import FAULTS, plan, run_api_layer, unclear
from soak.fault_operations import NOT_CALLED, OPERATIONS, openapi_operations, uncovered
from windtre_desktop.api.errors import RateLimited, ServerUnavailable, SessionExpired


def test_every_openapi_operation_is_driven_or_named_as_not_called():
    assert uncovered() == set(), "add a driver in soak/fault_operations.py, or a reason in NOT_CALLED"
    assert not set(OPERATIONS) & set(NOT_CALLED)
    assert set(OPERATIONS) | set(NOT_CALLED) == openapi_operations()  # no driver for an operation that is gone
    assert all(reason.strip() for reason in NOT_CALLED.values())


def test_the_sample_reaches_every_operation_and_every_fault():
    cases = plan(sample=2)
    assert {operation for operation, _fault in cases} == set(OPERATIONS)
    assert {fault for _operation, fault in cases} == set(FAULTS)
    assert plan(sample=2) == cases  # seeded: a failure can be run again


def _server_said(error, text: str):
    error.message, error.from_server = text, True
    return error


@pytest.mark.parametrize(("error", "verdict"), [
    (ServerUnavailable(), None),  # the client's own English stays in the log: the view says it in Italian
    (_server_said(SessionExpired(), "La sessione è scaduta o non è valida: accedi di nuovo."), None),
    (_server_said(SessionExpired(), "Your session has expired or is not valid: please log in again."), "English"),
    (_server_said(RateLimited(), '{"status":"FAIL","errorCodes":["ERR-RATE-01"]}'), "raw text"),
    (RuntimeError("boom"), "not a typed error"),
])
def test_the_judge_of_the_words_shown_can_fail(error, verdict):
    problem = unclear(error, "it")
    assert problem is None if verdict is None else verdict in problem


def test_every_operation_under_two_faults_ends_in_success_or_clear_words():
    bench = Bench()
    try:
        results = run_api_layer(bench, sample=2)
    finally:
        bench.close()
    assert len(results) == 2 * len(OPERATIONS)
    failed = [f"{' '.join(r.operation)} under {r.fault}: {r.detail}" for r in results if not r.survived]
    assert failed == []
    assert any(r.outcome == "ok" for r in results) and any(r.outcome != "ok" for r in results)
