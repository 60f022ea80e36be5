"""Fuzz inputs for every form's validation and the rule it must hold.

Forms: the checks of domain/validators.py, the ticket fields (domain/tickets.py), every field check of every
wizard (the ticket wizard, the four account wizards, the new Telco Manager form) reached through the wizard
itself, and the self-service checks (keep-updated, GSS referent, server address).
Rule: whatever the text, None (accepted) or a Message whose rendering names the field or the problem; a
normaliser returns text or raises ValueError; nothing else is raised.
"""

from __future__ import annotations

import inspect
import unicodedata
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from hypothesis import strategies as st

from soak.fuzz_rules import assert_clear, count
from windtre_desktop.domain import account_wizards, activations, manager_forms, products, ticket_wizard
from windtre_desktop.domain import tickets as tk
from windtre_desktop.domain import validators as v
from windtre_desktop.domain.messages import Message
from windtre_desktop.domain.server_address import ServerAddressError, check_server_url
from windtre_desktop.domain.wizard import FieldKind, Wizard

TODAY = date(2026, 12, 7)

# characters forms rarely see: C0/C1 controls, bidi and zero-width marks, lone surrogates, odd spaces
ODD = ("\x00", "\x07", "\x1b", "\x7f", "\x85", "\u200b", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066",
       "\u2069", "\ufeff", "\ud800", "\udfff", "\u00a0", "\u2028", "\u3000", "\r\n", "\t", "٣", "𝟙", "Ⅻ", "ß", "ǅ")


def hostile_text() -> st.SearchStrategy[str]:
    every_character = st.characters(codec=None, categories=None)  # surrogates included
    near_valid = st.sampled_from(["RSSMRA85T10A562S", "IT 00743110157", "356938035643809", "+39 347 123 4567",
                                  "m.rossi@azienda.it", "12345678", "123456", "Ab3!efgh", "1985-12-10",
                                  "F202611/000101", "https://selfcare.example.com", "mario.rossi"])
    return st.one_of(
        st.text(max_size=40),
        st.text(every_character, max_size=40),
        st.lists(st.sampled_from(ODD) | st.text(max_size=3), max_size=12).map("".join),
        st.tuples(near_valid, st.sampled_from(ODD), st.integers(0, 20)).map(
            lambda t: t[0][:t[2]] + t[1] + t[0][t[2]:]),  # a good value with one odd character in it
        st.tuples(st.sampled_from(["9", "a", " ", "\u200b", "é", "@"]), st.integers(1_000, 200_000)).map(
            lambda t: t[0] * t[1]),  # huge
    )


def _message_or_none(result: Any, what: str) -> None:
    if result is not None:
        assert isinstance(result, Message), f"{what} returned {type(result).__name__}"
        assert_clear(result.render(), what)


def _one_text_checks() -> dict[str, Callable[[str], Any]]:
    checks: dict[str, Callable[[str], Any]] = {}
    for name, function in inspect.getmembers(v, inspect.isfunction):
        if name.startswith("check_") and function.__module__ == v.__name__:
            parameters = [p for p in inspect.signature(function).parameters.values() if p.default is p.empty]
            if len(parameters) == 1:
                checks[f"validators.{name}"] = function
    checks["validators.check_birth_date"] = lambda text: v.check_birth_date(text, TODAY)
    checks["tickets.check_notes"] = tk.check_notes
    checks["tickets.check_invoice_number"] = tk.check_invoice_number
    checks["products.check_referent"] = products.check_referent
    for name in tk.FIELD_LABELS:
        checks[f"tickets.check_field[{name}]"] = lambda text, name=name: tk.check_field(name, text)
        checks[f"tickets.check_text[{name}]"] = lambda text, name=name: tk.check_text(name, text)
    for name in ("referentPhone", "requesterPhone"):
        checks[f"tickets.check_contact_phone[{name}]"] = lambda text, name=name: tk.check_contact_phone(name, text)
    checks["tickets.check_company_line"] = lambda text: tk.check_company_line(text, ["+393471234567", text])
    for channel in (*activations.CHANNELS, "fax"):
        checks[f"activations.check_keep_updated[{channel}]"] = (
            lambda text, channel=channel: activations.check_keep_updated(channel, text))
    return checks


ONE_TEXT_CHECKS = _one_text_checks()
TWO_TEXT_CHECKS: dict[str, Callable[[str, str], Any]] = {
    "validators.check_password_confirmation": v.check_password_confirmation,
    "validators.check_new_password_differs": v.check_new_password_differs,
    "validators.check_birth_date_matches_fiscal_code": v.check_birth_date_matches_fiscal_code,
    "activations.check_keep_updated": activations.check_keep_updated,
}
NORMALISERS: dict[str, Callable[[str], Any]] = {
    f"validators.{name}": function for name, function in inspect.getmembers(v, inspect.isfunction)
    if name.startswith(("normalise_", "national_number", "parse_date", "fiscal_code_birth_date", "password_checklist"))
}


