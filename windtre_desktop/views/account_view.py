"""Account: who is signed in, with which role, for which company; sign out."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from windtre_desktop.domain.models import Company, User
from windtre_desktop.widgets.role_names import role_name


class AccountView(QWidget):
    signOutRequested = Signal()
    switchRequested = Signal(str)  # username
    addAccountRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Account and profile"), self)
        heading.setObjectName("viewTitle")
        self.username = QLabel(self)
        self.name = QLabel(self)
        self.role = QLabel(self)
        self.company = QLabel(self)
        self.vat = QLabel(self)
        self.keyring = QLabel(self)
        self.keyring.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Profile"), self.role)
        form.addRow(self.tr("Company"), self.company)
        form.addRow(self.tr("P.IVA"), self.vat)
        form.addRow(self.tr("Session"), self.keyring)
        self.sign_out = QPushButton(self.tr("Sign out"), self)
        self.sign_out.clicked.connect(self.signOutRequested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addWidget(heading)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_out)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        others_title = QLabel(self.tr("Other accounts on this computer"), self)
        others_title.setObjectName("tileCaption")
        self.others_box = QVBoxLayout()
        self.no_others = QLabel(self.tr("None yet."), self)
        self.add_account = QPushButton(self.tr("Sign in with another account"), self)
        self.add_account.clicked.connect(self.addAccountRequested)
        self.switch_buttons: dict[str, QPushButton] = {}
        layout.addSpacing(16)
        layout.addWidget(others_title)
        layout.addWidget(self.no_others)
        layout.addLayout(self.others_box)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_account)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        layout.addStretch(1)

    def set_other_accounts(self, usernames: list[str]) -> None:
        """One "switch" button per other account used here; its session may still be remembered."""
        for button in self.switch_buttons.values():
            self.others_box.removeWidget(button)
            button.deleteLater()
        self.switch_buttons.clear()
        for username in usernames:
            button = QPushButton(self.tr("Switch to %1").replace("%1", username), self)
            button.clicked.connect(lambda _=False, u=username: self.switchRequested.emit(u))
            self.others_box.addWidget(button)
            self.switch_buttons[username] = button
        self.no_others.setVisible(not usernames)

    def set_profile(self, user: User | None, company: Company | None, token_persisted: bool) -> None:
        self.username.setText(user.username if user else "–")
        self.name.setText(user.display_name if user else "–")
        self.role.setText(role_name(user.role) if user else "–")
        self.company.setText(company.name if company else "–")
        self.vat.setText(company.vat_number if company else "–")
        self.keyring.setText(
            self.tr("remembered in the system keyring")
            if token_persisted
            else self.tr("this session only (not remembered on this computer)")
        )
