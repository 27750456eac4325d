"""Attachments from the app: the strip in an opened household's form and on a case file,
adding from files and from a camera folder (a refused file is named), thumbnails, viewing
inside the app (photo, PDF pages drawn from memory) and removing with a reason — all through
the same runner and queued delivery as the app, by keyboard where a worker would."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from app.models import Household
from app.services.attachments import attachments_of
from app.ui.forms.people_forms import HouseholdEditForm
from tests.attachments.samples import camera_jpeg, pdf_with_text
from tests.ui.conftest import make_household, settle, sign_in_worker


def _open_household(station_app):
    main = sign_in_worker(station_app)
    make_household(station_app)
    workspace = station_app.context.workspace
    with workspace.read() as session:
        household_id = session.scalar(select(Household.id))
    form = HouseholdEditForm(station_app.context, main, record_id=household_id)
    settle(station_app)
    return form, household_id, workspace


def test_attach_view_and_remove_in_a_household_form(station_app, tmp_path):
    form, household_id, workspace = _open_household(station_app)
    strip = form.attachments
    assert strip is not None and strip.list.count() == 0
    assert form.attachments_hint.isHidden()  # only a new record says "save first"
    from app.ui.forms.record_forms import VisitForm

    new_visit = VisitForm(station_app.context, station_app.main)
    settle(station_app)
    assert new_visit.attachments is None and not new_visit.attachments_hint.isHidden()
    new_visit.reject()
    (tmp_path / "photo.jpg").write_bytes(camera_jpeg(1600, 1200))
    (tmp_path / "consent.pdf").write_bytes(pdf_with_text("consent"))
    (tmp_path / "notes.txt").write_text("not a scan")
    strip.add_files([tmp_path / "photo.jpg", tmp_path / "notes.txt", tmp_path / "consent.pdf"])
    settle(station_app)
    assert "notes.txt" in station_app.context.errors.last_text  # refused, named
    names = [strip.list.item(i).text() for i in range(strip.list.count())]
    assert names == ["photo.jpg", "consent.pdf"]
    assert not strip.list.item(0).icon().isNull() and not strip.list.item(1).icon().isNull()

    strip.list.setFocus()
    strip.list.setCurrentRow(1)
    QTest.keyClick(strip.list, Qt.Key.Key_Return)  # Enter opens
    settle(station_app)
    viewer = strip.viewer
    pages = [viewer.pages_layout.itemAt(i).widget() for i in range(viewer.pages_layout.count())]
    assert len(pages) == 1 and not pages[0].pixmap().isNull()
    assert "consent.pdf" in viewer.message.text()
    viewer.reject()

    strip.list.setCurrentRow(0)
    QTest.keyClick(strip.list, Qt.Key.Key_Delete)  # Delete asks why
    dialog = strip.remove_dialog
    dialog.confirm()  # no reason: refused at the field, nothing removed
    settle(station_app)
    assert dialog.errors.text("reason") and len(attachments_of(workspace, "household",
                                                                household_id)) == 2
    dialog.reason.setPlainText("照片拍错了")
    dialog.confirm()
    settle(station_app)
    assert [strip.list.item(i).text() for i in range(strip.list.count())] == ["consent.pdf"]
    form.reject()


def test_photos_from_a_camera_folder(station_app, tmp_path):
    form, household_id, workspace = _open_household(station_app)
    camera = tmp_path / "DCIM" / "100CANON"
    camera.mkdir(parents=True)
    for index in range(3):
        (camera / f"IMG_000{index}.JPG").write_bytes(camera_jpeg(800 + index, 600))  # 3 photos
    (camera / "index.dat").write_bytes(b"camera bookkeeping")
    form.attachments.choose_from_folder(str(tmp_path / "DCIM"))
    settle(station_app)
    dialog = form.attachments.camera_dialog
    assert sorted(dialog.list.item(i).text() for i in range(dialog.list.count())) == [
        "IMG_0000.JPG", "IMG_0001.JPG", "IMG_0002.JPG"]
    dialog.set_checked(["IMG_0000.JPG", "IMG_0002.JPG"])
    dialog.accept()
    settle(station_app)
    assert sorted(a.filename for a in attachments_of(workspace, "household", household_id)) \
        == ["IMG_0000.JPG", "IMG_0002.JPG"]
    # two different photos (the same photo twice on one record is refused: see below)
    assert len({a.sha256 for a in attachments_of(workspace, "household", household_id)}) == 2
    form.reject()


def test_the_case_page_shows_the_cases_attachments(station_app, tmp_path):
    from datetime import date

    from app.models import Person
    from app.services import cases

    main = sign_in_worker(station_app)
    make_household(station_app)
    workspace = station_app.context.workspace
    with workspace.read() as session:
        person_id = session.scalar(select(Person.id))
    first, _ = cases.open_case(workspace, cases.CaseInput(
        person_id=person_id, domain_code="elderly_care", intake_reason="x",
        opened_on=date.today()))
    (tmp_path / "assessment.pdf").write_bytes(pdf_with_text("assessment"))
    main.go("cases")
    page = main.pages["cases"]
    page.show_case(first)
    settle(station_app)
    strip = page.attachments
    assert strip is not None and strip.owner_id == first and strip.list.count() == 0
    strip.add_files([tmp_path / "assessment.pdf"])
    settle(station_app)
    assert [strip.list.item(i).text() for i in range(strip.list.count())] == ["assessment.pdf"]
    assert attachments_of(workspace, "case_file", first)[0].filename == "assessment.pdf"


def test_an_attachment_not_here_offers_to_fetch_it_and_says_why_it_cannot(station_app,
                                                                         tmp_path):
    from app.models import AttachmentBlob

    form, household_id, workspace = _open_household(station_app)
    (tmp_path / "scan.pdf").write_bytes(pdf_with_text("scan"))
    form.attachments.add_files([tmp_path / "scan.pdf"])
    settle(station_app)
    with workspace.write() as session:  # as on a laptop where only the metadata arrived
        blob = session.scalar(select(AttachmentBlob))
        blob.complete, blob.data, blob.thumbnail = False, b"", None
    form.attachments.refresh()
    settle(station_app)
    strip = form.attachments
    strip.list.setCurrentRow(0)
    assert "county" in strip.list.item(0).toolTip() or "县" in strip.list.item(0).toolTip()
    strip.open_selected()
    settle(station_app)
    viewer = strip.viewer
    assert not viewer.fetch_button.isHidden() and "scan.pdf" in viewer.message.text()
    viewer.fetch()  # this computer is not enrolled: said in words, nothing breaks
    settle(station_app)
    assert viewer.fetch_button.isEnabled() and viewer.message.text()
    assert "Traceback" not in viewer.message.text() and viewer.pages_layout.count() == 0
    viewer.reject()
    form.reject()


def test_the_sync_page_says_how_many_attachments_wait(station_app, tmp_path):
    form, household_id, workspace = _open_household(station_app)
    (tmp_path / "a.pdf").write_bytes(pdf_with_text("a"))
    form.attachments.add_files([tmp_path / "a.pdf"])
    settle(station_app)
    form.reject()
    main = station_app.main
    main.go("sync")
    main.pages["sync"].refresh()
    settle(station_app)
    text = main.pages["sync"].state.text()
    assert "附件" in text and " KB" in text, text


def test_a_memory_cards_root_finds_the_photos_two_levels_down(station_app, tmp_path):
    import os

    form, _household_id, _workspace = _open_household(station_app)
    card = tmp_path / "card"
    camera = card / "DCIM" / "100CANON"
    camera.mkdir(parents=True)
    for index, when in enumerate((1_700_000_300, 1_700_000_100, 1_700_000_200)):
        photo = camera / f"IMG_000{index}.JPG"
        photo.write_bytes(camera_jpeg(400, 300))
        os.utime(photo, (when, when))
    too_deep = card / "a" / "b" / "c" / "d"
    too_deep.mkdir(parents=True)
    (too_deep / "far.jpg").write_bytes(camera_jpeg(400, 300))
    (card / "MISC").mkdir()
    (card / "MISC" / "index.dat").write_bytes(b"camera bookkeeping")
    form.attachments.choose_from_folder(str(card))  # the card's root, as a worker picks it
    settle(station_app)
    dialog = form.attachments.camera_dialog
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == [
        "IMG_0000.JPG", "IMG_0002.JPG", "IMG_0001.JPG"]  # newest first
    dialog.reject()
    form.reject()


def test_refusals_show_the_files_real_size_and_what_is_accepted(station_app, tmp_path):
    form, _household_id, _workspace = _open_household(station_app)
    with open(tmp_path / "film.pdf", "wb") as handle:  # 100 MB on disk (sparse)
        handle.truncate(100 * 1024 * 1024)
    form.attachments.add_files([tmp_path / "film.pdf"])
    settle(station_app)
    shown = station_app.context.errors.last_text
    assert "film.pdf" in shown and "100.0 MB" in shown and "64.0" not in shown
    (tmp_path / "notes.txt").write_text("not a scan")
    form.attachments.add_files([tmp_path / "notes.txt"])
    settle(station_app)
    shown = station_app.context.errors.last_text
    for name in ("JPEG", "PNG", "TIFF", "WebP", "BMP", "PDF"):
        assert name in shown, shown
    form.reject()


def test_enter_on_a_thumbnail_opens_it_and_leaves_the_form_open(station_app, tmp_path):
    form, household_id, workspace = _open_household(station_app)
    form.show()
    (tmp_path / "door.jpg").write_bytes(camera_jpeg(800, 600))
    strip = form.attachments
    strip.add_files([tmp_path / "door.jpg"])
    settle(station_app)
    strip.list.setFocus()
    strip.list.setCurrentRow(0)
    QTest.keyClick(strip.list, Qt.Key.Key_Return)
    settle(station_app)
    assert strip.viewer.isVisible() and "door.jpg" in strip.viewer.message.text()
    assert form.isVisible()  # Enter did not also press the form's Save
    strip.viewer.reject()
    form.reject()


def test_the_same_file_attached_again_is_named_and_not_added(station_app, tmp_path):
    from PySide6.QtCore import QCoreApplication

    form, household_id, workspace = _open_household(station_app)
    strip = form.attachments
    (tmp_path / "scan.pdf").write_bytes(pdf_with_text("the household's consent"))
    strip.add_files([tmp_path / "scan.pdf"])
    settle(station_app)
    station_app.context.errors.last_text = ""
    strip.add_files([tmp_path / "scan.pdf"])
    settle(station_app)
    assert [strip.list.item(i).text() for i in range(strip.list.count())] == ["scan.pdf"]
    assert len(attachments_of(workspace, "household", household_id)) == 1
    source = "The file %1 is already attached to this record as %2."
    said = QCoreApplication.translate("Core", source)
    assert said != source  # in Chinese
    assert station_app.context.errors.last_text == \
        said.replace("%1", "scan.pdf").replace("%2", "scan.pdf")
    # the household's history shows the file attached, by name, like its other changes
    form.show_history()
    settle(station_app)
    tree = form._history.tree
    rows = [(tree.topLevelItem(i).text(2), [tree.topLevelItem(i).child(c).text(3)
                                           for c in range(tree.topLevelItem(i).childCount())])
            for i in range(tree.topLevelItemCount())]
    attached = QCoreApplication.translate("Core", "File attached")
    assert attached != "File attached" and rows[0][0] == attached, rows  # newest first
    assert "scan.pdf" in rows[0][1][0]
    form._history.reject()
    form.reject()
