"""The command palette's matching (issue 15): ranking of prefixes, word starts and runs, accents, numbers
typed any way, recent entries first, the empty query and the result limit."""

from __future__ import annotations

from windtre_desktop.domain.palette import (
    Entry,
    EntryKind,
    PaletteIndex,
    fold,
    number_forms,
    numeric_query,
    word_start_mask,
)


def _line(key, number, holder, offer="Business Unlimited"):
    return Entry(EntryKind.LINE, key, number, f"{holder} · {offer}", numbers=(number,))


ENTRIES = [
    Entry(EntryKind.SCREEN, "products/gss", "Products › Giga Smart Share"),
    Entry(EntryKind.SCREEN, "billing/invoices", "Billing › Invoices"),
    Entry(EntryKind.SETTING, "theme", "Theme", "Settings", "dark light"),
    _line("L1", "+39 333 1234567", "Mario Rossi"),
    _line("L2", "+39 347 7654321", "Rossella Mari", "Giga 100"),
    _line("L3", "+39 320 5553331", "Niccolò Ferrari"),
    _line("L4", "+39 333 9876543", "Anna Gassi", "Smart Fisso"),
    Entry(EntryKind.INVOICE, "INV-7", "Invoice F2025/000123", "12/03/2025 · BA001", numbers=("F2025/000123",)),
    Entry(EntryKind.TICKET, "T-9", "Ticket 20250042", "SIM replacement", numbers=("20250042",)),
    Entry(EntryKind.PACKAGE, "GSS-1", "GSS package GSS-1", "Referent +39 333 1234567"),
]


def keys(matches):
    return [m.entry.key for m in matches]


def test_fold_drops_accents_and_case():
    assert fold("Niccolò CITTÀ  Perché") == "niccolo citta perche"


def test_a_word_start_beats_the_same_letters_inside_a_word():
    index = PaletteIndex(ENTRIES)
    found = keys(index.search("mari"))
    # "Mario" starts a word in L1; "Mari" is a word of its own in L2 but lower in the subtitle order; both
    # beat an entry where the letters are scattered
    assert set(found[:2]) == {"L1", "L2"}
    assert found.index("L1") < len(found) and "L3" not in found


def test_prefix_of_the_title_ranks_first():
    index = PaletteIndex(ENTRIES)
    assert keys(index.search("theme"))[0] == "theme"
    assert keys(index.search("the"))[0] == "theme"


def test_initials_find_giga_smart_share_before_a_scattered_match():
    index = PaletteIndex(ENTRIES)
    found = keys(index.search("gss"))
    assert found[0] in ("products/gss", "GSS-1")
    assert found.index("products/gss") < found.index("L4")  # "Gassi · Smart Fisso" has g…s…s scattered


def test_a_contiguous_run_beats_the_same_letters_spread():
    index = PaletteIndex(ENTRIES)
    found = keys(index.search("rossi"))
    assert found[0] == "L1"  # "Rossi" in one piece; "Rossella … Smart" only spread out (if at all)


def test_accents_are_ignored_both_ways():
    index = PaletteIndex(ENTRIES + [Entry(EntryKind.LINE, "L5", "+39 340 1112223", "Perché Città")])
    assert keys(index.search("niccolo"))[0] == "L3"
    assert keys(index.search("NICCOLÒ"))[0] == "L3"
    assert keys(index.search("citta"))[0] == "L5"


def test_numbers_match_ignoring_spaces_and_the_italian_prefix():
    index = PaletteIndex(ENTRIES)
    for typed in ("3331234567", "333 123 4567", "+39 333 1234567", "+393331234567", "0039 333 1234567", "333-1234"):
        assert keys(index.search(typed))[0] == "L1", typed
    assert keys(index.search("5553331")) == ["L3"]  # digits inside a number, not only its start
    assert keys(index.search("000123"))[0] == "INV-7"
    assert keys(index.search("2025004"))[0] == "T-9"


