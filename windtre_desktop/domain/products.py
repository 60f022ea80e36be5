"""Prodotti and Gestione GSS (R-22, R-50, R-51, R-60): Giga Smart Share packages, their SIMs and the company's
devices as read from the contract (docs/api.md "Products and Giga Smart Share"), the rules of the four
package actions checked before anything is sent (the server checks them again), and the words of each
action's confirmation: what changes, from what, to what, on which package or SIM. Qt-free, no I/O."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from windtre_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from windtre_desktop.domain.validators import check_mobile

GIGA = 1024**3  # the contract's Giga: plans and extra are whole Giga of 2^30 bytes, what the app writes "GB"
PLAN_STEPS = (50, 100, 200, 300, 500, 1000)  # the server sends its own in each listing
EXTRA_STEPS = (5, 10, 20, 50)
EXTRA_MONTHLY_CAP = 100  # Giga of extra a package may get in a month
MOVE_MAX = 50  # SIMs moved by one request
THRESHOLDS = (80, 100)  # percent of the pooled data that raise a notification

_CONTEXT = "Products"


def _msg(text: str, *args: object) -> Message:
    return Message(_CONTEXT, text, tuple(a if isinstance(a, Message) else str(a) for a in args))


@dataclass(frozen=True)
class GssPackage:
    id: str
    type: str
    giga_plan: int
    extra_giga: int
    pooled_bytes: int
    used_bytes: int
    sim_count: int
    max_sims: int
    device_count: int
    referent_phone: str
    thresholds_sent: tuple[int, ...] = ()
    version: int = 0

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> GssPackage:
        return cls(
            id=str(raw["id"]), type=str(raw.get("type") or ""), giga_plan=int(raw.get("gigaPlan") or 0),
            extra_giga=int(raw.get("extraGiga") or 0), pooled_bytes=int(raw.get("pooledBytes") or 0),
            used_bytes=int(raw.get("usedBytes") or 0), sim_count=int(raw.get("simCount") or 0),
            max_sims=int(raw.get("maxSims") or 0), device_count=int(raw.get("deviceCount") or 0),
            referent_phone=str(raw.get("referentPhone") or ""),
            thresholds_sent=tuple(int(t) for t in raw.get("thresholdsSent") or ()),
            version=int(raw.get("version") or 0))

    @property
    def used_share(self) -> float:
        """The part of the pooled data used this month (0…1, more when over)."""
        return self.used_bytes / self.pooled_bytes if self.pooled_bytes > 0 else 0.0

    @property
    def free_places(self) -> int:
        return max(self.max_sims - self.sim_count, 0)


@dataclass(frozen=True)
class GssSim:
    line_id: str
    msisdn: str
    holder: str
    alias: str
    used_bytes: int
    credit_cents: int | None

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> GssSim:
        credit = raw.get("creditCents")
        return cls(str(raw["lineId"]), str(raw.get("msisdn") or ""), str(raw.get("holder") or ""),
                   str(raw.get("alias") or ""), int(raw.get("usedBytes") or 0),
                   None if credit is None else int(credit))


@dataclass(frozen=True)
class Device:
    id: str
    model: str
    account_name: str
    line_id: str | None
    msisdn: str | None
    instalment: str
    maintenance: str
    interventions_left: int
    package_id: str | None

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> Device:
        return cls(str(raw["id"]), str(raw.get("model") or ""), str(raw.get("accountName") or ""),
                   raw.get("lineId"), raw.get("msisdn"), str(raw.get("instalment") or ""),
                   str(raw.get("maintenance") or ""), int(raw.get("interventionsLeft") or 0), raw.get("packageId"))


@dataclass(frozen=True)
class GssListing:
    packages: tuple[GssPackage, ...]
    plan_steps: tuple[int, ...] = PLAN_STEPS
    extra_steps: tuple[int, ...] = EXTRA_STEPS

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> GssListing:
        return cls(tuple(GssPackage.from_json(p) for p in raw.get("packages") or ()),
                   tuple(int(s) for s in raw.get("planSteps") or PLAN_STEPS),
                   tuple(int(s) for s in raw.get("extraSteps") or EXTRA_STEPS))


# --- the fields the forms name -------------------------------------------------------------------------------

FIELD_PLAN = _msg(QT_TRANSLATE_NOOP("Products", "Giga per month"))
FIELD_REFERENT = _msg(QT_TRANSLATE_NOOP("Products", "Referent's mobile number"))
FIELD_EXTRA = _msg(QT_TRANSLATE_NOOP("Products", "Extra Giga"))
FIELD_SIMS = _msg(QT_TRANSLATE_NOOP("Products", "SIMs to move"))
FIELD_TARGET = _msg(QT_TRANSLATE_NOOP("Products", "Destination package"))


def _steps(steps: Sequence[int], write: Callable[[int], str] = str) -> str:
    return ", ".join(write(s) for s in steps)


# --- the rules, checked before the request -------------------------------------------------------------

Write = Callable[[int], str]  # how a number is written in a message (i18n.formatting.count in the app)


def check_plan(package: GssPackage, giga_plan: int, steps: Sequence[int] = PLAN_STEPS, write: Write = str
               ) -> Message | None:
    """An upgrade or downgrade: one of the steps, not the current plan; a downgrade never under what is
    already used (an upgrade is always allowed: a package over its Giga is the one that needs more)."""
    if giga_plan not in steps:
        return _msg(QT_TRANSLATE_NOOP("Products", "%1: choose one of %2 Giga."), FIELD_PLAN, _steps(steps, write))
    if giga_plan == package.giga_plan:
        return _msg(QT_TRANSLATE_NOOP("Products", "%1: the package already has %2 Giga a month."), FIELD_PLAN,
                    write(giga_plan))
    # a downgrade under what is used is refused; the month's extra Giga do not count: they end with it
    if giga_plan < package.giga_plan and giga_plan * GIGA < package.used_bytes:
        used = -(-package.used_bytes // GIGA)  # rounded up: the plan must cover every byte used
        return _msg(QT_TRANSLATE_NOOP(
            "Products", "%1: the package has already used %2 Giga this month; a plan under that cannot be chosen."),
            FIELD_PLAN, write(used))
    return None


def check_referent(phone: str) -> Message | None:
    """The referent gets the R-82 SMS: an Italian mobile number."""
    return check_mobile(phone)


def check_extra(package: GssPackage, giga: int, steps: Sequence[int] = EXTRA_STEPS, write: Write = str
                ) -> Message | None:
    if giga not in steps:
        return _msg(QT_TRANSLATE_NOOP("Products", "%1: choose one of %2 Giga."), FIELD_EXTRA, _steps(steps, write))
    if package.extra_giga + giga > EXTRA_MONTHLY_CAP:
        return _msg(QT_TRANSLATE_NOOP(
            "Products", "%1: at most %2 extra Giga a month; this package has %3 already."),
            FIELD_EXTRA, write(EXTRA_MONTHLY_CAP), write(package.extra_giga))
    return None


def check_move(source: GssPackage, target: GssPackage | None, line_ids: Sequence[str],
               target_line_ids: Sequence[str] = (), name_of: Callable[[str], str] = str, write: Write = str
               ) -> Message | None:
    """SIMs from one package to another: some SIMs (at most MOVE_MAX), another package, none already there,
    room for them all. `target_line_ids`: the SIMs the target holds, when known; `name_of` writes a line for
    the message (its number)."""
    if not line_ids:
        return _msg(QT_TRANSLATE_NOOP("Products", "%1: choose at least one SIM."), FIELD_SIMS)
    if len(line_ids) > MOVE_MAX:
        return _msg(QT_TRANSLATE_NOOP("Products", "%1: at most %2 SIMs at a time (you chose %3)."), FIELD_SIMS,
                    write(MOVE_MAX), write(len(line_ids)))
    if target is None:
        return _msg(QT_TRANSLATE_NOOP("Products", "%1: choose the package the SIMs go to."), FIELD_TARGET)
    if target.id == source.id:
        return _msg(QT_TRANSLATE_NOOP("Products", "%1: the SIMs are already in package %2."), FIELD_TARGET,
                    source.id)
    already = [line for line in line_ids if line in set(target_line_ids)]
    if already:
        return _msg(QT_TRANSLATE_NOOP("Products", "%1: %2 is already in package %3."), FIELD_SIMS,
                    name_of(already[0]), target.id)
    if target.sim_count + len(line_ids) > target.max_sims:
        return _msg(QT_TRANSLATE_NOOP(
            "Products", "%1: package %2 has room for %3 more SIMs (at most %4), not %5."),
            FIELD_TARGET, target.id, write(target.free_places), write(target.max_sims), write(len(line_ids)))
    return None


# --- what each confirmation says ----------------------------------------------------------------------------

def describe_plan(package: GssPackage, giga_plan: int, write: Write = str) -> Message:
    if giga_plan > package.giga_plan:
        text = QT_TRANSLATE_NOOP("Products", "Upgrade package %1 from %2 to %3 Giga a month.")
    else:
        text = QT_TRANSLATE_NOOP("Products", "Downgrade package %1 from %2 to %3 Giga a month.")
    return _msg(text, package.id, write(package.giga_plan), write(giga_plan))


def describe_referent(package: GssPackage, phone: str) -> Message:
    return _msg(QT_TRANSLATE_NOOP("Products", "Change the referent of package %1 from %2 to %3."),
                package.id, package.referent_phone or "–", phone)


def describe_extra(package: GssPackage, giga: int, write: Write = str) -> Message:
    return _msg(QT_TRANSLATE_NOOP(
        "Products", "Add %2 extra Giga to package %1: its extra Giga this month go from %3 to %4."),
        package.id, write(giga), write(package.extra_giga), write(package.extra_giga + giga))


def describe_move(source: GssPackage, target: GssPackage, names: Sequence[str], write: Write = str) -> Message:
    shown = ", ".join(names[:5]) + (" …" if len(names) > 5 else "")
    return _msg(QT_TRANSLATE_NOOP(
        "Products", "Move %1 SIM(s) (%2) from package %3 to package %4: %3 goes from %5 to %6 SIMs, %4 from "
                    "%7 to %8."),
        write(len(names)), shown, source.id, target.id, write(source.sim_count),
        write(source.sim_count - len(names)), write(target.sim_count), write(target.sim_count + len(names)))
