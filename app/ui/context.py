"""The signed-in session as the interface sees it: the workspace, the background runner, the
error presenter, one `changed` signal, the language, and the last change that can be undone.

Not a global: the application creates one and hands it to the windows it opens.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.services.workspace import Changes, Workspace
from app.ui.background import Runner
from app.ui.errors import ErrorPresenter
from app.ui.qtfix import emit


@dataclass
class Undoable:
    description: str  # translated, e.g. "Visit saved"
    undo: Callable[[Workspace], Changes]


class AppContext(QObject):
    changed = Signal(object)  # Changes, after any use case
    undo_offered = Signal(object)  # Undoable or None
    language_changed = Signal(str)
    larger_text_changed = Signal(bool)
    lock_requested = Signal()  # from anywhere (a modal form too): lock the screen
    exit_requested = Signal()  # from anywhere: keep drafts and quit

    def __init__(self, data_dir: Path, runner: Runner, errors: ErrorPresenter,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.runner = runner
        self.errors = errors
        self.workspace: Workspace | None = None
        self.last_undo: Undoable | None = None
        self.draft_savers: list[Callable[[], None]] = []  # called before locking

    # -- background work on the workspace ---------------------------------------------------
    def read(self, fn: Callable, *args, on_result: Callable | None = None,
             on_error: Callable | None = None, **kwargs) -> None:
        """Run `fn(workspace, *args)` off the GUI thread; quiet errors (status bar)."""
        workspace = self.workspace
        if workspace is None:
            return
        self.runner.run(fn, workspace, *args, on_result=on_result,
                        on_error=on_error or self.errors.notify, **kwargs)

    def write(self, fn: Callable, *args, on_result: Callable | None = None,
              on_error: Callable | None = None, undo: Callable | None = None,
              undo_text: str = "") -> None:
        """Run a use case; broadcast its `Changes`; offer `undo(workspace, result)` if given."""
        workspace = self.workspace
        if workspace is None:
            return

        def done(result) -> None:
            changes = result[1] if isinstance(result, tuple) and len(result) == 2 and \
                isinstance(result[1], Changes) else result
            if undo is not None:
                self.offer_undo(Undoable(undo_text, lambda ws, r=result: undo(ws, r)))
            elif isinstance(changes, Changes) and changes and self.last_undo is not None:
                self.offer_undo(None)  # only the LAST change may be undone: a later one ends it
            if isinstance(changes, Changes) and changes:
                emit(self.changed, changes)
            if on_result is not None:
                on_result(result)

        self.runner.run(fn, workspace, *args, on_result=done,
                        on_error=on_error or self.errors.show)

    # -- undo of the last change ------------------------------------------------------------
    def offer_undo(self, undoable: Undoable | None) -> None:
        self.last_undo = undoable
        emit(self.undo_offered, undoable)

    def undo_last(self) -> None:
        undoable, self.last_undo = self.last_undo, None
        emit(self.undo_offered, None)
        if undoable is not None:
            self.write(undoable.undo)

    # -- before locking ---------------------------------------------------------------------
    def save_open_drafts(self) -> None:
        for saver in list(self.draft_savers):
            try:
                saver()
            except Exception as error:  # noqa: BLE001 - locking must go on
                self.errors.notify(error)