# checks whose accepted value is a person's name: nothing invisible in it (issue 16: NUL, BEL and a zero-width
# space were taken as a name by the server)
NAME_CHECKS = {"validators.check_first_name", "validators.check_last_name"}
_INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn"}


def check_one_text(target: str, text: str) -> None:
    count(target)
    result = ONE_TEXT_CHECKS[target](text)
    _message_or_none(result, target)
    if result is None and target in NAME_CHECKS:
        assert not any(unicodedata.category(c) in _INVISIBLE for c in text), f"{target} took {text!r}"


def check_two_texts(target: str, first: str, second: str) -> None:
    count(target)
    _message_or_none(TWO_TEXT_CHECKS[target](first, second), target)


def check_normaliser(target: str, text: str) -> None:
    count(target)
    try:
        NORMALISERS[target](text)
    except ValueError:
        pass  # the documented refusal of a normaliser given text its check refuses


def check_server_address(text: str) -> None:
    count("server_address.check_server_url")
    try:
        assert isinstance(check_server_url(text), str)
    except ServerAddressError as error:
        assert_clear(error.message.render(), "ServerAddressError")


# --- wizards: every field check, reached through the wizard ------------------------------------------------

WIZARDS: dict[str, Callable[[], Wizard]] = {
    "ticket": lambda: ticket_wizard.new_ticket("key-1", company_msisdns=["+393471234567"]),
    "admin_registration": lambda: account_wizards.admin_registration(today=lambda: TODAY),
    "employee_registration": account_wizards.employee_registration,
    "password_recovery": account_wizards.password_recovery,
    "password_change": lambda: account_wizards.password_change("Old-pass1"),
    "telco_manager": manager_forms.new_telco_manager,
}


def wizard_fields() -> Iterator[tuple[str, str, str]]:
    """(wizard, step, field) of every field that holds typed text."""
    typed = (FieldKind.TEXT, FieldKind.EMAIL, FieldKind.PHONE, FieldKind.DATE, FieldKind.PASSWORD, FieldKind.CODE)
    for wizard_name, make in WIZARDS.items():
        for step in make().steps.values():
            for field in step.value_fields:
                if field.kind in typed:
                    yield wizard_name, step.id, field.name


WIZARD_FIELDS = tuple(wizard_fields())


def check_wizard_field(target: tuple[str, str, str], text: str, other: str) -> None:
    """The field's own check with the text, the other fields of its step holding `other`; then the wizard's
    view of the step (errors, status) with those values typed in."""
    wizard_name, step_id, field_name = target
    count(f"wizard.{wizard_name}.{field_name}")
    wizard = WIZARDS[wizard_name]()
    step = wizard.steps[step_id]
    field = step.field(field_name)
    values = {f.name: other for f in step.value_fields} | {field_name: text}
    if field.check is not None:
        _message_or_none(field.check(text, values), f"{wizard_name}.{field_name}.check")
    field.is_required(values)
    if wizard.step_id == step_id:
        for name, value in values.items():
            if step.field(name).kind not in (FieldKind.CHECKBOX, FieldKind.FILES, FieldKind.CHOICE):
                wizard.set_value(name, value)
        for message in wizard.errors().values():
            assert_clear(message.render() if isinstance(message, Message) else message, f"{wizard_name} errors")
        wizard.status  # noqa: B018 - computing it must not raise


def check_ticket_values(values: dict[str, Any]) -> None:
    count("tickets.check_ticket")
    for name, message in tk.check_ticket(values, ["+393471234567"]).items():
        assert_clear(message.render(), f"check_ticket[{name}]")


def ticket_values() -> st.SearchStrategy[dict[str, Any]]:
    """Whole tickets: a real reason and topic (or not), every field text or another JSON value."""
    value = hostile_text() | st.none() | st.integers() | st.booleans() | st.lists(
        st.dictionaries(st.sampled_from(["kind", "path", "size", "head", "name"]), hostile_text() | st.integers()),
        max_size=4)
    topics = st.sampled_from([t.value for t in tk.Topic]) | hostile_text()
    reasons = st.sampled_from([r.value for r in tk.Reason]) | hostile_text()
    return st.fixed_dictionaries({"reason": reasons, "topic": topics},
                                 optional={name: value for name in tk.FIELD_LABELS if name not in ("reason", "topic")})
