"""Synthetic domain objects for store tests that need many lines without a server."""

from __future__ import annotations

import random

from windtre_desktop.api.client import SyncPage
from windtre_desktop.domain.models import BillingAccount, Company, Counter, Line, Role, User

OFFERS = [("BIZ-UNL-100", "Business Unlimited 100"), ("BIZ-50", "Business 50"), ("FIX-PRO", "Fisso Pro")]


def make_line(n: int, rng: random.Random | None = None, *, version: int = 1) -> Line:
    rng = rng or random.Random(n)
    fixed = n % 7 == 0
    code, name = OFFERS[2] if fixed else OFFERS[n % 2]
    unlimited_voice = rng.random() < 0.5
    return Line(
        id=f"L{n:05d}",
        msisdn=f"+3902{n:07d}" if fixed else f"+39347{rng.randrange(10**7):07d}{n % 10}",
        kind="fixed" if fixed else "mobile",
        holder=f"Titolare {n}",
        alias="" if n % 3 else f"Alias {n}",
        status="active" if n % 11 else "suspended",
        payment_type="prepaid" if n % 4 == 0 else "postpaid",
        billing_account_id="BA001",
        offer_code=code,
        offer_name=name,
        credit_cents=None if n % 13 == 0 else rng.randrange(0, 50_000),
        data=None if fixed else Counter(rng.randrange(0, 10**11), None if n % 5 == 0 else 107_374_182_400),
        voice=Counter(rng.randrange(0, 100_000), None if unlimited_voice else 60_000),
        sms=None if fixed else Counter(rng.randrange(0, 500), 100),
        updated_at="2026-11-23T10:15:00+01:00",
        version=version,
    )


COMPANY = Company(
    id="C0001",
    name="Rossi Logistica S.r.l.",
    vat_number="01234567897",
    address="Via Roma 1, Milano",
    billing_accounts=(BillingAccount("BA001", "Sede Milano", "SDD"),),
    line_count=0,
)
USER = User(
    username="admin.demo", role=Role.USER_ADMIN, first_name="Giulia", last_name="Conti", company_id="C0001"
)


def full_page(lines: list[Line], cursor: str = "v1", etag: str | None = '"e1"') -> SyncPage:
    return SyncPage(
        cursor=cursor,
        full=True,
        company=COMPANY,
        user=USER,
        lines=list(lines),
        deleted_line_ids=[],
        server_time="2026-11-23T10:15:00+01:00",
        etag=etag,
    )


def delta_page(lines: list[Line], deleted: list[str], cursor: str, etag: str | None = None) -> SyncPage:
    return SyncPage(
        cursor=cursor,
        full=False,
        company=None,
        user=None,
        lines=list(lines),
        deleted_line_ids=list(deleted),
        server_time="2026-11-23T10:20:00+01:00",
        etag=etag,
    )
