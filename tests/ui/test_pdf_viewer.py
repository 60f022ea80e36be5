"""The invoice PDF viewer on real PDFs from the sandbox's writer: pages, zoom, search, printing to a real
QPrinter (PDF output), save as, a damaged file, the open-externally request and the first-paint signal."""

from __future__ import annotations

import math
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt, QTranslator
from PySide6.QtGui import QImage, QPageRanges
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter

from windtre_desktop.files import current_umask
from windtre_desktop.sandbox.invoices import write_pdf
from windtre_desktop.widgets.pdf_viewer import MAX_ZOOM, ZOOM_STEP, PdfViewer

NAME = "fattura-2026-000123.pdf"


@pytest.fixture(scope="module")
def pdf() -> bytes:
    """Three A4 pages; "Bravo" only on page 2, "Zanzibar" only on page 3."""
    return write_pdf(
        [
            [(16, "WINDTRE Business - Fattura 2026/000123"), (10, "Cliente: Rossi Logistica S.r.l.")],
            [(12, "Dettaglio linee Bravo"), (10, "+39 347 000 0001 canone mensile 9,90 EUR")],
            [(12, "Riepilogo IVA Zanzibar"), (10, "Totale documento 120,78 EUR")],
        ]
    )


@pytest.fixture
def viewer(qtbot) -> PdfViewer:
    widget = PdfViewer()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    return widget


@pytest.fixture
def shown(qtbot, viewer) -> PdfViewer:
    viewer.show()
    qtbot.waitExposed(viewer)
    return viewer


def indicator(viewer: PdfViewer) -> str:
    return f"{viewer.page_spin.text()} {viewer.page_total.text()}"


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def ink_pixels(image: QImage, step: int = 2) -> int:
    """Opaque dark pixels (text), sampled every `step` pixels; the paper around a render is transparent."""
    return sum(
        1
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
        if (colour := image.pixelColor(x, y)).alpha() > 200 and colour.lightness() < 128
    )


def test_pages_next_previous_go_to_and_the_indicator(shown, pdf):
    viewer = shown
    assert viewer.load_bytes(pdf, NAME) is True
    assert viewer.page_count() == 3
    assert viewer.current_page() == 0
    assert indicator(viewer) == "1 / 3"
    assert not viewer.previous_action.isEnabled() and viewer.next_action.isEnabled()

    viewer.next_action.trigger()
    assert viewer.current_page() == 1
    assert indicator(viewer) == "2 / 3"
    viewer.next_page()
    assert viewer.current_page() == 2
    assert indicator(viewer) == "3 / 3"
    assert not viewer.next_action.isEnabled()
    viewer.next_page()  # past the last page: stays
    assert viewer.current_page() == 2

    viewer.previous_action.trigger()
    assert viewer.current_page() == 1
    viewer.go_to_page(0)
    assert viewer.current_page() == 0
    assert indicator(viewer) == "1 / 3"
    viewer.go_to_page(7)
    assert viewer.current_page() == 0

    viewer.page_spin.setValue(3)  # typing a page number in the box
    assert viewer.current_page() == 2


def test_keyboard_pages_zoom_search_and_print(qtbot, shown, pdf, tmp_path, monkeypatch):
    viewer = shown
    viewer.load_bytes(pdf, NAME)
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(viewer, "_ask_printer", lambda: pdf_printer(out))
    viewer.activateWindow()
    qtbot.waitActive(viewer)
    viewer.view.setFocus()
    qtbot.keyClick(viewer.view, Qt.Key.Key_PageDown)
    assert viewer.current_page() == 1
    qtbot.keyClick(viewer.view, Qt.Key.Key_PageUp)
    assert viewer.current_page() == 0
    before = viewer.zoom_factor()
    qtbot.keyClick(viewer.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert viewer.zoom_factor() == pytest.approx(before * ZOOM_STEP)
    qtbot.keyClick(viewer.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert viewer.search_field.hasFocus()
    qtbot.keyClick(viewer.search_field, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert out.read_bytes().startswith(b"%PDF")


def test_the_page_total_is_translated(qapp, viewer, pdf, tmp_path):
    """A translator (compiled here by lrelease) that knows "/ %1" changes the total next to the page box."""
    source = tmp_path / "total.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="it">'
        "<context><name>PdfViewer</name><message><source>/ %1</source>"
        "<translation>di %1</translation></message></context></TS>",
        encoding="utf-8",
    )
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(source), "-qm", str(tmp_path / "total.qm")], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "total.qm"))
    qapp.installTranslator(translator)
    try:
        viewer.load_bytes(pdf, NAME)
        assert viewer.page_total.text() == "di 3"
    finally:
        qapp.removeTranslator(translator)


