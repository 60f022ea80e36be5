"""Soak part `parser_fuzz`: the parser fuzz targets of tests/proofs/test_fuzz_*.py with many examples, round after
round with a new seed each, for --minutes of wall time (at least one round).

Targets: FatturaPA and .p7m files (soak.fuzz_invoices), every form's validation (soak.fuzz_forms), every read's
answer through the real client and the domain's readers (soak.fuzz_api, recorded from a sandbox on loopback).
Figures: fuzz_examples per family and in all, fuzz_failures (must be 0), fuzz_rounds. A failure prints the
target, the seed and hypothesis's falsifying example; `pytest tests/proofs/test_fuzz_*.py` replays the family.
"""

from __future__ import annotations

import argparse
import sys
import time
import traceback
from collections.abc import Callable

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

from soak import fuzz_api, fuzz_forms, fuzz_invoices
from soak.figures import figure
from soak.fuzz_rules import EXAMPLES

FAMILIES = ("fatturapa", "p7m", "forms", "api", "model")


def _settings(examples: int) -> settings:
    return settings(max_examples=examples, database=None, deadline=None, print_blob=True,
                    suppress_health_check=list(HealthCheck))


def _bound(check: Callable[..., object], *front: object, spread: bool = False) -> Callable[[object], object]:
    """check(*front, value), or check(*front, *value) when `spread`: a one-argument function for @given, which
    takes no function with default arguments."""
    def run(value: object) -> object:
        return check(*front, *value) if spread else check(*front, value)

    return run


def targets(recorded: dict[str, fuzz_api.Recorded], keys: list[str]
            ) -> list[tuple[str, Callable[[int], Callable[[], object]]]]:
    """(name, make) for every target: make(examples) is a zero-argument hypothesis test of that many examples."""
    found: list[tuple[str, Callable[[int], Callable[[], object]]]] = []

    def add(name: str, strategy: st.SearchStrategy, check: Callable[[object], object]) -> None:
        found.append((name, lambda examples: _settings(examples)(given(strategy)(check))))

    add("fatturapa", fuzz_invoices.invoice_inputs(), fuzz_invoices.check_invoice)
    add("p7m", fuzz_invoices.p7m_inputs(), fuzz_invoices.check_p7m)
    text = fuzz_forms.hostile_text()
    for name in fuzz_forms.ONE_TEXT_CHECKS:
        add(f"forms:{name}", text, _bound(fuzz_forms.check_one_text, name))
    for name in fuzz_forms.TWO_TEXT_CHECKS:
        add(f"forms:{name}", st.tuples(text, text), _bound(fuzz_forms.check_two_texts, name, spread=True))
    for name in fuzz_forms.NORMALISERS:
        add(f"forms:{name}", text, _bound(fuzz_forms.check_normaliser, name))
    add("forms:server_address", text, fuzz_forms.check_server_address)
    for field in fuzz_forms.WIZARD_FIELDS:
        add(f"forms:wizard:{'.'.join(field)}", st.tuples(text, text),
            _bound(fuzz_forms.check_wizard_field, field, spread=True))
    add("forms:check_ticket", fuzz_forms.ticket_values(), fuzz_forms.check_ticket_values)
    reads = fuzz_api._reads({"line": "L1", "package": "P1", "invoice": "I1"})
    for name, answer in recorded.items():
        add(f"api:{name}", fuzz_api.mutated_answer(answer), _bound(fuzz_api.check_read, name, reads[name]))
    shaped = st.dictionaries(st.sampled_from(keys), fuzz_api.JSON, max_size=12)
    for name in fuzz_api.READERS:
        add(f"model:{name}", fuzz_api.JSON | shaped | st.lists(shaped, max_size=3),
            _bound(fuzz_api.check_reader, name))
    return found


def _keys(recorded: dict[str, fuzz_api.Recorded]) -> list[str]:
    import json

    found: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, dict):
            found.update(value)
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value[:5]:
                walk(item)

    for answer in recorded.values():
        for line in answer.content.split(b"\n")[:3]:
            try:
                walk(json.loads(line))
            except ValueError:
                pass
    return sorted(found) or ["id"]


def family(counted: str) -> str:
    """The family of a name counted in EXAMPLES: fatturapa, p7m, api.<read>, model.<reader>, or a form's check."""
    if counted in ("fatturapa", "p7m"):
        return counted
    head = counted.split(".", 1)[0]
    return head if head in ("api", "model") else "forms"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--examples", type=int, default=200,
                        help="examples per target per round (ten times as many for the invoice files)")
    parser.add_argument("--only", default="", help="comma-separated target name prefixes, e.g. fatturapa,p7m,api")
    args = parser.parse_args(argv)
    from windtre_desktop.sandbox.runner import SandboxServer

    server = SandboxServer(lines=250, seed=1)
    server.start()
    try:
        admin = next(u for u in server.users if u["role"] == "USER_ADMIN")
        recorded = fuzz_api.record(server.url, admin["username"], admin["password"])
    finally:
        server.stop()
    all_targets = targets(recorded, _keys(recorded))
    if args.only:
        all_targets = [(name, make) for name, make in all_targets if name.startswith(tuple(args.only.split(",")))]
    deadline = time.monotonic() + args.minutes * 60
    failures: list[str] = []
    rounds = 0
    while True:
        rounds += 1
        for name, make in all_targets:
            weight = 10 if name in ("fatturapa", "p7m") else 1  # the files from outside: the riskiest parsers
            test = seed(rounds)(make(args.examples * weight))
            try:
                test()
            except Exception:  # a falsified target: reported, the others still run
                failures.append(name)
                print(f"FAILED {name} (round {rounds}, seed {rounds})", flush=True)
                traceback.print_exc(limit=3)
        if time.monotonic() >= deadline:
            break
    totals: dict[str, int] = dict.fromkeys(FAMILIES, 0)
    for counted, examples in EXAMPLES.items():
        totals[family(counted)] += examples
    for name, examples in totals.items():
        figure(f"fuzz_examples_{name}", examples, "examples")
    figure("fuzz_targets", len(all_targets), "targets")
    figure("fuzz_rounds", rounds, "rounds")
    figure("fuzz_examples", sum(totals.values()), "examples")
    figure("fuzz_failures", len(failures), "targets", target="= 0", ok=not failures)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
