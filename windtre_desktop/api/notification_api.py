"""The Notifiche calls of the API client (docs/api.md "Notifications", R-80, R-81): the settings of the six
types and a line's data abroad, typed; a mixin of ApiClient (it uses the client's `_call`)."""

from __future__ import annotations

from typing import Any, TypedDict
from urllib.parse import quote


class NotificationSetting(TypedDict):
    type: str
    enabled: bool
    channels: list[str]
    availableChannels: list[str]


class Roaming(TypedDict):
    lineId: str
    msisdn: str
    thresholdBytes: int
    usedBytes: int
    unlocksUsed: int
    unlocksLeft: int
    blocked: bool
    referentPhone: str


class NotificationApi:
    """GET/PUT /notification-settings, GET /lines/{id}/roaming, POST /lines/{id}/roaming/unlock."""

    _call: Any  # provided by ApiClient

    def notification_settings(self) -> list[NotificationSetting]:
        """The six R-80 types in the contract's order, each on/off with its chosen and available channels."""
        return self._call("GET", "/notification-settings",
                          parse=lambda answer: list(answer.data["settings"]))

    def save_notification_settings(self, settings: list[dict], idempotency_key: str) -> list[NotificationSetting]:
        """Change some types (R-80): the whole settings after the change; ValidationFailed (field `settings`)
        when refused. The key must be the same for every try of one change."""
        if not idempotency_key:
            raise ValueError("saving the notification settings needs its idempotency key")
        body = {"settings": [{"type": s["type"], "enabled": bool(s["enabled"]), "channels": list(s["channels"])}
                             for s in settings]}
        return self._call("PUT", "/notification-settings", json_body=body,
                          headers={"Idempotency-Key": idempotency_key},
                          parse=lambda answer: list(answer.data["settings"]))

    def roaming(self, line_id: str) -> Roaming:
        """A mobile line's data used abroad in its current window (R-81)."""
        return self._call("GET", f"/lines/{quote(line_id, safe='')}/roaming", parse=lambda answer: dict(answer.data))

    def unlock_roaming(self, line_id: str, idempotency_key: str) -> Roaming:
        """One more window for a blocked line (R-81); ValidationFailed (field `lineId`) when not blocked or no
        unlock is left."""
        if not idempotency_key:
            raise ValueError("an unlock needs its idempotency key")
        return self._call("POST", f"/lines/{quote(line_id, safe='')}/roaming/unlock",
                          headers={"Idempotency-Key": idempotency_key}, parse=lambda answer: dict(answer.data))
