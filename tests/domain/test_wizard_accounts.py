"""The four accounts wizards walked end to end with the contract's answers (docs/api.md "Accounts")."""

from __future__ import annotations

from datetime import date

from tests.domain.test_wizard import FakeClock
from windtre_desktop.domain import account_wizards as aw
from windtre_desktop.domain.wizard import FieldKind, StepStatus, Wizard

TODAY = date(2026, 5, 10)


def fill(w: Wizard, **values) -> None:
    for name, value in values.items():
        assert w.set_value(name, value), name


REPRESENTATIVE = dict(firstName=" Mario ", lastName="Rossi", birthDate="1985-12-10", fiscalCode="rssmra85t10a562s",
                      email="Mario.Rossi@ContiLogistica.IT", mobile="347 123 4567")


def admin_at_representative() -> Wizard:
    w = aw.admin_registration(today=lambda: TODAY)
    assert [f.name for f in w.step.fields] == ["vatNumber"]
    fill(w, vatNumber="IT 00743110157")
    assert w.next() is None and w.step_id == "representative"
    return w


def test_admin_registration_walks_to_the_done_page():
    w = admin_at_representative()
    fill(w, **REPRESENTATIVE)
    request = w.next()
    assert request.action == "register_admin"
    assert request.payload == {"vatNumber": "00743110157", "firstName": "Mario", "lastName": "Rossi",
                               "birthDate": "1985-12-10", "fiscalCode": "RSSMRA85T10A562S",
                               "email": "Mario.Rossi@contilogistica.it", "mobile": "+393471234567"}
    assert w.succeeded({"registrationId": "R1", "emailMasked": "m***i@contilogistica.it"})
    assert w.step_id == "activation" and "m***i@contilogistica.it" in str(w.description())
    fill(w, activationCode=" a1b 2c3 ")
    w.next()
    assert w.step_id == "credentials"
    fill(w, username="Mario.Rossi", password="weak")
    assert [r.met for r in w.checklist("password")] == [False, False, True, False, False]
    fill(w, password="Ab3!efgh", passwordConfirmation="Ab3!efgH")
    assert "not the same" in str(w.errors()["passwordConfirmation"])
    fill(w, passwordConfirmation="Ab3!efgh")
    request = w.next()
    assert request.action == "activate_admin"
    assert request.payload == {"registrationId": "R1", "activationCode": "a1b2c3", "username": "Mario.Rossi",
                               "password": "Ab3!efgh"}
    w.succeeded({"username": "Mario.Rossi", "role": "USER_ADMIN"})
    assert w.step_id == "done" and w.is_final and not w.can_back()
    assert "Mario.Rossi" in str(w.description())


def test_admin_representative_checks_age_and_birth_date_against_codice_fiscale():
    w = admin_at_representative()
    fill(w, **{**REPRESENTATIVE, "birthDate": "1985-12-11"})
    problem = str(w.errors()["fiscalCode"])
    assert "10/12/85" in problem and "11/12/1985" in problem and "birthDate" not in w.errors()
    fill(w, birthDate="2010-01-01")
    assert "18 years" in str(w.errors()["birthDate"])
    assert "fiscalCode" in w.errors()  # a valid date, still not the one in the codice fiscale
    fill(w, birthDate="10/12/1985")  # typed the Italian way
    assert w.errors() == {} and w.next().payload["birthDate"] == "1985-12-10"


def test_a_second_user_admin_is_refused_and_nothing_typed_is_lost():
    w = admin_at_representative()
    fill(w, **REPRESENTATIVE)
    before = w.values
    w.next()
    message = "Questa P.IVA ha già il suo User Admin."  # ERR-REG-02, in the server's language
    assert w.failed(message)
    assert w.status is StepStatus.ERROR and w.server_error.message == message and w.values == before
    assert w.back() and w.step_id == "company" and w.values == {"vatNumber": "IT 00743110157"}
    w.next()
    assert w.values == before  # the representative's data come back after fixing the P.IVA


