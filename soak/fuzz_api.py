"""Fuzz inputs for the API client's answer parsing (api/*.py) and the domain models built from answers.

Real answers are recorded once from the sandbox (every read the app makes, as a User Admin), then played back
to a real ApiClient through an httpx transport with the JSON mutated: a node replaced by arbitrary JSON, a key
dropped, the whole `data` or the whole body replaced. Rule: the call returns, or raises an ApiError with a
message; never another exception. The domain's from_json readers get arbitrary JSON and the mutated recorded
items: a model, or one of the errors the client's guard turns into "answer not understood".
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
from hypothesis import strategies as st

from soak.fuzz_rules import assert_clear, count, no_hang
from windtre_desktop.api import ApiClient, ApiError, RetryPolicy
from windtre_desktop.domain import (
    activations,
    fleet_usage,
    models,
    notifications,
    options,
    products,
    recharge_orders,
    recharges,
)

NDJSON = "application/x-ndjson"
# what the client's guard (ApiClient._call) turns into ServerUnavailable("answer not understood")
NOT_UNDERSTOOD = (LookupError, TypeError, ValueError, AttributeError, ArithmeticError)

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=20,
)


@dataclass(frozen=True)
class Recorded:
    status: int
    headers: dict[str, str]
    content: bytes


def _reads(ids: dict[str, str]) -> dict[str, Callable[[ApiClient], Any]]:
    """Every read the app makes, with ids of things that exist in the sandbox."""
    line, package, invoice = ids["line"], ids["package"], ids["invoice"]
    return {
        "me": lambda c: c.me(),
        "sync": lambda c: c.sync(None, None),
        "invoices": lambda c: c.invoices(),
        "invoice_fatturapa": lambda c: c.invoice_fatturapa(invoice),
        "recharges": lambda c: c.recharges(line),
        "line_traffic_daily": lambda c: c.line_traffic_daily(line),
        "company_traffic_daily": lambda c: c.company_traffic_daily(),
        "line_traffic_records": lambda c: c.line_traffic_records(line),
        "gss_packages": lambda c: c.gss_packages(),
        "gss_sims": lambda c: c.gss_sims(package),
        "devices": lambda c: c.devices(),
        "sim_codes": lambda c: c.sim_codes(line),
        "notifications": lambda c: c.notifications(),
        "tickets": lambda c: c.tickets(),
        "open_ticket": lambda c: c.open_ticket(),
        "telco_managers": lambda c: c.telco_managers(),
        "activations": lambda c: c.activations(),
        "sim_associations": lambda c: c.sim_associations(),
        "promotions": lambda c: c.promotions(),
        "recharge_options": lambda c: c.recharge_options(),
        "auto_recharges": lambda c: c.auto_recharges(),
        "option_catalogue": lambda c: c.option_catalogue(),
        "line_options": lambda c: c.line_options(line),
        "option_requests": lambda c: c.option_requests(),
        "line_services": lambda c: c.line_services(line),
        "notification_settings": lambda c: c.notification_settings(),
        "roaming": lambda c: c.roaming(line),
        "fleet_usage": lambda c: c.fleet_usage(),
    }


class _Recorder(httpx.HTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.last: Recorded | None = None

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        content = response.read()
        headers = {k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "content-encoding",
                                                                                 "transfer-encoding")}
        self.last = Recorded(response.status_code, headers, content)
        return httpx.Response(response.status_code, headers=headers, content=content)


def record(url: str, username: str, password: str) -> dict[str, Recorded]:
    """The sandbox's answer to every read, as sent (a read the role may not make is left out)."""
    recorder = _Recorder()
    with ApiClient(url, retry=RetryPolicy(attempts=1), transport=recorder) as client:
        client.login(username, password, remember=False)
        page = client.sync(None, None)
        mobile = next(line for line in page.lines if line.kind == "mobile") if page.lines else None
        ids = {"line": mobile.id if mobile else "L1",
               "package": next(iter(client.gss_packages().packages), {}).get("id", "P1"),
               "invoice": next(iter(client.invoices().invoices), {}).get("id", "I1")}
        recorded: dict[str, Recorded] = {}
        for name, read in _reads(ids).items():
            try:
                read(client)
            except ApiError:
                continue
            assert recorder.last is not None
            recorded[name] = recorder.last
    return recorded


# --- mutations ------------------------------------------------------------------------------------------------

