"""A field's error line is as high as its wrapped text: a long Tibetan message under the ID
number of the household form was cut at the top and bottom (the label kept the height of one
guess, and the text was centred in it)."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.conftest import settle, sign_in_worker


def test_a_long_error_line_gets_the_height_of_its_text(station_app, qtbot):
    main = sign_in_worker(station_app)
    station_app.switch_language("bo", store=False)
    try:
        station_app.resize(1366, 740)
        main.go("people")
        main.pages["people"].new_record()
        settle(station_app)
        form = main.pages["people"]._form
        qtbot.waitUntil(form.isVisible, timeout=5000)
        form.village.setCurrentIndex(1)
        form.name_zh.setText("次仁")
        form.id_number.setText("540102198013010017")  # no 13th month
        form.save()
        settle(station_app)
        for _ in range(5):
            QApplication.processEvents()
        label = form.findChild(QWidget, "error_id_number")
        assert label.isVisible() and "1980-13-01" in label.text()
        need = label.heightForWidth(label.width())
        assert need > label.fontMetrics().height() * 1.5  # it does wrap at this width
        assert label.height() >= need, (label.height(), need)
        form.reject()
    finally:
        station_app.switch_language("zh_CN", store=False)
