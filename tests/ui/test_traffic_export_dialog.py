"""DOWNLOAD TRAFFICO's dialog (R-32): a range over 90 days, or reaching outside the kept window, is refused
before anything runs, with the field and the rule named; Save runs only a valid range; closing while it
runs cancels; the outcome says what was written (or that nothing was)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate

from windtre_desktop.domain.models import Line
from windtre_desktop.views.traffic_export_dialog import TrafficExportDialog

TODAY = date(2026, 12, 6)
LINE = Line("L00007", "+393471234567", "mobile", "Mario Rossi", "Ufficio acquisti", "active", "postpaid", "BA001",
            "OF", "Offer", None, None, None, None)


@pytest.fixture
def dialog(qtbot):
    dialog = TrafficExportDialog(LINE, LINE.id, TODAY - timedelta(days=90), TODAY, TODAY)
    qtbot.addWidget(dialog)
    return dialog


def _set(dialog, first: date, last: date) -> None:
    dialog.first_edit.setDate(QDate(first.year, first.month, first.day))
    dialog.last_edit.setDate(QDate(last.year, last.month, last.day))


def test_a_period_longer_than_90_days_starts_as_the_last_90_days(dialog):
    assert dialog.days() == (TODAY - timedelta(days=89), TODAY)
    assert dialog.save_button.isEnabled() and not dialog.error.isVisible()
    assert dialog.default_file_name() == "Traffico_393471234567_2026-09-08_2026-12-06.xlsx"


def test_91_days_are_refused_before_anything_runs_naming_the_field_and_the_rule_r32(qtbot, dialog):
    asked = []
    dialog.exportAsked.connect(lambda *args: asked.append(args))
    _set(dialog, TODAY - timedelta(days=90), TODAY)
    assert not dialog.save_button.isEnabled()
    assert dialog.error.text() == "Dal: il download del traffico copre al massimo 90 giorni; questo periodo ne ha 91."
    dialog.start("/nowhere/x.xlsx")
    assert asked == []
    _set(dialog, TODAY - timedelta(days=3), TODAY + timedelta(days=1))
    assert dialog.error.text().startswith("Al:") and dialog.error.property("field") == "to"


def test_a_valid_range_is_asked_with_its_sheets_and_closing_while_it_runs_cancels(qtbot, dialog):
    _set(dialog, TODAY - timedelta(days=6), TODAY)
    with qtbot.waitSignal(dialog.exportAsked) as signal:
        dialog.start("/tmp/t.xlsx")
    first, last, path, sheets = signal.args
    assert (first, last, path) == (TODAY - timedelta(days=6), TODAY, "/tmp/t.xlsx")
    assert sheets.sheet == "Traffico" and sheets.type_labels["internet"] == "Internet"
    assert "Mario Rossi (Ufficio acquisti)" in sheets.title and "30/11/2026 – 06/12/2026" in sheets.title
    assert not dialog.save_button.isEnabled() and dialog.running
    dialog.show_progress(5000, 20000)
    assert dialog.progress.value() == 5000 and "5.000 di 20.000" in dialog.status.text()
    with qtbot.waitSignal(dialog.cancelAsked):
        dialog.close_button.click()
    dialog.show_cancelled()
    assert "nessun file" in dialog.status.text() and dialog.close_button.text() == "Chiudi"


def test_the_outcome_says_how_many_records_and_sheets(dialog):
    dialog.start("/tmp/t.xlsx")
    dialog.show_done(1_500_000, 2, "/tmp/t.xlsx")
    assert "1.500.000 record salvati in /tmp/t.xlsx" in dialog.status.text().replace("\u200b", "")
    assert not dialog.folder_button.isHidden()
    assert "2 fogli" in dialog.status.text()
    dialog.start("/tmp/t.xlsx")
    dialog.show_failed("il disco è pieno.")
    assert dialog.status.text() == ("Non è stato possibile scaricare il traffico: il disco è pieno. "
                                    "Nessun file è stato scritto.")
