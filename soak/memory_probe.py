"""Where the endurance soak's memory goes: `python -m soak.memory_probe [--lines 10000] [--syncs 20]
[--tracemalloc]`. In this process, as the endurance app does it (offscreen, GUI-thread collector, Italian, a
sandbox with an N-line company in its own process), it signs in, lets the first full sync land, shows every
section once (idling after each so that its lists load), opens the command palette, then syncs N times with
the sandbox's data moved in between (soak.sandbox_churn) while the sections are visited again, and at the end
calls malloc_trim(0) (with --trim-each-sync, after every sync too). After each step it prints one line: RSS, the C heap in use and kept free by malloc (and
its arena count, and SQLite's share: soak.native_memory, glibc only), Python's allocated blocks and, with
--tracemalloc, the Python heap and the allocation sites that grew most during the step.

tracemalloc makes the app slower and its own bookkeeping is in the RSS: read RSS figures from a run without it."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.support.memory_keyring.MemoryKeyring")

import psutil  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.support import ADMIN, SandboxProcess  # noqa: E402
from soak import native_memory  # noqa: E402
from soak.qt_wait import wait_until  # noqa: E402
from soak.sandbox_churn import SandboxChurn  # noqa: E402
from windtre_desktop.domain.roles import Section  # noqa: E402
from windtre_desktop.flows.controller import AppController  # noqa: E402
from windtre_desktop.i18n.translations import Translations  # noqa: E402
from windtre_desktop.paths import AppPaths  # noqa: E402
from windtre_desktop.widgets import theme  # noqa: E402
from windtre_desktop.widgets.gui_collector import GuiThreadCollector  # noqa: E402

SETTLE_MS = 1500  # after a step: its lists load, paints and deferred deletes land
TOP_SITES = 6


class Probe:
    def __init__(self, args: argparse.Namespace, data_dir: Path, url: str) -> None:
        self.args = args
        self.process = psutil.Process()
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        GuiThreadCollector(self.app)
        Translations(self.app).install("it")
        theme.apply(self.app, "light")
        self.controller = AppController(paths=AppPaths.default(data_dir), server_url=url, profile_key="probe",
                                        language="it", timeout=60)
        self.window = self.controller.window
        self.window.resize(1280, 800)
        self.settled = 0
        self.trim_ms: list[float] = []
        self._previous_rss = self.process.memory_info().rss
        self._previous_trace = tracemalloc.take_snapshot() if tracemalloc.is_tracing() else None

    def measure(self, step: str) -> None:
        rss = self.process.memory_info().rss
        heap = native_memory.reading()
        fields = [f"rss {rss / 2**20:7.1f} MB ({(rss - self._previous_rss) / 2**20:+6.1f})"]
        if heap is not None:
            fields.append(f"c-heap in use {heap.in_use_mb:6.1f} free {heap.free_mb:6.1f} arenas {heap.arenas}")
            if heap.sqlite_mb is not None:
                fields.append(f"sqlite {heap.sqlite_mb:5.1f}")
        fields.append(f"py blocks {sys.getallocatedblocks() / 1000:7.1f}k")
        if tracemalloc.is_tracing():
            fields.append(f"py heap {tracemalloc.get_traced_memory()[0] / 2**20:6.1f} MB")
        print(f"{step:<28} " + " | ".join(fields), flush=True)
        self._previous_rss = rss
        if self._previous_trace is not None:
            now = tracemalloc.take_snapshot().filter_traces(
                [tracemalloc.Filter(False, tracemalloc.__file__), tracemalloc.Filter(False, "<frozen *>")])
            for stat in now.compare_to(self._previous_trace, "lineno")[:TOP_SITES]:
                if abs(stat.size_diff) >= 256 * 1024:
                    frame = stat.traceback[0]
                    print(f"    {stat.size_diff / 2**20:+6.1f} MB {stat.count_diff:+8d} blocks "
                          f"{_short(frame.filename)}:{frame.lineno}", flush=True)
            self._previous_trace = now

    def idle(self, ms: int = SETTLE_MS) -> None:
        QTest.qWait(ms)
        if self.controller._services is not None:
            wait_until(lambda: not self.controller.service.busy, 600, "the sync under way")

    def sync(self) -> None:
        before = self.settled
        self.controller.refresh()
        wait_until(lambda: self.settled > before, 600, "a sync")

    def run(self, churn: SandboxChurn) -> None:
        self.window.show()
        self.controller.start()
        self.idle()
        self.measure("launched")
        self.controller.syncSettled.connect(self._on_settled)
        login = self.window.login_view
        login.fill(*ADMIN)
        login.remember.setChecked(True)
        login.submit.click()
        wait_until(lambda: self.settled > 0, 900, "the first sync")
        self.idle(2000)
        self.measure("first sync")
        sections = [s for s in self.window.visible_sections() if s is not Section.DASHBOARD]
        for section in sections:
            self.window.show_section(section)
            self.idle()
            self.measure(f"show {section}")
        self._palette()
        self.window.show_section(Section.DASHBOARD)
        self.idle()
        self.measure("warm (dashboard)")
        for number in range(1, self.args.syncs + 1):
            churn.round()
            section = sections[number % len(sections)]
            self.window.show_section(section)
            self.sync()
            self.idle(300)
            if self.args.trim_each_sync:
                started = time.perf_counter()
                native_memory.trim()
                self.trim_ms.append((time.perf_counter() - started) * 1000)
            if number % 5 == 0 or number == self.args.syncs:
                self.window.show_section(Section.DASHBOARD)
                self.idle()
                self.measure(f"sync {number} (last: {section})")
        if self.trim_ms:
            print(f"malloc_trim(0) after each sync: max {max(self.trim_ms):.1f} ms, "
                  f"mean {sum(self.trim_ms) / len(self.trim_ms):.1f} ms", flush=True)
        started = time.perf_counter()
        if native_memory.trim():
            self.measure(f"malloc_trim(0) {(time.perf_counter() - started) * 1000:.0f} ms")
        self.controller.shutdown()

    def _palette(self) -> None:
        palette = self.controller.palette_flows.open()
        self.idle()
        self.measure("palette open")
        if palette is not None:
            for text in ("fatt", "traffico", "3"):
                palette.field.setText(text)
                QTest.qWait(50)
            palette.close()
        self.idle()
        self.measure("palette typed, closed")

    def _on_settled(self, ok: bool) -> None:
        if not ok:
            raise RuntimeError("a sync failed")
        self.settled += 1


def _short(path: str) -> str:
    marker = "windtre_desktop" + os.sep
    return path[path.index(marker):] if marker in path else path[-60:]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--syncs", type=int, default=20, help="syncs after the first round (default 20)")
    parser.add_argument("--tracemalloc", action="store_true", help="the Python heap and its growing sites")
    parser.add_argument("--trim-each-sync", action="store_true",
                        help="malloc_trim(0) after each sync has been shown (does it hold the RSS down, at what cost)")
    args = parser.parse_args(argv)
    if args.tracemalloc:
        tracemalloc.start(1)
    started = time.monotonic()
    with SandboxProcess(args.lines) as sandbox, tempfile.TemporaryDirectory(prefix="windtre-memory-") as tmp:
        churn = SandboxChurn(sandbox.url, 100)
        try:
            Probe(args, Path(tmp), sandbox.url).run(churn)
        finally:
            churn.close()
    print(f"probe done in {time.monotonic() - started:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
