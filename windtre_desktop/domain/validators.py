"""Checks and normalisers for what the user types: identifiers, codes, names, dates, passwords.

Every `check_*` function returns None when the value is acceptable, otherwise a Message
that names the field and the rule (DOMAIN.md "Identifiers the UI must validate", R-04,
R-06, R-12). They never raise, whatever the text. Check digits come from python-stdnum
and phone numbering from phonenumbers (DESIGN.md "Identifiers").

Decisions where the libraries are more permissive than DOMAIN.md:
- codice fiscale: only a person's 16-character code (stdnum also takes a company's 11
  digits), and the encoded birth day must be 01-31 (men) or 41-71 (women) once omocodia
  letters are decoded (stdnum reduces the day modulo 40 and would take "99");
- IMEI: exactly 15 digits with the Luhn check digit once spaces and hyphens are removed
  (stdnum also takes 14-digit IMEIs without a check digit and 16-digit IMEISVs);
- mobile number: only digits, spaces and + ( ) . / - (phonenumbers drops letters), and an
  Italian MOBILE number (old 9-digit mobiles included);
- User Admin / Telco Manager username: 4-30 ASCII letters, digits, "." "_" "-", with at
  least one letter, because an all-digit username is an employee's line number (R-04).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

import phonenumbers
from stdnum import imei as _imei
from stdnum.exceptions import InvalidChecksum, InvalidComponent, ValidationError
from stdnum.it import codicefiscale as _cf
from stdnum.it import iva as _iva

from windtre_desktop.domain.messages import QT_TRANSLATE_NOOP, Message

_CONTEXT = "Validation"


def _msg(text: str, *args: str | Message) -> Message:
    return Message(_CONTEXT, text, args)


FIRST_NAME = Message("Fields", QT_TRANSLATE_NOOP("Fields", "First name"))
LAST_NAME = Message("Fields", QT_TRANSLATE_NOOP("Fields", "Surname"))

_SPACES = re.compile(r"\s+")


def _compact(value: str, separators: str) -> str:
    """The value without surrounding blanks, inner whitespace and the given separators."""
    return _SPACES.sub("", value).translate({ord(c): None for c in separators})


def _ascii_alnum(text: str) -> bool:
    return text.isascii() and text.isalnum()


def _ascii_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


# --- codice fiscale -------------------------------------------------------------------------

_OMOCODIA = str.maketrans("LMNPQRSTUV", "0123456789")


def normalise_fiscal_code(value: str) -> str:
    """Upper case, without spaces, hyphens and colons: the form the server receives."""
    return _compact(value, "-:").upper()


def check_fiscal_code(value: str) -> Message | None:
    code = _compact(value, "-:")
    if not code:
        return _msg(QT_TRANSLATE_NOOP("Validation", "Tax code: enter the 16 characters of the tax code"))
    if not _ascii_alnum(code):
        return _msg(QT_TRANSLATE_NOOP("Validation", "Tax code: only letters and digits are allowed"))
    code = code.upper()
    if len(code) == 11 and code.isdigit():
        return _msg(QT_TRANSLATE_NOOP(
            "Validation",
            "Tax code: 11 digits are a company's code; enter the person's tax code (16 characters)"))
    if len(code) != 16:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "Tax code: it must have 16 characters (you typed %1)"), str(len(code)))
    try:
        _cf.validate(code)
    except InvalidChecksum:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation",
            "Tax code: the check character is wrong (16 characters, the last one is a check letter); "
            "look for a typing mistake"))
    except InvalidComponent:
        return _bad_cf_date()
    except ValidationError:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation",
            "Tax code: the characters are not in the right places (6 letters, 2 digits, a month letter, "
            "2 digits, a letter, 3 digits, a check letter; omocodia replaces digits with L-V)"))
    day = int(code[9:11].translate(_OMOCODIA))
    if not (1 <= day <= 31 or 41 <= day <= 71):
        return _bad_cf_date()
    return None


def _bad_cf_date() -> Message:
    return _msg(QT_TRANSLATE_NOOP(
        "Validation",
        "Tax code: the birth date it contains does not exist (day 01-31 for men, 41-71 for women)"))


def fiscal_code_birth_date(value: str) -> tuple[int, int, int] | None:
    """(two-digit year, month, day) encoded in a valid codice fiscale, women's +40 and omocodia undone."""
    if check_fiscal_code(value) is not None:
        return None
    born = _cf.get_birth_date(normalise_fiscal_code(value))
    return born.year % 100, born.month, born.day


