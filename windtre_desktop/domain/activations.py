"""Attivazione linee, Associazione SIM and Promozioni (R-61, R-62, R-63) as read from the contract (docs/api.md
"Self-service"): fixed-line activations with their stages in order, the SIM association history, the company's
promotions; and the "Tienimi aggiornato" form's rule, checked before anything is sent (the server checks it
again). Qt-free, no I/O."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from windtre_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from windtre_desktop.domain.validators import check_email, check_mobile, normalise_email, normalise_msisdn

# the stages of an activation in order, with the progress at which each is reached (docs/api.md R-61)
STAGES: tuple[tuple[str, int], ...] = (
    ("received", 0),
    ("feasibility", 20),
    ("scheduled", 40),
    ("installation", 60),
    ("testing", 80),
    ("active", 100),
)
STAGE_ORDER = tuple(code for code, _ in STAGES)
CHANNELS = ("sms", "email", "none")
ACTIVATION_NUMBER = "1928"  # the number to call to activate a promotion; the server sends its own

_CONTEXT = "Activations"


def _msg(text: str, *args: object) -> Message:
    return Message(_CONTEXT, text, tuple(a if isinstance(a, Message) else str(a) for a in args))


def stage_percent(code: str) -> int | None:
    return dict(STAGES).get(code)


@dataclass(frozen=True)
class Stage:
    code: str
    percent: int
    reached_at: str | None  # ISO 8601, None while ahead

    @property
    def reached(self) -> bool:
        return self.reached_at is not None


@dataclass(frozen=True)
class KeepUpdated:
    channel: str  # "sms" | "email"
    to: str


@dataclass(frozen=True)
class Activation:
    id: str
    msisdn: str
    address: str
    offer_code: str
    offer_name: str
    requested_at: str
    expected_at: str
    progress: int
    stage: str
    stages: tuple[Stage, ...]
    keep_updated: KeepUpdated | None

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> Activation:
        offer = raw.get("offer") or {}
        stages = tuple(
            Stage(str(s.get("code") or ""), int(s.get("percent") or 0), s.get("reachedAt") or None)
            for s in raw.get("stages") or ()
        )
        order = {code: i for i, code in enumerate(STAGE_ORDER)}
        stages = tuple(sorted(stages, key=lambda s: (order.get(s.code, len(order)), s.percent)))
        keep = raw.get("keepUpdated")
        keep_updated = (KeepUpdated(str(keep["channel"]), str(keep.get("to") or ""))
                        if isinstance(keep, Mapping) and keep.get("channel") else None)
        return cls(
            id=str(raw["id"]), msisdn=str(raw.get("msisdn") or ""), address=str(raw.get("address") or ""),
            offer_code=str(offer.get("code") or ""), offer_name=str(offer.get("name") or ""),
            requested_at=str(raw.get("requestedAt") or ""), expected_at=str(raw.get("expectedAt") or ""),
            progress=max(0, min(100, int(raw.get("progress") or 0))), stage=str(raw.get("stage") or ""),
            stages=stages, keep_updated=keep_updated)


@dataclass(frozen=True)
class SimEvent:
    at: str
    action: str  # "associated" | "dissociated"
    line_id: str
    msisdn: str
    employee: str
    employee_name: str

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> SimEvent:
        return cls(str(raw.get("at") or ""), str(raw.get("action") or ""), str(raw.get("lineId") or ""),
                   str(raw.get("msisdn") or ""), str(raw.get("employee") or ""),
                   str(raw.get("employeeName") or ""))


@dataclass(frozen=True)
class Promotion:
    id: str
    name: str
    description: str
    kind: str
    valid_until: str  # YYYY-MM-DD
    line_ids: tuple[str, ...]

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> Promotion:
        return cls(str(raw["id"]), str(raw.get("name") or ""), str(raw.get("description") or ""),
                   str(raw.get("kind") or ""), str(raw.get("validUntil") or ""),
                   tuple(str(i) for i in raw.get("lineIds") or ()))


@dataclass(frozen=True)
class Promotions:
    promotions: tuple[Promotion, ...]
    activation_number: str


# --- "Tienimi aggiornato" (R-61) ---------------------------------------------------------------------------

def check_keep_updated(channel: str, to: str) -> Message | None:
    """None when the choice may be sent, else what is wrong, naming the field and the rule."""
    if channel not in CHANNELS:
        return _msg(QT_TRANSLATE_NOOP("Activations", "Channel: choose SMS, email or no messages"))
    if channel == "sms":
        return check_mobile(to)
    if channel == "email":
        return check_email(to)
    return None


def keep_updated_payload(activation_id: str, channel: str, to: str) -> dict[str, str]:
    """The request body (with the activation's id) of a choice that passed check_keep_updated: the number
    in +39 form, the address with its domain in lower case; no `to` for "none"."""
    payload = {"activationId": activation_id, "channel": channel}
    if channel == "sms":
        payload["to"] = normalise_msisdn(to)
    elif channel == "email":
        payload["to"] = normalise_email(to)
    return payload
