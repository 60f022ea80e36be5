"""What the endurance soak measures of the app process from outside, with psutil: resident memory, open
files, file descriptors (POSIX) or handles (Windows), and OS threads."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

import psutil


@dataclass(frozen=True)
class ProcessSample:
    rss_mb: float
    open_files: int
    fds: int | None  # POSIX only
    handles: int | None  # Windows only
    threads: int
    thread_names: tuple[str, ...] | None  # the OS's names of the threads, where it tells them (Linux)

    def as_dict(self) -> dict:
        return asdict(self)


def sample(pid: int) -> ProcessSample:
    process = psutil.Process(pid)
    with process.oneshot():
        return ProcessSample(
            rss_mb=process.memory_info().rss / 2**20,
            open_files=len(process.open_files()),
            fds=process.num_fds() if hasattr(process, "num_fds") else None,
            handles=process.num_handles() if hasattr(process, "num_handles") else None,
            threads=process.num_threads(),
            thread_names=_thread_names(pid),
        )


def _thread_names(pid: int) -> tuple[str, ...] | None:
    """Linux names each thread in /proc (Qt names its threads there: "QThread", "Thread (pooled)", ...)."""
    names = []
    try:
        for task in Path(f"/proc/{pid}/task").iterdir():
            names.append((task / "comm").read_text(encoding="utf-8", errors="replace").strip())
    except OSError:  # not Linux, or a thread that ended while being read
        return None
    return tuple(sorted(names))
