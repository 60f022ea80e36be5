"""An in-app PDF viewer for invoices (R-40): shows a PDF held in memory with page navigation, zoom,
text search, printing to any QPrinter, "Save as" and a request to open it in the system viewer.
An unreadable file gets a plain message in place of the pages, never an exception."""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSignalBlocker,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QImage, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfPageRenderer, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from windtre_desktop.files import write_atomically
from windtre_desktop.i18n import formatting
from windtre_desktop.widgets.accessibility import with_clear_button
from windtre_desktop.widgets.save_dialog import ask_save_path

ZOOM_STEP = 1.25
MIN_ZOOM = 0.25
MAX_ZOOM = 8.0
# Pages are printed as images; above this resolution an A4 page would need hundreds of MB of memory
# (1200 dpi: ~560 MB) with no visible gain for an invoice.
MAX_PRINT_DPI = 300
MAX_FILE_BYTES = 64 * 1024 * 1024  # a file opened from disk; invoices and receipts are a few hundred KB


class PdfViewer(QWidget):
    openExternallyRequested = Signal(bytes, str)  # noqa: N815 - Qt naming
    firstPagePainted = Signal()  # noqa: N815 - Qt naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = b""
        self._name = ""
        # QPdfDocument reads from the device while it is open: both must live as long as the document
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None
        self._awaiting_first_paint = False
        self._page_rendered = False

        self.document = QPdfDocument(self)
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setSearchModel(self.search_model)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Document pages"))
        self.view.viewport().installEventFilter(self)
        # QPdfView renders pages in a thread and first paints blank pages: "first page painted" waits for
        # an image from its renderer (its child; if a Qt version hides it, the first paint counts)
        self._renderer = self.view.findChild(QPdfPageRenderer)
        if self._renderer is not None:
            self._renderer.pageRendered.connect(self._on_page_rendered)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_controls)

        self.message = QLabel(self)
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setAccessibleName(self.tr("Document error"))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.view)
        self.pages.addWidget(self.message)

        # failures of print and save, under the toolbar
        self.notice = QLabel(self)
        self.notice.setObjectName("errorText")
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # the "»" button Qt shows when the window is too narrow for every tool: a name for screen readers
        for more in self.toolbar.findChildren(QToolButton, "qt_toolbar_ext_button"):
            more.setAccessibleName(self.tr("More tools"))
        up, down = QStyle.StandardPixmap.SP_ArrowUp, QStyle.StandardPixmap.SP_ArrowDown
        self.previous_action = self._action(
            self.tr("Previous page"),
            self.tr("Previous page (PgUp)"),
            self.previous_page,
            Qt.Key.Key_PageUp,
            up,
        )
        self.next_action = self._action(
            self.tr("Next page"), self.tr("Next page (PgDown)"), self.next_page, Qt.Key.Key_PageDown, down
        )
        self.page_spin = QSpinBox(self)
        self.page_spin.setAccessibleName(self.tr("Page to show"))
        self.page_spin.setToolTip(self.tr("Page to show"))
        self.page_spin.setKeyboardTracking(False)  # typing "12" goes to page 12, not to 1 then 12
        self.page_spin.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.toolbar.addWidget(self.page_spin)
        self.page_total = QLabel(self)
        self.page_total.setAccessibleName(self.tr("Number of pages"))
        self.toolbar.addWidget(self.page_total)
        self.toolbar.addSeparator()
        self.zoom_out_action = self._action(
            self.tr("Zoom out"), self.tr("Zoom out (Ctrl+-)"), self.zoom_out, QKeySequence.StandardKey.ZoomOut
        )
        self.zoom_in_action = self._action(
            self.tr("Zoom in"), self.tr("Zoom in (Ctrl++)"), self.zoom_in, QKeySequence.StandardKey.ZoomIn
        )
        self.zoom_in_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        # symbols on the buttons keep the toolbar within a 900 px window; the words stay as name and tooltip
        self.zoom_out_action.setIconText("−")
        self.zoom_in_action.setIconText("+")
        self.fit_width_action = self._action(
            self.tr("Fit width"), self.tr("Fit the page width to the window"), self.fit_width
        )
        self.fit_page_action = self._action(
            self.tr("Fit page"), self.tr("Show the whole page"), self.fit_page
        )
        self.fit_width_action.setCheckable(True)
        self.fit_page_action.setCheckable(True)
        self.toolbar.addSeparator()
        self.search_field = QLineEdit(self)
        self.search_field.setPlaceholderText(self.tr("Search"))
        self.search_field.setAccessibleName(self.tr("Search in the document"))
        self.search_field.setToolTip(self.tr("Search in the document (Ctrl+F), Enter for the next result"))
        with_clear_button(self.search_field)
        self.search_field.setMaximumWidth(200)
        self.search_field.returnPressed.connect(self._search_from_field)
        self.search_field.textChanged.connect(lambda text: text or self.search(""))  # cleared: no highlights
        self.toolbar.addWidget(self.search_field)
        self.previous_result_action = self._action(
            self.tr("Previous result"),
            self.tr("Previous result (Shift+F3)"),
            self.previous_result,
            QKeySequence.StandardKey.FindPrevious,
            up,
        )
        self.next_result_action = self._action(
            self.tr("Next result"),
            self.tr("Next result (F3)"),
            self.next_result,
            QKeySequence.StandardKey.FindNext,
            down,
        )
        self.result_label = QLabel(self)
        self.result_label.setAccessibleName(self.tr("Search results"))
        self.toolbar.addWidget(self.result_label)
        self.toolbar.addSeparator()
        self.print_action = self._action(
            self.tr("Print…"),
            self.tr("Print the document (Ctrl+P)"),
            self.print_dialog,
            QKeySequence.StandardKey.Print,
        )
        self.save_action = self._action(
            self.tr("Save as…"), self.tr("Save a copy of the PDF"), self.save_as_dialog
        )
        self.open_action = self._action(
            self.tr("Open in the system viewer"),
            self.tr("Open the PDF in the system's PDF application"),
            lambda: self.openExternallyRequested.emit(self._data, self._name),
        )
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: (self.search_field.setFocus(), self.search_field.selectAll()))
        self.addAction(find)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)
        self._update_page_controls()

    def _action(self, text, tip, slot, shortcut=None, icon: QStyle.StandardPixmap | None = None) -> QAction:
        """A toolbar button; its shortcut works while the focus is anywhere inside the viewer."""
        action = QAction(text, self)
        action.setToolTip(tip)
        if shortcut is not None:
            action.setShortcut(shortcut)
        # not window-wide: the window around the viewer has shortcuts of its own
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.addAction(action)
        button = self.toolbar.widgetForAction(action)
        button.setAccessibleName(text)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        return action

    # -- loading ---------------------------------------------------------------------------------------
    def load_bytes(self, data: bytes, name: str) -> bool:
        """Shows the PDF in `data`; `name` is the file name offered by "Save as". False if it is unreadable."""
        self._data = b""
        self._name = name
        self._show_notice("")
        self.search_field.clear()
        self.search("")
        array = QByteArray(bytes(data))
        buffer = QBuffer(array)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)  # from a QBuffer the load is synchronous
        self._bytes, self._buffer = array, buffer  # the previous ones are released only now, after load()
        status, error = self.document.status(), self.document.error()
        if status != QPdfDocument.Status.Ready or self.document.pageCount() == 0:
            if error == QPdfDocument.Error.IncorrectPassword:
                text = self.tr("%1 is protected by a password and cannot be shown.")
            elif error == QPdfDocument.Error.UnsupportedSecurityScheme:
                text = self.tr("%1 is protected in a way that is not supported and cannot be shown.")
            elif status == QPdfDocument.Status.Ready:
                text = self.tr("%1 has no pages.")
            else:
                text = self.tr("%1 is not a readable PDF file: it may be damaged or of another kind.")
            self._show_problem(text.replace("%1", name or self.tr("The document")))
            return False
        self._data = bytes(data)
        self.pages.setCurrentWidget(self.view)
        self._awaiting_first_paint = True
        self._page_rendered = False
        self.view.pageNavigator().jump(0, QPointF(), self.view.zoomFactor())
        self._update_page_controls()
        self.view.viewport().update()
        return True

    def load_file(self, path: str | Path) -> bool:
        path = Path(path)
        try:
            with path.open("rb") as file:
                data = file.read(MAX_FILE_BYTES + 1)  # one byte over the limit is enough to refuse a huge file
        except OSError:
            self._show_problem(self.tr("%1 cannot be read.").replace("%1", path.name))
            return False
        if len(data) > MAX_FILE_BYTES:
            text = self.tr("%1 is too large to be shown (%2; the limit is %3).")
            text = text.replace("%2", formatting.file_size(path.stat().st_size)).replace(
                "%3", formatting.file_size(MAX_FILE_BYTES))
            self._show_problem(text.replace("%1", path.name))  # the name last: it may hold "%2"
            return False
        return self.load_bytes(data, path.name)

    def _show_problem(self, text: str) -> None:
        """Drops the document and shows `text` in place of the pages."""
        self._data = b""
        self.document.close()
        self.search("")
        self._awaiting_first_paint = False
        self.message.setText(text)
        self.pages.setCurrentWidget(self.message)
        self._update_page_controls()

    # -- pages and zoom --------------------------------------------------------------------------------
    def page_count(self) -> int:
        return self.document.pageCount() if self._data else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage() if self._data else 0

    def go_to_page(self, page: int) -> None:
        if self.page_count() and 0 <= page < self.page_count() and page != self.current_page():
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def zoom_factor(self) -> float:
        """The scale the pages are shown at (1.0 = actual size), also in the fit modes."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or not self.page_count():
            return self.view.zoomFactor()
        # in the fit modes QPdfView keeps zoomFactor() at the last custom value: work out the real one
        page = self.document.pagePointSize(self.current_page()) * (self.view.logicalDpiX() / 72)
        margins = self.view.documentMargins()
        viewport = self.view.viewport()
        factor = (viewport.width() - margins.left() - margins.right()) / max(page.width(), 1)
        if mode == QPdfView.ZoomMode.FitInView:
            factor = min(
                factor, (viewport.height() - margins.top() - margins.bottom()) / max(page.height(), 1)
            )
        return max(factor, MIN_ZOOM)

    def set_zoom_factor(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(max(factor, MIN_ZOOM), MAX_ZOOM))
        self._update_page_controls()

    def zoom_in(self) -> None:
        self.set_zoom_factor(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom_factor(self.zoom_factor() / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_page_controls()

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self._update_page_controls()

    def _update_page_controls(self) -> None:
        count, page = self.page_count(), self.current_page()
        with QSignalBlocker(self.page_spin):
            self.page_spin.setRange(1 if count else 0, count)
            self.page_spin.setValue(page + 1 if count else 0)
        self.page_total.setText(self.tr("/ %1").replace("%1", formatting.count(count)))
        loaded = count > 0
        self.page_spin.setEnabled(loaded)
        self.previous_action.setEnabled(loaded and page > 0)
        self.next_action.setEnabled(loaded and page < count - 1)
        self.zoom_in_action.setEnabled(loaded and self.zoom_factor() < MAX_ZOOM)
        self.zoom_out_action.setEnabled(loaded and self.zoom_factor() > MIN_ZOOM)
        mode = self.view.zoomMode()
        self.fit_width_action.setChecked(mode == QPdfView.ZoomMode.FitToWidth)
        self.fit_page_action.setChecked(mode == QPdfView.ZoomMode.FitInView)
        for action in (
            self.fit_width_action,
            self.fit_page_action,
            self.print_action,
            self.save_action,
            self.open_action,
        ):
            action.setEnabled(loaded)
        self.search_field.setEnabled(loaded)
        has_results = self.search_model.count() > 0
        self.previous_result_action.setEnabled(has_results)
        self.next_result_action.setEnabled(has_results)

    # -- search ----------------------------------------------------------------------------------------
    def search(self, text: str) -> int:
        """Finds `text` (case-insensitive) in every page and returns the number of results; the view stays put."""
        text = text.strip() if self.page_count() else ""
        self.search_model.setSearchString(text)
        self.view.setCurrentSearchResultIndex(-1)
        # QPdfSearchModel searches a page at a time on a timer; asking for each page's results now
        # makes it search them all at once (invoices have a few pages), so the count is final here
        for page in range(self.page_count() if text else 0):
            self.search_model.resultsOnPage(page)
        self._update_results_label()
        self._update_page_controls()
        return self.search_model.count()

    def next_result(self) -> None:
        self._go_to_result(self.view.currentSearchResultIndex() + 1)

    def previous_result(self) -> None:
        current = self.view.currentSearchResultIndex()
        self._go_to_result((current if current >= 0 else 0) - 1)

    def _go_to_result(self, index: int) -> None:
        count = self.search_model.count()
        if not count:
            return
        index %= count  # wraps around at both ends
        self.view.setCurrentSearchResultIndex(index)
        result = self.search_model.resultAtIndex(index)
        self.view.pageNavigator().jump(result.page(), result.location(), self.view.zoomFactor())
        self._update_results_label()

    def _search_from_field(self) -> None:
        text = self.search_field.text().strip()
        if text != self.search_model.searchString():
            self.search(text)
        self.next_result()

    def _update_results_label(self) -> None:
        count, index = self.search_model.count(), self.view.currentSearchResultIndex()
        if not self.search_model.searchString():
            text = ""
        elif count == 0:
            text = self.tr("No results")
        elif index < 0:
            text = self.tr("%1 found").replace("%1", formatting.count(count))
        else:
            text = self.tr("%1 of %2").replace("%1", formatting.count(index + 1)).replace("%2", formatting.count(count))
        self.result_label.setText(text)

    # -- print, save, open -----------------------------------------------------------------------------
    def print_to(self, printer: QPrinter) -> bool:
        """Prints the pages (all, or the printer's page ranges, in its page order) as images scaled to fit the
        printable area. A print that fails part-way is aborted: no half job goes to the printer, and a half
        PDF written to a file is removed."""
        pages = self.pages_to_print(printer)
        if not pages:
            return False
        # rendered at no more than MAX_PRINT_DPI, then drawn scaled up to the printer's resolution
        scale = printer.resolution() / min(printer.resolution(), MAX_PRINT_DPI)
        area = QRectF(0, 0, printer.width(), printer.height())
        painter = QPainter()
        if not painter.begin(printer):
            return False
        printed = False
        try:
            printed = self._paint_pages(painter, printer, pages, scale, area)
        finally:
            if not printed:
                printer.abort()
            ended = painter.end()
            if not printed:
                self._remove_partial_file(printer)
        return printed and ended

    def pages_to_print(self, printer: QPrinter) -> list[int]:
        """The pages (from 0) `printer` asks for: its page ranges ("1,3" is pages 1 and 3, not 1 to 3) when it
        prints a range, else all; reversed for "last page first". Pages beyond the document are left out."""
        count = self.page_count()
        pages = list(range(count))
        ranges = printer.pageRanges().toRangeList()
        if printer.printRange() == QPrinter.PrintRange.PageRange and ranges:
            wanted = {page for r in ranges for page in range(max(r.from_, 1) - 1, min(r.to, count))}
            pages = sorted(wanted)
        if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
            pages.reverse()
        return pages

    def _paint_pages(self, painter: QPainter, printer: QPrinter, pages: list[int], scale: float, area: QRectF) -> bool:
        for number, page in enumerate(pages):
            if number and not printer.newPage():
                return False
            size = self.document.pagePointSize(page).scaled(area.size() / scale, Qt.AspectRatioMode.KeepAspectRatio)
            image = self._render_on_white(page, size.toSize())
            if image is None:
                return False
            target = QRectF(0, 0, image.width() * scale, image.height() * scale)
            target.moveCenter(area.center())
            painter.drawImage(target, image)
        return True

    @staticmethod
    def _remove_partial_file(printer: QPrinter) -> None:
        # the PDF engine cannot abort (abort() does nothing there): what it wrote so far is removed instead
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
            with suppress(OSError):
                os.unlink(printer.outputFileName())

    def _render_on_white(self, page: int, size: QSize) -> QImage | None:
        # QPdfDocument.render leaves the paper transparent: a printer may not take that as white
        rendered = self.document.render(page, size)
        if rendered.isNull():
            return None
        image = QImage(rendered.size(), QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.drawImage(0, 0, rendered)
        painter.end()
        return image

    def print_dialog(self) -> bool:
        """The Print… button: asks for a printer, then prints; False if cancelled or printing failed."""
        printer = self._ask_printer()
        if printer is None:
            return False
        printed = self.print_to(printer)
        self._show_notice("" if printed else self.tr("The document could not be printed."))
        return printed

    def _ask_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._name)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(self.page_count(), 1))
        accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
        dialog.deleteLater()
        return printer if accepted else None

    def save_to(self, path: str | Path) -> None:
        """Writes the loaded PDF, byte for byte, to `path` (files.write_atomically: never a half-written file)."""
        if not self._data:
            raise ValueError("no document loaded")
        write_atomically(path, self._data)

    def save_as_dialog(self) -> bool:
        """The Save as… button: asks where, then saves; False if cancelled or the file could not be written."""
        path = self._ask_save_path()
        if not path:
            return False
        try:
            self.save_to(path)
        except OSError as error:
            self._show_notice(
                self.tr("%1 could not be saved: %2")
                .replace("%1", Path(path).name)
                .replace("%2", error.strerror or str(error))
            )
            return False
        self._show_notice("")
        return True

    def _ask_save_path(self) -> str:
        return ask_save_path(self, self.tr("Save the PDF"), self._name, self.tr("PDF files (*.pdf)"), "pdf")

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # -- first paint -------------------------------------------------------------------------------------
    def _on_page_rendered(self) -> None:
        self._page_rendered = True

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt naming
        if (
            event.type() == QEvent.Type.Paint
            and self._awaiting_first_paint
            and (self._page_rendered or self._renderer is None)
            and self.document.status() == QPdfDocument.Status.Ready
        ):
            self._awaiting_first_paint = False
            QTimer.singleShot(0, self, self.firstPagePainted.emit)  # queued: after this paint has been done
        return super().eventFilter(watched, event)
