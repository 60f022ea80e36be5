"""The "Save as" file dialog shared by the PDF viewer, the call detail and the recharges export.

The dialog itself adds the file type's suffix to a typed name ("ricariche" becomes "ricariche.xlsx") before it
checks whether the file exists, so it asks about overwriting the file that will really be written. Adding the
suffix after the dialog had closed would replace an existing "ricariche.xlsx" without asking."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget


def save_file_dialog(parent: QWidget | None, caption: str, start: str, name_filter: str, suffix: str) -> QFileDialog:
    """A save dialog opening at `start` (a file name, or a path), showing `name_filter` (already translated)
    and adding `suffix` (without the dot) to a name typed without one; it confirms overwriting."""
    dialog = QFileDialog(parent, caption, start, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix.lstrip("."))
    dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, False)
    return dialog


def ask_save_path(parent: QWidget | None, caption: str, start: str, name_filter: str, suffix: str) -> str:
    """Opens `save_file_dialog` and waits: the chosen path (suffix included), or "" if cancelled."""
    dialog = save_file_dialog(parent, caption, start, name_filter, suffix)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return ""
        files = dialog.selectedFiles()
        return files[0] if files else ""
    finally:
        dialog.deleteLater()
