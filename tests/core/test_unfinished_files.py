"""The temporaries of unfinished writes (windtre_desktop/unfinished_files.py, issue 16 "Crashes"): a write is
recorded in the data folder before its temporary exists and forgotten when it ends; at the next start what a
process that died mid-write left in the user's folder is removed, and nothing that is not ours, nothing a live
writer is still writing, and nothing in a folder that refuses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from windtre_desktop import unfinished_files
from windtre_desktop.files import atomic_file

ROOT = Path(__file__).resolve().parents[2]

# a process that starts an export into TARGET, writes part of it, then either dies on the spot (no clean-up of
# any kind, as under kill -9) or, told "wait", says it is writing and finishes when its stdin closes
WRITER = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from windtre_desktop import unfinished_files
    from windtre_desktop.files import atomic_file

    data_dir, target, how = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    unfinished_files.record_in(data_dir)
    with atomic_file(target) as handle:
        handle.write(b"half an export" * 1000)
        handle.flush()
        if how == "die":
            os._exit(9)
        print("WRITING", flush=True)
        sys.stdin.read()
        handle.write(b"the rest")
""")


def _writer(data_dir: Path, target: Path, how: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, str(data_dir), str(target), how], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


def _entries(data_dir: Path) -> list[Path]:
    return sorted((data_dir / unfinished_files.FOLDER_NAME).glob("*.json"))


def _dead_pid() -> int:
    """The id of a process that has ended (and been waited for): a writer gone."""
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _record(data_dir: Path, temporary: Path, target: Path, pid: int, **more) -> Path:
    folder = data_dir / unfinished_files.FOLDER_NAME
    folder.mkdir(exist_ok=True)
    entry = folder / f"{pid}-{len(list(folder.iterdir()))}.json"
    entry.write_text(json.dumps({"temporary": str(temporary), "target": str(target), "pid": pid, **more}))
    return entry


@pytest.fixture
def folders(tmp_path):
    data_dir, documents = tmp_path / "data", tmp_path / "Documenti"
    data_dir.mkdir()
    documents.mkdir()
    yield data_dir, documents
    unfinished_files.record_in(None)


def test_the_temporary_a_crashed_export_left_is_removed_at_the_next_start(folders):
    data_dir, documents = folders
    (documents / "Linee.xlsx").write_bytes(b"last week's export")
    writer = _writer(data_dir, documents / "Linee.xlsx", "die")
    assert writer.wait(60) == 9
    left = [p.name for p in documents.iterdir() if p.name.endswith(".tmp")]
    assert len(left) == 1 and left[0].startswith(".Linee.xlsx.")  # what a crash leaves: the case to clean
    assert len(_entries(data_dir)) == 1
    assert unfinished_files.remove_left_over(data_dir) == 1
    assert sorted(p.name for p in documents.iterdir()) == ["Linee.xlsx"]
    assert (documents / "Linee.xlsx").read_bytes() == b"last week's export"
    assert _entries(data_dir) == []
    assert unfinished_files.remove_left_over(data_dir) == 0  # once is enough


def test_a_write_still_under_way_in_another_process_is_left_alone(folders):
    data_dir, documents = folders
    writer = _writer(data_dir, documents / "Traffico.xlsx", "wait")
    try:
        assert writer.stdout.readline().strip() == "WRITING"
        assert unfinished_files.remove_left_over(data_dir) == 0
        assert len(_entries(data_dir)) == 1
    finally:
        writer.communicate("", timeout=60)
    assert writer.returncode == 0
    assert (documents / "Traffico.xlsx").read_bytes().endswith(b"the rest")
    assert [p.name for p in documents.iterdir()] == ["Traffico.xlsx"]
    assert _entries(data_dir) == []  # forgotten once renamed


def test_a_write_is_recorded_while_it_runs_and_forgotten_when_it_ends_either_way(folders):
    data_dir, documents = folders
    unfinished_files.record_in(data_dir)
    target = documents / "Linee.xlsx"
    with atomic_file(target) as handle:
        (entry,) = _entries(data_dir)
        recorded = json.loads(entry.read_text())
        temporary = Path(recorded["temporary"])
        assert recorded["target"] == str(target) and temporary.parent == documents and temporary.is_file()
        assert unfinished_files.looks_like_ours(temporary, target)
        assert unfinished_files.remove_left_over(data_dir) == 0  # this process's own write goes on
        handle.write(b"ok")
    assert target.read_bytes() == b"ok" and _entries(data_dir) == []
    with pytest.raises(RuntimeError), atomic_file(target) as handle:
        handle.write(b"cancelled")
        raise RuntimeError("the user cancelled the export")
    assert target.read_bytes() == b"ok" and _entries(data_dir) == []
    assert [p.name for p in documents.iterdir()] == ["Linee.xlsx"]


