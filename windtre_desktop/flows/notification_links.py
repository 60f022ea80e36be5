"""Where an entry of the notification centre leads (R-80…R-82): a line in Prodotti › Mobile, a package in
Giga Smart Share, an invoice in Conto, a ticket in Richieste e segnalazioni, an activation or a promotion in
Fai da te. A screen the profile does not have is not opened. When the list to select in is not in yet, the
entry is selected as soon as it is, once; `forget()` (the session ends) drops such a wait, so nothing of one
session is ever selected in the next."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, SignalInstance

from windtre_desktop.domain.roles import Section


class NotificationLinks(QObject):
    def __init__(self, window, products_flows: Callable[[], QObject], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self._products_flows = products_flows
        self._waits: list[tuple[SignalInstance, Callable]] = []  # one-shot selections not done yet

    def open(self, what: str, target: str) -> None:
        w = self.window
        sections = w.visible_sections()
        if what == "line" and Section.PRODUCTS in sections:
            w.show_section(Section.PRODUCTS)
            products = w.section_widgets.get(Section.PRODUCTS)
            if products is not None:
                products.tabs.setCurrentWidget(products.mobile)
                if not products.mobile.picker.select_line(target):
                    products.mobile.show_line(target)
        elif what == "package" and Section.PRODUCTS in sections:
            w.show_section(Section.PRODUCTS)
            products = w.section_widgets.get(Section.PRODUCTS)
            if products is not None and products.company_tabs_shown():
                products.tabs.setCurrentWidget(products.gss)
                if not products.gss.select_package(target):  # the packages are not in yet: once they are
                    self._once(self._products_flows().listingShown, lambda *_: products.gss.select_package(target))
        elif what in ("invoice", "billing_account") and Section.ACCOUNT_BILLING in sections:
            w.show_section(Section.ACCOUNT_BILLING)
            billing = w.section_widgets.get(Section.ACCOUNT_BILLING)
            if billing is not None:
                billing.tabs.setCurrentIndex(0)
                if what == "invoice" and not self._select_invoice(billing.invoices, target):
                    self._once(billing.invoices.proxy.modelReset,
                               lambda *_: self._select_invoice(billing.invoices, target))
        elif what == "ticket" and Section.TICKETS in sections:
            w.show_section(Section.TICKETS)
            tickets = w.section_widgets.get(Section.TICKETS)
            if tickets is not None:
                tickets.select_ticket(target)
        elif what in ("activation", "promotion") and Section.SELF_SERVICE in sections:
            w.show_section(Section.SELF_SERVICE)
            section = w.section_widgets.get(Section.SELF_SERVICE)
            if section is not None:
                section.show_page("activations" if what == "activation" else "promotions")

    def forget(self) -> None:
        for signal, slot in self._waits:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):  # already fired, or its sender is gone
                pass
        self._waits.clear()

    def _once(self, signal: SignalInstance, select: Callable) -> None:
        def fired(*_args) -> None:
            self._waits = [(s, f) for s, f in self._waits if f is not fired]
            signal.disconnect(fired)
            select()

        self._waits.append((signal, fired))
        signal.connect(fired)

    @staticmethod
    def _select_invoice(view, invoice_id: str) -> bool:
        proxy = view.proxy
        for row in range(proxy.rowCount()):
            invoice = proxy.index(row, 0).data(Qt.ItemDataRole.UserRole) or {}
            if invoice.get("id") == invoice_id:
                view.table.selectRow(row)
                return True
        return False
