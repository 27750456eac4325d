"""The plaintext scan (tests/fault/test_plaintext_scan.py) extended to sync and exports: planted
names, ID numbers and notes appear in no parcel, receipt or pull parcel on the wire, in no file
of a USB-stick export, and in no file left in the data, temp or home directories after a sync
and a report export (the exported report itself is the user's chosen output: only it may hold
them). The county server's own database is out of scope (it opens parcels by design)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.fault.figures import report
from tests.fault.test_plaintext_scan import PLANTED, scan

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r'''
import sys
from datetime import date, timedelta
from pathlib import Path
from app.services import households, records
from app.sync.client import SyncClient
from app.sync.transport import HttpTransport
from app.validation.id_number import id_check_character
from app.reports.export import export_monthly
from bench import data, syncsetup

scanned, county_dir = Path(sys.argv[1]), Path(sys.argv[2])
store, keys = syncsetup.county(county_dir)
with syncsetup.ServerThread(store, keys) as server:
    ws = syncsetup.enrolled_station(scanned, store, server.url, people=5)
    village = data.village_ids(ws)[0]
    first17 = "54010219580307" + "123"
    hid, _ = households.create_household(ws, households.HouseholdInput(
        village_id=village, notes="planted-secret-note"), [households.PersonInput(
        name_zh="卓玛央宗测", name_bo="སྒྲོལ་མ་དབྱངས་འཛོམས", name_latin="Dolma Yangdzom",
        id_number=first17 + id_check_character(first17))])
    for i in range(10):
        records.record_visit(ws, records.VisitInput(household_id=hid,
            visited_on=date.today() - timedelta(days=1), domain_code="social_assistance",
            service_items=["sa.means_survey"], notes="低保核查秘密备注"))
    wire = scanned / "wire"
    wire.mkdir()
    class Recording(HttpTransport):
        def _post(self, path, body, content_type):
            answer = super()._post(path, body, content_type)
            n = len(list(wire.iterdir()))
            (wire / f"{n:03d}-request").write_bytes(body)
            (wire / f"{n:03d}-answer").write_bytes(answer)
            return answer
    client = SyncClient(ws.store, Recording(server.url))
    (scanned / "usb-stick").mkdir()
    client.export_to_folder(scanned / "usb-stick")
    client.sync_now()
    export_dir = scanned / "exports"
    export_dir.mkdir()
    export_monthly(ws, f"{date.today() - timedelta(days=1):%Y-%m}", export_dir / "monthly.xlsx")
    ws.store.close()
print("done", len(list((scanned / "wire").iterdir())), flush=True)
'''


def test_no_planted_personal_data_on_the_wire_or_in_exports(tmp_path):
    scanned, temp_dir, home = tmp_path / "scanned", tmp_path / "tmp", tmp_path / "home"
    for folder in (scanned, temp_dir, home):
        folder.mkdir()
    env = {**os.environ, "TMPDIR": str(temp_dir), "HOME": str(home), "PYTHONPATH": str(ROOT),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache"),
           "STATION_LEDGER_FAST_KDF": "1"}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(scanned), str(tmp_path / "county")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    wire_files = int(done.stdout.split()[-1])
    export_dir = scanned / "exports"
    exported = sorted(p.name for p in export_dir.iterdir())
    (export_dir / "monthly.xlsx").unlink()  # the user's chosen output; everything else counts
    hits = scan([scanned, temp_dir, home])
    files = sum(1 for root in (scanned, temp_dir, home) for p in root.rglob("*") if p.is_file())
    report("plaintext_sync_export", "planted personal data in wire bytes, USB export, "
           "data/temp/home after sync and report export", cases=files, failures=len(hits),
           leaked=len(hits), wire_messages=wire_files, planted=len(PLANTED),
           hits=[f"{Path(path).name}: {text}" for path, text in hits[:5]])
    assert wire_files >= 4 and exported == ["monthly.xlsx"]
    assert hits == []
