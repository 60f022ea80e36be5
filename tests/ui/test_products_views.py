"""Prodotti's screens on their own (R-22, R-50, R-51, R-60): the line details with PIN/PUK masked, revealed
on request, copied and cleared from the clipboard; 500 packages filtered and chosen; a package's SIMs; the
four Gestione GSS forms checked before their confirmation, which says what changes; the devices filtered
and sorted. The whole path against the sandbox is in test_products_section.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from windtre_desktop.domain.models import Line
from windtre_desktop.domain.products import GIGA, Device, GssListing, GssPackage, GssSim
from windtre_desktop.views.devices_view import DevicesView
from windtre_desktop.views.gss_action_dialog import GssActionDialog
from windtre_desktop.views.gss_view import GssView
from windtre_desktop.views.products_mobile_view import ProductsMobileView
from windtre_desktop.widgets.secret_field import MASK, SecretField


def _line(i: int, kind: str = "mobile") -> Line:
    return Line(f"L{i:05d}", f"+39347{i:07d}", kind, f"Holder {i}", "", "active", "prepaid", "BA001", "OF",
                "Offer", 1234, None, None, None)


def _package(i: int, sims: int = 20, max_sims: int = 30, plan: int = 200, used: float = 50) -> GssPackage:
    return GssPackage.from_json({"id": f"GSS-C0001-{i:04d}", "type": "data_share" if i % 2 else "voice_data_share",
                                 "gigaPlan": plan, "extraGiga": 0, "pooledBytes": plan * GIGA,
                                 "usedBytes": int(used * GIGA), "simCount": sims, "maxSims": max_sims,
                                 "deviceCount": i % 4, "referentPhone": "+393471234567", "version": 1})


LISTING = GssListing(tuple(_package(i, used=i % 190) for i in range(1, 501)))
SIMS = [GssSim(f"L{i:05d}", f"+39347{i:07d}", f"Holder {i}", "", i * 10**8, None if i % 3 else i * 100)
        for i in range(1, 21)]


def test_a_code_is_masked_revealed_copied_and_the_clipboard_cleared_after_30_s(qtbot):
    field = SecretField("PIN")
    qtbot.addWidget(field)
    assert field.value.text() == MASK and not field.copy_button.isEnabled()
    with qtbot.waitSignal(field.revealRequested):
        field.show_button.click()
    field.reveal("4321")
    assert field.value.text() == "4321" and field.clear_timer.interval() == 30_000
    field.clear_timer.setInterval(50)
    field.copy()
    assert QGuiApplication.clipboard().text() == "4321"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=5000)
    field.copy()
    QGuiApplication.clipboard().setText("something else")  # copied since: left alone
    field.clear_clipboard()
    assert QGuiApplication.clipboard().text() == "something else"
    field.forget()
    assert field.value.text() == MASK and not field.revealed


def test_line_details_ask_for_the_codes_only_on_show_and_forget_them_for_another_line_r22(qtbot):
    view = ProductsMobileView()
    qtbot.addWidget(view)
    view.set_lines([_line(1), _line(2), _line(3, "fixed")])
    assert view.picker.model.rowCount() == 2  # mobile lines only: PIN and PUK belong to SIMs
    view.picker.select_line("L00001")
    assert view.fields["msisdn"].text() == "+393470000001" and view.fields["credit"].text().startswith("12,34")
    with qtbot.waitSignal(view.simCodesRequested) as asked:
        view.pin.show_button.click()
    assert asked.args == ["L00001"]
    view.show_codes("L00001", "1234", "12345678")
    assert (view.pin.value.text(), view.puk.value.text()) == ("1234", "12345678")
    view.show_codes("L00002", "9999", "99999999")  # a late answer for another line
    assert view.pin.value.text() == "1234"
    view.picker.select_line("L00002")
    assert view.pin.value.text() == MASK and not view.pin.revealed and not view.puk.revealed


def test_500_packages_are_filtered_and_a_chosen_one_asks_for_its_sims_r50(qtbot):
    view = GssView()
    qtbot.addWidget(view)
    chosen = []
    view.packageChosen.connect(chosen.append)
    view.set_listing(LISTING)
    assert view.model.rowCount() == 500 and view.count_label.text() == "500 pacchetti"
    assert not view.action_buttons["move"].isEnabled()  # the SIMs to move are not in yet
    qtbot.waitUntil(lambda: bool(chosen))  # asked once the choice has settled
    assert [p.id for p in chosen] == ["GSS-C0001-0001"]
    view.search.setText("0042")
    assert view.proxy.rowCount() == 1 and view.count_label.text() == "1 di 500 pacchetti"
    view.search.clear()
    for row in range(2, 8):  # arrowing down six rows asks for the SIMs of the last one only
        view.table.setCurrentIndex(view.proxy.index(row, 0))
    qtbot.waitUntil(lambda: len(chosen) == 2)
    assert chosen[-1].id == "GSS-C0001-0008"
    view.select_package("GSS-C0001-0007")
    qtbot.waitUntil(lambda: chosen[-1].id == "GSS-C0001-0007")
    assert "GSS-C0001-0007" in view.heading.text()
    assert view.gauge.texts[0]  # the pooled use's gauge is filled
    view.set_sims("GSS-C0001-0007", SIMS)
    assert view.sims_model.rowCount() == 20 and view.view_button.isEnabled()
    view.set_sims("GSS-C0001-0001", SIMS[:2])  # a late answer for another package
    assert view.sims_model.rowCount() == 20
    view.sims_table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert view.sims_proxy.index(0, 0).data() == SIMS[-1].msisdn
    with qtbot.waitSignal(view.simViewRequested) as viewed:
        view.view_button.click()
    assert viewed.args[0].id == "GSS-C0001-0007"


@pytest.fixture
def dialogs(qtbot):
    made = []

    def make(action, package=None, sims=(), chosen=()):
        dialog = GssActionDialog(action, package or _package(1, used=120.5), LISTING, sims, chosen)
        qtbot.addWidget(dialog)
        made.append(dialog)
        return dialog

    return make


def test_the_plan_form_refuses_the_current_plan_and_one_under_what_is_used_then_confirms_r60(qtbot, dialogs):
    dialog = dialogs("plan")
    dialog.next()
    assert dialog.pages.currentIndex() == 0 and "ha già 200 Giga" in dialog.error.text()
    dialog.plan.setCurrentIndex(dialog.plan.findData(100))
    dialog.next()
    assert "già usato 121 Giga" in dialog.error.text()
    dialog.plan.setCurrentIndex(dialog.plan.findData(500))
    dialog.next()
    assert dialog.pages.currentIndex() == 1
    assert dialog.confirm_text.text().startswith("Passa il pacchetto GSS-C0001-0001 da 200 a 500 Giga al mese.")
    with qtbot.waitSignal(dialog.submitted) as sent:
        dialog.next()
    assert sent.args == ["gss_plan", {"packageId": "GSS-C0001-0001", "gigaPlan": 500}]
    dialog.refused("Il pacchetto è cambiato nel frattempo.")
    assert dialog.pages.currentIndex() == 0 and dialog.plan.currentData() == 500  # the form as it was
    assert dialog.error.text() == "Il pacchetto è cambiato nel frattempo."


def test_the_referent_must_be_an_italian_mobile_and_is_sent_normalised_r60(qtbot, dialogs):
    dialog = dialogs("referent")
    dialog.referent.setText("06 1234 5678")
    dialog.next()
    assert dialog.error.text().startswith("Numero di cellulare:") and dialog.pages.currentIndex() == 0
    dialog.referent.setText("333 123 4567")
    dialog.next()
    assert "da +393471234567 a +393331234567" in dialog.confirm_text.text()
    with qtbot.waitSignal(dialog.submitted) as sent:
        dialog.next()
    assert sent.args[1] == {"packageId": "GSS-C0001-0001", "phone": "+393331234567"}
    dialog.done_with("Fatto.")
    assert dialog.pages.currentIndex() == 2 and dialog.close_button.text() == "Chiudi"


def test_a_move_checks_room_and_names_what_goes_where_r60(qtbot, dialogs):
    full = _package(2, sims=29, max_sims=30)
    listing = GssListing((_package(1), full, _package(3, sims=5)))
    dialog = GssActionDialog("move", _package(1), listing, SIMS[:3], ["L00001", "L00002"])
    qtbot.addWidget(dialog)
    dialog.next()
    assert dialog.error.text().startswith("Pacchetto di destinazione:")
    dialog.target.setCurrentIndex(dialog.target.findData(full.id))
    dialog.next()
    assert "spazio per 1" in dialog.error.text()
    dialog.target.setCurrentIndex(dialog.target.findData("GSS-C0001-0003"))
    dialog.next()
    assert "Sposta 2 SIM (+393470000001, +393470000002) dal pacchetto GSS-C0001-0001 al pacchetto " \
           "GSS-C0001-0003" in dialog.confirm_text.text()
    with qtbot.waitSignal(dialog.submitted) as sent:
        dialog.next()
    assert sent.args == ["gss_move", {"from": "GSS-C0001-0001", "to": "GSS-C0001-0003",
                                      "lineIds": ["L00001", "L00002"]}]


def test_devices_are_filtered_by_maintenance_and_text_and_sorted_r51(qtbot):
    view = DevicesView()
    qtbot.addWidget(view)
    devices = [Device(f"DEV-{i:04d}", f"Model {i % 7}", "BA001", f"L{i:05d}", f"+39347{i:07d}",
                      ("none", "24_months", "36_months")[i % 3], ("none", "basic", "premium")[i % 3], i % 5, None)
               for i in range(300)]
    view.set_devices(devices)
    assert view.count_label.text() == "300 dispositivi"
    view.maintenance.setCurrentIndex(view.maintenance.findData("premium"))
    assert all(d.maintenance == "premium" for d in view.shown_devices()) and len(view.shown_devices()) == 100
    view.search.setText("model 3")
    assert {d.model for d in view.shown_devices()} == {"Model 3"}
    view.search.clear()
    view.maintenance.setCurrentIndex(0)
    view.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    assert view.shown_devices()[0].interventions_left == 4


def test_a_gss_threshold_notification_says_which_package_how_far_and_who_got_the_sms_r82(qtbot):
    from windtre_desktop.i18n import formatting
    from windtre_desktop.views.notifications_view import NotificationsView

    view = NotificationsView()
    qtbot.addWidget(view)
    assert view.table.isHidden() and not view.empty.isHidden()
    at = "2026-12-05T10:15:00+01:00"
    view.set_notifications([
        {"id": "N2", "kind": "gss_threshold", "at": at, "packageId": "GSS-C0001-0003", "percent": 80,
         "usedBytes": 160 * GIGA, "pooledBytes": 200 * GIGA, "referentPhone": "+393471234567"},
        {"id": "N1", "kind": "a_new_kind", "at": at}])
    first, second = view.texts()
    assert first == (f"{formatting.timestamp(at)} · Il pacchetto Giga Smart Share GSS-C0001-0003 ha raggiunto l'80% "
                     "dei suoi Giga (160,0\u00a0GB di 200,0\u00a0GB usati). Un SMS è andato al referente +393471234567.")
    assert second.endswith("a_new_kind")  # a kind not known yet is listed, never dropped
