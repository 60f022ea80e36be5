"""Validators and normalisers on examples generated here with python-stdnum and phonenumbers,
so that they stay covered without ../shared/, plus hypothesis properties."""

from __future__ import annotations

import ast
import re
import string
from datetime import date
from pathlib import Path

import phonenumbers
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from stdnum import luhn
from stdnum.it import codicefiscale

from tests.domain.italian import italian
from windtre_desktop.domain import validators as v
from windtre_desktop.domain.messages import Message

MONTHS = "ABCDEHLMPRST"
OMOCODIA = "LMNPQRSTUV"
CF_DIGIT_POSITIONS = (6, 7, 9, 10, 12, 13, 14)


def make_cf(surname: str, name: str, born: date, female: bool, place: str, omocodia: frozenset[int] = frozenset()):
    day = born.day + (40 if female else 0)
    body = list(f"{surname}{name}{born.year % 100:02d}{MONTHS[born.month - 1]}{day:02d}{place}")
    for position in omocodia:
        body[position] = OMOCODIA[int(body[position])]
    text = "".join(body)
    return text + codicefiscale.calc_check_digit(text)


def make_vat(first7: str, office: int) -> str:
    body = f"{first7}{office:03d}"
    return body + luhn.calc_check_digit(body)


def make_imei(body14: str) -> str:
    return body14 + luhn.calc_check_digit(body14)


letters3 = st.text(string.ascii_uppercase, min_size=3, max_size=3)
birth_dates = st.dates(min_value=date(1920, 1, 1), max_value=date(2007, 12, 31))
places = st.builds(lambda letter, n: f"{letter}{n:03d}", st.sampled_from(string.ascii_uppercase), st.integers(0, 999))
omocodia_sets = st.frozensets(st.sampled_from(CF_DIGIT_POSITIONS))
fiscal_codes = st.builds(make_cf, letters3, letters3, birth_dates, st.booleans(), places, omocodia_sets)
vat_numbers = st.builds(
    make_vat,
    st.text("0123456789", min_size=7, max_size=7).filter(lambda s: int(s) > 0),
    st.one_of(st.integers(1, 100), st.sampled_from([120, 121, 888, 999])),
)
imeis = st.builds(make_imei, st.text("0123456789", min_size=14, max_size=14))

CHECKS = [
    v.check_fiscal_code, v.check_vat_number, v.check_imei, v.check_mobile, v.check_email, v.check_puk,
    v.check_otp, v.check_activation_code, v.check_username, v.check_login_username, v.check_password,
    v.check_first_name, v.check_last_name,
]


# --- generated valid values and single-character changes -------------------------------------

@given(fiscal_codes)
def test_generated_codice_fiscale_is_accepted_in_any_case_and_spacing(code):
    assert v.check_fiscal_code(code) is None
    assert v.check_fiscal_code(f" {code[:6].lower()} {code[6:]} ") is None
    assert v.normalise_fiscal_code(code.lower()) == code


@given(fiscal_codes, st.data())
def test_any_single_character_change_of_a_codice_fiscale_is_rejected(code, data):
    # The check character tells any two letters apart, and a letter from a digit where omocodia allows one.
    position = data.draw(st.integers(0, 15))
    replacement = data.draw(st.sampled_from(string.ascii_uppercase + string.digits + " -/.").filter(
        lambda c: c != code[position]))
    changed = code[:position] + replacement + code[position + 1:]
    assert v.check_fiscal_code(changed) is not None


@given(vat_numbers)
def test_generated_partita_iva_is_accepted_with_or_without_the_it_prefix(number):
    assert v.check_vat_number(number) is None
    assert v.check_vat_number(f"IT {number[:5]} {number[5:]}") is None
    assert v.normalise_vat_number(f"it-{number}") == number


@given(vat_numbers, st.integers(0, 10), st.sampled_from(string.digits + string.ascii_uppercase + " -"))
def test_any_single_character_change_of_a_partita_iva_is_rejected(number, position, replacement):
    assume(replacement != number[position])
    assert v.check_vat_number(number[:position] + replacement + number[position + 1:]) is not None


