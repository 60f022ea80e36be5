"""`windtre-sandbox`: run the sandbox server from the command line until Ctrl+C."""

from __future__ import annotations

import argparse
import time

from windtre_desktop.sandbox.demo_data import MAX_LINES
from windtre_desktop.sandbox.runner import SandboxServer


def _lines(value: str) -> int:
    lines = int(value)
    if not 1 <= lines <= MAX_LINES:
        raise argparse.ArgumentTypeError(f"between 1 and {MAX_LINES}")
    return lines


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="windtre-sandbox", description="WINDTRE Business sandbox backend")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port (0 = any free port; default 8080)")
    parser.add_argument(
        "--lines", type=_lines, default=250, help=f"lines of the demo company (1-{MAX_LINES})"
    )
    parser.add_argument("--seed", type=int, default=1, help="seed of the demo company (default 1)")
    parser.add_argument("--token-ttl", type=int, default=1800, help="session inactivity timeout in seconds")
    parser.add_argument("--rate", type=float, default=100.0, help="requests per second per client")
    parser.add_argument("--burst", type=int, default=300, help="burst size of the rate limit")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    server = SandboxServer(
        lines=args.lines,
        seed=args.seed,
        host=args.host,
        port=args.port,
        token_ttl_seconds=args.token_ttl,
        rate_per_second=args.rate,
        burst=args.burst,
    )
    url = server.start()
    print(f"windtre-sandbox: {url}  ({args.lines} lines, seed {args.seed}); Ctrl+C to stop", flush=True)
    print("demo credentials:", flush=True)
    for user in server.users:
        print(f"  {user['role']:<14} {user['username']:<14} {user['password']}", flush=True)
    try:
        while True:
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