def test_a_number_start_ranks_above_the_same_digits_inside_another_number():
    index = PaletteIndex(ENTRIES)
    found = keys(index.search("333"))
    assert set(found[:2]) == {"L1", "L4"}
    assert found.index("L3") == 2  # 320 555 3331: the digits inside a number
    assert found[3:] == ["GSS-1"]  # the digits in a subtitle's text come last


def test_number_helpers():
    assert number_forms("+39 333 1234567") == ["393331234567", "3331234567"]
    assert number_forms("06 1234567") == ["061234567"]
    assert numeric_query("+39 333 12") == "3933312"
    assert numeric_query("0039 333") == "39333"
    assert numeric_query("mario 3") is None


def test_several_words_match_in_any_order():
    index = PaletteIndex(ENTRIES)
    assert keys(index.search("rossi mario"))[0] == "L1"
    assert keys(index.search("giga rossella")) == ["L2"]


def test_no_match_gives_nothing():
    assert PaletteIndex(ENTRIES).search("zzzq") == []


def test_a_recent_entry_ranks_above_a_similar_one():
    index = PaletteIndex(ENTRIES)
    plain = keys(index.search("333"))
    assert plain[0] in ("L1", "L4")
    other = "L4" if plain[0] == "L1" else "L1"
    with_recent = index.search("333", recents=[("line", other)])
    assert with_recent[0].entry.key == other and with_recent[0].recent
    # but not above a far better match: a recent line does not beat the exact title for "theme"
    assert keys(index.search("theme", recents=[("line", "L4")]))[0] == "theme"


def test_empty_query_gives_recents_then_screens():
    index = PaletteIndex(ENTRIES)
    recents = [("invoice", "INV-7"), ("screen", "billing/invoices"), ("line", "gone"), ("line", "L2")]
    found = index.search("  ", recents=recents)
    assert keys(found) == ["INV-7", "billing/invoices", "L2", "products/gss"]
    assert [m.recent for m in found] == [True, True, True, False]
    assert keys(index.search("", limit=1)) == ["products/gss"]


def test_the_limit_caps_the_results_keeping_the_best():
    lines = [_line(f"L{n}", f"+39 333 {n:07d}", "Mario Rossi") for n in range(200)]
    index = PaletteIndex(lines + [Entry(EntryKind.SETTING, "m", "Mario", "exact")])
    found = index.search("mario", limit=10)
    assert len(found) == 10 and found[0].entry.key == "m"
    assert [m.score for m in found] == sorted((m.score for m in found), reverse=True)


def test_typing_on_narrows_and_deleting_widens_again():
    index = PaletteIndex(ENTRIES)
    assert set(keys(index.search("ro"))) >= {"L1", "L2"}
    assert keys(index.search("rossel"))[0] == "L2"
    assert set(keys(index.search("ro"))) >= {"L1", "L2"}  # back to the shorter query: every match again
    assert keys(index.search("333 12"))[0] == "L1"
    assert keys(index.search("3"))  # one digit is text
    assert keys(index.search("33"))


def test_narrowing_while_typing_finds_what_a_fresh_search_finds():
    typed = ["m", "ma", "mar", "mari", "mario", "mario ", "mario r", "mario ro", "3", "33", "333", "333 1",
             "333 12", "+", "+3", "+39", "+39 3", "g", "gs", "gss", "ros", "ro", "r"]
    narrowed = PaletteIndex(ENTRIES)
    for query in typed:
        assert narrowed.search(query) == PaletteIndex(ENTRIES).search(query), query


def test_one_character_scores_as_the_start_of_a_longer_word_would():
    index = PaletteIndex(ENTRIES)
    one = {m.entry.key: m.score for m in index.search("n")}
    assert one["L3"] > one["L1"]  # "Niccolò" starts with n; "Unlimited" only has one inside
    assert index._contiguous(5, "n", index._hays[5].find("n")) == one["L3"]


def test_an_entry_is_found_by_its_kind_and_key():
    index = PaletteIndex(ENTRIES)
    assert index.find(EntryKind.LINE, "L2").title == "+39 347 7654321"
    assert index.find(EntryKind.SCREEN, "billing/invoices").title == "Billing › Invoices"
    assert index.find(EntryKind.INVOICE, "L2") is None  # the key of another kind
    assert index.find(EntryKind.LINE, "L9") is None


