"""The first frame of a cached start is the real dashboard (issue 10): company, totals, gauges and the
head of the line list are drawn from the store before the network or the rest of the lines."""

from __future__ import annotations

import pytest

from tests.ui.conftest import sign_in
from windtre_desktop.sync.snapshot import HEAD_LINES
from windtre_desktop.widgets.first_paint import after_first_paint


def test_the_first_painted_frame_shows_the_cached_dashboard(qtbot, sandbox, make_controller, tmp_path):
    first = make_controller(sandbox.url)
    first.start()
    assert sign_in(qtbot, first) is True
    cached = first.snapshot
    first.shutdown()

    second = make_controller(sandbox.url)
    second.start()
    window = second.window
    seen: dict = {}

    def at_first_paint() -> None:
        dashboard = window.dashboard
        seen["title"] = dashboard.title.text()
        seen["credit"] = dashboard.credit_tile.value.text()
        seen["lines_tile"] = dashboard.lines_tile.value.text()
        seen["rows"] = dashboard.picker.model.rowCount()
        image = window.grab().toImage()
        seen["image"] = image
        image.save(str(tmp_path / "first_frame.png"))  # to look at: pytest --basetemp=DIR

    # installed after the controller's own first-paint work, so it runs before it (Qt calls the
    # newest event filter first): this is the frame as painted, before the network or the full list
    after_first_paint(window, at_first_paint, fallback_ms=None)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: "image" in seen, timeout=10000)

    assert window.pages.currentWidget() is window.workspace
    assert seen["title"] == cached.company.name
    assert seen["credit"] not in ("", "–")
    assert seen["lines_tile"].replace(".", "") == str(len(cached.lines))
    assert seen["rows"] == min(HEAD_LINES, len(cached.lines))
    image = seen["image"]
    colours = {image.pixel(x, y) for x in range(0, image.width(), 40) for y in range(0, image.height(), 40)}
    assert len(colours) > 5, "the first frame is blank"

    # the rest of the lines follow without a sync having to change anything
    qtbot.waitUntil(lambda: second.snapshot.complete, timeout=20000)
    assert window.dashboard.picker.model.rowCount() == len(cached.lines)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_first_frame_looks_the_same_before_and_after_the_app_wide_style_sheet(qtbot, qapp, sandbox,
                                                                                 make_controller, scheme):
    """The app sets its style sheet after the first frame (theme.apply_sheet); the widgets of that frame get
    their rules at once (theme.style_early), so the frame the user sees first does not change."""
    from windtre_desktop.domain.roles import sections_for
    from windtre_desktop.views.main_window import MainWindow
    from windtre_desktop.widgets import theme

    first = make_controller(sandbox.url)
    first.start()
    assert sign_in(qtbot, first) is True
    snap = first.snapshot
    first.shutdown()

    qapp.setStyleSheet("")
    theme.apply(qapp, scheme, sheet_now=False)
    try:
        window = MainWindow()
        qtbot.addWidget(window)
        window.show_workspace(sections_for(snap.user.role))
        window.dashboard.set_data(snap.user, snap.company, snap.lines, snap.totals, snap.search_keys)
        window.resize(1280, 800)
        grabs = []
        after_first_paint(window, lambda: grabs.append(window.grab().toImage()), fallback_ms=None)
        window.show()
        qtbot.waitUntil(lambda: bool(grabs), timeout=10000)
        assert not qapp.styleSheet()  # the first frame was painted without the app-wide sheet
        theme.apply_sheet(qapp)
        qtbot.wait(50)  # the re-polish and its layout
        after = window.grab().toImage()
        before = grabs[0]
        assert before.size() == after.size()
        differing = sum(before.pixel(x, y) != after.pixel(x, y)
                        for y in range(0, before.height(), 2) for x in range(0, before.width(), 2))
        assert differing == 0
    finally:
        theme.apply(qapp, "light")
