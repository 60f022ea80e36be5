"""Issue 16 "Bad input": hypothesis against every form's validation (soak.fuzz_forms: the checks, the inputs and
the rule: accepted, or a message naming the field or the problem; never an exception)."""

from __future__ import annotations

import pytest
from hypothesis import given

from soak import fuzz_forms as fz
from soak.fuzz_rules import fuzz_settings

TEXT = fz.hostile_text()


@pytest.mark.parametrize("target", sorted(fz.ONE_TEXT_CHECKS))
@fuzz_settings(max_examples=15)
@given(text=TEXT)
def test_every_field_check_accepts_or_explains(target, text):
    fz.check_one_text(target, text)


@pytest.mark.parametrize("target", sorted(fz.TWO_TEXT_CHECKS))
@fuzz_settings(max_examples=25)
@given(first=TEXT, second=TEXT)
def test_every_two_field_check_accepts_or_explains(target, first, second):
    fz.check_two_texts(target, first, second)


@pytest.mark.parametrize("target", sorted(fz.NORMALISERS))
@fuzz_settings(max_examples=20)
@given(text=TEXT)
def test_every_normaliser_gives_text_or_a_value_error(target, text):
    fz.check_normaliser(target, text)


@fuzz_settings(max_examples=40)
@given(text=TEXT)
def test_the_server_address_is_taken_or_refused_with_a_reason(text):
    fz.check_server_address(text)


@pytest.mark.parametrize("target", fz.WIZARD_FIELDS, ids=lambda t: ".".join(t))
@fuzz_settings(max_examples=10)
@given(text=TEXT, other=TEXT)
def test_every_wizard_field_accepts_or_explains(target, text, other):
    fz.check_wizard_field(target, text, other)


@fuzz_settings(max_examples=80)
@given(fz.ticket_values())
def test_a_whole_ticket_is_checked_field_by_field(values):
    fz.check_ticket_values(values)


def test_the_targets_cover_every_form():
    """A new check_* in validators joins by itself; the wizards must each bring typed fields."""
    assert len(fz.ONE_TEXT_CHECKS) >= 40
    assert {wizard for wizard, _, _ in fz.WIZARD_FIELDS} == set(fz.WIZARDS)
