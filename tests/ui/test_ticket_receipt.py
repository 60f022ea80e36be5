"""The ticket receipt is a real PDF holding the ticket number and the status history."""

from __future__ import annotations

from PySide6.QtPdf import QPdfDocument

from windtre_desktop.widgets.ticket_receipt import write_receipt_pdf

TICKET = {
    "number": "TK-2026-000123", "reason": "LOSS_THEFT", "topic": "SIM_REPLACEMENT", "status": "ASSIGNED",
    "createdAt": "2026-11-23T10:15:00+01:00", "msisdn": "+393471234567", "deliverySite": "Via Roma 1, Milano",
    "notes": "Smarrita in treno <urgent>", "history": [{"status": "ASSIGNED", "at": "2026-11-23T10:15:00+01:00"}],
    "attachments": [{"filename": "denuncia.pdf"}],
}


def test_receipt_pdf_opens_and_says_the_ticket_number(qapp, tmp_path):
    path = write_receipt_pdf(TICKET, tmp_path / "receipt.pdf", "Rossi Logistica S.r.l.")
    assert path.read_bytes().startswith(b"%PDF-")
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    assert document.pageCount() >= 1
    text = document.getAllText(0).text()
    for expected in ("TK-2026-000123", "+393471234567", "Rossi Logistica", "<urgent>", "denuncia.pdf"):
        assert expected in text, expected
