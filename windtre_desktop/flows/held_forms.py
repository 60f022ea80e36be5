"""Forms kept across an expired session: when the server ends a session, what the user was filling in (an
invoice's share address, a GSS change, a recharge's numbers and amount) is taken off the screen with the
session's data instead of thrown away, and comes back when the same user signs in again; anyone else signing
in never sees it."""

from __future__ import annotations

from typing import Any, Protocol


class FormOwner(Protocol):
    def take_forms(self) -> list[Any]:
        """The forms being filled in, taken off the screen and out of the owner's own clean-up."""

    def restore_form(self, form: Any) -> None:
        """The same user is back: show the form again as it was."""

    def drop_form(self, form: Any) -> None:
        """Someone else signed in (or the app closes): the form goes, unseen."""


class HeldForms:
    def __init__(self) -> None:
        self._forms: list[tuple[FormOwner, Any]] = []
        self._username = ""

    def hold(self, username: str, owners: list[FormOwner]) -> None:
        """The session of `username` expired: take its owners' forms, to give them back at its return."""
        self.release(None)
        self._username = username
        self._forms = [(owner, form) for owner in owners for form in owner.take_forms()]

    def release(self, username: str | None) -> None:
        """`username` signed in (None: the app closes): the same user gets the forms back, anyone else not."""
        forms, self._forms = self._forms, []
        for owner, form in forms:
            if username is not None and username == self._username:
                owner.restore_form(form)
            else:
                owner.drop_form(form)
