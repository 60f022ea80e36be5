"""A printable receipt of a filed ticket (R-70…R-73): number, what was asked, when, its status history.

Rendered from a QTextDocument into a PDF with QPdfWriter, so it needs no printer and no network;
the same document can be sent to a printer through QtPrintSupport.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from windtre_desktop.i18n import formatting


def receipt_html(ticket: dict, company_name: str = "") -> str:
    """The receipt as simple HTML (tables only: what QTextDocument prints well)."""
    rows = [
        (QCoreApplication.translate("TicketReceipt", "Ticket number"), ticket.get("number", "")),
        (QCoreApplication.translate("TicketReceipt", "Filed on"), formatting.timestamp(ticket.get("createdAt"))),
        (QCoreApplication.translate("TicketReceipt", "Status"), ticket.get("statusLabel") or ticket.get("status", "")),
        (QCoreApplication.translate("TicketReceipt", "Reason"), ticket.get("reasonLabel") or ticket.get("reason", "")),
        (QCoreApplication.translate("TicketReceipt", "Topic"), ticket.get("topicLabel") or ticket.get("topic", "")),
    ]
    for key, label in (("msisdn", QCoreApplication.translate("TicketReceipt", "Line")), ("imei", QCoreApplication.translate("TicketReceipt", "IMEI")), ("invoiceNumber", QCoreApplication.translate("TicketReceipt", "Invoice")),
                       ("deliverySite", QCoreApplication.translate("TicketReceipt", "Delivery site")), ("site", QCoreApplication.translate("TicketReceipt", "Site")), ("notes", QCoreApplication.translate("TicketReceipt", "Notes"))):
        if ticket.get(key):
            rows.append((label, str(ticket[key])))
    attachments = ticket.get("attachments") or []
    if attachments:
        rows.append((QCoreApplication.translate("TicketReceipt", "Attachments"), ", ".join(a.get("filename", "") for a in attachments)))
    body = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(str(v))}</td></tr>" for k, v in rows)
    history = "".join(
        f"<tr><td>{html.escape(formatting.timestamp(h.get('at')))}</td><td>{html.escape(str(h.get('status', '')))}</td></tr>"
        for h in ticket.get("history") or [])
    title = html.escape(QCoreApplication.translate("TicketReceipt", "Receipt of your request"))
    # translate() calls stay outside f-strings: pyside6-lupdate does not look inside them
    history_title = html.escape(QCoreApplication.translate("TicketReceipt", "Status history"))
    keep = html.escape(QCoreApplication.translate(
        "TicketReceipt", "Keep this receipt: quote the ticket number when you contact us."))
    company = f"<p>{html.escape(company_name)}</p>" if company_name else ""
    return (
        f"<h1>WINDTRE Business</h1><h2>{title}</h2>{company}"
        f"<table cellpadding='4' border='1' cellspacing='0' width='100%'>{body}</table>"
        + (f"<h3>{history_title}</h3>"
           f"<table cellpadding='4' border='1' cellspacing='0'>{history}</table>" if history else "")
        + f"<p><small>{keep}</small></p>"
    )


def write_receipt_pdf(ticket: dict, path: Path, company_name: str = "") -> Path:
    """Writes the receipt as an A4 PDF at `path` and returns it."""
    document = QTextDocument()
    document.setHtml(receipt_html(ticket, company_name))
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(QCoreApplication.translate("TicketReceipt", "Ticket %1").replace("%1", str(ticket.get("number", ""))))
    writer.setCreator("windtre-desktop")
    document.print_(writer)
    return path
