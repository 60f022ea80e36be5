"""Typed shapes of the products and Giga Smart Share answers (docs/api.md "Products and Giga Smart Share",
R-22, R-50, R-51, R-60, R-82), in the contract's camelCase: what ApiClient's product methods return."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypedDict

GssType = Literal["data_share", "voice_data_share"]
Instalment = Literal["none", "24_months", "30_months", "36_months"]
Maintenance = Literal["none", "basic", "premium"]
GIGA = 1024**3  # bytes in one Giga of a plan or extra (2^30, what the app writes as GB)


class GssPackage(TypedDict):
    id: str
    type: str  # a GssType code; an unknown one is shown as sent (docs/api.md "Codes and labels")
    gigaPlan: int
    extraGiga: int
    pooledBytes: int
    usedBytes: int
    simCount: int
    maxSims: int
    deviceCount: int
    referentPhone: str
    thresholdsSent: list[int]
    version: int


class GssSim(TypedDict):
    lineId: str
    msisdn: str
    holder: str
    alias: str | None
    usedBytes: int
    creditCents: int | None  # None for a postpaid SIM


class Device(TypedDict):
    id: str
    model: str
    accountName: str
    lineId: str | None
    msisdn: str | None
    instalment: str
    maintenance: str
    interventionsLeft: int
    packageId: str | None


class Notification(TypedDict):
    id: str
    kind: str  # "gss_threshold"
    at: str
    packageId: str
    percent: int
    usedBytes: int
    pooledBytes: int
    referentPhone: str


@dataclass(frozen=True)
class GssPackages:
    """The company's packages, the plan and extra steps the actions accept, and the ETag to send back."""

    packages: list[GssPackage]
    plan_steps: list[int]
    extra_steps: list[int]
    etag: str | None


@dataclass(frozen=True)
class Devices:
    devices: list[Device]
    etag: str | None


@dataclass(frozen=True)
class GssMove:
    """Both packages after a move."""

    source: GssPackage
    target: GssPackage


@dataclass(frozen=True, repr=False)
class SimCodes:
    """A SIM's PIN and PUK (R-22). Never logged: its repr hides the codes."""

    line_id: str
    msisdn: str
    pin: str
    puk: str

    def __repr__(self) -> str:
        return f"SimCodes(line_id={self.line_id!r}, msisdn={self.msisdn!r}, pin='***', puk='***')"
