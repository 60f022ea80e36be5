"""The "Nuovo Telco Manager" form (R-03) walked without Qt: its fields and rules, the payload it sends
(docs/api.md POST /telco-managers) and the page after the server created the account."""

from __future__ import annotations

from windtre_desktop.domain import manager_forms as mf
from windtre_desktop.domain.wizard import FieldKind, StepStatus

GOOD = dict(username="mario.rossi", firstName=" Anna ", lastName=" Bianchi ", email="Anna.B@Example.IT",
            mobile="347 123 4567")


def filled(**values):
    w = mf.new_telco_manager()
    for name, value in {**GOOD, **values}.items():
        assert w.set_value(name, value), name
    return w


def test_the_form_asks_for_five_fields_each_of_its_kind():
    w = mf.new_telco_manager()
    assert w.step_id == "details" and str(w.step.title) == "New Telco Manager"
    assert [(f.name, f.kind) for f in w.step.fields] == [
        ("username", FieldKind.TEXT), ("firstName", FieldKind.TEXT), ("lastName", FieldKind.TEXT),
        ("email", FieldKind.EMAIL), ("mobile", FieldKind.PHONE)]
    assert [str(f.label) for f in w.step.fields] == ["Username", "First name", "Last name", "Email", "Mobile number"]
    assert "4–30" in str(w.step.fields[0].hint)
    assert "except managing Telco Managers" in str(w.description())
    assert set(w.errors()) == {"username", "firstName", "lastName", "email", "mobile"}
    assert not w.can_next()


def test_each_field_is_checked_by_its_own_rule():
    w = filled(username="ab", firstName="\u200b", lastName="Bianchi", email="anna@", mobile="12")
    errors = {name: str(problem) for name, problem in w.errors().items()}
    assert set(errors) == {"username", "firstName", "email", "mobile"}
    assert errors["username"].startswith("Username: it must have 4 to 30 characters")
    assert errors["firstName"].startswith("First name:")
    assert errors["email"].startswith("Email:") and errors["mobile"].startswith("Mobile number:")
    assert w.next() is None and w.step_id == "details"
    assert set(filled(lastName="\u200b").errors()) == {"lastName"}


def test_the_payload_is_trimmed_and_normalised():
    w = filled()
    assert w.errors() == {} and w.can_next()
    request = w.next()
    assert request.action == mf.CREATE_ACTION == "create_telco_manager"
    assert request.payload == {"username": "mario.rossi", "firstName": "Anna", "lastName": "Bianchi",
                               "email": "Anna.B@example.it", "mobile": "+393471234567"}


def test_the_done_page_names_who_was_created_and_where_the_password_went():
    w = filled()
    w.next()
    assert w.succeeded({"username": "mario.rossi", "email": "anna.b@example.it"})
    assert w.step_id == "done" and w.is_final and not w.can_back()
    assert str(w.step.title) == "Telco Manager created"
    text = str(w.description())
    assert text.startswith("mario.rossi can now sign in") and "by email to anna.b@example.it" in text


def test_the_done_page_falls_back_to_what_was_typed():
    w = filled()
    w.next()
    w.succeeded({})
    assert str(w.description()).startswith("mario.rossi can now sign in")
    assert "by email to Anna.B@Example.IT." in str(w.description())


def test_a_refusal_keeps_everything_typed():
    w = filled()
    before = w.values
    w.next()
    assert w.failed("Username già in uso.", field="username")
    assert w.status is StepStatus.ERROR and w.step_id == "details" and w.values == before


def test_only_the_user_admin_manages_telco_managers():
    from windtre_desktop.domain.models import Role
    from windtre_desktop.domain.roles import can_manage_telco_managers

    assert [role for role in Role if can_manage_telco_managers(role)] == [Role.USER_ADMIN]


def test_the_forms_texts_are_looked_up_in_the_managers_context():
    w = mf.new_telco_manager()

    def translate(context, text):
        return f"[{text}]" if context == "Managers" else "WRONG CONTEXT"

    assert w.step.title.render(translate) == "[New Telco Manager]"
    assert w.step.fields[0].label.render(translate) == "[Username]"


def test_the_payload_of_missing_or_unreadable_values_sends_them_as_typed():
    payload = mf.new_telco_manager().step.payload
    assert payload({}, {}) == {"username": "", "firstName": "", "lastName": "", "email": "", "mobile": ""}
    assert payload({"mobile": " 12 "}, {})["mobile"] == " 12 "


def test_the_done_page_names_nobody_when_nothing_is_known():
    done = mf.new_telco_manager().steps["done"]
    assert str(done.description({}, {})).startswith(" can now sign in: a temporary password was sent by email to .")


def test_the_done_page_names_the_username_the_server_gave():
    w = filled()
    w.next()
    w.succeeded({"username": "mario.rossi2"})  # taken as typed by someone else: the server chose another
    assert str(w.description()).startswith("mario.rossi2 can now sign in")


def test_the_form_is_known_by_its_id():
    """The smoke tour finds the open form by this id (smoke/script.py)."""
    assert mf.new_telco_manager().id == mf.NEW_TELCO_MANAGER == "new_telco_manager"
