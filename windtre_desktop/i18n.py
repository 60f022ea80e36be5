"""Language choice and Qt translators: Italian by default, English available, `--lang` wins."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "resources" / "translations"
SUPPORTED = ("it", "en")
DEFAULT = "it"


def choose_language(requested: str | None, system_locale: QLocale | None = None) -> str:
    """`--lang` if given, else the system language when supported, else Italian."""
    if requested:
        if requested not in SUPPORTED:
            raise ValueError(f"unsupported language {requested!r}: choose one of {', '.join(SUPPORTED)}")
        return requested
    system = (system_locale or QLocale.system()).name().split("_")[0]
    return system if system in SUPPORTED else DEFAULT


class Translations:
    """Owns the installed translators so they can be swapped at run time."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = DEFAULT

    def install(self, language: str) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.Italian if language == "it" else QLocale.Language.English,
                                   QLocale.Country.Italy if language == "it" else QLocale.Country.UnitedKingdom))
        ours = QTranslator(self._app)
        if not ours.load(str(TRANSLATIONS_DIR / f"windtre_{language}.qm")):
            raise FileNotFoundError(f"missing translation windtre_{language}.qm in {TRANSLATIONS_DIR}")
        self._app.installTranslator(ours)
        self._installed.append(ours)
        qt_base = QTranslator(self._app)  # Qt's own dialogs and buttons
        if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._app.installTranslator(qt_base)
            self._installed.append(qt_base)
