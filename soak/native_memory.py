"""What the C heap of this process holds, where glibc can tell (Linux): bytes handed out and bytes kept free in
malloc's arenas (mallinfo2), the number of arenas (malloc_info), SQLite's own heap, and `trim()` to give the
free pages back (malloc_trim). Elsewhere every reading is None: the memory probe then reports RSS alone."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import tempfile
from dataclasses import dataclass


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]


@dataclass(frozen=True)
class HeapReading:
    in_use_mb: float  # malloc'd and not freed, arenas and mmap'd blocks
    free_mb: float  # free inside the arenas: pages malloc keeps (fragmentation, or room for the next burst)
    arenas: int | None
    sqlite_mb: float | None


def _libc() -> ctypes.CDLL | None:
    if os.name != "posix":
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallinfo2.restype = _MallInfo2
        libc.fopen.restype = ctypes.c_void_p  # a pointer: the default int would cut it to 32 bits
        libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
        libc.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
        libc.fclose.argtypes = [ctypes.c_void_p]
        return libc
    except (OSError, AttributeError):  # not glibc (macOS, musl): no mallinfo2
        return None


def _sqlite() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("sqlite3")
    if name is None:
        return None
    try:
        library = ctypes.CDLL(name)  # the one _sqlite3 links to, already loaded: the same counters
        library.sqlite3_memory_used.restype = ctypes.c_int64
        return library
    except (OSError, AttributeError):
        return None


_LIBC = _libc()
_SQLITE = _sqlite()


def reading() -> HeapReading | None:
    if _LIBC is None:
        return None
    info = _LIBC.mallinfo2()
    sqlite_mb = _SQLITE.sqlite3_memory_used() / 2**20 if _SQLITE is not None else None
    return HeapReading(in_use_mb=(info.uordblks + info.hblkhd) / 2**20, free_mb=info.fordblks / 2**20,
                       arenas=_arena_count(), sqlite_mb=sqlite_mb)


def _arena_count() -> int | None:
    """malloc_info writes one <heap> per arena."""
    with tempfile.NamedTemporaryFile("w+", suffix=".xml") as out:
        handle = _LIBC.fopen(out.name.encode(), b"w")
        if not handle:
            return None
        _LIBC.malloc_info(0, handle)
        _LIBC.fclose(handle)
        return len(re.findall(r"<heap nr=", out.read()))


def trim() -> bool:
    """malloc_trim(0): the free pages of every arena back to the system; False where there is no glibc."""
    if _LIBC is None:
        return False
    _LIBC.malloc_trim(0)
    return True
