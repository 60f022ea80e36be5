"""What the app shows for the enum-like codes the server sends (docs/api.md "Codes and labels").

The server sends stable codes (recharge types, statuses and outcomes, call kinds, invoice kinds and
statuses); the words the user reads come from these tables, through the app's translations, so the
English UI never shows the server's Italian. A code the app does not know yet is shown as the
server's own text (`shown`), never as an error. Ticket reasons, topics and statuses have their
tables in domain.tickets. Qt-free: a view renders a Message with QCoreApplication.translate.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from windtre_desktop.domain.messages import QT_TRANSLATE_NOOP, Message

_CONTEXT = "ServerLabels"


def _t(text: str) -> Message:
    return Message(_CONTEXT, text)


RECHARGE_TYPES: dict[str, Message] = {
    "online": _t(QT_TRANSLATE_NOOP("ServerLabels", "Online")),
    "voucher": _t(QT_TRANSLATE_NOOP("ServerLabels", "Voucher")),
    "automatic": _t(QT_TRANSLATE_NOOP("ServerLabels", "Automatic")),
    "shop": _t(QT_TRANSLATE_NOOP("ServerLabels", "In store")),
}

ATTEMPT_STATUSES: dict[str, Message] = {
    "completed": _t(QT_TRANSLATE_NOOP("ServerLabels", "Completed")),
    "failed": _t(QT_TRANSLATE_NOOP("ServerLabels", "Failed")),
    "pending": _t(QT_TRANSLATE_NOOP("ServerLabels", "Pending")),
}

RECHARGE_OUTCOMES: dict[str, Message] = {
    "RECHARGED": _t(QT_TRANSLATE_NOOP("ServerLabels", "Recharge made")),
    "AWAITING_CONFIRMATION": _t(QT_TRANSLATE_NOOP("ServerLabels", "Awaiting confirmation from the payment circuit")),
    "PAYMENT_REFUSED": _t(QT_TRANSLATE_NOOP("ServerLabels", "Payment refused by the bank")),
    "PAYMENT_TIMEOUT": _t(QT_TRANSLATE_NOOP("ServerLabels", "No answer from the payment page within 10 minutes")),
    "CARD_EXPIRED": _t(QT_TRANSLATE_NOOP("ServerLabels", "Card expired")),
    "CARD_LIMIT_EXCEEDED": _t(QT_TRANSLATE_NOOP("ServerLabels", "Amount over the card's limit")),
    "CANCELLED_BY_USER": _t(QT_TRANSLATE_NOOP("ServerLabels", "Cancelled by the user")),
}

CALL_KINDS: dict[str, Message] = {
    "voice_national": _t(QT_TRANSLATE_NOOP("ServerLabels", "National call")),
    "voice_mobile": _t(QT_TRANSLATE_NOOP("ServerLabels", "Call to mobile")),
    "voice_international": _t(QT_TRANSLATE_NOOP("ServerLabels", "International call")),
    "sms": _t(QT_TRANSLATE_NOOP("ServerLabels", "SMS")),
    "data": _t(QT_TRANSLATE_NOOP("ServerLabels", "Data session")),
}

INVOICE_KINDS: dict[str, Message] = {
    "service": _t(QT_TRANSLATE_NOOP("ServerLabels", "Services")),
    "device": _t(QT_TRANSLATE_NOOP("ServerLabels", "Devices")),
}

INVOICE_STATUSES: dict[str, Message] = {
    "paid": _t(QT_TRANSLATE_NOOP("ServerLabels", "Paid")),
    "due": _t(QT_TRANSLATE_NOOP("ServerLabels", "Due")),
    "overdue": _t(QT_TRANSLATE_NOOP("ServerLabels", "Overdue")),
}


# Traffico: the five types, and the kinds within them (docs/api.md "Traffic")
TRAFFIC_TYPES: dict[str, Message] = {
    "calls": _t(QT_TRANSLATE_NOOP("ServerLabels", "Calls")),
    "messages": _t(QT_TRANSLATE_NOOP("ServerLabels", "Messages")),
    "internet": _t(QT_TRANSLATE_NOOP("ServerLabels", "Internet")),
    "options": _t(QT_TRANSLATE_NOOP("ServerLabels", "Options")),
    "other": _t(QT_TRANSLATE_NOOP("ServerLabels", "Other")),
}

TRAFFIC_KINDS: dict[str, Message] = {
    "voice_national": _t(QT_TRANSLATE_NOOP("ServerLabels", "National call")),
    "voice_international": _t(QT_TRANSLATE_NOOP("ServerLabels", "International call")),
    "voice_roaming": _t(QT_TRANSLATE_NOOP("ServerLabels", "Call in roaming")),
    "sms": _t(QT_TRANSLATE_NOOP("ServerLabels", "SMS")),
    "mms": _t(QT_TRANSLATE_NOOP("ServerLabels", "MMS")),
    "data": _t(QT_TRANSLATE_NOOP("ServerLabels", "Data session")),
    "data_roaming": _t(QT_TRANSLATE_NOOP("ServerLabels", "Data in roaming")),
    "option": _t(QT_TRANSLATE_NOOP("ServerLabels", "Option")),
    "other": _t(QT_TRANSLATE_NOOP("ServerLabels", "Other charge")),
}


# Prodotti: GSS package types, device instalments and maintenance (docs/api.md "Products")
GSS_TYPES: dict[str, Message] = {
    "data_share": _t(QT_TRANSLATE_NOOP("ServerLabels", "Data sharing")),
    "voice_data_share": _t(QT_TRANSLATE_NOOP("ServerLabels", "Voice and data sharing")),
}

INSTALMENTS: dict[str, Message] = {
    "none": _t(QT_TRANSLATE_NOOP("ServerLabels", "Paid in full")),
    "24_months": _t(QT_TRANSLATE_NOOP("ServerLabels", "24 instalments")),
    "30_months": _t(QT_TRANSLATE_NOOP("ServerLabels", "30 instalments")),
    "36_months": _t(QT_TRANSLATE_NOOP("ServerLabels", "36 instalments")),
}

MAINTENANCE: dict[str, Message] = {
    "none": _t(QT_TRANSLATE_NOOP("ServerLabels", "No maintenance")),
    "basic": _t(QT_TRANSLATE_NOOP("ServerLabels", "Basic")),
    "premium": _t(QT_TRANSLATE_NOOP("ServerLabels", "Premium")),
}


# Ricarica Online and Ricarica Automatica: order methods, statuses, outcomes; rule modes
RECHARGE_METHODS: dict[str, Message] = {
    "card": _t(QT_TRANSLATE_NOOP("ServerLabels", "Credit card")),
    "invoice": _t(QT_TRANSLATE_NOOP("ServerLabels", "Charge to the invoice")),
}

ORDER_STATUSES: dict[str, Message] = {
    "awaiting_payment": _t(QT_TRANSLATE_NOOP("ServerLabels", "Awaiting payment")),
    "completed": _t(QT_TRANSLATE_NOOP("ServerLabels", "Completed")),
    "failed": _t(QT_TRANSLATE_NOOP("ServerLabels", "Failed")),
}

ORDER_OUTCOMES: dict[str, Message] = {
    "RECHARGED": _t(QT_TRANSLATE_NOOP("ServerLabels", "Recharge made")),
    "PAYMENT_REFUSED": _t(QT_TRANSLATE_NOOP("ServerLabels", "Payment refused by the bank")),
    "PAYMENT_TIMEOUT": RECHARGE_OUTCOMES["PAYMENT_TIMEOUT"],
}

AUTO_RECHARGE_MODES: dict[str, Message] = {
    "threshold": _t(QT_TRANSLATE_NOOP("ServerLabels", "Under a threshold")),
    "monthly": _t(QT_TRANSLATE_NOOP("ServerLabels", "Every month")),
}


# Fai da te: activation stages, SIM association actions, promotion kinds
ACTIVATION_STAGES: dict[str, Message] = {
    "received": _t(QT_TRANSLATE_NOOP("ServerLabels", "Request received")),
    "feasibility": _t(QT_TRANSLATE_NOOP("ServerLabels", "Feasibility check")),
    "scheduled": _t(QT_TRANSLATE_NOOP("ServerLabels", "Work scheduled")),
    "installation": _t(QT_TRANSLATE_NOOP("ServerLabels", "Installation")),
    "testing": _t(QT_TRANSLATE_NOOP("ServerLabels", "Testing")),
    "active": _t(QT_TRANSLATE_NOOP("ServerLabels", "Line active")),
}

SIM_ACTIONS: dict[str, Message] = {
    "associated": _t(QT_TRANSLATE_NOOP("ServerLabels", "Associated")),
    "dissociated": _t(QT_TRANSLATE_NOOP("ServerLabels", "Dissociated")),
}

PROMOTION_KINDS: dict[str, Message] = {
    "data": _t(QT_TRANSLATE_NOOP("ServerLabels", "Data")),
    "voice": _t(QT_TRANSLATE_NOOP("ServerLabels", "Calls")),
    "roaming": _t(QT_TRANSLATE_NOOP("ServerLabels", "Roaming")),
    "device": _t(QT_TRANSLATE_NOOP("ServerLabels", "Device")),
}

def shown(table: Mapping[str, Message], code: object, server_text: object = "",
          translate: Callable[[str, str], str] | None = None) -> str:
    """The label of `code`; for a code not in the table, the server's text (else the code itself)."""
    key = code.strip() if isinstance(code, str) else ""
    message = table.get(key)
    if message is not None:
        return message.render(translate) if translate is not None else message.render()
    text = server_text.strip() if isinstance(server_text, str) else ""
    return text or key


