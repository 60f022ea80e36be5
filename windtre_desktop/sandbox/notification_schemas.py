"""Pydantic bodies and envelopes of the Notifiche endpoints (R-80, R-81) for the OpenAPI document."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from windtre_desktop.sandbox.schemas import Envelope

Kind = Literal[
    "invoice_overdue",
    "payment_method_invalid",
    "promotion",
    "data_abroad_threshold",
    "fixed_activation",
    "gss_threshold",
    "ticket_status",
]


class FeedEvent(BaseModel):
    """An event of the feed: `id`, `kind`, `at` and the kind's fields (docs/api.md "Notifications")."""

    model_config = ConfigDict(extra="allow")

    id: str
    kind: Kind
    at: str


class Feed(BaseModel):
    notifications: list[FeedEvent]


class FeedEnvelope(Envelope):
    data: Feed | None = None


class NotificationSetting(BaseModel):
    type: str
    enabled: bool
    channels: list[Literal["sms", "email"]]
    availableChannels: list[Literal["sms", "email"]]


class NotificationSettings(BaseModel):
    settings: list[NotificationSetting]


class NotificationSettingsEnvelope(Envelope):
    data: NotificationSettings | None = None


class NotificationSettingIn(BaseModel):
    type: str = Field(description="One of the six R-80 types.")
    enabled: bool
    channels: list[str] = Field(description="A subset of the type's availableChannels; one at least if enabled.")


class NotificationSettingsBody(BaseModel):
    settings: list[NotificationSettingIn] = Field(description="Any of the six types, each once.")


class Roaming(BaseModel):
    lineId: str
    msisdn: str
    thresholdBytes: int
    usedBytes: int
    unlocksUsed: int
    unlocksLeft: int
    blocked: bool
    referentPhone: str


class RoamingEnvelope(Envelope):
    data: Roaming | None = None


class RoamingUsageIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    lineId: str
    bytes: int = Field(ge=0, le=10**15, description="Bytes of data used abroad.")
