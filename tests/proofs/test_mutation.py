"""Issue 16's mutation part, fast subset: the configuration mutates what the issue names, a run's verdicts are
read and scored as soak/mutation.py states (timeouts detected, judged equivalents left out of the target score),
survivors are located at their file:line, and every judged equivalent carries a reason; a sample is drawn again by
its seed, keeps its floor per package, and scores only what it drew. The run itself is
`python3 dev.py soak --only mutation`."""

from __future__ import annotations

import json
import tomllib
from fnmatch import fnmatch
from pathlib import Path

from soak.mutation_results import PACKAGES, changed_line, read_equivalents, read_mutants, tally

ROOT = Path(__file__).resolve().parents[2]

ISSUE_TARGETS = [
    "windtre_desktop/domain/validators.py",
    "windtre_desktop/store/database.py",
    "windtre_desktop/store/invoice_archive.py",
    "windtre_desktop/sync/engine.py",
    "windtre_desktop/sync/ticket_sender.py",
    "windtre_desktop/sync/invoice_downloads.py",
    "windtre_desktop/invoices/fatturapa.py",
    "windtre_desktop/invoices/p7m.py",
    "windtre_desktop/api/retry.py",
    "windtre_desktop/sandbox/permissions.py",
]


def mutmut_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mutmut"]


def test_every_target_of_the_issue_is_mutated_and_nothing_of_the_gui():
    patterns = mutmut_config()["only_mutate"]
    for target in ISSUE_TARGETS:
        assert (ROOT / target).is_file()
        assert any(fnmatch(target, p) for p in patterns), target
    for outside in ("windtre_desktop/sync/qt_worker.py", "windtre_desktop/views/dashboard.py",
                    "windtre_desktop/api/client.py", "windtre_desktop/sandbox/app.py"):
        assert not any(fnmatch(outside, p) for p in patterns), outside


def test_the_selected_tests_are_qt_free_directories():
    selected = mutmut_config()["pytest_add_cli_args_test_selection"]
    assert selected and all((ROOT / d).is_dir() for d in selected)
    assert not any(d.startswith("tests/ui") for d in selected)


def write_meta(root: Path, path: str, codes: dict) -> None:
    meta = root / (path + ".meta")
    meta.parent.mkdir(parents=True, exist_ok=True)
    meta.write_text(json.dumps({"exit_code_by_key": codes}), encoding="utf-8")


def test_a_run_is_scored_with_timeouts_detected_and_equivalents_left_out(tmp_path):
    write_meta(tmp_path, "windtre_desktop/domain/totals.py",
               {"windtre_desktop.domain.totals.x_a__mutmut_1": 1, "windtre_desktop.domain.totals.x_a__mutmut_2": 0,
                "windtre_desktop.domain.totals.x_a__mutmut_3": 36, "windtre_desktop.domain.totals.x_a__mutmut_4": 0})
    write_meta(tmp_path, "windtre_desktop/api/retry.py",
               {"windtre_desktop.api.retry.xǁRetryPolicyǁcall__mutmut_1": 33,
                "windtre_desktop.api.retry.xǁRetryPolicyǁcall__mutmut_2": None})
    mutants = read_mutants(tmp_path)
    assert {m.package for m in mutants} == {"domain", "api_retry"}
    equivalents = {"windtre_desktop.domain.totals.x_a__mutmut_4": "same result"}
    result = tally(mutants, equivalents)
    overall = result.overall
    assert (overall.total, overall.killed, overall.timeout, overall.undetected, overall.equivalent) == (6, 1, 1, 4, 1)
    assert overall.raw_percent == 100 * 2 / 6
    assert overall.percent == 100 * 2 / 5
    assert result.by_package["domain"].percent == 100 * 2 / 3
    assert result.by_package["api_retry"].percent == 0.0  # no tests and not checked are not detected
    assert overall.not_checked == 1
    assert set(result.by_package) == set(PACKAGES)


SOURCE = '''\
class Policy:
    def other(self):
        return 1

    @staticmethod
    def limit(value):
        if value > 3:
            return 3
        return value
'''


def test_a_survivor_is_located_at_its_line_in_the_file():
    diff = ("--- a.py\n+++ a.py\n@@ -1,5 +1,5 @@\n @staticmethod\n def limit(value):\n"
            "-    if value > 3:\n+    if value >= 3:\n         return 3\n")
    assert changed_line(SOURCE, "pkg.a.xǁPolicyǁlimit__mutmut_2", diff) == (7, "if value > 3: → if value >= 3:")


def test_every_judged_equivalent_has_a_reason_and_names_a_mutant():
    judged = read_equivalents(ROOT / "soak" / "mutation_equivalents.txt")
    for name, reason in judged.items():
        assert "__mutmut_" in name and name.startswith("windtre_desktop."), name
        assert len(reason) > 10, name


def test_only_a_case_change_of_plain_sql_text_is_equivalent_by_rule():
    from soak.mutation_results import case_blind_sql, sql_case_only

    assert case_blind_sql("SELECT json FROM alerts WHERE active = 1") and case_blind_sql(" AND kind = ?")
    assert not case_blind_sql("UPDATE t SET k = 'a'") and not case_blind_sql("DELETE FROM t WHERE id = :id")
    assert not case_blind_sql("Select a line") and not case_blind_sql("On the line")

    def diff(old: str, new: str) -> str:
        return f"--- a.py\n+++ a.py\n@@ -1 +1 @@\n-    run({old})\n+    run({new})"

    assert sql_case_only(diff('"SELECT x FROM t"', '"select x from t"'))
    assert not sql_case_only(diff('"SELECT x FROM t"', '"XXSELECT x FROM tXX"'))
    assert not sql_case_only(diff('"Card expired"', '"card expired"'))
    assert not sql_case_only(diff('"SELECT x FROM t WHERE k = \'a\'"', '"select x from t where k = \'a\'"'))