# --- partita IVA -------------------------------------------------------------------------

def normalise_vat_number(value: str) -> str:
    """The 11 digits, without an "IT" prefix, spaces, hyphens or colons."""
    number = _compact(value, "-:")
    return number[2:] if number[:2] in ("IT", "it", "It") else number


def check_vat_number(value: str) -> Message | None:
    number = normalise_vat_number(value)
    if not number:
        return _msg(QT_TRANSLATE_NOOP("Validation", "VAT number: enter the 11 digits of the VAT number"))
    if not _ascii_digits(number):
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "VAT number: only digits are allowed (an IT prefix, spaces and hyphens are ignored)"))
    if len(number) != 11:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "VAT number: it must have 11 digits (you typed %1)"), str(len(number)))
    try:
        _iva.validate(number)
    except InvalidChecksum:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "VAT number: the check digit (the 11th) is wrong; look for a typing mistake"))
    except InvalidComponent:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation",
            "VAT number: digits 8-10 must be the code of an Italian tax office (001-100, 120, 121, 888 or 999)"))
    except ValidationError:
        return _msg(QT_TRANSLATE_NOOP("Validation", "VAT number: this is not a valid VAT number"))
    return None


# --- IMEI -------------------------------------------------------------------------------

def normalise_imei(value: str) -> str:
    return _compact(value, "-")


def check_imei(value: str) -> Message | None:
    number = normalise_imei(value)
    if not number:
        return _msg(QT_TRANSLATE_NOOP("Validation", "IMEI: enter the 15 digits (dial *#06# on the phone to read them)"))
    if not _ascii_digits(number):
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "IMEI: only digits are allowed (spaces and hyphens are ignored)"))
    if len(number) != 15:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation",
            "IMEI: it must have exactly 15 digits, the last one a check digit (you typed %1); "
            "dial *#06# on the phone to read it"), str(len(number)))
    try:
        _imei.validate(number)
    except ValidationError:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "IMEI: the check digit (the 15th) is wrong; look for a typing mistake"))
    return None


# --- Italian mobile number ---------------------------------------------------------------

_PHONE_CHARACTERS = frozenset("0123456789 +()./-")
_MAX_PHONE_LENGTH = 40


def _parse_mobile(value: str) -> phonenumbers.PhoneNumber | Message:
    text = value.strip()
    if not text:
        return _msg(QT_TRANSLATE_NOOP("Validation", "Mobile number: enter the number, such as 347 123 4567"))
    if not set(text) <= _PHONE_CHARACTERS:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "Mobile number: only digits, spaces and + ( ) . / - are allowed"))
    invalid = _msg(QT_TRANSLATE_NOOP(
        "Validation", "Mobile number: this is not an Italian mobile number (3xx followed by 6 or 7 digits, "
                      "+39 or 0039 in front is fine)"))
    if len(text) > _MAX_PHONE_LENGTH:
        return invalid
    try:
        number = phonenumbers.parse(text, "IT")
    except phonenumbers.NumberParseException:
        return invalid
    if number.country_code != 39:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "Mobile number: it must be an Italian number (+39), not +%1"), str(number.country_code))
    if not phonenumbers.is_valid_number_for_region(number, "IT"):
        return invalid
    kind = phonenumbers.number_type(number)
    if kind == phonenumbers.PhoneNumberType.FIXED_LINE:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "Mobile number: this is a landline number; enter a mobile number (it starts with 3)"))
    if kind != phonenumbers.PhoneNumberType.MOBILE:
        return invalid
    return number


