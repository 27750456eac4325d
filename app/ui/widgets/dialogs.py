"""File and folder dialogs in the interface language.

The platform's native dialog (GTK, a desktop portal) ignores the application's translators, so a
Chinese or Tibetan interface showed a half-English dialog. These use Qt's own dialog
(`QFileDialog.DontUseNativeDialog`): its strings come from the Qt catalogue installed with the
interface language (app.ui.translations), and the labels we set are our own translations.

    kind = name_filter(tr("PDF file"), "*.pdf")                  # "PDF 文件 (*.pdf)"
    path = save_file_name(parent, title, "/home/me/case.pdf", kind)     # "" if cancelled
    folder = existing_directory(parent, title, user_folder(data_dir))   # "" if cancelled

Name filters are joined in code (`name_filter`): Qt finds the patterns only inside ASCII
brackets, and a translation wrote full-width ones ("（*.jpg）"), which hid every photo. Every
dialog starts in a folder given explicitly (`user_folder`, or the signed-in user's export folder):
a QFileDialog given "" opens in the folder the last dialog of the process used, which could be
another user's export folder.
    box = message_box(QMessageBox.Icon.Question, title, text, parent)          # not shown yet

Message boxes leave the ink of their text room at the right edge: a full line of Tibetan ended
exactly at the label's edge and its last stack overhung it (the approve question looked cut).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

INK_AIR_PX = 12  # right of a message's text: Tibetan stacks overhang their advance


def message_box(icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None = None,
                buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton
                ) -> QMessageBox:
    """A QMessageBox (plain text) whose text wraps `INK_AIR_PX` before the label's right edge."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    label = box.findChild(QLabel, "qt_msgbox_label")
    if label is not None:
        label.setContentsMargins(0, 0, INK_AIR_PX, 0)
    return box


def _labels() -> dict[str, str]:
    """Literal calls, so that pyside6-lupdate extracts them (context "FileDialog")."""
    return {"look_in": QCoreApplication.translate("FileDialog", "Look in"),
            "file_name": QCoreApplication.translate("FileDialog", "File name"),
            "file_type": QCoreApplication.translate("FileDialog", "File type"),
            "cancel": QCoreApplication.translate("FileDialog", "Cancel"),
            "save": QCoreApplication.translate("FileDialog", "Save"),
            "choose": QCoreApplication.translate("FileDialog", "Choose"),
            "open": QCoreApplication.translate("FileDialog", "Open")}


def _tr(key: str) -> str:
    return _labels()[key]


def name_filter(words: str, patterns: str) -> str:
    """One name filter of a file dialog: the translated `words` and the ASCII `patterns`
    ("*.jpg *.png"), joined as Qt reads them: "words (patterns)". A translation never holds
    the patterns, so its brackets or spacing cannot hide files."""
    return f"{words.strip()} ({patterns})"


def make_dialog(parent: QWidget | None, title: str, directory: str,
                filters: str = "") -> QFileDialog:
    """A non-native QFileDialog with translated labels (not shown yet), opening in
    `directory` (never "": Qt would open the process's last folder; `user_folder()` then)."""
    dialog = QFileDialog(parent, title, directory or user_folder(), filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setLabelText(QFileDialog.DialogLabel.LookIn, _tr("look_in"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileName, _tr("file_name"))
    dialog.setLabelText(QFileDialog.DialogLabel.FileType, _tr("file_type"))
    dialog.setLabelText(QFileDialog.DialogLabel.Reject, _tr("cancel"))
    return dialog


def save_file_name(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    """Ask where to save, starting at `suggested` (a full path in the user's folder; filters
    from `name_filter`); returns the chosen path, or "" if cancelled."""
    dialog = make_dialog(parent, title, suggested, filters)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, _tr("save"))
    if suggested:
        dialog.selectFile(suggested)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]


def user_folder(data_dir: str | Path | None = None, preferred: str | Path = "") -> str:
    """Where a file or folder dialog opens: `preferred` when it exists and is not inside the
    station's data folder `data_dir` (backups, diagnostics or exports there are lost with the
    data, or copied into the next backup), else the user's Documents folder, else home."""
    data = Path(data_dir).resolve() if data_dir else None

    def usable(folder) -> bool:
        if not folder:
            return False
        path = Path(folder).resolve()
        inside = data is not None and (path == data or data in path.parents)
        return path.is_dir() and not inside

    if usable(preferred):
        return str(Path(preferred))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if usable(documents):
        return documents
    return str(Path.home())


def existing_directory(parent: QWidget | None, title: str, directory: str) -> str:
    """Ask for a folder, starting in `directory` (`user_folder(...)`); returns its path, or ""
    if cancelled."""
    dialog = make_dialog(parent, title, directory)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, _tr("choose"))
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]


def open_file_names(parent: QWidget | None, title: str, directory: str,
                    filters: str = "") -> list[str]:
    """Ask for one or more existing files, starting in `directory` (filters from
    `name_filter`); returns their paths, or [] if cancelled."""
    dialog = make_dialog(parent, title, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, _tr("open"))
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return []
    return list(dialog.selectedFiles())


def open_file_name(parent: QWidget | None, title: str, directory: str,
                   filters: str = "") -> str:
    """Ask for an existing file, starting in `directory`; returns its path, or "" if
    cancelled."""
    dialog = make_dialog(parent, title, directory, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setLabelText(QFileDialog.DialogLabel.Accept, _tr("open"))
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]
