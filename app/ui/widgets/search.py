"""A search line that waits for a pause in typing (~150 ms) before it asks for results."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QWidget
from app.ui.qtfix import emit

DEBOUNCE_MS = 150


class SearchLine(QLineEdit):
    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: emit(self.search_requested, self.text().strip()))
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self.flush)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Enter searches (and picks); it must not also press a dialog's default button."""
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()

    def flush(self) -> None:
        """Search now (Enter, or tests)."""
        self._timer.stop()
        emit(self.search_requested, self.text().strip())