def check_mobile(value: str) -> Message | None:
    parsed = _parse_mobile(value)
    return parsed if isinstance(parsed, Message) else None


def normalise_msisdn(value: str) -> str:
    """E.164 form, "+393471234567"; ValueError when the value is not an Italian mobile number."""
    parsed = _parse_mobile(value)
    if isinstance(parsed, Message):
        raise ValueError(str(parsed))
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def national_number(value: str) -> str:
    """The national digits, "3471234567": a Dipendente's username (R-04). ValueError when not a mobile."""
    return normalise_msisdn(value).removeprefix("+39")


# --- email -------------------------------------------------------------------------------

_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_DOMAIN_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_TOP_LEVEL = re.compile(r"[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59}")


def normalise_email(value: str) -> str:
    """Without surrounding blanks and with the domain in lower case (the part before @ may be case-sensitive)."""
    text = value.strip()
    local, at, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}" if at else text


def check_email(value: str) -> Message | None:
    text = value.strip()
    if not text:
        return _msg(QT_TRANSLATE_NOOP("Validation", "Email: enter the email address, such as name@company.it"))
    if text.count("@") != 1 or any(c.isspace() for c in text):
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "Email: an address has one @ and no spaces, such as name@company.it"))
    local, _, domain = text.partition("@")
    if len(text) > 254 or len(local) > 64:
        return _msg(QT_TRANSLATE_NOOP("Validation", "Email: the address is too long"))
    if not _EMAIL_LOCAL.fullmatch(local):
        return _msg(QT_TRANSLATE_NOOP(
            "Validation",
            "Email: the part before @ may have letters, digits and . _ - + only, without two dots in a row "
            "or a dot at either end"))
    labels = domain.split(".")
    if len(labels) < 2 or not all(_DOMAIN_LABEL.fullmatch(label) for label in labels) \
            or not _TOP_LEVEL.fullmatch(labels[-1]):
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "Email: the part after @ must be a domain such as company.it"))
    return None


# --- codes: PUK, OTP, activation code -----------------------------------------------------

def normalise_code(value: str) -> str:
    """A code as typed or pasted, without spaces."""
    return _SPACES.sub("", value)


def check_puk(value: str) -> Message | None:
    code = normalise_code(value)
    if not _ascii_digits(code):
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "PUK: only digits are allowed (8 digits, printed on the card the SIM came on)"))
    if len(code) != 8:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "PUK: it has exactly 8 digits, printed on the card the SIM came on (you typed %1)"),
            str(len(code)))
    return None


def check_otp(value: str) -> Message | None:
    code = normalise_code(value)
    if not _ascii_digits(code) or len(code) != 6:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "Code: the code we sent you has exactly 6 digits (you typed %1 characters)"),
            str(len(code)))
    return None


def check_activation_code(value: str) -> Message | None:
    """The one-time code of the User Admin's activation email: 6 letters and digits, any case (R-01)."""
    code = normalise_code(value)
    if not _ascii_alnum(code) or len(code) != 6:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "Activation code: it has 6 letters and digits, as in the activation email (you typed %1 "
                          "characters)"), str(len(code)))
    return None


# --- usernames (R-04, R-06, R-08) ----------------------------------------------------------

USERNAME_MIN, USERNAME_MAX = 4, 30
_USERNAME_CHARACTERS = re.compile(r"[A-Za-z0-9._-]+")


def check_username(value: str) -> Message | None:
    """A User Admin's or Telco Manager's username. Case-sensitive (R-06), so never changed here."""
    if not value:
        return _msg(QT_TRANSLATE_NOOP("Validation", "Username: choose a username of 4 to 30 characters"))
    if any(c.isspace() for c in value):
        return _msg(QT_TRANSLATE_NOOP("Validation", "Username: spaces are not allowed"))
    if not _USERNAME_CHARACTERS.fullmatch(value):
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "Username: only letters a-z and A-Z, digits and . _ - are allowed"))
    if not USERNAME_MIN <= len(value) <= USERNAME_MAX:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "Username: it must have 4 to 30 characters (you typed %1)"), str(len(value)))
    if not any(c.isalpha() for c in value):
        return _msg(QT_TRANSLATE_NOOP(
            "Validation",
            "Username: it needs at least one letter (all-digit usernames are employees' line numbers)"))
    return None


