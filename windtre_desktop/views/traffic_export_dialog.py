"""DOWNLOAD TRAFFICO (R-32): choose the days (at most 90, checked here before anything runs, the message
naming the field), choose the file, then follow the export with a progress bar and a Cancel button.

The dialog says what the user asked (`exportAsked(first, last, path, sheets)`, `cancelAsked`); the flow
runs the export in the network side and answers with `show_progress`, `show_done`, `show_failed`,
`show_cancelled`. Closing the dialog while it runs cancels the export (nothing is left on disk)."""

from __future__ import annotations

import os
from datetime import date

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.domain import server_labels
from windtre_desktop.domain.models import Line
from windtre_desktop.domain.traffic_periods import EXPORT_MAX_DAYS, FIELD_TO, check_export_range
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets.day_edit import DayEdit
from windtre_desktop.widgets.save_dialog import ask_save_path


def breakable_path(path: str) -> str:
    """A path that a word-wrapped label may break after each folder (a zero-width space after each
    separator): a long path in a small dialog is never cut."""
    return path.replace("/", "/\u200b").replace("\\", "\\\u200b")


class TrafficExportDialog(QDialog):
    exportAsked = Signal(object, object, str, object)  # first, last, path, TrafficSheets
    cancelAsked = Signal()

    def __init__(self, line: Line | None, line_id: str, first: date, last: date, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.line, self.line_id, self.today = line, line_id, today
        self.running = False
        self.number = line.msisdn if line is not None else line_id
        self.setWindowTitle(self.tr("Download traffic"))
        self.setMinimumWidth(540)
        intro = QLabel(self.tr("An Excel file of the records of line %1, with a sheet of totals by type. "
                               "It covers at most %2 days.").replace("%1", self.number)
                       .replace("%2", str(EXPORT_MAX_DAYS)), self)
        intro.setWordWrap(True)
        if (last - first).days + 1 > EXPORT_MAX_DAYS:
            first = date.fromordinal(last.toordinal() - EXPORT_MAX_DAYS + 1)
        self.first_edit = DayEdit(self.tr("From"), self, first)
        self.last_edit = DayEdit(self.tr("To"), self, last)
        self.error = QLabel(self)
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.hide()
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(self)
        self.save_button: QPushButton = self.buttons.addButton(self.tr("Save as…"),
                                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button: QPushButton = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.folder_button: QPushButton = self.buttons.addButton(self.tr("Open folder"),
                                                                 QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button.hide()
        self.folder_button.clicked.connect(self._open_folder)
        self.saved_path = ""
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self._close_or_cancel)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.first_edit)
        form.addRow(self.tr("To"), self.last_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.first_edit.dateChanged.connect(self.check)
        self.last_edit.dateChanged.connect(self.check)
        self.check()

    def days(self) -> tuple[date, date]:
        return self.first_edit.day(), self.last_edit.day()

    def check(self) -> bool:
        """The range's rule (R-32), shown at once: Save is enabled only for a range that may be exported."""
        problem = check_export_range(*self.days(), self.today, formatting.day)
        self.error.setText(problem.render(QCoreApplication.translate) if problem is not None else "")
        self.error.setVisible(problem is not None)
        if problem is not None:
            self.error.setProperty("field", "to" if problem.args and problem.args[0] == FIELD_TO else "from")
        self.save_button.setEnabled(problem is None and not self.running)
        return problem is None

    def default_file_name(self) -> str:
        first, last = self.days()
        number = "".join(ch for ch in self.number if ch.isalnum())
        return "_".join((self.tr("Traffic"), number, first.isoformat(), last.isoformat())) + ".xlsx"

    def save(self) -> None:
        if not self.check():
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path = ask_save_path(self, self.tr("Download traffic"), os.path.join(folder, self.default_file_name()),
                             self.tr("Excel workbook (*.xlsx)"), "xlsx")
        if path:
            self.start(path)

    def start(self, path: str) -> None:
        """Run the export into `path` (the save dialog's answer; tests call it directly)."""
        if not self.check():
            return
        first, last = self.days()
        self.running = True
        self.first_edit.setEnabled(False)
        self.last_edit.setEnabled(False)
        self.save_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Downloading the records…"))
        self.exportAsked.emit(first, last, path, self.sheets(first, last))

    def sheets(self, first: date, last: date):
        from windtre_desktop.exports.traffic_xlsx import TrafficSheets

        translate = QCoreApplication.translate
        holder = ""
        if self.line is not None:
            holder = f"{self.line.holder} ({self.line.alias})" if self.line.alias else self.line.holder
        title = " · ".join(x for x in (self.tr("Traffic"), self.tr("line %1").replace("%1", self.number), holder,
                                       f"{formatting.day(first)} – {formatting.day(last)}") if x)
        return TrafficSheets(
            sheet=self.tr("Traffic"), totals_sheet=self.tr("Totals"),
            headers=[self.tr("Date and time"), self.tr("Type"), self.tr("Detail"), self.tr("Number"),
                     self.tr("Destination"), self.tr("Roaming country"), self.tr("Duration"),
                     self.tr("Data (bytes)"), self.tr("Cost"), self.tr("Description")],
            totals_headers=[self.tr("Type"), self.tr("Records"), self.tr("Duration"), self.tr("Data (bytes)"),
                            self.tr("Cost")],
            total_label=self.tr("Total"), title=title,
            type_labels=server_labels.rendered(server_labels.TRAFFIC_TYPES, translate),
            kind_labels=server_labels.rendered(server_labels.TRAFFIC_KINDS, translate),
            moment_format=formatting.excel_moment_format(), money_format=formatting.excel_money_format())

    # --- answers ---

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.status.setText(self.tr("%1 of %2 records written…").replace("%1", formatting.count(done))
                            .replace("%2", formatting.count(total)))

    def show_done(self, records: int, sheets: int, path: str) -> None:
        self._finished()
        self.saved_path = path
        self.folder_button.show()
        text = self.tr("%1 records saved to %2.").replace("%1", formatting.count(records)).replace(
            "%2", breakable_path(path))
        if sheets > 1:
            text += " " + self.tr("They are more than one Excel sheet holds: they were split over %1 sheets, "
                                  "none left out.").replace("%1", str(sheets))
        self.status.setText(text)

    def show_failed(self, message: str) -> None:
        self._finished()
        self.status.setText(self.tr("The traffic could not be downloaded: %1 No file was written.")
                            .replace("%1", message))

    def show_cancelled(self) -> None:
        self._finished()
        self.status.setText(self.tr("Download cancelled: no file was written."))

    def _open_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        if self.saved_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(os.path.dirname(self.saved_path)))

    def _finished(self) -> None:
        self.running = False
        self.progress.hide()
        self.first_edit.setEnabled(True)
        self.last_edit.setEnabled(True)
        self.close_button.setText(self.tr("Close"))
        self.check()

    def _close_or_cancel(self) -> None:
        if self.running:
            self.cancelAsked.emit()
            self.status.setText(self.tr("Cancelling…"))
            return
        self.reject()

    def reject(self) -> None:
        if self.running:
            self.cancelAsked.emit()
        super().reject()