@given(imeis)
def test_generated_imei_is_accepted_with_separators(number):
    assert v.check_imei(number) is None
    assert v.check_imei(f"{number[:2]}-{number[2:8]}-{number[8:14]}-{number[14]}") is None


@given(imeis, st.integers(0, 14), st.sampled_from(string.digits + "A -"))
def test_any_single_character_change_of_an_imei_is_rejected(number, position, replacement):
    assume(replacement != number[position])
    assert v.check_imei(number[:position] + replacement + number[position + 1:]) is not None


@given(imeis, st.sampled_from("0123456789"))
def test_imei_with_a_16th_digit_or_without_the_check_digit_is_rejected(number, extra):
    assert "exactly 15 digits" in str(v.check_imei(number + extra))
    assert "exactly 15 digits" in str(v.check_imei(number[:14]))


def test_a_company_code_is_not_a_persons_codice_fiscale():
    company = make_vat("0074311", 15)
    assert codicefiscale.is_valid(company)  # stdnum takes it...
    assert "company" in str(v.check_fiscal_code(company))  # ...the app wants the person's code


def test_codice_fiscale_birth_day_must_be_a_mans_or_a_womans():
    for day in ("32", "40", "72", "80", "99"):
        body = f"RSSMRA85T{day}A562"
        assert v.check_fiscal_code(body + codicefiscale.calc_check_digit(body)) is not None, day


# --- mobile numbers ---------------------------------------------------------------------

def _italian_mobiles():
    example = phonenumbers.example_number_for_type("IT", phonenumbers.PhoneNumberType.MOBILE)
    national = str(example.national_number)
    prefix = national[:3]

    def build(rest: str) -> str:
        return prefix + rest

    return st.builds(build, st.text("0123456789", min_size=len(national) - 3, max_size=len(national) - 3)).filter(
        lambda n: phonenumbers.number_type(phonenumbers.parse(n, "IT")) == phonenumbers.PhoneNumberType.MOBILE)


def _format(national: str, style: int) -> str:
    a, b, c = national[:3], national[3:6], national[6:]
    return [
        national, f"{a} {b} {c}", f"+39 {a} {b}{c}", f"+39{national}", f"0039 {a}-{b}-{c}",
        f"(+39) {a}.{b}.{c}", f"{a}/{b}{c}", f"  39 {a} {b} {c}  ",
    ][style]


@given(_italian_mobiles(), st.integers(0, 7))
def test_italian_mobiles_in_every_accepted_writing_normalise_to_e164(national, style):
    written = _format(national, style)
    assert v.check_mobile(written) is None, written
    assert v.normalise_msisdn(written) == "+39" + national
    assert v.national_number(written) == national


def test_mobile_refusals_say_why():
    assert "landline" in str(v.check_mobile("02 3661 8300"))
    assert "+45" in str(v.check_mobile("+45 345 6782395"))
    assert "only digits" in str(v.check_mobile("347 123 456x"))
    assert "not an Italian mobile" in str(v.check_mobile("347"))
    with pytest.raises(ValueError):
        v.normalise_msisdn("02 3661 8300")


# --- email, codes, usernames -------------------------------------------------------------

@pytest.mark.parametrize("value", [
    "mario.rossi@azienda.it", "m.rossi+fatture@mail.azienda.co.uk", " admin@xn--caff-8oa.it ", "a_b-c@x-y.com",
    "O'Brien@example.org",
])
def test_good_emails(value):
    assert v.check_email(value) is None


@pytest.mark.parametrize(("value", "reason"), [
    ("", "enter"), ("mario.rossi", "one @"), ("mario@@azienda.it", "one @"), ("mario rossi@azienda.it", "one @"),
    (".mario@azienda.it", "before @"), ("mario..rossi@azienda.it", "before @"), ("mario@azienda", "after @"),
    ("mario@-azienda.it", "after @"), ("mario@azienda.i", "after @"), ("mario@azienda..it", "after @"),
    ("x" * 65 + "@azienda.it", "too long"),
])
def test_bad_emails_say_which_part(value, reason):
    assert reason in str(v.check_email(value))


def test_normalised_email_keeps_the_local_part_and_lowers_the_domain():
    assert v.normalise_email("  Mario.Rossi@Azienda.IT ") == "Mario.Rossi@azienda.it"


