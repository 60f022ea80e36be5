"""Issue 16 "Bad input": hostile files refused with a clear message naming the file and the rule, without
reading them whole. Every place the app takes a file: the ticket attachments editor (picked or dropped), the
FatturaPA viewer (opened from disk; the server's files go through the same load_fatturapa), the PDF viewer.
Huge files are sparse: their size is real to the app, the disk holds nothing."""

from __future__ import annotations

import http.server
import io
import threading
import zipfile

import psutil
import pytest

from tests.invoices.test_fatturapa import make_invoice
from tests.support.sample_files import write_pdf, write_picture
from windtre_desktop.domain import tickets as tk
from windtre_desktop.invoices.fatturapa import MAX_SIZE
from windtre_desktop.views.fatturapa_view import FatturaPAViewer
from windtre_desktop.widgets.attachments_editor import AttachmentsEditor
from windtre_desktop.widgets.pdf_viewer import MAX_FILE_BYTES, PdfViewer

GROWTH_LIMIT = 64 * 1024 * 1024  # what refusing a file may add to the process; the huge ones are GBs


def sparse(path, size: int, head: bytes = b""):
    with open(path, "wb") as file:
        file.write(head)
        file.truncate(size)
    return path


def zip_bomb() -> bytes:
    """A small zip that inflates to 200 MB of zeros."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open("zeros.bin", "w", force_zip64=True) as member:
            block = b"\0" * (1024 * 1024)
            for _ in range(200):
                member.write(block)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def bomb():
    return zip_bomb()


@pytest.fixture
def real_files(tmp_path, qapp):
    return {"pdf": write_pdf(tmp_path / "modulo.pdf", "<h1>Modulo</h1>"),
            "png": write_picture(tmp_path / "documento.png")}


class Memory:
    def __init__(self) -> None:
        self.process = psutil.Process()
        self.start = self.process.memory_info().rss

    def grew(self) -> int:
        return self.process.memory_info().rss - self.start


# --- the ticket attachments editor ---------------------------------------------------------------------------

def _refused(qtbot, path, *words: str) -> str:
    editor = AttachmentsEditor([])
    qtbot.addWidget(editor)
    memory = Memory()
    assert not editor.add_file(str(path), tk.AttachmentKind.REQUEST_FORM.value)
    assert memory.grew() < GROWTH_LIMIT
    text = editor.message.text()
    assert path.name in text and editor.value() == []
    for word in words:
        assert word in text, text
    return text


def test_a_huge_pdf_is_refused_by_its_size_without_being_read(qtbot, tmp_path):
    _refused(qtbot, sparse(tmp_path / "scansione.pdf", 6 * 1024**3, b"%PDF-1.7\n"), "al massimo")


def test_a_pdf_that_is_a_png_is_refused(qtbot, tmp_path, real_files):
    (tmp_path / "modulo-finto.pdf").write_bytes(real_files["png"].read_bytes())
    _refused(qtbot, tmp_path / "modulo-finto.pdf", "PNG", ".png")


def test_a_jpg_that_is_a_pdf_is_refused(qtbot, tmp_path, real_files):
    (tmp_path / "foto.jpg").write_bytes(real_files["pdf"].read_bytes())
    _refused(qtbot, tmp_path / "foto.jpg", "PDF", ".pdf")


def test_a_zip_bomb_named_pdf_is_refused(qtbot, tmp_path, bomb):
    (tmp_path / "denuncia.pdf").write_bytes(bomb)
    _refused(qtbot, tmp_path / "denuncia.pdf", "PDF, JPEG o PNG")


def test_a_zip_bomb_behind_a_pdf_signature_is_refused(qtbot, tmp_path, bomb):
    (tmp_path / "denuncia.pdf").write_bytes(b"%PDF-1.7\n" + bomb)
    _refused(qtbot, tmp_path / "denuncia.pdf", "PDF", "danneggiato")


def test_a_png_signature_on_garbage_is_refused(qtbot, tmp_path):
    (tmp_path / "documento.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00garbage" * 100)
    _refused(qtbot, tmp_path / "documento.png", "PNG", "danneggiato")


def test_real_files_still_go_in(qtbot, real_files):
    editor = AttachmentsEditor([])
    qtbot.addWidget(editor)
    assert editor.add_file(str(real_files["pdf"]), tk.AttachmentKind.REQUEST_FORM.value), editor.message.text()
    assert editor.add_file(str(real_files["png"]), tk.AttachmentKind.IDENTITY_DOCUMENT.value), editor.message.text()


# --- the FatturaPA viewer ------------------------------------------------------------------------------------

def _viewer_refuses(qtbot, path, *words: str) -> str:
    viewer = FatturaPAViewer()
    qtbot.addWidget(viewer)
    memory = Memory()
    assert viewer.open_file(path) is False
    assert memory.grew() < GROWTH_LIMIT
    text = viewer.error.text()
    assert path.name in text and viewer.fattura is None
    for word in words:
        assert word in text, text
    return text


def _with_doctype(doctype: str, seller: str = "Fornitore") -> bytes:
    return make_invoice(seller=seller).replace(b"<p:FatturaElettronica", doctype.encode() + b"\n<p:FatturaElettronica", 1)


def test_xxe_to_a_local_file_is_refused_and_the_file_not_read(qtbot, tmp_path):
    secret = tmp_path / "segreto.txt"
    secret.write_text("TOP-SECRET")
    path = tmp_path / "fattura.xml"
    path.write_bytes(_with_doctype(f'<!DOCTYPE p:FatturaElettronica [<!ENTITY x SYSTEM "{secret.as_uri()}">]>', "&x;"))
    text = _viewer_refuses(qtbot, path, "DTD")
    assert "TOP-SECRET" not in text


def test_xxe_to_a_url_is_refused_and_nothing_is_fetched(qtbot, tmp_path):
    asked = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server naming
            asked.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b"FETCHED")

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/dtd"
        path = tmp_path / "fattura.xml"
        path.write_bytes(_with_doctype(f'<!DOCTYPE p:FatturaElettronica SYSTEM "{url}">'))
        _viewer_refuses(qtbot, path, "DTD")
        path.write_bytes(_with_doctype(f'<!DOCTYPE p:FatturaElettronica [<!ENTITY x SYSTEM "{url}">]>', "&x;"))
        _viewer_refuses(qtbot, path, "DTD")
    finally:
        server.shutdown()
        server.server_close()
    assert asked == []


def test_billion_laughs_is_refused_without_growing(qtbot, tmp_path):
    entities = '<!ENTITY a "ha">' + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">'
                                             for i in range(9))
    path = tmp_path / "risate.xml"
    path.write_bytes(_with_doctype(f"<!DOCTYPE p:FatturaElettronica [{entities}]>", "&j;"))
    _viewer_refuses(qtbot, path, "DTD")


def test_a_huge_invoice_is_refused_by_its_size_without_being_read(qtbot, tmp_path):
    path = sparse(tmp_path / "enorme.xml", 4 * 1024**3, make_invoice()[:200])
    _viewer_refuses(qtbot, path, "troppo grande")
    path = sparse(tmp_path / "enorme.xml.p7m", MAX_SIZE + 1, b"\x30\x84")
    _viewer_refuses(qtbot, path, "troppo grande")


@pytest.mark.parametrize("name", ["fattura.xml", "fattura.xml.p7m"])
def test_a_zip_bomb_or_a_picture_named_as_an_invoice_is_refused(qtbot, tmp_path, bomb, real_files, name):
    path = tmp_path / name
    path.write_bytes(bomb)
    _viewer_refuses(qtbot, path, "non è una fattura elettronica FatturaPA")
    path.write_bytes(real_files["png"].read_bytes())
    _viewer_refuses(qtbot, path, "non è una fattura elettronica FatturaPA")


# --- the PDF viewer ------------------------------------------------------------------------------------------

def _pdf_viewer_refuses(qtbot, path, *words: str) -> str:
    viewer = PdfViewer()
    qtbot.addWidget(viewer)
    memory = Memory()
    assert viewer.load_file(path) is False
    assert memory.grew() < GROWTH_LIMIT
    text = viewer.message.text()
    assert path.name in text and viewer.page_count() == 0
    for word in words:
        assert word in text, text
    return text


def test_the_pdf_viewer_refuses_a_huge_file_without_reading_it(qtbot, tmp_path):
    _pdf_viewer_refuses(qtbot, sparse(tmp_path / "fattura.pdf", 5 * 1024**3, b"%PDF-1.7\n"), "troppo grande")
    assert MAX_FILE_BYTES < 5 * 1024**3


def test_the_pdf_viewer_refuses_a_picture_or_a_zip_bomb_named_pdf(qtbot, tmp_path, bomb, real_files):
    path = tmp_path / "fattura.pdf"
    path.write_bytes(real_files["png"].read_bytes())
    _pdf_viewer_refuses(qtbot, path, "non è un file PDF leggibile")
    path.write_bytes(bomb)
    _pdf_viewer_refuses(qtbot, path, "non è un file PDF leggibile")
    path.write_bytes(b"%PDF-1.7\n" + bomb)
    _pdf_viewer_refuses(qtbot, path, "non è un file PDF leggibile")
