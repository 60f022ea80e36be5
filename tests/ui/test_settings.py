"""File › Settings: the preferences are kept in settings.ini, a server address that may not be used is
refused naming the field, the choices apply (theme, interval, notifications, server), and "Clear local
data" removes exactly what its confirmation lists."""

from __future__ import annotations

import json

import keyring
import pytest
from PySide6.QtWidgets import QApplication, QDialog

from tests.ui.conftest import sign_in
from tests.ui.test_notification_centre import a_mobile, cross_thresholds, open_centre, started, sync_and_wait
from windtre_desktop import preferences as prefs
from windtre_desktop.flows.servers import ServerSetup
from windtre_desktop.flows.settings import SettingsFlow
from windtre_desktop.secrets import TokenVault
from windtre_desktop.views.settings_dialog import SettingsDialog
from windtre_desktop.widgets import theme


def test_preferences_round_trip_and_unknown_values_give_the_defaults(tmp_path):
    settings = prefs.settings_file(tmp_path)
    assert prefs.load(settings) == prefs.Preferences()
    chosen = prefs.Preferences(sync_interval_s=1800, language="en", theme="dark", desktop_notifications=False)
    prefs.save(settings, chosen)
    assert prefs.load(prefs.settings_file(tmp_path)) == chosen
    text = (tmp_path / prefs.FILE_NAME).read_text()
    assert "interval_s=1800" in text and "theme=dark" in text
    settings.setValue("sync/interval_s", 7)  # not one of the choices
    settings.setValue("ui/language", "fr")
    settings.setValue("ui/theme", "purple")
    assert prefs.load(settings) == prefs.Preferences(desktop_notifications=False)


def test_at_start_the_command_line_wins_over_the_saved_preferences():
    saved = prefs.Preferences(sync_interval_s=3600, language="en", theme="dark")
    assert prefs.at_start(saved, None, "auto", 900, []) == ("en", "dark", 3600)
    assert prefs.at_start(saved, "it", "light", 120, ["--sync-interval", "120"]) == ("it", "light", 120)
    assert prefs.at_start(saved, None, "auto", 900, ["--sync-interval=900"]) == ("en", "dark", 900)
    assert prefs.at_start(prefs.Preferences(), None, "auto", 900, []) == (None, "auto", 900)


def _dialog(qtbot, server="https://selfcare.example.com", preferences=None) -> SettingsDialog:
    dialog = SettingsDialog(preferences or prefs.Preferences(), server, "/data", "/logs")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_an_address_that_is_not_https_is_refused_naming_the_field(qtbot):
    dialog = _dialog(qtbot)
    dialog.server.setText("http://selfcare.example.com")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.server_error.isVisible()
    assert dialog.server_error.text().startswith("Indirizzo del server:")
    assert "https" in dialog.server_error.text()
    dialog.server.setText("http://127.0.0.1:8080")  # loopback: http is allowed
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_server() == "http://127.0.0.1:8080"


def test_the_dialog_shows_the_saved_choices(qtbot):
    dialog = _dialog(qtbot, "demo", prefs.Preferences(sync_interval_s=3600, language="en", theme="dark",
                                                      desktop_notifications=False))
    assert dialog.demo.isChecked() and not dialog.server.isEnabled()
    assert dialog.preferences() == prefs.Preferences(3600, "en", "dark", False)
    assert dialog.chosen_server() == "demo"


@pytest.fixture
def light_again(qapp):
    yield
    theme.apply(qapp, "light")  # the session's theme for the other tests


def test_the_choices_apply_and_are_kept(qtbot, make_controller, sandbox, light_again):
    controller = make_controller(sandbox.url)
    flow = SettingsFlow(controller, ServerSetup(controller), default_interval_s=900)
    controller.start()
    controller.window.settings_action.trigger()
    dialog = flow.dialog
    assert dialog.isVisible() and dialog.server.text() == sandbox.url
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.interval.setCurrentIndex(dialog.interval.findData(1800))
    dialog.notifications.setChecked(False)
    dialog.server.setText("https://selfcare.example.com")
    dialog.accept()
    assert theme.is_dark(QApplication.palette())
    assert controller.notification_flows.desktop_enabled is False
    assert controller.service._interval_ms == 1800 * 1000
    assert controller.server_url == "https://selfcare.example.com"  # nobody signed in: at once
    saved = prefs.load(prefs.settings_file(controller.paths.data_dir))
    assert saved == prefs.Preferences(1800, None, "dark", False)
    assert json.loads((controller.paths.data_dir / "server.json").read_text())["server"] == "https://selfcare.example.com"


def _fill_local_data(paths) -> None:
    for relative in ("profiles/abc/cache.sqlite3", "archive/inv-1/pdf.pdf", "attachments/t-1/photo.jpg"):
        target = paths.data_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(b"x" * 10)
    (paths.data_dir / "server.json").write_text('{"server": "demo"}')
    (paths.log_dir / "windtre-desktop.log").write_text("a log line")
    (paths.log_dir / "crash-1.txt").write_text("a report")
    prefs.save(prefs.settings_file(paths.data_dir), prefs.Preferences(theme="dark"))


