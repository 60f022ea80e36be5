"""The FatturaPA viewer: real samples (when the shared test data is there) and the project's own,
hostile and damaged files refused with a message, attachments saved, both languages."""

from __future__ import annotations

import base64
import csv
import re
from pathlib import Path

import pytest

from windtre_desktop.views.fatturapa_view import FatturaPAViewer

TESTDATA = Path(__file__).resolve().parents[2].parent / "shared" / "testdata" / "fatturapa"

OWN_SAMPLE = """<?xml version="1.0" encoding="UTF-8"?>
<p:FatturaElettronica versione="FPR12" xmlns:p="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.2">
 <FatturaElettronicaHeader>
  <CedentePrestatore><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>02345670018</IdCodice></IdFiscaleIVA>
   <Anagrafica><Denominazione>Operatore Demo S.p.A.</Denominazione></Anagrafica></DatiAnagrafici></CedentePrestatore>
  <CessionarioCommittente><DatiAnagrafici><IdFiscaleIVA><IdPaese>IT</IdPaese><IdCodice>19783480015</IdCodice></IdFiscaleIVA>
   <Anagrafica><Denominazione>Marino Energia S.r.l.</Denominazione></Anagrafica></DatiAnagrafici></CessionarioCommittente>
 </FatturaElettronicaHeader>
 <FatturaElettronicaBody>
  <DatiGenerali><DatiGeneraliDocumento><TipoDocumento>TD01</TipoDocumento><Divisa>EUR</Divisa><Data>2026-10-31</Data>
   <Numero>W3B-2026-0042</Numero><ImportoTotaleDocumento>122.00</ImportoTotaleDocumento></DatiGeneraliDocumento></DatiGenerali>
  <DatiBeniServizi><DettaglioLinee><NumeroLinea>1</NumeroLinea><Descrizione>Canone Business Unlimited</Descrizione>
   <PrezzoUnitario>100.00</PrezzoUnitario><PrezzoTotale>100.00</PrezzoTotale><AliquotaIVA>22.00</AliquotaIVA></DettaglioLinee>
   <DatiRiepilogo><AliquotaIVA>22.00</AliquotaIVA><ImponibileImporto>100.00</ImponibileImporto><Imposta>22.00</Imposta></DatiRiepilogo>
  </DatiBeniServizi>
  <Allegati><NomeAttachment>dettaglio.txt</NomeAttachment><Attachment>{}</Attachment></Allegati>
 </FatturaElettronicaBody>
</p:FatturaElettronica>
""".format(base64.b64encode(b"dettaglio chiamate").decode())


def test_own_sample_shown_and_its_attachment_saved(qtbot, tmp_path):
    viewer = FatturaPAViewer("it")
    qtbot.addWidget(viewer)
    path = tmp_path / "IT02345670018_00042.xml"
    path.write_text(OWN_SAMPLE, encoding="utf-8")
    assert viewer.open_file(path), viewer.error.text()
    assert "W3B-2026-0042" in viewer.summary.text() and "Marino Energia" in viewer.summary.text()
    assert "31/10/2026" in viewer.summary.text() and "122,00\u00a0€" in viewer.summary.text()  # as Italian writes them
    assert "W3B-2026-0042" in viewer.browser.toPlainText()
    assert viewer.attachments.count() == 1 and viewer.save_button.isEnabled()
    saved = viewer.save_attachment(0, tmp_path / "dettaglio.txt")
    assert saved.read_bytes() == b"dettaglio chiamate"
    english = FatturaPAViewer("en")
    qtbot.addWidget(english)
    assert english.open_file(path) and english.browser.toPlainText() != viewer.browser.toPlainText()


def test_the_attachments_box_is_captioned_and_shown_only_when_the_invoice_has_some(qtbot, tmp_path):
    viewer = FatturaPAViewer("en")
    qtbot.addWidget(viewer)
    viewer.show()
    boxes = (viewer.attachments_caption, viewer.attachments, viewer.save_button)
    assert not any(widget.isVisible() for widget in boxes)  # nothing opened: no empty box
    with_one = tmp_path / "with.xml"
    with_one.write_text(OWN_SAMPLE, encoding="utf-8")
    assert viewer.open_file(with_one)
    assert all(widget.isVisible() for widget in boxes) and viewer.attachments_caption.text()
    without = tmp_path / "without.xml"
    without.write_text(re.sub(r"<Allegati>.*?</Allegati>", "", OWN_SAMPLE, flags=re.S), encoding="utf-8")
    assert viewer.open_file(without) and viewer.fattura is not None
    assert not any(widget.isVisible() for widget in boxes)


@pytest.mark.parametrize("content", [
    b"",
    b"not an invoice at all",
    b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
    b"<FatturaElettronica><unclosed></FatturaElettronica>",
])
def test_bad_files_get_a_message_and_nothing_is_shown(qtbot, tmp_path, content):
    viewer = FatturaPAViewer("it")
    qtbot.addWidget(viewer)
    path = tmp_path / "strano.xml"
    path.write_bytes(content)
    assert not viewer.open_file(path)
    assert viewer.error.text().startswith("strano.xml:")
    assert viewer.browser.toPlainText() == "" and viewer.fattura is None
    assert "root:" not in viewer.error.text()  # nothing of /etc/passwd


def expected_rows():
    if not (TESTDATA / "EXPECTED.tsv").exists():
        return []
    with (TESTDATA / "EXPECTED.tsv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@pytest.mark.skipif(not (TESTDATA / "EXPECTED.tsv").exists(), reason="shared/testdata is absent; own samples above")
@pytest.mark.parametrize("row", expected_rows(), ids=lambda row: row["filename"])
def test_every_shared_sample_opens_or_is_refused_as_expected(qtbot, row):
    viewer = FatturaPAViewer("it")
    qtbot.addWidget(viewer)
    opened = viewer.open_file(TESTDATA / row["filename"])
    assert opened == (row["expected"] == "ok"), viewer.error.text()
    if opened:
        first_number = row["numero"].split("|")[0] if row["numero"] else ""
        assert first_number in viewer.summary.text()


def test_an_absurd_total_is_shown_as_written_not_a_crash(qtbot, tmp_path):
    viewer = FatturaPAViewer("it")
    qtbot.addWidget(viewer)
    for total in ("Infinity", "NaN", "1e999999", "1e999990", "dodici"):
        path = tmp_path / "IT02345670018_00043.xml"
        path.write_text(OWN_SAMPLE.replace("<ImportoTotaleDocumento>122.00<", f"<ImportoTotaleDocumento>{total}<"),
                        encoding="utf-8")
        assert viewer.open_file(path), viewer.error.text()
        assert f": {total}" in viewer.summary.text()  # not a plain decimal: as the file writes it