def test_zoom_in_out_and_the_fit_modes(shown, pdf):
    viewer = shown
    viewer.load_bytes(pdf, NAME)
    assert viewer.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert viewer.fit_width_action.isChecked()
    fit_width = viewer.zoom_factor()
    assert fit_width > 1.0  # a 595 pt wide page in a 1000 px wide window

    viewer.zoom_in_action.trigger()
    assert viewer.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert not viewer.fit_width_action.isChecked()
    assert viewer.zoom_factor() == pytest.approx(fit_width * ZOOM_STEP)
    viewer.zoom_out()
    viewer.zoom_out()
    assert viewer.zoom_factor() == pytest.approx(fit_width / ZOOM_STEP)

    viewer.fit_page()
    assert viewer.view.zoomMode() == QPdfView.ZoomMode.FitInView
    assert viewer.fit_page_action.isChecked() and not viewer.fit_width_action.isChecked()
    assert viewer.zoom_factor() < fit_width  # a portrait page in a landscape window: the height decides
    viewer.fit_width_action.trigger()
    assert viewer.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert viewer.zoom_factor() == pytest.approx(fit_width)

    for _ in range(30):
        viewer.zoom_in()
    assert viewer.zoom_factor() == pytest.approx(MAX_ZOOM)
    assert not viewer.zoom_in_action.isEnabled()


def test_search_finds_a_word_on_page_3_and_goes_there(qtbot, shown, pdf):
    viewer = shown
    viewer.load_bytes(pdf, NAME)
    assert viewer.search("Zanzibar") == 1
    assert viewer.current_page() == 0  # searching alone does not move
    assert viewer.result_label.text() == viewer.tr("%1 found").replace("%1", "1")
    viewer.next_result()
    assert viewer.current_page() == 2
    assert viewer.result_label.text() == viewer.tr("%1 of %2").replace("%1", "1").replace("%2", "1")

    assert viewer.search("bravo") == 1  # case-insensitive, page 2 only
    viewer.next_result_action.trigger()
    assert viewer.current_page() == 1

    assert viewer.search("Kilimanjaro") == 0
    assert viewer.result_label.isVisible()
    assert viewer.result_label.text() == viewer.tr("No results")
    assert not viewer.next_result_action.isEnabled()
    viewer.next_result()
    assert viewer.current_page() == 1

    # from the field: type, Enter jumps to the first result
    viewer.search_field.clear()
    qtbot.keyClicks(viewer.search_field, "Zanzibar")
    qtbot.keyClick(viewer.search_field, Qt.Key.Key_Return)
    assert viewer.current_page() == 2
    assert viewer.result_label.text() == viewer.tr("%1 of %2").replace("%1", "1").replace("%2", "1")


def test_search_steps_through_results_on_several_pages(viewer, pdf):
    viewer.load_bytes(pdf, NAME)
    assert viewer.search("EUR") == 2  # pages 2 and 3
    viewer.next_result()
    assert viewer.current_page() == 1
    viewer.next_result()
    assert viewer.current_page() == 2
    viewer.next_result()  # wraps around
    assert viewer.current_page() == 1
    viewer.previous_result()  # and back
    assert viewer.current_page() == 2


def test_print_to_a_pdf_printer_gives_the_same_pages_with_ink(viewer, pdf, tmp_path):
    viewer.load_bytes(pdf, NAME)
    out = tmp_path / "printed.pdf"
    assert viewer.print_to(pdf_printer(out)) is True
    assert out.read_bytes().startswith(b"%PDF")
    printed = QPdfDocument()
    assert printed.load(str(out)) == QPdfDocument.Error.None_
    assert printed.pageCount() == 3
    image = printed.render(0, QSize(595, 842))
    assert not image.isNull()
    assert ink_pixels(image) > 50


