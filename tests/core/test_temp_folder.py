"""Issue 16: the app's temporary files (openpyxl's spool of an export's rows) stay inside its data folder."""

from __future__ import annotations

import io
import os
import tempfile

import pytest

from windtre_desktop.temp_folder import FOLDER_NAME, use_private_temp_folder


@pytest.fixture
def restored_temp(monkeypatch):
    """The process's temp folder and its variables as they were, after the test."""
    monkeypatch.setattr(tempfile, "tempdir", tempfile.tempdir)
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(name, os.environ.get(name, ""))


def test_temporary_files_go_to_the_data_folder_which_is_emptied_at_start(tmp_path, restored_temp):
    data_dir = tmp_path / "data"
    (data_dir / FOLDER_NAME).mkdir(parents=True)
    (data_dir / FOLDER_NAME / "openpyxl.left-by-a-crash.xml").write_text("<row/>", encoding="utf-8")
    (data_dir / FOLDER_NAME / "nested" / "deeper").mkdir(parents=True)
    (data_dir / FOLDER_NAME / "nested" / "deeper" / "part").write_bytes(b"x")
    (data_dir / "tmp").mkdir()
    (data_dir / "tmp" / "the-users-own").write_bytes(b"x")  # `--data-dir ~`: the user's ~/tmp is not ours
    folder = use_private_temp_folder(data_dir)
    assert folder == data_dir / FOLDER_NAME and list(folder.iterdir()) == []
    assert (data_dir / "tmp" / "the-users-own").exists()
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


def test_an_instance_without_the_folders_lock_or_a_linked_folder_empties_nothing(tmp_path, restored_temp):
    data_dir = tmp_path / "data"
    (data_dir / FOLDER_NAME).mkdir(parents=True)
    (data_dir / FOLDER_NAME / "spool-of-the-other-instance").write_bytes(b"x")
    use_private_temp_folder(data_dir, empty=False)
    assert (data_dir / FOLDER_NAME / "spool-of-the-other-instance").exists()
    if os.name == "posix":
        elsewhere = tmp_path / "elsewhere"
        elsewhere.mkdir()
        (elsewhere / "kept").write_bytes(b"x")
        linked = tmp_path / "linked"
        linked.mkdir()
        (linked / FOLDER_NAME).symlink_to(elsewhere)
        use_private_temp_folder(linked)
        assert (elsewhere / "kept").exists()
