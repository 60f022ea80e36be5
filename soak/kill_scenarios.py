"""The work the kill -9 proofs interrupt (issue 16, "Crashes"), each with its own checks: a ticket sent through
the outbox, "Scarica tutto" of the invoices, every state-changing self-service and GSS action, a Telco Manager
created, an invoice shared, the fleet and traffic Excel exports, and the first full sync of a 10,000-line
company. Arguments are chosen afresh for each point (another line, another package), so each point's change
is one the server accepts."""

from __future__ import annotations

import shutil
from pathlib import Path

import httpx

from soak.kill_harness import (
    AppRun,
    Point,
    Scenario,
    admin_client,
    export_problems,
    profile_db,
    store_state,
    temp_files_left,
)
from windtre_desktop.sandbox.tickets import CLOSED_AFTER

# the sandbox stalls a change's request before and after applying it, so a kill falls on either side
STALL_MS = 300


def stalled(path_prefix: str) -> list[dict]:
    return [{"mode": "latency", "latencyMs": STALL_MS, "count": 1, "pathPrefix": path_prefix},
            {"mode": "latency", "latencyMs": STALL_MS, "count": 1, "pathPrefix": path_prefix, "after": True}]


def _mobile_lines(url: str, count: int, **filters) -> list[dict]:
    params = {"companyId": "C0001", "kind": "mobile", "limit": count, **filters}
    return httpx.get(f"{url}/sandbox/lines", params=params, timeout=30).json()["lines"]


# --- a ticket through the outbox -----------------------------------------------------------------------------


def ticket(url: str) -> Scenario:
    lines = [line["msisdn"] for line in _mobile_lines(url, 200)]

    def argument(index: int, home: Path) -> dict:
        # one open ticket per company: the last point's is closed by now
        httpx.post(f"{url}/sandbox/clock", json={"advanceSeconds": CLOSED_AFTER + 1}, timeout=10).raise_for_status()
        return {"msisdn": lines[(index + 1) % len(lines)], "_ticketsBefore": len(_tickets(url))}

    def after_kill(point: Point, arg: dict, home: Path, run: AppRun) -> None:
        state = store_state(home)
        point.problems += state.problems
        point.notes.update(outbox=dict(state.outbox), draft=state.draft, typed=run.seen("TYPED") is not None)
        on_server = len(_tickets(url)) - arg["_ticketsBefore"]
        if on_server and not state.outbox:
            point.problems.append("a ticket reached the server with no outbox entry behind it")

    def after_restart(point: Point, arg: dict, home: Path, seen: dict) -> None:
        on_server = len(_tickets(url)) - arg["_ticketsBefore"]
        queued = point.notes["outbox"]
        if queued:
            if on_server != 1:
                point.problems.append(f"the outbox held the ticket; the server has {on_server} after the restart")
            after = store_state(home)
            if any(after.outbox.get(key) != "sent" for key in queued):
                point.problems.append(f"the outbox entry did not complete after the restart: {after.outbox}")
        else:
            if on_server:
                point.problems.append("a ticket was filed that the outbox never held")
            kept = point.notes["draft"]
            if kept is not None and store_state(home).draft != kept:
                point.problems.append("the draft kept before the kill changed or vanished after the restart")
            if point.notes["typed"] and kept is None:
                point.problems.append("the typed ticket's draft was lost (its timer had fired before the kill)")
        if seen["pending_tickets"]:
            point.problems.append(f"{seen['pending_tickets']} ticket(s) still pending after the restart's sync")

    return Scenario("ticket", "ticket", argument, lambda arg: stalled("/api/v1/tickets"),
                    after_kill=after_kill, after_restart=after_restart)


def _tickets(url: str) -> list[dict]:
    client = admin_client(url)
    try:
        return client.tickets()
    finally:
        client.close()


# --- "Scarica tutto" ------------------------------------------------------------------------------------------


def invoices(url: str) -> Scenario:
    def after_kill(point: Point, arg: dict, home: Path, run: AppRun) -> None:
        point.problems += store_state(home).problems

    def after_restart(point: Point, arg: dict, home: Path, seen: dict) -> None:
        state = store_state(home)
        point.problems += state.problems
        archive_root = profile_db(home).parent / "archive"
        if list(archive_root.rglob(".part-*")):
            point.problems.append("temp files still in the archive after the restart opened it")
        complete = {i for i, _ in state.verified if (i, "pdf") in state.verified and (i, "fatturapa") in state.verified}
        if set(seen["shown_downloaded"]) != complete:
            point.problems.append(f"shown as downloaded {sorted(seen['shown_downloaded'])[:5]}… differs from "
                                  f"the verified archive {sorted(complete)[:5]}…")
        point.notes["archived"] = len(state.verified)

    every_file = [{"mode": "latency", "latencyMs": 60, "count": -1, "pathPrefix": "/api/v1/invoices/"}]
    return Scenario("invoices", "invoices", faults=lambda arg: every_file, after_kill=after_kill,
                    after_restart=after_restart, max_committed=0)


