"""User-facing texts of the invoices package, as translatable Messages (context "FatturaPA")."""

from __future__ import annotations

from windtre_desktop.domain.display import FileSize
from windtre_desktop.domain.messages import QT_TRANSLATE_NOOP, Message

_CONTEXT = "FatturaPA"


def empty_file() -> Message:
    return Message(_CONTEXT, QT_TRANSLATE_NOOP("FatturaPA", "The invoice file is empty."))


def too_large(size: int, limit: int) -> Message:
    return Message(_CONTEXT, QT_TRANSLATE_NOOP(
        "FatturaPA", "The invoice file is too large (%1; the limit is %2)."), (FileSize(size), FileSize(limit)))


def not_fatturapa() -> Message:
    return Message(_CONTEXT, QT_TRANSLATE_NOOP(
        "FatturaPA", "This file is not a FatturaPA electronic invoice."))


def malformed_xml(detail: str) -> Message:
    return Message(_CONTEXT, QT_TRANSLATE_NOOP(
        "FatturaPA", "The invoice file is not well-formed XML and cannot be read (%1)."), (detail,))


def hostile_content() -> Message:
    return Message(_CONTEXT, QT_TRANSLATE_NOOP(
        "FatturaPA", "The invoice file contains a DTD or entity declarations, which a FatturaPA file "
                     "never has; it was not opened for safety."))


def signed_file_damaged() -> Message:
    return Message(_CONTEXT, QT_TRANSLATE_NOOP(
        "FatturaPA", "The signed invoice file (.p7m) is damaged and its content cannot be extracted."))


def signature_invalid() -> Message:
    return Message(_CONTEXT, QT_TRANSLATE_NOOP(
        "FatturaPA", "The signed invoice file (.p7m) was altered after signing: its digital signature "
                     "does not match its content. It is not shown."))


def signed_file_detached() -> Message:
    return Message(_CONTEXT, QT_TRANSLATE_NOOP(
        "FatturaPA", "The signed invoice file (.p7m) holds only a detached signature, without the invoice "
                     "itself. Open the invoice's own .xml file instead."))


def signer_certificate_missing() -> Message:
    return Message(_CONTEXT, QT_TRANSLATE_NOOP(
        "FatturaPA", "The signed invoice file (.p7m) does not include the signer's certificate, so its "
                     "digital signature cannot be checked. It is not shown."))


def attachment_damaged(name: str) -> Message:
    return Message(_CONTEXT, QT_TRANSLATE_NOOP(
        "FatturaPA", "The embedded attachment \"%1\" is damaged and cannot be decoded."), (name,))
