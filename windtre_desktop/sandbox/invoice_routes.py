"""The /api/v1 invoice and recharge endpoints (docs/api.md "Invoices and recharges", R-40…R-43): thin routes
over sandbox.invoices."""

from __future__ import annotations

import hashlib

from fastapi import FastAPI, Request
from fastapi.responses import Response

from windtre_desktop.sandbox import schemas
from windtre_desktop.sandbox.http import (
    FAILS,
    IDEMPOTENCY_HEADER,
    NO_STORE,
    CurrentUser,
    envelope,
    etag_matches,
    idempotent,
    json_response,
    not_modified,
)
from windtre_desktop.sandbox.messages import ok_body
from windtre_desktop.sandbox.state import State

ETAG_HEADER = {"ETag": {"description": "Entity tag for If-None-Match", "schema": {"type": "string"}}}
NOT_FOUND = envelope(schemas.Envelope, "ERR-VAL-01 (field invoiceId): no such invoice, or no call detail")
MEDIA = {
    "pdf": "application/pdf",
    "call-detail.pdf": "application/pdf",
    "call-detail.csv": "text/csv; charset=utf-8",
}


def _file(filename: str, data: bytes, media_type: str) -> Response:
    return Response(
        data,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "private"},
    )


def add_invoice_routes(app: FastAPI, state: State) -> None:
    invoices = {"tags": ["invoices"], "response_model": None}
    common = {401: FAILS[401], 403: FAILS[403], 429: FAILS[429]}

    @app.get(
        "/api/v1/invoices",
        summary="The invoices of the last 24 months of every billing account, newest first, with ETag (R-40)",
        responses={
            200: {**envelope(schemas.InvoicesEnvelope, "The invoices"), "headers": ETAG_HEADER},
            304: {"description": "Not modified (If-None-Match matched): empty body"},
            **common,
        },
        **invoices,
    )
    async def list_invoices(request: Request, user: CurrentUser) -> Response:
        payload = ok_body(state.invoices(user))
        etag = f'"invoices-{state.instance}-{hashlib.sha1(payload).hexdigest()[:16]}"'
        if etag_matches(request, etag):
            return not_modified(etag)
        return json_response(payload, headers={"ETag": etag, "Cache-Control": "no-cache"})

    @app.get(
        "/api/v1/invoices/{invoiceId}/pdf",
        summary="The invoice as a PDF (no fiscal validity, R-42)",
        responses={
            200: {"description": "A PDF (not wrapped)", "content": {"application/pdf": {}}},
            404: NOT_FOUND,
            **common,
        },
        **invoices,
    )
    async def invoice_pdf(invoiceId: str, user: CurrentUser) -> Response:
        filename, data = state.invoice_file(user, invoiceId, "pdf")
        return _file(filename, data, MEDIA["pdf"])

    @app.get(
        "/api/v1/invoices/{invoiceId}/call-detail",
        summary="The call detail (R-41): CSV, or PDF with Accept: application/pdf; 404 without one",
        responses={
            200: {
                "description": "The call detail (not wrapped)",
                "content": {"text/csv": {}, "application/pdf": {}},
            },
            404: NOT_FOUND,
            **common,
        },
        **invoices,
    )
    async def call_detail(request: Request, invoiceId: str, user: CurrentUser) -> Response:
        accept = request.headers.get("accept", "")
        which = (
            "call-detail.pdf"
            if "application/pdf" in accept and "text/csv" not in accept
            else "call-detail.csv"
        )
        filename, data = state.invoice_file(user, invoiceId, which)
        return _file(filename, data, MEDIA[which])

    @app.get(
        "/api/v1/invoices/{invoiceId}/fatturapa",
        summary="The FatturaPA file: FPR12 XML, or a CMS-signed .xml.p7m (DER)",
        responses={
            200: {
                "description": "The file (not wrapped), named in Content-Disposition",
                "content": {"application/xml": {}, "application/pkcs7-mime": {}},
            },
            404: NOT_FOUND,
            **common,
        },
        **invoices,
    )
    async def fatturapa(invoiceId: str, user: CurrentUser) -> Response:
        filename, data = state.invoice_file(user, invoiceId, "fatturapa")
        media = "application/pkcs7-mime" if filename.endswith(".p7m") else "application/xml"
        return _file(filename, data, media)

    @app.post(
        "/api/v1/invoices/{invoiceId}/share",
        summary="E-mail the invoice's PDF to an address (lands in the sandbox outbox); idempotent",
        responses={
            200: envelope(schemas.InvoiceSharedEnvelope, "Sent (also for a repeat with the same key)"),
            400: FAILS[400],
            404: NOT_FOUND,
            **common,
        },
        openapi_extra={"parameters": [IDEMPOTENCY_HEADER]},
        **invoices,
    )
    async def share(
        request: Request, invoiceId: str, user: CurrentUser, body: schemas.ShareInvoiceBody
    ) -> Response:
        return idempotent(
            request,
            user.username,
            lambda: json_response(
                ok_body(state.share_invoice(user, invoiceId, body.email)), headers=NO_STORE
            ),
        )

    @app.get(
        "/api/v1/lines/{lineId}/recharges",
        summary="The recharge history of a line: done and attempts (R-43)",
        responses={
            200: envelope(schemas.RechargesEnvelope, "The recharges"),
            404: envelope(schemas.Envelope, "ERR-VAL-01 (field lineId): no such line"),
            **common,
        },
        **invoices,
    )
    async def recharges(lineId: str, user: CurrentUser) -> Response:
        return json_response(ok_body(state.recharges(user, lineId)), headers=NO_STORE)
