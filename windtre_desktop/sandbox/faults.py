"""Fault injection as pure ASGI middleware: latency, 500, 429, dropped connection, truncated and malformed bodies,
before the request is processed or (`after`) once it has been."""

from __future__ import annotations

import asyncio
from typing import Any

from windtre_desktop.sandbox.messages import NDJSON, ApiError, error_body, language, wants_ndjson
from windtre_desktop.sandbox.state import Faults

MALFORMED_BODY = b'{"status":"OK","errorCodes":[],"messages":[],"data":{"lines":[{"id":"L0'
# to a request that accepts NDJSON: a good first line, then a line that is not JSON
MALFORMED_NDJSON = (
    b'{"status":"OK","errorCodes":[],"messages":[],"data":{"lineCount":1,"deletedLineIds":[],"full":true,'
    b'"cursor":"v0.malformed","company":null,"user":null,"serverTime":"2026-01-01T00:00:00+01:00"}}\n'
    b'{"id":"L0\n'
)


def header(scope: dict, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key.lower() == name:
            return value.decode("latin-1")
    return None


async def close_connection(receive: Any) -> bool:
    """Close the client connection under the server's feet (uvicorn: the request cycle's transport).

    Returns False when the server gives no access to its transport."""
    cycle = getattr(receive, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is None:
        return False
    transport.close()
    # let the server see the connection is gone, so it does not try to answer after us
    for _ in range(3):
        await asyncio.sleep(0)
    return True


async def send_json(
    send: Any,
    status: int,
    body: bytes,
    extra: list[tuple[bytes, bytes]] = (),
    media_type: bytes = b"application/json",
) -> None:
    headers = [(b"content-type", media_type), (b"content-length", str(len(body)).encode()), *extra]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _collector(messages: list[dict]) -> Any:
    async def collect(message: dict) -> None:
        messages.append(message)

    return collect


class FaultMiddleware:
    """Applies the faults posted to /sandbox/faults to the requests whose path they match."""

    def __init__(self, app: Any, faults: Faults) -> None:
        self.app = app
        self.faults = faults

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/sandbox/"):
            await self.app(scope, receive, send)
            return
        hits = self.faults.take(scope["path"])
        for fault in hits:
            if fault.after and fault.mode != "truncate":
                # the request is processed (e.g. a ticket filed), then the fault answers instead of it
                answer: list[dict] = []
                await self.app(scope, receive, _collector(answer))
                if fault.mode == "latency":
                    await asyncio.sleep(fault.latencyMs / 1000)
                    for message in answer:
                        await send(message)
                else:
                    await self.answer(fault.mode, fault.retryAfter, scope, receive, send)
                return
            if fault.mode == "latency":
                await asyncio.sleep(fault.latencyMs / 1000)
                continue
            await self.answer(fault.mode, fault.retryAfter, scope, receive, send)
            return
        await self.app(scope, receive, send)

    async def answer(self, mode: str, retry_after: int, scope: dict, receive: Any, send: Any) -> None:
        lang = language(header(scope, b"accept-language"))
        if mode == "500":
            await send_json(send, 500, error_body(ApiError(500, "ERR-SRV-01"), lang))
        elif mode == "429":
            body = error_body(ApiError(429, "ERR-RATE-01", seconds=retry_after), lang)
            await send_json(send, 429, body, [(b"retry-after", str(retry_after).encode())])
        elif mode == "malformed":
            if wants_ndjson(header(scope, b"accept")):
                await send_json(send, 200, MALFORMED_NDJSON, media_type=NDJSON.encode())
            else:
                await send_json(send, 200, MALFORMED_BODY)
        elif mode == "drop":
            if not await close_connection(receive):
                await send({"type": "http.response.start", "status": 200, "headers": []})
                raise ConnectionAbortedError("sandbox fault: connection dropped")
        elif mode == "truncate":
            await self.truncate(scope, receive, send)
        else:  # pragma: no cover - modes are validated when posted
            raise ValueError(mode)

    async def truncate(self, scope: dict, receive: Any, send: Any) -> None:
        start: dict = {}
        chunks: list[bytes] = []

        async def capture(message: dict) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        body = b"".join(chunks)
        headers = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": start.get("status", 200), "headers": headers})
        await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
        if not await close_connection(receive):
            raise ConnectionAbortedError("sandbox fault: body truncated")
