"""Pydantic models of Ricarica Online and Ricarica Automatica (R-64, R-67): request bodies and the envelopes of
their answers, for request validation and the OpenAPI document."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from windtre_desktop.sandbox.schemas import Envelope


class RechargeOptions(BaseModel):
    amountsCents: list[int] = Field(description="The allowed cuts, in euro cents.")
    methods: list[Literal["card", "invoice"]]
    maxLines: int = Field(description="How many lines one order may top up (10).")


class RechargeOptionsEnvelope(Envelope):
    data: RechargeOptions | None = None


class RechargeBody(BaseModel):
    lineIds: list[str] = Field(description="1 to maxLines different prepaid mobile lines of the company.")
    amountCents: int = Field(description="One of the cuts (amountsCents).")
    method: str = Field(description="`card` (hosted payment page) or `invoice` (addebito in fattura).")


class OrderRecharge(BaseModel):
    lineId: str
    msisdn: str
    transactionId: str
    creditCents: int | None = Field(description="The line's credit after the order; null until completed.")


class RechargeOrder(BaseModel):
    id: str
    lineIds: list[str]
    amountCents: int
    method: Literal["card", "invoice"]
    status: Literal["awaiting_payment", "completed", "failed"]
    outcomeCode: Literal["RECHARGED", "PAYMENT_REFUSED", "PAYMENT_TIMEOUT"] | None
    paymentUrl: str | None = Field(description="The hosted payment page of a card order (absolute URL).")
    createdAt: str
    completedAt: str | None
    recharges: list[OrderRecharge]


class RechargeOrderAnswer(BaseModel):
    order: RechargeOrder


class RechargeOrderEnvelope(Envelope):
    data: RechargeOrderAnswer | None = None


class AutoRechargeRule(BaseModel):
    lineId: str
    msisdn: str
    mode: Literal["threshold", "monthly"]
    thresholdCents: int | None
    amountCents: int
    method: Literal["card", "invoice"]
    activatedAt: str
    nextAt: str | None = Field(description="The next monthly top-up; null for a threshold rule.")
    lastAppliedAt: str | None
    appliedCount: int


class AutoRecharges(BaseModel):
    rules: list[AutoRechargeRule]
    amountsCents: list[int]
    thresholdsCents: list[int]


class AutoRechargesEnvelope(Envelope):
    data: AutoRecharges | None = None


class AutoRechargeAnswer(BaseModel):
    rule: AutoRechargeRule | None


class AutoRechargeEnvelope(Envelope):
    data: AutoRechargeAnswer | None = None


class AutoRechargeBody(BaseModel):
    mode: str = Field(description="`threshold` or `monthly`.")
    thresholdCents: int | None = Field(None, description="One of thresholdsCents for `threshold`; null for `monthly`.")
    amountCents: int = Field(description="One of the cuts.")
    method: str = Field(description="`card` or `invoice`.")


class PaymentModeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    outcome: Literal["paid", "refused", "timeout", "manual"]


class PaymentOutcomeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    outcome: Literal["paid", "refused"]
