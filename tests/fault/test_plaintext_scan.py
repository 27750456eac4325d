"""Planted names, ID numbers, notes and attachment content (text inside a scanned PDF, a
camera serial inside a photo's EXIF, a file name) appear in no file the app writes:
database, WAL, shared memory, key file, backups, temp and home directories (scanned while
open and after, with the attachments read back into memory as a viewer does)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PLANTED = ["卓玛央宗测", "སྒྲོལ་མ་དབྱངས་འཛོམས", "Dolma Yangdzom", "54010219580307", "低保核查秘密备注",
           "planted-secret-note", "attachment-planted-marker-7Q", "planted-scan-filename"]

SCRIPT = r'''
import sys, json
from datetime import date, timedelta
from app.security.sealing import generate_x25519
from app.services.station import PlaceName, StationSetup, create_station, sign_in, sign_out
from app.services import households, records, queries
from app.validation.id_number import id_check_character
data_dir = sys.argv[1]
create_station(data_dir, StationSetup(PlaceName("县"), PlaceName("站"), (PlaceName("村"),),
               "admin", "管理员", "admin-pass-1", generate_x25519()[1]))
ws = sign_in(data_dir, "admin", "admin-pass-1")
with ws.read() as s:
    village = queries.villages(s, ws.station_id)[0].id
first17 = "54010219580307" + "123"
hid, _ = households.create_household(ws, households.HouseholdInput(village_id=village, notes="planted-secret-note"),
    [households.PersonInput(name_zh="卓玛央宗测", name_bo="སྒྲོལ་མ་དབྱངས་འཛོམས", name_latin="Dolma Yangdzom",
                            id_number=first17 + id_check_character(first17))])
for i in range(30):
    records.record_visit(ws, records.VisitInput(household_id=hid, visited_on=date.today() - timedelta(days=1),
        domain_code="social_assistance", service_items=["sa.means_survey"], notes="低保核查秘密备注"))
from app.services.attachments import add_attachment, attachment_content
from app.services.backup import back_up_now
from tests.attachments.samples import MARKER, camera_jpeg, pdf_with_text
source = sys.argv[2] + "/planted-scan-filename.pdf"  # the worker's own file on a USB stick
open(source, "wb").write(pdf_with_text(MARKER))
scan = add_attachment(ws, "household", hid, source)
photo = add_attachment(ws, "household", hid, camera_jpeg(900, 600), "photo.jpg")
assert MARKER.encode() in attachment_content(ws, scan.id)  # opened for viewing, in memory
attachment_content(ws, photo.id)
back_up_now(ws, sys.argv[3])
print("open", flush=True)
sys.stdin.readline()
sign_out(ws)
'''


def scan(roots: list[Path]) -> list[tuple[str, str]]:
    needles = []
    for text in PLANTED:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            needles.append((text, text.encode(encoding)))
    hits, files = [], 0
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                files += 1
                data = path.read_bytes()
                hits += [(str(path), text) for text, needle in needles if needle in data]
    assert files > 0
    return hits


def test_no_planted_personal_data_in_any_written_file(tmp_path):
    data_dir, temp_dir, home = tmp_path / "data", tmp_path / "tmp", tmp_path / "home"
    usb, backups = tmp_path / "usb", tmp_path / "backups"
    for folder in (temp_dir, home, usb, backups):  # backups go into an existing folder
        folder.mkdir()
    env = {**os.environ, "TMPDIR": str(temp_dir), "HOME": str(home), "PYTHONPATH": str(ROOT),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CACHE_HOME": str(home / "cache")}
    child = subprocess.Popen([sys.executable, "-c", SCRIPT, str(data_dir), str(usb),
                              str(backups)], cwd=ROOT, env=env,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "open"
    assert list(backups.rglob("station.db"))
    while_open = scan([data_dir, temp_dir, home, backups])  # WAL and -shm exist now
    assert (data_dir / "station.db-wal").exists()
    child.communicate("\n", timeout=60)
    assert child.returncode == 0
    after = scan([data_dir, temp_dir, home, backups])
    assert while_open == [] and after == []


def test_the_scan_finds_what_is_there(tmp_path):
    """The scanner is not blind: a plaintext file with a planted name is reported."""
    (tmp_path / "leak.log").write_text("visited 卓玛央宗测 today", encoding="utf-8")
    (tmp_path / "leak16.txt").write_bytes("54010219580307".encode("utf-16-le"))
    assert {text for _path, text in scan([tmp_path])} == {"卓玛央宗测", "54010219580307"}
