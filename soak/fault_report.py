"""The fault proofs' figures, from the cases of both layers: what soak/faults.py prints and the fast subset
asserts."""

from __future__ import annotations

from dataclasses import dataclass

from soak.fault_app import AppCase
from soak.fault_harness import CaseResult, covered_operations
from soak.fault_operations import NOT_CALLED, uncovered


@dataclass(frozen=True)
class Figure:
    name: str
    value: int
    unit: str
    target: str | None
    ok: bool | None


def figures(api: list[CaseResult], app: list[AppCase]) -> list[Figure]:
    injected = len(api) + len(app)
    survived = sum(case.survived for case in api) + sum(case.survived for case in app)
    duplicates = sum(case.duplicates for case in app)
    lost = sum(case.lost for case in app)
    missing = uncovered()
    return [
        Figure("faults_injected", injected, "count", None, None),
        Figure("faults_survived", survived, "count", f"= faults_injected ({injected})", survived == injected),
        Figure("duplicates_created", duplicates, "count", "= 0", duplicates == 0),
        Figure("user_data_lost", lost, "count", "= 0", lost == 0),
        Figure("operations_covered", len(covered_operations()), "count",
               "every OpenAPI operation driven or not called", not missing),
        Figure("operations_not_called", len(NOT_CALLED), "count", None, None),
        Figure("actions_covered", len({case.action for case in app}), "count", None, None),
    ]


def failures(api: list[CaseResult], app: list[AppCase]) -> list[str]:
    """One line per case that did not hold, and per OpenAPI operation nobody covers."""
    lines = [f"{' '.join(case.operation)} under {case.fault}: {case.detail}" for case in api if not case.survived]
    lines += [f"{case.action} under {case.fault}: {case.detail}" for case in app
              if not case.survived or case.duplicates or case.lost]
    lines += [f"{method} {path}: neither driven nor named as not called" for method, path in sorted(uncovered())]
    return lines
