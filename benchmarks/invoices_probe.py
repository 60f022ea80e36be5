"""Conto → Fatture, measured through the app's own code. Prints `key value` lines.

    invoices_probe.py app URL        sign in on a fresh data dir, open Conto → Fatture, time "Scarica tutto"
                                     (click → downloadFinished, the DownloadWorker in the network thread), then
                                     time opening an archived PDF (invoice_flows.open → firstPagePainted)
                                     against a bare QPdfView painting the same bytes, interleaved
    invoices_probe.py fatturapa URL  the largest FatturaPA test file loaded and rendered to HTML as the viewer
                                     does, against a plain lxml parse of the same bytes (no Qt)
"""

from __future__ import annotations

import csv
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ADMIN = ("admin.demo", "Demo2026!")
OPENS = 7
RENDERS = 50
TESTDATA = Path("/work/shared/testdata/fatturapa")


def say(key: str, value) -> None:
    print(f"{key} {value}", flush=True)


# --- Scarica tutto, then open ---------------------------------------------------------------------------------

def run_app(url: str) -> int:
    from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, QTimer
    from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer
    from PySide6.QtPdfWidgets import QPdfView
    from PySide6.QtWidgets import QApplication

    from tests.support.memory_keyring import MemoryKeyring
    from windtre_desktop.domain.roles import Section
    from windtre_desktop.flows.controller import AppController
    from windtre_desktop.i18n.translations import Translations
    from windtre_desktop.logging_setup import setup_logging
    from windtre_desktop.paths import AppPaths
    from windtre_desktop.secrets import TokenVault
    from windtre_desktop.widgets import theme

    app = QApplication(sys.argv[:1])
    Translations(app).install("it")
    theme.apply(app, "light")
    home = Path(tempfile.mkdtemp(prefix="windtre-bench-inv-"))  # fresh: nothing archived yet
    paths = AppPaths.default(home)
    setup_logging(paths.log_dir)  # as the app does: every request is a log line
    controller = AppController(paths=paths, vault=TokenVault(MemoryKeyring()), server_url=url, profile_key=url,
                               language="it", timeout=60)
    window = controller.window
    window.show()
    controller.start()
    flows = controller.invoice_flows
    state: dict = {}

    def fail(text: str) -> None:
        say("error", text)
        app.exit(1)

    def signed_in(ok: bool) -> None:
        controller.syncSettled.disconnect(signed_in)
        if not ok:
            return fail("sync")
        window.show_section(Section.ACCOUNT_BILLING)
        state["view"] = window.section_widget(Section.ACCOUNT_BILLING).invoices
        wait_for_listing()

    def wait_for_listing() -> None:  # a fresh store has no saved listing: rows mean the server's answer is in
        if state["view"].model.rowCount() == 0:
            QTimer.singleShot(20, wait_for_listing)
            return
        QTimer.singleShot(200, download_all)  # let the list settle and paint

    def download_all() -> None:
        view = state["view"]
        state["invoices"] = len(view.shown_invoices())
        state["listed"] = view.model.rowCount()
        flows.downloadFinished.connect(downloaded)
        state["t0"] = time.perf_counter()
        view.download_all_button.click()

    def downloaded(report) -> None:
        seconds = time.perf_counter() - state["t0"]
        flows.downloadFinished.disconnect(downloaded)
        if report.failed or report.stopped is not None or report.cancelled:
            return fail(f"download {report}")
        archive = flows.archive()
        say("invoices", state["invoices"])
        say("listed", state["listed"])
        say("files", report.done)
        say("bytes", sum(size for size, _sha in (archive.recorded(i["id"], k) for i in archive.listing()
                                                   for k in ("pdf", "fatturapa"))))
        say("bulk_s", seconds)
        # the invoice with the largest PDF: the worst case of what a user opens
        state["invoice"] = max(archive.listing(), key=lambda i: i["pdf"]["size"])
        state["data"] = archive.read_verified(state["invoice"]["id"], "pdf")
        state["app_ms"], state["bare_ms"] = [], []
        QTimer.singleShot(300, next_open)

    def next_open() -> None:
        if len(state["bare_ms"]) == OPENS:
            return finish()
        if len(state["app_ms"]) == len(state["bare_ms"]):
            open_in_app()
        else:
            open_bare()

    def open_in_app() -> None:
        def shown(pdf_window) -> None:
            flows.pdfShown.disconnect(shown)
            state["window"] = pdf_window
            pdf_window.viewer.firstPagePainted.connect(painted)

        def painted() -> None:
            state["app_ms"].append((time.perf_counter() - start) * 1000)
            viewport = state["window"].viewer.view.viewport()
            state["viewport"] = (viewport.width(), viewport.height())
            state["pages"] = state["window"].viewer.document.pageCount()
            state.pop("window").close()  # WA_DeleteOnClose
            QTimer.singleShot(100, next_open)

        flows.pdfShown.connect(shown)
        start = time.perf_counter()
        flows.open(state["invoice"], "pdf")  # re-hash, read, PdfWindow, load, show

    def open_bare() -> None:
        # Baseline: a bare QPdfView on a QPdfDocument loaded from the bytes already in memory (no hash, no
        # read, no toolbar, no window around it), same page and zoom mode and viewport size as the app's.
        # It stops at the same moment as the viewer's firstPagePainted: the first paint of the viewport after
        # QPdfView's page renderer delivered a page image (a grab() would paint the still blank page and
        # measure less than the app waits for), then a queued call, as the viewer emits it.
        start = time.perf_counter()
        view = QPdfView()
        view.resize(*state["viewport"])
        document = QPdfDocument()
        array = QByteArray(state["data"])
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document.load(buffer)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setDocument(document)
        renderer = view.findChild(QPdfPageRenderer)
        rendered = [renderer is None]
        if renderer is not None:
            renderer.pageRendered.connect(lambda *_: rendered.__setitem__(0, True))

        class FirstPaint(QObject):
            def eventFilter(self, _watched, event):  # noqa: N802 - Qt naming
                if (event.type() == QEvent.Type.Paint and rendered[0] and not done
                        and document.status() == QPdfDocument.Status.Ready):
                    done.append(True)
                    QTimer.singleShot(0, finished)
                return False

        def finished() -> None:
            state["bare_ms"].append((time.perf_counter() - start) * 1000)
            view.viewport().removeEventFilter(watcher)
            view.close()
            view.deleteLater()  # as the app's window is (WA_DeleteOnClose); its document outlives it, see below
            QTimer.singleShot(100, next_open)

        done: list[bool] = []
        watcher = FirstPaint(view)
        view.viewport().installEventFilter(watcher)
        # The document, and the buffer it reads from, outlive the view: with the document a child of the view,
        # deleting the view crashed (QPdfView does not own its document, the viewer's is its sibling)
        state.setdefault("bare_kept", []).append((document, array, buffer))
        view.show()

    def finish() -> None:
        say("open_invoice", state["invoice"]["id"])
        say("open_pdf_bytes", len(state["data"]))
        say("open_pdf_pages", state["pages"])
        say("open_viewport", "x".join(map(str, state["viewport"])))
        say("open_ms_median", statistics.median(state["app_ms"]))
        say("open_ms_first", state["app_ms"][0])  # the first PdfWindow of the process: its imports too
        say("bare_open_ms_median", statistics.median(state["bare_ms"]))
        app.quit()

    controller.syncSettled.connect(signed_in)
    controller.service.worker.loginFailed.connect(lambda f: fail(f"login {f.kind}"))
    window.login_view.fill(*ADMIN)
    window.login_view.submit.click()
    watchdog = QTimer(singleShot=True, interval=300_000)
    watchdog.timeout.connect(lambda: fail("timeout"))
    watchdog.start()
    code = app.exec()
    controller.shutdown()
    shutil.rmtree(home, ignore_errors=True)
    return code


