"""The command line of `windtre-desktop`: its options, their help, and the checks that turn a bad value
into a clear argparse error (exit 2, the option and the rule named) before Qt starts."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from windtre_desktop.paths import HOME_ENV

DEFAULT_LINES = 250
DEFAULT_SEED = 1
DEFAULT_SYNC_INTERVAL_S = 15 * 60
SYNC_INTERVAL_RANGE_S = (60, 24 * 3600)  # at most every minute (the server rate-limits), at least once a day


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="windtre-desktop", description="WINDTRE Business self-care on the desktop",
        epilog="Without --server or --demo the app uses the server chosen last on the login page; "
               "at the first start the login page offers the demo or asks for the server address.")
    parser.add_argument("--version", action=_VersionAction)
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--demo", action="store_true", help="start the embedded demo backend and use it")
    target.add_argument("--server", metavar="URL", type=_server_url,
                        help="backend URL: https, or http on this computer (localhost, 127.0.0.1)")
    parser.add_argument("--lines", type=_demo_lines, metavar="N",
                        help=f"demo company size, with --demo (default {DEFAULT_LINES}; the demo backend "
                             "supports up to 20,000)")  # tests/test_cli.py keeps this in step with MAX_LINES
    parser.add_argument("--seed", type=int, metavar="N", help=f"demo data seed, with --demo (default {DEFAULT_SEED})")
    parser.add_argument("--lang", choices=("it", "en"), help="interface language (default: the system's, else Italian)")
    parser.add_argument("--theme", choices=("auto", "light", "dark"), default="auto",
                        help="colours: auto follows the system (default), light or dark")
    parser.add_argument("--data-dir", metavar="DIR", type=_writable_dir,
                        help=f"keep data and logs here instead of the user dirs (also: ${HOME_ENV})")
    parser.add_argument("--smoke-test", metavar="DIR",
                        help="with --demo: sign in with the demo account, visit every screen, save one PNG per "
                             "screen into DIR, exit non-zero on any error")
    low, high = SYNC_INTERVAL_RANGE_S
    parser.add_argument("--sync-interval", type=_sync_interval, default=DEFAULT_SYNC_INTERVAL_S, metavar="SECONDS",
                        help=f"seconds between background updates, {low} to {high} "
                             f"(default {DEFAULT_SYNC_INTERVAL_S}, 15 minutes)")
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.smoke_test and not args.demo:
        parser.error("--smoke-test needs --demo (the tour signs in with the demo account)")
    if args.smoke_test:
        try:
            args.smoke_test = _writable_dir(args.smoke_test)
        except argparse.ArgumentTypeError as error:
            parser.error(f"argument --smoke-test: {error}")
    for option, value in (("--lines", args.lines), ("--seed", args.seed)):
        if value is not None and not args.demo:
            parser.error(f"{option} is for the demo backend: use it with --demo")
    args.lines = DEFAULT_LINES if args.lines is None else args.lines
    args.seed = DEFAULT_SEED if args.seed is None else args.seed
    if args.data_dir is None and os.environ.get(HOME_ENV):
        try:
            args.data_dir = _writable_dir(os.environ[HOME_ENV])
        except argparse.ArgumentTypeError as error:
            parser.error(f"${HOME_ENV}: {error}")
    return args


class _VersionAction(argparse.Action):
    """`--version`: the package metadata's version (read only when asked: see windtre_desktop/__init__.py)."""

    def __init__(self, option_strings, dest, **_kwargs) -> None:
        super().__init__(option_strings, dest, nargs=0, help="show the version and exit")

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from windtre_desktop import __version__

        print(f"{parser.prog} {__version__}")
        parser.exit()


def _server_url(value: str) -> str:
    from windtre_desktop.domain.server_address import ServerAddressError, check_server_url

    try:
        return check_server_url(value)
    except ServerAddressError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _demo_lines(value: str) -> int:
    from windtre_desktop.sandbox.demo_data import MAX_LINES  # only when --lines is given

    lines = _integer(value)
    if not 1 <= lines <= MAX_LINES:
        raise argparse.ArgumentTypeError(f"{value} lines: the demo company has 1 to {MAX_LINES:,} lines")
    return lines


def _sync_interval(value: str) -> int:
    seconds = _integer(value)
    low, high = SYNC_INTERVAL_RANGE_S
    if not low <= seconds <= high:
        raise argparse.ArgumentTypeError(f"{value} seconds: the interval must be {low} to {high} seconds")
    return seconds


def _integer(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None


def _writable_dir(value: str) -> Path:
    """The folder, created if missing; refused when it is a file, cannot be created or cannot be written."""
    path = Path(value).expanduser()
    if path.exists() and not path.is_dir():
        raise argparse.ArgumentTypeError(f"{value} is a file, not a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise argparse.ArgumentTypeError(f"the folder {value} cannot be created ({error.strerror})") from None
    probe = path / f".write-test-{os.getpid()}"
    try:
        os.close(os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        os.unlink(probe)
    except OSError as error:
        raise argparse.ArgumentTypeError(f"the folder {value} cannot be written to ({error.strerror})") from None
    return path