# --- the state-changing actions -----------------------------------------------------------------------------


def _package_extra(url: str, package_id: str) -> int:
    client = admin_client(url)
    try:
        return next(p["extraGiga"] for p in client.gss_packages().packages if p["id"] == package_id)
    finally:
        client.close()


def gss_extra(url: str) -> Scenario:
    def argument(index: int, home: Path) -> dict:
        client = admin_client(url)
        packages = client.gss_packages().packages
        client.close()
        package = packages[index % len(packages)]
        return {"flows": "products", "action": "gss_extra", "payload": {"packageId": package["id"], "giga": 5},
                "_extraBefore": package["extraGiga"]}

    def after_restart(point: Point, arg: dict, home: Path, seen: dict) -> None:
        grown = _package_extra(url, arg["payload"]["packageId"]) - arg["_extraBefore"]
        if grown != 5 * point.committed:
            point.problems.append(f"extra Giga grew by {grown} for {point.committed} change(s) applied")

    return Scenario("gss_extra", "action", argument, lambda arg: stalled("/api/v1/gss/"), redo=True,
                    after_restart=after_restart)


def gss_plan(url: str) -> Scenario:
    def argument(index: int, home: Path) -> dict:
        client = admin_client(url)
        listing = client.gss_packages()
        client.close()
        package = listing.packages[index % len(listing.packages)]
        # a larger plan when there is one: a smaller one may be under what the package has used
        plan = max(step for step in listing.plan_steps if step != package["gigaPlan"])
        return {"flows": "products", "action": "gss_plan", "payload": {"packageId": package["id"], "gigaPlan": plan}}

    return Scenario("gss_plan", "action", argument, lambda arg: stalled("/api/v1/gss/"), redo=True)


def gss_referent(url: str) -> Scenario:
    def argument(index: int, home: Path) -> dict:
        client = admin_client(url)
        packages = client.gss_packages().packages
        client.close()
        package = packages[index % len(packages)]
        phone = f"347 765 {index % 10000:04d}" if index >= 0 else "347 765 9999"
        return {"flows": "products", "action": "gss_referent", "payload": {"packageId": package["id"],
                                                                            "phone": phone}}

    return Scenario("gss_referent", "action", argument, lambda arg: stalled("/api/v1/gss/"), redo=True)


def gss_move(url: str) -> Scenario:
    def argument(index: int, home: Path) -> dict:
        client = admin_client(url)
        try:
            packages = client.gss_packages().packages
            sources = [p for p in packages if p["simCount"] > 0]
            source = sources[index % len(sources)]
            target = next(p for p in packages if p["id"] != source["id"] and p["simCount"] < p["maxSims"])
            line_id = client.gss_sims(source["id"])[0]["lineId"]
        finally:
            client.close()
        return {"flows": "products", "action": "gss_move",
                "payload": {"from": source["id"], "to": target["id"], "lineIds": [line_id]}}

    return Scenario("gss_move", "action", argument, lambda arg: stalled("/api/v1/gss/"), redo=True)


def _prepaid(url: str) -> list[str]:
    client = admin_client(url)
    try:
        return [line.id for line in client.sync(None, None).lines
                if line.kind == "mobile" and line.payment_type == "prepaid"]
    finally:
        client.close()


def recharge(url: str) -> Scenario:
    lines = _prepaid(url)

    def argument(index: int, home: Path) -> dict:
        return {"flows": "self_service", "action": "create_recharge",
                "payload": {"lineIds": [lines[index % len(lines)]], "amountCents": 500, "method": "invoice"}}

    return Scenario("recharge", "action", argument, lambda arg: stalled("/api/v1/recharges"), redo=True)


def auto_recharge(url: str) -> Scenario:
    lines = _prepaid(url)

    def argument(index: int, home: Path) -> dict:
        line = lines[(index + 7) % len(lines)]
        return {"flows": "self_service", "action": "set_auto_recharge",
                "payload": {"lineId": line, "mode": "monthly", "thresholdCents": None,
                            "amountCents": 1000 + 500 * (index % 3), "method": "invoice"}}

    return Scenario("auto_recharge", "action", argument, lambda arg: stalled("/api/v1/lines/"), redo=True)


