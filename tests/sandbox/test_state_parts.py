"""The sandbox's State is made of mixins, one per part of the contract. Two parts defining the same method or
attribute name would silently share one (the first in the MRO wins): this has happened once between parts
written in parallel, so every name a part defines must be its own."""

from __future__ import annotations

from windtre_desktop.sandbox.state import State


def test_no_two_parts_of_the_state_define_the_same_name():
    owners: dict[str, list[str]] = {}
    for part in State.__mro__[1:]:
        if part is object:
            continue
        for name in vars(part):
            if not name.startswith("__"):
                owners.setdefault(name, []).append(part.__name__)
    shared = {name: parts for name, parts in owners.items() if len(parts) > 1}
    assert shared == {}
