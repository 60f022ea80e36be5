"""Reading a mutmut run back: each mutant's verdict from the `.meta` files under mutants/, the package it
belongs to, where in the source it sits, and the scores, with the survivors judged equivalent left out."""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

# The packages scored on their own, in report order: figure suffix → path prefixes (relative to the repo).
PACKAGES: dict[str, tuple[str, ...]] = {
    "domain": ("windtre_desktop/domain/",),
    "store": ("windtre_desktop/store/",),
    "sync": ("windtre_desktop/sync/",),
    "invoices": ("windtre_desktop/invoices/",),
    "api_retry": ("windtre_desktop/api/retry.py",),
    "sandbox_permissions": ("windtre_desktop/sandbox/permissions.py",),
}

# mutmut 3.8's exit codes (mutmut/stats.py), folded into the four outcomes the report counts.
KILLED = "killed"
TIMEOUT = "timeout"
SURVIVED = "survived"
NO_TESTS = "no tests"
NOT_CHECKED = "not checked"
_OUTCOME_BY_EXIT_CODE = {1: KILLED, 3: KILLED, 37: KILLED, 0: SURVIVED, 5: NO_TESTS, 33: NO_TESTS,
                         36: TIMEOUT, -24: TIMEOUT, 24: TIMEOUT, 152: TIMEOUT, 255: TIMEOUT}

_MUTANT_SUFFIX = re.compile(r"__mutmut_\d+$")
# SQL statement text as this code base writes it (upper-case keywords), without literals or named parameters
_SQL_START = re.compile(r"^[\s(]*(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|PRAGMA|BEGIN|WITH|ON|SET|VALUES|WHERE|"
                        r"AND|OR|ORDER|FROM|JOIN|LEFT|GROUP|LIMIT|DO)\b")


def case_blind_sql(text: str) -> bool:
    """True for a string of SQL that reads the same in any case: SQLite's keywords and names are case-blind,
    so a mutant that only lower- or upper-cases it cannot change anything (no quoted literal, no :name)."""
    return bool(_SQL_START.match(text)) and not any(c in text for c in "'\":$@")


@dataclass(frozen=True)
class Mutant:
    name: str  # mutmut's name, e.g. windtre_desktop.store.database.xǁStoreǁapply_sync__mutmut_3
    path: str  # the source file, relative to the repo
    outcome: str  # killed, timeout, survived, no tests, or what mutmut said ("suspicious", "not checked"…)

    @property
    def detected(self) -> bool:
        """A test failed, or the mutant made the tests hang (a timeout is a detection: it never ships)."""
        return self.outcome in (KILLED, TIMEOUT)

    @property
    def package(self) -> str:
        for package, prefixes in PACKAGES.items():
            if self.path.startswith(prefixes):
                return package
        return "other"


def outcome_of(exit_code: int | None) -> str:
    if exit_code is None:
        return NOT_CHECKED
    return _OUTCOME_BY_EXIT_CODE.get(exit_code, "suspicious")


def read_mutants(mutants_dir: Path) -> list[Mutant]:
    """Every mutant of the last run, in file order, from `<mutants_dir>/<path>.py.meta`."""
    found = []
    for meta in sorted(mutants_dir.rglob("*.py.meta")):
        path = meta.relative_to(mutants_dir).as_posix().removesuffix(".meta")
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        found.extend(Mutant(name, path, outcome_of(code)) for name, code in codes.items())
    return found


def read_equivalents(path: Path) -> dict[str, str]:
    """The judged-equivalent mutants: `<mutant name> <one-line reason>` per line; `#` starts a comment."""
    judged = {}
    for raw in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, _, reason = line.partition(" ")
        judged[name] = reason.strip()
    return judged


@dataclass
class Score:
    total: int = 0
    killed: int = 0  # a test failed
    timeout: int = 0  # the tests hung: counted as detected
    undetected: int = 0  # survived, had no test, or anything else mutmut reported
    equivalent: int = 0  # of the undetected, judged equivalent in soak/mutation_equivalents.txt
    not_checked: int = 0  # of the undetected, never tried (a run stopped early): counted as not detected

    @property
    def raw_percent(self) -> float:
        """Detected (killed or timed out) of every mutant."""
        return 100.0 * (self.killed + self.timeout) / self.total if self.total else 0.0

    @property
    def percent(self) -> float:
        """Detected of the mutants that could be detected: the judged equivalents are left out."""
        counted = self.total - self.equivalent
        return 100.0 * (self.killed + self.timeout) / counted if counted else 100.0


@dataclass
class Tally:
    overall: Score = field(default_factory=Score)
    by_package: dict[str, Score] = field(default_factory=lambda: {name: Score() for name in PACKAGES})


def tally(mutants: Iterable[Mutant], equivalents: dict[str, str]) -> Tally:
    result = Tally()
    for mutant in mutants:
        scores = [result.overall, result.by_package.setdefault(mutant.package, Score())]
        for score in scores:
            score.total += 1
            if mutant.outcome == KILLED:
                score.killed += 1
            elif mutant.outcome == TIMEOUT:
                score.timeout += 1
            else:
                score.undetected += 1
                if mutant.name in equivalents:
                    score.equivalent += 1
                if mutant.outcome == NOT_CHECKED:
                    score.not_checked += 1
    return result


def function_start(source: str, mutant_name: str) -> int:
    """The first line (decorators included) of the function a mutant changes; 1 when it cannot be found."""
    qualified = _MUTANT_SUFFIX.sub("", mutant_name).rpartition(".")[2]
    parts = qualified.split("ǁ")  # mutmut writes a method as xǁClassǁmethod, a function as x_function
    if len(parts) == 3:
        class_name, function_name = parts[1], parts[2]
    else:
        class_name, function_name = None, qualified.removeprefix("x_")
    scopes: list[ast.AST] = [ast.parse(source)]
    if class_name is not None:
        scopes = [node for node in ast.walk(scopes[0]) if isinstance(node, ast.ClassDef) and node.name == class_name]
    for scope in scopes:
        for node in ast.iter_child_nodes(scope):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == function_name:
                return min([node.lineno, *(d.lineno for d in node.decorator_list)])
    return 1


def changed_line(source: str, mutant_name: str, diff: str) -> tuple[int, str]:
    """Where the mutation is in the source file, and the change as `old → new` (first changed line)."""
    removed = [line[1:] for line in diff.splitlines() if line.startswith("-") and not line.startswith("---")]
    added = [line[1:] for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    lines = source.splitlines()
    start = function_start(source, mutant_name)
    number = start
    if removed:
        target = removed[0].strip()
        for index in range(start - 1, len(lines)):
            if lines[index].strip() == target:
                number = index + 1
                break
    change = f"{removed[0].strip() if removed else ''} → {added[0].strip() if added else '(removed)'}"
    return number, change


def sql_case_only(diff: str) -> bool:
    """The mutant only changed the case of SQL text (see case_blind_sql): equivalent by construction."""
    removed = [line[1:] for line in diff.splitlines() if line.startswith("-") and not line.startswith("---")]
    added = [line[1:] for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    if len(removed) != 1 or len(added) != 1 or removed == added or removed[0].lower() != added[0].lower():
        return False
    literals = re.findall(r'"((?:[^"\\]|\\.)*)"', removed[0])
    changed = [text for text in literals if text not in added[0]]
    return bool(changed) and all(case_blind_sql(text) for text in changed)
