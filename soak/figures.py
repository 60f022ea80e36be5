"""How a soak part reports: one `name value unit` line per figure on stdout, and the same figure with its
target and verdict appended as JSON to the file named by $SOAK_FIGURES (soak/run.py reads it back)."""

from __future__ import annotations

import json
import os


def figure(name: str, value: float, unit: str, target: str | None = None, ok: bool | None = None,
           **extra: object) -> None:
    """Print and record one figure. `target` says the rule in words (e.g. "= 0", ">= 90 %"); `ok` is the
    verdict against it, None when the figure is only reported."""
    shown = f"{value:.6g}" if isinstance(value, float) else str(value)
    print(f"{name} {shown} {unit}", flush=True)
    path = os.environ.get("SOAK_FIGURES")
    if path:
        record = {"name": name, "value": value, "unit": unit, "target": target, "ok": ok, **extra}
        with open(path, "a", encoding="utf-8") as out:
            out.write(json.dumps(record, default=str) + "\n")