# --- FatturaPA rendering -------------------------------------------------------------------------------------

def largest_fatturapa(url: str) -> tuple[str, bytes, str]:
    """(name, bytes, source): the largest file of the shared test data that should load, else the largest file
    the sandbox generates."""
    expected = TESTDATA / "EXPECTED.tsv"
    if expected.is_file():
        with expected.open(encoding="utf-8", newline="") as f:
            good = [row["filename"] for row in csv.DictReader(f, delimiter="\t") if row["expected"] == "ok"]
        files = [TESTDATA / name for name in good
                 if (TESTDATA / name).is_file() and name.lower().endswith((".xml", ".p7m"))]
        if files:
            path = max(files, key=lambda p: p.stat().st_size)
            return path.name, path.read_bytes(), "shared testdata"
    import httpx

    with httpx.Client(base_url=url, timeout=60) as http:
        token = http.post("/api/v1/login/credentials", json={"username": ADMIN[0], "password": ADMIN[1],
                                                             "rememberMe": False}).headers["X-W3-Token"]
        headers = {"X-W3-Token": token}
        invoices = http.get("/api/v1/invoices", headers=headers).json()["data"]
        biggest = max(invoices, key=lambda i: i["fatturapa"]["size"])
        data = http.get(f"/api/v1/invoices/{biggest['id']}/fatturapa", headers=headers).content
        return biggest["fatturapa"]["filename"], data, "sandbox (shared testdata absent)"


def run_fatturapa(url: str) -> int:
    from lxml import etree

    from windtre_desktop.invoices.fatturapa import _unwrap, load_fatturapa, render_html

    name, data, source = largest_fatturapa(url)
    xml, signed = _unwrap(data)  # a .p7m: the baseline parses the XML inside, taken out once, untimed
    start = time.perf_counter()
    render_html(load_fatturapa(data), "it")  # the first one also compiles the XSLT stylesheet
    cold_ms = (time.perf_counter() - start) * 1000
    render_ms, parse_ms = [], []
    for _ in range(RENDERS):  # interleaved, so a busy moment of the machine hits both
        start = time.perf_counter()
        html = render_html(load_fatturapa(data), "it")
        render_ms.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        etree.fromstring(xml)
        parse_ms.append((time.perf_counter() - start) * 1000)
    say("fatturapa_file", name)
    say("fatturapa_bytes", len(data))
    say("fatturapa_source", source)
    say("fatturapa_signed", int(signed))
    say("html_chars", len(html))
    say("render_cold_ms", cold_ms)
    say("render_ms_median", statistics.median(render_ms))
    say("parse_ms_median", statistics.median(parse_ms))
    return 0


if __name__ == "__main__":
    mode, server = sys.argv[1], sys.argv[2]
    sys.exit(run_app(server) if mode == "app" else run_fatturapa(server))
