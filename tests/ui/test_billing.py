"""Conto → Fatture (R-40…R-42) against the real sandbox: 24 months listed and filtered, the fiscal notice with
PEC and CID; downloads into the archive (one, several, all) with progress, cancel and resume; a damaged file
flagged and fetched again, never shown; the archive readable offline; call detail; share by e-mail."""

from __future__ import annotations

import hashlib

import httpx
import pytest
import shiboken6
from PySide6.QtWidgets import QPushButton

from tests.ui.conftest import ADMIN, CLOSED_PORT_URL, sign_in
from windtre_desktop.domain.roles import Section
from windtre_desktop.store.invoice_archive import InvoiceArchive
from windtre_desktop.sync.invoice_downloads import load_queue


def fault(url: str, **body) -> None:
    httpx.post(f"{url}/sandbox/faults", json={"count": -1, "pathPrefix": "/api/v1/invoices/", **body}).raise_for_status()


def clear_faults(url: str) -> None:
    httpx.delete(f"{url}/sandbox/faults").raise_for_status()


def open_billing(qtbot, controller):
    controller.window.show_section(Section.ACCOUNT_BILLING)
    section = controller.window.section_widget(Section.ACCOUNT_BILLING)
    view = section.invoices
    qtbot.waitUntil(lambda: view.model.rowCount() >= 24, timeout=15000)
    return section, view