# --- exact scores of the rules (issue 16: a sampled mutation run's survivors) -------------------------------

def _score(title: str, query: str) -> list[float]:
    return [round(m.score, 4) for m in PaletteIndex([Entry(EntryKind.SCREEN, "k", title)]).search(query)]


def test_a_single_character_far_in_loses_no_more_than_at_forty():
    assert _score("a" * 45 + "q", "q") == [round(1.0 - 40 * 0.02, 4)]


def test_a_word_later_on_that_starts_with_the_typed_letters_is_preferred():
    # "ab" first occurs inside "xab"; "axe" starts with a but not ab; "abc" does: a run of 2 (2 + RUN), its "a"
    # at a word start (WORD), found at 8 (- 8 × 0.02)
    assert _score("Xab Axe Abc", "ab") == [round(2 + 4.0 + 6.0 - 8 * 0.02, 4)]


def test_letters_taken_apart_score_their_runs_and_gaps():
    # a: 1 + WORD + PREFIX; c two further on: 1 - (GAP + 1 × 0.2); last taken at 2: - 2 × 0.02
    assert _score("abc", "ac") == [round(17 + 1 - 3.2 - 0.04, 4)]
    # a: 17; b right after it: 1 + RUN; d after a gap of one: 1 - 3.2; last taken at 3: - 3 × 0.02
    assert _score("abxd", "abd") == [round(17 + 5 + 1 - 3.2 - 0.06, 4)]


def test_a_control_character_in_a_title_is_a_space_not_text():
    assert _score("Rossi\x01Bianchi", "xx") == []
    assert _score("Rossi\x01Bianchi", "bianchi") == _score("Rossi Bianchi", "bianchi")


def test_an_entry_with_an_empty_title_does_not_shift_the_others_word_starts():
    index = PaletteIndex([Entry(EntryKind.SCREEN, "empty", ""), Entry(EntryKind.SCREEN, "k", "Xab Axe Abc")])
    assert [(m.entry.key, round(m.score, 4)) for m in index.search("ab")] == [("k", _score("Xab Axe Abc", "ab")[0])]


def test_a_word_typed_whole_at_the_start_of_the_title_loses_nothing_for_its_length():
    # four characters (4), three of them right after the one before (3 × RUN), a word start (WORD), the title's
    # start (PREFIX), and no position to pay for
    assert _score("Zeta", "zeta") == [4 + 3 * 4.0 + 6.0 + 10.0]


def test_a_word_far_in_loses_no_more_than_at_forty():
    # run of 4 at a word start, found at 41: the position costs what 40 does
    assert _score("b" * 40 + " zeta", "zeta") == [round(4 + 3 * 4.0 + 6.0 - 40 * 0.02, 4)]


def test_letters_taken_far_apart_lose_no_more_than_at_sixty():
    # z: 1 + WORD + PREFIX; t at a word start 62 further on: 1 - (GAP + 20 × 0.2) + WORD; last taken at 62
    assert _score("z " + "b" * 59 + " t", "zt") == [round(17 + 1 - 7.0 + 6.0 - 60 * 0.02, 4)]


def test_one_character_inside_words_counts_from_where_it_first_occurs():
    assert _score("babba", "a") == [round(1.0 - 1 * 0.02, 4)]


def test_word_starts_are_a_letter_after_a_non_letter_and_a_digit_after_a_non_digit():
    nul = "\0"
    assert word_start_mask("f2025/07") == "f2" + nul * 4 + "0" + nul  # starts f, 2 and 0 (not 5 nor 7)
    assert word_start_mask("ab c\nx1") == "a" + nul * 2 + "c\nx1"  # new lines kept


def test_a_number_written_with_00_loses_it_and_the_italian_prefix():
    assert number_forms("0039 333 1234567") == ["393331234567", "3331234567"]


# --- recents, typing on, numbers, the fallbacks (issue 16: a second, per-module sample) ----------------------