def test_nothing_that_is_not_ours_is_ever_removed(folders, tmp_path):
    data_dir, documents = folders
    target = documents / "Linee.xlsx"
    dead = _dead_pid()
    token = "0123456789abcdef"
    ours = unfinished_files.temporary_name(target, token)
    elsewhere = tmp_path / "Altro"
    elsewhere.mkdir()
    kept = {
        "a file the user named": documents / "Linee.xlsx",
        "another name": documents / ".Fatture.xlsx.0123456789abcdef.tmp",
        "not our random part": documents / ".Linee.xlsx.secret.tmp",
        "our name in another folder": elsewhere / ours,
    }
    for path in kept.values():
        path.write_bytes(b"the user's")
    folder_named_ours = documents / unfinished_files.temporary_name(target, "fedcba9876543210")
    folder_named_ours.mkdir()
    (folder_named_ours / "inside").write_bytes(b"the user's")
    odd = [folder_named_ours]
    if os.name == "posix":  # Windows makes links for administrators only
        link = documents / unfinished_files.temporary_name(target, "00000000000000aa")
        link.symlink_to(kept["a file the user named"])
        odd.append(link)
    for path in (*kept.values(), *odd):
        _record(data_dir, path, target, dead)
    _record(data_dir, Path(ours), target, dead)  # a relative path: never resolved against anything

    assert unfinished_files.remove_left_over(data_dir) == 0
    for why, path in kept.items():
        assert path.read_bytes() == b"the user's", why
    assert (folder_named_ours / "inside").exists() and all(path.exists() or path.is_symlink() for path in odd)
    assert _entries(data_dir) == []  # judged once: nothing of ours was there


def test_a_folder_gone_or_refusing_is_skipped_quietly(folders, tmp_path, monkeypatch):
    data_dir, documents = folders
    dead = _dead_pid()
    gone = tmp_path / "chiavetta" / "Linee.xlsx"  # a USB stick since removed
    _record(data_dir, gone.parent / unfinished_files.temporary_name(gone, "0123456789abcdef"), gone, dead)
    target = documents / "Traffico.xlsx"
    refusing = documents / unfinished_files.temporary_name(target, "fedcba9876543210")
    refusing.write_bytes(b"half")
    _record(data_dir, refusing, target, dead)
    real_unlink = os.unlink

    def read_only_medium(path, *args, **kwargs):
        if Path(path) == refusing:  # root ignores folder rights: the system's refusal is injected here
            raise PermissionError(13, "Read-only file system", str(path))
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", read_only_medium)
    assert unfinished_files.remove_left_over(data_dir) == 0
    assert refusing.exists()
    assert len(_entries(data_dir)) == 1  # kept: the next start tries again
    monkeypatch.setattr(os, "unlink", real_unlink)
    assert unfinished_files.remove_left_over(data_dir) == 1
    assert not refusing.exists() and _entries(data_dir) == []


def test_an_entry_cut_short_by_the_crash_is_dropped(folders):
    data_dir, _documents = folders
    folder = data_dir / unfinished_files.FOLDER_NAME
    folder.mkdir()
    (folder / "1-cut.json").write_bytes(b'{"temporary": "/ho')
    assert unfinished_files.remove_left_over(data_dir) == 0
    assert _entries(data_dir) == []
    nowhere = data_dir / "nowhere"
    assert unfinished_files.remove_left_over(nowhere) == 0 and not nowhere.exists()  # never used: nothing


def test_an_entry_of_another_computer_sharing_the_data_folder_is_never_judged_here(folders):
    """Its process id means nothing on this computer: its temporary (maybe still being written there) stays, and
    so does its entry, for that computer's next start."""
    import socket

    data_dir, documents = folders
    target = documents / "Linee.xlsx"
    temporary = documents / unfinished_files.temporary_name(target, "0123456789abcdef")
    temporary.write_bytes(b"half an export")
    gone = _dead_pid()
    entry = _record(data_dir, temporary, target, gone, host=socket.gethostname() + "-other")
    assert unfinished_files.remove_left_over(data_dir) == 0
    assert temporary.exists() and entry.exists()
    entry.unlink()
    _record(data_dir, temporary, target, gone, host=socket.gethostname())  # the same entry, made here
    assert unfinished_files.remove_left_over(data_dir) == 1
    assert not temporary.exists()