@pytest.fixture
def billing(qtbot, fresh_sandbox, make_controller):
    controller = make_controller(fresh_sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    section, view = open_billing(qtbot, controller)
    return controller, view


def archive_of(controller) -> InvoiceArchive:
    return controller.invoice_flows.archive()


def download(qtbot, controller, invoices, timeout=60000):
    with qtbot.waitSignal(controller.invoice_flows.downloadFinished, timeout=timeout) as blocker:
        controller.invoice_flows.download(invoices)
    return blocker.args[0]


def select_rows(view, rows) -> None:
    from PySide6.QtCore import QItemSelectionModel

    selection = view.table.selectionModel()
    selection.clearSelection()
    selection.setCurrentIndex(view.proxy.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    for row in rows:
        selection.select(view.proxy.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_listed_filtered_with_the_fiscal_notice(billing):
    controller, view = billing
    company = controller.snapshot.company
    assert company.pec in view.fiscal_notice.text() and company.sdi_code in view.fiscal_notice.text()
    kinds = {invoice["kind"] for invoice in view.model.invoices}
    assert kinds == {"service", "device"}  # device invoices included
    view.kind.setCurrentIndex(view.kind.findData("device"))
    shown = [i["number"] for i in view.shown_invoices()]
    assert sorted(shown) == sorted(i["number"] for i in view.model.invoices if i["kind"] == "device")
    view.kind.setCurrentIndex(0)

    amounts = sorted(int(i["amountCents"]) for i in view.model.invoices)
    middle = amounts[len(amounts) // 2]
    view.min_amount.setValue(middle / 100)
    assert view.shown_invoices() and all(int(i["amountCents"]) >= middle - 50 for i in view.shown_invoices())
    view.min_amount.setValue(0)
    view.max_amount.setValue(middle / 100)
    assert view.shown_invoices() and all(int(i["amountCents"]) <= middle + 50 for i in view.shown_invoices())
    view.max_amount.setValue(0)
    assert len(view.shown_invoices()) == view.model.rowCount()
    # the listing is kept in the store, as the server sent it
    assert [i["id"] for i in archive_of(controller).listing()] == [i["id"] for i in view.model.invoices]


def test_several_downloaded_into_the_archive_and_marked(qtbot, billing):
    controller, view = billing
    select_rows(view, [0, 1, 2])
    with qtbot.waitSignal(controller.invoice_flows.downloadFinished, timeout=30000) as blocker:
        view.download_button.click()
    report = blocker.args[0]
    assert (report.done, report.failed, report.cancelled, report.remaining) == (6, [], False, 0)
    chosen = view.model.invoices[:3]
    archive = archive_of(controller)
    for invoice in chosen:
        assert archive.verify(invoice["id"], "pdf") == "ok" and archive.verify(invoice["id"], "fatturapa") == "ok"
        assert archive.recorded(invoice["id"], "pdf")[1] == invoice["pdf"]["sha256"]  # what the server announced
        assert view.model.is_downloaded(invoice)
    assert not view.model.is_downloaded(view.model.invoices[3])
    column = view.model.COLUMNS.index("archive")
    assert view.proxy.index(0, column).data() != view.proxy.index(3, column).data()
    assert "6" in view.status.text() and "· 3 " in view.summary.text()  # files archived; invoices downloaded
    assert view.tr("%1 invoices downloaded", "", 3).replace("%1", "3") in view.summary.text()
    view.only_downloaded.setChecked(True)
    assert {i["id"] for i in view.shown_invoices()} == {i["id"] for i in chosen}
    # asked again: nothing to fetch
    controller.invoice_flows.download(chosen)
    assert view.cancel_button.isHidden()


def test_download_all_cancel_then_resume(qtbot, fresh_sandbox, billing):
    controller, view = billing
    total = len(view.shown_invoices())
    fault(fresh_sandbox.url, mode="latency", latencyMs=150, pathPrefix="/api/v1/invoices/")
    progress = []
    controller.service.downloads.progress.connect(lambda done, all_, *_: progress.append((done, all_)))
    with qtbot.waitSignal(controller.invoice_flows.downloadFinished, timeout=60000) as blocker:
        view.download_all_button.click()
        assert not view.cancel_button.isHidden() and not view.progress.isHidden()
        qtbot.waitUntil(lambda: len(progress) >= 3, timeout=20000)
        view.cancel_button.click()
    report = blocker.args[0]
    assert report.cancelled and 3 <= report.done < 2 * total
    assert progress[0] == (1, 2 * total) and progress[-1][0] == report.done
    assert view.progress.isHidden() and view.cancel_button.isHidden()
    archive = archive_of(controller)
    assert sum(len(kinds) for kinds in archive.present().values()) == report.done
    clear_faults(fresh_sandbox.url)

    archived = report.done
    report = download(qtbot, controller, view.shown_invoices())  # "Scarica tutto" again: only what is missing
    assert report.done == 2 * total - archived and report.failed == []
    assert all(view.model.is_downloaded(i) for i in view.model.invoices)


def test_an_outage_keeps_the_queue_and_resume_finishes_it(qtbot, fresh_sandbox, billing):
    controller, view = billing
    invoices = view.shown_invoices()[:6]
    fault(fresh_sandbox.url, mode="drop", pathPrefix="/api/v1/invoices/")
    report = download(qtbot, controller, invoices)
    assert report.stopped is not None and report.stopped.kind == "unavailable"
    assert report.remaining == 12 and report.done == 0
    assert len(load_queue(controller._store)) == 12  # kept in the store: a restart could resume it too
    assert not view.resume_button.isHidden() and "12" in view.resume_button.text()
    clear_faults(fresh_sandbox.url)
    with qtbot.waitSignal(controller.invoice_flows.downloadFinished, timeout=30000) as blocker:
        view.resume_button.click()
    assert blocker.args[0].done == 12 and blocker.args[0].remaining == 0
    assert load_queue(controller._store) == [] and view.resume_button.isHidden()
    assert all(view.model.is_downloaded(i) for i in invoices)


def test_pdf_opened_from_the_archive_and_a_damaged_one_fetched_again(qtbot, billing, monkeypatch):
    controller, view = billing
    invoice = view.model.invoices[0]
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    with qtbot.waitSignal(controller.invoice_flows.pdfShown, timeout=30000) as shown:
        view.open_pdf_button.click()  # not downloaded yet: fetched, checked, then shown
    window = shown.args[0]
    assert window.viewer.page_count() >= 1 and invoice["number"] in window.windowTitle()
    assert "fiscal" in window.notice.text() or "fiscale" in window.notice.text()  # R-42 where PDFs are read
    opened = []  # the system's PDF application cannot run here: only the hand-over is checked
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url))
    window.viewer.open_action.trigger()
    assert [url.toLocalFile() for url in opened] == [str(archive_of(controller).path(invoice["id"], "pdf"))]
    window.close()

    archive = archive_of(controller)
    path = archive.path(invoice["id"], "pdf")
    good = path.read_bytes()
    path.write_bytes(good[:-40] + b"%% tampered, same size %%%%%%%%%%%%%%%%%"[:40])  # same size, other bytes
    assert archive.verify(invoice["id"], "pdf") == "damaged"
    with qtbot.waitSignal(controller.invoice_flows.pdfShown, timeout=30000) as shown:
        controller.invoice_flows.open(invoice, "pdf")
        assert "damaged" in view.status.text() or "danneggiato" in view.status.text()  # flagged at once
    assert path.read_bytes() == good and hashlib.sha256(good).hexdigest() == invoice["pdf"]["sha256"]
    shown.args[0].close()


def test_electronic_invoice_and_call_detail_through_the_archive(qtbot, billing):
    controller, view = billing
    invoice = next(i for i in view.model.invoices if i["hasCallDetail"])
    with qtbot.waitSignal(controller.invoice_flows.fatturapaShown, timeout=30000):
        controller.invoice_flows.open(invoice, "fatturapa")
    viewer = controller.window.invoice_viewer
    assert viewer.fattura is not None and viewer.fattura.number == invoice["number"]
    viewer.close()
    with qtbot.waitSignal(controller.invoice_flows.callDetailShown, timeout=30000) as shown:
        controller.invoice_flows.open(invoice, "call_detail")
    dialog = shown.args[0]
    csv_lines = archive_of(controller).read_verified(invoice["id"], "call_detail").decode().strip().splitlines()
    assert dialog.rows() == len(csv_lines) - 1 > 0
    dialog.close()
    without = next(i for i in view.model.invoices if not i["hasCallDetail"])
    controller.invoice_flows.open(without, "call_detail")
    assert "call detail" in view.status.text() or "dettaglio" in view.status.text()


def test_share_by_email_validates_and_sends_once(qtbot, fresh_sandbox, billing):
    from windtre_desktop.views.share_invoice_dialog import ShareInvoiceDialog

    controller, view = billing
    invoice = view.model.invoices[0]
    before = len(httpx.get(f"{fresh_sandbox.url}/sandbox/outbox").json()["messages"])
    controller.invoice_flows.share(invoice)
    dialog = next(w for w in controller.invoice_flows.windows if isinstance(w, ShareInvoiceDialog))
    dialog.email.setText("not an address")
    dialog.send()
    assert not dialog.error.isHidden() and "Email" in dialog.error.text()  # the message names the field
    dialog.email.setText("amministrazione@azienda.it")
    with qtbot.waitSignal(dialog.finished, timeout=15000):
        dialog.send()
    messages = httpx.get(f"{fresh_sandbox.url}/sandbox/outbox").json()["messages"]
    assert len(messages) == before + 1 and invoice["number"] in str(messages[-1])
    assert "amministrazione@azienda.it" in view.status.text()


def test_offline_the_app_opens_into_the_archive(qtbot, fresh_sandbox, make_controller):
    controller = make_controller(fresh_sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    _section, view = open_billing(qtbot, controller)
    kept = view.model.invoices[:2]
    assert download(qtbot, controller, kept).done == 4
    controller.sign_out()

    controller.shutdown()

    offline = make_controller(CLOSED_PORT_URL)
    offline.start()
    login = offline.window.login_view
    login.username.setText(ADMIN[0])
    login.password.setText(ADMIN[1])
    with qtbot.waitSignal(offline.service.worker.loginFailed, timeout=20000):
        login.submit.click()
    qtbot.waitUntil(lambda: not login.offline_button.isHidden(), timeout=5000)
    login.offline_button.click()
    assert offline.window.current_section() is Section.ACCOUNT_BILLING
    archive_view = offline.window.section_widget(Section.ACCOUNT_BILLING).invoices
    assert archive_view.only_downloaded.isChecked()
    assert {i["id"] for i in archive_view.shown_invoices()} == {i["id"] for i in kept}
    assert not archive_view.offline_notice.isHidden()
    archive_view.table.setCurrentIndex(archive_view.proxy.index(0, 0))
    with qtbot.waitSignal(offline.invoice_flows.pdfShown, timeout=10000) as shown:
        archive_view.open_pdf_button.click()  # no network: read from the archive
    assert shown.args[0].viewer.page_count() >= 1
    shown.args[0].close()
    archive_view.only_downloaded.setChecked(False)
    with qtbot.waitSignal(offline.invoice_flows.downloadFinished, timeout=10000):
        archive_view.download_all_button.click()  # signed out: nothing can be fetched, and the user is told why
    assert "Accedi" in archive_view.status.text()



def test_started_with_the_server_unreachable_the_app_opens_into_the_archive(qtbot, fresh_sandbox, make_controller):
    controller = make_controller(fresh_sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller, remember=True) is True
    _section, view = open_billing(qtbot, controller)
    kept = view.model.invoices[:1]
    assert download(qtbot, controller, kept).done == 2
    controller.shutdown()

    offline = make_controller(CLOSED_PORT_URL)  # same profile key: the remembered profile and its cache
    with qtbot.waitSignal(offline.syncSettled, timeout=30000) as settled:
        offline.start()
    assert settled.args[0] is False
    assert offline.window.current_section() is Section.ACCOUNT_BILLING
    archive_view = offline.window.section_widget(Section.ACCOUNT_BILLING).invoices
    assert [i["id"] for i in archive_view.shown_invoices()] == [kept[0]["id"]]


def test_another_account_mid_download_gets_its_own_list_and_queue(qtbot, fresh_sandbox, billing):
    """Switching accounts while "Scarica tutto" runs: the first account's batch ends there, unreported; the
    second account's list, marks and downloads are its own, and nothing lands in the other's store."""
    controller, view = billing
    first_store = controller._store
    fault(fresh_sandbox.url, mode="latency", latencyMs=150, pathPrefix="/api/v1/invoices/")
    progress = []
    controller.service.downloads.progress.connect(lambda done, *_: progress.append(done))
    view.download_all_button.click()
    qtbot.waitUntil(lambda: len(progress) >= 2, timeout=20000)
    first_done = archive_of(controller).present()

    controller.add_account()
    assert sign_in(qtbot, controller, "telco.demo", "Telco2026!") is True
    assert controller._store is not first_store
    clear_faults(fresh_sandbox.url)
    _section, view = open_billing(qtbot, controller)
    assert view.model.downloaded == {} and not view.busy  # not the first account's marks, no stuck progress
    assert view.resume_button.isHidden()
    reports = []
    controller.invoice_flows.downloadFinished.connect(reports.append)
    controller.invoice_flows.download(view.model.invoices[:1])
    qtbot.waitUntil(lambda: any(r.done == 2 for r in reports), timeout=30000)
    mine = next(r for r in reports if r.done == 2)
    assert mine.stopped is None and mine.remaining == 0 and not view.busy
    assert load_queue(controller._store) == []  # nothing of the first account's queue came along
    assert set(archive_of(controller).present()) == {view.model.invoices[0]["id"]}
    assert first_done  # the first account had archived files of its own before the switch


def test_a_file_that_is_not_the_announced_one_is_skipped_and_the_rest_archived(qtbot, fresh_sandbox, billing):
    controller, view = billing
    chosen = view.model.invoices[:3]
    bad = chosen[1]
    fault(fresh_sandbox.url, mode="malformed", count=1, pathPrefix=f"/api/v1/invoices/{bad['id']}/pdf")
    report = download(qtbot, controller, chosen)
    assert report.done == 5 and [(i, k) for i, k, _ in report.failed] == [(bad["id"], "pdf")]
    assert report.stopped is None and report.remaining == 0
    archive = archive_of(controller)
    assert archive.verify(bad["id"], "pdf") == "missing"  # the wrong bytes were never archived
    assert not view.model.is_downloaded(bad) and view.model.is_downloaded(chosen[2])
    assert "1" in view.status.text()


def test_a_pdf_asked_for_right_after_cancel_is_still_shown(qtbot, fresh_sandbox, billing):
    controller, view = billing
    fault(fresh_sandbox.url, mode="latency", latencyMs=150, pathPrefix="/api/v1/invoices/")
    progress = []
    controller.service.downloads.progress.connect(lambda done, *_: progress.append(done))
    view.download_all_button.click()
    qtbot.waitUntil(lambda: len(progress) >= 2, timeout=20000)
    last = view.model.invoices[-1]  # far down the queue: not fetched before the cancel
    with qtbot.waitSignal(controller.invoice_flows.pdfShown, timeout=30000) as shown:
        view.cancel_button.click()
        controller.invoice_flows.open(last, "pdf")
    assert last["number"] in shown.args[0].windowTitle()
    shown.args[0].close()


def test_a_full_disk_fails_files_not_the_download_worker(qtbot, billing, monkeypatch):
    """A full disk cannot be made here: writing a file and saving the queue are made to fail as they would."""
    import errno
    import sqlite3

    from windtre_desktop.store.invoice_archive import InvoiceArchive as Archive
    from windtre_desktop.sync import invoice_downloads

    controller, view = billing
    real_write = Archive.write_file

    def full(self, invoice_id, kind, *args, **kwargs):
        if kind == "fatturapa":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(self, invoice_id, kind, *args, **kwargs)

    def no_room(*_args):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Archive, "write_file", full)
    monkeypatch.setattr(invoice_downloads, "save_queue", no_room)
    report = download(qtbot, controller, view.model.invoices[:2])
    assert report.done == 2 and len(report.failed) == 2 and not view.busy  # the PDFs went in, then it ended
    monkeypatch.undo()
    report = download(qtbot, controller, view.model.invoices[:2])  # room again: the worker still works
    assert report.done == 2 and report.failed == []
    assert all(view.model.is_downloaded(i) for i in view.model.invoices[:2])


def test_share_after_a_lost_answer_to_another_address_goes_to_that_address(qtbot, fresh_sandbox, billing):
    from windtre_desktop.views.share_invoice_dialog import ShareInvoiceDialog

    controller, view = billing
    invoice = view.model.invoices[0]
    outbox = f"{fresh_sandbox.url}/sandbox/outbox"
    before = len(httpx.get(outbox).json()["messages"])
    controller.invoice_flows.share(invoice)
    dialog = next(w for w in controller.invoice_flows.windows if isinstance(w, ShareInvoiceDialog))
    # the server sends, then the connection drops before the answer, every time: the user sees a failure
    fault(fresh_sandbox.url, mode="drop", after=True, pathPrefix=f"/api/v1/invoices/{invoice['id']}/share")
    dialog.email.setText("primo@azienda.it")
    dialog.send()
    qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=20000)
    clear_faults(fresh_sandbox.url)
    dialog.email.setText("secondo@azienda.it")  # another address: a new request, not the replay of the first
    with qtbot.waitSignal(dialog.finished, timeout=15000):
        dialog.send()
    sent_to = [m["to"] for m in httpx.get(outbox).json()["messages"][before:]]
    assert sent_to == ["primo@azienda.it", "secondo@azienda.it"]


def test_the_session_ending_closes_the_invoice_windows(qtbot, billing):
    controller, view = billing
    invoice = next(i for i in view.model.invoices if i["hasCallDetail"])
    with qtbot.waitSignal(controller.invoice_flows.pdfShown, timeout=30000):
        controller.invoice_flows.open(invoice, "pdf")
    with qtbot.waitSignal(controller.invoice_flows.callDetailShown, timeout=30000):
        controller.invoice_flows.open(invoice, "call_detail")
    with qtbot.waitSignal(controller.invoice_flows.fatturapaShown, timeout=30000):
        controller.invoice_flows.open(invoice, "fatturapa")
    controller.invoice_flows.share(invoice)
    windows = list(controller.invoice_flows.windows)
    assert len(windows) == 4 and all(w.isVisible() for w in windows)
    controller.sign_out()
    assert controller.invoice_flows.windows == []
    assert not any(shiboken6.isValid(w) and w.isVisible() for w in windows)


def test_one_refresh_per_screen_the_window_refresh_reloads_the_invoices(qtbot, billing):
    """Conto has no Refresh of its own: the window's (F5, status bar) syncs and asks for the invoices again."""
    controller, view = billing
    section = controller.window.section_widget(Section.ACCOUNT_BILLING)
    refresh = controller.window.refresh_button.text()
    assert not any(button.text() == refresh for button in section.findChildren(QPushButton))
    with qtbot.waitSignal(view.reloadRequested, timeout=5000):
        controller.window.refresh_button.click()
