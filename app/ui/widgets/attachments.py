"""The attachments of one record in its form: thumbnails, add from a file or a camera folder,
open for viewing inside the app, remove with a reason.

Every read and write goes through `context.query` / `context.op` (the content is processed,
stored and rendered on the runner, never on the GUI thread). Viewing draws the image, or the
PDF's pages rendered in memory: no plaintext copy is written anywhere.

Keyboard: Tab reaches the list, which takes the arrows; Enter opens (and does not press the
form's default button), Delete removes; Alt+E adds files, Alt+C picks from a camera folder.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel,
                               QListView, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QPushButton, QScrollArea, QVBoxLayout, QWidget)

from app.services import attachments
from app.ui.context import AppContext
from app.ui.text import trf
from app.ui.widgets.dialogs import existing_directory, name_filter, open_file_names, user_folder
from app.ui.widgets.fields import FieldErrors
from app.ui.widgets.layout import FlowLayout

ICON_EDGE = 96
INFO_ROLE = Qt.ItemDataRole.UserRole + 1
FILE_FILTER = " ".join(f"*{suffix}" for suffix in attachments.CAMERA_SUFFIXES)  # ASCII


def _pixmap(data: bytes | None) -> QPixmap:
    pixmap = QPixmap()
    if data:
        pixmap.loadFromData(QByteArray(data))
    return pixmap


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class AttachmentStrip(QWidget):
    """Thumbnails of one record's attachments with Add, Camera folder, Open and Remove."""

    def __init__(self, context: AppContext, owner_kind: str, owner_id: str,
                 parent: QWidget | None = None, *, may_change: bool = True) -> None:
        super().__init__(parent)
        self.context = context
        self.owner_kind, self.owner_id = owner_kind, owner_id
        self.may_change = may_change
        self.title = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(ICON_EDGE, ICON_EDGE))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setGridSize(QSize(ICON_EDGE + 40, ICON_EDGE + 44))
        self.list.setMaximumHeight(ICON_EDGE + 64)
        self.list.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.title.setBuddy(self.list)
        self.add_button = QPushButton()
        self.camera_button = QPushButton()
        self.open_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self.choose_files)
        self.camera_button.clicked.connect(self.choose_camera_folder)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.installEventFilter(self)  # Delete removes the chosen attachment
        buttons = FlowLayout()  # four buttons are wider than a side panel in Tibetan: wrap
        for button in (self.add_button, self.camera_button, self.open_button,
                       self.remove_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.infos: list[attachments.AttachmentInfo] = []
        self.pending = 0  # files being added
        self.retranslate()
        context.changed.connect(self._changed)
        self.refresh()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected():
                self.open_selected()  # taken here: the form's default button is not pressed
                return True
        return super().eventFilter(watched, event)

    # -- the list ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self.context.query(attachments.attachments_of, self.owner_kind, self.owner_id,
                           on_result=self._show)

    def _changed(self, changes) -> None:
        # any attachment change (a sync names the attachments it brought, not their records)
        if "attachment" in changes.kinds:
            self.refresh()

    def _show(self, infos: list) -> None:
        current = self.selected()
        self.infos = list(infos)
        self.list.clear()
        for info in self.infos:
            item = QListWidgetItem(info.filename)
            pixmap = _pixmap(info.thumbnail)
            if not pixmap.isNull():
                item.setIcon(QIcon(pixmap))
            item.setData(INFO_ROLE, info.id)
            item.setToolTip(self._describe(info))
            self.list.addItem(item)
            if current is not None and info.id == current.id:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def _describe(self, info) -> str:
        kind = {"image/jpeg": self.tr("Photo"), "image/png": self.tr("Image"),
                "application/pdf": self.tr("PDF document")}.get(info.mime, info.mime)
        text = f"{info.filename}\n{kind} · {size_text(info.size)} · {info.created:%Y-%m-%d}"
        if not info.here:
            text += "\n" + self.tr("Not on this computer yet: opening it fetches it from the "
                                   "county.")
        return text

    def selected(self):
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(INFO_ROLE)
        return next((info for info in self.infos if info.id == wanted), None)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and self.may_change)
        self.add_button.setEnabled(self.may_change)
        self.camera_button.setEnabled(self.may_change)

    # -- adding -----------------------------------------------------------------------------
    def choose_files(self) -> None:
        """Ask for files (the dialog starts in the user's own folder, never the last one the
        program used: that could be another user's export folder)."""
        paths = open_file_names(self, self.tr("Attach files"), self.start_folder(),
                                name_filter(self.tr("Photos, scans and PDFs"), FILE_FILTER))
        self.add_files(paths)

    def start_folder(self) -> str:
        """Where the strip's file and folder dialogs open: the user's Documents (or home),
        never inside the station's data folder."""
        return user_folder(self.context.data_dir)

    def choose_camera_folder(self) -> None:
        folder = existing_directory(self, self.tr("Choose the camera's folder"),
                                    self.start_folder())
        if folder:
            self.choose_from_folder(folder)

    def choose_from_folder(self, folder: str) -> None:
        """List the folder's photos (on the runner), then let the user tick the ones to add."""
        self.context.query(attachments.camera_folder_files, folder,
                           on_result=self._pick_from_folder,
                           on_error=lambda error: self.context.errors.show(error, self))

    def _pick_from_folder(self, paths: list) -> None:
        self.camera_dialog = CameraFolderDialog(paths, self)
        self.camera_dialog.accepted.connect(
            lambda: self.add_files(self.camera_dialog.chosen()))
        self.camera_dialog.open()

    def add_files(self, paths) -> None:
        """Attach each file (one use case each; a refused file is named, the others go on)."""
        for path in paths:
            self.pending += 1
            self.status.setText(self.tr("Adding files…"))
            self.context.op(attachments.add_attachment, self.owner_kind, self.owner_id,
                            str(path), on_result=self._added, on_error=self._add_failed)

    def _added(self, _created) -> None:
        self.pending -= 1
        if not self.pending:
            self.status.setText("")

    def _add_failed(self, error) -> None:
        self.pending -= 1
        self.status.setText("")
        self.context.errors.show(error, self)

    # -- opening and removing ---------------------------------------------------------------
    def open_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.viewer = AttachmentViewer(self.context, info, self)
            self.viewer.open()

    def remove_selected(self) -> None:
        info = self.selected()
        if info is not None and self.may_change:
            self.remove_dialog = RemoveAttachmentDialog(self.context, info, self)
            self.remove_dialog.open()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Attachments (photos, scans, PDFs)"))  # reached by Tab: Alt+A is the household's "&Address"
        self.add_button.setText(self.tr("Add fil&e…"))
        self.camera_button.setText(self.tr("From &camera folder…"))
        self.open_button.setText(self.tr("&Open"))
        self.remove_button.setText(self.tr("Re&move…"))
        for index, info in enumerate(self.infos):
            self.list.item(index).setToolTip(self._describe(info))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class CameraFolderDialog(QDialog):
    """The photos of a camera folder, newest first, each with a tick box (none ticked)."""

    def __init__(self, paths: list, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = [Path(path) for path in paths]
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.list = QListWidget()
        for path in self.paths:
            item = QListWidgetItem(path.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(str(path))
            self.list.addItem(item)
        self.label.setBuddy(self.list)
        self.list.itemActivated.connect(self._toggle)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Photos in the camera folder"))
        self.label.setText(self.tr("Tick the photos to attach (Space ticks the selected one).")
                           if self.paths else self.tr("There are no photos or PDFs in this "
                                                      "folder."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Attach"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def _toggle(self, item: QListWidgetItem) -> None:
        item.setCheckState(Qt.CheckState.Unchecked if item.checkState() == Qt.CheckState.Checked
                           else Qt.CheckState.Checked)

    def set_checked(self, names: list[str]) -> None:
        for index in range(self.list.count()):
            item = self.list.item(index)
            item.setCheckState(Qt.CheckState.Checked if item.text() in names
                               else Qt.CheckState.Unchecked)

    def chosen(self) -> list[Path]:
        return [path for index, path in enumerate(self.paths)
                if self.list.item(index).checkState() == Qt.CheckState.Checked]


class AttachmentViewer(QDialog):
    """An attachment drawn inside the app from memory: the photo, or the PDF's pages. One not
    on this computer yet is fetched from the county first (with the user's go-ahead)."""

    def __init__(self, context: AppContext, info, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.info = info
        self.view = None
        self.page_pixmaps: list[tuple[QLabel, QPixmap]] = []  # each page at full size
        self.setWindowTitle(info.filename)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.pages)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.fetch_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.fetch_button.hide()
        self.fetch_button.clicked.connect(self.fetch)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.fetch_button.setText(self.tr("&Fetch from the county"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 700)
        self.load()

    def load(self) -> None:
        self.message.setText(self.tr("Opening…"))
        self.context.query(attachments.view_attachment, self.info.id, on_result=self._shown,
                           on_error=self._not_shown)

    def _shown(self, view) -> None:
        self.view = view
        self.fetch_button.hide()
        text = f"{view.filename} · {size_text(view.size)}"
        if len(view.pages) < view.page_count:
            text += " · " + trf(self.tr("the first %1 of %2 pages"), len(view.pages),
                                view.page_count)
        self.message.setText(text)
        self.page_pixmaps = []
        for data in view.pages:
            label = QLabel()
            label.setFrameShape(QLabel.Shape.Box)  # a white page shows its edge
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.page_pixmaps.append((label, _pixmap(data)))
            self.pages_layout.addWidget(label)
        self._fit_pages()

    def _fit_pages(self) -> None:
        """Each page as wide as the window allows (never enlarged)."""
        width = max(320, self.scroll.viewport().width() - 24)
        for label, pixmap in self.page_pixmaps:
            if pixmap.width() > width:
                pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pixmap)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_pages()

    def _not_shown(self, error) -> None:
        if isinstance(error, attachments.ContentNotHere):
            self.message.setText(self.context.errors.text_for(error))
            self.fetch_button.show()
            self.fetch_button.setFocus()
            return
        self.message.setText(self.context.errors.text_for(error))

    def fetch(self) -> None:
        self.fetch_button.setEnabled(False)
        self.message.setText(self.tr("Fetching from the county…"))
        self.context.op(attachments.fetch_attachment, self.info.id,
                        on_result=lambda _result: self._fetched(), on_error=self._fetch_failed)

    def _fetched(self) -> None:
        self.fetch_button.setEnabled(True)
        self.load()

    def _fetch_failed(self, error) -> None:
        self.fetch_button.setEnabled(True)
        self.message.setText(self.context.errors.text_for(error))


class RemoveAttachmentDialog(QDialog):
    """Ask why; remove the attachment (a synced tombstone) on the runner; close when done."""

    def __init__(self, context: AppContext, info, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.info = info
        self.errors = FieldErrors()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(90)
        self.label.setBuddy(self.reason)
        self.buttons = QDialogButtonBox()
        self.remove_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.remove_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.errors.wrap("reason", self.reason))
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Remove attachment"))
        self.label.setText(trf(self.tr("Why is %1 removed? The reason is kept in the record's "
                                       "history."), info.filename))
        self.remove_button.setText(self.tr("&Remove"))
        self.cancel_button.setText(self.tr("Cancel"))

    def confirm(self) -> None:
        self.errors.clear()
        self.remove_button.setEnabled(False)
        self.context.op(attachments.remove_attachment, self.info.id, self.reason.toPlainText(),
                        on_result=lambda _changes: self.accept(), on_error=self._failed)

    def _failed(self, error) -> None:
        self.remove_button.setEnabled(True)
        if not self.errors.show(error):
            self.context.errors.show(error, self)
