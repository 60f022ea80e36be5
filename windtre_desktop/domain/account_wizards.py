"""The accounts wizards (R-01, R-02, R-04, R-08, R-09, R-12): steps, fields and action payloads.

Each function returns a fresh Wizard. Payloads use the contract's camelCase names
(docs/api.md "Accounts") and the normalised forms of the values (E.164 numbers, upper-case
codice fiscale, ISO dates). Server refusals (a second User Admin for a P.IVA, R-02; a
Telco Manager asking for recovery, R-09; a wrong code) come back through `failed()` with
the server's message and field.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import Any

from windtre_desktop.domain import validators as v
from windtre_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from windtre_desktop.domain.wizard import Field, FieldKind, Resolve, Step, Values, Wizard

ADMIN_REGISTRATION = "admin_registration"
EMPLOYEE_REGISTRATION = "employee_registration"
PASSWORD_RECOVERY = "password_recovery"
PASSWORD_CHANGE = "password_change"


def _t(text: str, *args: str | Message) -> Message:
    return Message("Accounts", text, args)


def _checked(check: Callable[[str], Message | None]) -> Callable[[Any, Values], Message | None]:
    return lambda value, values: check(str(value))


def _text(values: Values, name: str) -> str:
    return str(values.get(name) or "")


def _iso(value: Any) -> str:
    parsed = v.parse_date(str(value or ""))
    return parsed.isoformat() if parsed else str(value or "")


def _msisdn(value: Any) -> str:
    try:
        return v.normalise_msisdn(str(value or ""))
    except ValueError:
        return str(value or "").strip()


def _challenge(values: Values, results: Values) -> dict[str, Any]:
    return {"challengeId": results.get("challengeId")}


# --- fields ----------------------------------------------------------------------------------

def _password_field(name: str, label: Message, old: str | None = None) -> Field:
    def check(value: Any, values: Values) -> Message | None:
        problem = v.check_password(str(value))
        if problem is None and old is not None:
            problem = v.check_new_password_differs(_text(values, old), str(value))
        return problem

    return Field(name, FieldKind.PASSWORD, label, check=check, live_rules=True, hint=_t(QT_TRANSLATE_NOOP(
        "Accounts", "At least 8 characters with upper and lower case letters, a digit and a symbol. "
                    "Upper and lower case count.")))


def _confirmation_field(of: str) -> Field:
    return Field("passwordConfirmation", FieldKind.PASSWORD, _t(QT_TRANSLATE_NOOP("Accounts", "Confirm password")),
                 check=lambda value, values: v.check_password_confirmation(_text(values, of), str(value)))


def _otp_field(name: str) -> Field:
    return Field(name, FieldKind.CODE, _t(QT_TRANSLATE_NOOP("Accounts", "Code received")), check=_checked(v.check_otp),
                 hint=_t(QT_TRANSLATE_NOOP("Accounts", "6 digits")))


def _code_sent(values: Values, results: Values) -> Message:
    """Where the last code went: by SMS to the line, or by email (data-only SIM, R-04; recovery, R-08)."""
    if results.get("channel") == "email":
        destination = str(results.get("destination") or v.normalise_email(_text(values, "email")))
        if destination:
            return _t(QT_TRANSLATE_NOOP(
                "Accounts", "We sent a 6-digit code by email to %1. Enter it below: it is valid for a few minutes."),
                destination)
        return _t(QT_TRANSLATE_NOOP(
            "Accounts", "We sent a 6-digit code by email. Enter it below: it is valid for a few minutes."))
    destination = str(results.get("destination") or _msisdn(values.get("msisdn")))
    if destination:
        return _t(QT_TRANSLATE_NOOP(
            "Accounts", "We sent a 6-digit code by SMS to %1. Enter it below: it is valid for a few minutes."),
            destination)
    return _t(QT_TRANSLATE_NOOP(
        "Accounts", "We sent a 6-digit code by SMS. Enter it below: it is valid for a few minutes."))


def _done(text: Message | Resolve) -> Step:
    return Step("done", _t(QT_TRANSLATE_NOOP("Accounts", "Done")), description=text, can_go_back=False)


# --- (a) "Crea uno User Admin" (R-01, R-02) ----------------------------------------------------

def admin_registration(today: Callable[[], date] = date.today,
                       clock: Callable[[], float] = time.monotonic) -> Wizard:
    """Company P.IVA, the legal representative as in the contract, the activation code from the email,
    then username and password (R-01). A P.IVA that already has a User Admin is refused by the server (R-02)."""

    def check_birth(value: Any, values: Values) -> Message | None:
        return v.check_birth_date(str(value), today(), min_age=18)

    def check_fiscal_code(value: Any, values: Values) -> Message | None:
        problem = v.check_fiscal_code(str(value))
        birth = _text(values, "birthDate")
        if problem is None and birth and v.check_birth_date(birth, today(), min_age=0) is None:
            problem = v.check_birth_date_matches_fiscal_code(birth, str(value))
        return problem

    company = Step(
        "company", _t(QT_TRANSLATE_NOOP("Accounts", "Company")),
        fields=(Field("vatNumber", FieldKind.TEXT, _t(QT_TRANSLATE_NOOP("Accounts", "Company VAT number")),
                      check=_checked(v.check_vat_number),
                      hint=_t(QT_TRANSLATE_NOOP("Accounts", "11 digits, as in the signed contract proposal"))),),
        description=_t(QT_TRANSLATE_NOOP(
            "Accounts", "Each company has one User Admin, who then creates the Telco Managers. "
                        "Old Wind or Tre credentials do not carry over.")),
        next="representative",
    )
    representative = Step(
        "representative", _t(QT_TRANSLATE_NOOP("Accounts", "Legal representative")),
        fields=(
            Field("firstName", FieldKind.TEXT, v.FIRST_NAME, check=_checked(v.check_first_name)),
            Field("lastName", FieldKind.TEXT, v.LAST_NAME, check=_checked(v.check_last_name)),
            Field("birthDate", FieldKind.DATE, _t(QT_TRANSLATE_NOOP("Accounts", "Date of birth")), check=check_birth),
            Field("fiscalCode", FieldKind.TEXT, _t(QT_TRANSLATE_NOOP("Accounts", "Tax code")),
                  check=check_fiscal_code, hint=_t(QT_TRANSLATE_NOOP("Accounts", "16 characters"))),
            Field("email", FieldKind.EMAIL, _t(QT_TRANSLATE_NOOP("Accounts", "Email")), check=_checked(v.check_email),
                  hint=_t(QT_TRANSLATE_NOOP("Accounts", "As written in the signed contract proposal"))),
            Field("mobile", FieldKind.PHONE, _t(QT_TRANSLATE_NOOP("Accounts", "Mobile number")),
                  check=_checked(v.check_mobile),
                  hint=_t(QT_TRANSLATE_NOOP("Accounts", "As written in the signed contract proposal"))),
        ),
        description=_t(QT_TRANSLATE_NOOP(
            "Accounts", "Enter the legal representative's details exactly as in the signed contract proposal: "
                        "if they match, we send an activation email.")),
        action="register_admin",
        payload=lambda values, results: {
            "vatNumber": v.normalise_vat_number(_text(values, "vatNumber")),
            "firstName": _text(values, "firstName").strip(),
            "lastName": _text(values, "lastName").strip(),
            "birthDate": _iso(values.get("birthDate")),
            "fiscalCode": v.normalise_fiscal_code(_text(values, "fiscalCode")),
            "email": v.normalise_email(_text(values, "email")),
            "mobile": _msisdn(values.get("mobile")),
        },
        next="activation",
    )
    activation = Step(
        "activation", _t(QT_TRANSLATE_NOOP("Accounts", "Activation")),
        fields=(Field("activationCode", FieldKind.CODE, _t(QT_TRANSLATE_NOOP("Accounts", "Activation code")),
                      check=_checked(v.check_activation_code),
                      hint=_t(QT_TRANSLATE_NOOP("Accounts", "6 letters and digits, in the activation email"))),),
        description=lambda values, results: _t(QT_TRANSLATE_NOOP(
            "Accounts", "We sent the activation email to %1. Copy the activation code it contains (6 letters "
                        "and digits); it is valid for 24 hours."),
            str(results.get("emailMasked") or v.normalise_email(_text(values, "email")))),
        next="credentials",
    )
    credentials = Step(
        "credentials", _t(QT_TRANSLATE_NOOP("Accounts", "Username and password")),
        fields=(
            Field("username", FieldKind.TEXT, _t(QT_TRANSLATE_NOOP("Accounts", "Username")),
                  check=_checked(v.check_username), hint=_t(QT_TRANSLATE_NOOP(
                      "Accounts", "4 to 30 letters, digits and . _ - with at least one letter. "
                                  "Upper and lower case count."))),
            _password_field("password", _t(QT_TRANSLATE_NOOP("Accounts", "Password"))),
            _confirmation_field("password"),
        ),
        action="activate_admin",
        payload=lambda values, results: {
            "registrationId": results.get("registrationId"),
            "activationCode": v.normalise_code(_text(values, "activationCode")),
            "username": _text(values, "username"),
            "password": _text(values, "password"),
        },
        next="done",
    )
    done = _done(lambda values, results: _t(QT_TRANSLATE_NOOP(
        "Accounts", "The User Admin account is active. Sign in with the username %1 and your password."),
        str(results.get("username") or _text(values, "username"))))
    return Wizard.from_steps(ADMIN_REGISTRATION, _t(QT_TRANSLATE_NOOP("Accounts", "Create a User Admin")),
                             (company, representative, activation, credentials, done), clock=clock)


# --- (b) "Crea un account dipendente" (R-04) ---------------------------------------------------

def employee_registration(clock: Callable[[], float] = time.monotonic) -> Wizard:
    """Line and email; the server says whether the SIM is data-only (PUK first, code by email) or not
    (code by SMS); then the code and the password. The username is the line's national number (R-04)."""
    line = Step(
        "line", _t(QT_TRANSLATE_NOOP("Accounts", "Your line")),
        fields=(
            Field("msisdn", FieldKind.PHONE, _t(QT_TRANSLATE_NOOP("Accounts", "Mobile line number")),
                  check=_checked(v.check_mobile),
                  hint=_t(QT_TRANSLATE_NOOP("Accounts", "The company SIM you use; it will be your username"))),
            Field("email", FieldKind.EMAIL, _t(QT_TRANSLATE_NOOP("Accounts", "Email")), check=_checked(v.check_email)),
        ),
        action="register_employee",
        payload=lambda values, results: {
            "msisdn": _msisdn(values.get("msisdn")),
            "email": v.normalise_email(_text(values, "email")),
        },
        next=lambda values, results: "puk" if results.get("needsPuk") else "otp",
    )
    puk = Step(
        "puk", _t(QT_TRANSLATE_NOOP("Accounts", "PUK of the SIM")),
        fields=(Field("puk", FieldKind.CODE, _t(QT_TRANSLATE_NOOP("Accounts", "PUK")), check=_checked(v.check_puk),
                      hint=_t(QT_TRANSLATE_NOOP("Accounts", "8 digits, on the card the SIM came on"))),),
        description=_t(QT_TRANSLATE_NOOP(
            "Accounts", "This is a data-only SIM: it cannot receive SMS. Prove you hold it with its PUK, "
                        "then we send the code by email.")),
        action="verify_puk",
        payload=lambda values, results: {"challengeId": results.get("challengeId"),
                                         "puk": v.normalise_code(_text(values, "puk"))},
        next="otp",
    )
    otp = Step(
        "otp", _t(QT_TRANSLATE_NOOP("Accounts", "Code and password")),
        fields=(_otp_field("otp"), _password_field("password", _t(QT_TRANSLATE_NOOP("Accounts", "Password"))),
                _confirmation_field("password")),
        description=_code_sent,
        resend="resend_employee_code", resend_payload=_challenge,
        action="verify_employee",
        payload=lambda values, results: {"challengeId": results.get("challengeId"),
                                         "otp": v.normalise_code(_text(values, "otp")),
                                         "password": _text(values, "password")},
        next="done",
    )
    done = _done(lambda values, results: _t(QT_TRANSLATE_NOOP(
        "Accounts", "Your account is ready. Your username is your line number: %1"), employee_username(values, results)))
    return Wizard.from_steps(EMPLOYEE_REGISTRATION, _t(QT_TRANSLATE_NOOP("Accounts", "Create an employee account")),
                             (line, puk, otp, done), clock=clock)


