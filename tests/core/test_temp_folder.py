"""Issue 16: the app's temporary files (openpyxl's spool of an export's rows) stay inside its data folder."""

from __future__ import annotations

import io
import os
import tempfile

import pytest

from windtre_desktop.temp_folder import use_private_temp_folder


@pytest.fixture
def restored_temp(monkeypatch):
    """The process's temp folder and its variables as they were, after the test."""
    monkeypatch.setattr(tempfile, "tempdir", tempfile.tempdir)
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, os.environ.get(name, ""))


def test_temporary_files_go_to_the_data_folder_which_is_emptied_at_start(tmp_path, restored_temp):
    data_dir = tmp_path / "data"
    (data_dir / "tmp").mkdir(parents=True)
    (data_dir / "tmp" / "openpyxl.left-by-a-crash.xml").write_text("<row/>", encoding="utf-8")
    (data_dir / "tmp" / "nested" / "deeper").mkdir(parents=True)
    (data_dir / "tmp" / "nested" / "deeper" / "part").write_bytes(b"x")
    folder = use_private_temp_folder(data_dir)
    assert folder == data_dir / "tmp" and list(folder.iterdir()) == []
    assert tempfile.gettempdir() == str(folder)
    assert os.environ["TMPDIR"] == os.environ["TEMP"] == os.environ["TMP"] == str(folder)  # Qt, child processes
    if os.name == "posix":
        assert folder.stat().st_mode & 0o777 == 0o700


def test_an_export_spools_its_rows_inside_the_data_folder(tmp_path, restored_temp):
    """openpyxl's write-only workbooks (the exports) keep each sheet's rows in a temp file until saved."""
    from openpyxl import Workbook

    folder = use_private_temp_folder(tmp_path / "data")
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(["+39 347 000 0000", 12.5])
    spooled = list(folder.iterdir())
    assert len(spooled) == 1 and spooled[0].name.startswith("openpyxl.")
    workbook.save(io.BytesIO())
