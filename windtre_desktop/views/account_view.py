"""Account: who is signed in, with which role, for which company; sign out."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from windtre_desktop.domain.models import Company, User
from windtre_desktop.domain.roles import Capability, can
from windtre_desktop.widgets.role_names import role_name


class AccountView(QWidget):
    signOutRequested = Signal()
    switchRequested = Signal(str)  # username
    addAccountRequested = Signal()
    deleteAccountRequested = Signal()
    changePasswordRequested = Signal()

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
        form.addRow(self.tr("VAT number"), self.vat)
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

        self.change_password = QPushButton(self.tr("Change password…"), self)
        self.change_password.clicked.connect(self.changePasswordRequested)
        self.delete_account = QPushButton(self.tr("Delete account…"), self)
        self.delete_account.clicked.connect(self.deleteAccountRequested)
        self.tools = QVBoxLayout()
        own = QHBoxLayout()
        own.addWidget(self.change_password)
        own.addWidget(self.delete_account)
        own.addStretch(1)
        layout.addSpacing(16)
        layout.addLayout(own)
        layout.addLayout(self.tools)
        self.managers_panel = None
        self.sims_panel = None
        self._tools_for = None
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

    def set_tools(self, user: User | None, run) -> None:
        """The parts of the page this profile may use (domain.roles): Telco Managers for the User Admin
        (R-03), "Associa SIM" and "Elimina account" for a Dipendente (R-04, R-11)."""
        key = None if user is None else (user.username, user.role)
        if key == self._tools_for:
            return
        self._tools_for = key
        for panel in (self.managers_panel, self.sims_panel):
            if panel is not None:
                self.tools.removeWidget(panel)
                panel.deleteLater()
        self.managers_panel = self.sims_panel = None

        def allowed(capability: Capability) -> bool:
            return user is not None and can(user, capability)

        self.change_password.setVisible(allowed(Capability.CHANGE_PASSWORD))
        self.delete_account.setVisible(allowed(Capability.DELETE_OWN_ACCOUNT))
        if allowed(Capability.MANAGE_TELCO_MANAGERS):
            from windtre_desktop.views.telco_managers_panel import TelcoManagersPanel

            self.managers_panel = TelcoManagersPanel(run, user.username, self)
            self.tools.addWidget(self.managers_panel)
            self.managers_panel.reload()
        if allowed(Capability.ASSOCIATE_SIMS):
            from windtre_desktop.views.sims_panel import SimsPanel

            self.sims_panel = SimsPanel(run, self)
            self.tools.addWidget(self.sims_panel)
            self.sims_panel.reload()

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
