"""The smoke tour's visit of Conto (issue 6): the invoice list, a download into the archive, the PDF
viewer, the electronic invoice, the call detail, the share dialog and the recharge history, each waited
for by its signal and saved as a PNG."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from windtre_desktop.domain.roles import Section
from windtre_desktop.smoke.part import SETTLE_MS, TourPart


class ContoTour(TourPart):
    name = "Conto"

    def steps(self):
        return [self._open, self._list, self._download, self._pdf, self._fatturapa, self._call_detail, self._share,
                self._recharges]

    def _open(self) -> None:
        self.flows = self.controller.invoice_flows
        self.window.show_section(Section.ACCOUNT_BILLING)
        self.section = self.window.section_widget(Section.ACCOUNT_BILLING)
        self.view = self.section.invoices
        self._wait_until(lambda: self.view.model.rowCount() > 0, self._next)

    # --- the screens ---

    def _list(self) -> None:
        self.shoot(self.window, "conto_invoices")
        self._next()

    def _download(self) -> None:
        self.view.table.selectRow(0)
        self._once(self.flows.downloadFinished, lambda _report: (self.shoot(self.window, "conto_downloaded"),
                                                                self._next()))
        self.flows.download(self.view.model.invoices[:3])

    def _pdf(self) -> None:
        def shown(window) -> None:  # the page is painted by now (the PDF renders in a few milliseconds)
            window.resize(1000, 900)
            QTimer.singleShot(4 * SETTLE_MS, lambda: self._guard(
                lambda: (self.shoot(window, "conto_pdf_viewer"), window.close(), self._next())))

        self._once(self.flows.pdfShown, shown)
        self.flows.open(self.view.model.invoices[0], "pdf")

    def _fatturapa(self) -> None:
        def shown(_data, _name) -> None:
            viewer = self.window.invoice_viewer
            self.shoot(viewer, "conto_fatturapa")
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
            self.shoot(dialog, "conto_call_detail")
            dialog.close()
            self._next()

        self._once(self.flows.callDetailShown, shown)
        self.flows.open(invoice, "call_detail")

    def _share(self) -> None:
        from windtre_desktop.views.share_invoice_dialog import ShareInvoiceDialog

        self.flows.share(self.view.model.invoices[0])
        dialog = next(w for w in reversed(self.flows.windows) if isinstance(w, ShareInvoiceDialog))
        dialog.email.setText("amministrazione@esempio.it")
        QTimer.singleShot(SETTLE_MS, lambda: (self.shoot(dialog, "conto_share"), dialog.reject(), self._next()))

    def _recharges(self) -> None:
        self.section.tabs.setCurrentIndex(1)
        view = self.section.recharges
        prepaid = next((line for line in self.controller.snapshot.lines
                        if line.kind == "mobile" and getattr(line, "payment_type", "") == "prepaid"), None)
        if prepaid is None:
            self._end("no prepaid line in the demo company")
            return
        self._once(view.historyShown, lambda _line: (self.shoot(self.window, "conto_recharges"),
                                                     self.section.tabs.setCurrentIndex(0), self._next()))
        if not view.select_line(prepaid.id):
            self._end("the recharge history could not select a prepaid line")
