"""The three hostile-content defences of invoices/fatturapa.py, pinned one by one (issue 16, "Tests that can fail").

Each test feeds a file that exactly one layer stops and the other two let through, so deleting any one layer
alone fails exactly its test:
- the declaration scan of the raw bytes read as Latin-1 (`_refuse_declarations`, first text);
- its UTF-16 branch (`_refuse_declarations`, the text decoded as UTF-16);
- the DOCTYPE check of the parsed tree (`docinfo` after `etree.fromstring`).
The scans look at the bytes before any parser does, so what only they can see is a declaration the parser
throws away (one inside a comment); what only the tree check sees is a DTD in an encoding neither scan reads
(UTF-32, which libxml2 parses).
"""

from __future__ import annotations

import pytest

from tests.invoices.test_fatturapa import make_invoice
from windtre_desktop.invoices import messages
from windtre_desktop.invoices.fatturapa import FatturaPAError, load_fatturapa

ROOT = b"<p:FatturaElettronica"
XXE = '<!DOCTYPE p:FatturaElettronica [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
HIDDEN = '<!-- <!ENTITY xxe SYSTEM "file:///etc/passwd"> -->\n'


def _in_encoding(text_before_root: str, encoding: str, codec: str) -> bytes:
    xml = make_invoice().decode().replace('encoding="UTF-8"', f'encoding="{encoding}"')
    return xml.replace(ROOT.decode(), text_before_root + ROOT.decode(), 1).encode(codec)


def _refused_as_hostile(data: bytes) -> None:
    with pytest.raises(FatturaPAError) as refused:
        load_fatturapa(data)
    assert refused.value.message == messages.hostile_content()


def test_the_latin1_scan_alone_stops_a_declaration_in_utf8_the_parser_would_drop():
    data = _in_encoding(HIDDEN, "UTF-8", "utf-8")
    assert not data.startswith((b"\xff\xfe", b"\xfe\xff")) and b"\x00" not in data[:8]  # no UTF-16 branch
    _refused_as_hostile(data)  # the parser drops comments: neither the UTF-16 branch nor the DOCTYPE check sees it


def test_the_utf16_branch_alone_stops_a_declaration_in_utf16_the_parser_would_drop():
    for codec in ("utf-16", "utf-16-be", "utf-16-le"):  # with the byte-order mark, and without it either way
        data = _in_encoding(HIDDEN, "UTF-16", codec)
        assert b"<!ENTITY" not in data  # every other byte is a zero: the Latin-1 scan cannot read it
        _refused_as_hostile(data)


def test_the_doctype_check_alone_stops_a_dtd_in_utf32():
    for codec in ("utf-32", "utf-32-be", "utf-32-le"):
        data = _in_encoding(XXE, "UTF-32", codec)
        assert b"<!DOCTYPE" not in data and b"<\x00!\x00D" not in data and b"\x00<\x00!\x00D" not in data
        _refused_as_hostile(data)  # neither scan reads UTF-32; libxml2 does, and docinfo shows the DTD


def test_the_same_invoices_without_the_hostile_parts_open():
    """So each test above is refused for its declaration, not for its encoding."""
    assert load_fatturapa(_in_encoding("<!-- a comment -->\n", "UTF-8", "utf-8")).number == "WT-2024/001"
    for codec in ("utf-16", "utf-16-be", "utf-16-le"):
        assert load_fatturapa(_in_encoding("<!-- a comment -->\n", "UTF-16", codec)).number == "WT-2024/001"
    for codec in ("utf-32", "utf-32-be", "utf-32-le"):
        assert load_fatturapa(_in_encoding("", "UTF-32", codec)).number == "WT-2024/001"
