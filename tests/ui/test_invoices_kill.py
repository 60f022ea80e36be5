"""kill -9 in the middle of "Scarica tutto" (R-40): no partial or unrecorded file is ever presented, every
recorded file verifies against its sha256, and after a restart the download resumes with what is missing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import httpx
import pytest

from tests.ui.conftest import sign_in
from windtre_desktop.domain.roles import Section
from windtre_desktop.paths import AppPaths
from windtre_desktop.store.database import Store
from windtre_desktop.store.invoice_archive import InvoiceArchive
from windtre_desktop.sync.invoice_downloads import load_queue

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX; Windows runs the other tests")


def download_then_kill(url: str, home: Path, after_files: int) -> int:
    """Runs the app until `after_files` files are archived, then kills it while the next is on its way."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
               PYTHONPATH=str(ROOT))
    process = subprocess.Popen([sys.executable, "-m", "tests.support.invoice_downloader", url, str(home)],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)
    watchdog = threading.Timer(90, process.kill)  # a hung app must not hang the test run
    watchdog.start()
    total = 0
    try:
        for line in process.stdout:
            if line.startswith("STARTING"):
                total = int(line.split()[1])
            if line.strip() == f"ARCHIVED {after_files}":
                break
        else:
            raise AssertionError("the app ended before archiving the files")
    finally:
        watchdog.cancel()
        process.send_signal(signal.SIGKILL)  # mid-request of the next file: no clean-up, as in a crash
        process.wait(10)
    return total


def test_killed_mid_download_nothing_partial_is_shown_and_it_resumes(qtbot, fresh_sandbox, make_controller,
                                                                     data_home):
    # every file takes a while, so the kill lands while one is being fetched
    httpx.post(f"{fresh_sandbox.url}/sandbox/faults", json={"mode": "latency", "latencyMs": 120, "count": -1,
                                                            "pathPrefix": "/api/v1/invoices/"}).raise_for_status()
    invoices = download_then_kill(fresh_sandbox.url, data_home, after_files=5)
    httpx.delete(f"{fresh_sandbox.url}/sandbox/faults").raise_for_status()
    assert invoices >= 24

    db = AppPaths.default(data_home).profile_db("kill-test", "admin.demo")
    with Store(db) as store:
        archive = InvoiceArchive(store, db.parent)
        present = archive.present()
        recorded = [(i, k) for i, kinds in present.items() for k in kinds]
        assert len(recorded) >= 5
        assert all(archive.verify(i, k) == "ok" for i, k in recorded)  # never a damaged file taken for good
        on_disk = [p for p in archive.root.rglob("*") if p.is_file()]
        unrecorded = [p for p in on_disk if not any(archive.path(i, k) == p for i, k in recorded)]
        assert all(p.name.startswith(".part-") for p in unrecorded)  # leftovers are temp files only
        queue = {(r.invoice_id, r.kind) for r in load_queue(store)}
        listing = archive.listing()
        missing = {(i["id"], k) for i in listing for k in ("pdf", "fatturapa")} - set(recorded)
        assert len(listing) == invoices and missing <= queue  # the queue still holds every missing file

    controller = make_controller(fresh_sandbox.url)  # the restart, on the same data dir
    controller.profile_key = "kill-test"
    controller.start()
    assert sign_in(qtbot, controller, timeout=40000) is True
    controller.window.show_section(Section.ACCOUNT_BILLING)
    view = controller.window.section_widget(Section.ACCOUNT_BILLING).invoices
    qtbot.waitUntil(lambda: view.model.rowCount() >= 24, timeout=15000)
    assert not list(archive.root.rglob(".part-*"))  # temp files cleared when the archive is opened
    # the button counts what is still missing, not the queue saved when the killed batch started
    assert not view.resume_button.isHidden() and f"({len(missing)} " in view.resume_button.text()
    with qtbot.waitSignal(controller.invoice_flows.downloadFinished, timeout=60000) as finished:
        view.resume_button.click()
    assert finished.args[0].done == len(missing) and finished.args[0].failed == []  # nothing fetched twice
    assert all(view.model.is_downloaded(i) for i in view.model.invoices)
