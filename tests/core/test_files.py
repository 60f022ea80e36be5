"""windtre_desktop.files on real files: the exact bytes with the usual rights, and after any failure (a write
cut short by the file-size limit, an exception in the writer, a rename refused) the previous file untouched
and no temporary file left behind; the same for atomic_file, which a streaming writer writes through."""

from __future__ import annotations

import os
import resource
import signal
import stat
from pathlib import Path

import pytest

from windtre_desktop.files import atomic_file, current_umask, write_atomically

DATA = bytes(range(256)) * 40  # every byte value, 10 KB


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask():
    """Sets a umask for the test and restores the previous one."""
    previous = os.umask(0o022)
    os.umask(previous)

    def set_umask(mask: int) -> None:
        os.umask(mask)

    yield set_umask
    os.umask(previous)


@pytest.fixture
def file_size_limit():
    """Makes writes beyond `limit` bytes fail with EFBIG (as a full disk would fail them) for the test."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the error, not the signal that kills

    def limit(size: int) -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, hard))

    yield limit
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    signal.signal(signal.SIGXFSZ, handler)


def test_writes_the_exact_bytes_readable_by_others_and_leaves_nothing_else(tmp_path, umask):
    umask(0o022)
    target = tmp_path / "fattura.pdf"
    write_atomically(target, DATA)
    assert target.read_bytes() == DATA
    assert mode(target) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == ["fattura.pdf"]

    target.write_bytes(b"an older file")
    write_atomically(str(target), b"")  # a str path, an empty file: replaced all the same
    assert target.read_bytes() == b""
    assert [p.name for p in tmp_path.iterdir()] == ["fattura.pdf"]


def test_the_rights_follow_the_umask(tmp_path, umask):
    umask(0o077)
    assert current_umask() == 0o077
    write_atomically(tmp_path / "private.csv", DATA)
    assert mode(tmp_path / "private.csv") == 0o600
    umask(0o027)
    write_atomically(tmp_path / "group.xlsx", DATA)
    assert mode(tmp_path / "group.xlsx") == 0o640


def test_a_write_cut_short_leaves_the_previous_file_and_no_temporary_one(tmp_path, file_size_limit):
    target = tmp_path / "dettaglio.csv"
    target.write_bytes(b"the previous file")
    file_size_limit(1000)
    with pytest.raises(OSError) as failure:
        write_atomically(target, DATA)  # 10 KB: the write stops at 1000 bytes
    file_size_limit(resource.RLIM_INFINITY)
    assert failure.value.errno is not None
    assert target.read_bytes() == b"the previous file"
    assert [p.name for p in tmp_path.iterdir()] == ["dettaglio.csv"]


def test_an_exception_mid_write_leaves_the_previous_file_and_no_temporary_one(tmp_path):
    target = tmp_path / "ricariche.xlsx"
    target.write_bytes(b"the previous export")
    with pytest.raises(TypeError):
        write_atomically(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["ricariche.xlsx"]


def test_a_refused_rename_or_a_missing_folder_changes_nothing(tmp_path):
    folder_in_the_way = tmp_path / "copy.pdf"
    folder_in_the_way.mkdir()
    with pytest.raises(IsADirectoryError):
        write_atomically(folder_in_the_way, DATA)
    assert folder_in_the_way.is_dir() and not any(folder_in_the_way.iterdir())
    assert [p.name for p in tmp_path.iterdir()] == ["copy.pdf"]

    with pytest.raises(FileNotFoundError):
        write_atomically(tmp_path / "missing" / "copy.pdf", DATA)
    assert [p.name for p in tmp_path.iterdir()] == ["copy.pdf"]



def test_atomic_file_streams_into_the_target_with_the_usual_rights(tmp_path, umask):
    umask(0o027)
    target = tmp_path / "traffico.xlsx"
    target.write_bytes(b"an older export")
    with atomic_file(target) as handle:
        for start in range(0, len(DATA), 1000):  # written piece by piece, as a streaming writer does
            handle.write(DATA[start:start + 1000])
        assert target.read_bytes() == b"an older export"  # nothing replaced before the block ends
        assert len(list(tmp_path.iterdir())) == 2  # the temporary file sits next to the target
    assert target.read_bytes() == DATA
    assert mode(target) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["traffico.xlsx"]


def test_atomic_file_left_by_an_exception_changes_nothing(tmp_path):
    class Cancelled(Exception):
        pass

    target = tmp_path / "traffico.xlsx"
    target.write_bytes(b"the previous export")
    with pytest.raises(Cancelled):
        with atomic_file(target) as handle:
            handle.write(DATA)
            raise Cancelled
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["traffico.xlsx"]

    with pytest.raises(KeyboardInterrupt):  # not only Exception: an interrupt cleans up too
        with atomic_file(tmp_path / "new.xlsx") as handle:
            handle.write(DATA)
            raise KeyboardInterrupt
    assert [p.name for p in tmp_path.iterdir()] == ["traffico.xlsx"]


def test_atomic_file_cut_short_by_a_full_disk_leaves_nothing(tmp_path, file_size_limit):
    target = tmp_path / "traffico.xlsx"
    file_size_limit(1000)
    with pytest.raises(OSError):
        with atomic_file(target) as handle:
            handle.write(DATA)
            handle.flush()
    file_size_limit(resource.RLIM_INFINITY)
    assert list(tmp_path.iterdir()) == []
