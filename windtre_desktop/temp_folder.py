"""The app's temporary files go to `windtre-tmp/` of its data folder, not the system's temp folder: a library's spool
(openpyxl's write-only sheets hold an export's rows there while the workbook is built) then stays inside
`--data-dir`, is the user's only (0700), and whatever a crash leaves behind is removed at the next start.

Runs before the first frame, so it imports neither tempfile nor shutil (see files.py): Python's tempfile reads
TMPDIR when it is first asked for its folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

FOLDER_NAME = "windtre-tmp"  # our own name: `--data-dir ~` must not empty the user's ~/tmp


def use_private_temp_folder(data_dir: Path, *, empty: bool = True) -> Path:
    """Make `data_dir/windtre-tmp` the process's temp folder, for Python's tempfile and for Qt and child
    processes (TMPDIR, TEMP, TMP), emptied first when `empty`: pass False unless this process holds the data
    folder's lock, since another instance's export may be spooling there."""
    folder = Path(data_dir) / FOLDER_NAME
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        _quietly(lambda path: os.chmod(path, 0o700), str(folder))  # made by someone else's umask: closed again
    if empty and not os.path.islink(folder):  # a link is never followed into somebody else's folder
        _empty(folder)  # the spool of an export the last run did not finish
    for name in ("TMPDIR", "TEMP", "TMP"):
        os.environ[name] = str(folder)
    loaded = sys.modules.get("tempfile")
    if loaded is not None:  # already imported: it may have chosen its folder already
        loaded.tempdir = str(folder)
    return folder


def _empty(folder: Path) -> None:
    for parent, folders, files in os.walk(folder, topdown=False):
        for name in files:
            _quietly(os.remove, os.path.join(parent, name))
        for name in folders:
            _quietly(os.rmdir, os.path.join(parent, name))


def _quietly(remove, path: str) -> None:
    try:
        remove(path)
    except OSError:  # still open elsewhere (Windows), or already gone: the next start tries again
        pass
