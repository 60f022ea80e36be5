"""A notification's link waiting for its list (flows/notification_links.py): made once when the list arrives,
and never after the session ended (a late list of the next session must not be selected in)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from windtre_desktop.flows.notification_links import NotificationLinks


class _List(QObject):
    arrived = Signal()


def test_a_waiting_selection_is_made_once_and_dropped_with_the_session(qtbot):
    links = NotificationLinks(window=None, products_flows=lambda: None)
    source = _List()
    made: list[str] = []
    links._once(source.arrived, lambda: made.append("selected"))
    source.arrived.emit()
    source.arrived.emit()
    assert made == ["selected"]  # once
    links._once(source.arrived, lambda: made.append("late"))
    links.forget()
    source.arrived.emit()
    assert made == ["selected"]  # the session ended before the list came: nothing selected