def test_a_wrong_activation_code_sends_the_user_back_to_it():
    w = admin_at_representative()
    fill(w, **REPRESENTATIVE)
    w.next()
    w.succeeded({"registrationId": "R1"})
    fill(w, activationCode="A1B2C3")
    w.next()
    fill(w, username="Mario.Rossi", password="Ab3!efgh", passwordConfirmation="Ab3!efgh")
    w.next()
    w.failed("Codice di attivazione errato.", field="activationCode")  # ERR-REG-03
    assert w.step_of("activationCode") == "activation" and w.can_next()
    assert w.back_to("activation") and w.values["activationCode"] == "A1B2C3"
    fill(w, activationCode="A1B2C4")
    w.next()
    assert w.values["username"] == "Mario.Rossi" and "password" not in w.values  # secrets are typed again


def employee_at_line() -> tuple[Wizard, FakeClock]:
    clock = FakeClock()
    w = aw.employee_registration(clock=clock)
    fill(w, msisdn="+39 347 123 4567", email="luca@azienda.it")
    return w, clock


def test_employee_with_a_voice_sim_gets_the_code_by_sms():
    w, clock = employee_at_line()
    request = w.next()
    assert (request.action, request.payload) == ("register_employee",
                                                 {"msisdn": "+393471234567", "email": "luca@azienda.it"})
    w.succeeded({"challengeId": "K1", "channel": "sms", "needsPuk": False, "resendAfter": 30})
    assert w.step_id == "otp" and "SMS to +393471234567" in str(w.description())
    assert w.seconds_until_resend() == 30 and w.resend() is None
    clock.now += 30
    resend = w.resend()
    assert (resend.action, resend.payload) == ("resend_employee_code", {"challengeId": "K1"})
    w.succeeded({"challengeId": "K1", "channel": "sms", "needsPuk": False, "resendAfter": 30})
    fill(w, otp="123 456", password="Ab3!efgh", passwordConfirmation="Ab3!efgh")
    request = w.next()
    assert (request.action, request.payload) == ("verify_employee",
                                                 {"challengeId": "K1", "otp": "123456", "password": "Ab3!efgh"})
    w.failed("Codice errato: restano 4 tentativi.", field="otp")  # ERR-OTP-01
    assert not w.can_next() and w.values["password"] == "Ab3!efgh"
    fill(w, otp="654321")
    w.next()
    w.succeeded({"username": "3471234567", "role": "DIPENDENTE"})
    assert w.step_id == "done" and "3471234567" in str(w.description())


def test_employee_with_a_data_only_sim_gives_the_puk_then_gets_the_code_by_email():
    w, clock = employee_at_line()
    w.next()
    w.succeeded({"challengeId": "K2", "channel": "email", "needsPuk": True, "resendAfter": None})
    assert w.step_id == "puk" and not w.step.resend
    fill(w, puk="1234567")
    assert "8 digits" in str(w.errors()["puk"])
    fill(w, puk="1234 5678")
    request = w.next()
    assert (request.action, request.payload) == ("verify_puk", {"challengeId": "K2", "puk": "12345678"})
    w.succeeded({"challengeId": "K2", "channel": "email", "needsPuk": False, "resendAfter": 30})
    assert w.step_id == "otp" and "email to luca@azienda.it" in str(w.description())
    assert w.seconds_until_resend() == 30 and w.path == ["line", "puk", "otp"]


def test_a_too_early_resend_waits_as_the_server_says():
    w, clock = employee_at_line()
    w.next()
    w.succeeded({"challengeId": "K1", "channel": "sms", "needsPuk": False, "resendAfter": 0})
    w.resend()
    w.failed("Attendi prima di chiedere un nuovo codice.", retry_after=25)  # ERR-OTP-03, 429
    assert w.seconds_until_resend() == 25


def test_the_done_page_shows_the_national_number_even_without_the_servers_username():
    assert aw.employee_username({"msisdn": "0039 347-123-4567"}, {}) == "3471234567"
    assert aw.employee_username({"msisdn": "x"}, {"username": "3470000000"}) == "3470000000"


