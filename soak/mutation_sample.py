"""A seeded, stratified random sample of a mutmut run's mutants, and what a score over it says about the whole.

The strata are the packages scored on their own (soak.mutation_results.PACKAGES). Each gets a share of the
sample proportional to its number of mutants, but never fewer than `floor` (or all of it when it has fewer), so
a small package such as api/retry.py is measured at all; the floors come out of the larger packages' shares. Within a package the names are sorted and drawn with a
random generator seeded by the seed and the package's name: the same seed and the same mutants give the same
sample, whatever else changed.

Because the floor over-samples the small packages, the overall score is the stratified estimate: each package's
score weighted by its share of all mutants. Its 95 % interval is Wilson's, taken over the mutants the sample
counts (an approximation for a stratified sample, close when the floors add little).
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable
from pathlib import Path

from soak.mutation_results import Mutant, Tally

DEFAULT_FLOOR = 60


def allocate(sizes: dict[str, int], wanted: int, floor: int = DEFAULT_FLOOR) -> dict[str, int]:
    """How many mutants to draw from each package: at least `floor` (all of it when it has fewer), the rest of
    `wanted` shared among the other packages in proportion to their size."""
    counts: dict[str, int] = {}
    while True:
        rest = {package: size for package, size in sizes.items() if package not in counts}
        budget = wanted - sum(counts.values())
        total = sum(rest.values())
        small = {package: min(size, floor) for package, size in rest.items()
                 if total and budget * size / total < min(size, floor)}
        if not small:
            break
        counts.update(small)
    for package, size in rest.items():
        counts[package] = min(size, round(budget * size / total)) if total else 0
    return {package: counts[package] for package in sizes}


def stratified_sample(mutants: Iterable[Mutant], wanted: int, seed: int, floor: int = DEFAULT_FLOOR) -> list[str]:
    """The names of the sampled mutants, sorted."""
    by_package: dict[str, list[str]] = {}
    for mutant in mutants:
        by_package.setdefault(mutant.package, []).append(mutant.name)
    counts = allocate({package: len(names) for package, names in by_package.items()}, wanted, floor)
    chosen: list[str] = []
    for package, names in sorted(by_package.items()):
        draw = random.Random(f"{seed}:{package}")
        chosen.extend(draw.sample(sorted(names), counts[package]))
    return sorted(chosen)


def sample_of(mutants: Iterable[Mutant], names: Iterable[str]) -> list[Mutant]:
    """The sampled mutants only: one not drawn is neither scored nor counted as not checked."""
    chosen = set(names)
    return [mutant for mutant in mutants if mutant.name in chosen]


def write_sample(path: Path, seed: int, names: list[str]) -> None:
    path.write_text(f"# seed {seed}\n" + "".join(name + "\n" for name in names), encoding="utf-8")


def read_sample(path: Path) -> tuple[int | None, list[str]] | None:
    """The seed and names written by write_sample; None when there is no sample (a full run)."""
    if not path.exists():
        return None
    seed = None
    names = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# seed "):
            seed = int(line.removeprefix("# seed "))
        elif line.strip():
            names.append(line.strip())
    return seed, names


def wilson_interval(detected: float, counted: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson's score interval for a proportion, in percent."""
    if counted == 0:
        return 0.0, 100.0
    p = detected / counted
    centre = p + z * z / (2 * counted)
    spread = z * math.sqrt(p * (1 - p) / counted + z * z / (4 * counted * counted))
    denominator = 1 + z * z / counted
    return 100.0 * max(0.0, (centre - spread) / denominator), 100.0 * min(1.0, (centre + spread) / denominator)


def stratified_percent(sampled: Tally, population: dict[str, int]) -> float:
    """The overall score estimated from the sample: each package's score weighted by its share of all mutants."""
    weighed = {package: size for package, size in population.items() if sampled.by_package.get(package)
               and sampled.by_package[package].total}
    total = sum(weighed.values())
    if total == 0:
        return 0.0
    return sum(sampled.by_package[package].percent * size for package, size in weighed.items()) / total
