"""Pydantic models of the activations, SIM association history and promotions answers (R-61, R-62, R-63), for
request validation and the OpenAPI document."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from windtre_desktop.sandbox.schemas import Envelope, Offer

StageCode = Literal["received", "feasibility", "scheduled", "installation", "testing", "active"]


class ActivationStage(BaseModel):
    code: StageCode
    percent: int = Field(description="The progress at which the stage is reached.")
    reachedAt: str | None = Field(description="When the stage was reached; null while it is ahead.")


class KeepUpdated(BaseModel):
    channel: Literal["sms", "email"]
    to: str = Field(description="An Italian mobile number (+39…) or an email address.")


class Activation(BaseModel):
    id: str
    msisdn: str = Field(description="The fixed line's number.")
    address: str
    offer: Offer
    requestedAt: str
    expectedAt: str
    progress: int = Field(ge=0, le=100, description="0 at requestedAt to 100 at expectedAt, with the time gone.")
    stage: StageCode = Field(description="The last stage reached.")
    stages: list[ActivationStage]
    keepUpdated: KeepUpdated | None


class Activations(BaseModel):
    activations: list[Activation]


class ActivationsEnvelope(Envelope):
    data: Activations | None = None


class ActivationAnswer(BaseModel):
    activation: Activation


class ActivationEnvelope(Envelope):
    data: ActivationAnswer | None = None


class KeepUpdatedBody(BaseModel):
    channel: str = Field(description="sms | email | none (none stops the messages).")
    to: str | None = Field(None, description="sms: an Italian mobile number; email: an address; none: absent.")


class SimAssociationEvent(BaseModel):
    at: str
    action: Literal["associated", "dissociated"]
    lineId: str
    msisdn: str
    employee: str = Field(description="The Dipendente's username (its own line's national number).")
    employeeName: str


class SimAssociations(BaseModel):
    events: list[SimAssociationEvent]


class SimAssociationsEnvelope(Envelope):
    data: SimAssociations | None = None


class Promotion(BaseModel):
    id: str
    name: str
    description: str
    kind: Literal["data", "voice", "roaming", "device"]
    validUntil: str = Field(description="Last day, YYYY-MM-DD.")
    lineIds: list[str] = Field(description="The company's lines it applies to.")


class Promotions(BaseModel):
    promotions: list[Promotion]
    activationNumber: str = Field(description="The number to call to activate a promotion (R-63).")


class PromotionsEnvelope(Envelope):
    data: Promotions | None = None
