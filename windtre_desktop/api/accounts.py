"""Typed shapes of the account endpoints' bodies and answers (docs/api.md "Accounts"), in the contract's
camelCase: what ApiClient's account methods take and return."""

from __future__ import annotations

from typing import Literal, TypedDict


class AdminRegistrationPayload(TypedDict):
    vatNumber: str
    email: str
    mobile: str
    firstName: str
    lastName: str
    birthDate: str  # YYYY-MM-DD
    fiscalCode: str


class AdminRegistration(TypedDict):
    registrationId: str
    emailMasked: str


class AdminActivationPayload(TypedDict):
    registrationId: str
    activationCode: str
    username: str
    password: str


class EmployeeRegistrationPayload(TypedDict):
    msisdn: str
    email: str


class Challenge(TypedDict):
    challengeId: str
    channel: Literal["sms", "email"]
    needsPuk: bool
    resendAfter: int | None


class ChallengePayload(TypedDict):
    challengeId: str


class PukPayload(TypedDict):
    challengeId: str
    puk: str


class EmployeeVerifyPayload(TypedDict):
    challengeId: str
    otp: str
    password: str


class RecoveryPayload(TypedDict):
    username: str


class Recovery(TypedDict):
    challengeId: str | None
    variant: Literal["code", "temporaryPassword"]
    channel: Literal["sms", "email"]
    resendAfter: int | None


class RecoveryConfirmPayload(TypedDict):
    challengeId: str
    code: str
    newPassword: str


class PasswordChangePayload(TypedDict):
    oldPassword: str
    newPassword: str


class UserJson(TypedDict):
    username: str
    role: Literal["USER_ADMIN", "TELCO_MANAGER", "DIPENDENTE"]
    firstName: str
    lastName: str
    email: str
    companyId: str
    lineId: str | None
    mustChangePassword: bool


class TelcoManagerPayload(TypedDict):
    username: str
    firstName: str
    lastName: str
    email: str
    mobile: str


class TelcoManager(TelcoManagerPayload):
    createdBy: str | None
    createdAt: str


class Sim(TypedDict):
    lineId: str
    msisdn: str
    own: bool
    associatedAt: str | None


class Sims(TypedDict):
    sims: list[Sim]
    maxAssociated: int
