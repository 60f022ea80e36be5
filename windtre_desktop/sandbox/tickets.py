"""Tickets in the sandbox (R-70…R-73): multipart parsing, field and attachment rules, one open ticket per
company, statuses derived from the sandbox clock, and the blank IMEI block request form."""

from __future__ import annotations

import email.message
import hashlib
import json
import re
import unicodedata
from datetime import datetime
from typing import Any

from stdnum import luhn

from windtre_desktop.sandbox.accounts import _EMAIL, _UNSEEN, SessionUser, normalise_msisdn
from windtre_desktop.sandbox.demo_data import iso_time
from windtre_desktop.sandbox.messages import ApiError

MAX_ATTACHMENTS = 3
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_TOTAL_BYTES = 12 * 1024 * 1024
MAX_REQUEST_BYTES = 13 * 1024 * 1024
MAX_NOTES = 300
IN_PROGRESS_AFTER = 3600
CLOSED_AFTER = 24 * 3600

REASONS = {
    "LOSS_THEFT": ("SIM_REPLACEMENT", "IMEI_BLOCK"),
    "ADMINISTRATIVE": (
        "ACTIVATION_DELAY",
        "DELIVERY_DELAY",
        "WRONG_TARIFF",
        "WRONG_RECHARGE_CHARGE",
        "PREMIUM_SERVICES",
        "WRONG_INVOICE_FORMAT",
        "OTHER",
    ),
}
INVOICE_REQUIRED = frozenset({"WRONG_TARIFF", "PREMIUM_SERVICES", "WRONG_INVOICE_FORMAT"})
KINDS = ("request_form", "identity_document", "authority_report", "other")
IMEI_KINDS = ("request_form", "identity_document", "authority_report")
CHOICES = {
    "service": ("voice", "data"),
    "type": ("theft", "loss"),
    "domain": ("fixed", "mobile"),
    "notify": ("sms", "email"),
}
FIELDS = (
    "reason", "topic", "service", "type", "msisdn", "deliverySite", "referent", "imei",
    "domain", "invoiceNumber", "site", "requester", "notify", "notes",
)  # fmt: skip
MAGIC = (
    (b"%PDF-", "application/pdf", (".pdf",)),
    (b"\xff\xd8\xff", "image/jpeg", (".jpg", ".jpeg")),
    (b"\x89PNG\r\n\x1a\n", "image/png", (".png",)),
)

_PHONE = re.compile(r"\+?[0-9][0-9 ./-]*")
_INVOICE = re.compile(r"[A-Za-z0-9/_.-]{1,30}")

TICKET_SCHEMA = """
CREATE TABLE tickets (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, number TEXT NOT NULL UNIQUE, company_id TEXT NOT NULL,
    created REAL NOT NULL, json TEXT NOT NULL);
CREATE INDEX tickets_company ON tickets (company_id, seq);
CREATE TABLE ticket_attachments (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, ticket_id TEXT NOT NULL, kind TEXT NOT NULL,
    filename TEXT NOT NULL, content_type TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL,
    data BLOB NOT NULL);
"""

Problem = tuple[str, str, dict]


# -- multipart/form-data --------------------------------------------------------------------------------


class Part:
    """One part of a multipart/form-data body."""

    def __init__(self, name: str, filename: str | None, content_type: str | None, data: bytes) -> None:
        self.name = name
        self.filename = filename
        self.content_type = content_type
        self.data = data


def parse_multipart(content_type: str, body: bytes) -> list[Part]:
    """The parts of a multipart/form-data body; ApiError 400 (field "ticket") when it is not one."""
    header = email.message.Message()
    header["Content-Type"] = content_type or ""
    boundary = header.get_param("boundary")
    if header.get_content_type() != "multipart/form-data" or not isinstance(boundary, str) or not boundary:
        raise ApiError(400, "ERR-VAL-01", field="ticket", key="multipart_required")
    delimiter = b"--" + boundary.encode("latin-1")
    chunks = (b"\r\n" + body).split(b"\r\n" + delimiter)
    parts: list[Part] = []
    for chunk in chunks[1:]:
        if chunk.startswith(b"--"):
            break
        head, separator, data = chunk.partition(b"\r\n\r\n")
        if not separator:
            raise ApiError(400, "ERR-VAL-01", field="ticket", key="multipart_required")
        headers = email.message.Message()
        for line in head.decode("utf-8", "replace").split("\r\n"):
            name, colon, value = line.partition(":")
            if colon:
                headers[name.strip()] = value.strip()
        name = headers.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        filename = headers.get_filename()
        declared = headers.get("Content-Type")
        parts.append(Part(name, filename, declared, data))
    else:
        raise ApiError(400, "ERR-VAL-01", field="ticket", key="multipart_required")
    return parts


