"""Options on up to ten numbers and the mobile and premium services (R-65, R-66) as read from the contract
(docs/api.md "Attivazione / Disattivazione Opzioni", "Servizi Mobile and Servizi a Sovrapprezzo"), and the
rules the app explains before anything is sent (the server checks them again): 1 to 10 numbers, a verdict per
number, a request only when every number is compatible and no request of the company is running. Qt-free."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from windtre_desktop.domain.messages import QT_TRANSLATE_NOOP, Message

MAX_NUMBERS = 10  # one SIM or up to ten numbers
OPERATIONS = ("activate", "deactivate")

_CONTEXT = "Options"


def _msg(text: str, *args: object) -> Message:
    return Message(_CONTEXT, text, tuple(a if isinstance(a, Message) else str(a) for a in args))


@dataclass(frozen=True)
class CatalogueOption:
    code: str
    name: str
    description: str
    kind: str
    price_cents: int  # a month

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> CatalogueOption:
        return cls(str(raw["code"]), str(raw.get("name") or raw["code"]), str(raw.get("description") or ""),
                   str(raw.get("kind") or ""), int(raw.get("priceCents") or 0))


@dataclass(frozen=True)
class Verdict:
    line_id: str
    msisdn: str
    compatible: bool
    reason_code: str | None
    reason: str  # the server's words, shown when the app has no label for the code

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> Verdict:
        code = raw.get("reasonCode")
        return cls(str(raw["lineId"]), str(raw.get("msisdn") or ""), bool(raw.get("compatible")),
                   str(code) if code else None, str(raw.get("reason") or ""))


@dataclass(frozen=True)
class OptionRequest:
    id: str
    option_code: str
    operation: str
    line_ids: tuple[str, ...]
    status: str
    progress: int
    created_at: str
    expected_at: str
    completed_at: str | None

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> OptionRequest:
        return cls(str(raw["id"]), str(raw.get("optionCode") or ""), str(raw.get("operation") or ""),
                   tuple(str(i) for i in raw.get("lineIds") or ()), str(raw.get("status") or ""),
                   max(0, min(100, int(raw.get("progress") or 0))), str(raw.get("createdAt") or ""),
                   str(raw.get("expectedAt") or ""), raw.get("completedAt") or None)

    @property
    def running(self) -> bool:
        return self.status == "running"


@dataclass(frozen=True)
class Service:
    code: str
    name: str
    description: str
    category: str  # mobile | premium
    kind: str  # technical | content | premium
    active: bool
    price_cents: int | None

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> Service:
        price = raw.get("priceCents")
        return cls(str(raw["code"]), str(raw.get("name") or raw["code"]), str(raw.get("description") or ""),
                   str(raw.get("category") or ""), str(raw.get("kind") or ""), bool(raw.get("active")),
                   int(price) if price is not None else None)

    @property
    def premium(self) -> bool:
        return self.category == "premium"


@dataclass(frozen=True)
class ServiceCheck:
    code: str
    compatible: bool
    reason_code: str | None
    reason: str

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> ServiceCheck:
        code = raw.get("reasonCode")
        return cls(str(raw["code"]), bool(raw.get("compatible")), str(code) if code else None,
                   str(raw.get("reason") or ""))


# -- the selection rule (R-65) ----------------------------------------------------------------------------------
def refuse_addition(chosen: Sequence[str], line_id: str, max_numbers: int = MAX_NUMBERS) -> Message | None:
    """Why `line_id` may not join the chosen numbers (None when it may)."""
    if line_id in chosen:
        return _msg(QT_TRANSLATE_NOOP("Options", "Numbers: this number is already chosen."))
    if len(chosen) >= max_numbers:
        return _msg(QT_TRANSLATE_NOOP("Options", "Numbers: at most ten numbers (R-65). Remove one to add "
                                                 "another."))
    return None


def check_selection(chosen: Sequence[str], max_numbers: int = MAX_NUMBERS) -> Message | None:
    """Why these numbers may not be checked or sent (None when they may): 1 to 10 different numbers."""
    if not chosen:
        return _msg(QT_TRANSLATE_NOOP("Options", "Numbers: choose one SIM or up to ten numbers (R-65)."))
    if len(chosen) > max_numbers:
        return _msg(QT_TRANSLATE_NOOP("Options", "Numbers: at most ten numbers (R-65)."))
    if len(set(chosen)) != len(chosen):
        return _msg(QT_TRANSLATE_NOOP("Options", "Numbers: the same number is chosen twice."))
    return None


@dataclass(frozen=True)
class Check:
    """A compatibility check: what was asked and the verdicts, one per number in the order asked."""

    option_code: str
    operation: str
    line_ids: tuple[str, ...]
    verdicts: tuple[Verdict, ...]

    def matches(self, option_code: str, operation: str, line_ids: Sequence[str]) -> bool:
        return (self.option_code, self.operation, self.line_ids) == (option_code, operation, tuple(line_ids))

    @property
    def incompatible(self) -> tuple[Verdict, ...]:
        return tuple(v for v in self.verdicts if not v.compatible)


def send_refusal(check: Check | None, option_code: str, operation: str, line_ids: Sequence[str],
                 running: OptionRequest | None) -> Message | None:
    """Why the request may not be sent now (None when it may): a running request (R-65: the new one waits
    until it completes), the numbers, no check of exactly this choice, or a number not compatible."""
    if running is not None and running.running:
        return _msg(QT_TRANSLATE_NOOP("Options", "A request is still running (%1, %2 % done): a new activation "
                                                 "or deactivation waits until it completes (R-65)."),
                    running.id, running.progress)
    problem = check_selection(line_ids)
    if problem is not None:
        return problem
    if not option_code:
        return _msg(QT_TRANSLATE_NOOP("Options", "Option: choose an option from the catalogue."))
    if check is None or not check.matches(option_code, operation, line_ids):
        return _msg(QT_TRANSLATE_NOOP("Options", "Check the compatibility of the chosen numbers first."))
    bad = check.incompatible
    if bad:
        return _msg(QT_TRANSLATE_NOOP("Options", "%1 of the chosen numbers cannot have this change: remove them "
                                                 "to send the request."), len(bad))
    return None


def service_refusal(service: Service | None, operation: str, check: ServiceCheck | None) -> Message | None:
    """Why the service change may not be sent (None when it may): a service chosen, checked and compatible."""
    if service is None:
        return _msg(QT_TRANSLATE_NOOP("Options", "Service: choose a service."))
    if check is None or check.code != service.code:
        return _msg(QT_TRANSLATE_NOOP("Options", "Check the service first."))
    if not check.compatible:
        return _msg(QT_TRANSLATE_NOOP("Options", "This change is not possible on this line."))
    return None


def operation_for(service: Service) -> str:
    """The change a service can have: off when it is on, on when it is off."""
    return "deactivate" if service.active else "activate"
