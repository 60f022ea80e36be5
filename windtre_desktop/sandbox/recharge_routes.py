"""The /api/v1 Ricarica Online and Ricarica Automatica endpoints (docs/api.md "Ricarica Online (R-64)",
"Ricarica Automatica (R-67)") and the sandbox's simulated hosted payment step: thin routes over
sandbox.recharge_orders."""

from __future__ import annotations

import html

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from windtre_desktop.sandbox import recharge_schemas as schemas
from windtre_desktop.sandbox.http import (
    FAILS,
    IDEMPOTENCY_HEADER,
    NO_STORE,
    CurrentUser,
    envelope,
    json_response,
    keyed_action,
)
from windtre_desktop.sandbox.messages import ok_body
from windtre_desktop.sandbox.schemas import Envelope
from windtre_desktop.sandbox.state import State


def _euro(cents: int) -> str:
    return f"{cents / 100:.2f}".replace(".", ",") + " €"


def add_recharge_routes(app: FastAPI, state: State) -> None:
    recharges = {"tags": ["recharges"], "response_model": None}
    common = {401: FAILS[401], 403: FAILS[403], 429: FAILS[429]}
    action = {**recharges, "openapi_extra": {"parameters": [{**IDEMPOTENCY_HEADER, "required": True}]}}
    no_line = {404: envelope(Envelope, "ERR-VAL-01 (field lineId): no such line of the company, or no rule")}

    @app.get(
        "/api/v1/recharges/options",
        summary="Ricarica Online: the cuts, the payment methods and how many lines an order may top up (R-64)",
        responses={200: envelope(schemas.RechargeOptionsEnvelope, "The options"), **common},
        **recharges,
    )
    async def options(user: CurrentUser) -> Response:
        return json_response(ok_body(state.recharge_options()), headers=NO_STORE)

    @app.post(
        "/api/v1/recharges",
        summary="Top up 1 to 10 prepaid lines by card (hosted page) or on the invoice (R-64); Idempotency-Key "
        "required",
        responses={200: envelope(schemas.RechargeOrderEnvelope, "The order"), 400: FAILS[400], **common},
        **action,
    )
    async def create(request: Request, user: CurrentUser, body: schemas.RechargeBody) -> Response:
        base = str(request.base_url)
        return keyed_action(request, user, lambda: state.create_recharge(user, body.model_dump(), base))

    @app.get(
        "/api/v1/recharges/{orderId}",
        summary="A recharge order as it is now: a card order settles when its hosted step ends (R-64)",
        responses={
            200: envelope(schemas.RechargeOrderEnvelope, "The order"),
            404: envelope(Envelope, "ERR-VAL-01 (field orderId): no such order"),
            **common,
        },
        **recharges,
    )
    async def order(orderId: str, user: CurrentUser) -> Response:
        return json_response(ok_body(state.recharge_order(user, orderId)), headers=NO_STORE)

    @app.get(
        "/api/v1/auto-recharges",
        summary="Ricarica Automatica: the company's rules, the cuts and the thresholds (R-67)",
        responses={200: envelope(schemas.AutoRechargesEnvelope, "The rules"), **common},
        **recharges,
    )
    async def rules(user: CurrentUser) -> Response:
        return json_response(ok_body(state.auto_recharges(user)), headers=NO_STORE)

    @app.put(
        "/api/v1/lines/{lineId}/auto-recharge",
        summary="Create or change a prepaid line's automatic recharge (R-67); Idempotency-Key required",
        responses={
            200: envelope(schemas.AutoRechargeEnvelope, "The rule"),
            400: FAILS[400],
            **no_line,
            **common,
        },
        **action,
    )
    async def set_rule(request: Request, lineId: str, user: CurrentUser, body: schemas.AutoRechargeBody) -> Response:
        return keyed_action(request, user, lambda: state.set_auto_recharge(user, lineId, body.model_dump()))

    @app.delete(
        "/api/v1/lines/{lineId}/auto-recharge",
        summary="Cancel a line's automatic recharge (R-67); Idempotency-Key required",
        responses={200: envelope(schemas.AutoRechargeEnvelope, "rule: null"), 400: FAILS[400], **no_line, **common},
        **action,
    )
    async def delete_rule(request: Request, lineId: str, user: CurrentUser) -> Response:
        return keyed_action(request, user, lambda: state.delete_auto_recharge(user, lineId))

    # -- sandbox-only: the simulated hosted payment step -----------------------------------------------------
    sandbox = {"tags": ["sandbox"], "response_model": None}

    @app.post("/sandbox/payments", summary="What the hosted payment step does for card orders made after", **sandbox)
    async def set_payments(body: schemas.PaymentModeIn) -> dict:
        state.payment_outcome = body.outcome
        return {"outcome": state.payment_outcome}

    @app.get("/sandbox/payments", summary="What the hosted payment step does for new card orders", **sandbox)
    async def payments() -> dict:
        return {"outcome": state.payment_outcome}

    @app.post("/sandbox/payments/{orderId}", summary="Pay or refuse a card order awaiting payment", **sandbox)
    async def pay(orderId: str, body: schemas.PaymentOutcomeIn) -> Response:
        order = state.pay_order(orderId, body.outcome)
        if order is None:
            return JSONResponse({"detail": f"no order {orderId}"}, status_code=404)
        return JSONResponse({"order": order})

    @app.get(
        "/sandbox/pay/{orderId}",
        summary="The page standing for the operator's hosted payment page",
        response_class=HTMLResponse,
        responses={404: {"description": "No such order: a page saying so", "content": {"text/html": {}}}},
        **sandbox,
    )
    async def pay_page(orderId: str) -> Response:
        order = state.order_for_page(orderId)
        if order is None:
            return HTMLResponse("<h1>Ordine sconosciuto</h1>", status_code=404)
        numbers = ", ".join(html.escape(r["msisdn"]) for r in order["recharges"])
        total = order["amountCents"] * len(order["recharges"])
        oid = html.escape(order["id"])
        return HTMLResponse(
            f"""<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Pagamento {oid}</title></head>
<body style="font-family:sans-serif;max-width:36em;margin:2em auto">
<h1>Pagamento sicuro (sandbox)</h1>
<p>Ordine <b>{oid}</b>: ricarica di {_euro(order["amountCents"])} su {numbers}. Totale <b>{_euro(total)}</b>.</p>
<p>Stato: <b id="status">{html.escape(order["status"])}</b></p>
<p>Qui si inserirebbe la carta: questa pagina simula il circuito di pagamento, non chiede dati.</p>
<button onclick="send('paid')">Paga</button> <button onclick="send('refused')">Rifiuta</button>
<script>
function send(outcome) {{
  fetch('/sandbox/payments/{oid}', {{method: 'POST', headers: {{'Content-Type': 'application/json'}},
    body: JSON.stringify({{outcome: outcome}})}})
    .then(r => r.json()).then(j => {{ document.getElementById('status').textContent = j.order.status; }});
}}
</script></body></html>"""
        )
