"""Automatic backups while the app is open: a QTimer on the GUI side asks the background runner
every few minutes to run `app.services.backup.run_auto_backup` (off the GUI thread). Nothing
happens unless an admin set a second location on the Settings page; a failure goes to the
status bar, never a pop-up, and is tried again at the next tick."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from app.services.backup import run_auto_backup
from app.ui.qtfix import emit

CHECK_EVERY_SECONDS = 10 * 60
FIRST_CHECK_SECONDS = 60  # soon after sign-in, so a laptop used briefly still gets its backup


class AutoBackup(QObject):
    made = Signal(object)  # BackupInfo

    def __init__(self, context, interval_seconds: float = CHECK_EVERY_SECONDS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.running = False
        self.timer = QTimer(self)
        self.timer.setInterval(max(1, int(interval_seconds * 1000)))
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_SECONDS * 1000, self, self.check)

    def check(self) -> bool:
        """Start a due backup unless one is running or nobody is signed in."""
        if self.running or self.context.workspace is None:
            return False
        self.running = True
        self.context.op(run_auto_backup, on_result=self._done, on_error=self._failed)
        return True

    def _done(self, outcome) -> None:
        self.running = False
        info = outcome.made
        if info is not None:
            emit(self.made, info)

    def _failed(self, error) -> None:
        self.running = False
        self.context.errors.notify(error)