def _looks_like_phone(text: str) -> bool:
    return any(c.isdigit() for c in text) and set(text) <= _PHONE_CHARACTERS


def check_login_username(value: str) -> Message | None:
    """The username to sign in or recover a password with (R-08): a manager's username or an employee's line."""
    text = value.strip()
    if not text:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "Username: enter your username, or your mobile number if you are an employee"))
    if _looks_like_phone(text):
        return check_mobile(text)
    return check_username(text)


def normalise_login_username(value: str) -> str:
    """An employee's line becomes its national number (their username, R-04); anything else is only stripped."""
    text = value.strip()
    if _looks_like_phone(text) and check_mobile(text) is None:
        return national_number(text)
    return text


# --- passwords (R-06, R-12) -----------------------------------------------------------------

PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH = 8, 128


class PasswordRuleId(StrEnum):
    LENGTH = "length"
    UPPER = "upper"
    LOWER = "lower"
    DIGIT = "digit"
    SYMBOL = "symbol"


@dataclass(frozen=True)
class PasswordRule:
    """One line of the live checklist shown under a new password."""

    id: PasswordRuleId
    label: Message
    met: bool


_RULE_LABELS = {
    PasswordRuleId.LENGTH: _msg(QT_TRANSLATE_NOOP("Validation", "At least 8 characters (at most 128)")),
    PasswordRuleId.UPPER: _msg(QT_TRANSLATE_NOOP("Validation", "An upper-case letter (A-Z)")),
    PasswordRuleId.LOWER: _msg(QT_TRANSLATE_NOOP("Validation", "A lower-case letter (a-z)")),
    PasswordRuleId.DIGIT: _msg(QT_TRANSLATE_NOOP("Validation", "A digit (0-9)")),
    PasswordRuleId.SYMBOL: _msg(QT_TRANSLATE_NOOP("Validation", "A symbol, such as ! ? @ # $ % & *")),
}

_RULE_ERRORS = {
    PasswordRuleId.LENGTH: _msg(QT_TRANSLATE_NOOP("Validation", "Password: it must have at least 8 characters")),
    PasswordRuleId.UPPER: _msg(QT_TRANSLATE_NOOP("Validation", "Password: it needs an upper-case letter (A-Z)")),
    PasswordRuleId.LOWER: _msg(QT_TRANSLATE_NOOP("Validation", "Password: it needs a lower-case letter (a-z)")),
    PasswordRuleId.DIGIT: _msg(QT_TRANSLATE_NOOP("Validation", "Password: it needs a digit (0-9)")),
    PasswordRuleId.SYMBOL: _msg(QT_TRANSLATE_NOOP(
        "Validation", "Password: it needs a symbol, such as ! ? @ # $ % & *")),
}


def password_checklist(value: str) -> list[PasswordRule]:
    """The R-12 rules in display order, each met or not, for a checklist updated as the user types."""
    met = {
        PasswordRuleId.LENGTH: PASSWORD_MIN_LENGTH <= len(value) <= PASSWORD_MAX_LENGTH,
        PasswordRuleId.UPPER: any(c.isupper() for c in value),
        PasswordRuleId.LOWER: any(c.islower() for c in value),
        PasswordRuleId.DIGIT: any(c in "0123456789" for c in value),
        # as the contract says: any character that is neither a letter, a digit nor a space
        PasswordRuleId.SYMBOL: any(not c.isalnum() and not c.isspace() for c in value),
    }
    return [PasswordRule(rule, _RULE_LABELS[rule], met[rule]) for rule in PasswordRuleId]