def test_puk_and_otp_lengths():
    assert v.check_puk("1234 5678") is None and v.check_otp("123 456") is None
    assert "8 digits" in str(v.check_puk("1234567")) and "only digits" in str(v.check_puk("1234567a"))
    assert "6 digits" in str(v.check_otp("12345")) and v.check_otp("12345a") is not None
    assert v.normalise_code(" 123 456 ") == "123456"


def test_username_rule_is_case_sensitive_and_stated():
    assert v.check_username("Mario.Rossi_01") is None and v.check_username("mario-r") is None
    assert "4 to 30" in str(v.check_username("abc")) and "4 to 30" in str(v.check_username("a" * 31))
    assert "spaces" in str(v.check_username("mario rossi"))
    assert "only letters" in str(v.check_username("mario@rossi"))
    assert "one letter" in str(v.check_username("12345678"))  # all digits: an employee's line


def test_login_username_takes_a_managers_name_or_an_employees_line():
    assert v.check_login_username("Mario.Rossi") is None
    assert v.check_login_username("+39 347 123 4567") is None
    assert v.normalise_login_username(" +39 347 123 4567 ") == "3471234567"
    assert v.normalise_login_username(" Mario.Rossi ") == "Mario.Rossi"  # case kept
    assert "Mobile number" in str(v.check_login_username("02 3661 8300"))


def test_activation_code_is_6_letters_and_digits_in_any_case():
    assert v.check_activation_code("a1B2c3") is None and v.check_activation_code(" A1B 2C3 ") is None
    assert "6 letters and digits" in str(v.check_activation_code("A1B2C"))
    assert v.check_activation_code("A1B2-C") is not None and v.check_activation_code("A1B2C3D") is not None


# --- passwords (R-12) -------------------------------------------------------------------------

def test_checklist_lists_the_five_rules_in_order():
    rules = v.password_checklist("abc")
    assert [r.id for r in rules] == list(v.PasswordRuleId)
    assert [r.met for r in rules] == [False, False, True, False, False]
    assert all(r.met for r in v.password_checklist("Ab3!efgh"))
    assert not v.password_checklist("Ab3!" * 33)[0].met  # 132 characters: more than the contract's 128
    assert "at most 128" in str(v.check_password("Ab3!" * 33))


@pytest.mark.parametrize(("password", "reason"), [
    ("Ab3!efg", "8 characters"), ("ab3!efgh", "upper-case"), ("AB3!EFGH", "lower-case"),
    ("Abc!efgh", "digit"), ("Ab3defgh", "symbol"), ("Ab3 efgh", "symbol"),
])
def test_password_error_names_the_missing_rule(password, reason):
    assert reason in str(v.check_password(password))


@given(st.one_of(st.text(max_size=20), st.text(min_size=120, max_size=140)))
def test_checklist_all_met_iff_password_valid(password):
    assert all(r.met for r in v.password_checklist(password)) == (v.check_password(password) is None)


def test_confirmation_and_new_password():
    assert v.check_password_confirmation("Ab3!efgh", "Ab3!efgh") is None
    assert "not the same" in str(v.check_password_confirmation("Ab3!efgh", "ab3!efgh"))
    assert "different" in str(v.check_new_password_differs("Ab3!efgh", "Ab3!efgh"))
    assert v.check_new_password_differs("12345678", "Ab3!efgh") is None


# --- dates of birth and names ---------------------------------------------------------------

TODAY = date(2026, 5, 10)


def test_birth_date_rules():
    assert v.parse_date("1980-03-12") == date(1980, 3, 12) == v.parse_date("12/03/1980") == v.parse_date("12.3.1980")
    assert v.parse_date("31/02/1980") is None and v.parse_date("yesterday") is None
    assert v.check_birth_date("1980-03-12", TODAY) is None
    assert v.check_birth_date("2008-05-10", TODAY) is None  # 18 today
    assert "18 years" in str(v.check_birth_date("2008-05-11", TODAY))
    assert "future" in str(v.check_birth_date("2026-05-11", TODAY))
    assert "120 years" in str(v.check_birth_date("1900-01-01", TODAY))
    assert "real date" in str(v.check_birth_date("1980-02-30", TODAY))
    assert v.check_birth_date("2020-01-01", TODAY, min_age=0) is None


