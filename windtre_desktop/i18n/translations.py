"""Language choice and Qt translators: Italian by default, English available, `--lang` wins."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from windtre_desktop.i18n import formatting

TRANSLATIONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "translations"
SUPPORTED = ("it", "en")
DEFAULT = "it"
_QT_LOCALES = {"it": "it_IT", "en": "en_GB"}


def choose_language(requested: str | None, system_locale: str | None = None) -> str:
    """`--lang` if given, else the system language when supported, else Italian.

    `system_locale` is a name like "it_IT"; by default the environment (LC_ALL, LC_MESSAGES,
    LANG, LANGUAGE) tells, else Qt's view of the system, which also knows Windows and macOS
    settings: asking Qt costs start-up time, so the environment is asked first."""
    if requested:
        if requested not in SUPPORTED:
            raise ValueError(f"unsupported language {requested!r}: choose one of {', '.join(SUPPORTED)}")
        return requested
    name = system_locale if system_locale is not None else _system_locale_name()
    language = name.replace("-", "_").split("_")[0].split(".")[0].lower()
    return language if language in SUPPORTED else DEFAULT


def _system_locale_name() -> str:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "").split(":")[0]
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value
    from PySide6.QtCore import QLocale

    return QLocale.system().name()


def apply_qt_locale(language: str) -> None:
    """Qt's own default locale (date pickers, spin boxes). Not needed for the first frame."""
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(_QT_LOCALES[language]))


class Translations:
    """Owns the installed translators so they can be swapped at run time."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = DEFAULT

    def install(self, language: str, *, qt_locale: bool = True) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        formatting.set_language(language)
        if qt_locale:
            apply_qt_locale(language)
        ours = QTranslator(self._app)
        if not ours.load(str(TRANSLATIONS_DIR / f"windtre_{language}.qm")):
            raise FileNotFoundError(f"missing translation windtre_{language}.qm in {TRANSLATIONS_DIR}")
        self._app.installTranslator(ours)
        self._installed.append(ours)

    def install_qt_base(self) -> None:
        """Qt's own strings (standard dialogs and buttons): needed only once a dialog opens."""
        from PySide6.QtCore import QLibraryInfo

        qt_base = QTranslator(self._app)
        if qt_base.load(f"qtbase_{self.language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._app.installTranslator(qt_base)
            self._installed.append(qt_base)
