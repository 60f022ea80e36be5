"""Associa SIM (R-04): a Dipendente associates up to two more SIMs of the same company to the account."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from windtre_desktop.domain.validators import check_mobile, normalise_msisdn
from windtre_desktop.views.wizard_view import text_of

Runner = Callable[..., int]
MAX_ASSOCIATED = 2


class SimsPanel(QWidget):
    def __init__(self, run: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run = run
        self.sims: list[dict] = []
        self.max_associated = MAX_ASSOCIATED
        title = QLabel(self.tr("Associated SIMs"), self)
        title.setObjectName("tileCaption")
        self.list_box = QVBoxLayout()
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("Number of a company SIM, e.g. 347 123 4567"))
        self.number.setAccessibleName(self.tr("SIM number to associate"))
        self.associate = QPushButton(self.tr("Associate SIM"), self)
        self.associate.clicked.connect(self.associate_number)
        self.number.returnPressed.connect(self.associate_number)
        self.message = QLabel(self)
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        add_row = QHBoxLayout()
        add_row.addWidget(self.number, 1)
        add_row.addWidget(self.associate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addLayout(self.list_box)
        layout.addLayout(add_row)
        layout.addWidget(self.message)
        self.remove_buttons: dict[str, QPushButton] = {}

    def reload(self) -> None:
        self._run("my_sims", {}, self._show, self._failed)

    def _show(self, answer) -> None:
        answer = answer or {}
        self.sims = list(answer.get("sims", []))
        self.max_associated = int(answer.get("maxAssociated", MAX_ASSOCIATED))
        while self.list_box.count():
            item = self.list_box.takeAt(0)
            if item.layout() is not None:
                while item.layout().count():
                    widget = item.layout().takeAt(0).widget()
                    if widget is not None:
                        widget.deleteLater()
            elif item.widget() is not None:
                item.widget().deleteLater()
        self.remove_buttons.clear()
        for sim in self.sims:
            row = QHBoxLayout()
            caption = self.tr("%1 (your line)") if sim.get("own") else self.tr("%1 (associated)")
            row.addWidget(QLabel(caption.replace("%1", sim["msisdn"]), self), 1)
            if not sim.get("own"):
                remove = QPushButton(self.tr("Dissociate"), self)
                remove.clicked.connect(lambda _=False, m=sim["msisdn"]: self.dissociate(m))
                row.addWidget(remove)
                self.remove_buttons[sim["msisdn"]] = remove
            self.list_box.addLayout(row)
        full = self.associated_count() >= self.max_associated
        self.associate.setEnabled(not full)
        self.number.setEnabled(not full)
        self.message.setText(
            self.tr("You already have %1 associated SIMs, the most allowed: dissociate one to add another.")
            .replace("%1", str(self.max_associated)) if full else "")

    def associated_count(self) -> int:
        return sum(1 for sim in self.sims if not sim.get("own"))

    def _failed(self, failure) -> None:
        self.associate.setEnabled(self.associated_count() < self.max_associated)
        self.message.setText(failure.message or self.tr("The request failed. Try again later."))

    def associate_number(self) -> None:
        text = self.number.text()
        problem = check_mobile(text)
        if problem is not None:
            self.message.setText(text_of(problem))
            return
        if self.associated_count() >= self.max_associated:
            self.message.setText(self.tr("You can associate at most %1 more SIMs.").replace("%1", str(self.max_associated)))
            return
        self.message.clear()
        self.associate.setEnabled(False)
        self._run("associate_sim", {"msisdn": normalise_msisdn(text)},
                  lambda answer: (self.number.clear(), self._show(answer)), self._failed)

    def dissociate(self, msisdn: str) -> None:
        self._run("dissociate_sim", {"msisdn": msisdn}, self._show, self._dissociate_failed)

    def _dissociate_failed(self, failure) -> None:
        """Not dissociated, or the answer was lost: say so over the SIMs as the server has them now."""
        text = failure.message or self.tr("The request failed. Try again later.")
        self._run("my_sims", {}, lambda answer: (self._show(answer), self.message.setText(text)),
                  lambda _failure: self.message.setText(text))
