"""The command line (issue 10): every bad value is an argparse error naming the option and the rule,
exit code 2, no traceback, before Qt starts; the data dir is checked (creatable, writable, not a file)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from windtre_desktop.cli import parse_args


def refused(argv, capsys) -> str:
    with pytest.raises(SystemExit) as exit_:
        parse_args(argv)
    assert exit_.value.code == 2
    return capsys.readouterr().err


@pytest.mark.parametrize("argv, option, rule", [
    (["--demo", "--lines", "-5"], "--lines", "1 to 20,000 lines"),
    (["--demo", "--lines", "50000"], "--lines", "1 to 20,000 lines"),
    (["--demo", "--lines", "0"], "--lines", "1 to 20,000 lines"),
    (["--demo", "--lines", "many"], "--lines", "not a whole number"),
    (["--lines", "100"], "--lines", "use it with --demo"),
    (["--seed", "3"], "--seed", "use it with --demo"),
    (["--sync-interval", "0"], "--sync-interval", "60 to 86400 seconds"),
    (["--sync-interval", "-30"], "--sync-interval", "60 to 86400 seconds"),
    (["--sync-interval", "999999999"], "--sync-interval", "60 to 86400 seconds"),
    (["--theme", "pink"], "--theme", "invalid choice"),
    (["--lang", "fr"], "--lang", "invalid choice"),
    (["--server", "http://selfcare.example.com"], "--server", "must use https"),
    (["--server", "selfcare.example.com"], "--server", "is not a web address"),
    (["--server", "https://selfcare.example.com", "--demo"], "--demo", "not allowed with argument --server"),
    (["--smoke-test", "shots"], "--smoke-test", "needs --demo"),
])
def test_bad_values_name_the_option_and_the_rule(argv, option, rule, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    err = refused(argv, capsys)
    assert option in err and rule in err, err
    assert list(tmp_path.iterdir()) == []  # a refused command line creates nothing


def test_smoke_test_folder_is_checked(tmp_path, capsys):
    a_file = tmp_path / "shots.png"
    a_file.write_text("x")
    err = refused(["--demo", "--smoke-test", str(a_file)], capsys)
    assert "argument --smoke-test" in err and "is a file, not a folder" in err


def test_data_dir_that_is_a_file(tmp_path, capsys):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    err = refused(["--data-dir", str(a_file)], capsys)
    assert "--data-dir" in err and "is a file, not a folder" in err


def test_data_dir_that_cannot_be_created(tmp_path, capsys):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    err = refused(["--data-dir", str(a_file / "inside")], capsys)  # a folder under a file
    assert "--data-dir" in err and "cannot be created" in err


def test_data_dir_that_cannot_be_written(tmp_path, capsys):
    if os.name == "posix" and os.geteuid() == 0:
        locked = "/proc"  # root may write anywhere but there
    else:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
    try:
        err = refused(["--data-dir", str(locked)], capsys)
    finally:
        if locked != "/proc":
            locked.chmod(0o700)
    assert "--data-dir" in err and "cannot be written to" in err


def test_the_environment_variable_is_checked_too(tmp_path, capsys, monkeypatch):
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x")
    monkeypatch.setenv("WINDTRE_DESKTOP_HOME", str(a_file))
    err = refused([], capsys)
    assert "$WINDTRE_DESKTOP_HOME" in err and "is a file, not a folder" in err


def test_good_values(tmp_path, monkeypatch):
    monkeypatch.delenv("WINDTRE_DESKTOP_HOME", raising=False)
    args = parse_args(["--demo", "--lines", "20000", "--seed", "4", "--sync-interval", "60",
                       "--data-dir", str(tmp_path / "new" / "home"), "--theme", "dark"])
    assert (args.lines, args.seed, args.sync_interval, args.theme) == (20000, 4, 60, "dark")
    assert args.data_dir.is_dir()
    args = parse_args(["--server", "https://selfcare.example.com/"])
    assert (args.server, args.lines, args.seed, args.demo) == ("https://selfcare.example.com", 250, 1, False)
    assert parse_args([]).data_dir is None  # the platform's user dirs


def test_help_describes_every_option(capsys):
    with pytest.raises(SystemExit) as exit_:
        parse_args(["--help"])
    assert exit_.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    from windtre_desktop.sandbox.demo_data import MAX_LINES

    for text in ("--version", "--theme", "auto follows the system", "--sync-interval",
                 "seconds between background updates", f"up to {MAX_LINES:,}", "first start"):
        assert text in out, text


def test_version(capsys):
    from windtre_desktop import __version__

    with pytest.raises(SystemExit) as exit_:
        parse_args(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"windtre-desktop {__version__}"


def run_app(*argv: str, tmp_path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WINDTRE_DESKTOP_HOME=str(tmp_path / "home"))
    return subprocess.run([sys.executable, "-m", "windtre_desktop", *argv], capture_output=True, text=True,
                          timeout=120, env=env)


@pytest.mark.parametrize("argv, expected", [
    (["--data-dir", "/proc/windtre-x"], "argument --data-dir: the folder /proc/windtre-x cannot be created"),
    (["--demo", "--lines", "50000"], "argument --lines: 50000 lines: the demo company has 1 to 20,000 lines"),
    (["--lines", "10"], "--lines is for the demo backend: use it with --demo"),
    (["--sync-interval", "0"], "argument --sync-interval: 0 seconds: the interval must be 60 to 86400 seconds"),
])
def test_real_process_exits_2_with_the_message_and_no_traceback(argv, expected, tmp_path):
    result = run_app(*argv, tmp_path=tmp_path)
    assert result.returncode == 2, result.stderr
    assert expected in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_real_process_data_dir_is_a_file(tmp_path):
    a_file = tmp_path / "home.txt"
    a_file.write_text("x")
    result = run_app("--data-dir", str(a_file), tmp_path=tmp_path)
    assert result.returncode == 2
    assert f"argument --data-dir: {a_file} is a file, not a folder" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG user dirs are Linux's")
def test_real_process_unusable_platform_data_dir(tmp_path):
    a_file = tmp_path / "data.txt"
    a_file.write_text("x")
    env = {k: v for k, v in os.environ.items() if k != "WINDTRE_DESKTOP_HOME"}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(a_file), XDG_STATE_HOME=str(tmp_path / "state"))
    result = subprocess.run([sys.executable, "-m", "windtre_desktop"], capture_output=True, text=True,
                            timeout=120, env=env)
    assert result.returncode == 2
    assert "the data folder" in result.stderr and "choose another with --data-dir" in result.stderr
    assert "Traceback" not in result.stderr