def test_recovery_with_a_control_code():
    w = aw.password_recovery(clock=FakeClock())
    fill(w, username="+39 347 123 4567")
    request = w.next()
    assert (request.action, request.payload) == ("recover_password", {"username": "3471234567"})
    w.succeeded({"challengeId": "K3", "variant": "code", "channel": "sms", "resendAfter": 30})
    assert w.step_id == "code" and "SMS" in str(w.description())
    assert [f.name for f in w.step.fields] == ["code", "newPassword", "passwordConfirmation"]
    fill(w, code="123456", newPassword="Ab3!efgh", passwordConfirmation="Ab3!efgh")
    request = w.next()
    assert (request.action, request.payload) == ("confirm_recovery",
                                                 {"challengeId": "K3", "code": "123456", "newPassword": "Ab3!efgh"})
    assert w.resend() is None  # busy
    w.succeeded({"username": "3471234567"})
    assert w.step_id == "done" and not w.can_back()


def test_recovery_with_a_temporary_password_ends_on_an_explanation():
    w = aw.password_recovery()
    fill(w, username="Mario.Rossi")
    assert w.next().payload == {"username": "Mario.Rossi"}  # case kept
    w.succeeded({"challengeId": None, "variant": "temporaryPassword", "channel": "email", "resendAfter": None})
    assert w.step_id == "temporaryPassword" and w.is_final and not w.can_back()
    assert "temporary numeric password" in str(w.description())


def test_a_telco_manager_is_told_the_user_admin_must_recreate_the_profile():
    w = aw.password_recovery()
    assert "Telco Managers cannot recover" in str(w.description())
    fill(w, username="tm.bianchi")
    w.next()
    w.failed("Un Telco Manager non può recuperare la password: lo User Admin deve ricreare il profilo.",
             field="username")  # ERR-REC-02
    assert w.step_id == "username" and w.status is StepStatus.ERROR and "username" in w.shown_errors()


def test_forced_password_change_after_a_temporary_password():
    w = aw.password_change("12345678")
    assert w.values == {"oldPassword": "12345678"} and w.step_id == "change"
    fill(w, newPassword="12345678")
    assert "upper-case" in str(w.errors()["newPassword"])
    fill(w, oldPassword="Ab3!efgh", newPassword="Ab3!efgh")
    assert "different" in str(w.errors()["newPassword"])
    fill(w, oldPassword="12345678", passwordConfirmation="Ab3!efgh")
    request = w.next()
    assert (request.action, request.payload) == ("change_password",
                                                 {"oldPassword": "12345678", "newPassword": "Ab3!efgh"})
    w.succeeded({"username": "Mario.Rossi", "mustChangePassword": False})
    assert w.step_id == "done"
    assert aw.password_change().values == {}


def test_every_field_and_step_has_a_label_and_every_action_a_next_step():
    for build in (aw.admin_registration, aw.employee_registration, aw.password_recovery, aw.password_change):
        w = build()
        assert str(w.title)
        for step in w.steps.values():
            assert str(step.title)
            assert all(str(f.label) for f in step.fields)
            assert step.action is None or step.next is not None


# --- the words and kinds each page shows (issue 16: a sampled mutation run's survivors) ----------------------

def test_the_pages_say_what_they_are_for():
    admin = aw.admin_registration(today=lambda: TODAY)
    assert admin.description() is not None  # the company page explains the one User Admin per company
    assert admin.steps["representative"].field("firstName").kind is FieldKind.TEXT
    assert aw.employee_registration().steps["puk"].description is not None
    recovery = aw.password_recovery()
    assert recovery.step.title is not None and recovery.step.field("username").hint is not None


def test_the_done_page_names_the_username_typed_when_the_server_gives_none():
    w = admin_at_representative()
    fill(w, **REPRESENTATIVE)
    w.next()
    w.succeeded({"registrationId": "R1", "emailMasked": "m***i@contilogistica.it"})
    fill(w, activationCode="a1b2c3")
    w.next()
    fill(w, username="Mario.Rossi", password="Ab3!efgh", passwordConfirmation="Ab3!efgh")
    w.next()
    w.succeeded({"role": "USER_ADMIN"})
    assert w.step_id == "done" and "Mario.Rossi" in str(w.description())


def test_an_employee_username_falls_back_to_what_was_typed():
    assert aw.employee_username({"msisdn": "not a number"}, {}) == "not a number"


