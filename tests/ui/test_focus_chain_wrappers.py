"""Issue 16: a section's last widget deleted must not take the window's menu bar with it. Tab from a section
leads to the status bar's Refresh (MainWindow._on_nav_row, widgets/accessibility.last_in_focus_chain); asking
the last widget of a section for the one after it made that outside widget a child of the asked one on the
Python side, so a Dipendente's SIM panel, replaced for another Dipendente, left the "Vai" menu unusable and the
next sign-out raised."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QLineEdit, QMainWindow, QVBoxLayout, QWidget

from windtre_desktop.widgets.accessibility import last_in_focus_chain


def test_the_menu_bar_outlives_a_section_whose_focus_chain_was_walked(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    menu_bar = window.menuBar()
    go_menu = menu_bar.addMenu("Vai")
    central = QWidget()
    QVBoxLayout(central)
    window.setCentralWidget(central)
    panel = QWidget(central)
    edit = QLineEdit(panel)
    QVBoxLayout(panel).addWidget(edit)
    central.layout().addWidget(panel)
    window.show()
    assert last_in_focus_chain(panel) is edit
    panel.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(edit))
    assert shiboken6.isValid(menu_bar) and shiboken6.isValid(go_menu)
    go_menu.setEnabled(False)  # what MainWindow.show_login does at sign-out

