"""An old record whose ID number has a made-up region code: opening it says so next to the
ID number (translated), and saving it still works (flagged, not refused)."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.models import Person
from app.validation.id_number import id_check_character
from tests.ui.conftest import make_household, sign_in_worker


def test_a_made_up_region_is_flagged_on_the_person_form_and_saving_still_works(station_app):
    from app.ui.forms.people_forms import PersonForm

    main = sign_in_worker(station_app)
    make_household(station_app)
    workspace = station_app.context.workspace
    first17 = "99999919560402001"
    made_up = first17 + id_check_character(first17)
    with workspace.write() as session:  # saved before the region check existed
        person = session.scalar(select(Person))
        person.id_number, person.sex = made_up, "M"
        person_id, household_id = person.id, person.household_id
    data = {"name_zh": "张三", "name_bo": "", "name_latin": "", "sex": "M",
            "birth_date": "1956-04-02", "id_number": made_up, "relation": "head",
            "target_groups": []}
    form = PersonForm(station_app.context, main, household_id=household_id,
                      person_data=data, record_id=person_id)
    QApplication.processEvents()
    assert "999999" in form.errors.text("id_number") and "区划" in form.errors.text("id_number")
    form.name_zh.setText("张三丰")
    form.save()
    QApplication.processEvents()
    with workspace.read() as session:
        assert session.get(Person, person_id).name_zh == "张三丰"
