"""Company-wide totals of credit and counters, computed from the lines."""

from __future__ import annotations

from collections import Counter as Tally
from collections.abc import Iterable

from windtre_desktop.domain.models import CompanyTotals, CounterKind, CounterTotal, Line


def company_totals(lines: Iterable[Line]) -> CompanyTotals:
    acc = {kind: [0, 0, 0, 0, 0] for kind in CounterKind}  # used, used_limited, total, unlimited, lines
    count = mobile = fixed = credit = 0
    offers: Tally[str] = Tally()
    for line in lines:
        count += 1
        if line.kind == "fixed":
            fixed += 1
        else:
            mobile += 1
        credit += line.credit_cents or 0
        if line.offer_name:
            offers[line.offer_name] += 1
        for kind in CounterKind:
            c = line.counter(kind)
            if c is None:
                continue
            slot = acc[kind]
            slot[0] += c.used
            slot[4] += 1
            if c.total is None:
                slot[3] += 1
            else:
                slot[1] += c.used
                slot[2] += c.total
    return CompanyTotals(
        lines=count,
        mobile_lines=mobile,
        fixed_lines=fixed,
        credit_cents=credit,
        counters={
            kind: CounterTotal(used=v[0], used_limited=v[1], total=v[2], unlimited_lines=v[3], lines=v[4])
            for kind, v in acc.items()
        },
        offers=dict(offers.most_common()),
    )
