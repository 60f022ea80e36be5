"""Main window: the portal's sections on the left, the chosen screen on the right, banners and sync state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain.roles import Section
from windtre_desktop.views.dashboard_view import DashboardView
from windtre_desktop.widgets import theme
from windtre_desktop.widgets.accessibility import last_in_focus_chain
from windtre_desktop.widgets.banner import Banner
from windtre_desktop.widgets.first_paint import after_first_paint
from windtre_desktop.widgets.role_names import section_name

if TYPE_CHECKING:
    from windtre_desktop.views.login_view import LoginView


class MainWindow(QMainWindow):
    """Holds two pages: the login page and the signed-in workspace.

    Screens are built the first time they are needed: a cached start paints the dashboard
    without building the login page or the other sections, and later, heavier screens
    cost nothing until visited.
    """

    refreshRequested = Signal()
    signOutRequested = Signal()
    switchAccountRequested = Signal(str)
    addAccountRequested = Signal()
    deleteAccountRequested = Signal()
    changePasswordRequested = Signal()
    loginRequested = Signal(str, str, bool)  # forwarded from the login page
    offlineRequested = Signal()
    networkLoginRequested = Signal()
    wizardRequested = Signal(str)
    demoToolsRequested = Signal()
    serverChosen = Signal(str)  # forwarded from the login page: DEMO or a server URL
    lossTheftRequested = Signal()  # the fast path to "Reintegro Furto/Smarrimento", from anywhere
    sectionCreated = Signal(object, object)  # Section, its widget: a chance to fill it with data
    sectionWanted = Signal(object, object)  # Section, its widget, built earlier: shown or asked for again
    settingsRequested = Signal()
    paletteRequested = Signal()  # Go › Find… (Ctrl+K): the command palette

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("WINDTRE Business"))
        self.resize(1180, 760)
        self.setMinimumSize(QSize(900, 600))

        self._login_view: LoginView | None = None
        self._demo_users: list[dict] = []
        self.workspace = QWidget(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.workspace)
        self.setCentralWidget(self.pages)

        self.offline_banner = Banner(self.workspace)
        self.offline_banner.actionClicked.connect(self.refreshRequested)
        self.notice_banner = Banner(self.workspace)
        self.nav = QListWidget(self.workspace)
        self.nav.setObjectName("navigation")
        theme.navigation_style(self.nav)
        theme.style_early(self.nav, "QListView")  # its focus frame: the same before and after the sheet
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setFixedWidth(220)
        self.stack = QStackedWidget(self.workspace)
        self.dashboard = DashboardView(self.workspace)
        self.dashboard.navigate.connect(self.show_section)
        self.section_widgets: dict[Section, QWidget] = {Section.DASHBOARD: self.dashboard}
        self.stack.addWidget(self.dashboard)
        self.nav.currentRowChanged.connect(self._on_nav_row)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        outer = QVBoxLayout(self.workspace)
        outer.setContentsMargins(6, 6, 6, 0)
        outer.addWidget(self.offline_banner)
        outer.addWidget(self.notice_banner)
        outer.addLayout(body, 1)

        self.sync_label = QLabel(self)
        self.sync_label.setAccessibleName(self.tr("Update state"))
        self.sync_progress = QProgressBar(self)
        self.sync_progress.setMaximumWidth(160)
        self.sync_progress.setRange(0, 100)
        self.sync_progress.hide()
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setToolTip(self.tr("Update the data now (F5)"))
        self.refresh_button.clicked.connect(self.refreshRequested)
        self.statusBar().addWidget(self.sync_label, 1)
        self.statusBar().addPermanentWidget(self.sync_progress)
        self.statusBar().addPermanentWidget(self.refresh_button)

        self._build_menu()

    # --- screens, built on first use ---

    @property
    def login_view(self) -> LoginView:
        if self._login_view is None:
            from windtre_desktop.views.login_view import LoginView

            view = LoginView(self)
            theme.style_early(view)  # a first frame may be the login page
            view.loginRequested.connect(self.loginRequested)
            view.offlineRequested.connect(self.offlineRequested)
            view.networkLoginRequested.connect(self.networkLoginRequested)
            view.wizardRequested.connect(self.wizardRequested)
            view.demoToolsRequested.connect(self.demoToolsRequested)
            view.serverChosen.connect(self.serverChosen)
            if self._demo_users:
                view.set_demo_users(self._demo_users)
            self.pages.insertWidget(0, view)
            self._login_view = view
        return self._login_view

    def set_demo_users(self, users: list[dict]) -> None:
        self._demo_users = list(users)
        if self._login_view is not None:
            self._login_view.set_demo_users(self._demo_users)

    def section_widget(self, section: Section) -> QWidget:
        widget = self.section_widgets.get(section)
        if widget is None:
            widget = self._build_section(section)
            self.section_widgets[section] = widget
            self.stack.addWidget(widget)
            self.sectionCreated.emit(section, widget)
        else:
            self.sectionWanted.emit(section, widget)  # a hidden section may be behind the data: it catches up
        return widget

    def _build_section(self, section: Section) -> QWidget:
        if section is Section.ACCOUNT_BILLING:
            from windtre_desktop.views.billing_section import BillingSection

            return BillingSection(self.workspace)
        if section is Section.FLEET:
            from windtre_desktop.views.fleet_section import FleetSection

            return FleetSection(self.workspace)
        if section is Section.TRAFFIC:
            from windtre_desktop.views.traffic_view import TrafficView

            return TrafficView(self.workspace)
        if section is Section.NOTIFICATIONS:
            from windtre_desktop.views.notifications_view import NotificationsView

            return NotificationsView(self.workspace)
        if section is Section.PRODUCTS:
            from windtre_desktop.views.products_section import ProductsSection

            return ProductsSection(self.workspace)
        if section is Section.SELF_SERVICE:
            from windtre_desktop.views.self_service_section import SelfServiceSection

            return SelfServiceSection(self.workspace)
        if section is Section.TICKETS:
            from windtre_desktop.views.tickets_view import TicketsView

            tickets = TicketsView(self.workspace)
            tickets.lossTheftRequested.connect(self.lossTheftRequested)
            return tickets
        if section is Section.PROFILE:
            from windtre_desktop.views.account_view import AccountView

            account = AccountView(self.workspace)
            account.signOutRequested.connect(self.signOutRequested)
            account.switchRequested.connect(self.switchAccountRequested)
            account.addAccountRequested.connect(self.addAccountRequested)
            account.deleteAccountRequested.connect(self.deleteAccountRequested)
            account.changePasswordRequested.connect(self.changePasswordRequested)
            return account
        raise ValueError(f"no screen for the section {section!r}")

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.refresh_action = QAction(self.tr("&Refresh data"), self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refreshRequested)
        file_menu.addAction(self.refresh_action)
        self.sign_out_action = QAction(self.tr("&Sign out"), self)
        self.sign_out_action.triggered.connect(self.signOutRequested)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        self.settings_action = QAction(self.tr("S&ettings…"), self)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        preferences_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self.settings_action.setShortcuts(preferences_keys or [QKeySequence("Ctrl+,")])  # none on Linux/Windows
        self.settings_action.triggered.connect(self.settingsRequested)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.go_menu.setEnabled(False)
        self.find_action = QAction(self.tr("&Find…"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+K"))
        self.find_action.setToolTip(self.tr("Find a line, invoice, ticket, package, setting or screen (Ctrl+K)"))
        self.find_action.triggered.connect(self.paletteRequested)
        self.find_action.setEnabled(False)
        self.loss_action = QAction(self.tr("&Loss or theft…"), self)
        self.loss_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.loss_action.setToolTip(self.tr("Replace a lost or stolen SIM, or block a phone's IMEI (Ctrl+Shift+F)"))
        self.loss_action.triggered.connect(self.lossTheftRequested)
        self.loss_action.setEnabled(False)
        file_menu.insertAction(self.refresh_action, self.loss_action)
        self.open_invoice_action = QAction(self.tr("&Open electronic invoice…"), self)
        self.open_invoice_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_invoice_action.triggered.connect(self._open_invoice)
        file_menu.insertAction(self.refresh_action, self.open_invoice_action)
        self.toolbar = self.addToolBar(self.tr("Quick actions"))
        self.toolbar.setObjectName("quickActions")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.loss_action)
        self.toolbar.hide()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcuts([QKeySequence(Qt.Key.Key_F1), QKeySequence("Ctrl+/")])
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        self.about_action = QAction(self.tr("&About"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self._about)
        help_menu.addAction(self.about_action)

    # --- pages ---

    def show_login(self) -> None:
        self.pages.setCurrentWidget(self.login_view)
        self.go_menu.setEnabled(False)
        self.find_action.setEnabled(False)
        self.loss_action.setEnabled(False)
        self.toolbar.hide()
        self.refresh_action.setEnabled(False)
        self.sign_out_action.setEnabled(False)
        self.refresh_button.hide()
        self.sync_label.clear()
        self.sync_progress.hide()

    def show_workspace(self, sections: tuple[Section, ...]) -> None:
        self.nav.blockSignals(True)
        self.nav.clear()
        for section in sections:
            item = QListWidgetItem(section_name(section))
            item.setData(Qt.ItemDataRole.UserRole, section)
            item.setSizeHint(theme.navigation_item_size(self.nav))
            self.nav.addItem(item)
        self.nav.blockSignals(False)
        self.dashboard.allow_sections(sections)
        self._fill_go_menu(sections)
        can_file = Section.TICKETS in sections
        self.loss_action.setEnabled(can_file)
        self.toolbar.setVisible(can_file)
        self.pages.setCurrentWidget(self.workspace)
        self.refresh_action.setEnabled(True)
        self.sign_out_action.setEnabled(True)
        self.refresh_button.show()
        self.show_section(Section.DASHBOARD)

    def _fill_go_menu(self, sections: tuple[Section, ...]) -> None:
        """Ctrl+1 … Ctrl+9 (Cmd on macOS) open the sections, in the order of the navigation."""
        self.go_menu.clear()
        self.go_menu.addAction(self.find_action)
        self.go_menu.addSeparator()
        self.find_action.setEnabled(True)
        self.section_actions: dict[Section, QAction] = {}
        for number, section in enumerate(sections, start=1):
            action = QAction(section_name(section), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, s=section: self.show_section(s))
            self.go_menu.addAction(action)
            self.section_actions[section] = action
            self.nav.item(number - 1).setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        self.go_menu.setEnabled(True)

    def show_section(self, section: Section) -> None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == section:
                self.nav.setCurrentRow(row)
                return

    def current_section(self) -> Section | None:
        item = self.nav.currentItem()
        return None if item is None else Section(item.data(Qt.ItemDataRole.UserRole))

    def visible_sections(self) -> list[Section]:
        return [Section(self.nav.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.nav.count())]

    def _on_nav_row(self, row: int) -> None:
        if row < 0:
            return
        section = Section(self.nav.item(row).data(Qt.ItemDataRole.UserRole))
        widget = self.section_widget(section)
        self.stack.setCurrentWidget(widget)
        if self.isVisible():
            self._end_tab_chain(widget)
        else:  # at start-up: walking the focus chain waits for the first frame (no Tab can come before it)
            after_first_paint(self, lambda: self._end_tab_chain(self.stack.currentWidget()))

    def _end_tab_chain(self, widget: QWidget) -> None:
        """Tab: the section's controls, then the status bar's Refresh (sections are made after the status bar)."""
        QWidget.setTabOrder(last_in_focus_chain(widget), self.refresh_button)

    # --- sync state ---

    def set_sync_busy(self, busy: bool) -> None:
        self.refresh_button.setEnabled(not busy)
        self.refresh_action.setEnabled(not busy)
        self.sync_progress.setVisible(busy)
        if busy:
            self.sync_progress.setValue(0)

    def set_sync_progress(self, text: str, percent: int) -> None:
        self.sync_label.setText(text)
        self.sync_progress.setValue(percent)

    def set_sync_text(self, text: str) -> None:
        self.sync_label.setText(text)

    def open_invoice_viewer(self, path: str | None = None):
        """The FatturaPA viewer (works signed in or not, online or not)."""
        from windtre_desktop.i18n import formatting
        from windtre_desktop.views.fatturapa_view import FatturaPAViewer

        viewer = FatturaPAViewer(formatting.language(), self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)  # one per invoice opened: freed on close
        if path:
            viewer.open_file(path)
        self.invoice_viewer = viewer
        viewer.show()
        return viewer

    def show_fatturapa(self, data: bytes, name: str):
        viewer = self.open_invoice_viewer()
        viewer.open_bytes(data, name)
        return viewer

    def _open_invoice(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open an electronic invoice"), "",
                                              self.tr("FatturaPA (*.xml *.p7m);;All files (*)"))
        if path:
            self.open_invoice_viewer(path)

    def _about(self) -> None:
        from windtre_desktop.views.about_dialog import AboutDialog

        self.about_dialog = AboutDialog(self)
        self.about_dialog.open()

    def show_shortcuts(self) -> None:
        from windtre_desktop.views.shortcuts_dialog import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.open()
