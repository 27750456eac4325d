"""Windows and dialogs that fit the screen they are on (the common station laptop is
1366×768, with a panel and a title bar taking some of that).

    fit_to_screen(window, 1280, 800)   # at most the available area, less the title bar
    available_size(window) -> QSize    # what a window may use on its screen

`fit_to_screen` is called when a window is first shown (MainWindow/StationApp on start,
every RecordForm and the conflict inbox in `showEvent`), so a form wanted 780 px tall opens
at the screen's height and scrolls, its Save and Cancel in view.
"""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# a window manager's title bar and borders, not in availableGeometry() before the window is shown
TITLE_BAR_PX = 32
BORDER_PX = 4


def available_size(widget: QWidget | None = None) -> QSize:
    """The size a top-level window's contents may take on the widget's screen (pixels)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(1366, 768 - TITLE_BAR_PX)
    area = screen.availableGeometry()
    return QSize(area.width() - 2 * BORDER_PX, area.height() - TITLE_BAR_PX - BORDER_PX)


def fit_to_screen(widget: QWidget, width: int | None = None, height: int | None = None) -> None:
    """Resize `widget` to (width, height) or its current size, at most the available area;
    its maximum size becomes the available area too (a form never grows off the screen)."""
    room = available_size(widget)
    want_w = width if width is not None else widget.width()
    want_h = height if height is not None else widget.height()
    widget.setMaximumSize(room)
    minimum = widget.minimumSize()
    if minimum.width() > room.width() or minimum.height() > room.height():
        widget.setMinimumSize(min(minimum.width(), room.width()),
                              min(minimum.height(), room.height()))
    widget.resize(min(want_w, room.width()), min(want_h, room.height()))
    top_left = widget.screen().availableGeometry().topLeft() if widget.screen() else None
    if widget.isWindow() and top_left is not None:
        frame = widget.frameGeometry()
        geometry = widget.screen().availableGeometry()
        if frame.bottom() > geometry.bottom() or frame.right() > geometry.right() \
                or frame.top() < geometry.top():
            widget.move(max(geometry.left(), min(frame.left(), geometry.right() - frame.width())),
                        geometry.top())