def test_print_to_honours_the_page_range(viewer, pdf, tmp_path):
    viewer.load_bytes(pdf, NAME)
    printer = pdf_printer(tmp_path / "range.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert viewer.print_to(printer) is True
    printed = QPdfDocument()
    assert printed.load(str(tmp_path / "range.pdf")) == QPdfDocument.Error.None_
    assert printed.pageCount() == 2


@pytest.fixture(scope="module")
def graded_pdf() -> bytes:
    """Three pages with more and more text (2, 12 and 36 lines): each page is known by its amount of ink."""
    return write_pdf([[(10, f"Riga {page}.{line} del dettaglio costi") for line in range(lines)]
                      for page, lines in ((1, 2), (2, 12), (3, 36))])  # fmt: skip


def printed_pages(path) -> list[int]:
    """Which source page (1-3 of `graded_pdf`) each page of a printed PDF shows, told by its ink."""
    printed = QPdfDocument()
    assert printed.load(str(path)) == QPdfDocument.Error.None_
    inks = [ink_pixels(printed.render(page, QSize(595, 842))) for page in range(printed.pageCount())]
    # 2, 12 and 36 lines of the same text: ink grows with the lines (the print margins scale it all alike)
    lines = [ink / min(inks) * 2 if min(inks) else 0 for ink in inks]
    return [min((abs(math.log(count / guess)), page) for page, count in ((1, 2), (2, 12), (3, 36)))[1]
            for guess in lines]  # fmt: skip


def test_print_to_prints_only_the_pages_in_the_ranges_in_the_printer_order(viewer, graded_pdf, tmp_path):
    viewer.load_bytes(graded_pdf, NAME)
    printer = pdf_printer(tmp_path / "all.pdf")
    assert viewer.pages_to_print(printer) == [0, 1, 2]
    assert viewer.print_to(printer) is True
    assert printed_pages(tmp_path / "all.pdf") == [1, 2, 3]

    printer = pdf_printer(tmp_path / "gaps.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(QPageRanges.fromString("1,3"))  # as the print dialog sets it
    assert viewer.pages_to_print(printer) == [0, 2]
    assert viewer.print_to(printer) is True
    assert printed_pages(tmp_path / "gaps.pdf") == [1, 3]  # page 2 is not printed

    printer = pdf_printer(tmp_path / "reversed.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(QPageRanges.fromString("1,3"))
    printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
    assert viewer.print_to(printer) is True
    assert printed_pages(tmp_path / "reversed.pdf") == [3, 1]

    printer = pdf_printer(tmp_path / "beyond.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setPageRanges(QPageRanges.fromString("2-3,5-9"))  # pages the document does not have are skipped
    assert viewer.pages_to_print(printer) == [1, 2]
    printer.setPageRanges(QPageRanges.fromString("5-9"))
    assert viewer.print_to(printer) is False  # nothing to print: no empty job
    assert not (tmp_path / "beyond.pdf").exists()


def test_a_print_that_fails_part_way_is_aborted_and_leaves_no_partial_file(viewer, pdf, tmp_path):
    """A real, odd PDF: its third page is 99999 × 9 points, too thin to render once fitted to the paper."""
    normal = b"/MediaBox [0 0 595 842]"
    start = pdf.rindex(normal)
    odd = pdf[:start] + b"/MediaBox [0 0 99999 9]" + pdf[start + len(normal):]  # same length: offsets hold
    assert viewer.load_bytes(odd, NAME) is True and viewer.page_count() == 3
    out = tmp_path / "printed.pdf"
    assert viewer.print_to(pdf_printer(out)) is False
    assert not out.exists()  # pages 1 and 2 were written before page 3 failed: removed, not left half done

    printer = pdf_printer(tmp_path / "first two.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(1, 2)
    assert viewer.print_to(printer) is True  # the pages that can be printed still print
    printed = QPdfDocument()
    assert printed.load(str(tmp_path / "first two.pdf")) == QPdfDocument.Error.None_
    assert printed.pageCount() == 2


def test_print_dialog_prints_on_accept_and_nothing_on_cancel(viewer, pdf, tmp_path, monkeypatch):
    viewer.load_bytes(pdf, NAME)
    out = tmp_path / "printed.pdf"
    monkeypatch.setattr(viewer, "_ask_printer", lambda: pdf_printer(out))
    assert viewer.print_dialog() is True
    assert out.read_bytes().startswith(b"%PDF")

    cancelled = tmp_path / "cancelled.pdf"
    monkeypatch.setattr(viewer, "_ask_printer", lambda: None)
    assert viewer.print_dialog() is False
    assert not cancelled.exists()
    assert viewer.notice.isHidden()


def test_save_to_writes_the_exact_bytes_atomically(viewer, pdf, tmp_path):
    viewer.load_bytes(pdf, NAME)
    target = tmp_path / "copy.pdf"
    target.write_bytes(b"an older file")
    viewer.save_to(target)
    assert target.read_bytes() == pdf
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.pdf"]  # no temp file left behind
    assert stat.S_IMODE(target.stat().st_mode) == 0o644 & ~current_umask()

    previous = os.umask(0o027)  # a user who keeps their files from others: the saved copy follows suit
    try:
        viewer.save_to(tmp_path / "private.pdf")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "private.pdf").stat().st_mode) == 0o640


def test_save_as_dialog_saves_and_reports_a_failure(viewer, pdf, tmp_path, monkeypatch):
    viewer.load_bytes(pdf, NAME)
    target = tmp_path / NAME
    monkeypatch.setattr(viewer, "_ask_save_path", lambda: str(target))
    assert viewer.save_as_dialog() is True
    assert target.read_bytes() == pdf
    assert viewer.notice.isHidden()

    monkeypatch.setattr(viewer, "_ask_save_path", lambda: "")  # cancelled
    assert viewer.save_as_dialog() is False

    monkeypatch.setattr(viewer, "_ask_save_path", lambda: str(tmp_path / "missing" / "copy.pdf"))
    assert viewer.save_as_dialog() is False
    assert not viewer.notice.isHidden()
    assert "copy.pdf" in viewer.notice.text()


def test_garbage_bytes_are_refused_with_a_message_and_the_viewer_recovers(shown, pdf, tmp_path):
    viewer = shown
    assert viewer.load_bytes(pdf, NAME) is True
    assert viewer.load_bytes(b"not a pdf", "broken.pdf") is False
    assert viewer.message.isVisible()
    assert not viewer.view.isVisible()
    expected = viewer.tr("%1 is not a readable PDF file: it may be damaged or of another kind.")
    assert viewer.message.text() == expected.replace("%1", "broken.pdf")
    assert viewer.page_count() == 0
    assert viewer.print_to(pdf_printer(tmp_path / "nothing.pdf")) is False
    assert not (tmp_path / "nothing.pdf").exists()
    assert not viewer.print_action.isEnabled() and not viewer.save_action.isEnabled()
    assert viewer.search("Zanzibar") == 0

    assert viewer.load_bytes(b"", "empty.pdf") is False
    assert "empty.pdf" in viewer.message.text()
    assert viewer.load_file(tmp_path / "absent.pdf") is False
    assert "absent.pdf" in viewer.message.text()

    assert viewer.load_bytes(pdf, NAME) is True
    assert viewer.view.isVisible() and not viewer.message.isVisible()
    assert viewer.page_count() == 3
    assert viewer.search("Zanzibar") == 1
    assert viewer.print_to(pdf_printer(tmp_path / "after.pdf")) is True


def test_load_file_reads_a_pdf_from_disk(viewer, pdf, tmp_path):
    path = tmp_path / NAME
    path.write_bytes(pdf)
    assert viewer.load_file(path) is True
    assert viewer.page_count() == 3


def test_open_in_the_system_viewer_emits_the_bytes_and_the_name(qtbot, viewer, pdf):
    button = viewer.toolbar.widgetForAction(viewer.open_action)
    with qtbot.assertNotEmitted(viewer.openExternallyRequested):
        button.click()  # nothing loaded: disabled
    viewer.load_bytes(pdf, NAME)
    with qtbot.waitSignal(viewer.openExternallyRequested, timeout=1000) as blocker:
        button.click()
    assert blocker.args == [pdf, NAME]


def test_first_page_painted_once_per_load_with_the_page_drawn(qtbot, viewer, pdf):
    viewer.show()
    qtbot.waitExposed(viewer)
    ink_at_signal = []
    viewer.firstPagePainted.connect(
        lambda: ink_at_signal.append(ink_pixels(viewer.view.viewport().grab().toImage()))
    )
    with qtbot.waitSignal(viewer.firstPagePainted, timeout=5000):
        assert viewer.load_bytes(pdf, NAME)
    assert ink_at_signal and ink_at_signal[0] > 50  # the page's text was there, not a blank page

    with qtbot.assertNotEmitted(viewer.firstPagePainted, wait=200):
        viewer.view.viewport().repaint()
        viewer.next_page()
    with qtbot.assertNotEmitted(viewer.firstPagePainted, wait=200):
        viewer.load_bytes(b"not a pdf", "broken.pdf")
    with qtbot.waitSignal(viewer.firstPagePainted, timeout=5000):
        viewer.load_bytes(pdf, NAME)
