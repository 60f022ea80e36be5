"""The code-to-label tables for what the server sends (docs/api.md "Codes and labels"), without Qt."""

from __future__ import annotations

import re
from pathlib import Path

from windtre_desktop.domain import server_labels as sl
from windtre_desktop.domain.recharges import (
    ATTEMPT_STATUSES,
    RECHARGE_TYPES,
    RechargeFilter,
    filter_attempts,
    parse_attempt,
)
from windtre_desktop.sandbox import invoices as sandbox_invoices
from windtre_desktop.sandbox import recharge_orders as sandbox_recharges
from windtre_desktop.sandbox import traffic as sandbox_traffic

API_MD = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def _upper(_context: str, text: str) -> str:
    return text.upper()


def test_a_known_code_gets_its_label_in_the_language_of_the_translator():
    assert sl.shown(sl.RECHARGE_OUTCOMES, "CARD_EXPIRED", "Carta scaduta") == "Card expired"
    assert sl.shown(sl.RECHARGE_OUTCOMES, " CARD_EXPIRED ", "Carta scaduta", _upper) == "CARD EXPIRED"
    assert sl.rendered(sl.CALL_KINDS, _upper)["voice_international"] == "INTERNATIONAL CALL"


def test_an_unknown_code_shows_the_server_words_else_the_code_and_never_fails():
    assert sl.shown(sl.RECHARGE_OUTCOMES, "NEW_CODE", "Nuovo esito") == "Nuovo esito"
    assert sl.shown(sl.RECHARGE_OUTCOMES, "NEW_CODE") == "NEW_CODE"  # no server text: the code itself
    assert sl.shown(sl.RECHARGE_OUTCOMES, "NEW_CODE", "") == "NEW_CODE"
    assert sl.shown(sl.CALL_KINDS, "voce nazionale", "voce nazionale") == "voce nazionale"  # an older server
    for odd in (None, 42, ["x"], {"a": 1}, ""):
        assert sl.shown(sl.INVOICE_STATUSES, odd, odd) == ""


def test_every_code_the_sandbox_sends_has_a_label():
    assert set(RECHARGE_TYPES) == set(sandbox_invoices.RECHARGE_TYPES) == sl.RECHARGE_TYPES.keys()
    assert set(ATTEMPT_STATUSES) == sl.ATTEMPT_STATUSES.keys()
    outcomes = {code for code, _words in (sandbox_invoices.RECHARGED, sandbox_invoices.AWAITING_CONFIRMATION,
                                          *sandbox_invoices.FAILED_OUTCOMES)}
    assert outcomes | set(sandbox_recharges.OUTCOME_WORDS) == sl.RECHARGE_OUTCOMES.keys()
    assert set(sandbox_recharges.OUTCOME_WORDS) == sl.ORDER_OUTCOMES.keys()
    assert set(sandbox_recharges.METHODS) == sl.RECHARGE_METHODS.keys()
    assert set(sandbox_recharges.MODES) == sl.AUTO_RECHARGE_MODES.keys()
    assert set(sandbox_invoices.CALL_KINDS) <= sl.CALL_KINDS.keys()
    assert set(sandbox_traffic.TYPES) == sl.TRAFFIC_TYPES.keys()
    assert set(sandbox_traffic.KINDS) == sl.TRAFFIC_KINDS.keys()


def test_the_contract_lists_the_codes_of_the_tables():
    text = API_MD.read_text(encoding="utf-8")
    section = text.split("### Codes and labels", 1)[1].split("\n### ", 1)[0]
    listed = set(re.findall(r"`([A-Za-z0-9_]+)`", section))
    for table in (sl.RECHARGE_TYPES, sl.ATTEMPT_STATUSES, sl.RECHARGE_OUTCOMES, sl.CALL_KINDS,
                  sl.INVOICE_KINDS, sl.INVOICE_STATUSES, sl.TRAFFIC_TYPES, sl.TRAFFIC_KINDS, sl.GSS_TYPES,
                  sl.INSTALMENTS, sl.MAINTENANCE, sl.RECHARGE_METHODS, sl.ORDER_STATUSES, sl.ORDER_OUTCOMES,
                  sl.AUTO_RECHARGE_MODES):
        assert table.keys() <= listed


def test_the_outcome_search_matches_what_is_shown_not_the_hidden_server_words():
    attempt = parse_attempt({"status": "failed", "outcomeCode": "CARD_EXPIRED", "outcome": "Carta scaduta"})
    assert attempt.outcome_code == "CARD_EXPIRED"
    labels = sl.rendered(sl.RECHARGE_OUTCOMES)
    assert filter_attempts([attempt], RechargeFilter(text="expired"), outcome_labels=labels) == [attempt]
    assert filter_attempts([attempt], RechargeFilter(text="scaduta"), outcome_labels=labels) == []
    unknown = parse_attempt({"status": "failed", "outcomeCode": "NEW", "outcome": "Carta bloccata"})
    assert filter_attempts([unknown], RechargeFilter(text="bloccata"), outcome_labels=labels) == [unknown]