# -- rules -------------------------------------------------------------------------------------------------


def _text(body: dict, name: str, limit: int, problems: list[Problem]) -> str | None:
    value = body.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        problems.append((name, "required", {}))
        return None
    if not isinstance(value, str) or len(value.strip()) > limit:
        problems.append((name, "text_invalid", {"max": limit}))
        return None
    if not any(c.isalnum() for c in value) or any(unicodedata.category(c) in _UNSEEN for c in value):
        problems.append((name, "text_unseen", {}))  # NUL, BEL, zero-width or bidi marks: "not blank" is not enough
        return None
    return value.strip()


def _choice(body: dict, name: str, choices: tuple[str, ...], problems: list[Problem]) -> str | None:
    value = body.get(name)
    if value is None or value == "":
        problems.append((name, "required", {}))
        return None
    if value not in choices:
        problems.append((name, "choice_invalid", {"choices": ", ".join(choices)}))
        return None
    return value


def _person(body: dict, name: str, problems: list[Problem]) -> dict | None:
    value = body.get(name)
    if not isinstance(value, dict):
        problems.append((name, "required", {}))
        return None
    before = len(problems)
    person_name = _text(value, "name", 100, scratch := [])
    problems += [(f"{name}.{field}", key, params) for field, key, params in scratch]
    phone = value.get("phone")
    digits = re.sub(r"\D", "", phone) if isinstance(phone, str) else ""
    if phone is not None and not isinstance(phone, str):  # given, of the wrong type: not valid, not missing
        problems.append((f"{name}.phone", "phone_invalid", {}))
    elif not isinstance(phone, str) or not phone.strip():
        problems.append((f"{name}.phone", "required", {}))
    elif not _PHONE.fullmatch(phone.strip()) or not 6 <= len(digits) <= 15:
        problems.append((f"{name}.phone", "phone_invalid", {}))
    mail = value.get("email")
    if mail is not None and not isinstance(mail, str):
        problems.append((f"{name}.email", "email_invalid", {}))
    elif not isinstance(mail, str) or not mail.strip():
        problems.append((f"{name}.email", "required", {}))
    elif not _EMAIL.fullmatch(mail.strip()) or len(mail) > 254:
        problems.append((f"{name}.email", "email_invalid", {}))
    if len(problems) > before:
        return None
    return {"name": person_name, "phone": phone.strip(), "email": mail.strip()}


def imei_ok(value: str) -> bool:
    return len(value) == 15 and value.isdigit() and luhn.is_valid(value)


def check_attachment(part: Part) -> str | None:
    """The problem (message key) of one attachment, or None."""
    if not part.data:
        return "attachment_empty"
    if len(part.data) > MAX_FILE_BYTES:
        return "attachment_too_big"
    name = (part.filename or "").lower()
    for magic, _, extensions in MAGIC:
        if part.data.startswith(magic):
            return None if name.endswith(extensions) else "attachment_type"
    return "attachment_type"


def content_type_of(data: bytes) -> str:
    return next(media for magic, media, _ in MAGIC if data.startswith(magic))


def ticket_status(created: float, now: float) -> str:
    age = now - created
    if age >= CLOSED_AFTER:
        return "CLOSED"
    if age >= IN_PROGRESS_AFTER:
        return "IN_PROGRESS"
    return "ASSIGNED"


