"""Notifiche without Qt (R-80…R-82): the feed's events parsed (every kind; an unknown kind is kept and shown
with its code), what each links to (line, invoice, package, ticket, activation, billing account, promotion),
its text parts, the six settings types with their channels, and the rule checked before a save is sent.

Numbers and dates are written by the caller's formatter (`Formatter`: the app passes i18n.formatting), so
this module stays free of Qt and of I/O."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from windtre_desktop.domain import server_labels as sl
from windtre_desktop.domain.messages import QT_TRANSLATE_NOOP, Message

_CONTEXT = "Notifications"

# the six R-80 types in the contract's order, and the channels each may use (docs/api.md)
SETTING_TYPES: tuple[str, ...] = (
    "invoice_overdue",
    "payment_method_invalid",
    "promotion",
    "data_abroad_threshold",
    "fixed_activation",
    "gss_threshold",
)
AVAILABLE_CHANNELS: dict[str, tuple[str, ...]] = {
    kind: ("sms",) if kind in ("data_abroad_threshold", "gss_threshold") else ("sms", "email")
    for kind in SETTING_TYPES
}
TICKET_STATUS = "ticket_status"  # not a setting: always on
KINDS: tuple[str, ...] = (*SETTING_TYPES, TICKET_STATUS)

# what an event opens in the app
LINE, INVOICE, PACKAGE, TICKET, ACTIVATION, BILLING_ACCOUNT, PROMOTION = (
    "line", "invoice", "package", "ticket", "activation", "billing_account", "promotion",
)  # fmt: skip
_TARGETS: dict[str, tuple[str, str]] = {
    "invoice_overdue": (INVOICE, "invoiceId"),
    "payment_method_invalid": (BILLING_ACCOUNT, "billingAccountId"),
    "promotion": (PROMOTION, "promotionId"),
    "data_abroad_threshold": (LINE, "lineId"),
    "fixed_activation": (ACTIVATION, "activationId"),
    "gss_threshold": (PACKAGE, "packageId"),
    "ticket_status": (TICKET, "ticketId"),
}


def _t(text: str, *args: str | Message) -> Message:
    return Message(_CONTEXT, text, args)


class Formatter(Protocol):
    def euro(self, cents: int) -> str: ...
    def day(self, value: str | None) -> str: ...
    def data_amount(self, value: int, unit: Any = None) -> str: ...
    def data_unit(self, total: int) -> Any: ...
    def count(self, value: int) -> str: ...


def _int(value: object) -> int:
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0


def _str(value: object) -> str:
    return "" if value is None else str(value)


@dataclass(frozen=True)
class Notification:
    """One event of the feed, with the app's read state."""

    id: str
    kind: str
    at: str
    fields: Mapping[str, Any] = field(default_factory=dict)
    read: bool = False

    @classmethod
    def from_json(cls, raw: Mapping[str, Any], read: bool = False) -> Notification | None:
        """None for what is not an event at all (no id); any kind is kept."""
        ident = _str(raw.get("id")).strip()
        if not ident:
            return None
        fields = {k: v for k, v in raw.items() if k not in ("id", "kind", "at")}
        return cls(ident, _str(raw.get("kind")).strip(), _str(raw.get("at")), fields, read)

    def to_json(self) -> str:
        return json.dumps({"id": self.id, "kind": self.kind, "at": self.at, **self.fields}, ensure_ascii=False)

    @property
    def known(self) -> bool:
        return self.kind in KINDS

    @property
    def target(self) -> tuple[str, str]:
        """(what it opens, its id): ("", "") for an unknown kind."""
        what, key = _TARGETS.get(self.kind, ("", ""))
        return (what, _str(self.fields.get(key))) if what else ("", "")

    @property
    def roaming_blocked(self) -> bool:
        """A data-abroad 100 % event: the line's data abroad stopped, an unlock may be offered (R-81)."""
        return self.kind == "data_abroad_threshold" and _int(self.fields.get("percent")) >= 100

    def title(self) -> Message:
        return sl.NOTIFICATION_KINDS.get(self.kind) or _t(QT_TRANSLATE_NOOP("Notifications", "Notification %1"),
                                                          self.kind or "?")

    def body(self, fmt: Formatter) -> Message:
        f = self.fields
        if self.kind == "invoice_overdue":
            return _t(QT_TRANSLATE_NOOP("Notifications", "Invoice %1 of %2 was due on %3 and is not paid "
                                                         "(billing account %4)."),
                      _str(f.get("number")), fmt.euro(_int(f.get("amountCents"))), fmt.day(_str(f.get("dueDate"))),
                      _str(f.get("billingAccountId")))
        if self.kind == "payment_method_invalid":
            method = _str(f.get("paymentMethod"))
            return _t(QT_TRANSLATE_NOOP("Notifications", "The payment method of the billing account %1 (%2) is "
                                                         "no longer valid: update it."),
                      _str(f.get("billingAccountId")), sl.PAYMENT_METHODS.get(method, method))
        if self.kind == "promotion":
            return _t(QT_TRANSLATE_NOOP("Notifications", "A promotion for your company: %1."), _str(f.get("name")))
        if self.kind == "data_abroad_threshold":
            threshold = _int(f.get("thresholdBytes"))
            unit = fmt.data_unit(threshold)
            used = fmt.data_amount(_int(f.get("usedBytes")), unit)
            limit = fmt.data_amount(threshold, unit)
            if self.roaming_blocked:
                return _t(QT_TRANSLATE_NOOP("Notifications", "The line %1 used all its data abroad (%2 of %3): "
                                                             "data abroad is blocked. Unlocks used: %4 of 2."),
                          _str(f.get("msisdn")), used, limit, fmt.count(_int(f.get("unlock"))))
            return _t(QT_TRANSLATE_NOOP("Notifications", "The line %1 used %2% of its data abroad (%3 of %4)."),
                      _str(f.get("msisdn")), fmt.count(_int(f.get("percent"))), used, limit)
        if self.kind == "fixed_activation":
            stage = _str(f.get("stage"))
            return _t(QT_TRANSLATE_NOOP("Notifications", "Activation %1 of the fixed line %2: %3 (%4%)."),
                      _str(f.get("activationId")), _str(f.get("msisdn")),
                      sl.ACTIVATION_STAGES.get(stage, stage), fmt.count(_int(f.get("progress"))))
        if self.kind == "gss_threshold":
            pooled = _int(f.get("pooledBytes"))
            unit = fmt.data_unit(pooled)
            # the words (and translation) the Notifiche list had before the centre
            return Message("NotificationsView", QT_TRANSLATE_NOOP("NotificationsView", "Giga Smart Share package %1 "
                                                                  "reached %2% of its Giga (%3 of %4 used). An SMS "
                                                                  "went to the referent %5."), (
                      _str(f.get("packageId")), fmt.count(_int(f.get("percent"))),
                      fmt.data_amount(_int(f.get("usedBytes")), unit), fmt.data_amount(pooled, unit),
                      _str(f.get("referentPhone")) or "–"))
        if self.kind == "ticket_status":
            from windtre_desktop.domain.tickets import STATUS_LABELS, TicketStatus

            status = _str(f.get("status"))
            label = STATUS_LABELS.get(TicketStatus(status)) if status in TicketStatus.__members__ else None
            return _t(QT_TRANSLATE_NOOP("Notifications", "Ticket %1 is now: %2."), _str(f.get("number")),
                      label or status)
        return _t(QT_TRANSLATE_NOOP("Notifications", "An event of a kind this app does not know yet: %1"), self.kind or "?")


