"""The user's preferences (Settings dialog), kept with QSettings in `settings.ini` of the data folder:
update interval, language, theme, desktop notifications. Never a secret; the server address is kept
where the login page keeps it (`store/server_choice.py`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

FILE_NAME = "settings.ini"
SYNC_CHOICES_S = (5 * 60, 15 * 60, 30 * 60, 60 * 60, 4 * 3600)
LANGUAGES = ("it", "en")
THEMES = ("auto", "light", "dark")  # auto: follow the system's light or dark setting


@dataclass(frozen=True)
class Preferences:
    sync_interval_s: int | None = None  # None: the command line's or the default
    language: str | None = None  # None: the system's
    theme: str = "auto"
    desktop_notifications: bool = True


def at_start(saved: Preferences, lang: str | None, theme: str, sync_interval_s: int,
             argv: list[str]) -> tuple[str | None, str, int]:
    """Language asked for (None: the system's), theme and update interval at start: an option given on
    the command line wins over the saved preference (`theme` "auto" and an interval not in `argv` are
    the command line's defaults, not choices)."""
    interval_given = any(arg.startswith("--sync-interval") for arg in argv)
    return (lang or saved.language,
            saved.theme if theme == "auto" else theme,
            sync_interval_s if interval_given or not saved.sync_interval_s else saved.sync_interval_s)


def settings_file(data_dir: Path) -> QSettings:
    return QSettings(str(Path(data_dir) / FILE_NAME), QSettings.Format.IniFormat)


def load(settings: QSettings) -> Preferences:
    """What `settings` holds; a value that is missing or not one of the choices gives the default."""
    interval = _int(settings.value("sync/interval_s"))
    language = settings.value("ui/language")
    theme = settings.value("ui/theme")
    notify = settings.value("notifications/desktop")
    return Preferences(
        sync_interval_s=interval if interval in SYNC_CHOICES_S else None,
        language=language if language in LANGUAGES else None,
        theme=theme if theme in THEMES else "auto",
        desktop_notifications=str(notify).lower() not in ("false", "0", "no"),
    )


def save(settings: QSettings, preferences: Preferences) -> None:
    for key, value in (("sync/interval_s", preferences.sync_interval_s), ("ui/language", preferences.language)):
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)
    settings.setValue("ui/theme", preferences.theme)
    settings.setValue("notifications/desktop", "true" if preferences.desktop_notifications else "false")
    settings.sync()


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
