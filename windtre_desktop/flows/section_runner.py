"""What every flow of a section needs to talk to the server from the GUI thread: run an action in the
network thread and drop its answer when the session ended or the view is gone; one Idempotency-Key per
confirmed change, kept until the server answered it (so the same change confirmed again after a lost
answer is the same request and is applied once); the words for a failure."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from windtre_desktop.sync.outcomes import REFUSALS, Failure

if TYPE_CHECKING:
    from windtre_desktop.sync.qt_worker import SyncService

log = logging.getLogger(__name__)

# what reading an answer of another shape than the contract's raises in a domain reader (from_json): a
# required field missing, a field of another type
NOT_UNDERSTOOD = (LookupError, TypeError, ValueError, AttributeError, ArithmeticError)


class SectionRunner(QObject):
    def __init__(self, service: SyncService, server_url: str, parent_widget: Callable[[], QWidget],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.server_url = server_url
        self.parent_widget = parent_widget
        self.generation = 0  # moves on at each session: late answers of the last one are dropped
        self._keys: dict[str, str] = {}

    def run(self, action: str, payload: dict, on_done: Callable[[Any], None],
            on_failed: Callable[[Failure], None], view: QWidget | None = None) -> None:
        """`action` in the network thread; the answer reaches `on_done`/`on_failed` on the GUI thread only if
        the session that asked is still the current one and `view` (when given) still exists."""
        generation = self.generation

        def current() -> bool:
            return generation == self.generation and (view is None or shiboken6.isValid(view))

        def done(result: Any) -> None:
            if not current():
                return
            try:
                on_done(result)
            except NOT_UNDERSTOOD:  # the answer's items are read into models here, on the GUI thread
                log.error("the answer to %s was not understood", action, exc_info=True)
                on_failed(Failure("not_understood"))

        self.service.run_action(self.server_url, action, payload, done,
                                lambda failure: on_failed(failure) if current() else None)

    def send_change(self, action: str, payload: dict, on_done: Callable[[Any], None],
                    on_failed: Callable[[Failure], None], view: QWidget | None = None) -> None:
        """A state-changing request: it carries the Idempotency-Key of this (action, payload), the same until
        the server answered OK or refused it. A failure without an answer keeps the key, so sending the same
        change again cannot apply it twice."""
        from windtre_desktop.sync.actions import IDEMPOTENCY_KEY

        request = json.dumps([action, payload], sort_keys=True)
        key = self._keys.setdefault(request, str(uuid.uuid4()))

        def done(result: Any) -> None:
            on_done(result)  # an answer it cannot read raises: the key stays, and trying again is the same request
            self._keys.pop(request, None)

        def failed(failure: Failure) -> None:
            if failure.kind in REFUSALS:
                self._keys.pop(request, None)
            on_failed(failure)

        self.run(action, {**payload, IDEMPOTENCY_KEY: key}, done, failed, view)

    def pending_key(self, action: str, payload: dict) -> str | None:
        """The key a change would be sent with now, if an earlier try of it is still unanswered."""
        return self._keys.get(json.dumps([action, payload], sort_keys=True))

    def forget(self) -> None:
        """The session ends: answers on their way are dropped, no key is kept."""
        self.generation += 1
        self._keys.clear()

    def failure_text(self, failure: Failure) -> str:
        if failure.message:
            return failure.message
        if failure.kind == "not_understood":
            return self.tr("The server's answer could not be read. Try again later.")
        if failure.kind == "unavailable":
            return self.tr("The server cannot be reached. Try again later.")
        if failure.kind == "forbidden":
            return self.tr("Your profile may not do this.")
        if failure.kind == "session_expired":
            return self.tr("The session has expired: sign in again.")
        return self.tr("The request failed. Try again.")
