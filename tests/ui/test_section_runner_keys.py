"""A change whose answer came but could not be read keeps its Idempotency-Key: confirming it again is the same
request, which the server answers without applying it twice (found in review of issue 16's "not understood")."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from windtre_desktop.flows.section_runner import SectionRunner
from windtre_desktop.sync.actions import IDEMPOTENCY_KEY


class AnsweringService:
    """Answers every action at once with the same result, as the network thread would, and keeps the keys."""

    def __init__(self) -> None:
        self.keys: list[str] = []

    def run_action(self, _url, _action, payload, done, _failed) -> None:
        self.keys.append(payload[IDEMPOTENCY_KEY])
        done({"id": "REQ-1"})


def test_an_unreadable_answer_keeps_the_key_and_a_read_one_lets_it_go(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    service = AnsweringService()
    runner = SectionRunner(service, "http://127.0.0.1:1", lambda: parent)
    failures = []

    def unreadable(result):
        return result["missing"]  # a reader meeting an answer of another shape

    runner.send_change("option_request", {"optionCode": "X"}, unreadable, failures.append)
    assert [failure.kind for failure in failures] == ["not_understood"]
    runner.send_change("option_request", {"optionCode": "X"}, lambda result: None, failures.append)
    assert service.keys[0] == service.keys[1]  # the same request again: the server applies it once
    runner.send_change("option_request", {"optionCode": "X"}, lambda result: None, failures.append)
    assert service.keys[2] != service.keys[1]  # answered and read: a new change gets a new key
