"""An inline progress line with Cancel for jobs that take more than a moment.

`start()` gives the job a headless `app.progress.Progress`; its reports (made on the worker
thread) reach the bar through a queued signal."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from app.progress import Progress
from app.ui.qtfix import emit


class _Relay(QObject):
    changed = Signal(int, int)  # done, total: emitted on the worker thread, shown on the GUI's


class ProgressPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.cancel_button = QPushButton()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.progress: Progress | None = None
        self._relay = _Relay(self)
        self._relay.changed.connect(self._changed)
        self.cancel_button.clicked.connect(self.cancel)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start(self, text: str) -> Progress:
        relay = self._relay
        self.progress = Progress(lambda done, total: emit(relay.changed, done, total))
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the first report
        self.show()
        return self.progress

    def _changed(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancel()

    def finish(self) -> None:
        self.progress = None
        self.hide()
