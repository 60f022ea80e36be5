"""Issue 16: every typed secret (password, PUK, one-time, activation and control code) is masked by default,
with a show/hide button that is named for a screen reader and reachable by Tab and Space."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from windtre_desktop.domain import account_wizards, manager_forms, ticket_wizard
from windtre_desktop.domain.wizard import FieldKind, Wizard
from windtre_desktop.views.wizard_view import WizardView
from windtre_desktop.widgets.reveal_toggle import masked_with_toggle, toggle_button

SECRET_KINDS = (FieldKind.PASSWORD, FieldKind.CODE)


def words(source: str, name: str = "") -> str:
    """The toggle's text in whatever language an earlier test left installed."""
    return QCoreApplication.translate("RevealToggle", source).replace("%1", name)


def _wizards() -> list[Wizard]:
    return [account_wizards.admin_registration(), account_wizards.employee_registration(),
            account_wizards.password_recovery(), account_wizards.password_change(),
            manager_forms.new_telco_manager(), ticket_wizard.new_ticket()]


def _secret_steps() -> list[tuple[str, str, list[str]]]:
    """(wizard id, step id, its secret fields) for every step of every wizard that asks for a secret."""
    found = []
    for wizard in _wizards():
        for step in wizard.steps.values():
            names = [field.name for field in step.fields if field.kind in SECRET_KINDS]
            if names:
                found.append((wizard.id, step.id, names))
    return found


def test_the_forms_ask_for_every_kind_of_secret():
    """The walk below covers the PUK, the one-time codes, the activation code and the passwords."""
    names = {name for _w, _s, fields in _secret_steps() for name in fields}
    assert {"puk", "activationCode", "password", "passwordConfirmation", "oldPassword"} <= names, names
    assert any("otp" in name.lower() or name == "code" for name in names), names


@pytest.mark.parametrize("wizard_id, step_id, names", _secret_steps(),
                         ids=[f"{w}-{s}" for w, s, _n in _secret_steps()])
def test_every_secret_field_of_every_form_is_masked_with_a_named_toggle(qtbot, wizard_id, step_id, names):
    source = next(w for w in _wizards() if w.id == wizard_id)
    wizard = Wizard(source.id, source.title, source.steps, step_id)
    view = WizardView(wizard)
    qtbot.addWidget(view)
    view.show()
    for name in names:
        editor = view.editor(name)
        assert isinstance(editor, QLineEdit)
        assert editor.echoMode() == QLineEdit.EchoMode.Password, name
        button = toggle_button(editor)
        assert button is not None and button.isVisibleTo(view), name
        assert button.accessibleName() == words("Show %1", editor.accessibleName())
        assert button.toolTip() == words("Show")


def test_the_toggle_shows_and_hides_by_mouse_and_keyboard(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    edit = QLineEdit(window)
    edit.setAccessibleName("PUK")
    masked_with_toggle(edit)
    after = QLineEdit(window)
    layout = QVBoxLayout(window)
    layout.addWidget(edit)
    layout.addWidget(after)
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClicks(edit, "12345678")
    assert edit.echoMode() == QLineEdit.EchoMode.Password and edit.displayText() != "12345678"
    button = toggle_button(edit)

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert edit.echoMode() == QLineEdit.EchoMode.Normal and edit.displayText() == "12345678"
    assert button.accessibleName() == words("Hide %1", "PUK") and button.toolTip() == words("Hide")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    assert button.accessibleName() == words("Show %1", "PUK")

    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(button.hasFocus)  # right after the field, before the next one
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert edit.echoMode() == QLineEdit.EchoMode.Normal
    qtbot.keyClick(button, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus)
    assert edit.text() == "12345678"  # showing and hiding never touches what was typed


def test_the_sign_in_password_has_the_same_toggle(qtbot):
    from windtre_desktop.views.login_view import LoginView

    view = LoginView()
    qtbot.addWidget(view)
    assert view.password.echoMode() == QLineEdit.EchoMode.Password
    button = toggle_button(view.password)
    assert button is not None and button.accessibleName() == words("Show %1", "Password")
    button.click()
    assert view.password.echoMode() == QLineEdit.EchoMode.Normal
