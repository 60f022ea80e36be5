"""Layer (b) of the fault proofs, its bench and its rule: the real app (controller, flows, views, its network
thread) against a private sandbox, one state-changing action sent under an injected fault (soak/fault_actions.py
has the actions). The user must see clear words (never none, never raw or English text), keep what they typed,
and once the fault is gone and they send again (signing in again after a 401), the server must hold exactly one
of the change."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from soak.fault_bench import Bench
from soak.fault_harness import inject, unclear_text
from soak.qt_wait import Timeout, wait_until

# each fault lasts until it is cleared, outliving the app's own retries, so the user sees every one
APP_FAULTS = ("latency", "500", "429", "drop", "drop_after", "truncate", "malformed", "expired")
ANSWER_S = 30.0


@dataclass(frozen=True)
class AppCase:
    action: str
    fault: str
    survived: bool  # no crash, and clear words whenever something went wrong
    duplicates: int  # how many more than one of the change the server holds
    lost: int  # typed input or a queued change gone
    detail: str = ""


class AppBench:
    """A sandbox and one real AppController signed in to it (Italian, the default language)."""

    def __init__(self, data_dir: Path, *, language: str = "it") -> None:
        from windtre_desktop.flows.controller import AppController
        from windtre_desktop.paths import AppPaths
        from windtre_desktop.secrets import TokenVault

        self.bench = Bench(lines=120, seed=7, token_ttl_seconds=10 * 365 * 24 * 3600)
        self.language = language
        self.controller = AppController(paths=AppPaths.default(data_dir), vault=TokenVault(),
                                        server_url=self.bench.url, profile_key="faults", language=language,
                                        timeout=5.0, retry_base_delay=0.01, sync_interval_s=15 * 60)
        self.controller.start()
        self.role = ""  # who is signed in: a demo user's role, or "@username"
        self.credentials = ("", "")
        self._serial = itertools.count(1)

    def serial(self) -> int:
        return next(self._serial)

    def sign_in(self, role: str = "USER_ADMIN") -> None:
        """Through the login page, as the user does; waits for the first sync to settle."""
        user = self.bench.user(role)
        self.sign_in_as(user["username"], user["password"], role)

    def sign_in_as(self, username: str, password: str, role: str = "") -> None:
        """As `sign_in`, for any user (`role` names the demo user; "" another one, e.g. a new Dipendente)."""
        controller = self.controller
        if self.role:
            controller.sign_out()
        wait_until(lambda: controller.window.pages.currentWidget() is controller.window.login_view,
                   what="the login page")
        settled: list[bool] = []
        controller.syncSettled.connect(settled.append)
        try:
            view = controller.window.login_view
            view.username.setText(username)
            view.password.setText(password)
            view.remember.setChecked(False)
            view.submit.click()
            wait_until(lambda: bool(settled), ANSWER_S, "the first sync")
        finally:
            controller.syncSettled.disconnect(settled.append)
        self.role = role or f"@{username}"
        self.credentials = (username, password)

    def signed_out(self) -> None:
        """The action ended the session itself (the account deleted): the next case signs in afresh."""
        self.role = ""

    def after_expiry(self) -> None:
        """The session expired: the next sync sends the user to the login page, where they sign in again."""
        controller = self.controller
        controller.refresh()
        wait_until(lambda: controller.window.pages.currentWidget() is controller.window.login_view, ANSWER_S,
                   "the login page after the session expired")
        role, self.role = self.role, ""
        self.sign_in_as(*self.credentials, role if not role.startswith("@") else "")

    def close(self) -> None:
        self.controller.shutdown()
        self.bench.close()


def _shown(text: str, language: str) -> str | None:
    """Why the words shown after a failure are not good enough, or None."""
    if not text.strip():
        return "nothing shown to the user"
    return unclear_text(text, language)


def drive(app: AppBench, action: str, fault: str, path: str, send: Callable[[], None],
           answered: Callable[[], bool], words: Callable[[], str], typed: Callable[[], bool],
           held: Callable[[], int], done: Callable[[], bool]) -> AppCase:
    """Send under the fault; judge what the user sees and keeps; then, fault gone (and signed in again after a
    401), send again if it did not go through, and count what the server holds."""
    bench = app.bench
    problems: list[str] = []
    lost = 0
    try:
        inject(bench, fault, path, count=-1)  # longer than the app's retries: the user sees it
        send()
        wait_until(answered, ANSWER_S, f"{action}'s answer")
        bench.disarm()
        if not done():
            problem = _shown(words() or login_words(app), app.language)
            if problem:
                problems.append(problem)
            if not typed():
                lost += 1
                problems.append("what the user typed is gone")
            if fault == "expired":
                app.after_expiry()
                if not typed():
                    lost += 1
                    problems.append("signed in again: the form and what was typed in it are gone")
            if typed():
                send()
                wait_until(answered, ANSWER_S, f"{action}'s answer, sent again")
                if not done():
                    problems.append(f"sent again with the fault gone, not done: {words()!r}")
        count = held()
    except Timeout as error:
        return AppCase(action, fault, False, 0, lost, str(error))
    finally:
        bench.disarm()
    duplicates = max(count - 1, 0)
    if count == 0 and not lost:
        problems.append("sent again with the fault gone, but the server holds none")
    if duplicates:
        problems.append(f"the server holds {count}")
    return AppCase(action, fault, not problems, duplicates, lost, "; ".join(problems))


def login_words(app: AppBench) -> str:
    """What the login page says, when the session's end took the user there (a 401 seen by a sync first)."""
    window = app.controller.window
    return window.login_view.error.text() if window.pages.currentWidget() is window.login_view else ""


def start_qt(language: str = "it"):
    """The QApplication with the app's translations, as the app starts it (offscreen in the soak)."""
    from PySide6.QtWidgets import QApplication

    from windtre_desktop.i18n.translations import Translations

    app = QApplication.instance() or QApplication(["windtre-desktop-faults"])
    Translations(app).install(language)
    return app
