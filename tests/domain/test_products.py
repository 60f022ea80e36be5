"""Gestione GSS's rules before anything is sent (R-60), and what each confirmation says: each rule with a
case where it refuses (naming the field) and one where it lets the action through."""

from __future__ import annotations

import pytest

from windtre_desktop.domain.products import (
    EXTRA_MONTHLY_CAP,
    GIGA,
    MOVE_MAX,
    GssListing,
    GssPackage,
    check_extra,
    check_move,
    check_plan,
    check_referent,
    describe_extra,
    describe_move,
    describe_plan,
    describe_referent,
)


def package(id_: str = "GSS-C0001-0001", plan: int = 200, extra: int = 0, used_giga: float = 50,
            sims: int = 20, max_sims: int = 30) -> GssPackage:
    return GssPackage.from_json({
        "id": id_, "type": "data_share", "gigaPlan": plan, "extraGiga": extra,
        "pooledBytes": (plan + extra) * GIGA, "usedBytes": int(used_giga * GIGA), "simCount": sims,
        "maxSims": max_sims, "deviceCount": 2, "referentPhone": "+393471234567", "thresholdsSent": [80],
        "version": 3})


def test_a_package_reads_the_contract_and_knows_its_use():
    gss = package(used_giga=55)
    assert (gss.giga_plan, gss.pooled_bytes, gss.thresholds_sent, gss.free_places) == (200, 200 * GIGA, (80,), 10)
    assert gss.used_share == pytest.approx(0.275)
    listing = GssListing.from_json({"packages": [{"id": "A"}], "planSteps": [100, 200], "extraSteps": [5]})
    assert listing.plan_steps == (100, 200) and listing.packages[0].id == "A"


def test_the_plan_is_a_step_not_the_same_and_never_under_what_is_used_r60():
    gss = package(plan=200, used_giga=120.5)
    assert str(check_plan(gss, 250)) == "Giga per month: choose one of 50, 100, 200, 300, 500, 1000 Giga."
    assert str(check_plan(gss, 200)) == "Giga per month: the package already has 200 Giga a month."
    assert "already used 121 Giga" in str(check_plan(gss, 100))
    assert check_plan(gss, 300) is None and check_plan(package(used_giga=10), 50) is None
    over = package(plan=50, extra=50, used_giga=101)  # over its own Giga: the one package that needs more
    assert check_plan(over, 100) is None
    assert "choose one of 50, 100, 200, 300, 500, 1.000" in str(check_plan(gss, 7, write=lambda n: f"{n:,}".replace(",", ".")))


def test_extra_giga_are_a_step_and_at_most_100_a_month_r60():
    assert str(check_extra(package(), 7)).startswith("Extra Giga: choose one of 5, 10, 20, 50")
    assert check_extra(package(extra=EXTRA_MONTHLY_CAP - 50), 50) is None
    assert "at most 100 extra Giga a month; this package has 60" in str(check_extra(package(extra=60), 50))


def test_the_referent_is_an_italian_mobile_number_r60():
    assert check_referent("347 123 4567") is None and check_referent("+39 347 1234567") is None
    assert str(check_referent("06 1234 5678")).startswith("Mobile number: this is a landline number")
    assert str(check_referent("")).startswith("Mobile number: enter the number")


def test_a_move_needs_sims_another_package_none_already_there_and_room_r60():
    source, target = package("A"), package("B", sims=28, max_sims=30)
    assert str(check_move(source, target, [])) == "SIMs to move: choose at least one SIM."
    assert "at most 50 SIMs" in str(check_move(source, target, [f"L{i}" for i in range(MOVE_MAX + 1)]))
    assert str(check_move(source, None, ["L1"])).startswith("Destination package: choose")
    assert "already in package A" in str(check_move(source, source, ["L1"]))
    names = {"L2": "+393330000002"}.get
    assert str(check_move(source, target, ["L1", "L2"], ["L2", "L9"], lambda x: names(x) or x)) == \
        "SIMs to move: +393330000002 is already in package B."
    assert str(check_move(source, target, ["L1", "L3", "L4"])) == \
        "Destination package: package B has room for 2 more SIMs (at most 30), not 3."
    assert check_move(source, target, ["L1", "L3"]) is None


def test_each_confirmation_says_what_changes_from_what_to_what_and_where():
    gss = package(plan=200, extra=20)
    assert str(describe_plan(gss, 500)) == "Upgrade package GSS-C0001-0001 from 200 to 500 Giga a month."
    assert str(describe_plan(gss, 100)).startswith("Downgrade package GSS-C0001-0001 from 200 to 100")
    assert str(describe_referent(gss, "+393339999999")) == \
        "Change the referent of package GSS-C0001-0001 from +393471234567 to +393339999999."
    assert str(describe_extra(gss, 10)) == \
        "Add 10 extra Giga to package GSS-C0001-0001: its extra Giga this month go from 20 to 30."
    moved = str(describe_move(package("A", sims=20), package("B", sims=5), ["+39333", "+39334"]))
    assert moved == "Move 2 SIM(s) (+39333, +39334) from package A to package B: A goes from 20 to 18 SIMs, " \
                    "B from 5 to 7."


def test_a_plan_exactly_as_large_as_what_is_used_is_allowed():
    assert check_plan(package(plan=200, used_giga=100), 100) is None
    refused = check_plan(package(plan=200, used_giga=100.5), 100)
    assert refused.render() == ("Giga per month: the package has already used 101 Giga this month; a plan under "
                                "that cannot be chosen.")


def test_a_package_without_a_referent_says_so_with_a_dash():
    bare = GssPackage.from_json({"id": "GSS-1"})
    assert describe_referent(bare, "+393470000001").render() == (
        "Change the referent of package GSS-1 from – to +393470000001.")


def test_a_move_names_at_most_five_sims():
    source, target = package("A", sims=10), package("B", sims=2)
    five = describe_move(source, target, ["s1", "s2", "s3", "s4", "s5"]).render()
    assert "(s1, s2, s3, s4, s5)" in five
    six = describe_move(source, target, ["s1", "s2", "s3", "s4", "s5", "s6"]).render()
    assert six.startswith("Move 6 SIM(s) (s1, s2, s3, s4, s5 …) from package A to package B")


def test_the_gss_refusals_are_written_in_full():
    assert str(check_extra(package(), 7, write=lambda n: f"<{n}>")) == \
        "Extra Giga: choose one of <5>, <10>, <20>, <50> Giga."
    assert str(check_extra(package(extra=60), 50)) == \
        "Extra Giga: at most 100 extra Giga a month; this package has 60 already."
    source, target = package("A", sims=60, max_sims=120), package("B", sims=0, max_sims=120)
    assert check_move(source, target, [f"L{i}" for i in range(MOVE_MAX)]) is None
    assert str(check_move(source, target, [f"L{i}" for i in range(MOVE_MAX + 1)])) == \
        "SIMs to move: at most 50 SIMs at a time (you chose 51)."
    assert str(check_move(source, source, ["L1"])) == "Destination package: the SIMs are already in package A."
