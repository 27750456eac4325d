"""The sign-in screen keeps its fields in place when something appears under them later:
the demo hint (known ~1 s after the first paint, from the key file read off the GUI thread)
and a wrong password's error. Someone may already be typing or clicking."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.conftest import settle


def _laid_out(station_app):
    """The sign-in screen shown and laid out (measured before, a field could still have its
    own size hint instead of the form's width, depending on the tests before)."""
    station_app.show()
    settle(station_app)
    station_app.sign_in.layout().activate()
    QApplication.processEvents()
    return station_app.sign_in


def _places(screen):
    QApplication.processEvents()
    return {name: field.geometry().translated(field.mapTo(screen, field.rect().topLeft())
                                              - field.geometry().topLeft())
            for name, field in (("title", screen.title), ("username", screen.username),
                                ("password", screen.password), ("language", screen.language))}


def test_demo_hint_arrival_moves_no_field(station_app):
    screen = _laid_out(station_app)
    assert not screen.hint.isVisible()
    before = _places(screen)
    screen.show_demo_hint()  # what the delivered looks_like_demo result calls
    QApplication.processEvents()
    assert screen.hint.isVisible() and "demo1234" in screen.hint.text()
    assert _places(screen) == before


def test_wrong_password_error_moves_no_field(station_app):
    screen = _laid_out(station_app)
    before = _places(screen)
    screen.username.setText("zhuoma")
    screen.password.setText("not-the-password")
    screen.submit()
    settle(station_app)
    assert screen.error.text()
    assert _places(screen) == before


def test_fields_stay_put_in_a_small_window_too(station_app):
    station_app.resize(800, 560)
    screen = _laid_out(station_app)
    before = _places(screen)
    screen.show_demo_hint()
    assert _places(screen) == before


def test_a_wrong_password_message_follows_the_language(station_app):
    """The message stays on screen while the user picks another language: it must be in that
    language (it stayed in Chinese on the Tibetan screen)."""
    screen = _laid_out(station_app)
    screen.username.setText("zhuoma")
    screen.password.setText("not-the-password")
    screen.submit()
    settle(station_app)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in screen.error.text())
    try:
        station_app.switch_language("bo", store=False)
        QApplication.processEvents()
        text = station_app.sign_in.error.text()
        assert any("\u0f00" <= ch <= "\u0fff" for ch in text), text
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in text), text
    finally:
        station_app.switch_language("zh_CN", store=False)