def test_an_empty_index_finds_nothing():
    index = PaletteIndex([])
    assert len(index) == 0 and index.search("a") == [] and index.search("") == []


def test_recent_entries_get_a_bonus_from_the_full_one_down_to_half():
    entries = [Entry(EntryKind.SCREEN, key, "Alpha") for key in ("a", "b", "c", "d")]
    plain = PaletteIndex(entries).search("alpha")[0].score
    found = PaletteIndex(entries).search("alpha", recents=[(EntryKind.SCREEN, "c"), (EntryKind.SCREEN, "b")])
    assert [(m.entry.key, round(m.score - plain, 4), m.recent) for m in found] == [
        ("c", 12.0, True), ("b", 9.0, True), ("a", 0.0, False), ("d", 0.0, False)]


def test_a_number_typed_after_one_digit_finds_lines_by_number_even_without_it_in_their_text():
    index = PaletteIndex([Entry(EntryKind.LINE, "L1", "Mario Rossi", numbers=("+39 333 1234567",))])
    assert index.search("3") == []  # one digit is matched as text
    assert keys(index.search("33")) == ["L1"]


def test_the_start_of_an_entrys_first_number_scores_as_a_number_start():
    index = PaletteIndex([Entry(EntryKind.LINE, "L1", "Mario Rossi", numbers=("+39 333 1234567",))])
    assert [m.score for m in index.search("+39 333 12")] == [100.0 + 15.0 + 7]


def test_letters_found_only_away_from_word_starts_still_score():
    # "ac" in "bab cc ad": no word start holds an a followed by a c, so the leftmost letters are taken:
    # a at 1 (1), c at 4 after a gap of two (1 - 3.4, a word start + WORD), last taken at 4
    assert _score("bab cc ad", "ac") == [round(1 + 1 - 3.4 + 6.0 - 4 * 0.02, 4)]


def test_a_later_letter_is_never_taken_from_before_the_one_typed_ahead_of_it():
    # b at the word start 2 (1 + WORD), a after it at 4, not the word start a at 0: 1 - (GAP + 0.2)
    assert _score("a bxa", "ba") == [round(7 + 1 - 3.2 - 4 * 0.02, 4)]


def test_a_word_found_in_the_subtitle_scores_two_less_than_in_the_title():
    index = PaletteIndex([Entry(EntryKind.SCREEN, "k", "Alpha", "Zeta")])
    # run of 4 at a word start (4 + 3 × RUN + WORD), in the subtitle (- 2), found at 6
    assert [round(m.score, 4) for m in index.search("zeta")] == [round(4 + 12.0 + 6.0 - 2.0 - 6 * 0.02, 4)]


# --- the finer points of the ranking (issue 16: the sampled run of seed 576230) -------------------------------------

def test_digits_typed_rank_the_entry_whose_title_starts_with_them_above_one_with_them_later():
    later = Entry(EntryKind.TICKET, "T-1", "Report 2025")
    first = Entry(EntryKind.TICKET, "T-2", "2025 report", "mese 2025")  # also later on, in its subtitle
    assert keys(PaletteIndex([later, first]).search("2025")) == ["T-2", "T-1"]


def test_a_long_number_inside_an_entrys_number_still_beats_a_recent_entry_with_it_in_its_title():
    holder = Entry(EntryKind.INVOICE, "INV-1", "Fattura", numbers=("IT 9912345678901234",))
    titled = Entry(EntryKind.TICKET, "T-1", "1234567890123 richiesta")
    found = PaletteIndex([holder, titled]).search("1234567890123", recents=[(EntryKind.TICKET, "T-1")])
    assert keys(found) == ["INV-1", "T-1"]


def test_letters_running_on_from_the_titles_first_one_count_as_a_run():
    run = Entry(EntryKind.SETTING, "a", "Giga intesa smart")  # g-i in a run, then the s of "smart"
    starts = Entry(EntryKind.SETTING, "b", "Gadget in sale")  # three word starts, no run
    assert keys(PaletteIndex([starts, run]).search("gis")) == ["a", "b"]
