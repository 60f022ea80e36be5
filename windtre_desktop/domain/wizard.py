"""A Qt-free wizard: a map of steps, the values typed so far, an exact Back, server actions.

The views draw `Wizard.step` and call `set_value`, `next`, `back`; when `next` returns an
ActionRequest the caller runs it off the GUI thread and reports `succeeded(result)` or
`failed(message, field)`. Nothing here talks to the network or to Qt.

Back is exact: leaving a step forwards pushes a copy of the state (step, values, server
results, resend cooldown) and Back restores that copy, so values typed on the step being
left are dropped from `values`. Non-secret ones (not passwords or codes) are remembered
and offered again if the user comes forward to the same step, so that going back to fix a
typo does not mean typing a whole page again; passwords and codes are never kept around.
"""

from __future__ import annotations

import copy
import math
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from windtre_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from windtre_desktop.domain.validators import PasswordRule, password_checklist

Values = Mapping[str, Any]
Results = Mapping[str, Any]
Check = Callable[[Any, Values], "Message | None"]
DEFAULT_RESEND_AFTER = 60.0
DRAFT_VERSION = 1


class FieldKind(StrEnum):
    TEXT = "text"
    EMAIL = "email"
    PHONE = "phone"
    DATE = "date"  # value: ISO "YYYY-MM-DD" text
    PASSWORD = "password"
    CODE = "code"  # OTP, PUK, activation or control code
    CHOICE = "choice"
    CHECKBOX = "checkbox"  # value: bool
    INFO = "info"  # text only, no value
    FILES = "files"  # value: a list of plain dicts (JSON-friendly file metadata given by the view)


@dataclass(frozen=True)
class Field:
    name: str
    kind: FieldKind
    label: Message
    required: bool | Callable[[Values], bool] = True  # or a function of all values (required by context)
    choices: tuple[tuple[str, Message], ...] = ()
    check: Check | None = None  # (value, all values) -> Message | None; runs only on a non-empty value
    hint: Message | None = None
    live_rules: bool = False  # show the R-12 password checklist while typing

    @property
    def has_value(self) -> bool:
        return self.kind is not FieldKind.INFO

    def is_required(self, values: Values) -> bool:
        return bool(self.required(values)) if callable(self.required) else self.required

    @property
    def secret(self) -> bool:
        return self.kind in (FieldKind.PASSWORD, FieldKind.CODE)

    @property
    def empty_value(self) -> Any:
        if self.kind is FieldKind.FILES:
            return []
        return False if self.kind is FieldKind.CHECKBOX else ""


def is_empty(value: Any) -> bool:
    return value is None or value is False or (isinstance(value, str) and not value.strip()) \
        or (isinstance(value, (list, tuple)) and not value)


Resolve = Callable[[Values, Results], Any]


@dataclass(frozen=True)
class Step:
    """One page. `next` is a step id, or a function of (values, results) giving one; None ends the wizard.

    With an `action`, Next asks the caller to run it with `payload(values, results)` and the
    wizard advances only on `succeeded`; `next` then sees the action's result in `results`.
    `resend` names the action that sends the code again (OTP steps), with `resend_payload`.
    """

    id: str
    title: Message
    fields: tuple[Field, ...] = ()
    next: str | Resolve | None = None
    action: str | None = None
    payload: Resolve | None = None
    description: Message | Resolve | None = None
    resend: str | None = None
    resend_payload: Resolve | None = None
    can_go_back: bool = True

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)

    @property
    def value_fields(self) -> tuple[Field, ...]:
        return tuple(f for f in self.fields if f.has_value)


@dataclass(frozen=True)
class ActionRequest:
    action: str
    payload: dict[str, Any]
    request_id: int
    resend: bool = False


@dataclass(frozen=True)
class Snapshot:
    """The state as it was when the user left `step_id` going forwards; Back restores it."""

    step_id: str
    values: dict[str, Any]
    results: dict[str, Any]
    resend_available_at: float | None


@dataclass(frozen=True)
class ServerError:
    """What the server said. `field` as the server named it: it may belong to an earlier step
    (e.g. the activation code, checked with the credentials); see Wizard.step_of."""

    message: Message | str
    field: str | None = None


