"""Conto → Fatture driven from the GUI thread (R-40…R-42): the listing (kept in the store, shown from it
when the server is out of reach), downloads into the archive through the network thread, and opening a
file only after it is re-hashed against the store: a damaged or missing file is flagged, fetched again and
never shown as if fine."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from windtre_desktop.i18n import formatting
from windtre_desktop.sync.outcomes import Failure
from windtre_desktop.sync.qt_worker import SyncService

if TYPE_CHECKING:
    from windtre_desktop.store.database import Store
    from windtre_desktop.store.invoice_archive import InvoiceArchive
    from windtre_desktop.sync.invoice_downloads import FileRequest
    from windtre_desktop.sync.qt_downloads import DownloadReport
    from windtre_desktop.views.billing_view import BillingView

log = logging.getLogger(__name__)


def invoice_summary(invoice: dict) -> str:
    """An invoice in one line beside its number, where it is picked or found (the ticket wizard's invoice
    field, the command palette): issue date · amount · billing account."""
    return " · ".join(part for part in (formatting.day(invoice.get("issueDate")),
                                        formatting.euro(int(invoice.get("amountCents") or 0)),
                                        str(invoice.get("billingAccountId") or "")) if part)


class InvoiceFlows(QObject):
    pdfShown = Signal(object)  # the PdfWindow, once its document is loaded
    fatturapaShown = Signal(bytes, str)  # the electronic invoice handed to the viewer, its file name
    callDetailShown = Signal(object)  # the CallDetailDialog
    downloadFinished = Signal(object)  # DownloadReport, once the view shows the outcome (GUI thread)

    def __init__(self, service: SyncService, server_url: str, store: Callable[[], Store | None],
                 show_fatturapa: Callable[[bytes, str], QWidget | None], parent_widget: Callable[[], QWidget],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.server_url = server_url
        self._store = store
        self._show_fatturapa = show_fatturapa
        self._parent_widget = parent_widget
        self.view: BillingView | None = None
        self._open_after: set[tuple[str, str]] = set()
        self.filled_for: Store | None = None  # the store (session) the view shows; another one: refill
        self._batch_store: Store | None = None  # the store the running download writes into
        self.windows: list[QWidget] = []  # open PDF and call-detail windows (kept alive)
        downloads = service.downloads
        downloads.progress.connect(self._on_progress)
        downloads.fileReady.connect(self._on_file_ready)
        downloads.finished.connect(self._on_finished)

    def archive(self) -> InvoiceArchive | None:
        from windtre_desktop.store.invoice_archive import InvoiceArchive

        store = self._store()
        return None if store is None else InvoiceArchive(store, store.path.parent)

    def attach(self, view: BillingView) -> None:
        self.view = view
        view.reloadRequested.connect(self.reload)
        view.downloadRequested.connect(self.download)
        view.resumeRequested.connect(self.resume)
        view.cancelRequested.connect(self.cancel)
        view.openPdfRequested.connect(lambda invoice: self.open(invoice, "pdf"))
        view.openFatturapaRequested.connect(lambda invoice: self.open(invoice, "fatturapa"))
        view.callDetailRequested.connect(lambda invoice: self.open(invoice, "call_detail"))
        view.shareRequested.connect(self.share)

    # --- the listing ---

    def show_saved(self) -> None:
        """The stored listing with its archive state, at once (also offline); the server's answer follows.
        Called again for another session (switch account, signing in after browsing offline)."""
        archive = self.archive()
        if self.view is None or archive is None:
            return
        self.filled_for = self._store()
        self._open_after.clear()
        if self.view.busy:  # the batch of the session left behind ends there, unreported
            self.view.download_finished("", 0)
        archive.remove_partials()  # temp files of a write cut short by a crash: never recorded, never shown
        self.view.only_downloaded.setChecked(False)
        self.view.set_offline(None)
        self.view.set_invoices(archive.listing(), archive.present())
        self.view.set_resumable(self._still_queued(archive))

    def _still_queued(self, archive: InvoiceArchive) -> int:
        """Files of the saved queue not archived yet (a crash may have come after some were)."""
        from windtre_desktop.sync.invoice_downloads import is_current, load_queue

        count = 0
        for request in load_queue(self._store()):
            invoice = archive.invoice(request.invoice_id)
            count += invoice is None or not is_current(archive, invoice, request.kind)
        return count

    def reload(self) -> None:
        store = self._store()
        if self.view is None or store is None:
            return
        self.service.run_action(self.server_url, "invoices", {},
                                lambda invoices: self._on_listing(store, invoices),
                                lambda failure: self._on_listing_failed(store, failure))

    def _on_listing(self, store, invoices) -> None:
        archive = self.archive()
        if self.view is None or archive is None or store is not self._store():
            return  # the answer of a session the user has left
        self.view.set_offline(None)
        self.view.set_invoices(invoices or [], archive.present())

    def _on_listing_failed(self, store, failure: Failure) -> None:
        archive = self.archive()
        if self.view is None or archive is None or store is not self._store():
            return
        saved = archive.listing()
        self.view.set_invoices(saved, archive.present())
        if saved:
            self.view.set_offline(archive.listing_saved_at())
        else:
            self.view.show_message(failure.message or self.tr("The invoices cannot be loaded now. Try again later."))

    # --- downloads ---

    def download(self, invoices: list[dict]) -> None:
        from windtre_desktop.sync.invoice_downloads import wanted

        archive = self.archive()
        if archive is None or self.view is None:
            return
        requests = wanted(archive, invoices)
        if not requests:
            self.view.show_message(self.tr("Everything chosen is already in the archive."))
            return
        self._start(requests)

    def resume(self) -> None:
        self._start([])

    def cancel(self) -> None:
        self._open_after.clear()  # what was asked to be opened is not coming
        self.service.cancel_downloads()

    def _start(self, requests: list[FileRequest]) -> None:
        from windtre_desktop.sync.invoice_downloads import load_queue

        store = self._store()
        queued = len(load_queue(store)) if store is not None else 0
        if self.view is not None and not self.view.busy:
            self.view.download_started(queued + len(requests))
        self._batch_store = store
        self.service.download(requests)

    def _on_progress(self, done: int, total: int, _invoice_id: str, _kind: str) -> None:
        if self.view is not None and self._batch_store is self._store():
            if not self.view.busy:  # a batch that followed one that just ended
                self.view.download_started(total)
            self.view.download_progress(done, total)

    def _on_file_ready(self, invoice_id: str, kind: str) -> None:
        if self._batch_store is not self._store():
            return  # archived into the store of a session the user has left
        if self.view is not None:
            self.view.mark_downloaded(invoice_id, kind)
        if (invoice_id, kind) in self._open_after:
            self._open_after.discard((invoice_id, kind))
            self._show(invoice_id, kind)

    def _on_finished(self, report: DownloadReport) -> None:
        # a file asked for to be opened may belong to a batch started after this one: keep waiting for it,
        # unless this batch says it cannot come
        failed = {(invoice_id, kind) for invoice_id, kind, _message in report.failed}
        wanted_now = {item for item in self._open_after if report.stopped is not None or item in failed}
        self._open_after -= wanted_now
        if self.view is None or self._batch_store is not self._store():
            self.downloadFinished.emit(report)
            return
        if report.cancelled:
            text = self.tr("Download cancelled: %1 files archived. The rest can be downloaded later.")
        elif report.stopped is not None and report.stopped.kind == "session_expired":
            text = self.tr("Sign in to download invoices: %1 files archived so far.")
        elif report.stopped is not None:
            text = self.tr("Download interrupted (%2): %1 files archived; resume it when the server is reachable.")
            text = text.replace("%2", report.stopped.message or self.tr("server unreachable"))
        elif report.failed:
            text = self.tr("%1 files archived; %3 could not be downloaded.").replace(
                "%3", formatting.count(len(report.failed)))
        else:
            text = self.tr("%1 files archived (the PDF and the electronic invoice of each invoice).")
        if wanted_now:
            text += " " + self.tr("The file asked for could not be opened: it is not in the archive.")
        self.view.download_finished(text.replace("%1", formatting.count(report.done)), report.remaining)
        self.downloadFinished.emit(report)

    # --- opening ---

    def open(self, invoice: dict, kind: str) -> None:
        """Show the file from the archive after checking its sha256; otherwise fetch it first."""
        from windtre_desktop.sync.invoice_downloads import FileRequest

        archive = self.archive()
        if archive is None:
            return
        invoice_id = str(invoice["id"])
        if kind == "call_detail" and not invoice.get("hasCallDetail"):
            self._say(self.tr("This invoice has no call detail (it is not enabled for the billing account)."))
            return
        verdict = archive.verify(invoice_id, kind)
        if verdict == "ok":
            self._show(invoice_id, kind)
            return
        if verdict == "damaged":
            archive.forget(invoice_id, kind)
            if self.view is not None:
                self.view.mark_downloaded(invoice_id, kind, present=False)
            self._say(self.tr("The archived file of invoice %1 was damaged: it is being downloaded again.")
                      .replace("%1", str(invoice.get("number", invoice_id))))
        self._open_after.add((invoice_id, kind))
        self._start([FileRequest(invoice_id, kind)])

    def _show(self, invoice_id: str, kind: str) -> None:
        from windtre_desktop.store.invoice_archive import ArchiveError

        archive = self.archive()
        if archive is None:
            return
        try:
            data = archive.read_verified(invoice_id, kind)
        except ArchiveError:
            log.warning("archived %s of %s failed its check", kind, invoice_id)
            self._say(self.tr("The archived file is damaged or missing: download it again."))
            if self.view is not None:
                self.view.mark_downloaded(invoice_id, kind, present=False)
            return
        invoice = archive.invoice(invoice_id) or {"id": invoice_id}
        path = archive.path(invoice_id, kind)
        name = path.name if path is not None else invoice_id
        number = str(invoice.get("number") or invoice_id)
        if kind == "pdf":
            self._show_pdf(data, f"{number}.pdf", path)
        elif kind == "fatturapa":
            viewer = self._show_fatturapa(data, (invoice.get("fatturapa") or {}).get("filename") or name)
            if viewer is not None:
                self.windows.append(viewer)  # account data: closed with the session
            self.fatturapaShown.emit(data, name)
        else:
            from windtre_desktop.views.call_detail_dialog import CallDetailDialog

            # the name offered by "Save as…": in the UI's language, and without the "/" of invoice numbers
            file_name = self.tr("%1-call-detail.csv").replace("%1", number.replace("/", "-"))
            dialog = CallDetailDialog(data, file_name, self._parent_widget())
            self._keep(dialog)
            self.callDetailShown.emit(dialog)

    def _show_pdf(self, data: bytes, name: str, path) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from windtre_desktop.views.pdf_window import PdfWindow

        window = PdfWindow(self._parent_widget())
        if path is not None:
            window.viewer.openExternallyRequested.connect(
                lambda *_: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        window.load(data, name)
        self._keep(window)
        self.pdfShown.emit(window)

    def close_windows(self) -> None:
        """The session ends (sign-out, switch, expiry): its invoices leave the screen with it."""
        for window in self.windows:
            if shiboken6.isValid(window):
                window.close()
        self.windows = []

    def take_forms(self) -> list[QWidget]:
        """The share forms still open, left out of close_windows (held across an expired session)."""
        from windtre_desktop.views.share_invoice_dialog import ShareInvoiceDialog

        forms = [w for w in self.windows if shiboken6.isValid(w) and isinstance(w, ShareInvoiceDialog)
                 and w.isVisible()]
        self.windows = [w for w in self.windows if w not in forms]
        for form in forms:
            form.hide()
        return forms

    def restore_form(self, form: QWidget) -> None:
        if shiboken6.isValid(form):
            self._keep(form)

    def drop_form(self, form: QWidget) -> None:
        if shiboken6.isValid(form):
            form.close()

    def _keep(self, window: QWidget) -> None:
        self.windows = [w for w in self.windows if shiboken6.isValid(w) and w.isVisible()]
        self.windows.append(window)
        window.show()

    # --- sharing ---

    def share(self, invoice: dict) -> None:
        from windtre_desktop.sync.actions import IDEMPOTENCY_KEY
        from windtre_desktop.views.share_invoice_dialog import ShareInvoiceDialog

        dialog = ShareInvoiceDialog(str(invoice.get("number", "")), self._parent_widget())
        keys: dict[str, str] = {}  # one per address: Send again after a lost answer sends once, another address anew

        def send(email: str) -> None:
            key = keys.setdefault(email.lower(), str(uuid.uuid4()))
            payload = {"id": invoice["id"], "email": email, IDEMPOTENCY_KEY: key}
            self.service.run_action(self.server_url, "share_invoice", payload,
                                    lambda result: self._shared(dialog, result),
                                    lambda failure: shiboken6.isValid(dialog) and dialog.failed(failure))

        dialog.submitted.connect(send)
        self._keep(dialog)

    def _shared(self, dialog, result) -> None:
        if shiboken6.isValid(dialog):  # closed meanwhile: the e-mail went all the same, say so below
            dialog.accept()
        self._say(self.tr("Invoice sent by e-mail to %1.").replace("%1", str((result or {}).get("email", ""))))

    def _say(self, text: str) -> None:
        if self.view is not None:
            self.view.show_message(text)
