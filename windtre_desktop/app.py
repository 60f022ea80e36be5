"""Entry point of `windtre-desktop`: Qt application, language and theme, demo backend, controller, and
what waits for the first frame (Qt's own translations, the log file). The arguments are `cli.py`'s."""

from __future__ import annotations

import dataclasses
import logging
import os
import sys
import time
from pathlib import Path

from windtre_desktop.cli import parse_args

PROCESS_START = time.perf_counter()

log = logging.getLogger("windtre_desktop")


def _hold_data_folder(paths):  # noqa: ANN001, ANN202 - AppPaths in and out, with the QLockFile (or None)
    """This instance's lock on its data folder, kept for its life. The instance that gets it first carries out
    a move of the folder asked for in Settings; a second copy of the app started meanwhile moves nothing."""
    from PySide6.QtCore import QLockFile

    from windtre_desktop import data_location

    def lock_in(folder: Path) -> QLockFile | None:
        lock = QLockFile(str(folder / data_location.LOCK_NAME))
        lock.setStaleLockTime(0)  # stale only when its process is gone, however long it has run
        return lock if lock.tryLock(0) else None

    lock = lock_in(paths.data_dir)
    if lock is None or paths.pointer is None or data_location.read(paths.pointer).pending is None:
        return paths, lock
    old = paths.data_dir
    moved = data_location.carry_out(paths.pointer, old)
    if moved == old:
        return paths, lock
    lock.unlock()
    data_location.remove_old(paths.pointer, old)
    return dataclasses.replace(paths, data_dir=moved), lock_in(moved)


