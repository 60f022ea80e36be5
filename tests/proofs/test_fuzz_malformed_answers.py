"""Issue 16 "Bad input", API answers into models: an answer that is valid JSON but not the contract's shape
(an item without its required fields, a field of another type) read by a flow on the GUI thread ends in a
clear message in place of the page, not in an exception in the event loop. The real app against a real
sandbox whose data source gives the odd items (its routes send whatever the state holds)."""

from __future__ import annotations

import pytest

from tests.ui.conftest import sign_in
from windtre_desktop.domain.roles import Section
from windtre_desktop.sync.outcomes import Failure

LOAD_MS = 30_000
# the UI tests' fixtures, for this folder outside tests/ui


@pytest.mark.parametrize("items", [[{"msisdn": "+390612345678"}], [{"id": "A1", "stages": 7}, 17]],
                         ids=["without its id", "fields of other types"])
def test_odd_activations_end_in_a_message_not_an_exception(qtbot, fresh_sandbox, make_controller, monkeypatch, items):
    monkeypatch.setattr(fresh_sandbox.state, "activations", lambda user: {"activations": items})
    controller = make_controller(fresh_sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    controller.window.show_section(Section.SELF_SERVICE)
    view = controller.window.section_widget(Section.SELF_SERVICE).activations
    qtbot.waitUntil(lambda: not view.message.isHidden(), timeout=LOAD_MS)
    runner = controller.self_service_flows.runner
    assert view.message.text() == runner.failure_text(Failure("not_understood"))
    assert view.stack.currentWidget() is view.loading and "F5" in view.loading.text()  # not "loading" for ever