def test_the_pages_explain_themselves_in_words():
    assert "one User Admin" in aw.admin_registration(today=lambda: TODAY).description().render()
    assert "PUK" in aw.employee_registration().steps["puk"].description.render()
    assert "mobile line number" in aw.password_recovery().step.field("username").hint.render()
    assert "legal representative" in aw.admin_registration(today=lambda: TODAY).steps[
        "representative"].description.render()


# --- each field's kind, hint and check, each step's actions (issue 16: the sampled run of 2026-12-07) ---------

def test_the_representatives_fields_say_what_they_hold_and_check_it():
    w = admin_at_representative()
    step = w.step
    assert step.field("fiscalCode").hint.render() == "16 characters"
    assert step.field("email").hint.render() == "As written in the signed contract proposal"
    assert step.field("mobile").kind is FieldKind.PHONE
    assert step.field("mobile").hint.render() == "As written in the signed contract proposal"
    fill(w, **{**REPRESENTATIVE, "birthDate": "", "fiscalCode": "RSSMRA85T10A562X"})  # a wrong check letter
    assert "fiscalCode" in w.errors()  # refused on its own, with no birth date to compare


def test_the_representatives_payload_keeps_a_date_it_cannot_read_and_sends_nothing_for_none():
    payload = aw.admin_registration(today=lambda: TODAY).steps["representative"].payload
    assert payload({"birthDate": "the tenth"}, {})["birthDate"] == "the tenth"
    assert payload({}, {})["birthDate"] == ""


def test_the_activation_page_names_the_email_typed_when_the_server_masks_none():
    w = admin_at_representative()
    fill(w, **REPRESENTATIVE)
    w.next()
    w.succeeded({"registrationId": "R1"})
    assert "Mario.Rossi@contilogistica.it" in w.description().render()


def test_the_wizards_are_known_by_their_ids():
    assert aw.admin_registration().id == aw.ADMIN_REGISTRATION == "admin_registration"
    assert aw.employee_registration().id == aw.EMPLOYEE_REGISTRATION
    assert aw.password_recovery().id == aw.PASSWORD_RECOVERY


def test_the_employees_line_and_email_are_checked_before_anything_is_sent():
    w = aw.employee_registration()
    fill(w, msisdn="12345", email="luca@")
    assert set(w.errors()) == {"msisdn", "email"} and w.next() is None


def test_the_code_is_checked_and_the_email_named_is_the_servers():
    w, clock = employee_at_line()
    w.next()
    w.succeeded({"challengeId": "K2", "channel": "email", "destination": "l***a@azienda.it", "resendAfter": 30})
    assert "email to l***a@azienda.it" in w.description().render()
    fill(w, otp="12a456", password="Ab3!efgh", passwordConfirmation="Ab3!efgh")
    assert set(w.errors()) == {"otp"}


def test_recovery_resends_the_control_code_on_its_own_clock():
    clock = FakeClock()
    w = aw.password_recovery(clock=clock)
    assert w.step.field("username").kind is FieldKind.TEXT
    fill(w, username="3471234567")
    w.next()
    w.succeeded({"challengeId": "K3", "variant": "code", "channel": "sms", "resendAfter": 30})
    assert w.seconds_until_resend() == 30 and w.resend() is None
    clock.now += 30
    resend = w.resend()
    assert (resend.action, resend.payload) == ("resend_recovery_code", {"challengeId": "K3"})


def test_the_recovery_and_change_pages_say_what_happened_in_words():
    w = aw.password_recovery()
    assert "the old one no longer works" in w.steps["done"].description.render()
    change = aw.password_change()
    assert change.step.field("newPassword").label.render() == "New password"


# --- every page of the User Admin registration as the user reads it (issue 16: a second, per-module sample) ---

