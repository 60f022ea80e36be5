"""The call-detail dialog (R-41) on real CSVs: the sandbox's own, one written with "," and a 100,000-row one;
cells formatted as the interface shows them, the count, and "Save as" writing the exact bytes."""

from __future__ import annotations

import os
import stat

import pytest

from tests.ui.conftest import ADMIN
from windtre_desktop.api.client import ApiClient
from windtre_desktop.views.call_detail_dialog import CallDetailDialog

HEADER = "date;time;line;number;kind;durationSeconds;amountCents"
NAME = "2026-000123-dettaglio-chiamate.csv"


def csv_bytes(rows: list[str], header: str = HEADER, newline: str = "\r\n") -> bytes:
    return (newline.join([header, *rows]) + newline).encode("utf-8")


@pytest.fixture(scope="module")
def sandbox_csv(sandbox) -> bytes:
    """The call detail of an invoice, as the sandbox serves it."""
    with ApiClient(sandbox.url, timeout=15) as client:
        client.login(*ADMIN, remember=False)
        invoice = next(i for i in client.invoices().invoices if i["hasCallDetail"])
        return client.invoice_call_detail(invoice["id"])


def open_dialog(qtbot, data: bytes, name: str = NAME) -> CallDetailDialog:
    dialog = CallDetailDialog(data, name)
    qtbot.addWidget(dialog)
    return dialog


def test_save_to_writes_the_exact_bytes_readable_by_others(qtbot, sandbox_csv, tmp_path):
    dialog = open_dialog(qtbot, sandbox_csv)
    target = tmp_path / NAME
    target.write_bytes(b"an older call detail")
    previous = os.umask(0o022)  # the usual umask: a saved document is readable by others (mkstemp makes 0600)
    try:
        dialog.save_to(target)
    finally:
        os.umask(previous)
    assert target.read_bytes() == sandbox_csv
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in tmp_path.iterdir()] == [NAME]  # no temporary file left behind


def test_save_as_saves_where_asked_and_reports_a_failure(qtbot, sandbox_csv, tmp_path, monkeypatch):
    dialog = open_dialog(qtbot, sandbox_csv)
    target = tmp_path / "copia.csv"
    monkeypatch.setattr(dialog, "_ask_save_path", lambda: str(target))
    dialog.save_as_dialog()
    assert target.read_bytes() == sandbox_csv
    assert dialog.status.text() == dialog.tr("Saved in %1").replace("%1", str(target))

    monkeypatch.setattr(dialog, "_ask_save_path", lambda: "")  # cancelled: nothing changes
    dialog.save_as_dialog()
    assert dialog.status.text() == dialog.tr("Saved in %1").replace("%1", str(target))

    monkeypatch.setattr(dialog, "_ask_save_path", lambda: str(tmp_path / "missing" / "copia.csv"))
    dialog.save_as_dialog()
    assert dialog.status.text().startswith(dialog.tr("Not saved: %1").split("%1")[0])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copia.csv"]
