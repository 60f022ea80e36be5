"""Stateful properties: any sequence of set_value / next / back / succeeded / failed / resend / cancel
keeps every wizard consistent (the test wizard and the four accounts wizards)."""

from __future__ import annotations

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from tests.domain.test_wizard import FakeClock, make_wizard
from windtre_desktop.domain import account_wizards
from windtre_desktop.domain.wizard import FieldKind, StepStatus

# A good value and bad ones per field name, so that runs both get stuck and get through.
CANDIDATES = {
    "name": ["mario.rossi", "ab", ""],
    "email": ["m.rossi@azienda.it", "m.rossi@", ""],
    "plan": ["s", "xl"],
    "mobile": ["347 123 4567", "02 3661 8300"],
    "msisdn": ["+39 347 123 4567", "347"],
    "puk": ["12345678", "1234"],
    "otp": ["123456", "12a"],
    "code": ["654321", "1"],
    "password": ["Ab3!efgh", "weak"],
    "newPassword": ["Zx9?wxyz", "12345678"],
    "passwordConfirmation": ["Ab3!efgh", "Zx9?wxyz", ""],
    "oldPassword": ["12345678", ""],
    "vatNumber": ["IT 00743110157", "00743110158"],
    "firstName": ["Mario", "R2D2"],
    "lastName": ["Rossi", ""],
    "birthDate": ["1985-12-10", "1985-12-11", "2030-01-01"],
    "fiscalCode": ["RSSMRA85T10A562S", "RSSMRA85T10A562T"],
    "activationCode": ["a1b2c3", "A1B2-C3D4"],
    "username": ["mario.rossi", "3471234567", "x y"],
}
RESULTS = [
    {}, {"registrationId": "R1"}, {"challengeId": "c1", "needsPuk": True, "channel": "email", "resendAfter": 30},
    {"challengeId": "c2", "needsPuk": False, "channel": "sms", "resendAfter": 0},
    {"variant": "temporaryPassword"}, {"variant": "code", "challengeId": "c3", "channel": "email"},
    {"username": "3471234567"},
]


