"""Login page: username, password, "Ricordami", the server's error texts, demo credentials in --demo,
which server it signs in to, and (first start, or "Change server") the choice of server or the demo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain.models import Role
from windtre_desktop.domain.server_address import DEMO, ServerAddressError, check_server_url, display_host
from windtre_desktop.widgets.reveal_toggle import masked_with_toggle
from windtre_desktop.widgets.role_names import role_name


class LoginView(QWidget):
    loginRequested = Signal(str, str, bool)  # username, password, remember
    offlineRequested = Signal()
    networkLoginRequested = Signal()  # "Accedi direttamente"
    wizardRequested = Signal(str)  # "register_admin" | "register_employee" | "recover_password"
    demoToolsRequested = Signal()
    serverChosen = Signal(str)  # DEMO, or a checked server URL

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
        self.password_shown = masked_with_toggle(self.password)  # checked while the password shows in clear
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

        # a short button and a caption that wraps: the whole sentence on one button was cut (issue 10)
        self.network_login = QPushButton(self.tr("Sign in directly"), self)
        self.network_login.setToolTip(self.tr(
            "Works only for employees, when the WINDTRE mobile network recognises your line "
            "(SIM in use or tethering)."))
        self.network_login.clicked.connect(self.networkLoginRequested)
        self.network_hint = _wrapped(self.tr("For employees connected to the WINDTRE mobile network"), self, "hint")
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

        self._server_url = ""  # the address shown in the server field when asked again ("" for the demo)
        self._has_server = False
        self.server_label = QLabel(self)
        self.server_label.setObjectName("hint")
        self.server_label.setAccessibleName(self.tr("Server"))
        self.change_server = QPushButton(self.tr("Change server"), self)
        self.change_server.setFlat(True)
        self.change_server.setObjectName("linkButton")
        self.change_server.clicked.connect(self.ask_server)
        self.server_label.hide()
        self.change_server.hide()
        server_row = QHBoxLayout()
        server_row.addWidget(self.server_label, 1)
        server_row.addWidget(self.change_server)

        self.sign_in_step = QWidget(self)
        sign_in = QVBoxLayout(self.sign_in_step)
        sign_in.setContentsMargins(0, 0, 0, 0)
        sign_in.addLayout(form)
        sign_in.addWidget(self.remember)
        sign_in.addWidget(self.hint)
        sign_in.addWidget(self.error)
        sign_in.addWidget(self.submit)
        sign_in.addWidget(self.offline_button)
        sign_in.addWidget(self.forgot)
        sign_in.addSpacing(6)
        sign_in.addWidget(self.network_login)
        sign_in.addWidget(self.network_hint)
        sign_in.addSpacing(4)
        sign_in.addWidget(self.register_admin)
        sign_in.addWidget(self.register_employee)
        sign_in.addWidget(self.demo_box)
        sign_in.addSpacing(6)
        sign_in.addLayout(server_row)
        self.server_step = self._build_server_step()
        self.server_step.hide()

        card = QFrame(self)
        card.setObjectName("loginCard")
        card.setMaximumWidth(480)
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(title)
        card_layout.addWidget(subtitle)
        card_layout.addSpacing(8)
        card_layout.addWidget(self.sign_in_step)
        card_layout.addWidget(self.server_step)

        # in a scroll area: a window smaller than the card scrolls instead of squeezing its text
        page = QWidget()
        centred = QHBoxLayout(page)
        centred.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(card)
        column.addStretch(2)
        centred.addLayout(column, 3)
        centred.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the last button back to the username
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        # Tab follows the card from top to bottom (the buttons were made in another order)
        ordered = (self.submit, self.offline_button, self.forgot, self.network_login, self.register_admin,
                   self.register_employee)
        for before, after in zip(ordered, ordered[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.submit.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self.username.returnPressed.connect(self.password.setFocus)

    def _build_server_step(self) -> QWidget:
        """Where to sign in: a server address (checked as --server is) or the demo on this computer."""
        step = QWidget(self)
        question = _wrapped(self.tr("Which server do you sign in to?"), step, "stepTitle")
        self.server_field = QLineEdit(step)
        self.server_field.setPlaceholderText("https://selfcare.example.com")
        self.server_field.setAccessibleName(self.tr("Server address"))
        self.server_field.returnPressed.connect(self._choose_address)
        address_label = QLabel(self.tr("Server &address"), step)
        address_label.setBuddy(self.server_field)
        address_hint = _wrapped(self.tr("Your company's IT department or WINDTRE gives you the address. "
                                        "It must start with https://."), step, "hint")
        self.server_error = _wrapped("", step, "errorText")
        self.server_error.setAccessibleName(self.tr("Server address error"))
        self.server_error.hide()
        self.use_server = QPushButton(self.tr("Use this server"), step)
        self.use_server.clicked.connect(self._choose_address)
        alternative = _wrapped(self.tr("No server yet? Try the app with a sample company:"), step, "hint")
        self.try_demo = QPushButton(self.tr("Try the demo"), step)
        self.try_demo.clicked.connect(lambda: self.serverChosen.emit(DEMO))
        demo_hint = _wrapped(self.tr("The demo runs on this computer, with sample lines and accounts: "
                                     "nothing is sent to WINDTRE."), step, "hint")
        self.cancel_server = QPushButton(self.tr("Back to sign-in"), step)
        self.cancel_server.setFlat(True)
        self.cancel_server.setObjectName("linkButton")
        self.cancel_server.clicked.connect(self._show_sign_in)

        layout = QVBoxLayout(step)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(question)
        layout.addSpacing(4)
        layout.addWidget(address_label)
        layout.addWidget(self.server_field)
        layout.addWidget(address_hint)
        layout.addWidget(self.server_error)
        layout.addWidget(self.use_server)
        layout.addSpacing(10)
        layout.addWidget(alternative)
        layout.addWidget(self.try_demo)
        layout.addWidget(demo_hint)
        layout.addSpacing(6)
        layout.addWidget(self.cancel_server)
        return step

    # --- which server ---

    def set_server(self, server_url: str, demo: bool = False) -> None:
        """Shows the server signed in to, discreetly; with none ("" at a first start) asks for one."""
        self._server_url = "" if demo else server_url
        self._has_server = bool(server_url)
        if not server_url:
            self.ask_server()
            return
        name = self.tr("Demo (this computer)") if demo else display_host(server_url)
        self.server_label.setText(self.tr("Server: %1").replace("%1", name))
        self.server_label.setToolTip("" if demo else server_url)
        self.server_label.show()
        self.change_server.show()
        self._show_sign_in()

    def ask_server(self) -> None:
        """The server step: at a first start, or from "Change server"."""
        self.set_demo_starting(False)
        self.server_error.hide()
        self.server_field.setText(self._server_url)
        self.cancel_server.setVisible(self._has_server)
        self.sign_in_step.hide()
        self.server_step.show()
        self.use_server.setDefault(True)
        self.server_field.setFocus()

    def is_asking_server(self) -> bool:
        return self.server_step.isVisibleTo(self)

    def set_demo_starting(self, starting: bool) -> None:
        self.try_demo.setEnabled(not starting)
        self.use_server.setEnabled(not starting)
        self.try_demo.setText(self.tr("Starting the demo…") if starting else self.tr("Try the demo"))

    def show_server_error(self, text: str) -> None:
        self.server_error.setText(text)
        self.server_error.show()
        self.server_field.setFocus()

    def _choose_address(self) -> None:
        try:
            url = check_server_url(self.server_field.text())
        except ServerAddressError as error:
            self.show_server_error(self.tr("Server address: %1").replace(
                "%1", error.message.render(QCoreApplication.translate)))
            return
        self.server_error.hide()
        self.serverChosen.emit(url)

    def _show_sign_in(self) -> None:
        self.server_step.hide()
        self.sign_in_step.show()
        self.submit.setDefault(True)

    # --- demo ---

    def set_demo_users(self, users: list[dict]) -> None:
        """Shows the demo backend's credentials, each with a button that fills the form (none: hidden)."""
        while self.demo_layout.count():
            item = self.demo_layout.takeAt(0)
            _delete_layout_item(item)
        if not users:
            self.demo_box.hide()
            return
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
        self.password_shown.setChecked(False)  # the next password typed here (maybe another user's) is masked
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


def _wrapped(text: str, parent: QWidget, name: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


def _delete_layout_item(item) -> None:
    if item.widget() is not None:
        item.widget().deleteLater()
    elif item.layout() is not None:
        layout = item.layout()
        while layout.count():
            _delete_layout_item(layout.takeAt(0))
        layout.deleteLater()
