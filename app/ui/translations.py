"""Switch the interface language at run time: our catalogue plus Qt's own strings.

    switcher = LanguageSwitcher(app)
    switcher.switch_to("bo")        # every widget receives QEvent.LanguageChange

Installing or removing a QTranslator makes Qt send `QEvent.LanguageChange` to every widget, so
a widget that sets its texts in a `retranslate_ui()` called from `changeEvent` follows without a
restart. For Qt's own strings (dialog buttons, context menus, file dialogs) Chinese comes from the
`qtbase_zh_CN.qm` that ships with PySide6, Tibetan from our `resources/i18n/qtbase_bo.qm` (Qt
ships no Tibetan), English needs none. The .qm files are built by scripts/build_translations.py.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal
from PySide6.QtGui import QGuiApplication

from app.i18n import APP_CATALOGUE_STEM, I18N_DIR, available_languages, normalize_language
from app.ui.qtfix import emit

log = logging.getLogger(__name__)

_LOCALES = {
    "zh_CN": (QLocale.Language.Chinese, QLocale.Country.China),
    "bo": (QLocale.Language.Tibetan, QLocale.Country.China),
    "en": (QLocale.Language.English, QLocale.Country.UnitedStates),
}


def locale_for(language: str) -> QLocale:
    """The QLocale for an interface language (Tibetan: QLocale(Tibetan, China))."""
    qt_language, territory = _LOCALES[language]
    return QLocale(qt_language, territory)


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def catalogue_files(language: str, i18n_dir: Path = I18N_DIR) -> list[Path]:
    """The .qm files to install for `language`, Qt's own strings first, ours last (wins)."""
    files = []
    if language == "zh_CN":
        files.append(qt_translations_dir() / "qtbase_zh_CN.qm")
    elif language == "bo":
        files.append(i18n_dir / "qtbase_bo.qm")
    files.append(i18n_dir / f"{APP_CATALOGUE_STEM}_{language}.qm")
    return files


class LanguageSwitcher(QObject):
    """Owns the installed translators; `switch_to()` replaces them and announces the change."""

    language_changed = Signal(str)

    def __init__(self, app: QCoreApplication | None = None, i18n_dir: Path = I18N_DIR,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app or QCoreApplication.instance()
        self._i18n_dir = i18n_dir
        self._translators: list[QTranslator] = []
        self._language: str | None = None
        self.missing_files: list[Path] = []

    @property
    def language(self) -> str | None:
        return self._language

    def switch_to(self, language: str) -> None:
        """Install `language` ("zh_CN", "bo", "en"; other locale names are mapped)."""
        language = normalize_language(language)
        if language not in available_languages():
            raise ValueError(f"unknown interface language {language!r}")
        self._remove_translators()
        self.missing_files = []
        for path in catalogue_files(language, self._i18n_dir):
            translator = QTranslator(self)
            if translator.load(str(path)):
                self._app.installTranslator(translator)
                self._translators.append(translator)
            else:
                self.missing_files.append(path)
                log.warning("translation file not loaded: %s", path)
        self._apply_locale(language)
        self._language = language
        emit(self.language_changed, language)

    def _remove_translators(self) -> None:
        for translator in self._translators:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._translators = []

    def _apply_locale(self, language: str) -> None:
        locale = locale_for(language)
        QLocale.setDefault(locale)
        if isinstance(self._app, QGuiApplication):
            direction = locale.textDirection()  # all three are left-to-right; kept general
            QGuiApplication.setLayoutDirection(direction)


def switch_language(app: QCoreApplication, language: str) -> LanguageSwitcher:
    """Switch `app` to `language` with the switcher owned by `app` (created on first use)."""
    switcher = app.findChild(LanguageSwitcher)
    if switcher is None:
        switcher = LanguageSwitcher(app, parent=app)
    switcher.switch_to(language)
    return switcher


def system_language() -> str:
    """The interface language closest to the system locale (Chinese when in doubt)."""
    for name in QLocale.system().uiLanguages():
        language = normalize_language(name)
        if name.replace("-", "_").split("_")[0].lower() in {"zh", "bo", "en"}:
            return language
    return "zh_CN"
