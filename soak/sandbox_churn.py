"""How the sandbox's data moves between two syncs of the endurance soak, through its control endpoints:
the clock goes forward (one sync interval of the app's, so each few seconds of wall time stand for a
quarter of an hour), traffic lands on some lines (their counters, credit and the data version move), and now
and then data is used abroad on a mobile line (R-81: thresholds, notifications, a block) and by a Giga
Smart Share package (R-82)."""

from __future__ import annotations

import httpx

COMPANY = "C0001"  # the demo company the User Admin manages
ADVANCE_SECONDS = 15 * 60  # the app's default sync interval; below the sandbox's 30-minute session timeout
ROAMING_BYTES = 40 * 10**6
GSS_BYTES = 2 * 10**9


class SandboxChurn:
    def __init__(self, url: str, lines_per_round: int) -> None:
        # a new connection per call: the sandbox's server closes an idle kept-alive one after 5 s, and a call
        # made just then was reset (5 of 514 rounds in a 30-minute run)
        self.client = httpx.Client(base_url=url, timeout=30, limits=httpx.Limits(max_keepalive_connections=0))
        self.lines_per_round = lines_per_round
        self.rounds = 0
        self.changed_lines = 0
        self.roaming_events = 0
        self.gss_rounds = 0
        mobiles = self.client.get("/sandbox/lines", params={"companyId": COMPANY, "kind": "mobile", "limit": 200})
        mobiles.raise_for_status()
        self.mobile_ids = [line["id"] for line in mobiles.json()["lines"]]

    def round(self) -> None:
        """One change of the world between two syncs."""
        self.rounds += 1
        self._post("/sandbox/clock", {"advanceSeconds": ADVANCE_SECONDS})
        usage = self._post("/sandbox/usage", {"lines": self.lines_per_round})
        self.changed_lines += len(usage.get("changedLineIds", []))
        if self.rounds % 3 == 0 and self.mobile_ids:
            line_id = self.mobile_ids[(self.rounds // 3) % len(self.mobile_ids)]
            self._post("/sandbox/roaming/usage", {"lineId": line_id, "bytes": ROAMING_BYTES})
            self.roaming_events += 1
        if self.rounds % 5 == 0:
            answer = self.client.post("/sandbox/gss/usage", json={"packageId": f"GSS-{COMPANY}-0001",
                                                                   "bytes": GSS_BYTES})
            if answer.status_code == 200:  # a company without packages: nothing to use
                self.gss_rounds += 1

    def _post(self, path: str, body: dict) -> dict:
        answer = self.client.post(path, json=body)
        answer.raise_for_status()
        return answer.json()

    def close(self) -> None:
        self.client.close()
