"""Month names for Spesa and Avvisi (issue 15), in both languages, through i18n.formatting."""

from __future__ import annotations

import pytest

from windtre_desktop.i18n import formatting


@pytest.fixture
def language():
    yield formatting.set_language
    formatting.set_language("it")


def test_months_in_italian_and_english(language):
    language("it")
    assert (formatting.month("2026-11"), formatting.month_name("2026-11"), formatting.short_month("2026-05")) == (
        "novembre 2026", "novembre", "mag 26")
    language("en")
    assert (formatting.month("2026-11"), formatting.month_name("2026-11"), formatting.short_month("2026-05")) == (
        "November 2026", "November", "May 26")
    assert formatting.month("not a month") == "not a month" and formatting.short_month("2026-13") == "2026-13"
