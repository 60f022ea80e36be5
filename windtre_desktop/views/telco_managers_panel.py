"""Telco Managers (R-03): the User Admin lists, creates and deletes them; only the User Admin who
created a profile may delete it. Network work goes through the `run` callable the controller gives."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain.manager_forms import new_telco_manager
from windtre_desktop.views.wizard_dialog import WizardDialog

Runner = Callable[..., int]  # run(action, payload, on_done, on_failed) -> request id


class TelcoManagersPanel(QWidget):
    def __init__(self, run: Runner, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run = run
        self._me = username
        self.managers: list[dict] = []
        title = QLabel(self.tr("Telco Managers"), self)
        title.setObjectName("tileCaption")
        self.table = QTableWidget(0, 4, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.table.setAccessibleName(self.tr("Telco Managers"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Username"), self.tr("Name"), self.tr("Email"), self.tr("Created by")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMaximumHeight(200)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.add_button = QPushButton(self.tr("New Telco Manager…"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setEnabled(False)
        self.add_button.clicked.connect(self.open_new_manager)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.dialog: WizardDialog | None = None

    def reload(self) -> None:
        self.status.setText(self.tr("Loading…"))
        self._run("telco_managers", {}, self._show, self._failed)

    def _show(self, managers) -> None:
        self.managers = list(managers or [])
        self.table.setRowCount(len(self.managers))
        for row, manager in enumerate(self.managers):
            name = f"{manager.get('firstName', '')} {manager.get('lastName', '')}".strip()
            for column, text in enumerate((manager["username"], name, manager.get("email", ""),
                                           manager.get("createdBy", ""))):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, manager["username"])
                self.table.setItem(row, column, item)
        self.status.setText(self.tr("No Telco Manager yet.") if not self.managers else "")
        self._update_buttons()

    def _failed(self, failure) -> None:
        self.status.setText(failure.message or self.tr("The list could not be loaded. Try again later."))

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.managers[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        manager = self.selected()
        mine = manager is not None and manager.get("createdBy") == self._me
        self.delete_button.setEnabled(mine)
        self.delete_button.setToolTip(
            "" if manager is None or mine
            else self.tr("Only the User Admin who created this profile can delete it."))

    def _words(self, failure) -> str:
        """The server's words, else the account wizards' own for the same failure (one translation for both):
        nothing typed in the form is lost, it can be sent again."""
        if failure.message:
            return failure.message
        if failure.kind == "unavailable":
            return QCoreApplication.translate("AccountFlows",
                                              "The server cannot be reached. What you typed is kept: try again.")
        return QCoreApplication.translate("AccountFlows", "The request failed. Try again.")

    def open_new_manager(self) -> None:
        wizard = new_telco_manager()
        dialog = WizardDialog(wizard, self)
        dialog.actionRequested.connect(lambda request: self._run(
            request.action, request.payload,
            lambda result, r=request: dialog.view.action_succeeded(r.request_id, result or {}),
            lambda failure, r=request: dialog.view.action_failed(r.request_id, self._words(failure), failure.field)))
        dialog.finished.connect(lambda _code: self.reload())
        self.dialog = dialog
        dialog.open()

    def delete_selected(self, confirmed: bool = False) -> None:
        manager = self.selected()
        if manager is None:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self, self.tr("Delete Telco Manager"),
                self.tr("Delete the profile %1? It will no longer be able to sign in.").replace("%1", manager["username"]))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.status.setText(self.tr("Deleting…"))
        self._run("delete_telco_manager", {"username": manager["username"]}, lambda _r: self.reload(),
                  self._delete_failed)

    def _delete_failed(self, failure) -> None:
        """Not deleted, or the answer was lost: say so, and show the list as the server has it now."""
        text = failure.message or (
            QCoreApplication.translate("SectionRunner", "The server cannot be reached. Try again later.")
            if failure.kind == "unavailable" else QCoreApplication.translate("AccountFlows", "The request failed. Try again."))
        self._run("telco_managers", {}, lambda managers: (self._show(managers), self.status.setText(text)),
                  lambda _failure: self.status.setText(text))
