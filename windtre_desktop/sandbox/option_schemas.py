"""Pydantic models of the options and services bodies and answers (docs/api.md "Attivazione / Disattivazione
Opzioni", "Servizi Mobile and Servizi a Sovrapprezzo", R-65, R-66): request validation and the OpenAPI document.
The bodies take plain strings, so the rules (in sandbox.options) answer in the contract's order."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from windtre_desktop.sandbox.schemas import Envelope

Operation = Literal["activate", "deactivate"]
ReasonCode = Literal["FIXED_LINE", "DATA_ONLY", "OFFER_EXCLUDED", "ALREADY_ACTIVE", "NOT_ACTIVE", "PREMIUM_BARRED"]


class OptionBody(BaseModel):
    optionCode: str = Field(description="An option of the catalogue (GET /options).")
    operation: str = Field(description="`activate` or `deactivate`.")
    lineIds: list[str] = Field(description="1 to 10 different lines of the company (R-65).")


class ServiceCheckBody(BaseModel):
    code: str = Field(description="A service of the line (GET /lines/{lineId}/services).")
    operation: str = Field(description="`activate` or `deactivate`.")


class ServiceBody(ServiceCheckBody):
    confirmPremium: bool = Field(False, description="Activating a premium service needs true (R-66).")


class CatalogueOption(BaseModel):
    code: str
    name: str
    description: str
    kind: Literal["data", "voice", "sms", "roaming"]
    priceCents: int = Field(description="A month, in euro cents.")


class OptionCatalogue(BaseModel):
    options: list[CatalogueOption]
    maxLines: int


class OptionCatalogueEnvelope(Envelope):
    data: OptionCatalogue | None = None


class LineOptions(BaseModel):
    lineId: str
    active: list[str]


class LineOptionsEnvelope(Envelope):
    data: LineOptions | None = None


class Verdict(BaseModel):
    lineId: str
    msisdn: str
    compatible: bool
    reasonCode: ReasonCode | None
    reason: str | None = Field(description="The reason's words in the asked language; null when compatible.")


class Verdicts(BaseModel):
    verdicts: list[Verdict]


class VerdictsEnvelope(Envelope):
    data: Verdicts | None = None


class OptionRequest(BaseModel):
    id: str
    optionCode: str
    operation: Operation
    lineIds: list[str]
    status: Literal["running", "completed"]
    progress: int = Field(description="0…100, in proportion to the 5 minutes a request runs.")
    createdAt: str
    expectedAt: str
    completedAt: str | None


class OptionRequestAnswer(BaseModel):
    request: OptionRequest


class OptionRequestEnvelope(Envelope):
    data: OptionRequestAnswer | None = None


class RunningRequestEnvelope(Envelope):
    """ERR-OPT-01: `data` is the request still running."""

    data: OptionRequest | None = None


class OptionRequests(BaseModel):
    running: OptionRequest | None
    requests: list[OptionRequest]


class OptionRequestsEnvelope(Envelope):
    data: OptionRequests | None = None


class LineService(BaseModel):
    code: str
    name: str
    description: str
    category: Literal["mobile", "premium"]
    kind: Literal["technical", "content", "premium"]
    active: bool
    priceCents: int | None


class LineServices(BaseModel):
    lineId: str
    services: list[LineService]


class LineServicesEnvelope(Envelope):
    data: LineServices | None = None


class ServiceCheck(BaseModel):
    code: str
    compatible: bool
    reasonCode: ReasonCode | None
    reason: str | None


class ServiceCheckEnvelope(Envelope):
    data: ServiceCheck | None = None


class ServiceAnswer(BaseModel):
    service: LineService


class ServiceEnvelope(Envelope):
    data: ServiceAnswer | None = None
