"""The generic wizard state machine: navigation, exact Back, busy/failed/succeeded, resend cooldown."""

from __future__ import annotations

import pytest

from windtre_desktop.domain import validators as v
from windtre_desktop.domain.messages import Message
from windtre_desktop.domain.wizard import (
    ActionRequest,
    Field,
    FieldKind,
    ResendCooldown,
    Step,
    StepStatus,
    Wizard,
    WizardError,
)


def label(text: str) -> Message:
    return Message("Test", text)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def checked(check):
    return lambda value, values: check(value)


def make_wizard(clock=None) -> Wizard:
    steps = [
        Step("a", label("A"), fields=(
            Field("name", FieldKind.TEXT, label("Name"), check=checked(v.check_username)),
            Field("email", FieldKind.EMAIL, label("Email"), check=checked(v.check_email)),
            Field("plan", FieldKind.CHOICE, label("Plan"), choices=(("s", label("S")), ("m", label("M")))),
            Field("news", FieldKind.CHECKBOX, label("News"), required=False),
            Field("note", FieldKind.INFO, label("Info")),
        ), next="b"),
        Step("b", label("B"), fields=(Field("mobile", FieldKind.PHONE, label("Mobile"), check=checked(v.check_mobile)),),
             action="send", payload=lambda values, results: {"msisdn": v.normalise_msisdn(values["mobile"])},
             next=lambda values, results: "c" if results.get("needsPuk") else "d"),
        Step("c", label("C"), fields=(Field("puk", FieldKind.CODE, label("PUK"), check=checked(v.check_puk)),),
             action="verify", next="d"),
        Step("d", label("D"), fields=(
            Field("otp", FieldKind.CODE, label("Code"), check=checked(v.check_otp)),
            Field("password", FieldKind.PASSWORD, label("Password"), check=checked(v.check_password), live_rules=True),
            Field("terms", FieldKind.CHECKBOX, label("Terms")),
        ), resend="resend", resend_payload=lambda values, results: {"challengeId": results.get("challengeId")},
            action="confirm", next="done"),
        Step("done", label("Done"), can_go_back=False),
    ]
    return Wizard.from_steps("test", label("Test"), steps, clock=clock or FakeClock())


def fill_a(w: Wizard) -> None:
    for name, value in (("name", "mario.rossi"), ("email", "m@azienda.it"), ("plan", "s")):
        assert w.set_value(name, value)


def to_d(w: Wizard, **result) -> ActionRequest:
    fill_a(w)
    w.next()
    w.set_value("mobile", "347 123 4567")
    request = w.next()
    assert w.succeeded({"challengeId": "ch1", "needsPuk": False, "resendAfter": 30, **result})
    return request


def test_a_fresh_wizard_is_on_its_first_step_and_asks_for_the_required_values():
    w = make_wizard()
    assert w.step_id == "a" and w.history == () and w.path == ["a"]
    assert w.status is StepStatus.INVALID and not w.can_next() and not w.can_back()
    assert set(w.errors()) == {"name", "email", "plan"}  # news is optional, note is text only
    assert str(w.errors()["name"]) == "Name: this field is required"
    assert w.shown_errors() == {}  # nothing typed yet: nothing shouted
    assert w.next() is None and w.step_id == "a"
    assert set(w.shown_errors()) == {"name", "email", "plan"}  # a refused Next shows them all


def test_back_on_the_first_step_changes_nothing():
    w = make_wizard()
    w.set_value("name", "mario")
    assert w.back() is False
    assert w.step_id == "a" and w.values == {"name": "mario"}


def test_values_are_checked_and_only_the_current_steps_fields_can_be_set():
    w = make_wizard()
    assert w.set_value("name", "ab")
    assert "4 to 30" in str(w.errors()["name"]) and "name" in w.shown_errors()
    assert w.set_value("plan", "xl") and "choose one" in str(w.errors()["plan"])
    assert not w.set_value("mobile", "3471234567")  # a later step's field
    assert not w.set_value("note", "x")  # an info field holds no value
    assert not w.set_value("nonsense", "x")
    fill_a(w)
    assert w.errors() == {} and w.status is StepStatus.VALID and w.can_next()


def test_next_without_action_advances_and_keeps_a_copy_for_back():
    w = make_wizard()
    fill_a(w)
    w.set_value("news", 1)
    assert w.values["news"] is True
    assert w.next() is None and w.step_id == "b"
    assert [s.step_id for s in w.history] == ["a"] and w.path == ["a", "b"]
    assert w.history[0].values == w.values