def test_clear_local_data_removes_what_it_lists_and_keeps_the_settings(qtbot, make_controller, sandbox):
    controller = make_controller(sandbox.url)
    flow = SettingsFlow(controller, ServerSetup(controller), default_interval_s=900)
    controller.start()
    paths = controller.paths
    _fill_local_data(paths)
    controller.profiles.remember("test", "admin.demo", True)
    vault = TokenVault()
    account = vault.account_key("test", "admin.demo")
    vault.save(account, "a-remembered-session")
    dialog = flow.open()
    assert dialog.clear_button.isEnabled()
    text = dialog.clear_confirmation_text()
    for listed in ("bozze", "fatture scaricate", "log", "portachiavi", "Restano"):
        assert listed in text, listed
    dialog.clear_button.click()
    box = dialog.confirmation
    assert box.isVisible()
    next(b for b in box.buttons() if b.text() == "Cancella i dati").click()
    qtbot.waitUntil(lambda: not (paths.data_dir / "profiles").exists())
    assert sorted(p.name for p in paths.data_dir.iterdir()) == [prefs.FILE_NAME]
    assert list(paths.log_dir.glob("crash-*")) == []
    assert keyring.get_password(TokenVault.SERVICE, account) is None
    assert prefs.load(prefs.settings_file(paths.data_dir)).theme == "dark"


def test_clear_local_data_waits_until_signed_out(qtbot, make_controller, sandbox):
    controller = make_controller(sandbox.url)
    flow = SettingsFlow(controller, ServerSetup(controller), default_interval_s=900)
    controller.start()
    sign_in(qtbot, controller)
    dialog = flow.open()
    assert not dialog.clear_button.isEnabled()
    assert dialog.clear_note.isVisible() and "Esci prima" in dialog.clear_note.text()
    assert flow.clear() == [] and controller.paths.profile_db("test", "admin.demo").exists()


def test_desktop_notifications_off_tells_nothing_but_the_centre_still_lists_the_events(
        qtbot, fresh_sandbox, make_controller):
    controller = started(qtbot, make_controller, fresh_sandbox.url)
    controller.set_desktop_notifications(False)  # what Settings' switch does
    told = len(controller.tray.shown)
    view = open_centre(qtbot, controller)
    before = {n.id for n in view.shown()}
    cross_thresholds(fresh_sandbox.url, a_mobile(fresh_sandbox.url)["id"])
    sync_and_wait(qtbot, controller)
    assert len([n for n in view.shown() if n.id not in before]) == 4  # listed, unread
    assert len(controller.tray.shown) == told  # but nothing on the desktop
    controller.set_desktop_notifications(True)
    controller.alert_flows.desktop_enabled = False  # a fleet alert new with this sync is not what is counted
    sync_and_wait(qtbot, controller)
    assert len(controller.tray.shown) == told  # they count as told: switching on does not replay them


def test_the_data_folder_moves_at_the_next_start_and_a_full_folder_is_refused(qtbot, make_controller, sandbox,
                                                                               tmp_path):
    """Issue 14, Settings › Data folder: Move… asks for the move (nothing moves while the app runs), a folder
    that is not empty is refused naming the field, and the next start finds the data, settings included, in
    the new folder."""
    import dataclasses

    from windtre_desktop import data_location

    controller = make_controller(sandbox.url)
    pointer = tmp_path / "config" / "data-location.json"
    controller.paths = dataclasses.replace(controller.paths, pointer=pointer)
    flow = SettingsFlow(controller, ServerSetup(controller), default_interval_s=900)
    controller.start()
    controller.window.settings_action.trigger()
    dialog = flow.dialog
    assert dialog.move_button.isEnabled()
    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    dialog.interval.setCurrentIndex(dialog.interval.findData(3600))
    dialog.accept()
    old = controller.paths.data_dir

    controller.window.settings_action.trigger()
    dialog = flow.dialog
    full = tmp_path / "full"
    full.mkdir()
    (full / "photo.jpg").write_bytes(b"\xff\xd8")
    dialog.moveRequested.emit(str(full))
    assert dialog.move_error.isVisibleTo(dialog) and not pointer.exists()
    target = tmp_path / "disk2" / "windtre"
    dialog.moveRequested.emit(str(target))
    assert not dialog.move_error.isVisibleTo(dialog)
    assert str(target) in dialog.folder_note.text()
    assert data_location.read(pointer).pending == target.resolve() and not target.exists()
    dialog.reject()

    moved = data_location.carry_out(pointer, data_location.current_folder(pointer, old))  # the next start
    assert moved == target.resolve()
    data_location.remove_old(pointer, old)
    assert prefs.load(prefs.settings_file(target)) == prefs.Preferences(3600, None, "light", True)
    assert not old.exists()


def test_a_start_with_data_dir_cannot_move_the_folder(qtbot, make_controller, sandbox):
    controller = make_controller(sandbox.url)
    assert controller.paths.pointer is None  # the tests' folder is given, as --data-dir gives it
    flow = SettingsFlow(controller, ServerSetup(controller), default_interval_s=900)
    controller.start()
    controller.window.settings_action.trigger()
    assert not flow.dialog.move_button.isEnabled()
