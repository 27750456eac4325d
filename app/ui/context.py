"""The signed-in session as the interface sees it: the workspace, the background runner, the
error presenter, one `changed` signal, the language, and the last change that can be undone.

Screens run every piece of work through two calls (Anki's QueryOp / CollectionOp):
`context.query(fn, ...)` for reads, `context.op(fn, ...)` for anything that writes.

Not a global: the application creates one and hands it to the windows it opens.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.changes import Changes, OpResult
from app.ui.background import Runner
from app.ui.errors import ErrorPresenter
from app.ui.qtfix import emit

if TYPE_CHECKING:  # the database layer is imported after the sign-in screen is up
    from app.services.workspace import Workspace


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
        runner.on_unhandled = errors.show  # a failing callback is a bug the user is told about

    # -- background work on the workspace ---------------------------------------------------
    def query(self, fn: Callable, *args, on_result: Callable | None = None,
              on_error: Callable | None = None, **kwargs) -> None:
        """Read: run `fn(workspace, *args, **kwargs)` off the GUI thread and hand its result to
        `on_result` on the GUI thread. It must not write. Errors go to `on_error`, or quietly to
        the status bar (a refresh the user did not ask for)."""
        workspace = self.workspace
        if workspace is None:
            return
        self.runner.run(fn, workspace, *args, on_result=on_result,
                        on_error=on_error or self.errors.notify, **kwargs)

    def op(self, fn: Callable, *args, on_result: Callable | None = None,
           on_error: Callable | None = None, undo: Callable | None = None,
           undo_text: str = "", **kwargs) -> None:
        """Write (a use case, a draft, an export, a sync): run `fn(workspace, *args, **kwargs)` off
        the GUI thread. It returns an `OpResult` (`Changes`, `Created`, or anything with a
        `changes` attribute); those changes are broadcast on `changed`, then `on_result(result)`
        runs. `undo(workspace, result)` is offered as the last undoable change if given.
        Errors go to `on_error`, or to the error presenter (a message the user sees)."""
        workspace = self.workspace
        if workspace is None:
            return

        def done(result: OpResult) -> None:
            changes = getattr(result, "changes", None)
            if not isinstance(changes, Changes):
                raise TypeError(f"the operation {getattr(fn, '__qualname__', fn)!r} returned "
                                f"{type(result).__name__}, not a result with Changes")
            if undo is not None:
                self.offer_undo(Undoable(undo_text, lambda ws, r=result: undo(ws, r)))
            elif changes.kinds - {"draft"} and self.last_undo is not None:
                # only the LAST change may be undone: a later one ends it (a draft kept or
                # dropped is no change to a record)
                self.offer_undo(None)
            if changes:
                emit(self.changed, changes)
            if on_result is not None:
                on_result(result)

        self.runner.run(fn, workspace, *args, on_result=done,
                        on_error=on_error or self.errors.show, **kwargs)

    # -- undo of the last change ------------------------------------------------------------
    def offer_undo(self, undoable: Undoable | None) -> None:
        self.last_undo = undoable
        emit(self.undo_offered, undoable)

    def undo_last(self) -> None:
        undoable, self.last_undo = self.last_undo, None
        emit(self.undo_offered, None)
        if undoable is not None:
            self.op(undoable.undo)

    # -- before locking ---------------------------------------------------------------------
    def save_open_drafts(self) -> None:
        for saver in list(self.draft_savers):
            try:
                saver()
            except Exception as error:  # noqa: BLE001 - locking must go on
                self.errors.notify(error)
