"""The fleet call of the API client (docs/api.md "Fleet", R-21): the whole company's usage and spend in one
answer, with ETag; a mixin of ApiClient (it uses the client's `_call`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class FleetAnswer:
    """`GET /fleet/usage`'s data as received (domain.fleet_usage.FleetUsage.from_json reads it) and its ETag."""

    data: dict
    etag: str | None


class FleetApi:
    """GET /fleet/usage."""

    _call: Any  # provided by ApiClient

    def fleet_usage(self, etag: str | None = None) -> FleetAnswer | None:
        """Every line's usage and spend and the offer catalogue; None on 304 (nothing changed since `etag`).
        Forbidden for a Dipendente."""
        headers = {"If-None-Match": etag} if etag else None

        def parse(answer: Any) -> FleetAnswer:
            return FleetAnswer(dict(answer.data), answer.response.headers.get("ETag"))

        return self._call("GET", "/fleet/usage", headers=headers, parse=parse, allow_304=True)
