"""The smoke tour's visit of Conto (issue 6): the invoice list, a download into the archive, the PDF
viewer, the electronic invoice, the call detail, the share dialog and the recharge history, each waited
for by its signal and saved as a PNG. Calls `done(error or None)` at the end."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from windtre_desktop.domain.roles import Section

STEP_TIMEOUT_MS = 60_000
SETTLE_MS = 250


class ContoTour(QObject):
    def __init__(self, controller, shoot: Callable[[object, str], None], done: Callable[[str | None], None]) -> None:
        super().__init__(controller)
        self.controller = controller
        self.window = controller.window
        self.flows = controller.invoice_flows
        self._shoot = shoot
        self._done = done
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(lambda: self._end("a Conto screen did not show up in time"))
        self._finished = False
        self._steps = [self._list, self._download, self._pdf, self._fatturapa, self._call_detail, self._share,
                       self._recharges]

    def start(self) -> None:
        self.window.show_section(Section.ACCOUNT_BILLING)
        self.section = self.window.section_widget(Section.ACCOUNT_BILLING)
        self.view = self.section.invoices
        self._wait_until(lambda: self.view.model.rowCount() > 0, self._next)

    def _next(self) -> None:
        if self._finished:
            return
        if not self._steps:
            self._end(None)
            return
        step = self._steps.pop(0)
        QTimer.singleShot(SETTLE_MS, lambda: self._guard(step))

    def _guard(self, step) -> None:
        try:
            step()
        except Exception as error:  # noqa: BLE001 - any surprise ends the tour with its reason
            self._end(f"Conto tour: {type(error).__name__}: {error}")

    def _wait_until(self, ready: Callable[[], bool], then: Callable[[], None], waited: int = 0) -> None:
        if self._finished:
            return
        if ready():
            then()
        elif waited > STEP_TIMEOUT_MS:
            self._end("a Conto screen did not show up in time")
        else:
            QTimer.singleShot(100, lambda: self._wait_until(ready, then, waited + 100))

    def _once(self, signal, then: Callable) -> None:
        def fire(*args) -> None:
            signal.disconnect(fire)
            self._timer.stop()
            QTimer.singleShot(SETTLE_MS, lambda: self._guard(lambda: then(*args)))

        signal.connect(fire)
        self._timer.start(STEP_TIMEOUT_MS)

    def _end(self, error: str | None) -> None:
        if not self._finished:
            self._finished = True
            self._timer.stop()
            self._done(error)

    # --- the screens ---

    def _list(self) -> None:
        self._shoot(self.window, "conto_invoices")
        self._next()

    def _download(self) -> None:
        self.view.table.selectRow(0)
        self._once(self.flows.downloadFinished, lambda _report: (self._shoot(self.window, "conto_downloaded"),
                                                                self._next()))
        self.flows.download(self.view.model.invoices[:3])

    def _pdf(self) -> None:
        def shown(window) -> None:  # the page is painted by now (the PDF renders in a few milliseconds)
            window.resize(1000, 900)
            QTimer.singleShot(4 * SETTLE_MS, lambda: self._guard(
                lambda: (self._shoot(window, "conto_pdf_viewer"), window.close(), self._next())))

        self._once(self.flows.pdfShown, shown)
        self.flows.open(self.view.model.invoices[0], "pdf")

    def _fatturapa(self) -> None:
        def shown(_data, _name) -> None:
            viewer = self.window.invoice_viewer
            self._shoot(viewer, "conto_fatturapa")
            viewer.close()
            self._next()

        self._once(self.flows.fatturapaShown, shown)
        self.flows.open(self.view.model.invoices[0], "fatturapa")

    def _call_detail(self) -> None:
        invoice = next((i for i in self.view.model.invoices if i.get("hasCallDetail")), None)
        if invoice is None:
            self._end("no invoice with a call detail in the demo company")
            return

        def shown(dialog) -> None:
            self._shoot(dialog, "conto_call_detail")
            dialog.close()
            self._next()

        self._once(self.flows.callDetailShown, shown)
        self.flows.open(invoice, "call_detail")

    def _share(self) -> None:
        from windtre_desktop.views.share_invoice_dialog import ShareInvoiceDialog

        self.flows.share(self.view.model.invoices[0])
        dialog = next(w for w in reversed(self.flows.windows) if isinstance(w, ShareInvoiceDialog))
        dialog.email.setText("amministrazione@esempio.it")
        QTimer.singleShot(SETTLE_MS, lambda: (self._shoot(dialog, "conto_share"), dialog.reject(), self._next()))

    def _recharges(self) -> None:
        self.section.tabs.setCurrentIndex(1)
        view = self.section.recharges
        prepaid = next((line for line in self.controller.snapshot.lines
                        if line.kind == "mobile" and getattr(line, "payment_type", "") == "prepaid"), None)
        if prepaid is None:
            self._end("no prepaid line in the demo company")
            return
        self._once(view.historyShown, lambda _line: (self._shoot(self.window, "conto_recharges"),
                                                     self.section.tabs.setCurrentIndex(0), self._next()))
        if not view.select_line(prepaid.id):
            self._end("the recharge history could not select a prepaid line")