def rendered(table: Mapping[str, Message], translate: Callable[[str, str], str] | None = None) -> dict[str, str]:
    """The whole table as code → text, for models and exports that look labels up row by row."""
    return {code: (message.render(translate) if translate is not None else message.render())
            for code, message in table.items()}


# -- Fai da te: options and services (R-65, R-66; docs/api.md "Attivazione / Disattivazione Opzioni") --
OPTION_KINDS: dict[str, Message] = {
    "data": _t(QT_TRANSLATE_NOOP("ServerLabels", "Data")),
    "voice": _t(QT_TRANSLATE_NOOP("ServerLabels", "Voice")),
    "sms": _t(QT_TRANSLATE_NOOP("ServerLabels", "SMS")),
    "roaming": _t(QT_TRANSLATE_NOOP("ServerLabels", "Roaming")),
}

OPTION_OPERATIONS: dict[str, Message] = {
    "activate": _t(QT_TRANSLATE_NOOP("ServerLabels", "Activation")),
    "deactivate": _t(QT_TRANSLATE_NOOP("ServerLabels", "Deactivation")),
}

COMPATIBILITY_REASONS: dict[str, Message] = {
    "FIXED_LINE": _t(QT_TRANSLATE_NOOP("ServerLabels", "A fixed line: options and services are for mobile lines")),
    "DATA_ONLY": _t(QT_TRANSLATE_NOOP("ServerLabels", "A data-only SIM: no voice or SMS")),
    "OFFER_EXCLUDED": _t(QT_TRANSLATE_NOOP("ServerLabels", "The line's offer does not allow it")),
    "ALREADY_ACTIVE": _t(QT_TRANSLATE_NOOP("ServerLabels", "Already active")),
    "NOT_ACTIVE": _t(QT_TRANSLATE_NOOP("ServerLabels", "Not active")),
    "PREMIUM_BARRED": _t(QT_TRANSLATE_NOOP("ServerLabels", "The line bars premium services")),
}

