"""The IMEI block's attachments in the wizard (R-70): three files, one of each kind, checked on arrival."""

from __future__ import annotations

import pytest

from tests.support.sample_files import write_pdf, write_picture
from windtre_desktop.domain import tickets as tk
from windtre_desktop.widgets.attachments_editor import AttachmentsEditor


@pytest.fixture
def files(tmp_path, qapp):
    pdf = write_pdf(tmp_path / "modulo.pdf", "<h1>Modulo blocco IMEI</h1>")
    png = write_picture(tmp_path / "documento.png")
    jpeg = write_picture(tmp_path / "denuncia.jpg")
    fake = tmp_path / "finto.pdf"
    fake.write_text("not really a PDF")
    return {"pdf": pdf, "png": png, "jpeg": jpeg, "fake": fake}


def test_three_files_one_per_kind_and_a_fourth_is_refused(qtbot, files):
    stored = []
    editor = AttachmentsEditor([], store_file=lambda path, kind: stored.append((path, kind)) or path)
    qtbot.addWidget(editor)
    values = []
    editor.changed.connect(values.append)
    assert editor.add_file(str(files["pdf"]), tk.AttachmentKind.REQUEST_FORM.value)
    assert editor.add_file(str(files["png"]), tk.AttachmentKind.IDENTITY_DOCUMENT.value)
    assert editor.add_file(str(files["jpeg"]), tk.AttachmentKind.AUTHORITY_REPORT.value)
    assert [kind for _, kind in stored] == ["request_form", "identity_document", "authority_report"]
    assert tk.check_attachments(tk.attachments_of(values[-1])) is None  # the domain accepts the set
    assert not editor.add_button.isEnabled()
    assert not editor.add_file(str(files["pdf"]), tk.AttachmentKind.REQUEST_FORM.value)  # a fourth
    assert editor.message.text()
    editor.remove(0)
    assert editor.add_button.isEnabled() and len(editor.value()) == 2


def test_a_file_that_is_not_what_its_name_says_is_refused_with_its_name(qtbot, files):
    editor = AttachmentsEditor([])
    qtbot.addWidget(editor)
    assert not editor.add_file(str(files["fake"]), tk.AttachmentKind.REQUEST_FORM.value)
    assert "finto.pdf" in editor.message.text()
    assert editor.value() == []


def test_files_dropped_on_the_editor_are_checked_and_added(qtbot, files):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    editor = AttachmentsEditor([])
    qtbot.addWidget(editor)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(files["pdf"])), QUrl.fromLocalFile(str(files["fake"]))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    editor.dropEvent(event)
    assert [a["name"] for a in editor.value()] == ["modulo.pdf"]  # the PDF went in, the fake one did not
    assert "finto.pdf" in editor.message.text()
