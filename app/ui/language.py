"""Switch the interface language at run time.

Uses `app.ui.translations.switch_language` (our catalogue plus Qt's own strings, owned by the
application object). If that module cannot be imported, installs the compiled catalogue itself.
Either way Qt sends QEvent.LanguageChange to every widget, and each page's `changeEvent` calls
its `retranslate()`.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from app.i18n import APP_CATALOGUE_STEM, I18N_DIR, normalize_language

_fallback: list[QTranslator] = []


def switch_language(code: str) -> str:
    code = normalize_language(code)
    app = QCoreApplication.instance()
    try:
        from app.ui.translations import switch_language as install  # noqa: PLC0415
    except Exception:  # noqa: BLE001 - fall back to the app catalogue alone
        install = None
    if install is not None:
        install(app, code)
        return code
    for translator in _fallback:
        app.removeTranslator(translator)
    _fallback.clear()
    translator = QTranslator(app)
    if translator.load(f"{APP_CATALOGUE_STEM}_{code}", str(I18N_DIR)):
        app.installTranslator(translator)
        _fallback.append(translator)
    return code