def test_an_action_makes_the_step_busy_until_the_caller_answers():
    w = make_wizard()
    fill_a(w)
    w.next()
    w.set_value("mobile", "347 123 4567")
    request = w.next()
    assert request == ActionRequest("send", {"msisdn": "+393471234567"}, request.request_id)
    assert w.busy and w.pending == request and w.status is StepStatus.BUSY and w.step_id == "b"
    assert not w.set_value("mobile", "333 000 0000") and w.values["mobile"] == "347 123 4567"
    assert w.next() is None and not w.back() and not w.can_next() and not w.can_resend()


def test_a_failure_keeps_every_value_and_allows_a_retry():
    w = make_wizard()
    fill_a(w)
    w.next()
    w.set_value("mobile", "347 123 4567")
    before = w.values
    first = w.next()
    assert w.failed("Server unreachable")
    assert not w.busy and w.values == before and w.step_id == "b"
    assert w.status is StepStatus.ERROR and w.server_error.message == "Server unreachable"
    assert w.can_next()  # a network error does not block a retry
    second = w.next()
    assert second.request_id != first.request_id and w.server_error is None
    assert not w.succeeded({"needsPuk": True}, request_id=first.request_id)  # a late answer to the old request
    assert w.busy and w.step_id == "b"
    assert w.succeeded({"needsPuk": True, "challengeId": "ch1"}, request_id=second.request_id)
    assert w.step_id == "c" and w.results == {"needsPuk": True, "challengeId": "ch1"}


def test_answers_without_a_pending_action_are_ignored():
    w = make_wizard()
    assert not w.succeeded({}) and not w.failed("x") and not w.cancel()
    assert w.step_id == "a"


def test_the_next_step_can_depend_on_the_result():
    w = make_wizard()
    to_d(w)
    assert w.step_id == "d" and w.path == ["a", "b", "d"]


def test_a_server_error_on_a_field_blocks_until_the_field_changes():
    w = make_wizard()
    to_d(w)
    for name, value in (("otp", "123456"), ("password", "Ab3!efgh"), ("terms", True)):
        w.set_value(name, value)
    w.next()
    assert w.failed("Codice errato", field="otp")
    assert w.errors() == {"otp": "Codice errato"} and w.shown_errors() == {"otp": "Codice errato"}
    assert not w.can_next() and w.status is StepStatus.ERROR
    w.set_value("otp", "123456")  # the same code again: still wrong
    assert not w.can_next()
    w.set_value("otp", "654321")
    assert w.can_next() and w.status is StepStatus.VALID


def test_a_server_error_on_a_field_of_another_step_is_a_general_error():
    w = make_wizard()
    to_d(w)
    for name, value in (("otp", "123456"), ("password", "Ab3!efgh"), ("terms", True)):
        w.set_value(name, value)
    w.next()
    w.failed("Numero non valido", field="mobile")
    assert w.server_error.field == "mobile" and w.errors() == {} and w.can_next()
    assert w.step_of("mobile") == "b" and w.step_of("otp") is None
    assert w.back_to("b") and w.step_id == "b" and w.server_error is None
    assert not w.back_to("d") and not w.back_to("b")  # not behind the current step
    assert w.back_to("a") and w.history == ()


def test_back_to_stops_at_a_step_that_forbids_back():
    w = make_wizard()
    to_d(w)
    for name, value in (("otp", "123456"), ("password", "Ab3!efgh"), ("terms", True)):
        w.set_value(name, value)
    w.next()
    w.succeeded({})
    assert not w.back_to("a") and w.step_id == "done"


def test_back_restores_exactly_the_state_left_and_drops_later_values():
    w = make_wizard()
    fill_a(w)
    w.next()
    w.set_value("mobile", "347 123 4567")
    left_b = w.values
    w.next()
    w.succeeded({"challengeId": "ch1", "needsPuk": False})
    w.set_value("otp", "123456")
    w.set_value("password", "Ab3!efgh")
    assert w.back()
    assert w.step_id == "b" and w.values == left_b and w.results == {}
    assert len(w.history) == 1


