"""`python -m soak.api_fuzz --minutes N`: schemathesis against a fresh sandbox with many examples per operation
(soak/api_contract.py), positive and negative, for at most N minutes (10 at most); prints its figures and the
first failures found."""

from __future__ import annotations

import argparse
import random
import sys
import time

from soak.api_contract import run
from soak.figures import figure

MAX_EXAMPLES = 100  # per operation and generation mode
MAX_MINUTES = 10.0
SHOWN_FAILURES = 20


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=MAX_MINUTES, help="wall-time budget (at most 10)")
    parser.add_argument("--examples", type=int, default=MAX_EXAMPLES, help="cases per operation and mode")
    parser.add_argument("--seed", type=int, default=None, help="repeat the run of this seed (default: a new one)")
    args = parser.parse_args(argv)
    seed = random.getrandbits(32) if args.seed is None else args.seed
    print(f"api_fuzz: seed {seed}", flush=True)
    started = time.monotonic()
    until = started + 60 * min(args.minutes, MAX_MINUTES)
    tally = run(args.examples, seed=seed, until=until, progress=lambda line: print(line, flush=True))
    for failure in tally.failures[:SHOWN_FAILURES]:
        print(f"FAILURE {failure}\n", flush=True)
    reached = len(tally.reached)
    figure("api_operations", reached, "count", target=f"= {tally.operations} (all)", ok=reached == tally.operations)
    figure("api_requests_sent", tally.requests, "count")
    figure("api_5xx", tally.server_errors, "count", target="= 0", ok=tally.server_errors == 0)
    figure("api_schema_violations", tally.schema_violations, "count", target="= 0", ok=tally.schema_violations == 0)
    figure("api_failures", len(tally.failures), "count", target="= 0", ok=not tally.failures)
    figure("api_fuzz_seconds", round(time.monotonic() - started, 1), "s")
    passed = reached == tally.operations > 0 and not tally.failures and not tally.server_errors
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