class WizardMachine(RuleBasedStateMachine):
    """A model of the history: the values as they were each time the wizard moved forward."""

    @staticmethod
    def build(clock):
        return make_wizard(clock)

    def __init__(self) -> None:
        super().__init__()
        self.clock = FakeClock()
        self.w = self.build(self.clock)
        self.stack: list[dict] = []
        self.values_at_request: dict | None = None

    def state(self):
        return self.w.step_id, self.w.values, self.w.results, len(self.w.history)

    @rule(data=st.data())
    def set_value(self, data):
        fields = [f for f in self.w.step.fields if f.has_value]
        if not fields:
            assert not self.w.set_value("anything", "x")
            return
        f = data.draw(st.sampled_from(fields))
        value = data.draw(st.sampled_from(CANDIDATES.get(f.name, [True, False] if f.kind is FieldKind.CHECKBOX
                                                                 else ["x", ""])))
        before = self.state()
        if self.w.busy:
            assert not self.w.set_value(f.name, value) and self.state() == before
        else:
            assert self.w.set_value(f.name, value) and self.w.values[f.name] == value

    @precondition(lambda self: not self.w.busy)
    @rule()
    def fill_with_good_values(self):
        """Type a good value in every field at once, so that runs get past the steps often."""
        for f in self.w.step.fields:
            if f.has_value:
                good = True if f.kind is FieldKind.CHECKBOX else CANDIDATES.get(f.name, ["x"])[0]
                if f.name == "passwordConfirmation":
                    good = self.w.values.get("newPassword", self.w.values.get("password", ""))
                assert self.w.set_value(f.name, good)

    @precondition(lambda self: not self.w.busy)
    @rule(result=st.sampled_from(RESULTS))
    def go_forward(self, result):
        """Good values, Next and, for an action, its success: reaches the late steps in short runs."""
        self.fill_with_good_values()
        self.next()
        if self.w.busy:
            self.succeeded(result)

    @rule()
    def next(self):
        before = self.state()
        values = self.w.values
        could = self.w.can_next()
        request = self.w.next()
        if not could:
            assert request is None and self.state() == before
        elif request is None:
            self.stack.append(values)
            assert self.w.history[-1].values == values and self.w.history[-1].step_id == before[0]
        else:
            assert self.w.busy and self.w.pending == request and self.state() == before
            self.values_at_request = values

    @rule(result=st.sampled_from(RESULTS))
    def succeeded(self, result):
        pending = self.w.pending
        before = self.state()
        assert self.w.succeeded(result) == (pending is not None)
        if pending is None:
            assert self.state() == before
        elif pending.resend:
            assert self.w.step_id == before[0] and len(self.w.history) == before[3]
        else:
            self.stack.append(self.values_at_request)
            assert self.w.history[-1].values == self.values_at_request
        assert not self.w.busy

    @rule(field=st.sampled_from([None, "otp", "puk", "username", "mobile", "vatNumber", "unknown"]))
    def failed(self, field):
        was_busy = self.w.busy
        before = self.state()
        assert self.w.failed("Errore del server", field=field) == was_busy
        assert self.state() == before  # a failure never loses input
        assert not self.w.busy
        if was_busy:
            assert self.w.status is StepStatus.ERROR

    @rule()
    def back(self):
        before = self.state()
        could = self.w.can_back()
        moved = self.w.back()
        assert moved == could
        if not self.stack:
            assert not moved  # back from the first step is a no-op
        if moved:
            assert self.w.values == self.stack.pop()
        else:
            assert self.state() == before

    @rule(data=st.data())
    def back_to(self, data):
        visited = [s.step_id for s in self.w.history]
        target = data.draw(st.sampled_from([*visited, "nowhere"]))
        before = self.state()
        if self.w.back_to(target):
            depth = len(visited) - visited[::-1].index(target) - 1
            assert self.w.step_id == target and self.w.values == self.stack[depth]
            del self.stack[depth:]
        else:
            assert self.state() == before

    @rule()
    def resend(self):
        before = self.state()
        could = self.w.can_resend()
        request = self.w.resend()
        assert (request is not None) == could and self.state() == before
        if request is not None:
            assert request.resend and self.w.busy

    @rule()
    def cancel(self):
        was_busy = self.w.busy
        assert self.w.cancel() == was_busy and not self.w.busy

    @rule(seconds=st.sampled_from([1, 29, 60]))
    def wait(self, seconds):
        self.clock.now += seconds

    @precondition(lambda self: self.w.busy)
    @rule(value=st.sampled_from(["x", "12345678"]))
    def typing_while_busy_is_refused(self, value):
        before = self.state()
        for f in self.w.step.fields:
            assert not self.w.set_value(f.name, value)
        assert self.state() == before

    @invariant()
    def consistent(self):
        w = self.w
        assert w.step_id in w.steps and all(s.step_id in w.steps for s in w.history)
        assert len(w.history) == len(self.stack)
        assert w.path[-1] == w.step_id and len(w.path) == len(w.history) + 1
        assert w.busy == (w.pending is not None) == (w.status is StepStatus.BUSY)
        assert not (w.busy and (w.can_next() or w.can_back() or w.can_resend()))
        assert w.seconds_until_resend() >= 0
        if w.is_final:
            assert not w.can_next()


class AdminRegistrationMachine(WizardMachine):
    @staticmethod
    def build(clock):
        return account_wizards.admin_registration(clock=clock)


class EmployeeRegistrationMachine(WizardMachine):
    @staticmethod
    def build(clock):
        return account_wizards.employee_registration(clock=clock)


class PasswordRecoveryMachine(WizardMachine):
    @staticmethod
    def build(clock):
        return account_wizards.password_recovery(clock=clock)


class PasswordChangeMachine(WizardMachine):
    @staticmethod
    def build(clock):
        return account_wizards.password_change("12345678", clock=clock)


FAST = settings(max_examples=60, stateful_step_count=40, deadline=None)
TestWizardMachine = WizardMachine.TestCase
TestAdminRegistrationMachine = AdminRegistrationMachine.TestCase
TestEmployeeRegistrationMachine = EmployeeRegistrationMachine.TestCase
TestPasswordRecoveryMachine = PasswordRecoveryMachine.TestCase
TestPasswordChangeMachine = PasswordChangeMachine.TestCase
for _case in (TestWizardMachine, TestAdminRegistrationMachine, TestEmployeeRegistrationMachine,
              TestPasswordRecoveryMachine, TestPasswordChangeMachine):
    _case.settings = FAST
del _case