def test_non_secret_values_left_with_back_are_offered_again_secrets_are_not():
    w = make_wizard()
    fill_a(w)
    w.next()
    w.set_value("mobile", "347 123 4567")
    assert w.back() and "mobile" not in w.values
    w.next()
    assert w.values["mobile"] == "347 123 4567"  # prefilled: no retyping after fixing a typo on step a
    to_d_wizard = make_wizard()
    to_d(to_d_wizard)
    to_d_wizard.set_value("otp", "123456")
    to_d_wizard.set_value("password", "Ab3!efgh")
    to_d_wizard.set_value("terms", True)
    to_d_wizard.back()
    to_d_wizard.next()
    to_d_wizard.succeeded({"needsPuk": False})
    assert to_d_wizard.values.get("otp") is None and to_d_wizard.values.get("password") is None
    assert to_d_wizard.values["terms"] is True


def test_a_step_can_forbid_back():
    w = make_wizard()
    to_d(w)
    for name, value in (("otp", "123456"), ("password", "Ab3!efgh"), ("terms", True)):
        w.set_value(name, value)
    w.next()
    w.succeeded({"username": "3471234567"})
    assert w.step_id == "done" and w.is_final and not w.can_back() and not w.back()
    assert w.next() is None and w.step_id == "done"


def test_cancel_forgets_the_pending_action():
    w = make_wizard()
    fill_a(w)
    w.next()
    w.set_value("mobile", "347 123 4567")
    request = w.next()
    assert w.cancel() and not w.busy
    assert not w.succeeded({}, request_id=request.request_id) and w.step_id == "b"


def test_resend_waits_for_the_cooldown_from_the_result():
    clock = FakeClock()
    w = make_wizard(clock)
    to_d(w)
    assert w.resend_available_at == clock.now + 30
    assert w.seconds_until_resend() == 30 and not w.can_resend() and w.resend() is None
    clock.now += 29.5
    assert w.seconds_until_resend() == 1  # rounded up: never "0 s" while still waiting
    clock.now += 0.5
    request = w.resend()
    assert request.action == "resend" and request.resend and request.payload == {"challengeId": "ch1"}
    assert w.busy and w.status is StepStatus.BUSY
    assert w.succeeded({"challengeId": "ch2", "resendAfter": 45})
    assert w.step_id == "d" and w.results["challengeId"] == "ch2" and w.seconds_until_resend() == 45
    assert len(w.history) == 2  # a resend does not move


def test_a_refused_resend_restarts_the_cooldown_from_retry_after():
    clock = FakeClock()
    w = make_wizard(clock)
    to_d(w, resendAfter=0)
    assert w.can_resend()
    w.resend()
    assert w.failed("Troppe richieste", retry_after=12)
    assert w.seconds_until_resend() == 12 and w.status is StepStatus.ERROR


def test_cooldown_defaults_and_odd_server_values():
    clock = FakeClock()
    cooldown = ResendCooldown(clock, default_seconds=60)
    assert cooldown.seconds_until_resend() == 0 and cooldown.available()
    cooldown.start()
    assert cooldown.seconds_until_resend() == 60
    for odd in ("soon", float("nan"), float("inf")):
        cooldown.start(odd)
        assert cooldown.seconds_until_resend() == 60
    cooldown.start(-5)
    assert cooldown.available()
    cooldown.start("15")
    assert cooldown.seconds_until_resend(now=clock.now + 10) == 5
    cooldown.reset()
    assert cooldown.resend_available_at is None


def test_steps_without_resend_report_no_cooldown():
    w = make_wizard()
    assert w.resend_available_at is None and w.seconds_until_resend() == 0 and not w.can_resend()


def test_back_restores_the_cooldown_of_the_step_returned_to():
    clock = FakeClock()
    steps = [Step("otp", label("OTP"), resend="resend", next="extra"), Step("extra", label("Extra"), next="end"),
             Step("end", label("End"))]
    w = Wizard("c", label("C"), {s.id: s for s in steps}, "otp", clock=clock)
    w.cooldown.start(40)
    at = w.resend_available_at
    w.next()
    assert w.step_id == "extra" and w.cooldown.resend_available_at is None  # entering a step without resend
    w.next()
    clock.now += 100
    w.back()
    w.back()
    assert w.step_id == "otp" and w.resend_available_at == at and w.can_resend()