ADMIN_PAGES = {
    "company": ("Company", [("vatNumber", FieldKind.TEXT, "Company VAT number",
                             "11 digits, as in the signed contract proposal")]),
    "representative": ("Legal representative", [
        ("firstName", FieldKind.TEXT, "First name", None), ("lastName", FieldKind.TEXT, "Surname", None),
        ("birthDate", FieldKind.DATE, "Date of birth", None),
        ("fiscalCode", FieldKind.TEXT, "Tax code", "16 characters"),
        ("email", FieldKind.EMAIL, "Email", "As written in the signed contract proposal"),
        ("mobile", FieldKind.PHONE, "Mobile number", "As written in the signed contract proposal")]),
    "activation": ("Activation", [("activationCode", FieldKind.CODE, "Activation code",
                                   "6 letters and digits, in the activation email")]),
    "credentials": ("Username and password", [
        ("username", FieldKind.TEXT, "Username",
         "4 to 30 letters, digits and . _ - with at least one letter. Upper and lower case count."),
        ("password", FieldKind.PASSWORD, "Password",
         "At least 8 characters with upper and lower case letters, a digit and a symbol. Upper and lower case count."),
        ("passwordConfirmation", FieldKind.PASSWORD, "Confirm password", None)]),
    "done": ("Done", []),
}


def _page(step):
    return (step.title.render(), [(f.name, f.kind, f.label.render(), f.hint.render() if f.hint else None)
                                  for f in step.fields])


def test_each_page_of_the_admin_registration_shows_its_title_and_fields():
    w = aw.admin_registration(today=lambda: TODAY)
    assert {step_id: _page(step) for step_id, step in w.steps.items()} == ADMIN_PAGES
    fill(w, vatNumber="123")
    assert "vatNumber" in w.errors()


def test_the_code_field_is_a_secret_code_of_six_digits_never_kept_in_a_draft():
    w, clock = employee_at_line()
    assert w.step.field("msisdn").hint.render() == "The company SIM you use; it will be your username"
    w.next()
    w.succeeded({"challengeId": "K1", "channel": "sms", "resendAfter": 30})
    otp = w.step.field("otp")
    assert (otp.kind, otp.label.render(), otp.hint.render()) == (FieldKind.CODE, "Code received", "6 digits")
    fill(w, otp="123456")
    assert "otp" not in w.to_draft()["values"]


def test_the_password_change_is_known_by_its_id():
    assert aw.password_change().id == aw.PASSWORD_CHANGE == "password_change"


def test_a_mobile_number_that_is_not_one_is_sent_as_typed_without_spaces():
    payload = aw.admin_registration(today=lambda: TODAY).steps["representative"].payload
    assert payload({"mobile": " 12 "}, {})["mobile"] == "12"


# --- what each page checks and says (issue 16: the sampled run of seed 576230) ---------------------------------

def test_a_birth_date_under_a_year_ago_is_still_compared_with_the_tax_code():
    w = admin_at_representative()
    fill(w, **{**REPRESENTATIVE, "birthDate": "2026-03-01"})  # a real past date, if not an adult's
    assert "18 years" in str(w.errors()["birthDate"])
    assert "01/03/2026" in str(w.errors()["fiscalCode"])  # not the 10/12/85 the tax code holds


def admin_at_credentials() -> Wizard:
    w = admin_at_representative()
    fill(w, **REPRESENTATIVE)
    w.next()
    w.succeeded({"registrationId": "R1"})
    fill(w, activationCode="a1b2c3")
    w.next()
    assert w.step_id == "credentials"
    return w


def test_the_chosen_username_is_checked_before_the_account_is_activated():
    w = admin_at_credentials()
    fill(w, username="Mario Rossi", password="Ab3!efgh", passwordConfirmation="Ab3!efgh")
    assert "spaces are not allowed" in str(w.errors()["username"]) and w.next() is None


def test_the_done_page_says_the_account_is_active_in_a_sentence():
    w = admin_at_credentials()
    fill(w, username="Mario.Rossi", password="Ab3!efgh", passwordConfirmation="Ab3!efgh")
    w.next()
    w.succeeded({"username": "Mario.Rossi"})
    assert w.description().render() == (
        "The User Admin account is active. Sign in with the username Mario.Rossi and your password.")


def test_recovery_checks_the_username_before_asking_the_server():
    w = aw.password_recovery()
    fill(w, username="mario rossi")
    assert "spaces are not allowed" in str(w.errors()["username"]) and w.next() is None


def test_the_temporary_password_page_has_its_title():
    w = aw.password_recovery()
    fill(w, username="Mario.Rossi")
    w.next()
    w.succeeded({"variant": "temporaryPassword", "channel": "email"})
    assert w.step.title.render() == "Temporary password sent"