@st.composite
def mutated_json(draw: st.DrawFn, value: Any, depth: int = 0) -> Any:
    """`value` with one change somewhere inside: a node replaced by arbitrary JSON, a key dropped, a list
    emptied or an item doubled; the deeper the node, the more real structure is kept around the change."""
    if isinstance(value, dict) and value and depth < 8 and draw(st.integers(0, 4)):
        key = draw(st.sampled_from(sorted(value)))
        changed = dict(value)
        if draw(st.integers(0, 5)) == 0:
            del changed[key]
        else:
            changed[key] = draw(mutated_json(value[key], depth + 1))
        return changed
    if isinstance(value, list) and value and depth < 8 and draw(st.integers(0, 4)):
        index = draw(st.integers(0, len(value) - 1))
        changed = list(value)
        edit = draw(st.integers(0, 6))
        if edit == 0:
            return []
        if edit == 1:
            return changed + [changed[index]]
        changed[index] = draw(mutated_json(value[index], depth + 1))
        return changed[:50]  # a long list keeps the change and some neighbours
    return draw(JSON)


@st.composite
def mutated_answer(draw: st.DrawFn, recorded: Recorded) -> Recorded:
    """The recorded answer with its JSON mutated (NDJSON: one line of it), or its body replaced."""
    content = recorded.content
    kind = recorded.headers.get("content-type", "").partition(";")[0].strip()
    if kind == NDJSON:
        lines = content.split(b"\n")
        at = draw(st.integers(0, min(len(lines) - 1, 20)))
        try:
            lines[at] = json.dumps(draw(mutated_json(json.loads(lines[at])))).encode()
        except ValueError:
            lines[at] = draw(st.binary(max_size=40))
        return Recorded(recorded.status, recorded.headers, b"\n".join(lines[:200]) + b"\n")
    if kind != "application/json" or draw(st.integers(0, 9)) == 0:
        body = draw(st.binary(max_size=200) | JSON.map(lambda j: json.dumps(j).encode()))
        return Recorded(recorded.status, recorded.headers, body)
    wrapper = json.loads(content)
    if isinstance(wrapper, dict) and isinstance(wrapper.get("data"), list):
        wrapper["data"] = wrapper["data"][:30]
    return Recorded(recorded.status, recorded.headers, json.dumps(draw(mutated_json(wrapper))).encode())


def check_read(name: str, read: Callable[[ApiClient], Any], answer: Recorded) -> None:
    """One read against the mutated answer: its result, or an ApiError with a message."""
    count(f"api.{name}")

    def serve(request: httpx.Request) -> httpx.Response:
        return httpx.Response(answer.status, headers=answer.headers, content=answer.content)

    with ApiClient("http://127.0.0.1:9", retry=RetryPolicy(attempts=1, sleep=lambda _: None),
                   transport=httpx.MockTransport(serve)) as client:
        client.token = "fuzz-token"
        try:
            with no_hang(name):
                read(client)
        except ApiError as error:
            assert_clear(error.message, f"{name}: {type(error).__name__}")


# --- the domain's readers of answers -------------------------------------------------------------------------

READERS: dict[str, Callable[[Any], Any]] = {
    "models.User": models.User.from_json, "models.Company": models.Company.from_json,
    "models.Line": models.Line.from_json, "models.Counter": models.Counter.from_json,
    "models.CompanyTotals": models.CompanyTotals.from_json,
    "activations.Activation": activations.Activation.from_json, "activations.SimEvent": activations.SimEvent.from_json,
    "activations.Promotion": activations.Promotion.from_json,
    "fleet_usage.FleetUsage": fleet_usage.FleetUsage.from_json, "fleet_usage.LineUsage": fleet_usage.LineUsage.from_json,
    "notifications.parse_feed": notifications.parse_feed, "notifications.parse_settings": notifications.parse_settings,
    "options.CatalogueOption": options.CatalogueOption.from_json, "options.Verdict": options.Verdict.from_json,
    "options.OptionRequest": options.OptionRequest.from_json, "options.Service": options.Service.from_json,
    "options.ServiceCheck": options.ServiceCheck.from_json,
    "products.GssPackage": products.GssPackage.from_json, "products.GssSim": products.GssSim.from_json,
    "products.Device": products.Device.from_json, "products.GssListing": products.GssListing.from_json,
    "recharge_orders.RechargeOptions": recharge_orders.RechargeOptions.from_json,
    "recharge_orders.RechargeOrder": recharge_orders.RechargeOrder.from_json,
    "recharge_orders.AutoRecharges": recharge_orders.AutoRecharges.from_json,
    "recharges.parse_history": recharges.parse_history,
}


def check_reader(name: str, raw: Any) -> None:
    count(f"model.{name}")
    try:
        READERS[name](raw)
    except NOT_UNDERSTOOD:
        pass  # the client turns these into ServerUnavailable("answer not understood")
