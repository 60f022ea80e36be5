"""The app's temporary files go to `tmp/` of its data folder, not the system's temp folder: a library's spool
(openpyxl's write-only sheets hold an export's rows there while the workbook is built) then stays inside
`--data-dir`, is the user's only (0700), and whatever a crash leaves behind is removed at the next start."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

FOLDER_NAME = "tmp"


def use_private_temp_folder(data_dir: Path) -> Path:
    """Empty `data_dir/tmp` and make it the process's temp folder, for Python's tempfile and for Qt and child
    processes (TMPDIR, TEMP, TMP). Call it holding the data folder's lock: another instance may not share it."""
    folder = Path(data_dir) / FOLDER_NAME
    shutil.rmtree(folder, ignore_errors=True)  # the spool of an export the last run did not finish
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    for name in ("TMPDIR", "TEMP", "TMP"):
        os.environ[name] = str(folder)
    tempfile.tempdir = str(folder)
    return folder