def test_a_new_answer_without_resend_after_gets_the_default_cooldown():
    clock = FakeClock()
    w = make_wizard(clock)
    to_d(w)
    for name, value in (("otp", "123456"), ("password", "Ab3!efgh"), ("terms", True)):
        w.set_value(name, value)
    w.back()
    assert w.results == {}  # the first answer (resendAfter 30) went with Back
    w.next()
    w.succeeded({"needsPuk": False})
    assert w.seconds_until_resend() == 60


def test_password_checklist_follows_the_value():
    w = make_wizard()
    to_d(w)
    w.set_value("password", "abc")
    assert [r.met for r in w.checklist("password")] == [False, False, True, False, False]
    assert w.checklist("otp") == []


def test_description_may_depend_on_the_state():
    step = Step("x", label("X"), description=lambda values, results: label(values.get("who", "?")))
    w = Wizard.from_steps("d", label("D"), [step], initial_values={"who": "Mario"})
    assert w.description() == label("Mario") and w.is_final
    assert make_wizard().description() is None


@pytest.mark.parametrize("steps", [
    [Step("a", label("A"), next="nowhere")],
    [Step("a", label("A"), action="send")],
    [Step("a", label("A")), Step("a", label("A again"))],
    [Step("a", label("A"), fields=(Field("x", FieldKind.TEXT, label("X")), Field("x", FieldKind.TEXT, label("X"))))],
])
def test_a_wrongly_wired_map_is_refused(steps):
    with pytest.raises(WizardError):
        Wizard.from_steps("bad", label("Bad"), steps)


def test_a_next_function_naming_an_unknown_step_is_a_programming_error():
    w = Wizard.from_steps("bad", label("Bad"), [Step("a", label("A"), next=lambda values, results: "zz"),
                                                  Step("b", label("B"))])
    with pytest.raises(WizardError):
        w.next()
    with pytest.raises(WizardError):
        Wizard("bad", label("Bad"), {"a": Step("a", label("A"))}, "b")


def test_a_draft_names_its_wizard_and_one_of_another_wizard_is_refused_saying_whose_and_which_version():
    w = make_wizard()
    fill_a(w)
    draft = w.to_draft()
    assert draft["wizard"] == "test"
    with pytest.raises(WizardError, match=f"'other' v{draft['version']!r}"):
        make_wizard().load_draft(dict(draft, wizard="other"))


def test_results_are_the_wizards_own_copies_not_the_callers():
    w = make_wizard()
    result = {"profile": {"name": "Mario"}}
    to_d(w, **result)
    result["profile"]["name"] = "changed by the caller"
    assert w.results["profile"] == {"name": "Mario"}
    draft = w.to_draft()
    restored = make_wizard()
    restored.load_draft(draft)
    draft["results"]["profile"]["name"] = "changed in the draft"
    assert restored.results["profile"] == {"name": "Mario"}


# --- steps ahead, cleared values, default payloads, drafts and resends (issue 16: the sampled run of 2026-12-07) --

def test_the_steps_ahead_follow_a_branch_on_the_server_answers_so_far():
    w = make_wizard()
    fill_a(w)
    w.next()
    # b's next step reads the server's answer: none yet, so no PUK asked for, straight to d
    assert w.step_id == "b" and w.steps_ahead() == ["d", "done"] and w.position() == (2, 4)


def test_a_value_set_to_none_is_cleared_not_written_as_none():
    w = make_wizard()
    fill_a(w)
    assert w.set_value("name", None) and w.value("name") == ""
    assert "name" in w.errors()


def test_an_action_without_a_payload_function_sends_the_steps_values():
    w = make_wizard()
    to_d(w, needsPuk=True)
    assert w.step_id == "c" and w.set_value("puk", "12345678")
    request = w.next()
    assert (request.action, request.payload) == ("verify", {"puk": "12345678"})


def test_a_draft_whose_current_step_is_unknown_is_refused():
    w = make_wizard()
    fill_a(w)
    draft = w.to_draft()
    with pytest.raises(WizardError, match="nowhere"):
        make_wizard().load_draft(dict(draft, step="nowhere"))


def test_a_resend_without_a_payload_function_sends_an_empty_payload():
    steps = [Step("code", label("Code"), fields=(Field("otp", FieldKind.CODE, label("Code")),),
                  resend="resend", action="confirm", next="done"),
             Step("done", label("Done"))]
    w = Wizard.from_steps("plain", label("Plain"), steps, clock=FakeClock())
    request = w.resend()
    assert (request.action, request.payload, request.resend) == ("resend", {}, True)


