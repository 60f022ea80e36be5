"""High-DPI (issue 14): at 150 % and 200 % (QT_SCALE_FACTOR, set before Qt starts, hence a subprocess) the
login page and the Settings dialog show every text whole and every icon-only button named. The smoke tour
at the three scales, with the README's screenshots, is docs/screenshots/scaled.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

SCRIPT = r"""
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from windtre_desktop.i18n.translations import Translations
from windtre_desktop.preferences import Preferences
from windtre_desktop.views.login_view import LoginView
from windtre_desktop.views.settings_dialog import SettingsDialog
from windtre_desktop.widgets import theme
from windtre_desktop.widgets.accessibility import unnamed_buttons
from windtre_desktop.widgets.clipping import clipped_texts

app = QApplication(["scaling"])
Translations(app).install("it")
theme.apply(app, "light")
login = LoginView()
login.resize(1280, 800)
login.show()
settings = SettingsDialog(Preferences(), "demo", "/home/utente/.local/share/windtre", "/home/utente/logs")
settings.show()


def report():  # once the event loop has laid both windows out
    print(json.dumps({"ratio": login.devicePixelRatioF(),
                      "clipped": [str(c) for w in (login, settings) for c in clipped_texts(w)],
                      "unnamed": [u for w in (login, settings) for u in unnamed_buttons(w)]}))
    app.quit()


QTimer.singleShot(0, report)
app.exec()
"""


@pytest.mark.parametrize("scale", ["1.5", "2"])
def test_no_text_cut_at_high_dpi(scale):
    env = dict(os.environ, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["ratio"] == float(scale)  # the scale took effect
    assert found["clipped"] == []
    assert found["unnamed"] == []
