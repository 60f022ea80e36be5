"""Forms kept across an expired session: when the server ends a session, the half-filled forms the user was
sending (an invoice's share address, a GSS change) are hidden with the session's data instead of closed, and
come back when the same user signs in again; anyone else signing in closes them unseen."""

from __future__ import annotations

from typing import Protocol

import shiboken6
from PySide6.QtWidgets import QWidget


class FormOwner(Protocol):
    def take_forms(self) -> list[QWidget]:
        """The owner's open forms, no longer closed with the session (it holds no reference to them)."""

    def restore_form(self, form: QWidget) -> None:
        """Take the form back and show it."""


class HeldForms:
    def __init__(self) -> None:
        self._forms: list[tuple[FormOwner, QWidget]] = []
        self._username = ""

    def hold(self, username: str, owners: list[FormOwner]) -> None:
        """The session of `username` expired: hide its owners' open forms, to give them back at its return."""
        self.release(None)
        self._username = username
        for owner in owners:
            for form in owner.take_forms():
                form.hide()
                self._forms.append((owner, form))

    def release(self, username: str | None) -> None:
        """`username` signed in (None: the app closes): the same user gets the forms back, anyone else not."""
        forms, self._forms = self._forms, []
        for owner, form in forms:
            if not shiboken6.isValid(form):
                continue
            if username is not None and username == self._username:
                owner.restore_form(form)
            else:
                form.close()
