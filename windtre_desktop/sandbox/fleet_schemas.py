"""Pydantic models of the fleet usage answer (docs/api.md "Fleet", `GET /api/v1/fleet/usage`): the OpenAPI
document and the shape tests check."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from windtre_desktop.sandbox.schemas import Envelope


class FleetOffer(BaseModel):
    code: str
    name: str
    kind: Literal["mobile", "fixed"]
    monthlyCents: int = Field(description="The monthly fee per line, euro cents net of VAT.")
    dataBytes: int | None = Field(description="Data allowance per month; null: unlimited or not in the offer.")
    voiceSeconds: int | None = Field(description="Voice allowance per month; null: unlimited or not in the offer.")
    sms: int | None = Field(description="SMS per month; null: unlimited or not in the offer.")


class FleetTrafficWindow(BaseModel):
    records: int = Field(description="Every record of the period.")
    seconds: int = Field(description="Seconds of calls.")
    messages: int = Field(description="SMS and MMS.")
    bytes: int = Field(description="Data, bytes.")
    costCents: int = Field(description="Charged, euro cents net of VAT.")


class FleetPackage(BaseModel):
    id: str
    name: str


class FleetLineUsage(BaseModel):
    lineId: str
    spendCents: list[int] = Field(
        description="Billed per month of `months` (net of VAT): the offer's fee plus the line's charges."
    )
    monthToDateCents: int = Field(description="Traffic charged since the 1st of the current month, today included.")
    lastWeek: FleetTrafficWindow = Field(description="Today and the 6 days before.")
    previousWeeks: FleetTrafficWindow = Field(description="The 84 days before lastWeek (twelve weeks).")
    dataUsedMonths: list[int | None] = Field(
        description="Data used in each of the last 3 billed months, oldest first; null without a data counter."
    )
    lastActivity: str | None = Field(description="YYYY-MM-DD: the latest day with traffic in the 91-day window.")
    roamingCountry: str | None = Field(description="ISO 3166-1 alpha-2 of today's roaming traffic, else null.")
    gssPackage: FleetPackage | None = Field(description="The Giga Smart Share package of the SIM, or null.")


class FleetUsage(BaseModel):
    companyId: str
    today: str = Field(description="YYYY-MM-DD on the server's (Italian) calendar.")
    months: list[str] = Field(description="The 24 billed months, YYYY-MM, oldest first (the newest: last month).")
    offers: list[FleetOffer] = Field(description="The offer catalogue, cheapest first within a kind.")
    lines: list[FleetLineUsage] = Field(description="Every line of the company, in line-id order.")


class FleetUsageEnvelope(Envelope):
    data: FleetUsage | None = None