def main(argv: list[str] | None = None) -> int:
    for stream in ("stdout", "stderr"):
        if getattr(sys, stream) is None:  # the windowed Windows build has no console: what is printed goes nowhere
            setattr(sys, stream, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - for the process's life
    if os.name == "posix":
        os.umask(0o077)  # every file and folder the app makes is its user's only: 0600 and 0700
    args = parse_args(sys.argv[1:] if argv is None else argv)

    from windtre_desktop.paths import AppPaths

    try:
        paths = AppPaths.default(args.data_dir)
    except OSError as error:  # the platform's user dirs (or $WINDTRE_DESKTOP_HOME) cannot be used
        print(f"windtre-desktop: error: the data folder {error.filename} cannot be used ({error.strerror}); "
              "choose another with --data-dir", file=sys.stderr)
        return 2

    paths, instance_lock = _hold_data_folder(paths)
    if os.name == "posix":
        for folder in (paths.data_dir, paths.log_dir):  # made 0755 by an older version: closed to other users
            try:
                folder.chmod(0o700)
            except OSError:
                pass
    from windtre_desktop.temp_folder import use_private_temp_folder

    # --data-dir holds everything, a library's temp files too; emptied only by the instance holding the folder
    use_private_temp_folder(paths.data_dir, empty=instance_lock is not None)
    from windtre_desktop import unfinished_files

    unfinished_files.record_in(paths.data_dir)  # an export a crash cuts short is cleaned up at the next start

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from windtre_desktop import APP_NAME
    from windtre_desktop.i18n.translations import Translations, choose_language
    from windtre_desktop.widgets import theme

    app = QApplication.instance() or QApplication([sys.argv[0]])
    from windtre_desktop.widgets.gui_collector import GuiThreadCollector

    GuiThreadCollector(app)  # cycles are freed on this thread only: a Qt widget freed elsewhere crashes later
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("windtre-desktop")
    app.setApplicationDisplayName("WINDTRE Business")
    from windtre_desktop import preferences

    saved = preferences.load(preferences.settings_file(paths.data_dir))  # the command line wins over these
    lang, scheme, args.sync_interval = preferences.at_start(saved, args.lang, args.theme, args.sync_interval,
                                                            sys.argv[1:] if argv is None else argv)
    language = choose_language(lang)
    translations = Translations(app)
    translations.install(language, qt_locale=False)  # Qt's locale and dialog strings follow the first frame
    theme.apply(app, scheme, sheet_now=False)  # the app-wide style sheet follows the first frame

    from windtre_desktop.flows.controller import AppController
    from windtre_desktop.flows.servers import ServerSetup

    controller = AppController(paths=paths, server_url="", profile_key="", language=language,
                               sync_interval_s=args.sync_interval)
    window = controller.window
    servers = ServerSetup(controller, lines=args.lines, seed=args.seed)
    servers.use_initial(demo=args.demo, server=args.server)
    window.demoToolsRequested.connect(lambda: _open_demo_tools(window, servers.sandbox))
    from windtre_desktop.flows.crash_reports import CrashReporter
    from windtre_desktop.flows.settings import SettingsFlow

    crashes = CrashReporter(paths.log_dir, lambda: window, controller)
    crashes.install()  # an unexpected error shows a report and the app keeps running
    SettingsFlow(controller, servers, args.sync_interval)
    controller.set_desktop_notifications(saved.desktop_notifications)
    controller.start()

    tour = None
    if args.smoke_test:
        from windtre_desktop.smoke.tour import SmokeTour

        tour = SmokeTour(controller, args.smoke_test, servers.sandbox.users, servers.sandbox)
        QTimer.singleShot(0, tour.begin)
    from windtre_desktop.widgets.first_paint import after_first_paint

    # The log file opens right after the first frame: its set-up is not worth a later dashboard.
    after_first_paint(window, lambda: _after_start(translations, paths, controller.server_url,
                                                   holds_folder=instance_lock is not None), fallback_ms=1000)
    if args.exit_after_paint:
        from windtre_desktop.widgets.first_paint import report_first_paint

        # hooked last, so it runs first (Qt calls the newest event filter first): the time is the frame's,
        # not that of the work queued behind it, the same measure as the baseline windows take
        report_first_paint(window, PROCESS_START)
    window.show()

    code = app.exec()
    crashes.uninstall()
    stopped = controller.shutdown()
    servers.shutdown()
    if tour is not None:
        code = code or tour.exit_code
    log.info("exit with code %d", code)
    if not stopped:
        # Qt aborts the process when a QThread object is destroyed while its thread runs: leave now, the
        # store and the logs already closed, rather than end in a crash report
        logging.shutdown()
        os._exit(code)
    return code


def _open_demo_tools(window, sandbox) -> None:
    from windtre_desktop.views.demo_tools_view import DemoToolsDialog

    state = sandbox.state  # the in-process demo backend: read directly, no network on this thread

    def provide() -> dict:
        lines = state.sandbox_lines(None, "mobile", None, True, 12)
        for line in lines:
            line["puk"] = (state.secrets(line["id"]) or {}).get("puk", "")
        return {"outbox": state.outbox(), "contracts": state.contracts(), "lines": lines}

    dialog = DemoToolsDialog(provide, window)
    window.demo_tools = dialog
    dialog.show()


def _after_start(translations, paths, server_url: str, *, holds_folder: bool) -> None:
    import threading

    from PySide6.QtWidgets import QApplication

    from windtre_desktop.i18n.translations import apply_qt_locale
    from windtre_desktop.logging_setup import setup_logging
    from windtre_desktop.widgets import theme

    theme.apply_sheet(QApplication.instance())
    apply_qt_locale(translations.language)
    translations.install_qt_base()

    log_file = setup_logging(paths.log_dir)
    if holds_folder:  # another instance's exports may be under way: only the folder's holder cleans up
        threading.Thread(target=_remove_unfinished, args=(paths.data_dir,), name="unfinished-files",
                         daemon=True).start()  # a folder on a slow or gone network share waits there, not here
    if paths.pointer is not None:
        from windtre_desktop import data_location

        problem = data_location.read(paths.pointer).last_error
        if problem:
            log.warning("data folder: %s", problem)
    from windtre_desktop import __version__

    log.info("started windtre-desktop %s in %.2f s (log %s), server %s", __version__,
             time.perf_counter() - PROCESS_START, log_file.name, server_url or "not chosen yet")


def _remove_unfinished(data_dir: Path) -> None:
    from windtre_desktop import unfinished_files

    removed = unfinished_files.remove_left_over(data_dir)
    if removed:
        log.info("removed %d temporary file(s) an unfinished export left behind", removed)


if __name__ == "__main__":
    sys.exit(main())