def mutants_of(sizes: dict[str, int]) -> list:
    from soak.mutation_results import Mutant

    paths = {"domain": "windtre_desktop/domain/totals.py", "store": "windtre_desktop/store/database.py",
             "api_retry": "windtre_desktop/api/retry.py",
             "sandbox_permissions": "windtre_desktop/sandbox/permissions.py"}
    return [Mutant(f"{paths[p][:-3].replace('/', '.')}.x_f__mutmut_{i}", paths[p], "not checked")
            for p, size in sizes.items() for i in range(1, size + 1)]


def test_a_seeded_sample_is_drawn_again_by_its_seed_whatever_the_order_of_the_mutants():
    from soak.mutation_sample import stratified_sample

    mutants = mutants_of({"domain": 3000, "store": 800, "api_retry": 100, "sandbox_permissions": 20})
    first = stratified_sample(mutants, 500, seed=7)
    assert first == stratified_sample(list(reversed(mutants)), 500, seed=7)
    assert len(set(first)) == len(first) and set(first) <= {m.name for m in mutants}
    assert first != stratified_sample(mutants, 500, seed=8)


def test_the_sample_is_proportional_with_a_floor_per_package_and_all_of_a_small_one():
    from soak.mutation_sample import allocate, stratified_sample

    sizes = {"domain": 3000, "store": 800, "api_retry": 100, "sandbox_permissions": 20}
    counts = allocate(sizes, 500, floor=60)
    assert counts["sandbox_permissions"] == 20 and counts["api_retry"] == 60
    assert sum(counts.values()) == 500
    assert abs(counts["domain"] / counts["store"] - 3000 / 800) < 0.05
    drawn = stratified_sample(mutants_of(sizes), 500, seed=1, floor=60)
    assert sum(n.startswith("windtre_desktop.api.retry.") for n in drawn) == 60
    assert sum(n.startswith("windtre_desktop.sandbox.permissions.") for n in drawn) == 20
    assert allocate(sizes, 100_000) == sizes


def test_not_sampled_mutants_are_not_counted_as_not_checked_and_the_score_is_the_stratified_one(
        tmp_path, monkeypatch, capsys):
    import soak.mutation as mutation
    from soak.mutation_sample import write_sample

    domain = {f"windtre_desktop.domain.totals.x_a__mutmut_{i}": None for i in range(1, 101)}
    domain.update({"windtre_desktop.domain.totals.x_a__mutmut_1": 1, "windtre_desktop.domain.totals.x_a__mutmut_2": 1,
                   "windtre_desktop.domain.totals.x_a__mutmut_3": 36, "windtre_desktop.domain.totals.x_a__mutmut_4": 1})
    retry = {f"windtre_desktop.api.retry.x_b__mutmut_{i}": None for i in range(1, 11)}
    retry.update({"windtre_desktop.api.retry.x_b__mutmut_1": 1, "windtre_desktop.api.retry.x_b__mutmut_2": 33})
    write_meta(tmp_path, "windtre_desktop/domain/totals.py", domain)
    write_meta(tmp_path, "windtre_desktop/api/retry.py", retry)
    sample = [*list(domain)[:4], "windtre_desktop.api.retry.x_b__mutmut_1", "windtre_desktop.api.retry.x_b__mutmut_2"]
    write_sample(tmp_path / "sample.txt", 42, sample)
    monkeypatch.setattr(mutation, "MUTANTS", tmp_path)
    monkeypatch.setattr(mutation, "SAMPLE", tmp_path / "sample.txt")
    monkeypatch.setattr(mutation, "EQUIVALENTS", tmp_path / "none.txt")
    monkeypatch.delenv("SOAK_FIGURES", raising=False)
    mutation.report(None)
    figures = {line.split()[0]: float(line.split()[1]) for line in capsys.readouterr().out.splitlines()
               if line.startswith("muta") and len(line.split()) == 3}
    assert figures["mutants_sampled"] == 6 and figures["mutants_total"] == 110
    assert figures["mutants_not_checked"] == 0 and figures["mutants_survived"] == 1
    assert figures["mutation_score_domain"] == 100.0 and figures["mutation_score_api_retry"] == 50.0
    # weighted by all the mutants: 100 of domain at 100 %, 10 of retry at 50 %
    assert figures["mutation_score"] == round((100 * 100 + 10 * 50) / 110, 2)
    assert figures["mutation_score_ci_low"] < figures["mutation_score"] < figures["mutation_score_ci_high"]


def test_the_wilson_interval_is_the_textbook_one():
    from soak.mutation_sample import wilson_interval

    low, high = wilson_interval(98, 100)
    assert (round(low, 2), round(high, 2)) == (93.0, 99.45)
    assert wilson_interval(10, 10)[1] == 100.0 and wilson_interval(0, 10)[0] == 0.0
    assert wilson_interval(0, 0) == (0.0, 100.0)