def employee_username(values: Values, results: Values) -> str:
    """The server's answer if it gave one, else the national number of the line typed (R-04)."""
    if results.get("username"):
        return str(results["username"])
    try:
        return v.national_number(_text(values, "msisdn"))
    except ValueError:
        return _text(values, "msisdn")


# --- (c) password recovery (R-08, R-09) ----------------------------------------------------

def password_recovery(clock: Callable[[], float] = time.monotonic) -> Wizard:
    """Username (a manager's, or an employee's line) → a control code by SMS or email and a new password,
    or (User Admin, seed 001) a temporary numeric password by email. A Telco Manager is refused by the
    server on the first step: the User Admin must recreate the profile (R-09)."""
    username = Step(
        "username", _t(QT_TRANSLATE_NOOP("Accounts", "Recover your password")),
        fields=(Field("username", FieldKind.TEXT, _t(QT_TRANSLATE_NOOP("Accounts", "Username")),
                      check=_checked(v.check_login_username),
                      hint=_t(QT_TRANSLATE_NOOP("Accounts", "Employees: your mobile line number"))),),
        description=_t(QT_TRANSLATE_NOOP(
            "Accounts", "Telco Managers cannot recover their password: the User Admin deletes and recreates "
                        "the profile.")),
        action="recover_password",
        payload=lambda values, results: {"username": v.normalise_login_username(_text(values, "username"))},
        next=lambda values, results: "temporaryPassword" if results.get("variant") == "temporaryPassword" else "code",
    )
    code = Step(
        "code", _t(QT_TRANSLATE_NOOP("Accounts", "New password")),
        fields=(_otp_field("code"), _password_field("newPassword", _t(QT_TRANSLATE_NOOP("Accounts", "New password"))),
                _confirmation_field("newPassword")),
        description=_code_sent,
        resend="resend_recovery_code", resend_payload=_challenge,
        action="confirm_recovery",
        payload=lambda values, results: {"challengeId": results.get("challengeId"),
                                         "code": v.normalise_code(_text(values, "code")),
                                         "newPassword": _text(values, "newPassword")},
        next="done",
    )
    temporary = Step(
        "temporaryPassword", _t(QT_TRANSLATE_NOOP("Accounts", "Temporary password sent")),
        description=_t(QT_TRANSLATE_NOOP(
            "Accounts", "If the username is right, a temporary numeric password (8 digits) is on its way to the "
                        "User Admin's email; it works for 24 hours. Sign in with it: you will then be asked to "
                        "create a new password. Until then the old password still works.")),
        can_go_back=False,
    )
    done = _done(_t(QT_TRANSLATE_NOOP(
        "Accounts", "Your new password is active: the old one no longer works. Sign in with the new one.")))
    return Wizard.from_steps(PASSWORD_RECOVERY, _t(QT_TRANSLATE_NOOP("Accounts", "Password recovery")),
                             (username, code, temporary, done), clock=clock)


