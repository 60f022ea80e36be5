"""`python -m soak.mutmut_launcher run …`: mutmut's own command line, with the translatable source texts left
unmutated. A `QT_TRANSLATE_NOOP("Ctx", "English text")` call is lupdate's input, not behaviour: its wording is
what translators translate, and the i18n tooling checks every text has its translation. Mutating it would only
ask the tests to spell each label out (about a third of the domain's mutants), so the call and its two string
literals are skipped, as mutmut skips `len()` and `isinstance()`. The call that uses the text (a `Message`, a
field's label) is still mutated: dropping a label or a message is caught."""

from __future__ import annotations

import sys

import mutmut.mutation.file_mutation as file_mutation

file_mutation.NEVER_MUTATE_FUNCTION_CALLS.add("QT_TRANSLATE_NOOP")

from mutmut.__main__ import cli  # noqa: E402 - mutmut reads the set above while it generates the mutants

if __name__ == "__main__":
    sys.argv[0] = "mutmut"
    sys.exit(cli())
