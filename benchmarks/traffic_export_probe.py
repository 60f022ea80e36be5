"""DOWNLOAD TRAFFICO (R-32), measured through exports/traffic_xlsx. Prints `key value` lines. No Qt.

    traffic_export_probe.py fetch FILE N      start a sandbox in this process (seed 5, 30 lines), page the
                                              export of its heaviest line (L00013, ~150,000 records in 90
                                              days) and keep its first N records in FILE, one JSON a line
    traffic_export_probe.py speed FILE N      keep N records in a store (as viewing the line leaves them),
                                              then time, interleaved: bare openpyxl write_only appending the
                                              same rows (values converted beforehand, no styles) and saving,
                                              against the app's export (sync.traffic_export.run_export: read
                                              from the store, conversion, formats, totals, save)
    traffic_export_probe.py memory FILE N     write_traffic_xlsx of N records read from FILE in pages of
                                              5,000 (as the network hands them over), and the growth of the
                                              peak RSS over the RSS before the export (run in a fresh process)
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

LINE = "L00013"
PAGE = 5000
RUNS = 3
HEADERS = ["Data e ora", "Tipo", "Dettaglio", "Numero", "Destinazione", "Roaming", "Durata", "Dati (byte)",
           "Costo", "Descrizione"]
TYPE_LABELS = {"calls": "Chiamate", "messages": "Messaggi", "internet": "Internet", "options": "Opzioni",
               "other": "Altro"}
KIND_LABELS = {"voice_national": "Voce nazionale", "voice_international": "Voce internazionale",
               "voice_roaming": "Voce in roaming", "sms": "SMS", "mms": "MMS", "data": "Dati",
               "data_roaming": "Dati in roaming", "option": "Opzione", "other": "Altro"}


def say(key: str, value) -> None:
    print(f"{key} {value}", flush=True)


def sheets():
    from windtre_desktop.exports.traffic_xlsx import TrafficSheets

    return TrafficSheets(sheet="Traffico", totals_sheet="Totali", headers=HEADERS,
                         totals_headers=["Tipo", "Record", "Durata", "Dati (byte)", "Costo"],
                         total_label="Totale", type_labels=TYPE_LABELS, kind_labels=KIND_LABELS)


def fetch(path: Path, count: int) -> int:
    from windtre_desktop.api import ApiClient
    from windtre_desktop.exports.traffic_xlsx import export_pages
    from windtre_desktop.sandbox.runner import SandboxServer

    sandbox = SandboxServer(lines=30, seed=5)
    sandbox.start()
    user = next(u for u in sandbox.users if u["role"] == "USER_ADMIN")
    client = ApiClient(sandbox.url, timeout=120)
    written = 0
    try:
        client.login(user["username"], user["password"], remember=False)
        with path.open("w", encoding="utf-8") as out:
            for page in export_pages(lambda cursor: client.line_traffic_export(LINE, limit=10_000, cursor=cursor)):
                for record in page.records[: count - written]:
                    out.write(json.dumps(record) + "\n")
                    written += 1
                if written >= count:
                    break
    finally:
        client.close()
        sandbox.stop()
    say("records", written)
    return 0 if written == count else 1


def read_pages(path: Path, count: int) -> Iterator[list[dict]]:
    page: list[dict] = []
    with path.open(encoding="utf-8") as source:
        for number, line in enumerate(source):
            if number >= count:
                break
            page.append(json.loads(line))
            if len(page) == PAGE:
                yield page
                page = []
    if page:
        yield page


def bare_rows(records: list[dict]) -> list[list]:
    """The values our export writes, converted outside the timing: the baseline is openpyxl's writing alone."""
    rows = []
    for r in records:
        rows.append([datetime.fromisoformat(r["at"]).replace(tzinfo=None), TYPE_LABELS[r["type"]],
                     KIND_LABELS.get(r["kind"], r["kind"]), r["number"], r["destination"], r["roamingCountry"],
                     None if r["seconds"] is None else r["seconds"] / 86400, r["bytes"],
                     r["costCents"] / 100, r["description"]])
    return rows


def bare_write(rows: list[list], target: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Traffico")
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    workbook.save(target)


def speed(path: Path, count: int) -> int:
    from datetime import date

    from windtre_desktop.domain.traffic_data import ExportJob
    from windtre_desktop.store.database import Store
    from windtre_desktop.store.traffic_store import TrafficStore
    from windtre_desktop.sync.traffic_export import export_source, run_export

    records = [record for page in read_pages(path, count) for record in page]
    rows = bare_rows(records)
    folder = Path(tempfile.mkdtemp(prefix="windtre-bench-traffic-"))
    # the records held in the store as a view of the line left them: every day kept in full, today included
    first, last = date.fromisoformat(records[0]["at"][:10]), date.fromisoformat(records[-1]["at"][:10])
    store = Store(folder / "store.sqlite3")
    traffic = TrafficStore(store)
    traffic.set_server_today(last)
    for start in range(0, len(records), PAGE):
        traffic.save_records_page(LINE, records[start:start + PAGE], first, last, today=last,
                                  last_page=start + PAGE >= len(records), clear=start == 0)
    job = ExportJob(LINE, first, last, str(folder / "ours.xlsx"), sheets())
    assert export_source(store, job) == "store"
    ours, bare = [], []
    for _ in range(RUNS):  # interleaved, so a busy moment of the machine hits both
        start = time.perf_counter()
        bare_write(rows, folder / "bare.xlsx")
        bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        result = run_export(None, store, job, None, None)  # read from the store, write, save
        ours.append(time.perf_counter() - start)
        assert result.records == len(records)
    store.close()
    for name in ("store.sqlite3", "store.sqlite3-wal", "store.sqlite3-shm"):
        (folder / name).unlink(missing_ok=True)
    say("records", len(records))
    say("ours_s", statistics.median(ours))
    say("bare_s", statistics.median(bare))
    say("ours_bytes", (folder / "ours.xlsx").stat().st_size)
    say("bare_bytes", (folder / "bare.xlsx").stat().st_size)
    for name in ("ours.xlsx", "bare.xlsx"):
        (folder / name).unlink()
    folder.rmdir()
    return 0


def current_rss_kb() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def memory(path: Path, count: int) -> int:
    from windtre_desktop.exports.traffic_xlsx import write_traffic_xlsx

    folder = Path(tempfile.mkdtemp(prefix="windtre-bench-traffic-"))
    before = current_rss_kb()  # everything imported, nothing read yet
    result = write_traffic_xlsx(folder / "traffico.xlsx", sheets(), read_pages(path, count))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux
    assert result.records == count, result.records
    say("records", result.records)
    say("rss_before_mb", round(before / 1024, 2))
    say("peak_growth_mb", round(max(peak - before, 0) / 1024, 2))
    (folder / "traffico.xlsx").unlink()
    folder.rmdir()
    return 0


def main(argv: list[str]) -> int:
    mode, path, count = argv[0], Path(argv[1]), int(argv[2])
    return {"fetch": fetch, "speed": speed, "memory": memory}[mode](path, count)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
