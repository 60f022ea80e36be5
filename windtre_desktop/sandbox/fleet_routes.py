"""The /api/v1 fleet endpoint (docs/api.md "Fleet", R-21): the whole company's usage and spend in one answer,
with an ETag that moves with the clock's quarter hour and with line changes; made by the State's Fleet part."""

from __future__ import annotations

import gzip

from fastapi import FastAPI, Request
from fastapi.responses import Response

from windtre_desktop.sandbox.fleet_schemas import FleetUsageEnvelope
from windtre_desktop.sandbox.http import (
    FAILS,
    CurrentUser,
    accepts_gzip,
    envelope,
    etag_matches,
    not_modified,
)
from windtre_desktop.sandbox.messages import ok_body_raw
from windtre_desktop.sandbox.state import State
from windtre_desktop.sandbox.traffic import LruCache

ETAG_HEADER = {"ETag": {"description": "Entity tag for If-None-Match", "schema": {"type": "string"}}}
NOT_MODIFIED = {304: {"description": "Not modified (If-None-Match matched): empty body"}}
GZIP_LEVEL = 5


def add_fleet_routes(app: FastAPI, state: State) -> None:
    zipped = LruCache(2)  # ETag → the answer gzip-compressed

    @app.get(
        "/api/v1/fleet/usage",
        summary="The whole company's usage and spend per line: 24 billed months, last week, the 12 weeks "
        "before, roaming, GSS package, and the offer catalogue (R-21), with ETag",
        responses={
            200: {**envelope(FleetUsageEnvelope, "The fleet's usage"), "headers": ETAG_HEADER},
            401: FAILS[401],
            403: FAILS[403],
            429: FAILS[429],
            **NOT_MODIFIED,
        },
        tags=["fleet"],
        response_model=None,
    )
    def fleet_usage(request: Request, user: CurrentUser) -> Response:
        # not async: a first answer takes seconds of numpy at 10,000 lines, in a worker thread, not in the loop
        etag = state.fleet_etag(user.company_id)
        if etag_matches(request, etag):
            return not_modified(etag)
        body = ok_body_raw(state.fleet_usage_body(user.company_id, etag))
        headers = {"ETag": etag, "Cache-Control": "no-cache", "Vary": "Accept-Encoding"}
        if accepts_gzip(request):
            plain = body
            body = zipped.get(etag, lambda: gzip.compress(plain, GZIP_LEVEL))
            headers["Content-Encoding"] = "gzip"
        return Response(body, media_type="application/json", headers=headers)
