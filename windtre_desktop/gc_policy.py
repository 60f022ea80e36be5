"""When the GUI thread runs Python's cyclic garbage collector (widgets/gui_collector.py switches the automatic
one off): the generation thresholds Python itself uses, checked on demand rather than at each allocation."""

from __future__ import annotations

import gc


def collect_due() -> int:
    """Collect the oldest generation whose count passed its threshold, as the automatic collector would;
    -1 when none did."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    generation = -1
    for index in range(3):
        if thresholds[index] and counts[index] > thresholds[index]:
            generation = index
    if generation >= 0:
        gc.collect(generation)
    return generation
