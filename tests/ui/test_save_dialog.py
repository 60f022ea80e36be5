"""The shared "Save as" dialog, driven as a user would: a name typed without its suffix gets it from the
dialog itself, which then asks before replacing the file of that name."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox

from windtre_desktop.widgets.save_dialog import ask_save_path, save_file_dialog


class User:
    """Types `name` in the file dialog opened next, presses Save, and answers any question with `answers`.

    Two timers: Qt does not fire a timer again while its slot is still running, and the overwrite question
    runs its own event loop inside the file dialog's accept()."""

    def __init__(self, name: str, answers: list[QMessageBox.StandardButton]) -> None:
        self.name, self.answers, self.questions = name, list(answers), []
        self.typed = False
        self.typist, self.answerer = QTimer(), QTimer()
        for timer, slot in ((self.typist, self._type), (self.answerer, self._answer)):
            timer.setInterval(20)
            timer.timeout.connect(slot)
            timer.start()

    def _type(self) -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, QFileDialog) or not modal.isVisible():
            return
        if self.typed:  # the question was answered "No": the dialog stays open; the user gives up
            modal.reject()
            return
        modal.findChild(QLineEdit, "fileNameEdit").setText(self.name)
        self.typed = True
        modal.accept()

    def _answer(self) -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox) and modal.isVisible():
            self.questions.append(modal.text())
            modal.button(self.answers.pop(0)).click()

    def stop(self) -> None:
        self.typist.stop()
        self.answerer.stop()


def ask(folder, user: User) -> str:
    try:
        return ask_save_path(
            None, "Export to Excel", str(folder / "Ricariche_2026.xlsx"), "Excel workbook (*.xlsx)", "xlsx"
        )
    finally:
        user.stop()


def test_a_name_without_suffix_gets_it_before_the_overwrite_question(qtbot, tmp_path):
    existing = tmp_path / "ricariche.xlsx"
    existing.write_bytes(b"last month's export")

    user = User("ricariche", [QMessageBox.StandardButton.No])
    assert ask(tmp_path, user) == ""  # the user would not replace it
    assert len(user.questions) == 1 and "ricariche.xlsx" in user.questions[0]

    user = User("ricariche", [QMessageBox.StandardButton.Yes])
    assert ask(tmp_path, user) == str(existing)
    assert len(user.questions) == 1
    assert existing.read_bytes() == b"last month's export"  # the dialog only chooses; nothing written yet


def test_a_new_name_gets_the_suffix_without_a_question(qtbot, tmp_path):
    user = User("marzo", [])
    assert ask(tmp_path, user) == str(tmp_path / "marzo.xlsx")
    assert user.questions == []

    user = User("aprile.xlsx", [])
    assert ask(tmp_path, user) == str(tmp_path / "aprile.xlsx")  # a typed suffix is not doubled


def test_the_dialog_saves_opens_at_the_proposed_file_and_confirms_overwriting(qtbot, tmp_path):
    dialog = save_file_dialog(None, "Save the PDF", str(tmp_path / "f.pdf"), "PDF files (*.pdf)", ".pdf")
    qtbot.addWidget(dialog)
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert dialog.defaultSuffix() == "pdf"
    assert not dialog.testOption(QFileDialog.Option.DontConfirmOverwrite)
    assert dialog.directory().absolutePath() == str(tmp_path)
    assert dialog.selectedFiles() == [str(tmp_path / "f.pdf")]
