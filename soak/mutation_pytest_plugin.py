"""A pytest plugin for the mutmut runs only (`-p soak.mutation_pytest_plugin`, see pyproject's [tool.mutmut]):
hypothesis tests derandomised and without their 200 ms deadline. A mutant must meet the same examples every
time it is tried, and a slow example on a loaded machine is not a failure: either would turn the verdict
into chance (mutmut stops when the clean run fails)."""

from __future__ import annotations

from hypothesis import settings

settings.register_profile("mutation", deadline=None, derandomize=True, database=None)
settings.load_profile("mutation")
