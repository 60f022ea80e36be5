"""Line activations, the SIM association history and promotions (docs/api.md "Self-service", R-61, R-62, R-63):
the typed answers, in the contract's camelCase, and the ApiClient methods that ask for them (a mixin of
ApiClient, which brings `_call`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypedDict
from urllib.parse import quote


class ActivationStageJson(TypedDict):
    code: str  # received | feasibility | scheduled | installation | testing | active
    percent: int
    reachedAt: str | None


class ActivationJson(TypedDict):
    id: str
    msisdn: str
    address: str
    offer: dict[str, str]
    requestedAt: str
    expectedAt: str
    progress: int
    stage: str
    stages: list[ActivationStageJson]
    keepUpdated: dict[str, str] | None  # {"channel": "sms" | "email", "to"}


class SimEventJson(TypedDict):
    at: str
    action: str  # associated | dissociated
    lineId: str
    msisdn: str
    employee: str
    employeeName: str


class PromotionJson(TypedDict):
    id: str
    name: str
    description: str
    kind: str  # data | voice | roaming | device
    validUntil: str
    lineIds: list[str]


@dataclass(frozen=True)
class PromotionList:
    """The company's promotions, the number to call to activate them, and the ETag to send back."""

    promotions: list[PromotionJson]
    activation_number: str
    etag: str | None


class ActivationsApi:
    """ApiClient's methods for R-61, R-62, R-63."""

    _call: Callable[..., Any]

    def activations(self) -> list[ActivationJson]:
        """The company's fixed lines being activated, by request date (R-61); empty when none is."""
        return self._call("GET", "/activations", parse=lambda answer: list(answer.data["activations"]))

    def keep_updated(self, activation_id: str, channel: str, to: str | None,
                     idempotency_key: str) -> ActivationJson:
        """ "Tienimi aggiornato" (R-61): a message at every stage by `channel` ("sms", "email") to `to`, or
        "none". The activation after the change; ValidationFailed (field `to` or `channel`) when refused,
        NotFound when the activation is unknown or already active. The key is required and must be the same
        for every try of one change."""
        if not idempotency_key:
            raise ValueError("keep-updated needs its idempotency key")
        body: dict[str, str] = {"channel": channel}
        if to is not None and channel != "none":
            body["to"] = to
        return self._call("POST", f"/activations/{quote(activation_id, safe='')}/keep-updated", json_body=body,
                          headers={"Idempotency-Key": idempotency_key},
                          parse=lambda answer: dict(answer.data["activation"]))

    def sim_associations(self, line_id: str | None = None, first: str | None = None,
                         last: str | None = None) -> list[SimEventJson]:
        """SIMs associated to / dissociated from the company's Dipendenti, newest first (R-62); filters by line
        and by Italian days `first`…`last` (YYYY-MM-DD, both included). ValidationFailed naming `from` or `to`
        for a bad period."""
        params = {name: value for name, value in (("lineId", line_id), ("from", first), ("to", last)) if value}
        return self._call("GET", "/sim-associations", params=params or None,
                          parse=lambda answer: list(answer.data["events"]))

    def promotions(self, etag: str | None = None) -> PromotionList | None:
        """The promotions dedicated to the company's lines (R-63); None on 304 (unchanged since `etag`)."""
        headers = {"If-None-Match": etag} if etag else None

        def parse(answer: Any) -> PromotionList:
            data = answer.data
            return PromotionList(list(data["promotions"]), str(data["activationNumber"]),
                                 answer.response.headers.get("ETag"))

        return self._call("GET", "/promotions", headers=headers, parse=parse, allow_304=True)
