"""The command line of `windtre-desktop`: its options, their help, and the checks that turn a bad value
into a clear argparse error (exit 2) before anything starts."""

from __future__ import annotations

import argparse
import ipaddress
from urllib.parse import urlsplit


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="windtre-desktop", description="WINDTRE Business self-care on the desktop")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--demo", action="store_true", help="start the embedded demo backend and use it")
    target.add_argument("--server", metavar="URL", help="backend URL (https, or http on loopback)")
    parser.add_argument("--lines", type=int, default=250, help="demo company size (with --demo)")
    parser.add_argument("--seed", type=int, default=1, help="demo data seed (with --demo)")
    parser.add_argument("--lang", choices=("it", "en"), help="interface language (default: the system's, else Italian)")
    parser.add_argument("--theme", choices=("auto", "light", "dark"), default="auto")
    parser.add_argument("--data-dir", metavar="DIR", help="keep data and logs here instead of the user dirs")
    parser.add_argument("--smoke-test", metavar="DIR", help="log in with the demo account, visit every screen, "
                        "save one PNG per screen into DIR, exit non-zero on any error")
    parser.add_argument("--sync-interval", type=int, default=15 * 60, metavar="SECONDS")
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.smoke_test and not args.demo:
        parser.error("--smoke-test needs --demo")
    if args.server:
        check_server_url(args.server, parser)
    return args


def check_server_url(url: str, parser: argparse.ArgumentParser) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        parser.error(f"--server: {url!r} is not an http(s) URL")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        parser.error("--server: a server that is not on this computer must use https")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
