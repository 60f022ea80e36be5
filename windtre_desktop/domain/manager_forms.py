"""The "Nuovo Telco Manager" form (R-03) as a one-page wizard: same validation and drawing as the
registration wizards. Only the User Admin may open it (domain.roles.Capability)."""

from __future__ import annotations

from typing import Any

from windtre_desktop.domain import validators as v
from windtre_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from windtre_desktop.domain.wizard import Field, FieldKind, Step, Values, Wizard

NEW_TELCO_MANAGER = "new_telco_manager"
CREATE_ACTION = "create_telco_manager"


def _t(text: str, *args: str | Message) -> Message:
    return Message("Managers", text, args)


def _check(check):
    return lambda value, values: check(str(value))


def _payload(values: Values, _results: Values) -> dict[str, Any]:
    try:
        mobile = v.normalise_msisdn(str(values.get("mobile") or ""))
    except ValueError:
        mobile = str(values.get("mobile") or "")
    return {
        "username": str(values.get("username") or "").strip(),
        "firstName": str(values.get("firstName") or "").strip(),
        "lastName": str(values.get("lastName") or "").strip(),
        "email": v.normalise_email(str(values.get("email") or "")),
        "mobile": mobile,
    }


def _created(values: Values, results: Values) -> Message:
    return _t(QT_TRANSLATE_NOOP(
        "Managers", "%1 can now sign in: a temporary password was sent by email to %2. "
                    "At the first sign-in a new password will be required."),
        str(results.get("username") or values.get("username") or ""),
        str(results.get("email") or values.get("email") or ""))


def new_telco_manager() -> Wizard:
    details = Step(
        "details", _t(QT_TRANSLATE_NOOP("Managers", "New Telco Manager")),
        fields=(
            Field("username", FieldKind.TEXT, _t(QT_TRANSLATE_NOOP("Managers", "Username")),
                  check=_check(v.check_username),
                  hint=_t(QT_TRANSLATE_NOOP("Managers", "4–30 letters, digits, dots, dashes or underscores; "
                                                        "upper and lower case count"))),
            Field("firstName", FieldKind.TEXT, _t(QT_TRANSLATE_NOOP("Managers", "First name")),
                  check=_check(v.check_first_name)),
            Field("lastName", FieldKind.TEXT, _t(QT_TRANSLATE_NOOP("Managers", "Last name")),
                  check=_check(v.check_last_name)),
            Field("email", FieldKind.EMAIL, _t(QT_TRANSLATE_NOOP("Managers", "Email")), check=_check(v.check_email)),
            Field("mobile", FieldKind.PHONE, _t(QT_TRANSLATE_NOOP("Managers", "Mobile number")),
                  check=_check(v.check_mobile)),
        ),
        description=_t(QT_TRANSLATE_NOOP(
            "Managers", "A Telco Manager can do everything you can except managing Telco Managers. "
                        "Only you will be able to delete this profile.")),
        action=CREATE_ACTION, payload=_payload, next="done")
    done = Step("done", _t(QT_TRANSLATE_NOOP("Managers", "Telco Manager created")), description=_created,
                can_go_back=False)
    return Wizard.from_steps(NEW_TELCO_MANAGER, _t(QT_TRANSLATE_NOOP("Managers", "New Telco Manager")),
                             [details, done])
