"""Conto → Fatture (R-40, R-42): 24 months listed and filtered, the fiscal notice with PEC and CID, and
the electronic invoice of a listed invoice opened in the viewer."""

from __future__ import annotations

from tests.ui.conftest import sign_in
from windtre_desktop.domain.roles import Section


def test_invoices_listed_filtered_and_the_electronic_one_opened(qtbot, fresh_sandbox, make_controller):
    controller = make_controller(fresh_sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    company = controller.snapshot.company
    window = controller.window
    window.show_section(Section.ACCOUNT_BILLING)
    billing = window.section_widget(Section.ACCOUNT_BILLING)
    qtbot.waitUntil(lambda: billing.model.rowCount() >= 24, timeout=15000)
    assert company.pec in billing.fiscal_notice.text() and company.sdi_code in billing.fiscal_notice.text()

    kinds = {invoice["kind"] for invoice in billing.model.invoices}
    assert kinds == {"service", "device"}  # device invoices included
    billing.kind.setCurrentIndex(billing.kind.findData("device"))
    shown = [billing.proxy.index(row, 0).data() for row in range(billing.proxy.rowCount())]
    devices = [i["number"] for i in billing.model.invoices if i["kind"] == "device"]
    assert sorted(shown) == sorted(devices)

    billing.table.selectRow(0)
    invoice = billing.selected()
    with qtbot.waitSignal(billing.fatturapaReady, timeout=15000):
        billing.open_button.click()
    viewer = window.invoice_viewer
    assert viewer.fattura is not None and viewer.fattura.number == invoice["number"]
    viewer.close()
