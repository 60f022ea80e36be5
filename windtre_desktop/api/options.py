"""Options and services of the API client (docs/api.md "Attivazione / Disattivazione Opzioni", "Servizi Mobile
and Servizi a Sovrapprezzo", R-65, R-66): the answers' typed shapes, in the contract's camelCase, and the
`OptionsApi` mixin of ApiClient that asks for them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypedDict
from urllib.parse import quote


class CatalogueOption(TypedDict):
    code: str
    name: str
    description: str
    kind: str  # data | voice | sms | roaming; an unknown one is shown as sent
    priceCents: int  # a month


class Verdict(TypedDict):
    lineId: str
    msisdn: str
    compatible: bool
    reasonCode: str | None  # FIXED_LINE | DATA_ONLY | OFFER_EXCLUDED | ALREADY_ACTIVE | NOT_ACTIVE | PREMIUM_BARRED
    reason: str | None  # the server's words for it


class OptionRequest(TypedDict):
    id: str
    optionCode: str
    operation: str  # activate | deactivate
    lineIds: list[str]
    status: str  # running | completed
    progress: int
    createdAt: str
    expectedAt: str
    completedAt: str | None


class LineService(TypedDict):
    code: str
    name: str
    description: str
    category: str  # mobile | premium
    kind: str  # technical | content | premium
    active: bool
    priceCents: int | None


class ServiceCheck(TypedDict):
    code: str
    compatible: bool
    reasonCode: str | None
    reason: str | None


def _line(line_id: str) -> str:
    return f"/lines/{quote(line_id, safe='')}"


def _data(answer: Any) -> dict:
    return dict(answer.data)


class OptionsApi:
    """ApiClient's options and services calls (a mixin: uses its `_call`). Every change needs the caller's
    Idempotency-Key, the same for every try of one change."""

    _call: Callable[..., Any]

    def option_catalogue(self) -> dict:
        """`{"options": [CatalogueOption], "maxLines": 10}` (R-65)."""
        return self._call("GET", "/options", parse=_data)

    def line_options(self, line_id: str) -> list[str]:
        """The codes of the options on a mobile line; ValidationFailed (field `lineId`) for a fixed one."""
        return self._call("GET", f"{_line(line_id)}/options", parse=lambda answer: list(answer.data["active"]))

    def option_compatibility(self, option_code: str, operation: str, line_ids: list[str]) -> list[Verdict]:
        """One verdict per line, in the order sent (changes nothing); ValidationFailed naming `lineIds`
        (1 to 10 different lines, R-65), `optionCode` or `operation`."""
        body = {"optionCode": option_code, "operation": operation, "lineIds": list(line_ids)}
        return self._call("POST", "/options/compatibility", json_body=body,
                          parse=lambda answer: list(answer.data["verdicts"]))

    def create_option_request(self, option_code: str, operation: str, line_ids: list[str],
                              idempotency_key: str) -> OptionRequest:
        """Ask for the option on (off) the lines (R-65): the request, running. OptionRequestRunning (409
        ERR-OPT-01, `.running`) while another request of the company runs; ValidationFailed naming `lineIds`
        with each incompatible number."""
        body = {"optionCode": option_code, "operation": operation, "lineIds": list(line_ids)}
        return self._change("/options/requests", body, idempotency_key)["request"]

    def option_requests(self) -> dict:
        """`{"running": OptionRequest | None, "requests": [the 20 newest]}`."""
        return self._call("GET", "/options/requests", parse=_data)

    def line_services(self, line_id: str) -> list[LineService]:
        """A mobile line's services, mobile and premium (R-66); ValidationFailed (field `lineId`) for a fixed
        line."""
        return self._call("GET", f"{_line(line_id)}/services", parse=lambda answer: list(answer.data["services"]))

    def check_service(self, line_id: str, code: str, operation: str) -> ServiceCheck:
        """Whether the service can be activated or deactivated on the line (changes nothing)."""
        return self._call("POST", f"{_line(line_id)}/services/check", json_body={"code": code, "operation": operation},
                          parse=_data)

    def change_service(self, line_id: str, code: str, operation: str, confirm_premium: bool,
                       idempotency_key: str) -> LineService:
        """Activate or deactivate a service: the service as it is now. ValidationFailed naming `code` (with
        the reason) or `confirmPremium` (a premium activation not confirmed)."""
        body = {"code": code, "operation": operation, "confirmPremium": bool(confirm_premium)}
        return self._change(f"{_line(line_id)}/services", body, idempotency_key)["service"]

    def _change(self, path: str, body: dict[str, Any], idempotency_key: str) -> dict:
        if not idempotency_key:
            raise ValueError("a change of options or services needs its idempotency key")
        return self._call("POST", path, json_body=body, headers={"Idempotency-Key": idempotency_key}, parse=_data)
