"""Login page: username, password, "Ricordami", the server's error texts, demo credentials in --demo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain.models import Role
from windtre_desktop.widgets.role_names import role_name


class LoginView(QWidget):
    loginRequested = Signal(str, str, bool)  # username, password, remember
    offlineRequested = Signal()
    networkLoginRequested = Signal()  # "Accedi direttamente"
    wizardRequested = Signal(str)  # "register_admin" | "register_employee" | "recover_password"
    demoToolsRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loginView")
        title = QLabel(self.tr("WINDTRE Business"), self)
        title.setObjectName("loginTitle")
        subtitle = QLabel(self.tr("Sign in to the business customer area"), self)
        subtitle.setObjectName("viewSubtitle")

        self.username = QLineEdit(self)
        self.username.setAccessibleName(self.tr("Username"))
        self.username.setPlaceholderText(self.tr("Username or mobile number"))
        self.password = QLineEdit(self)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember me"), self)
        self.remember.setToolTip(self.tr("Keeps you signed in on this computer (the session is kept in the system keyring)."))
        self.submit = QPushButton(self.tr("Sign in"), self)
        self.submit.setDefault(True)
        self.submit.setAutoDefault(True)
        self.hint = QLabel(self.tr("Username and password are case-sensitive."), self)
        self.hint.setObjectName("hint")
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Sign-in error"))
        self.error.hide()
        self.offline_button = QPushButton(self.tr("Open saved data (offline)"), self)
        self.offline_button.hide()
        self.offline_button.clicked.connect(self.offlineRequested)

        self.network_login = QPushButton(self.tr("Sign in directly (employees on the WINDTRE mobile network)"), self)
        self.network_login.setToolTip(self.tr(
            "Works only for employees, when the WINDTRE mobile network recognises your line "
            "(SIM in use or tethering)."))
        self.network_login.clicked.connect(self.networkLoginRequested)
        self.forgot = QPushButton(self.tr("Forgot your password?"), self)
        self.register_admin = QPushButton(self.tr("Register: create a User Admin"), self)
        self.register_employee = QPushButton(self.tr("Register: create an employee account"), self)
        for button, wizard in ((self.forgot, "recover_password"), (self.register_admin, "register_admin"),
                               (self.register_employee, "register_employee")):
            button.setFlat(True)
            button.setObjectName("linkButton")
            button.clicked.connect(lambda _=False, w=wizard: self.wizardRequested.emit(w))

        form = QFormLayout()
        form.addRow(self.tr("&Username"), self.username)
        form.addRow(self.tr("&Password"), self.password)

        self.demo_box = QFrame(self)
        self.demo_box.setObjectName("demoBox")
        self.demo_layout = QVBoxLayout(self.demo_box)
        self.demo_box.hide()

        card = QFrame(self)
        card.setObjectName("loginCard")
        card.setMaximumWidth(460)
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(title)
        card_layout.addWidget(subtitle)
        card_layout.addSpacing(8)
        card_layout.addLayout(form)
        card_layout.addWidget(self.remember)
        card_layout.addWidget(self.hint)
        card_layout.addWidget(self.error)
        card_layout.addWidget(self.submit)
        card_layout.addWidget(self.offline_button)
        card_layout.addWidget(self.forgot)
        card_layout.addSpacing(6)
        card_layout.addWidget(self.network_login)
        card_layout.addWidget(self.register_admin)
        card_layout.addWidget(self.register_employee)
        card_layout.addWidget(self.demo_box)

        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(card)
        column.addStretch(2)
        outer.addLayout(column, 3)
        outer.addStretch(1)

        self.submit.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self.username.returnPressed.connect(self.password.setFocus)

    def set_demo_users(self, users: list[dict]) -> None:
        """Shows the demo backend's credentials, each with a button that fills the form."""
        caption = QLabel(self.tr("Demo backend: try these accounts"), self.demo_box)
        caption.setObjectName("tileCaption")
        self.demo_layout.addWidget(caption)
        for user in users:
            row = QHBoxLayout()
            role = role_name(Role(user["role"])) if user["role"] in Role.__members__ else user["role"]
            label = QLabel(f"<b>{user['username']}</b> / {user['password']} <i>({role})</i>", self.demo_box)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            use = QPushButton(self.tr("Use"), self.demo_box)
            use.clicked.connect(lambda _=False, u=user: self.fill(u["username"], u["password"]))
            row.addWidget(label, 1)
            row.addWidget(use)
            self.demo_layout.addLayout(row)
        tools = QPushButton(self.tr("SMS and emails sent, test data for registering…"), self.demo_box)
        tools.clicked.connect(self.demoToolsRequested)
        self.demo_tools_button = tools
        self.demo_layout.addWidget(tools)
        self.demo_box.show()

    def set_known_usernames(self, usernames: list[str]) -> None:
        """Accounts used on this computer are offered as the user types the username."""
        completer = QCompleter(usernames, self.username)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)  # usernames are case-sensitive
        self.username.setCompleter(completer)

    def fill(self, username: str, password: str) -> None:
        self.username.setText(username)
        self.password.setText(password)
        self.submit.setFocus()

    def set_busy(self, busy: bool) -> None:
        for widget in (self.username, self.password, self.remember, self.submit):
            widget.setEnabled(not busy)
        self.submit.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))

    def show_error(self, text: str, field: str | None = None) -> None:
        self.error.setStyleSheet("")
        self.error.setText(text)
        self.error.show()
        target = {"username": self.username, "password": self.password}.get(field or "")
        if target is not None:
            target.setFocus()

    def show_notice(self, text: str) -> None:
        """A positive message (account created, password changed): shown where errors go, not in red."""
        self.error.setObjectName("noticeText")
        self.error.setStyleSheet("color: palette(text); font-weight: bold;")
        self.error.setText(text)
        self.error.show()

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def reset(self, username: str = "", message: str = "", remember: bool = False) -> None:
        """Back to a clean form (after sign-out or session expiry); the password is never kept."""
        self.set_busy(False)
        self.username.setText(username)
        self.password.clear()
        self.remember.setChecked(remember)
        if message:
            self.show_error(message)
        else:
            self.clear_error()
        (self.password if username else self.username).setFocus()

    def show_offline_option(self, visible: bool) -> None:
        self.offline_button.setVisible(visible)

    def _submit(self) -> None:
        username = self.username.text().strip()
        password = self.password.text()
        if not username:
            self.show_error(self.tr("Username: enter your username or mobile number."), "username")
            return
        if not password:
            self.show_error(self.tr("Password: enter your password."), "password")
            return
        self.clear_error()
        self.loginRequested.emit(username, password, self.remember.isChecked())
