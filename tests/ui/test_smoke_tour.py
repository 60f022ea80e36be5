"""`windtre-desktop --demo --smoke-test DIR` in a real subprocess: every screen saved, exit code 0."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

# Clipped texts known and fixed elsewhere: the login page's "Accedi direttamente" button is being
# widened on the login page's own branch (issue 10); everything else must fit.
KNOWN_CLIPPED = ("00_login: QPushButton 'Accedi direttamente",)


@pytest.mark.parametrize("language, scheme", [("it", "light"), ("en", "dark")])
def test_smoke_tour_visits_every_section(tmp_path, language, scheme):
    out = tmp_path / "shots"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    result = subprocess.run(
        [sys.executable, "-m", "windtre_desktop", "--demo", "--smoke-test", str(out), "--data-dir", str(tmp_path / "home"),
         "--lang", language, "--theme", scheme],
        capture_output=True, text=True, timeout=180, env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    shots = sorted(p.name for p in out.glob("*.png"))
    # login + the 8 sections + one line's dashboard + every page of the accounts wizards (issue 4)
    # + a loss/theft ticket filed by the fast path and the tickets list (issue 5)
    # + Conto: invoices, downloaded, PDF, FatturaPA, call detail, share, recharges (issue 6)
    assert len(shots) == 42, shots
    assert shots[0] == "00_login.png"
    for page in ("admin_3_activation", "employee_2_puk", "recovery_refused_telco_manager_r09",
                 "recovery_4_temporary_password", "password_change_forced", "ticket_4_done", "tickets_list",
                 "ticket_6_attachments", "ticket_8_administrative", "conto_invoices", "conto_downloaded",
                 "conto_pdf_viewer", "conto_fatturapa", "conto_call_detail", "conto_share", "conto_recharges"):
        assert any(page in name for name in shots), page
    for name in shots:
        image = QImage(str(out / name))
        # a wizard dialog, the small share dialog, else a window (main window, PDF, FatturaPA, call detail)
        least = (560, 480) if "wizard" in name else (400, 150) if name.endswith("_share.png") else (800, 550)
        assert image.width() >= least[0] and image.height() >= least[1], name
    # issue 10: no text cut on any screen, in either language, at the tour's 1280x800 (widgets/clipping.py)
    clipped = [line for line in (out / "clipped.txt").read_text(encoding="utf-8").splitlines()
               if not line.startswith(KNOWN_CLIPPED)]
    assert clipped == [], "\n".join(clipped)
