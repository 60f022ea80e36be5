"""`python -m soak.mutmut_launcher run …`: mutmut's own command line, with three kinds of mutant left out.

The translatable source texts: a `QT_TRANSLATE_NOOP("Ctx", "English text")` call is lupdate's input, not
behaviour: its wording is what translators translate, and the i18n tooling checks every text has its
translation. Mutating it would only ask the tests to spell each label out (about a third of the domain's
mutants), so the call and its two string literals are skipped, as mutmut skips `len()` and `isinstance()`.
The call that uses the text (a `Message`, a field's label) is still mutated: dropping a label is caught.

SQL text changed in case only: SQLite reads keywords and names in any case, so lower- or upper-casing a
statement is an equivalent mutant by construction (soak.mutation_results.case_blind_sql says which strings
qualify: no quoted literal, no named parameter). The "XX…XX" mutant of the same string stays.

Logging calls: the wording and arguments of a `log.info(...)` line are diagnostics, not behaviour (what must
never reach a log, secrets, is tested at the log handler: tests/core/test_logging.py).

`python -m soak.mutmut_launcher generate` writes the mutants (mutants/ and its `.meta` files) and stops: no
tests run. soak/mutation.py reads the names from there to pick a sample, then hands it to `run NAMES…`, which
finds the files already mutated and does not write them again."""

from __future__ import annotations

import ast
import os
import sys

import libcst as cst
import mutmut.mutation.file_mutation as file_mutation
import mutmut.mutation.mutators as mutators

from soak.mutation_results import case_blind_sql

file_mutation.NEVER_MUTATE_FUNCTION_CALLS.add("QT_TRANSLATE_NOOP")


def _literal(node: cst.SimpleString) -> str:
    try:
        return str(ast.literal_eval(node.value))
    except (ValueError, SyntaxError):
        return ""


def _string_mutants_but_sql_case(node: cst.BaseString, _mutate=mutators.operator_string):
    for mutant in _mutate(node):
        if (isinstance(node, cst.SimpleString) and case_blind_sql(_literal(node))
                and mutant.value.lower() == node.value.lower()):
            continue
        yield mutant


_LOGGERS = frozenset({"log", "logger", "logging"})
_skip_node_and_children = file_mutation.MutationVisitor._skip_node_and_children


def _skip_log_calls_too(self, node: cst.CSTNode) -> bool:
    """A logging call (`log.info(...)`, `logging.warning(...)`) and its arguments are diagnostics: skipped."""
    if (isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute)
            and isinstance(node.func.value, cst.Name) and node.func.value.value in _LOGGERS):
        return True
    return _skip_node_and_children(self, node)


file_mutation.MutationVisitor._skip_node_and_children = _skip_log_calls_too

mutators.mutation_operators[:] = [
    (kind, _string_mutants_but_sql_case if operator is mutators.operator_string else operator)
    for kind, operator in mutators.mutation_operators
]

import click  # noqa: E402
from mutmut.__main__ import (  # noqa: E402 - mutmut reads the set above while it generates the mutants
    cli,
    copy_also_copy_files,
    copy_src_dir,
    create_mutants,
)
from mutmut.mutation.trampoline import set_mutant_under_test  # noqa: E402


@cli.command()
@click.option("--max-children", type=int, default=2)
def generate(max_children: int) -> None:
    """Write every mutant and its `.meta` file under mutants/, the first step of `mutmut run`, and stop."""
    set_mutant_under_test("mutant_generation")
    os.makedirs("mutants", exist_ok=True)
    copy_src_dir()
    copy_also_copy_files()
    stats = create_mutants(max_children)
    print(f"{stats.mutated} files mutated, {stats.ignored} copied, {stats.unmodified} already mutated")

if __name__ == "__main__":
    sys.argv[0] = "mutmut"
    sys.exit(cli())