OPTION_REQUEST_STATUSES: dict[str, Message] = {
    "running": _t(QT_TRANSLATE_NOOP("ServerLabels", "Running")),
    "completed": _t(QT_TRANSLATE_NOOP("ServerLabels", "Completed")),
}

SERVICE_CATEGORIES: dict[str, Message] = {
    "mobile": _t(QT_TRANSLATE_NOOP("ServerLabels", "Mobile services")),
    "premium": _t(QT_TRANSLATE_NOOP("ServerLabels", "Premium services")),
}

SERVICE_KINDS: dict[str, Message] = {
    "technical": _t(QT_TRANSLATE_NOOP("ServerLabels", "Technical")),
    "content": _t(QT_TRANSLATE_NOOP("ServerLabels", "Content")),
    "premium": _t(QT_TRANSLATE_NOOP("ServerLabels", "Premium")),
}


# Notifiche (R-80…R-82): the feed's kinds, the settings' channels, payment methods (docs/api.md "Notifications")
NOTIFICATION_KINDS: dict[str, Message] = {
    "invoice_overdue": _t(QT_TRANSLATE_NOOP("ServerLabels", "Overdue invoice")),
    "payment_method_invalid": _t(QT_TRANSLATE_NOOP("ServerLabels", "Invalid payment method")),
    "promotion": _t(QT_TRANSLATE_NOOP("ServerLabels", "Dedicated promotions")),
    "data_abroad_threshold": _t(QT_TRANSLATE_NOOP("ServerLabels", "Data threshold abroad")),
    "fixed_activation": _t(QT_TRANSLATE_NOOP("ServerLabels", "Fixed-line activation")),
    "gss_threshold": _t(QT_TRANSLATE_NOOP("ServerLabels", "Giga Share threshold")),
    "ticket_status": _t(QT_TRANSLATE_NOOP("ServerLabels", "Ticket status")),
}

NOTIFICATION_CHANNELS: dict[str, Message] = {
    "sms": _t(QT_TRANSLATE_NOOP("ServerLabels", "SMS")),
    "email": _t(QT_TRANSLATE_NOOP("ServerLabels", "Email")),
}

PAYMENT_METHODS: dict[str, Message] = {
    "SDD": _t(QT_TRANSLATE_NOOP("ServerLabels", "Direct debit (SDD)")),
    "BONIFICO": _t(QT_TRANSLATE_NOOP("ServerLabels", "Bank transfer")),
    "CARTA_DI_CREDITO": _t(QT_TRANSLATE_NOOP("ServerLabels", "Credit card")),
}
