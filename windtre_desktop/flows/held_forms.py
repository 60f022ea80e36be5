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


def take_dialog(dialog: Any) -> list[Any]:
    """A flow's one dialog as a held form: hidden if it is open and being filled in; none if it is closed, gone,
    or busy with a request (that answer belongs to the session that ended)."""
    import shiboken6

    if dialog is None or not shiboken6.isValid(dialog) or dialog.busy or not dialog.isVisible():
        return []
    dialog.hide()
    return [dialog]


class HeldForms:
    def __init__(self) -> None:
        self._forms: list[tuple[FormOwner, Any]] = []
        self._who = ""

    def hold(self, who: str, owners: list[FormOwner]) -> None:
        """The session of `who` (a user of a server) expired: take its owners' forms, to give back at its return."""
        self.release(None)
        self._who = who
        self._forms = [(owner, form) for owner in owners for form in owner.take_forms()]

    def release(self, who: str | None) -> None:
        """`who` signed in (None: the app closes): the same user of the same server gets the forms back."""
        forms, self._forms = self._forms, []
        for owner, form in forms:
            if who is not None and who == self._who:
                owner.restore_form(form)
            else:
                owner.drop_form(form)