def parse_feed(raw: Sequence[Any]) -> list[Notification]:
    out = []
    for item in raw or ():
        if isinstance(item, Mapping):
            parsed = Notification.from_json(item)
            if parsed is not None:
                out.append(parsed)
    return out


# -- Gestione Notifiche (R-80) ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Setting:
    type: str
    enabled: bool
    channels: tuple[str, ...]
    available: tuple[str, ...]

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> Setting:
        kind = _str(raw.get("type"))
        available = tuple(_str(c) for c in raw.get("availableChannels") or AVAILABLE_CHANNELS.get(kind, ()))
        return cls(kind, bool(raw.get("enabled")), tuple(_str(c) for c in raw.get("channels") or ()), available)

    def to_json(self) -> dict:
        return {"type": self.type, "enabled": self.enabled, "channels": list(self.channels)}


def parse_settings(raw: Sequence[Any]) -> list[Setting]:
    return [Setting.from_json(item) for item in raw or () if isinstance(item, Mapping)]


def settings_problems(settings: Sequence[Setting]) -> list[Message]:
    """What the server would refuse, said first (R-80): an enabled type needs a channel; channels only among
    the available ones."""
    problems = []
    for setting in settings:
        name = sl.NOTIFICATION_KINDS.get(setting.type) or setting.type
        if setting.enabled and not setting.channels:
            problems.append(_t(QT_TRANSLATE_NOOP("Notifications", "Notifications: “%1” is on, so choose at least "
                                                                  "one channel (SMS or email) or switch it off."),
                               name))
        wrong = [c for c in setting.channels if c not in setting.available]
        if wrong:
            problems.append(_t(QT_TRANSLATE_NOOP("Notifications", "Notifications: “%1” cannot be sent by %2."),
                               name, ", ".join(wrong)))
    return problems


def unlock_question(notification: Notification, unlocks_left: int) -> Message:
    """The confirmation before an unlock of data abroad (R-81), naming the unlocks left after it."""
    return _t(QT_TRANSLATE_NOOP("Notifications", "Unlock data abroad on the line %1 for one more window of the "
                                                 "same threshold? After this unlock %2 of 2 will be left."),
              _str(notification.fields.get("msisdn")), str(max(0, unlocks_left - 1)))
