"""`windtre-sandbox`: run the sandbox server from the command line until Ctrl+C, then exit within seconds."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import time
from typing import NoReturn

from windtre_desktop.sandbox.demo_data import MAX_LINES
from windtre_desktop.sandbox.runner import SandboxServer

# exit code of a second Ctrl+C during the shutdown (128 + SIGINT, as a shell reports it)
FORCED_EXIT = 130


def _lines(value: str) -> int:
    lines = int(value)
    if not 1 <= lines <= MAX_LINES:
        raise argparse.ArgumentTypeError(f"between 1 and {MAX_LINES}")
    return lines


def _grace(value: str) -> float:
    seconds = float(value)
    if not 0 <= seconds <= 600:
        raise argparse.ArgumentTypeError("between 0 and 600")
    return seconds


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
    parser.add_argument(
        "--shutdown-grace", type=_grace, default=1.0,
        help="seconds requests in flight get to finish after Ctrl+C (default 1; a second Ctrl+C quits at once)",
    )
    return parser


def _flush() -> None:
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more to say
            pass


def _say(text: str) -> None:
    try:
        print(f"windtre-sandbox: {text}", flush=True)
    except (OSError, RuntimeError, ValueError):  # a closed pipe, or (in a signal handler) a print under way
        pass


def _quit_at_once(signum: int, frame: object) -> None:
    _say("quitting without waiting")
    os._exit(FORCED_EXIT)


def serve(argv: list[str] | None = None) -> int:
    """Serve until Ctrl+C, then stop the server (bounded by SandboxServer.stop); the exit code.

    While it stops, a second Ctrl+C ends the process at once with FORCED_EXIT.
    """
    args = build_parser().parse_args(argv)
    server = SandboxServer(
        lines=args.lines,
        seed=args.seed,
        host=args.host,
        port=args.port,
        token_ttl_seconds=args.token_ttl,
        rate_per_second=args.rate,
        burst=args.burst,
        shutdown_grace=args.shutdown_grace,
    )
    try:  # a Ctrl+C while it starts stops it too
        url = server.start()
        print(f"windtre-sandbox: {url}  ({args.lines} lines, seed {args.seed}); Ctrl+C to stop", flush=True)
        print("demo credentials:", flush=True)
        for user in server.users:
            print(f"  {user['role']:<14} {user['username']:<14} {user['password']}", flush=True)
        while True:
            time.sleep(0.5)  # Linux gives a process's SIGINT to the main thread if it can: this wakes at once
    except KeyboardInterrupt:
        pass
    except BaseException:
        server.stop()
        raise
    previous = signal.signal(signal.SIGINT, _quit_at_once)
    try:
        _say("stopping (Ctrl+C again to quit at once)")
        started = time.monotonic()
        stopped = server.stop()
        _say(f"{'stopped' if stopped else 'gave up waiting'} after {time.monotonic() - started:.2f} s")
    finally:
        signal.signal(signal.SIGINT, previous)
    return 0 if stopped else 1


def main(argv: list[str] | None = None) -> NoReturn:
    """The console script: serve(), then leave without the interpreter's teardown.

    Once the server has stopped nothing is left to save (the sandbox lives in memory), while tearing down
    the ~580 modules loaded (FastAPI, pydantic, ...) costs 0.1-0.2 s of CPU, which a busy machine stretches:
    with both cores of a 2-core machine overloaded (load average 11), Ctrl+C to exit took 0.7-3.8 s (median
    2.7 s) with the teardown, of which the server's stop was 0.1-0.2 s, and 0.14-0.36 s without it.
    """
    code = serve(argv)
    _flush()
    os._exit(code)


if __name__ == "__main__":
    main()