# --- (d) forced password change after a temporary password (R-08) ------------------------------

def password_change(old_password: str | None = None, clock: Callable[[], float] = time.monotonic) -> Wizard:
    """Old password (prefilled with the temporary one just used to sign in), new password, confirmation."""
    change = Step(
        "change", _t(QT_TRANSLATE_NOOP("Accounts", "Create a new password")),
        fields=(
            Field("oldPassword", FieldKind.PASSWORD, _t(QT_TRANSLATE_NOOP("Accounts", "Current password"))),
            _password_field("newPassword", _t(QT_TRANSLATE_NOOP("Accounts", "New password")), old="oldPassword"),
            _confirmation_field("newPassword"),
        ),
        description=_t(QT_TRANSLATE_NOOP(
            "Accounts", "You signed in with a temporary password: choose your own password to go on.")),
        action="change_password",
        payload=lambda values, results: {"oldPassword": _text(values, "oldPassword"),
                                         "newPassword": _text(values, "newPassword")},
        next="done",
    )
    done = _done(_t(QT_TRANSLATE_NOOP("Accounts", "Your new password is active.")))
    initial = {"oldPassword": old_password} if old_password else {}
    return Wizard.from_steps(PASSWORD_CHANGE, _t(QT_TRANSLATE_NOOP("Accounts", "Change password")),
                             (change, done), clock=clock, initial_values=initial)