def test_a_wrongly_wired_map_says_which_wizard_and_what_is_wrong():
    with pytest.raises(WizardError, match="^twice: two steps have the same id$"):
        Wizard.from_steps("twice", label("T"), [Step("a", label("A")), Step("a", label("A"))])
    field = Field("x", FieldKind.TEXT, label("X"))
    with pytest.raises(WizardError, match="^fields: step 'a' has two fields with the same name$"):
        Wizard.from_steps("fields", label("F"), [Step("a", label("A"), fields=(field, field))])


def test_the_value_of_a_name_not_on_this_step_is_empty():
    assert make_wizard().value("mobile") == ""


def test_required_boxes_choices_and_empty_passwords_say_what_is_wrong():
    w = make_wizard()
    w.set_value("plan", "xl")
    assert w.errors()["plan"].render() == "Plan: choose one of the options"
    w = make_wizard()
    to_d(w)
    assert w.errors()["terms"].render() == "Terms: tick the box to go on"
    assert [rule.met for rule in w.checklist("password")] == [False] * 5


def test_a_step_reached_without_an_action_starts_with_no_server_error():
    w = make_wizard()
    fill_a(w)
    w.next()
    assert w.step_id == "b" and w.server_error is None and w.status is StepStatus.INVALID


def test_back_to_stops_at_a_step_on_the_way_that_forbids_back():
    steps = [Step("s1", label("S1"), next="s2"), Step("s2", label("S2"), next="s3", can_go_back=False),
             Step("s3", label("S3"), next="s4"), Step("s4", label("S4"))]
    w = Wizard.from_steps("way", label("Way"), steps, clock=FakeClock())
    for _ in range(3):
        w.next()
    assert w.step_id == "s4" and not w.back_to("s1") and w.step_id == "s4"
    assert w.back_to("s3") and w.step_id == "s3"


def test_a_loaded_draft_shows_errors_only_where_something_was_typed():
    w = make_wizard()
    w.set_value("email", "not an email")
    w.next()  # refused: every error is shown
    assert set(w.shown_errors()) == {"name", "email", "plan"}
    restored = make_wizard()
    restored.load_draft(w.to_draft())
    assert set(restored.shown_errors()) == {"email"}


def test_a_default_payload_sends_an_optional_value_never_typed_as_empty():
    steps = [Step("s", label("S"), fields=(Field("note", FieldKind.TEXT, label("Note"), required=False),
                                           Field("news", FieldKind.CHECKBOX, label("News"), required=False)),
                  action="send", next="done"),
             Step("done", label("Done"))]
    request = Wizard.from_steps("optional", label("Optional"), steps, clock=FakeClock()).next()
    assert request.payload == {"note": "", "news": False}


# --- where the way ahead cannot be told, and a resend built from the values (issue 16: seed 576230) ----------------

def test_the_steps_ahead_stop_before_a_branch_that_needs_a_value_not_typed_yet():
    steps = [Step("a", label("A"), next="b"),
             Step("b", label("B"), next=lambda values, results: "c" if values["kind"] == "x" else "a"),
             Step("c", label("C"))]
    w = Wizard.from_steps("branch", label("Branch"), steps)
    assert w.steps_ahead() == ["b"] and w.position() == (1, 2)


def test_the_steps_ahead_stop_at_a_step_that_does_not_exist_or_was_already_taken():
    nowhere = Wizard.from_steps("nowhere", label("Nowhere"), [
        Step("a", label("A"), next="b"), Step("b", label("B"), next=lambda values, results: "zz")])
    assert nowhere.steps_ahead() == ["b"] and nowhere.position() == (1, 2)
    loop = Wizard.from_steps("loop", label("Loop"), [
        Step("a", label("A"), next="b"), Step("b", label("B"), next=lambda values, results: "a")])
    assert loop.steps_ahead() == ["b"]


def test_a_resend_payload_can_carry_what_was_typed():
    steps = [Step("code", label("Code"), fields=(Field("msisdn", FieldKind.PHONE, label("Line")),),
                  resend="resend", resend_payload=lambda values, results: {"msisdn": values.get("msisdn")},
                  action="verify", next="done"),
             Step("done", label("Done"))]
    clock = FakeClock()
    w = Wizard.from_steps("typed", label("Typed"), steps, clock=clock)
    w.set_value("msisdn", "3471234567")
    request = w.resend()
    assert request is not None and request.payload == {"msisdn": "3471234567"}
