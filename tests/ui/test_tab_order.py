"""Keyboard use (issue 14): pressing Tab from the first field of each main screen visits its controls in
reading order (the window shown offscreen, real key presses)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import sign_in
from windtre_desktop.domain.roles import Section
from windtre_desktop.widgets.reveal_toggle import toggle_button


def tab_chain(qtbot, first: QWidget, presses: int) -> list[QWidget]:
    """`first` focused, then the widget holding the focus after each of `presses` Tab key presses."""
    window = first.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    chain = [first]
    for _ in range(presses):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        chain.append(QApplication.focusWidget())
    return chain


def describe(chain: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__}:{w.accessibleName() or getattr(w, 'text', lambda: '')() or w.objectName()}"
            for w in chain]


def cycle_from(qtbot, first: QWidget, most: int = 40) -> list[str]:
    """The described chain from `first` until the focus comes back to it (at most `most` presses)."""
    chain = tab_chain(qtbot, first, most)
    back = chain.index(first, 1) if first in chain[1:] else len(chain)
    return describe(chain[:back])


def in_order(chain: list[str], expected: list[str]) -> bool:
    """`expected` appears in `chain` in this order (other controls may come between)."""
    rest = iter(chain)
    return all(any(item == name for item in rest) for name in expected)


def test_login_page_tab_order(qtbot, sandbox, make_controller):
    controller = make_controller(sandbox.url)
    controller.start()
    window = controller.window
    window.resize(1280, 800)
    window.show()
    login = window.login_view
    chain = tab_chain(qtbot, login.username, 10)
    # the password's show/hide button (issue 16) right after the password
    assert chain == [login.username, login.password, toggle_button(login.password), login.remember, login.submit, login.forgot,
                     login.network_login, login.register_admin, login.register_employee, login.change_server,
                     login.username], describe(chain)


# Per screen, controls Tab must visit in this order after the sections list, the window's Refresh
# button (in the status bar) last; "Class:name" is the control's class and accessible name or caption.
SCREENS = {
    Section.DASHBOARD: ["QLineEdit:Cerca linee", "QPushButton:Tutta l'azienda", "QTableView:Linee aziendali",
                        "QPushButton:Traffico", "QPushButton:Conto"],
    Section.FLEET: ["QTabBar:Pagine di Panoramica flotta", "QLineEdit:Cerca linee", "QComboBox:Tipo di linea",
                    "QComboBox:Offerta", "QComboBox:Stato della linea", "QComboBox:Etichette",
                    "QComboBox:Viste salvate", "QPushButton:Salva vista…", "QPushButton:Altri filtri…",
                    "QPushButton:Esporta in Excel", "QTableView:Linee della flotta"],
    Section.TRAFFIC: ["QTabBar:Tipo di linea", "QLineEdit:Cerca linee", "QTableView:Linee aziendali",
                      "QComboBox:Cosa mostra il grafico"],
    Section.ACCOUNT_BILLING: ["QComboBox:Account di fatturazione", "QComboBox:Tipo", "QComboBox:Periodo",
                              "QDoubleSpinBox:Importo da", "QDoubleSpinBox:Importo fino a",
                              "QCheckBox:Solo scaricate", "QTableView:Fatture"],
    Section.PRODUCTS: ["QTabBar:Pagine di Prodotti", "QLineEdit:Cerca linee", "QTableView:Linee aziendali",
                       "QPushButton:Mostra PIN", "QPushButton:Mostra PUK"],
    Section.SELF_SERVICE: ["QListWidget:Pagine Fai da te", "QLineEdit:Cerca per numero"],
    Section.TICKETS: ["QPushButton:Inserisci nuovo ticket…", "QPushButton:Furto o smarrimento…",
                      "QPushButton:Modulo di richiesta blocco IMEI (PDF)…", "QTableWidget:Ticket",
                      "QTextBrowser:Dettaglio del ticket"],
    Section.PROFILE: ["QPushButton:Esci", "QPushButton:Accedi con un altro account", "QPushButton:Cambia password…",
                      "QTableWidget:Telco Manager", "QPushButton:Nuovo Telco Manager…"],
    Section.NOTIFICATIONS: ["QComboBox:Tipo", "QCheckBox:Solo da leggere", "QPushButton:Segna tutte come lette",
                            "QTableView:Notifiche"],
}


def test_main_screens_tab_order(qtbot, sandbox, make_controller):
    controller = make_controller(sandbox.url)
    controller.start()
    assert sign_in(qtbot, controller) is True
    window = controller.window
    window.resize(1280, 800)
    window.show()
    for section, expected in SCREENS.items():
        window.show_section(section)
        if section is Section.SELF_SERVICE:
            window.section_widget(section).show_page("online_recharge")
        if section is Section.NOTIFICATIONS:  # the feed comes after the sync: its list and "mark all" wait for it
            centre = window.section_widget(section)
            qtbot.waitUntil(lambda c=centre: c.table.model().rowCount() > 0 and c.mark_all.isEnabled(), timeout=20000)
        if section is Section.FLEET:  # the usage comes after the sync
            lines = window.section_widget(section).lines
            qtbot.waitUntil(lambda v=lines: v.model.rowCount() > 0, timeout=20000)
        chain = cycle_from(qtbot, window.nav)
        assert len(chain) < 40, (section, chain)  # the focus came back: no control keeps Tab for itself
        assert in_order(chain, expected), (section, "|".join(chain))
        assert chain[-1] == f"QPushButton:{window.refresh_button.text()}", (section, chain)



def next_tab_stop(widget: QWidget) -> QWidget:
    """The widget after `widget` in the focus chain that takes the focus by Tab (labels and such are skipped)."""
    current = widget.nextInFocusChain()
    while current is not widget and not current.focusPolicy() & Qt.FocusPolicy.TabFocus:
        current = current.nextInFocusChain()
    return current


def test_a_cached_start_ends_the_dashboards_tab_chain_at_refresh_once_painted(qtbot, sandbox, make_controller):
    """At a cached start the dashboard is chosen before the window shows, and its Tab chain is closed only after
    the first frame (walking it would delay that frame): after its last control the chain still goes to Refresh."""
    from windtre_desktop.widgets.accessibility import last_in_focus_chain

    first = make_controller(sandbox.url)
    first.start()
    assert sign_in(qtbot, first) is True
    first.shutdown()

    second = make_controller(sandbox.url)
    second.start()  # the cached workspace, before the window shows
    window = second.window
    dashboard = window.section_widget(Section.DASHBOARD)
    assert window.stack.currentWidget() is dashboard
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(window.refresh_button.isEnabled, timeout=20000)  # Tab skips it while the first sync runs
    last = last_in_focus_chain(dashboard)  # after the sync: the alerts' button comes with the fleet's data
    qtbot.waitUntil(lambda: next_tab_stop(last) is window.refresh_button, timeout=10000)
