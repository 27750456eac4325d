"""Attachments on the command line: attach (a refused file is named, exit code 2), list,
remove with a reason — the same use cases as the forms."""
from __future__ import annotations

from app.cli import main
from app.services import households
from app.services.queries import villages
from app.services.station import sign_in, sign_out
from tests.attachments.samples import camera_jpeg, pdf_with_text
from tests.conftest import WORKER_PASSWORD


def _cli(station_dir, tmp_path, *args):
    password_file = tmp_path / "pw"
    password_file.write_text(WORKER_PASSWORD + "\n", encoding="utf-8")
    return main(["--data-dir", str(station_dir), *args, "--user", "zhuoma",
                 "--password-file", str(password_file)])


def test_attach_list_and_detach(station_dir, tmp_path, capsys):
    worker = sign_in(station_dir, "zhuoma", WORKER_PASSWORD)
    with worker.read() as session:
        village_id = villages(session, worker.station_id)[0].id
    household_id, _ = households.create_household(
        worker, households.HouseholdInput(village_id=village_id),
        [households.PersonInput(name_zh="多吉", relation="head", sex="M")])
    sign_out(worker)
    (tmp_path / "door.jpg").write_bytes(camera_jpeg(900, 600))
    (tmp_path / "form.pdf").write_bytes(pdf_with_text("form"))
    (tmp_path / "letter.docx").write_bytes(b"PK\x03\x04 word")
    assert _cli(station_dir, tmp_path, "attach", "--kind", "household", "--id", household_id,
                str(tmp_path / "door.jpg"), str(tmp_path / "form.pdf")) == 0
    assert _cli(station_dir, tmp_path, "attach", "--kind", "household", "--id", household_id,
                str(tmp_path / "letter.docx")) == 2
    assert "letter.docx" in capsys.readouterr().err
    assert _cli(station_dir, tmp_path, "attachments", "--kind", "household",
                "--id", household_id) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[-1] for line in lines] == ["door.jpg", "form.pdf"]
    first = lines[0].split()[0]
    assert _cli(station_dir, tmp_path, "detach", "--attachment", first,
                "--reason", "拍错了") == 0
    capsys.readouterr()
    _cli(station_dir, tmp_path, "attachments", "--kind", "household", "--id", household_id)
    assert [line.split()[-1] for line in capsys.readouterr().out.splitlines()] == ["form.pdf"]


def test_attach_goes_on_after_a_refused_file_and_names_each_refusal(station_dir, tmp_path,
                                                                    capsys):
    worker = sign_in(station_dir, "zhuoma", WORKER_PASSWORD)
    with worker.read() as session:
        village_id = villages(session, worker.station_id)[0].id
    household_id, _ = households.create_household(
        worker, households.HouseholdInput(village_id=village_id),
        [households.PersonInput(name_zh="多吉", relation="head", sex="M")])
    sign_out(worker)
    (tmp_path / "letter.docx").write_bytes(b"PK\x03\x04 word")
    (tmp_path / "door.jpg").write_bytes(camera_jpeg(900, 600))
    with open(tmp_path / "video.pdf", "wb") as handle:  # 100 MB on disk (sparse)
        handle.truncate(100 * 1024 * 1024)
    (tmp_path / "form.pdf").write_bytes(pdf_with_text("form"))
    capsys.readouterr()
    assert _cli(station_dir, tmp_path, "attach", "--kind", "household", "--id", household_id,
                str(tmp_path / "letter.docx"), str(tmp_path / "door.jpg"),
                str(tmp_path / "video.pdf"), str(tmp_path / "form.pdf")) == 2
    out, err = capsys.readouterr()
    assert [line.split()[-1] for line in out.splitlines()] == [
        str(tmp_path / "door.jpg"), str(tmp_path / "form.pdf")]
    refusals = err.splitlines()
    assert len(refusals) == 2 and "letter.docx" in refusals[0] and "video.pdf" in refusals[1]
    assert "100.0 MB" in refusals[1] and "64.0" not in refusals[1]
    assert "TIFF" in refusals[0] and "WebP" in refusals[0] and "PDF" in refusals[0]
    _cli(station_dir, tmp_path, "attachments", "--kind", "household", "--id", household_id)
    assert [line.split()[-1] for line in capsys.readouterr().out.splitlines()] == [
        "door.jpg", "form.pdf"]
