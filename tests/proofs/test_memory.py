"""What the endurance soak's memory rests on, pinned as behaviour on the real sandbox (the figures themselves are
`python3 dev.py soak --only endurance` and `python -m soak.memory_probe`): a sync shares the unchanged lines
and the unchanged fleet usage with the data before it, Ctrl+K keeps its index when no entry changed, the freed
C heap is given back once a sync has been shown (Linux), and the probe's C-heap readings are real."""

from __future__ import annotations

import sys

import httpx

from soak import native_memory
from tests.ui.conftest import sign_in
from windtre_desktop import heap_trim
from windtre_desktop.domain.roles import Section


def test_a_sync_keeps_the_unchanged_lines_of_the_snapshot_before_it(qtbot, make_controller, fresh_sandbox):
    """A hidden screen holds the snapshot it showed last: with the lines shared, that costs a list, not a
    copy of every line."""
    controller = make_controller(fresh_sandbox.url)
    assert sign_in(qtbot, controller) is True
    controller.window.show_section(Section.TRAFFIC)  # a screen that keeps the lines it was given
    controller.window.show_section(Section.DASHBOARD)
    before = controller.snapshot
    moved = httpx.post(f"{fresh_sandbox.url}/sandbox/usage", json={"lines": 3}).json()["changedLineIds"]
    assert moved
    with qtbot.waitSignal(controller.syncSettled, timeout=20000) as settled:
        controller.refresh()
    assert settled.args == [True]
    after = controller.snapshot
    assert after is not before
    old = {line.id: line for line in before.lines}
    new_objects = {line.id for line in after.lines if line is not old.get(line.id)}
    assert new_objects == set(moved)
    assert len(after.lines) == len(before.lines)


def test_a_fleet_usage_answer_keeps_the_unchanged_lines_usage_of_the_one_before(qtbot, make_controller,
                                                                                fresh_sandbox):
    """The fleet table remakes the rows whose usage is a new object: only the lines whose usage changed."""
    controller = make_controller(fresh_sandbox.url)
    assert sign_in(qtbot, controller) is True
    flows = controller.fleet_flows
    qtbot.waitUntil(lambda: flows.fetches >= 1 and flows.current() is not None and flows.current().usage is not None)
    before = flows.current().usage
    httpx.post(f"{fresh_sandbox.url}/sandbox/clock", json={"advanceSeconds": 900}).raise_for_status()
    httpx.post(f"{fresh_sandbox.url}/sandbox/usage", json={"lines": 3}).raise_for_status()
    with qtbot.waitSignal(flows.fetchEnded, timeout=20000) as ended:
        controller.refresh()
    assert ended.args == [True]
    after = flows.current().usage
    assert after is not before and after.lines.keys() == before.lines.keys()
    for line_id, usage in after.lines.items():
        assert (usage is before.lines[line_id]) == (usage == before.lines[line_id]), line_id
    assert any(usage is before.lines[line_id] for line_id, usage in after.lines.items())
    assert any(usage is not before.lines[line_id] for line_id, usage in after.lines.items())


def test_the_palette_index_is_kept_after_a_sync_that_moved_only_counters(qtbot, make_controller, fresh_sandbox):
    """Ctrl+K after a sync reuses the index when no entry changed, and builds it again when one did."""
    controller = make_controller(fresh_sandbox.url)
    assert sign_in(qtbot, controller) is True
    flows = controller.palette_flows
    assert flows.open() is not None  # a first Ctrl+K loads the invoices and packages it then lists
    qtbot.waitUntil(lambda: {"invoice", "package"} <= {entry.kind for entry in flows.ensure_index().entries},
                    timeout=20000)
    first = flows.index
    flows.palette.close()
    before = controller.snapshot
    httpx.post(f"{fresh_sandbox.url}/sandbox/usage", json={"lines": 5}).raise_for_status()
    with qtbot.waitSignal(controller.syncSettled, timeout=20000):
        controller.refresh()
    assert controller.snapshot is not before  # counters moved: a new snapshot, the same entries
    flows.open()
    assert flows.index is first
    flows.palette.close()
    from windtre_desktop.store.fleet_labels import FleetLabels

    line = controller.snapshot.lines[0]
    FleetLabels(controller._store).set(line.id, "Cantiere Nord", "")
    flows.open()
    assert flows.index is not first
    assert [m.entry.key for m in flows.search("cantiere nord")][:1] == [line.id]


def test_the_freed_heap_goes_back_to_the_system_once_a_sync_has_been_shown(qtbot, make_controller, sandbox):
    controller = make_controller(sandbox.url)
    assert controller.heap_trims == 0
    assert sign_in(qtbot, controller) is True
    if native_memory.reading() is None:  # no glibc: nothing to call, nothing done
        qtbot.wait(controller._heap_trim.interval() + 200)
        assert controller.heap_trims == 0
        return
    qtbot.waitUntil(lambda: controller.heap_trims >= 1, timeout=5000)
    trims = controller.heap_trims  # one per sync shown (the fleet's data may come as a later one)
    with qtbot.waitSignal(controller.syncSettled, timeout=20000):
        controller.refresh()
    qtbot.waitUntil(lambda: controller.heap_trims > trims, timeout=5000)


def test_the_heap_trim_does_nothing_where_there_is_no_glibc(monkeypatch):
    monkeypatch.setattr(heap_trim, "_trim", heap_trim._UNRESOLVED)
    monkeypatch.setattr(sys, "platform", "win32")
    assert heap_trim.trim_heap() is False
    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(heap_trim, "_trim", heap_trim._UNRESOLVED)
    assert heap_trim.trim_heap() is False


def test_the_c_heap_reading_sees_memory_taken_and_given_back():
    """soak.native_memory reads glibc's own counters (where there is glibc: elsewhere it reads None)."""
    before = native_memory.reading()
    if before is None:
        assert native_memory.trim() is False
        return
    held = [bytes(4000) for _ in range(5000)]  # 20 MB in blocks malloc keeps in its arena
    during = native_memory.reading()
    assert during.in_use_mb - before.in_use_mb >= 15
    del held
    after = native_memory.reading()
    assert during.in_use_mb - after.in_use_mb >= 15
    assert after.arenas >= 1
    assert native_memory.trim() is True
