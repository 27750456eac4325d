"""The mouse wheel over an open visit form scrolls it; the combo boxes and date edits it passes
over keep their values (a saved visit's service domain changed, and its ticked service items
were cleared, while a worker scrolled)."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox

from tests.ui.conftest import make_household, settle, sign_in_worker


def _wheel(widget, steps: int = -1) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(QPoint(int(centre.x()), int(centre.y())))),
                        QPoint(0, 0), QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_does_not_change_an_unfocused_combo_or_date(station_app):
    from app.ui.forms.record_forms import VisitForm

    sign_in_worker(station_app)
    make_household(station_app)
    form = VisitForm(station_app.context, station_app.main)
    form.show()
    settle(station_app)
    combo = form.domain
    assert combo.count() > 2
    combo.setCurrentIndex(1)
    settle(station_app)
    chosen = combo.currentIndex()
    dates = form.findChildren(QAbstractSpinBox)
    assert dates
    before = [box.text() for box in dates]
    assert not combo.hasFocus()
    _wheel(combo)
    for box in dates:
        if not box.hasFocus():
            _wheel(box)
    settle(station_app)
    assert combo.currentIndex() == chosen
    assert [box.text() for box in dates] == before
    # a wheel does not give them the focus (Tab or a click does)
    for widget in form.findChildren(QComboBox) + dates:
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus, widget
    form.reject()