class StepStatus(StrEnum):
    VALID = "valid"  # Next may be pressed
    INVALID = "invalid"  # a required value is missing or a value breaks a rule
    BUSY = "busy"  # an action is running; values cannot change
    ERROR = "error"  # the server refused or could not be reached; shown until the next attempt


class WizardError(Exception):
    """A wizard wired wrongly (unknown step, action step without a next step): a programming error."""


class ResendCooldown:
    """When a code may be sent again. Times come from the injected clock (seconds, monotonic)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic,
                 default_seconds: float = DEFAULT_RESEND_AFTER) -> None:
        self.clock = clock
        self.default_seconds = default_seconds
        self.resend_available_at: float | None = None

    def start(self, seconds: Any = None) -> None:
        """Start the wait after a code was sent; `seconds` as the server gave it (resendAfter, Retry-After)."""
        try:
            wait = self.default_seconds if seconds is None else max(float(seconds), 0.0)
        except (TypeError, ValueError):
            wait = self.default_seconds
        if math.isnan(wait) or math.isinf(wait):
            wait = self.default_seconds
        self.resend_available_at = self.clock() + wait

    def reset(self) -> None:
        self.resend_available_at = None

    def seconds_until_resend(self, now: float | None = None) -> int:
        if self.resend_available_at is None:
            return 0
        now = self.clock() if now is None else now
        return max(math.ceil(self.resend_available_at - now), 0)

    def available(self, now: float | None = None) -> bool:
        return self.seconds_until_resend(now) == 0


@dataclass
class _Pending:
    request: ActionRequest
    snapshot: Snapshot


_REQUIRED = Message("Wizard", QT_TRANSLATE_NOOP("Wizard", "%1: this field is required"))
_TICK = Message("Wizard", QT_TRANSLATE_NOOP("Wizard", "%1: tick the box to go on"))
_CHOOSE = Message("Wizard", QT_TRANSLATE_NOOP("Wizard", "%1: choose one of the options"))


def _with_label(template: Message, label: Message) -> Message:
    return Message(template.context, template.text, (label,))


class Wizard:
    """The state machine. Concrete wizards are built in account_wizards."""

    def __init__(self, wizard_id: str, title: Message, steps: Mapping[str, Step], start: str, *,
                 clock: Callable[[], float] = time.monotonic,
                 initial_values: Mapping[str, Any] | None = None) -> None:
        self.id = wizard_id
        self.title = title
        self.steps: dict[str, Step] = dict(steps)
        self.start = start
        self._check_map()
        self._current = start
        self._values: dict[str, Any] = dict(initial_values or {})
        self._results: dict[str, Any] = {}
        self._history: list[Snapshot] = []
        self._remembered: dict[str, Any] = {}
        self._pending: _Pending | None = None
        self._server_error: ServerError | None = None
        self._attempted = False
        self._request_ids = 0
        self.cooldown = ResendCooldown(clock)

    @classmethod
    def from_steps(cls, wizard_id: str, title: Message, steps: Iterable[Step], **kwargs: Any) -> Wizard:
        """A wizard starting at the first of `steps`."""
        steps = list(steps)
        by_id = {s.id: s for s in steps}
        if len(by_id) != len(steps):
            raise WizardError(f"{wizard_id}: two steps have the same id")
        return cls(wizard_id, title, by_id, steps[0].id, **kwargs)

    def _check_map(self) -> None:
        if self.start not in self.steps:
            raise WizardError(f"{self.id}: unknown start step {self.start!r}")
        for step_id, step in self.steps.items():
            if step_id != step.id:
                raise WizardError(f"{self.id}: step {step.id!r} filed under {step_id!r}")
            if isinstance(step.next, str) and step.next not in self.steps:
                raise WizardError(f"{self.id}: step {step_id!r} goes to unknown step {step.next!r}")
            if step.action and step.next is None:
                raise WizardError(f"{self.id}: step {step_id!r} has an action but no next step")
            names = [f.name for f in step.fields]
            if len(set(names)) != len(names):
                raise WizardError(f"{self.id}: step {step_id!r} has two fields with the same name")

    # --- reading the state -------------------------------------------------------------

    @property
    def step(self) -> Step:
        return self.steps[self._current]

    @property
    def step_id(self) -> str:
        return self._current

    @property
    def values(self) -> dict[str, Any]:
        """A copy of every value typed so far (on this step and the ones behind it)."""
        return copy.deepcopy(self._values)

    def value(self, name: str) -> Any:
        f = self.step.field(name)
        return self._values.get(name, f.empty_value if f else "")

    @property
    def results(self) -> dict[str, Any]:
        """A copy of what the server answered to the actions behind the current step (merged)."""
        return copy.deepcopy(self._results)

    @property
    def history(self) -> tuple[Snapshot, ...]:
        return tuple(self._history)

    @property
    def path(self) -> list[str]:
        """Ids of the steps visited to get here, the current one last (for a breadcrumb)."""
        return [s.step_id for s in self._history] + [self._current]

    def steps_ahead(self) -> list[str]:
        """Ids of the steps still to come on the path being taken, as far as the values and results so far
        tell (a branch not chosen yet follows its default). Stops at the last step, at a step already on the
        way (a loop) or at a branch that cannot be worked out yet."""
        ahead: list[str] = []
        seen = set(self.path)
        step = self.step
        while step.next is not None:
            try:
                target = step.next(self._values, self._results) if callable(step.next) else step.next
            except Exception:  # a branch that needs a value not typed yet: the rest is unknown
                break
            if target not in self.steps or target in seen:
                break
            ahead.append(target)
            seen.add(target)
            step = self.steps[target]
        return ahead

    def position(self) -> tuple[int, int]:
        """(number of the current step, steps in all) on the path being taken: "Step 2 of 4". The total
        follows the branch chosen, so it can change when a choice or a server answer changes the path."""
        number = len(self.path)
        return number, number + len(self.steps_ahead())

    @property
    def busy(self) -> bool:
        return self._pending is not None

    @property
    def pending(self) -> ActionRequest | None:
        return self._pending.request if self._pending else None

    @property
    def is_final(self) -> bool:
        return self.step.next is None

    @property
    def server_error(self) -> ServerError | None:
        return self._server_error

    def description(self) -> Message | None:
        text = self.step.description
        return text(self._values, self._results) if callable(text) else text

    def errors(self) -> dict[str, Message | str]:
        """Field name -> what is wrong, for every value field of the current step (empty ones included)."""
        out: dict[str, Message | str] = {}
        for f in self.step.value_fields:
            value = self._values.get(f.name, f.empty_value)
            problem: Message | str | None = None
            if is_empty(value):
                if f.is_required(self._values):
                    problem = _with_label(_TICK if f.kind is FieldKind.CHECKBOX else _REQUIRED, f.label)
            elif f.kind is FieldKind.CHOICE and value not in {key for key, _ in f.choices}:
                problem = _with_label(_CHOOSE, f.label)
            elif f.check is not None:
                problem = f.check(value, self._values)
            if problem is None and self._server_error is not None and self._server_error.field == f.name:
                problem = self._server_error.message
            if problem is not None:
                out[f.name] = problem
        return out

    def shown_errors(self) -> dict[str, Message | str]:
        """The errors worth showing now: on fields holding a value, and on all of them after a refused Next."""
        return {name: problem for name, problem in self.errors().items()
                if self._attempted or not is_empty(self._values.get(name))
                or (self._server_error is not None and self._server_error.field == name)}

    @property
    def status(self) -> StepStatus:
        if self.busy:
            return StepStatus.BUSY
        if self._server_error is not None:
            return StepStatus.ERROR
        return StepStatus.INVALID if self.errors() else StepStatus.VALID

    def can_next(self) -> bool:
        """Not busy, not the last step, and no field in error. A general server error (network) does not
        block a retry; a server error on a field does until that field changes (a wrong OTP is not resent)."""
        return not self.busy and not self.is_final and not self.errors()

    def can_back(self) -> bool:
        return not self.busy and bool(self._history) and self.step.can_go_back

    def checklist(self, name: str) -> list[PasswordRule]:
        """The live R-12 checklist of a password field that asks for it; empty for any other field."""
        f = self.step.field(name)
        if f is None or not f.live_rules:
            return []
        return password_checklist(str(self._values.get(name, "")))

    # --- changing the state --------------------------------------------------------------

    def set_value(self, name: str, value: Any) -> bool:
        """Store a value of the current step. Refused (False) while busy or for a name not on this step."""
        f = self.step.field(name)
        if self.busy or f is None or not f.has_value:
            return False
        if f.kind is FieldKind.CHECKBOX:
            value = bool(value)
        elif f.kind is FieldKind.FILES:
            value = copy.deepcopy([dict(item) for item in value or ()])
        else:
            value = "" if value is None else str(value)
        if self._values.get(name, f.empty_value) != value and self._server_error \
                and self._server_error.field == name:
            self._server_error = None
        self._values[name] = value
        return True

    def next(self) -> ActionRequest | None:
        """Advance, or return the action to run (and become busy). None when advanced or refused:
        a refused Next (see can_next) makes every error of the step shown."""
        if not self.can_next():
            self._attempted = True
            return None
        step = self.step
        snapshot = self._snapshot()
        if step.action:
            payload = step.payload(self._values, self._results) if step.payload else {
                f.name: self._values.get(f.name, f.empty_value) for f in step.value_fields}
            return self._start(step.action, payload, snapshot, resend=False)
        self._advance(snapshot)  # which clears the server error
        return None

    def back(self) -> bool:
        """Return to the previous step exactly as it was left; False (nothing changes) on the first step,
        while busy, or on a step that forbids it (e.g. once the account exists)."""
        if not self.can_back():
            return False
        for f in self.step.value_fields:
            value = self._values.get(f.name)
            if not f.secret and not is_empty(value):
                self._remembered[f.name] = value
        self._restore(self._history.pop())
        return True

    def succeeded(self, result: Mapping[str, Any] | None = None, request_id: int | None = None) -> bool:
        """The pending action worked: merge its result and advance (a resend stays and restarts the
        cooldown). False, ignored, when nothing is pending or `request_id` names an older request."""
        pending = self._take_pending(request_id)
        if pending is None:
            return False
        self._server_error = None
        self._results.update(copy.deepcopy(dict(result or {})))
        if pending.request.resend:
            self.cooldown.start(self._results.get("resendAfter"))
        else:
            self._advance(pending.snapshot)
        return True

    def failed(self, message: Message | str, field: str | None = None, request_id: int | None = None,
               retry_after: float | None = None) -> bool:
        """The pending action failed: not busy any more, the error is shown, every value is kept.
        A `field` of the current step shows the error on it and blocks Next until it changes; a field of
        an earlier step (see step_of, back_to) or none makes it a general error of the page.
        `retry_after` (a 429's Retry-After) restarts the resend cooldown of an OTP step."""
        pending = self._take_pending(request_id)
        if pending is None:
            return False
        self._server_error = ServerError(message, field)
        if retry_after is not None and self.step.resend:
            self.cooldown.start(retry_after)
        return True

    def step_of(self, name: str) -> str | None:
        """The step behind the current one where the field `name` was typed (the latest if several)."""
        for snapshot in reversed(self._history):
            f = self.steps[snapshot.step_id].field(name)
            if f is not None and f.has_value:
                return snapshot.step_id
        return None

    def back_to(self, step_id: str) -> bool:
        """Back, as many times as needed, to the latest visit of `step_id`; False (nothing changes) when it
        is not behind the current step or a step on the way forbids Back. The server error goes with it."""
        visited = [s.step_id for s in self._history]
        if step_id not in visited or self.busy:
            return False
        depth = len(visited) - visited[::-1].index(step_id) - 1
        on_the_way = [self._current, *visited[depth + 1:]]
        if not all(self.steps[s].can_go_back for s in on_the_way):
            return False
        while len(self._history) > depth:
            self.back()
        return True

    def cancel(self) -> bool:
        """Forget the pending action (its late answer will be ignored)."""
        return self._take_pending(None) is not None

    # --- drafts -----------------------------------------------------------------------

    def to_draft(self) -> dict[str, Any]:
        """The state as plain JSON-friendly data (step, values, results, history) to save while the user
        types. Passwords and codes are left out; a running action is saved as not started (Next not pressed)."""
        secret = {f.name for s in self.steps.values() for f in s.fields if f.secret}

        def public(values: Mapping[str, Any]) -> dict[str, Any]:
            return {k: copy.deepcopy(v) for k, v in values.items() if k not in secret}

        return {
            "version": DRAFT_VERSION,
            "wizard": self.id,
            "step": self._current,
            "values": public(self._values),
            "results": copy.deepcopy(self._results),
            "history": [{"step": s.step_id, "values": public(s.values), "results": copy.deepcopy(s.results)}
                        for s in self._history],
            "remembered": public(self._remembered),
        }

    def load_draft(self, draft: Mapping[str, Any]) -> None:
        """Restore what to_draft saved, on a fresh wizard of the same id. WizardError (nothing changes)
        when the draft is of another wizard or version, names an unknown step or is malformed."""
        try:
            if draft.get("version") != DRAFT_VERSION or draft.get("wizard") != self.id:
                raise WizardError(f"{self.id}: the draft is of {draft.get('wizard')!r} v{draft.get('version')!r}")
            history = [Snapshot(str(h["step"]), dict(h["values"]), dict(h["results"]), None)
                       for h in draft["history"]]
            current = str(draft["step"])
            values, results = dict(draft["values"]), dict(draft["results"])
            remembered = dict(draft.get("remembered") or {})
        except (AttributeError, KeyError, TypeError, ValueError) as error:
            raise WizardError(f"{self.id}: malformed draft ({error})") from error
        unknown = {s.step_id for s in history} | {current}
        if not unknown <= self.steps.keys():
            raise WizardError(f"{self.id}: the draft names unknown steps {sorted(unknown - self.steps.keys())}")
        self._current = current
        self._values = copy.deepcopy(values)
        self._results = copy.deepcopy(results)
        self._history = copy.deepcopy(history)
        self._remembered = copy.deepcopy(remembered)
        self._pending = None
        self._server_error = None
        self._attempted = False
        self.cooldown.reset()

    # --- resending a code -------------------------------------------------------------

    @property
    def resend_available_at(self) -> float | None:
        return self.cooldown.resend_available_at if self.step.resend else None

    def seconds_until_resend(self, now: float | None = None) -> int:
        return self.cooldown.seconds_until_resend(now) if self.step.resend else 0

    def can_resend(self, now: float | None = None) -> bool:
        return bool(self.step.resend) and not self.busy and self.cooldown.available(now)

    def resend(self, now: float | None = None) -> ActionRequest | None:
        """The action that sends the code again, once the cooldown is over; None otherwise."""
        if not self.can_resend(now):
            return None
        step = self.step
        payload = step.resend_payload(self._values, self._results) if step.resend_payload else {}
        assert step.resend is not None
        return self._start(step.resend, payload, self._snapshot(), resend=True)

    # --- internals ----------------------------------------------------------------------

    def _snapshot(self) -> Snapshot:
        return Snapshot(self._current, copy.deepcopy(self._values), copy.deepcopy(self._results),
                        self.cooldown.resend_available_at)

    def _start(self, action: str, payload: dict[str, Any], snapshot: Snapshot, resend: bool) -> ActionRequest:
        self._request_ids += 1
        request = ActionRequest(action, payload, self._request_ids, resend)
        self._pending = _Pending(request, snapshot)
        self._server_error = None
        return request

    def _take_pending(self, request_id: int | None) -> _Pending | None:
        pending = self._pending
        if pending is None or (request_id is not None and request_id != pending.request.request_id):
            return None
        self._pending = None
        return pending

    def _resolve_next(self) -> str:
        target = self.step.next
        if callable(target):
            target = target(self._values, self._results)
        if target not in self.steps:
            raise WizardError(f"{self.id}: step {self._current!r} goes to unknown step {target!r}")
        return target

    def _advance(self, snapshot: Snapshot) -> None:
        target = self._resolve_next()
        self._history.append(snapshot)
        self._current = target
        self._attempted = False
        self._server_error = None
        for f in self.step.value_fields:
            if not f.secret and f.name not in self._values and f.name in self._remembered:
                self._values[f.name] = self._remembered[f.name]
        if self.step.resend:
            self.cooldown.start(self._results.get("resendAfter"))
        else:
            self.cooldown.reset()

    def _restore(self, snapshot: Snapshot) -> None:
        self._current = snapshot.step_id
        self._values = copy.deepcopy(snapshot.values)
        self._results = copy.deepcopy(snapshot.results)
        self.cooldown.resend_available_at = snapshot.resend_available_at
        self._attempted = False
        self._server_error = None
