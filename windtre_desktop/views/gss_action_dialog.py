"""Gestione GSS (R-60): one of the four package actions as a form, then a confirmation that says exactly
what will change (from what, to what, on which package or SIMs), then the server's verdict in plain words.
The rules are checked before the confirmation (domain/products.py, the message naming the field); a
refusal by the server brings the form back as it was, with the server's words."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain import products
from windtre_desktop.domain.messages import Message
from windtre_desktop.domain.products import GssListing, GssPackage, GssSim
from windtre_desktop.domain.validators import normalise_msisdn
from windtre_desktop.i18n import formatting

_LINE_ID = Qt.ItemDataRole.UserRole


class GssActionDialog(QDialog):
    submitted = Signal(str, dict)  # the action's name ("gss_plan", …), its payload (contract field names)

    def __init__(self, action: str, package: GssPackage, listing: GssListing, sims: Sequence[GssSim] = (),
                 chosen: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setMinimumWidth(520)
        self.action, self.package, self.listing = action, package, listing
        self.sims = list(sims)
        self.busy = False
        titles = {"plan": self.tr("Change the package's Giga"), "referent": self.tr("Change the referent"),
                  "extra": self.tr("Add extra Giga"), "move": self.tr("Move SIMs to another package")}
        self.setWindowTitle(titles[action] + " · " + package.id)
        self.pages = QStackedWidget(self)
        self.form_page = QWidget(self)
        self.form = QFormLayout(self.form_page)
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.confirm_text = QLabel(self)
        self.confirm_text.setWordWrap(True)
        self.confirm_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        confirm_page = QWidget(self)
        QVBoxLayout(confirm_page).addWidget(self.confirm_text)
        verdict_page = QWidget(self)
        QVBoxLayout(verdict_page).addWidget(self.verdict)
        self.pages.addWidget(self.form_page)
        self.pages.addWidget(confirm_page)
        self.pages.addWidget(verdict_page)

        self.plan = self.referent = self.extra = self.target = None
        self.sim_list: QListWidget | None = None
        getattr(self, f"_build_{action}")(chosen)

        self.buttons = QDialogButtonBox(self)
        self.back_button: QPushButton = self.buttons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.ResetRole)
        self.next_button: QPushButton = self.buttons.addButton(self.tr("Continue"),
                                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button: QPushButton = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._show_page(0)

    # --- the forms ---

    def _build_plan(self, _chosen) -> None:
        self.plan = QComboBox(self)
        self.plan.setAccessibleName(str(products.FIELD_PLAN.render(QCoreApplication.translate)))
        for step in self.listing.plan_steps:
            text = self.tr("%1 Giga").replace("%1", formatting.count(step))
            if step == self.package.giga_plan:
                text += " " + self.tr("(current)")
            self.plan.addItem(text, step)
        self.plan.setCurrentIndex(max(self.plan.findData(self.package.giga_plan), 0))
        used = formatting.data_amount(self.package.used_bytes)
        self.form.addRow(self._note(self.tr("Now %1 Giga a month; %2 used this month.")
                                    .replace("%1", formatting.count(self.package.giga_plan)).replace("%2", used)))
        self.form.addRow(products.FIELD_PLAN.render(QCoreApplication.translate), self.plan)

    def _build_referent(self, _chosen) -> None:
        self.referent = QLineEdit(self)
        self.referent.setPlaceholderText(self.tr("347 123 4567"))
        self.referent.setAccessibleName(str(products.FIELD_REFERENT.render(QCoreApplication.translate)))
        self.form.addRow(self._note(self.tr("The referent receives the SMS when the package reaches 80% and 100% "
                                            "of its Giga. Now: %1.").replace("%1", self.package.referent_phone)))
        self.form.addRow(products.FIELD_REFERENT.render(QCoreApplication.translate), self.referent)

    def _build_extra(self, _chosen) -> None:
        self.extra = QComboBox(self)
        self.extra.setAccessibleName(str(products.FIELD_EXTRA.render(QCoreApplication.translate)))
        for step in self.listing.extra_steps:
            self.extra.addItem(self.tr("%1 Giga").replace("%1", formatting.count(step)), step)
        self.form.addRow(self._note(self.tr("This month the package has %1 extra Giga (at most %2).")
                                    .replace("%1", formatting.count(self.package.extra_giga))
                                    .replace("%2", formatting.count(products.EXTRA_MONTHLY_CAP))))
        self.form.addRow(products.FIELD_EXTRA.render(QCoreApplication.translate), self.extra)

    def _build_move(self, chosen) -> None:
        self.sim_list = QListWidget(self)
        self.sim_list.setAccessibleName(str(products.FIELD_SIMS.render(QCoreApplication.translate)))
        for sim in self.sims:
            item = QListWidgetItem(" · ".join(x for x in (sim.msisdn, sim.holder) if x), self.sim_list)
            item.setData(_LINE_ID, sim.line_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if sim.line_id in chosen else Qt.CheckState.Unchecked)
        self.target = QComboBox(self)
        self.target.setAccessibleName(str(products.FIELD_TARGET.render(QCoreApplication.translate)))
        self.target.addItem(self.tr("Choose a package"), "")
        for other in self.listing.packages:
            if other.id != self.package.id:
                self.target.addItem(self.tr("%1 · %2 free of %3").replace("%1", other.id)
                                    .replace("%2", formatting.count(other.free_places))
                                    .replace("%3", formatting.count(other.max_sims)), other.id)
        self.form.addRow(products.FIELD_SIMS.render(QCoreApplication.translate), self.sim_list)
        self.form.addRow(products.FIELD_TARGET.render(QCoreApplication.translate), self.target)

    def _note(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setObjectName("hint")
        return label

    # --- the values and their check ---

    def chosen_line_ids(self) -> list[str]:
        if self.sim_list is None:
            return []
        return [self.sim_list.item(i).data(_LINE_ID) for i in range(self.sim_list.count())
                if self.sim_list.item(i).checkState() == Qt.CheckState.Checked]

    def _target(self) -> GssPackage | None:
        package_id = self.target.currentData() if self.target is not None else ""
        return next((p for p in self.listing.packages if p.id == package_id), None)

    def _name(self, line_id: str) -> str:
        return next((s.msisdn for s in self.sims if s.line_id == line_id), line_id)

    def problem(self) -> Message | None:
        if self.action == "plan":
            return products.check_plan(self.package, int(self.plan.currentData()), self.listing.plan_steps,
                                       formatting.count)
        if self.action == "referent":
            return products.check_referent(self.referent.text())
        if self.action == "extra":
            return products.check_extra(self.package, int(self.extra.currentData()), self.listing.extra_steps,
                                        formatting.count)
        return products.check_move(self.package, self._target(), self.chosen_line_ids(), name_of=self._name,
                                   write=formatting.count)

    def payload(self) -> tuple[str, dict]:
        if self.action == "plan":
            return "gss_plan", {"packageId": self.package.id, "gigaPlan": int(self.plan.currentData())}
        if self.action == "referent":
            return "gss_referent", {"packageId": self.package.id, "phone": normalise_msisdn(self.referent.text())}
        if self.action == "extra":
            return "gss_extra", {"packageId": self.package.id, "giga": int(self.extra.currentData())}
        return "gss_move", {"from": self.package.id, "to": self.target.currentData(),
                            "lineIds": self.chosen_line_ids()}

    def confirmation(self) -> str:
        translate = QCoreApplication.translate
        if self.action == "plan":
            return products.describe_plan(self.package, int(self.plan.currentData()), formatting.count).render(translate)
        if self.action == "referent":
            return products.describe_referent(self.package, normalise_msisdn(self.referent.text())).render(translate)
        if self.action == "extra":
            return products.describe_extra(self.package, int(self.extra.currentData()), formatting.count).render(
                translate)
        names = [self._name(line) for line in self.chosen_line_ids()]
        return products.describe_move(self.package, self._target(), names, formatting.count).render(translate)

    # --- the steps ---

    def next(self) -> None:
        page = self.pages.currentIndex()
        if page == 0:
            problem = self.problem()
            if problem is not None:
                self.show_error(problem.render(QCoreApplication.translate))
                return
            self.error.hide()
            self.confirm_text.setText(self.confirmation() + "\n\n" + self.tr("Confirm to send the request."))
            self._show_page(1)
        elif page == 1 and not self.busy:
            self.busy = True
            self.next_button.setEnabled(False)
            self.back_button.setEnabled(False)
            self.close_button.setEnabled(False)  # the request is on its way: its answer is awaited here
            self.confirm_text.setText(self.confirm_text.text().split("\n\n")[0] + "\n\n" + self.tr("Sending…"))
            self.submitted.emit(*self.payload())

    def back(self) -> None:
        if not self.busy:
            self._show_page(0)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def done_with(self, text: str) -> None:
        """The server applied the change: its verdict in plain words."""
        self.busy = False
        self.verdict.setText(text)
        self._show_page(2)

    def refused(self, text: str) -> None:
        """The server refused: the form as it was, with its words."""
        self.busy = False
        self._show_page(0)
        self.show_error(text)

    def reject(self) -> None:
        if self.busy:  # the request is on its way: the dialog waits for the server's answer
            return
        super().reject()

    def abandon(self) -> None:
        """The session ends: closed even with an answer on its way (the flow drops that answer)."""
        self.busy = False
        super().reject()

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setVisible(page == 1)
        self.back_button.setEnabled(True)
        self.next_button.setVisible(page < 2)
        self.next_button.setEnabled(True)
        self.close_button.setEnabled(True)
        self.next_button.setText(self.tr("Confirm") if page == 1 else self.tr("Continue"))
        self.close_button.setText(self.tr("Close") if page == 2 else self.tr("Cancel"))
