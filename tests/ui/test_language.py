"""Italian by default, English complete; every translation in the .ts sources is finished."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale

from windtre_desktop.i18n.translations import TRANSLATIONS_DIR, choose_language


def test_language_choice():
    assert choose_language(None, "it_IT") == "it"
    assert choose_language(None, "en_GB.UTF-8") == "en"
    assert choose_language(None, "en-US") == "en"
    assert choose_language(None, "de_DE") == "it"  # Italian is the default
    assert choose_language("en", "it_IT") == "en"
    with pytest.raises(ValueError, match="unsupported language"):
        choose_language("fr")


def test_system_language_from_the_environment_then_from_qt(monkeypatch):
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert choose_language(None) == "en"
    monkeypatch.setenv("LC_ALL", "it_IT.UTF-8")  # LC_ALL wins over LANG
    assert choose_language(None) == "it"
    monkeypatch.setenv("LC_ALL", "C.UTF-8")  # no language: ask Qt
    monkeypatch.setenv("LANG", "C")
    assert choose_language(None) == (QLocale.system().name().split("_")[0]
                                     if QLocale.system().name().split("_")[0] in ("it", "en") else "it")


@pytest.mark.parametrize("language", ["it", "en"])
def test_every_string_is_translated(language):
    tree = ET.parse(TRANSLATIONS_DIR / f"windtre_{language}.ts")
    messages = tree.getroot().findall(".//message")
    assert len(messages) > 50
    unfinished = [
        m.findtext("source") for m in messages if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    if language == "it":
        assert unfinished == [], f"untranslated Italian strings: {unfinished[:10]}"
    else:
        # English is the source language: only plural forms need a translation
        plural_unfinished = [m.findtext("source") for m in messages
                             if m.get("numerus") == "yes" and m.find("translation").get("type") == "unfinished"]
        assert plural_unfinished == []
    assert (TRANSLATIONS_DIR / f"windtre_{language}.qm").stat().st_size > 0


def test_ts_sources_match_the_code(tmp_path):
    """Every tr() string in the code is in the .ts files: no string escapes translation."""
    import subprocess
    import sys
    from pathlib import Path

    from windtre_desktop.i18n import tools as i18n_tools

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    out = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), "-locations", "none", *i18n_tools.sources(), "-ts", str(out)],
                   check=True, capture_output=True)
    fresh = {(c.findtext("name"), m.findtext("source")) for c in ET.parse(out).getroot().iter("context")
             for m in c.iter("message")}
    committed = {(c.findtext("name"), m.findtext("source"))
                 for c in ET.parse(TRANSLATIONS_DIR / "windtre_it.ts").getroot().iter("context") for m in c.iter("message")}
    missing = sorted(fresh - committed)
    assert missing == [], f"run `python3 dev.py i18n`: strings missing from the .ts files: {missing[:10]}"


def test_switching_language_changes_the_texts(qtbot, qt_translations):
    from windtre_desktop.views.login_view import LoginView

    translations = qt_translations
    try:
        translations.install("en")
        english = LoginView()
        qtbot.addWidget(english)
        translations.install("it")
        italian = LoginView()
        qtbot.addWidget(italian)
        assert english.submit.text() == "Sign in"
        assert italian.submit.text() == "Accedi"
        assert italian.remember.text() == "Ricordami"
    finally:
        translations.install("it")


def test_no_translated_text_hides_inside_an_f_string():
    """pyside6-lupdate does not look inside f-strings: a tr()/translate() there is never translated."""
    import re
    from pathlib import Path

    from windtre_desktop.i18n import tools as i18n_tools

    hidden = re.compile(r"""\bf(["']).*\{[^}]*\b(tr|translate)\(""")
    offenders = [f"{Path(path).name}:{number}" for path in i18n_tools.sources()
                 for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1)
                 if hidden.search(line)]
    assert offenders == []