def _history(created: float, now: float) -> list[dict]:
    steps = (("ASSIGNED", 0), ("IN_PROGRESS", IN_PROGRESS_AFTER), ("CLOSED", CLOSED_AFTER))
    return [{"status": s, "at": iso_time(created + after)} for s, after in steps if now - created >= after]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class Tickets:
    """The ticket half of the sandbox state (mixed into State, which provides db, lock and the clock)."""

    db: Any
    lock: Any

    def now(self) -> float:  # pragma: no cover - provided by State
        raise NotImplementedError

    # -- reading -------------------------------------------------------------------------------------------
    def _ticket(self, row: tuple) -> dict:
        created, raw = row
        ticket = json.loads(raw)
        now = self.now()
        ticket["status"] = ticket_status(created, now)
        ticket["history"] = _history(created, now)
        return ticket

    def tickets(self, user: SessionUser) -> list[dict]:
        with self.lock:
            rows = self.db.execute(
                "SELECT created, json FROM tickets WHERE company_id = ? ORDER BY seq DESC", (user.company_id,)
            ).fetchall()
        return [self._ticket(row) for row in rows]

    def ticket(self, user: SessionUser, ticket_id: str) -> dict:
        with self.lock:
            row = self.db.execute(
                "SELECT created, json FROM tickets WHERE id = ? AND company_id = ?",
                (ticket_id, user.company_id),
            ).fetchone()
        if row is None:
            raise ApiError(404, "ERR-VAL-01", field="ticketId", key="ticket_not_found", ticketId=ticket_id)
        return self._ticket(row)

    def open_ticket(self, user: SessionUser) -> dict | None:
        with self.lock:
            row = self.db.execute(
                "SELECT created, json FROM tickets WHERE company_id = ? AND created > ? ORDER BY seq DESC",
                (user.company_id, self.now() - CLOSED_AFTER),
            ).fetchone()
        return None if row is None else self._ticket(row)

    def ticket_attachment(
        self, user: SessionUser, ticket_id: str, attachment_id: str
    ) -> tuple[str, str, bytes]:
        """(filename, content type, bytes) of one attachment of a ticket of the user's company."""
        self.ticket(user, ticket_id)
        with self.lock:
            row = self.db.execute(
                "SELECT filename, content_type, data FROM ticket_attachments WHERE id = ? AND ticket_id = ?",
                (attachment_id, ticket_id),
            ).fetchone()
        if row is None:
            raise ApiError(
                404,
                "ERR-VAL-01",
                field="attachmentId",
                key="attachment_not_found",
                attachmentId=attachment_id,
            )
        return row[0], row[1], bytes(row[2])

    # -- filing ----------------------------------------------------------------------------------------------
    def create_ticket(self, user: SessionUser, parts: list[Part]) -> dict:
        """File a ticket from the multipart parts (R-70…R-73); ApiError 400 / 409 ERR-TKT-01 otherwise."""
        body = self._ticket_body(parts)
        with self.lock:
            open_one = self.open_ticket(user)
            if open_one is not None:
                data = {k: open_one[k] for k in ("id", "number", "status")}
                raise ApiError(409, "ERR-TKT-01", data=data, number=open_one["number"])
            ticket, files = self._validate(user, body, parts)
            return self._insert_ticket(user, ticket, files)

    @staticmethod
    def _ticket_body(parts: list[Part]) -> dict:
        found = [p for p in parts if p.name == "ticket" and p.filename is None]
        found = found or [p for p in parts if p.name == "ticket"]
        if not found:
            raise ApiError(400, "ERR-VAL-01", field="ticket", key="required")
        try:
            body = json.loads(found[0].data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            body = None
        if not isinstance(body, dict):
            raise ApiError(400, "ERR-VAL-01", field="ticket", key="ticket_json_invalid")
        return body

    def _validate(
        self, user: SessionUser, body: dict, parts: list[Part]
    ) -> tuple[dict, list[tuple[str, Part]]]:
        problems: list[Problem] = []
        ticket: dict[str, Any] = dict.fromkeys(FIELDS)
        reason = _choice(body, "reason", tuple(REASONS), problems)
        topic = None
        if reason is not None:
            topic = _choice(body, "topic", REASONS[reason], problems)
        ticket.update(reason=reason, topic=topic)
        notes = body.get("notes")
        if notes is None:
            notes = ""
        if not isinstance(notes, str):
            problems.append(("notes", "text_invalid", {"max": MAX_NOTES}))
        elif len(notes) > MAX_NOTES:
            problems.append(("notes", "notes_too_long", {"max": MAX_NOTES, "length": len(notes)}))
        ticket["notes"] = notes
        if topic in ("SIM_REPLACEMENT", "IMEI_BLOCK"):
            ticket["service"] = _choice(body, "service", CHOICES["service"], problems)
        if topic == "SIM_REPLACEMENT":
            ticket["type"] = _choice(body, "type", CHOICES["type"], problems)
            ticket["msisdn"] = self._company_mobile(user, body.get("msisdn"), problems)
            ticket["deliverySite"] = _text(body, "deliverySite", 200, problems)
            ticket["referent"] = _person(body, "referent", problems)
        elif topic == "IMEI_BLOCK":
            raw = body.get("imei")
            imei = re.sub(r"[\s-]", "", raw) if isinstance(raw, str) else ""
            if raw is not None and not isinstance(raw, str):  # a number, a list…: given, but not valid
                problems.append(("imei", "imei_invalid", {}))
            elif not imei:
                problems.append(("imei", "required", {}))
            elif not imei_ok(imei):
                problems.append(("imei", "imei_invalid", {}))
            ticket["imei"] = imei
        elif reason == "ADMINISTRATIVE" and topic is not None:
            ticket["domain"] = _choice(body, "domain", CHOICES["domain"], problems)
            invoice = body.get("invoiceNumber")
            if invoice is None or (isinstance(invoice, str) and not invoice.strip()):
                if topic in INVOICE_REQUIRED:
                    problems.append(("invoiceNumber", "required", {}))
                invoice = None
            elif not isinstance(invoice, str) or not _INVOICE.fullmatch(invoice.strip()):
                problems.append(("invoiceNumber", "invoice_invalid", {}))
            ticket["invoiceNumber"] = invoice.strip() if isinstance(invoice, str) else None
            ticket["site"] = _text(body, "site", 200, problems)
            ticket["referent"] = _person(body, "referent", problems)
            ticket["requester"] = _person(body, "requester", problems)
            ticket["notify"] = _choice(body, "notify", CHOICES["notify"], problems)
        files = self._attachments(body, parts, topic, problems)
        if problems:
            raise ApiError.invalid(problems)
        return ticket, files

    def _company_mobile(self, user: SessionUser, value: Any, problems: list[Problem]) -> str | None:
        if not isinstance(value, str) or not value.strip():
            problems.append(("msisdn", "required", {}))
            return None
        msisdn = normalise_msisdn(value)
        if msisdn is None:
            problems.append(("msisdn", "mobile_invalid", {}))
            return None
        with self.lock:
            row = self.db.execute(
                "SELECT 1 FROM lines WHERE msisdn = ? AND company_id = ? AND kind = 'mobile' AND deleted = 0",
                (msisdn, user.company_id),
            ).fetchone()
        if row is None:
            problems.append(("msisdn", "msisdn_not_company", {"msisdn": msisdn}))
            return None
        return msisdn

    @staticmethod
    def _attachments(
        body: dict, parts: list[Part], topic: str | None, problems: list[Problem]
    ) -> list[tuple[str, Part]]:
        """(kind, part) of each file part, in order; adds the attachment problems."""
        kinds_given = body.get("kinds")
        if kinds_given is not None and (
            not isinstance(kinds_given, list) or any(k not in KINDS for k in kinds_given)
        ):
            problems.append(("kinds", "choice_invalid", {"choices": ", ".join(KINDS)}))
            kinds_given = []
        queue = list(kinds_given or [])
        files: list[tuple[str, Part]] = []
        for part in parts:
            if part.name == "ticket":
                continue
            if part.name == "attachments":
                kind = queue.pop(0) if queue else "other"
            elif part.name in KINDS:
                kind = part.name
            else:
                continue
            files.append((kind, part))
        bad = False
        if len(files) > MAX_ATTACHMENTS:
            problems.append(
                ("attachments", "attachments_count", {"max": MAX_ATTACHMENTS, "count": len(files)})
            )
            return files
        for _, part in files:
            key = check_attachment(part)
            if key:
                bad = True
                problems.append(
                    ("attachments", key, {"filename": part.filename or "?", "max": MAX_FILE_BYTES // 2**20})
                )
        if not bad and sum(len(p.data) for _, p in files) > MAX_TOTAL_BYTES:
            problems.append(("attachments", "attachments_total", {"max": MAX_TOTAL_BYTES // 2**20}))
        if topic == "IMEI_BLOCK" and sorted(k for k, _ in files) != sorted(IMEI_KINDS):
            problems.append(("attachments", "attachments_imei", {}))
        return files

    def _insert_ticket(self, user: SessionUser, ticket: dict, files: list[tuple[str, Part]]) -> dict:
        created = self.now()
        year = datetime.fromisoformat(iso_time(created)).year
        with self.lock, self.db:
            self.db.execute("BEGIN")
            seq = self.db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM tickets").fetchone()[0]
            ticket_id, number = f"T{seq:06d}", f"TK-{year}-{seq:06d}"
            attachments = []
            for kind, part in files:
                next_seq = self.db.execute(
                    "SELECT COALESCE(MAX(seq), 0) + 1 FROM ticket_attachments"
                ).fetchone()[0]
                meta = {
                    "id": f"A{next_seq:06d}",
                    "kind": kind,
                    "filename": part.filename or "",
                    "contentType": content_type_of(part.data),
                    "size": len(part.data),
                    "sha256": hashlib.sha256(part.data).hexdigest(),
                }
                self.db.execute(
                    "INSERT INTO ticket_attachments VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (next_seq, meta["id"], ticket_id, kind, meta["filename"], meta["contentType"],
                     meta["size"], meta["sha256"], part.data),
                )  # fmt: skip
                attachments.append(meta)
            stored = {
                "id": ticket_id,
                "number": number,
                **ticket,
                "status": "ASSIGNED",
                "createdAt": iso_time(created),
                "createdBy": user.username,
                "history": [],
                "attachments": attachments,
            }
            self.db.execute(
                "INSERT INTO tickets VALUES (?, ?, ?, ?, ?, ?)",
                (seq, ticket_id, number, user.company_id, created, _dumps(stored)),
            )
        return self._ticket((created, _dumps(stored)))


# -- the blank IMEI block request form ------------------------------------------------------------------


def _pdf_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def imei_block_form() -> bytes:
    """A one-page A4 PDF with the form's title and blank fields, written by hand (Helvetica, WinAnsi)."""
    lines = [
        (18, "WINDTRE Business - Modulo di richiesta blocco IMEI"),
        (11, 'Da compilare, firmare e allegare alla richiesta "Reintegro Furto/Smarrimento" - blocco IMEI.'),
        (11, ""),
        (12, "Ragione sociale: ______________________________________________"),
        (12, "Partita IVA: __________________________________________________"),
        (12, "Numero della SIM (MSISDN): ____________________________________"),
        (12, "Codice IMEI del terminale (15 cifre): __________________________"),
        (12, "Marca e modello del terminale: ________________________________"),
        (12, "Evento:   [ ] furto     [ ] smarrimento      Data: ____/____/______"),
        (12, "Denuncia presentata a: _______________________________________"),
        (12, "Richiedente (nome e cognome): _________________________________"),
        (12, "Documento di identita n.: _____________________________________"),
        (11, ""),
        (12, "Luogo e data: ______________________   Firma: _________________"),
        (9, "Allegare: copia del documento di identita e copia della denuncia alle autorita."),
    ]
    commands = ["BT", "50 790 Td"]
    for size, line in lines:
        commands += [f"/F1 {size} Tf", f"({_pdf_text(line)}) Tj", f"0 -{size * 2 + 6} Td"]
    commands.append("ET")
    stream = "\n".join(commands).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)
