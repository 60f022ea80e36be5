"""A window holding one wizard (registration, password recovery, password change).

Closing it while the server works forgets the pending answer; what was typed is not kept
after the dialog closes on purpose (registration data includes personal details).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from windtre_desktop.domain.wizard import Wizard
from windtre_desktop.views.wizard_view import WizardView, text_of


class WizardDialog(QDialog):
    actionRequested = Signal(object)  # ActionRequest, forwarded from the view

    def __init__(self, wizard: Wizard, parent: QWidget | None = None, store_file=None, blank_form=None,
                 suggestions=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(text_of(wizard.title))
        self.setMinimumSize(560, 480)
        self.view = WizardView(wizard, self, store_file=store_file, blank_form=blank_form, suggestions=suggestions)
        self.view.actionRequested.connect(self.actionRequested)
        self.view.finished.connect(self.accept)
        self.view.cancelled.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    @property
    def wizard(self) -> Wizard:
        return self.view.wizard

    def reject(self) -> None:
        self.view.wizard.cancel()
        super().reject()
