"""The call-detail dialog (R-41) on real CSVs: the sandbox's own, one written with "," and a 100,000-row one;
cells formatted as the interface shows them, the count, and "Save as" writing the exact bytes."""

from __future__ import annotations

import csv
import io
import os
import stat

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from tests.ui.conftest import ADMIN
from windtre_desktop.api.client import ApiClient
from windtre_desktop.domain import server_labels
from windtre_desktop.i18n import formatting
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


def cells(dialog: CallDetailDialog, row: int) -> list[str]:
    return [dialog.model.index(row, column).data() for column in range(dialog.model.columnCount())]


def headers(dialog: CallDetailDialog) -> list[str]:
    return [dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(dialog.model.columnCount())]


def test_the_sandbox_call_detail_is_shown_formatted(qtbot, sandbox_csv):
    dialog = open_dialog(qtbot, sandbox_csv)
    rows = list(csv.reader(io.StringIO(sandbox_csv.decode("utf-8")), delimiter=";"))
    assert dialog.rows() == len(rows) - 1 > 0
    assert headers(dialog) == [dialog.tr("Date"), dialog.tr("Time"), dialog.tr("Line"), dialog.tr("Number called"),
                               dialog.tr("Kind"), dialog.tr("Duration"), dialog.tr("Amount")]  # fmt: skip
    seconds, cents = int(rows[1][5]), int(rows[1][6])
    duration = formatting.duration(seconds) if seconds else "–"
    kind = server_labels.shown(server_labels.CALL_KINDS, rows[1][4], rows[1][4], QCoreApplication.translate)
    assert rows[1][4] in server_labels.CALL_KINDS and kind != rows[1][4]  # a code, shown as its label
    assert cells(dialog, 0) == [formatting.day(rows[1][0]), *rows[1][1:4], kind, duration, formatting.euro(cents)]
    assert dialog.model.index(0, 4).data(Qt.ItemDataRole.TextAlignmentRole) is None  # a word: not aligned right
    right = dialog.model.index(0, 6).data(Qt.ItemDataRole.TextAlignmentRole)
    assert right & Qt.AlignmentFlag.AlignRight
    assert dialog.model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert dialog.count.text() == dialog.tr("%1 calls and sessions", "", dialog.rows()).replace(
        "%1", formatting.count(dialog.rows())
    )


def test_durations_amounts_and_odd_cells(qtbot):
    data = csv_bytes([
        "2026-03-01;09:15:00;+393470000001;+390612345678;voice;125;1234",
        "2026-03-01;09:20:00;+393470000001;;data;0;0",
        "2026-03-02;10:00:00;+393470000001;+39333;sms;n/a;gratis",
        "2026-03-03;11:00:00;+393470000001",  # a short row
        "2026-03-04;12:00:00;+393470000001;+39334;voice;3600;5;extra",  # a long one
    ])  # fmt: skip
    dialog = open_dialog(qtbot, data)
    assert dialog.rows() == 5
    assert cells(dialog, 0)[5:] == ["2:05", formatting.euro(1234)]
    assert cells(dialog, 1)[5:] == ["–", formatting.euro(0)]
    assert cells(dialog, 2)[5:] == ["n/a", "gratis"]  # not numbers: shown as written
    assert cells(dialog, 0)[4] == "voice" and cells(dialog, 2)[4] == server_labels.rendered(
        server_labels.CALL_KINDS, QCoreApplication.translate)["sms"]  # an unknown kind is shown as written
    assert cells(dialog, 3) == ["03/03/2026", "11:00:00", "+393470000001", "", "", "", ""]
    assert cells(dialog, 4) == ["04/03/2026", "12:00:00", "+393470000001", "+39334", "voice", "1:00:00",
                                formatting.euro(5)]  # fmt: skip


def test_a_csv_written_with_commas_reads_the_same(qtbot):
    rows = ["2026-03-01;09:15:00;+393470000001;+390612345678;voice;125;1234"]
    with_semicolons = open_dialog(qtbot, csv_bytes(rows))
    with_commas = open_dialog(
        qtbot, ("\ufeff" + HEADER.replace(";", ",") + "\n" + rows[0].replace(";", ",") + "\n").encode("utf-8")
    )  # with the byte-order mark Excel puts in front, and Unix line ends
    assert with_commas.rows() == with_semicolons.rows() == 1
    assert headers(with_commas) == headers(with_semicolons)
    assert cells(with_commas, 0) == cells(with_semicolons, 0)
    empty = open_dialog(qtbot, b"")
    assert empty.rows() == 0 and empty.model.columnCount() == 0


def test_a_hundred_thousand_calls_open_at_once(qtbot):
    n = 100_000
    data = csv_bytes(
        [f"2026-03-{1 + i % 28:02d};{i % 24:02d}:{i % 60:02d}:00;+393470000001;+39{i:09d};voice;{i % 900};{i % 500}"
         for i in range(n)]
    )  # fmt: skip
    dialog = open_dialog(qtbot, data)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.rows() == n
    assert dialog.count.text() == dialog.tr("%1 calls and sessions", "", n).replace("%1", formatting.count(n))
    assert formatting.count(n) in dialog.count.text() and formatting.count(n) != str(n)  # "100.000"
    assert cells(dialog, n - 1)[5:] == [f"{(n - 1) % 900 // 60}:{(n - 1) % 900 % 60:02d}",
                                        formatting.euro((n - 1) % 500)]  # fmt: skip


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


def test_a_broken_row_keeps_the_rows_before_it_and_the_file_savable(qtbot, tmp_path):
    huge = "x" * (csv.field_size_limit() + 10)  # beyond what csv accepts in one field
    data = f"date;time;line\n2026-10-01;12:38;+393933446613\n2026-10-02;{huge};+39\n".encode()
    dialog = CallDetailDialog(data, "rotto.csv")
    qtbot.addWidget(dialog)
    assert dialog.rows() == 1
    dialog.save_to(tmp_path / "rotto.csv")
    assert (tmp_path / "rotto.csv").read_bytes() == data  # the file itself is kept whole
