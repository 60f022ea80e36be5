"""`--smoke-test DIR`: sign in with the demo account, wait for the first sync, run each section's part
(`PARTS`), save one PNG per screen, and exit non-zero on any error. Driven by signals and timers only."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from windtre_desktop.smoke.accounts import AccountsTour
from windtre_desktop.smoke.activations import ActivationsTour
from windtre_desktop.smoke.conto import ContoTour
from windtre_desktop.smoke.dashboard import SectionsTour
from windtre_desktop.smoke.fleet import FleetTour
from windtre_desktop.smoke.help import HelpTour
from windtre_desktop.smoke.notifications import NotificationsTour
from windtre_desktop.smoke.options import OptionsTour
from windtre_desktop.smoke.palette import PaletteTour
from windtre_desktop.smoke.part import SETTLE_MS, TourPart
from windtre_desktop.smoke.products import ProductsTour
from windtre_desktop.smoke.recharges import RechargesTour
from windtre_desktop.smoke.spend import SpendTour
from windtre_desktop.smoke.texts import visible_texts
from windtre_desktop.smoke.tickets import TicketsTour
from windtre_desktop.smoke.traffic import TrafficTour
from windtre_desktop.widgets.accessibility import unnamed_buttons
from windtre_desktop.widgets.clipping import clipped_texts

log = logging.getLogger(__name__)

SYNC_TIMEOUT_MS = 120_000

# The tour's order after the sign-in and first sync. A new section adds its part here.
PARTS: tuple[type[TourPart], ...] = (SectionsTour, FleetTour, SpendTour, TrafficTour, ProductsTour, ActivationsTour,
                                     RechargesTour, OptionsTour, ContoTour, AccountsTour, TicketsTour,
                                     NotificationsTour, PaletteTour, HelpTour)


class SmokeTour(QObject):
    def __init__(self, controller, out_dir: Path, users: list[dict], backend=None) -> None:
        """`backend`: the in-process demo backend, read directly for the codes it "sent"."""
        super().__init__(controller)
        self.backend = backend
        self.controller = controller
        self.window = controller.window
        self.out_dir = out_dir
        self.users = users
        self.user = users[0]

        self.exit_code = 1
        self.shots: list[Path] = []
        self.clipped: list[str] = []  # "screen: text that does not fit", written to clipped.txt
        self.unnamed: list[str] = []  # "screen: a button with neither caption nor accessible name", unnamed.txt
        self.errors: list[str] = []
        self._parts: list[type[TourPart]] = []
        self._previous_hook = sys.excepthook
        sys.excepthook = self._on_exception
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(lambda: self.fail("timed out waiting for the first sync"))

    def begin(self) -> None:
        self.out_dir.mkdir(parents=True, exist_ok=True)
        if self.window.pages.currentWidget() is not self.window.login_view:
            self.controller.sign_out()
        self.window.resize(1280, 800)
        self.window.login_view.fill(self.user["username"], self.user["password"])
        QTimer.singleShot(SETTLE_MS, self._after_login_shot)

    def _after_login_shot(self) -> None:
        self.shoot_numbered(self.window, "login")
        self.controller.syncSettled.connect(self._on_first_sync)
        self.controller.service.worker.loginFailed.connect(lambda f: self.fail(f"login failed: {f.kind} {f.message}"))
        self._timeout.start(SYNC_TIMEOUT_MS)
        self.window.login_view.submit.click()

    def _on_first_sync(self, ok: bool) -> None:
        self.controller.syncSettled.disconnect(self._on_first_sync)
        self._timeout.stop()
        if not ok:
            self.fail("the first sync failed")
            return
        snap = self.controller.snapshot
        if snap is None or not snap.lines:
            self.fail("the first sync brought no lines")
            return
        self._parts = [part for part in PARTS if self.backend is not None or not part.needs_backend]
        QTimer.singleShot(SETTLE_MS, self._next_part)

    def _next_part(self) -> None:
        if not self._parts:
            self._finish()
            return
        part = self._parts.pop(0)(self)

        def done(error: str | None) -> None:
            if error:
                self.fail(error)
            else:
                QTimer.singleShot(SETTLE_MS, self._next_part)

        part.start(done)

    def _finish(self) -> None:
        if self.errors:
            self.fail("; ".join(self.errors))
            return
        self.exit_code = 0
        (self.out_dir / "clipped.txt").write_text("".join(f"{line}\n" for line in self.clipped), encoding="utf-8")
        (self.out_dir / "unnamed.txt").write_text("".join(f"{line}\n" for line in self.unnamed), encoding="utf-8")
        print(f"smoke test: {len(self.shots)} screens saved in {self.out_dir}; {len(self.clipped)} clipped text(s) "
              "listed in clipped.txt", flush=True)
        self._quit()

    def shoot_numbered(self, widget, name: str) -> None:
        """Save `widget` as NN_name.png, NN counting the screens so far (the files sort in tour order)."""
        self.shoot_widget(widget, f"{len(self.shots):02d}_{name}")

    def shoot_widget(self, widget, name: str) -> None:
        """`name`.png, and `name`.txt beside it: the texts the screen shows, one a line (smoke.texts)."""
        path = self.out_dir / f"{name}.png"
        # a text set just before this shot has asked for a layout pass that has not run yet: run it now, so the
        # shot and the clipping check see the screen as the user will, not one event-loop turn earlier
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.clipped += [f"{name}: {found}" for found in clipped_texts(widget)]
        self.unnamed += [f"{name}: {found}" for found in unnamed_buttons(widget)]
        if not widget.grab().save(str(path)):
            self.errors.append(f"could not save {path}")
        try:
            path.with_suffix(".txt").write_text("\n".join(visible_texts(widget)) + "\n", encoding="utf-8")
        except OSError as error:
            self.errors.append(f"could not save the texts of {path}: {error}")
        self.shots.append(path)

    def fail(self, reason: str) -> None:
        log.error("smoke test failed: %s", reason)
        print(f"smoke test FAILED: {reason}", file=sys.stderr, flush=True)
        self.exit_code = 1
        self._quit()

    def _on_exception(self, kind, value, tb) -> None:
        self.errors.append("".join(traceback.format_exception(kind, value, tb)))
        print(self.errors[-1], file=sys.stderr, flush=True)
        self.fail(f"unhandled {kind.__name__}")

    def _quit(self) -> None:
        sys.excepthook = self._previous_hook
        QTimer.singleShot(0, QApplication.quit)