@given(birth_dates, st.booleans(), omocodia_sets)
def test_birth_date_matches_its_codice_fiscale_with_women_and_omocodia(born, female, omocodia):
    code = make_cf("RSS", "MRA", born, female, "F205", omocodia)
    assert v.fiscal_code_birth_date(code) == (born.year % 100, born.month, born.day)
    assert v.check_birth_date_matches_fiscal_code(born, code) is None
    assert v.check_birth_date_matches_fiscal_code(born.isoformat(), code.lower()) is None


@given(birth_dates, birth_dates, st.booleans())
def test_a_different_birth_date_is_reported_on_the_codice_fiscale(born, other, female):
    assume((born.year % 100, born.month, born.day) != (other.year % 100, other.month, other.day))
    problem = v.check_birth_date_matches_fiscal_code(other, make_cf("RSS", "MRA", born, female, "F205"))
    assert str(problem).startswith("Tax code:") and other.strftime("%d/%m/%Y") in str(problem)


def test_mismatch_is_not_reported_when_either_side_is_invalid():
    assert v.check_birth_date_matches_fiscal_code("not a date", "RSSMRA85T10A562S") is None
    assert v.check_birth_date_matches_fiscal_code("1985-12-10", "RSSMRA85T10A562T") is None


@pytest.mark.parametrize("name", ["Mario", "D'Amico", "De Luca", "Anna-Maria", "Nicolò", "J. R.", "Lo Iacono"])
def test_plausible_names(name):
    assert v.check_first_name(name) is None and v.check_last_name(name) is None


@pytest.mark.parametrize("name", ["", "   ", "R2D2", "-Anna", "Mario_Rossi", "x" * 61, "...",
                                  "A\r", "A\x85", "Anna\u200b", "\u202eAnna"])  # issue 16: what strip() hid
def test_implausible_names_name_the_field(name):
    assert str(v.check_first_name(name)).startswith("First name:")
    assert str(v.check_last_name(name)).startswith("Surname:")


# --- robustness and translatability ----------------------------------------------------------

@pytest.mark.parametrize("check", CHECKS, ids=lambda f: f.__name__)
@given(text=st.text(max_size=40))
def test_validators_never_raise_and_answer_none_or_a_message(check, text):
    assert check(text) is None or isinstance(check(text), Message)


@given(st.text(max_size=40), st.text(max_size=20))
def test_other_checks_and_normalisers_never_raise(text, other):
    for result in (
        v.check_birth_date(text, TODAY), v.check_birth_date_matches_fiscal_code(text, other),
        v.check_password_confirmation(text, other), v.check_new_password_differs(text, other),
    ):
        assert result is None or isinstance(result, Message)
    for normalise in (v.normalise_fiscal_code, v.normalise_vat_number, v.normalise_imei, v.normalise_email,
                      v.normalise_code, v.normalise_login_username):
        assert isinstance(normalise(text), str)
    v.fiscal_code_birth_date(text)
    v.parse_date(text)
    try:
        v.normalise_msisdn(text)
    except ValueError:
        pass


DOMAIN = Path(v.__file__).parent
HELPERS = {"_msg": "Validation", "_t": "Accounts"}


def _calls(tree: ast.AST, name: str):
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", None) == name]


@pytest.mark.parametrize("module", ["validators.py", "wizard.py", "account_wizards.py"])
def test_texts_are_extractable_by_lupdate_under_the_right_context(module):
    path = DOMAIN / module
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for call in _calls(tree, "QT_TRANSLATE_NOOP"):
        assert len(call.args) == 2 and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                           for a in call.args), ast.unparse(call)
    for helper, context in HELPERS.items():
        for call in _calls(tree, helper):
            if call.args and isinstance(call.args[0], ast.Call):
                noop = call.args[0]
                assert getattr(noop.func, "id", None) == "QT_TRANSLATE_NOOP", ast.unparse(call)
                assert noop.args[0].value == context, ast.unparse(call)
    for call in _calls(tree, "Message"):
        if len(call.args) >= 2 and isinstance(call.args[1], ast.Call):
            assert call.args[0].value == call.args[1].args[0].value, ast.unparse(call)


