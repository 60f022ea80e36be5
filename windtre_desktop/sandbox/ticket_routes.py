"""The /api/v1 ticket endpoints (docs/api.md "Tickets", R-70…R-73): thin routes over sandbox.tickets."""

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
from windtre_desktop.sandbox.messages import ApiError, ok_body
from windtre_desktop.sandbox.state import State
from windtre_desktop.sandbox.tickets import (
    KINDS,
    MAGIC,
    MAX_REQUEST_BYTES,
    MAX_TOTAL_BYTES,
    imei_block_form,
    parse_multipart,
)

ETAG_HEADER = {"ETag": {"description": "Entity tag for If-None-Match", "schema": {"type": "string"}}}
NOT_FOUND = envelope(schemas.Envelope, "ERR-VAL-01 (field ticketId / attachmentId): not found")
FILE = {
    "description": "The file itself (not wrapped), named in Content-Disposition",
    "content": {media: {} for _magic, media, _extensions in MAGIC},
}
MULTIPART_BODY = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["ticket"],
                "properties": {
                    "ticket": {"type": "string", "description": "The ticket's JSON body (docs/api.md)."},
                    "attachments": {
                        "type": "array",
                        "items": {"type": "string", "format": "binary"},
                        "maxItems": 3,
                        "description": "Files whose kinds the JSON's `kinds` list gives, in order.",
                    },
                    **{
                        kind: {"type": "string", "format": "binary", "description": f"A {kind} file."}
                        for kind in KINDS
                    },
                },
            }
        }
    },
}


async def _read_body(request: Request) -> bytes:
    """The request body, or 413 once it passes MAX_REQUEST_BYTES (the rest is read and dropped, so the
    client hears the answer instead of a reset connection)."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size <= MAX_REQUEST_BYTES:
            chunks.append(chunk)
    if size > MAX_REQUEST_BYTES:
        raise ApiError(
            413, "ERR-VAL-01", field="attachments", key="request_too_large", max=MAX_TOTAL_BYTES // 2**20
        )
    return b"".join(chunks)


def add_ticket_routes(app: FastAPI, state: State) -> None:
    tickets = {"tags": ["tickets"], "response_model": None}

    @app.post(
        "/api/v1/tickets",
        summary="File a ticket: multipart (ticket JSON + 0..3 attachments); Idempotency-Key required",
        responses={
            200: envelope(schemas.TicketEnvelope, "The ticket (also for a repeat with the same key)"),
            400: FAILS[400],
            401: FAILS[401],
            403: FAILS[403],
            409: envelope(schemas.TicketOpenFailEnvelope, "ERR-TKT-01: a ticket is still open (R-73)"),
            413: envelope(schemas.Envelope, "ERR-VAL-01 (field attachments): request body over 13 MB"),
            429: FAILS[429],
        },
        openapi_extra={
            "parameters": [{**IDEMPOTENCY_HEADER, "required": True}],
            "requestBody": MULTIPART_BODY,
        },
        **tickets,
    )
    async def create_ticket(request: Request, user: CurrentUser) -> Response:
        body = await _read_body(request)
        if not request.headers.get("idempotency-key"):
            raise ApiError(400, "ERR-VAL-01", field="Idempotency-Key", key="idempotency_required")

        def run() -> Response:
            parts = parse_multipart(request.headers.get("content-type", ""), body)
            return json_response(ok_body(state.create_ticket(user, parts)), headers=NO_STORE)

        return idempotent(request, user.username, run)

    @app.get(
        "/api/v1/tickets",
        summary="The company's tickets, newest first, with ETag",
        responses={
            200: {**envelope(schemas.TicketsEnvelope, "The tickets"), "headers": ETAG_HEADER},
            304: {"description": "Not modified (If-None-Match matched): empty body"},
            401: FAILS[401],
            403: FAILS[403],
            429: FAILS[429],
        },
        **tickets,
    )
    async def list_tickets(request: Request, user: CurrentUser) -> Response:
        payload = ok_body(state.tickets(user))
        etag = f'"tickets-{state.instance}-{hashlib.sha1(payload).hexdigest()[:16]}"'
        if etag_matches(request, etag):
            return not_modified(etag)
        return json_response(payload, headers={"ETag": etag, "Cache-Control": "no-cache"})

    @app.get(
        "/api/v1/tickets/open",
        summary="The company's open ticket (ASSIGNED or IN_PROGRESS), or data null (R-73)",
        responses={
            200: envelope(schemas.TicketEnvelope, "The open ticket, or data null"),
            401: FAILS[401],
            403: FAILS[403],
            429: FAILS[429],
        },
        **tickets,
    )
    async def open_ticket(user: CurrentUser) -> Response:
        return json_response(ok_body(state.open_ticket(user)), headers=NO_STORE)

    @app.get(
        "/api/v1/tickets/forms/imei-block",
        summary="The blank IMEI block request form (PDF) to print and fill in",
        responses={
            200: {"description": "A PDF (not wrapped)", "content": {"application/pdf": {}}},
            401: FAILS[401],
            403: FAILS[403],
            429: FAILS[429],
        },
        **tickets,
    )
    async def imei_form(user: CurrentUser) -> Response:
        return Response(
            imei_block_form(),
            media_type="application/pdf",
            headers={"Content-Disposition": 'attachment; filename="modulo-blocco-imei.pdf"'},
        )

    @app.get(
        "/api/v1/tickets/{ticketId}",
        summary="One ticket with its status history",
        responses={
            200: envelope(schemas.TicketEnvelope, "The ticket"),
            401: FAILS[401],
            403: FAILS[403],
            404: NOT_FOUND,
            429: FAILS[429],
        },
        **tickets,
    )
    async def ticket(ticketId: str, user: CurrentUser) -> Response:
        return json_response(ok_body(state.ticket(user, ticketId)), headers=NO_STORE)

    @app.get(
        "/api/v1/tickets/{ticketId}/attachments/{attachmentId}",
        summary="One attachment of a ticket: the file itself",
        responses={200: FILE, 401: FAILS[401], 403: FAILS[403], 404: NOT_FOUND, 429: FAILS[429]},
        **tickets,
    )
    async def attachment(ticketId: str, attachmentId: str, user: CurrentUser) -> Response:
        filename, content_type, data = state.ticket_attachment(user, ticketId, attachmentId)
        safe = filename.replace('"', "").replace("\\", "").encode("ascii", "replace").decode()
        return Response(
            data,
            media_type=content_type,
            headers={"Content-Disposition": f'attachment; filename="{safe}"', "Cache-Control": "private"},
        )
