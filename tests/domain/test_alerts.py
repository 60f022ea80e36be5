"""The local alert rules (issue 15), Qt-free: each rule once where it fires and once where it does not, the
suggested offer up and down on a crafted catalogue, the comeback of a dismissed alert, and the whole
company's computation."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from tests.domain.fleet_factories import GB, MONTHS, OFFERS, TODAY, company, fleet, line, usage, usage_json
from windtre_desktop.domain import alerts
from windtre_desktop.domain.alerts import (
    OFFER_EXHAUSTED,
    OFFER_UNDERUSED,
    RULES,
    SPEND_SPIKE,
    Alert,
    comes_back,
    compute_alerts,
    credit_running_out,
    idle_but_billed,
    offer_down,
    offer_exhausted,
    offer_underused,
    offer_up,
    spend_spike,
    traffic_spike,
)
from windtre_desktop.domain.fleet_usage import Offer

DAY = date.fromisoformat(TODAY)


# --- spend_spike ------------------------------------------------------------------------------------------

def test_spend_spike_fires_when_the_last_month_doubles_the_three_before():
    spend = [2000] * 20 + [4000, 4200, 4400, 18240]
    alert = spend_spike(line(), usage(spend=spend), OFFERS, DAY, MONTHS)
    assert alert is not None and alert.rule == SPEND_SPIKE
    assert alert.facts["cents"] == 18240 and alert.facts["meanCents"] == 4200
    assert alert.facts["month"] == MONTHS[-1]
    assert abs(alert.severity - 18240 / 4200) < 1e-9


def test_spend_spike_does_not_fire_under_twice_the_mean_nor_for_a_few_euro():
    assert spend_spike(line(), usage(spend=[2000] * 21 + [2000, 2000, 3999]), OFFERS, DAY, MONTHS) is None
    # three times a tiny mean, but less than 10 € more: no alert
    assert spend_spike(line(), usage(spend=[100] * 23 + [900]), OFFERS, DAY, MONTHS) is None
    # a line new in the last months (nothing billed before): no usual spend to be far above
    assert spend_spike(line(), usage(spend=[0] * 21 + [0, 0, 1500]), OFFERS, DAY, MONTHS) is None
    assert spend_spike(line(), usage(spend=[0] * 21 + [1500, 0, 9000]), OFFERS, DAY, MONTHS) is None


# --- traffic_spike ----------------------------------------------------------------------------------------

def test_traffic_spike_fires_on_records_three_times_the_weekly_average():
    alert = traffic_spike(line(), usage(last_week={"records": 400, "costCents": 50},
                                        previous={"records": 1200, "costCents": 600}), OFFERS, DAY)
    assert alert is not None and alert.facts["measure"] == "records"
    assert alert.facts["lastWeek"] == 400 and alert.facts["weeklyAverage"] == 100
    assert alert.severity == 4.0


def test_traffic_spike_fires_on_cost_alone():
    alert = traffic_spike(line(), usage(last_week={"records": 50, "costCents": 2400},
                                        previous={"records": 600, "costCents": 1200}), OFFERS, DAY)
    assert alert is not None and alert.facts["measure"] == "cost" and alert.severity == 24.0


def test_traffic_spike_does_not_fire_on_a_quiet_line_or_an_ordinary_week():
    quiet = usage(last_week={"records": 3, "costCents": 30}, previous={"records": 12, "costCents": 0})
    assert traffic_spike(line(), quiet, OFFERS, DAY) is None
    ordinary = usage(last_week={"records": 250, "costCents": 900}, previous={"records": 1200, "costCents": 6000})
    assert traffic_spike(line(), ordinary, OFFERS, DAY) is None


# --- idle_but_billed --------------------------------------------------------------------------------------

def test_idle_but_billed_fires_after_thirty_days_without_traffic_and_when_none_in_the_window():
    since = (DAY - timedelta(days=41)).isoformat()
    alert = idle_but_billed(line(), usage(last_activity=since), OFFERS, DAY, MONTHS)
    assert alert is not None and alert.facts["idleDays"] == 41 and alert.facts["billedCents"] == 1990
    never = idle_but_billed(line(), usage(last_activity=None), OFFERS, DAY, MONTHS)
    assert never is not None and never.facts["idleDays"] == alerts.TRAFFIC_WINDOW_DAYS


def test_idle_but_billed_does_not_fire_when_recently_used_or_not_billed():
    recent = (DAY - timedelta(days=29)).isoformat()
    assert idle_but_billed(line(), usage(last_activity=recent), OFFERS, DAY, MONTHS) is None
    assert idle_but_billed(line(), usage(last_activity=None, spend=[1990] * 23 + [0]), OFFERS, DAY, MONTHS) is None


# --- offer_exhausted --------------------------------------------------------------------------------------

def test_offer_exhausted_fires_every_month_at_the_allowance_and_suggests_the_next_offer_up():
    alert = offer_exhausted(line(offer="BIZ-GIGA-50"), usage(data_used=[50 * GB, 61 * GB, 55 * GB]), OFFERS, DAY)
    assert alert is not None and alert.rule == OFFER_EXHAUSTED
    assert alert.facts["suggestedCode"] == "BIZ-GIGA-100"
    assert alert.facts["usedBytes"] == [50 * GB, 61 * GB, 55 * GB]


def test_offer_exhausted_does_not_fire_when_one_month_stayed_under():
    assert offer_exhausted(line(offer="BIZ-GIGA-50"), usage(data_used=[50 * GB, 49 * GB, 55 * GB]),
                           OFFERS, DAY) is None
    # unlimited data, or a fixed line without a data counter: nothing to exhaust
    assert offer_exhausted(line(offer="BIZ-UNL"), usage(data_used=[500 * GB] * 3), OFFERS, DAY) is None
    assert offer_exhausted(line(kind="fixed", offer="FIX-BASE"), usage(data_used=[None] * 3), OFFERS, DAY) is None


def test_the_next_offer_up_is_the_smallest_larger_allowance_of_the_same_kind_then_unlimited():
    catalogue = list(OFFERS.values()) + [
        Offer("BIZ-GIGA-80-PRO", "Giga 80 Pro", "mobile", 5000, 80 * GB),
        Offer("BIZ-GIGA-80", "Giga 80", "mobile", 2200, 80 * GB),
        Offer("FIX-FIBRA-60", "Fibra", "fixed", 2000, 60 * GB),
    ]
    giga50 = OFFERS["BIZ-GIGA-50"]
    assert offer_up(giga50, "mobile", 50 * GB, catalogue).code == "BIZ-GIGA-80"  # the cheaper of two 80 GB
    assert offer_up(OFFERS["BIZ-GIGA-100"], "mobile", 100 * GB, catalogue).code == "BIZ-UNL"
    assert offer_up(OFFERS["BIZ-UNL"], "mobile", 10 ** 15, [OFFERS["BIZ-UNL"]]) is None
    alert = offer_exhausted(line(offer="BIZ-GIGA-100"), usage(data_used=[100 * GB] * 3),
                            {o.code: o for o in catalogue}, DAY)
    assert alert is not None and alert.facts["suggestedCode"] == "BIZ-UNL" and alert.facts["suggestedBytes"] is None


# --- offer_underused --------------------------------------------------------------------------------------

def test_offer_underused_fires_under_half_every_month_and_suggests_the_next_offer_down():
    alert = offer_underused(line(offer="BIZ-GIGA-100"), usage(data_used=[12 * GB, 30 * GB, 20 * GB]), OFFERS, DAY)
    assert alert is not None and alert.rule == OFFER_UNDERUSED
    assert alert.facts["suggestedCode"] == "BIZ-GIGA-50"  # the next step down still holds the 30 GB used
    assert abs(alert.severity - 0.7) < 1e-9


def test_offer_underused_does_not_fire_when_one_month_used_half():
    assert offer_underused(line(offer="BIZ-GIGA-100"), usage(data_used=[12 * GB, 50 * GB, 20 * GB]),
                           OFFERS, DAY) is None


def test_the_next_offer_down_still_holds_the_most_used_and_is_cheaper():
    giga100 = OFFERS["BIZ-GIGA-100"]
    catalogue = list(OFFERS.values())
    assert offer_down(giga100, "mobile", 30 * GB, catalogue).code == "BIZ-GIGA-50"
    assert offer_down(giga100, "mobile", 8 * GB, catalogue).code == "BIZ-GIGA-50"  # the closest step down
    assert offer_down(giga100, "mobile", 51 * GB, catalogue) is None  # nothing cheaper holds 51 GB
    # the cheapest offer, barely used: nothing cheaper to suggest, so no alert
    assert offer_underused(line(offer="BIZ-START-10"), usage(data_used=[GB] * 3), OFFERS, DAY) is None


# --- credit_running_out -----------------------------------------------------------------------------------

def test_credit_running_out_fires_under_seven_days_at_last_weeks_pace():
    alert = credit_running_out(line(prepaid=True, credit=600), usage(last_week={"records": 80, "costCents": 1400}),
                               OFFERS, DAY)
    assert alert is not None and alert.facts["daysLeft"] == 3.0 and alert.facts["perDayCents"] == 200


def test_credit_running_out_does_not_fire_with_enough_credit_or_on_a_subscription():
    week = {"records": 80, "costCents": 1400}
    assert credit_running_out(line(prepaid=True, credit=1400), usage(last_week=week), OFFERS, DAY) is None
    assert credit_running_out(line(prepaid=False, credit=10), usage(last_week=week), OFFERS, DAY) is None
    assert credit_running_out(line(prepaid=True, credit=10), usage(last_week={"records": 0, "costCents": 0}),
                              OFFERS, DAY) is None


# --- dismissal, and the whole company -------------------------------------------------------------------

def test_a_dismissed_alert_comes_back_only_past_the_margin():
    assert comes_back(3.0, None)
    assert not comes_back(3.0, 3.0)
    assert not comes_back(3.0 * (1 + alerts.COMEBACK_MARGIN), 3.0)
    assert comes_back(3.0 * (1 + alerts.COMEBACK_MARGIN) + 0.01, 3.0)
    # credit: fewer days left is a higher severity
    week = {"records": 80, "costCents": 1400}
    five_days = credit_running_out(line(prepaid=True, credit=1000), usage(last_week=week), OFFERS, DAY)
    four_days = credit_running_out(line(prepaid=True, credit=800), usage(last_week=week), OFFERS, DAY)
    two_days = credit_running_out(line(prepaid=True, credit=400), usage(last_week=week), OFFERS, DAY)
    assert not comes_back(four_days.severity, five_days.severity)
    assert comes_back(two_days.severity, five_days.severity)


def test_alerts_round_trip_as_json():
    alert = Alert(SPEND_SPIKE, "L00001", 2.5, {"cents": 10})
    assert Alert.from_json(alert.to_json()) == alert and Alert.from_json(alert.to_json()).facts == {"cents": 10}


def test_compute_alerts_lists_every_rule_by_urgency_and_leaves_ordinary_lines_alone():
    snapshot = company(310)
    found = compute_alerts(snapshot)
    assert {a.rule for a in found} == set(RULES)
    flagged = {a.line_id for a in found}
    assert len(flagged) < len(snapshot.lines) / 3
    order = [RULES.index(a.rule) for a in found]
    assert order == sorted(order)
    pattern_one = [a for a in found if a.rule == SPEND_SPIKE]
    assert {a.line_id for a in pattern_one} >= {"L00001", "L00032"}


def test_compute_alerts_without_usage_is_empty_and_names_lines_in_entries():
    snapshot = fleet([(line(1), usage_json(1, spend=[1000] * 23 + [5000]))])
    found = compute_alerts(snapshot)
    assert [a.rule for a in found] == [SPEND_SPIKE]
    entry = alerts.entries(found, snapshot)[0]
    assert entry.msisdn == "+393470000001" and entry.holder == "Titolare 1"
    assert compute_alerts(snapshot.__class__(snapshot.lines, None)) == []


def test_entries_name_each_alerts_line_and_label_and_stay_blank_without_them():
    from windtre_desktop.domain.fleet_usage import LineLabel

    snapshot = fleet([(line(1), usage_json(1)), (line(2), usage_json(2))])
    snapshot = snapshot.__class__(snapshot.lines, snapshot.usage, {"L00002": LineLabel("L00002", "Furgone")})
    found = [Alert(SPEND_SPIKE, "L00001", 3.0), Alert(SPEND_SPIKE, "L00002", 2.0), Alert(SPEND_SPIKE, "L09999", 1.0)]
    assert [(e.alert, e.msisdn, e.holder, e.label) for e in alerts.entries(found, snapshot)] == [
        (found[0], "+393470000001", "Titolare 1", ""), (found[1], "+393470000002", "Titolare 2", "Furgone"),
        (found[2], "", "", "")]
    assert [(e.alert, e.msisdn, e.holder, e.label) for e in alerts.entries(found[:1], None)] == [
        (found[0], "", "", "")]


# --- every fact an alert carries (issue 16: the texts and the view read them by these names) -----------------

def test_the_facts_of_idle_offer_and_credit_alerts_in_full():
    since = (DAY - timedelta(days=41)).isoformat()
    idle = idle_but_billed(line(), usage(last_activity=since), OFFERS, DAY, MONTHS)
    assert idle.facts == {"idleDays": 41, "lastActivity": since, "billedCents": 1990, "month": MONTHS[-1]}
    used = [50 * GB, 61 * GB, 55 * GB]
    exhausted = offer_exhausted(line(offer="BIZ-GIGA-50"), usage(data_used=used), OFFERS, DAY)
    giga50, giga100 = OFFERS["BIZ-GIGA-50"], OFFERS["BIZ-GIGA-100"]
    assert exhausted.facts == {
        "offerCode": "BIZ-GIGA-50", "offerName": giga50.name, "offerCents": giga50.monthly_cents,
        "allowanceBytes": giga50.data_bytes, "usedBytes": used, "suggestedCode": "BIZ-GIGA-100",
        "suggestedName": giga100.name, "suggestedCents": giga100.monthly_cents, "suggestedBytes": giga100.data_bytes}
    credit = credit_running_out(line(prepaid=True, credit=600), usage(last_week={"records": 80, "costCents": 1400}),
                                OFFERS, DAY)
    assert credit.facts == {"creditCents": 600, "perDayCents": 200, "daysLeft": 3.0}


def test_a_traffic_spike_fires_at_exactly_the_minimum_number_of_records():
    at_minimum = usage(last_week={"records": alerts.TRAFFIC_SPIKE_MIN_RECORDS, "costCents": 0},
                       previous={"records": 0, "costCents": 0})
    assert traffic_spike(line(), at_minimum, OFFERS, DAY) is not None


# --- the edges of the rules (issue 16: the sampled mutation run of 2026-12-07) --------------------------------

def test_spend_spike_fires_at_exactly_twice_the_mean():
    alert = spend_spike(line(), usage(spend=[2000] * 21 + [2000, 2000, 4000]), OFFERS, DAY, MONTHS)
    assert alert is not None and alert.facts["meanCents"] == 2000 and alert.severity == 2.0


def test_an_exhausted_offer_with_nothing_larger_suggests_nothing():
    catalogue = {code: offer for code, offer in OFFERS.items() if code != "BIZ-UNL"}
    alert = offer_exhausted(line(offer="BIZ-GIGA-100"), usage(data_used=[100 * GB] * 3), catalogue, DAY)
    assert alert is not None and alert.line_id == "L00001"
    assert {key: alert.facts[key] for key in ("suggestedCode", "suggestedName", "suggestedCents", "suggestedBytes")
            } == dict.fromkeys(("suggestedCode", "suggestedName", "suggestedCents", "suggestedBytes"))


def test_an_underused_offer_names_its_line_and_one_no_longer_sold_suggests_nothing():
    alert = offer_underused(line(7, offer="BIZ-GIGA-100"), usage(7, data_used=[12 * GB, 30 * GB, 20 * GB]),
                            OFFERS, DAY)
    assert alert is not None and alert.line_id == "L00007"
    # the line's allowance is known from its counter, but its offer is not in the catalogue any more
    retired = dataclasses.replace(line(offer="BIZ-GIGA-100"), offer_code="BIZ-OLD-100", offer_name="Old 100")
    assert offer_underused(retired, usage(data_used=[12 * GB, 30 * GB, 20 * GB]), OFFERS, DAY) is None


def test_a_line_without_usage_does_not_hide_the_lines_after_it():
    snapshot = fleet([(line(1), usage_json(1)), (line(2), usage_json(2, spend=[1000] * 23 + [5000]))])
    snapshot = dataclasses.replace(snapshot, lines=(line(9), *snapshot.lines))  # L00009 has no usage yet
    assert [(a.rule, a.line_id) for a in compute_alerts(snapshot)] == [(SPEND_SPIKE, "L00002")]


# --- the rules' edges and facts in full (issue 16: a second, per-module sample) ------------------------------

def test_three_months_of_spend_are_too_few_to_know_the_usual():
    assert spend_spike(line(), usage(spend=[1000, 1000, 9000]), OFFERS, DAY, MONTHS) is None
    alert = spend_spike(line(), usage(spend=[1000, 1000, 1000, 9000]), OFFERS, DAY, MONTHS)
    assert alert.facts == {"month": MONTHS[-1], "cents": 9000, "meanCents": 1000, "previousCents": [1000] * 3}


def test_a_traffic_spikes_weekly_average_keeps_its_tenth():
    alert = traffic_spike(line(), usage(last_week={"records": 400, "costCents": 0},
                                        previous={"records": 1206, "costCents": 0}), OFFERS, DAY)
    assert alert.facts["weeklyAverage"] == 100.5


def test_idle_but_billed_fires_from_one_cent_and_exactly_thirty_days_and_names_no_month_without_months():
    since = (DAY - timedelta(days=alerts.IDLE_DAYS)).isoformat()
    alert = idle_but_billed(line(), usage(spend=[1990] * 23 + [1], last_activity=since), OFFERS, DAY)
    assert alert is not None and alert.facts == {"idleDays": 30, "lastActivity": since, "billedCents": 1, "month": ""}


def test_a_line_with_an_offer_not_in_the_catalogue_and_no_data_counter_has_no_offer_alert():
    unknown = dataclasses.replace(line(), offer_code="OLD-PLAN", data=None)
    assert offer_exhausted(unknown, usage(data_used=[50 * GB] * 3), OFFERS, DAY) is None


def test_the_next_offer_up_has_more_data_not_the_same():
    same = Offer("BIZ-GIGA-50-LITE", "Giga 50 Lite", "mobile", 1500, 50 * GB)
    assert offer_up(OFFERS["BIZ-GIGA-50"], "mobile", 50 * GB, [*OFFERS.values(), same]).code == "BIZ-GIGA-100"


def test_of_two_offers_down_at_the_same_price_the_one_with_more_data_is_suggested():
    catalogue = [*OFFERS.values(), Offer("A-BIG", "Big", "mobile", 1500, 40 * GB),
                 Offer("Z-SMALL", "Small", "mobile", 1500, 20 * GB)]
    assert offer_down(OFFERS["BIZ-GIGA-50"], "mobile", 5 * GB, catalogue).code == "A-BIG"


def test_the_facts_of_an_underused_offer_in_full():
    used = [12 * GB, 30 * GB, 20 * GB]
    alert = offer_underused(line(offer="BIZ-GIGA-100"), usage(data_used=used), OFFERS, DAY)
    giga100, giga50 = OFFERS["BIZ-GIGA-100"], OFFERS["BIZ-GIGA-50"]
    assert alert.facts == {
        "offerCode": "BIZ-GIGA-100", "offerName": giga100.name, "offerCents": giga100.monthly_cents,
        "allowanceBytes": giga100.data_bytes, "usedBytes": used, "suggestedCode": "BIZ-GIGA-50",
        "suggestedName": giga50.name, "suggestedCents": giga50.monthly_cents, "suggestedBytes": giga50.data_bytes}


def test_no_credit_or_less_means_no_days_left():
    week = {"records": 10, "costCents": 7}  # one cent a day
    for credit in (0, -500):
        alert = credit_running_out(line(prepaid=True, credit=credit), usage(last_week=week), OFFERS, DAY)
        assert alert.facts["daysLeft"] == 0.0


def test_the_whole_companys_alerts_name_the_month_they_are_about():
    snapshot = fleet([(line(1), usage_json(1, spend=[1000] * 23 + [5000]))])
    assert [a.facts["month"] for a in compute_alerts(snapshot)] == [MONTHS[-1]]


def test_an_alert_of_a_rule_this_version_does_not_know_is_listed_last():
    unknown = Alert("future_rule", "L00001", 9.0)
    known = Alert(SPEND_SPIKE, "L00002", 1.0)
    assert alerts.ranked([unknown, known]) == [known, unknown]


# --- each alert names its line; the edges of idle days and credit (issue 16: the sampled run of seed 576230) -----

def test_a_traffic_spike_and_an_idle_line_name_the_line_they_are_about():
    spike = traffic_spike(line(7), usage(7, last_week={"records": 400, "costCents": 50},
                                         previous={"records": 1200, "costCents": 600}), OFFERS, DAY)
    idle = idle_but_billed(line(7), usage(7, last_activity=(DAY - timedelta(days=41)).isoformat()), OFFERS, DAY)
    assert (spike.line_id, idle.line_id) == ("L00007", "L00007")


def test_a_last_activity_that_is_no_date_counts_no_idle_days():
    assert alerts.idle_days(usage(last_activity="yesterday"), DAY) == 0
    assert alerts.idle_days(usage(last_activity=None), DAY) == alerts.TRAFFIC_WINDOW_DAYS


def test_one_cent_spent_last_week_with_no_credit_left_is_running_out():
    alert = credit_running_out(line(prepaid=True, credit=0), usage(last_week={"records": 1, "costCents": 1}),
                               OFFERS, DAY)
    assert alert is not None and alert.facts["daysLeft"] == 0.0