def test_message_render_substitutes_once_and_translates_arguments():
    label = Message("Fields", "Surname")
    message = Message("Validation", "%1: too long (%2)", (label, "%1"))
    assert str(message) == "Surname: too long (%1)"
    italian = {"Surname": "Cognome", "%1: too long (%2)": "%1: troppo lungo (%2)"}
    assert message.render(lambda context, text: italian.get(text, text)) == "Cognome: troppo lungo (%1)"
    assert Message("X", "no %3 here", ("a",)).render() == "no %3 here"


def test_length_refusals_say_how_many_characters_were_typed():
    assert "(you typed 3)" in v.check_fiscal_code("ABC").render()
    assert "(you typed 2)" in v.check_username("ab").render()
    assert "(you typed 3)" in v.check_imei("123").render()


def test_a_vat_number_loses_any_case_of_its_it_prefix_and_keeps_a_stray_letter():
    assert v.normalise_vat_number("It01234567890") == "01234567890"
    assert v.normalise_vat_number("IT 0123X-4567") == "0123X4567"  # then refused, not silently fixed


def test_a_mobile_may_use_every_separator_at_once():
    every = "+39 (347) 125.68/9-0"
    assert set(every) == v._PHONE_CHARACTERS
    assert v.check_mobile(every) is None and v.normalise_msisdn(every) == "+393471256890"


# --- the edges of the rules, and the labels in Italian (issue 16: the sampled mutation run of 2026-12-07) -------

def test_a_username_of_exactly_the_shortest_and_longest_length_passes():
    assert v.check_username("a" * v.USERNAME_MIN) is None and v.check_username("a" * v.USERNAME_MAX) is None
    assert v.check_username("a" * (v.USERNAME_MIN - 1)) is not None


def test_a_capital_x_is_not_a_digit_in_the_password_checklist():
    met = {rule.id: rule.met for rule in v.password_checklist("Xabcdef!")}
    assert met[v.PasswordRuleId.DIGIT] is False and met[v.PasswordRuleId.UPPER] is True


# a private-use character, half a UTF-16 pair, a zero-width space
@pytest.mark.parametrize("unseen", ["\ue000", "\ud800", "\u200b"])
def test_a_name_with_a_character_no_one_can_see_is_refused_as_a_character_not_allowed(unseen):
    refusal = "First name: only letters, spaces, apostrophes, hyphens and dots are allowed"
    assert v.check_first_name(f"Mario{unseen}").render() == refusal
    assert v.check_first_name(unseen).render() == refusal  # not "enter it as on the identity document"


def test_a_refusal_and_the_field_it_names_are_in_the_users_language():
    refusal = v.check_first_name("1234")
    assert refusal.render(italian) == italian("Validation", "%1: enter it as on the identity document").replace(
        "%1", "Nome") != refusal.render()


def test_refusals_say_how_many_characters_or_digits_were_typed():
    assert v.check_vat_number("").render() == "VAT number: enter the 11 digits of the VAT number"
    assert "(you typed 3)" in v.check_vat_number("123").render()
    assert "(you typed 5 characters)" in v.check_otp("12345").render()
    assert "(you typed 5 characters)" in v.check_activation_code("A1B2C").render()


def test_a_number_that_is_not_an_italian_mobile_is_refused_saying_why():
    with pytest.raises(ValueError, match=re.escape(v.check_mobile("12345").render())):
        v.normalise_msisdn("12345")


def test_an_email_may_have_64_characters_before_the_at():
    assert v.check_email("a" * 64 + "@azienda.it") is None
    assert v.check_email("a" * 65 + "@azienda.it") is not None


def test_an_email_of_exactly_254_characters_is_long_enough_and_one_more_is_too_long():
    domain = f"{'b' * 63}.{'c' * 63}.{'d' * 58}.it"
    longest = f"{'a' * 64}@{domain}"
    assert len(longest) == 254 and v.check_email(longest) is None
    assert "too long" in str(v.check_email(f"{'a' * 64}@e{domain}"))