def option_request(url: str) -> Scenario:
    lines = [line["id"] for line in _mobile_lines(url, 200)]

    def argument(index: int, home: Path) -> dict:
        # one request of the company runs at a time: the last one is over five minutes later
        httpx.post(f"{url}/sandbox/clock", json={"advanceSeconds": 301}, timeout=10).raise_for_status()
        client = admin_client(url)
        try:
            line = next(i for i in lines[index % 50:] + lines if "OPT-ROAM-WORLD" not in client.line_options(i))
        finally:
            client.close()
        return {"flows": "self_service", "action": "option_request",
                "payload": {"optionCode": "OPT-ROAM-WORLD", "operation": "activate", "lineIds": [line]}}

    return Scenario("option_request", "action", argument, lambda arg: stalled("/api/v1/options/requests"), redo=True)


def service_change(url: str) -> Scenario:
    lines = [line["id"] for line in _mobile_lines(url, 200)]

    def argument(index: int, home: Path) -> dict:
        line = lines[(index + 3) % len(lines)]
        client = admin_client(url)
        try:
            active = {s["code"]: s["active"] for s in client.line_services(line)}["SRV-NEWS"]
        finally:
            client.close()
        return {"flows": "self_service", "action": "change_service",
                "payload": {"lineId": line, "code": "SRV-NEWS", "operation": "deactivate" if active else "activate"}}

    return Scenario("service_change", "action", argument, lambda arg: stalled("/api/v1/lines/"), redo=True)


def telco_manager(url: str) -> Scenario:
    def argument(index: int, home: Path) -> dict:
        number = index + 1
        return {"flows": "accounts", "action": "create_telco_manager",
                "payload": {"username": f"tm.kill{number}", "firstName": "Tina", "lastName": f"Kill{number}",
                            "email": f"tm.kill{number}@example.it", "mobile": f"+39347{number:07d}"}}

    return Scenario("telco_manager", "action", argument, lambda arg: stalled("/api/v1/telco-managers"), redo=True)


def share_invoice(url: str) -> Scenario:
    client = admin_client(url)
    ids = [invoice["id"] for invoice in client.invoices().invoices]
    client.close()

    def argument(index: int, home: Path) -> dict:
        return {"flows": "accounts", "action": "share_invoice",
                "payload": {"id": ids[index % len(ids)], "email": "ufficio@example.it"}}

    return Scenario("share_invoice", "action", argument, lambda arg: stalled("/api/v1/invoices/"), redo=True)


# --- the Excel exports ----------------------------------------------------------------------------------------


def _export_checks(point: Point, arg: dict, home: Path, run: AppRun) -> None:
    path = Path(arg["path"])
    ended = run.line("DONE")
    if ended is not None and ended != "DONE ok":  # refused or failed by itself: the kill point proved nothing
        point.problems.append(f"the export ended without a kill: {ended}")
    point.problems += export_problems(path, done=ended == "DONE ok")
    point.notes["temp_at_kill"] = temp_files_left(path.parent)


def _export_restart_checks(point: Point, arg: dict, home: Path, state: dict) -> None:
    """The restart removes the temporary the killed export left in the user's folder, and nothing else there."""
    folder = Path(arg["path"]).parent
    point.notes["temp_left"] = temp_files_left(folder)
    if point.notes["temp_left"]:
        point.problems.append(f"{point.notes['temp_left']} temporary file(s) still in the export's folder after "
                              "the restart")


def fleet_export(primed: Path | None) -> Scenario:
    def argument(index: int, home: Path) -> dict:
        folder = home / "Documenti"
        folder.mkdir(parents=True, exist_ok=True)
        return {"path": str(folder / "Linee.xlsx")}

    return Scenario("fleet_export", "fleet_export", argument, prepare=_copy_of(primed), after_kill=_export_checks,
                    after_restart=_export_restart_checks, max_committed=0)


def traffic_export(url: str) -> Scenario:
    line = _mobile_lines(url, 1)[0]["id"]

    def argument(index: int, home: Path) -> dict:
        folder = home / "Documenti"
        folder.mkdir(parents=True, exist_ok=True)
        return {"lineId": line, "path": str(folder / "Traffico.xlsx")}

    return Scenario("traffic_export", "traffic_export", argument, after_kill=_export_checks,
                    after_restart=_export_restart_checks, max_committed=0)


# --- the first full sync -------------------------------------------------------------------------------------


def full_sync(lines: int) -> Scenario:
    def after_restart(point: Point, arg: dict, home: Path, seen: dict) -> None:
        if seen["lines"] != lines:
            point.problems.append(f"{seen['lines']} lines after the restart's sync, not {lines}")

    return Scenario("sync", "sync", after_restart=after_restart, max_committed=0)


def _copy_of(primed: Path | None):
    def prepare(home: Path) -> None:
        if primed is not None and not home.exists():
            shutil.copytree(primed, home)

    return prepare


ACTION_SCENARIOS = (gss_extra, gss_plan, gss_referent, gss_move, recharge, auto_recharge, option_request,
                    service_change, telco_manager, share_invoice)