def check_password(value: str) -> Message | None:
    """The first unmet R-12 rule; None when the checklist is all met."""
    if len(value) > PASSWORD_MAX_LENGTH:
        return _msg(QT_TRANSLATE_NOOP("Validation", "Password: at most 128 characters"))
    for rule in password_checklist(value):
        if not rule.met:
            return _RULE_ERRORS[rule.id]
    return None


def check_password_confirmation(password: str, confirmation: str) -> Message | None:
    if password != confirmation:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "Confirm password: it is not the same as the password (upper and lower case count)"))
    return None


def check_new_password_differs(old: str, new: str) -> Message | None:
    if old and old == new:
        return _msg(QT_TRANSLATE_NOOP("Validation", "New password: it must be different from the old one"))
    return None


# --- dates of birth -------------------------------------------------------------------------

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ITALIAN_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
MAX_AGE = 120


def parse_date(value: str | date) -> date | None:
    """A date as ISO "1980-03-12" (what the views store) or as typed in Italy, "12/03/1980"; None otherwise."""
    if isinstance(value, date):
        return value
    text = value.strip()
    if match := _ISO_DATE.fullmatch(text):
        year, month, day = (int(g) for g in match.groups())
    elif match := _ITALIAN_DATE.fullmatch(text):
        day, month, year = (int(g) for g in match.groups())
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def age_on(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def check_birth_date(value: str | date, today: date, min_age: int = 18) -> Message | None:
    """A real past date; at least `min_age` years ago (18 for a legal representative, R-01)."""
    born = parse_date(value)
    if born is None:
        return _msg(QT_TRANSLATE_NOOP("Validation", "Date of birth: enter a real date, as DD/MM/YYYY"))
    if born > today:
        return _msg(QT_TRANSLATE_NOOP("Validation", "Date of birth: it cannot be in the future"))
    if age_on(born, today) > MAX_AGE:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "Date of birth: more than 120 years ago; check the year"))
    if age_on(born, today) < min_age:
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "Date of birth: the legal representative must be at least %1 years old"), str(min_age))
    return None


def check_birth_date_matches_fiscal_code(birth: str | date, fiscal_code: str) -> Message | None:
    """The codice fiscale encodes the day, month and last two digits of the year of birth.

    Reports only a mismatch: an invalid date or codice fiscale has its own message.
    """
    born = parse_date(birth)
    encoded = fiscal_code_birth_date(fiscal_code)
    if born is None or encoded is None:
        return None
    year, month, day = encoded
    if (born.year % 100, born.month, born.day) == (year, month, day):
        return None
    return _msg(QT_TRANSLATE_NOOP(
        "Validation",
        "Tax code: it contains the birth date %1, but the date of birth entered is %2; "
        "one of the two is wrong"), f"{day:02d}/{month:02d}/{year:02d}", born.strftime("%d/%m/%Y"))


# --- names --------------------------------------------------------------------------------

NAME_MAX = 60
_NAME_CHARACTERS = re.compile(r"[^\W\d_]+(?:[ '’.-]+[^\W\d_]*)*\.?")


def _check_name(value: str, label: Message) -> Message | None:
    text = value.strip()
    # a control or format character anywhere, a trailing CR or NEL too (strip() would drop those silently)
    if any(unicodedata.category(c) in ("Cc", "Cf", "Co", "Cs", "Cn") for c in value):
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "%1: only letters, spaces, apostrophes, hyphens and dots are allowed"), label)
    if not any(c.isalpha() for c in text):
        return _msg(QT_TRANSLATE_NOOP("Validation", "%1: enter it as on the identity document"), label)
    if len(text) > NAME_MAX:
        return _msg(QT_TRANSLATE_NOOP("Validation", "%1: at most 60 characters"), label)
    if not _NAME_CHARACTERS.fullmatch(text):
        return _msg(QT_TRANSLATE_NOOP(
            "Validation", "%1: only letters, spaces, apostrophes, hyphens and dots are allowed"), label)
    return None


def check_first_name(value: str) -> Message | None:
    return _check_name(value, FIRST_NAME)


def check_last_name(value: str) -> Message | None:
    return _check_name(value, LAST_NAME)
