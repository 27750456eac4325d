"""Translations: catalogues and their build, headless lookup, run-time switching, the glossary."""
from __future__ import annotations

import importlib.util
import json
import os
import sys
import textwrap
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from app import i18n  # noqa: E402
from app.errors import LockedOut  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
CATALOG = json.loads((REPO / "resources/catalog/catalog.json").read_text(encoding="utf-8"))
GLOSSARY = json.loads((i18n.I18N_DIR / "glossary.json").read_text(encoding="utf-8"))
LANGS = ("zh", "bo", "en")


def _load_build_script():
    spec = importlib.util.spec_from_file_location("build_translations",
                                                  REPO / "scripts/build_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build = _load_build_script()


@pytest.fixture(scope="module")
def compiled_catalogues() -> list[Path]:
    """The .qm files, compiled from the .ts sources if any is missing or older."""
    sources = sorted(i18n.I18N_DIR.glob("*.ts"))
    stale = [ts for ts in sources if not ts.with_suffix(".qm").exists()
             or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if stale:
        build.compile_translations()
    return [ts.with_suffix(".qm") for ts in sources]


# -- headless ------------------------------------------------------------------------------------

def test_languages_and_their_names():
    assert i18n.available_languages() == ["zh_CN", "bo", "en"]
    assert [i18n.language_display_name(code) for code in i18n.available_languages()] == [
        "中文", "བོད་ཡིག", "English"]
    assert i18n.normalize_language("zh-Hans-CN") == "zh_CN"
    assert i18n.normalize_language("bo_CN") == "bo"


def test_catalog_reads_ts_rules(tmp_path):
    path = tmp_path / "station_ledger_bo.ts"
    path.write_text(textwrap.dedent("""\
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE TS>
        <TS version="2.1" language="bo">
        <context><name>Ctx</name>
          <message><source>Done %1</source><translation>ཚར། %1</translation></message>
          <message><source>Draft</source><translation type="unfinished">ཟིན་བྲིས</translation></message>
          <message><source>Empty</source><translation type="unfinished"></translation></message>
          <message><source>Gone</source><translation type="vanished">མེད</translation></message>
          <message><source>Open</source><comment>verb</comment><translation>ཁ་ཕྱེ</translation></message>
          <message numerus="yes"><source>%n rows</source>
            <translation><numerusform>ཐིག་ཕྲེང %n</numerusform></translation></message>
        </context>
        </TS>
        """), encoding="utf-8")
    catalog = i18n.Catalog.from_ts(path)
    assert catalog.language == "bo"
    assert catalog.translate("Ctx", "Done %1") == "ཚར། %1"
    assert catalog.translate("Ctx", "Draft") == "ཟིན་བྲིས"
    assert catalog.translate("Ctx", "Empty") == "Empty"
    assert catalog.translate("Ctx", "Gone") == "Gone"
    assert catalog.translate("Ctx", "Open") == "Open"
    assert catalog.translate("Ctx", "Open", "verb") == "ཁ་ཕྱེ"
    assert catalog.translate("Ctx", "%n rows") == "ཐིག་ཕྲེང %n"
    assert catalog.translate("Other", "Done %1") == "Done %1"


def test_core_messages_translate_without_qt():
    source = "Too many wrong passwords. Try again in %1 seconds."
    assert i18n.translate("en", "Core", source, 30) == "Too many wrong passwords. Try again in 30 seconds."
    for language in ("zh_CN", "bo"):
        text = i18n.translate(language, "Core", source, 30)
        assert "30" in text and text != source.replace("%1", "30")
    error = LockedOut(45)
    assert "45" in error.message(translate=i18n.translator_for("zh_CN"))
    assert i18n.catalog_for("bo") is i18n.catalog_for("bo")


# -- catalogues and their build ---------------------------------------------------------------

def test_placeholders_are_identical_in_every_translation():
    problems = []
    for path in sorted(i18n.I18N_DIR.glob("*.ts")):
        problems += build.catalogue_problems(path, require_finished=False)
    assert not problems


def test_core_strings_are_extracted_with_their_location():
    strings = build.extract_core_strings()
    locked_out = [s for s in strings if s.source.startswith("Too many wrong passwords")]
    assert locked_out and locked_out[0].path.name == "errors.py"
    assert all(Path(s.path).parts[-2:-1] != ("ui",) for s in strings)


def test_update_merges_ui_and_core_strings_and_keeps_translations(tmp_path):
    app_dir = tmp_path / "app"
    (app_dir / "ui").mkdir(parents=True)
    (app_dir / "core.py").write_text('from app.errors import N_\nA = N_("Kept %1")\nB = N_("Gone")\n')
    (app_dir / "ui" / "window.py").write_text(textwrap.dedent("""\
        from PySide6.QtWidgets import QWidget
        class MainWindow(QWidget):
            def retranslate_ui(self):
                self.setWindowTitle(self.tr("Station Ledger"))
        """))
    i18n_dir = tmp_path / "i18n"
    build.update_catalogues(i18n_dir, app_dir)
    bo = i18n_dir / "station_ledger_bo.ts"
    bo.write_text(bo.read_text(encoding="utf-8").replace(
        '<source>Kept %1</source>\n        <translation type="unfinished"></translation>',
        "<source>Kept %1</source>\n        <translation>ཉར %1</translation>"), encoding="utf-8")
    (app_dir / "core.py").write_text('from app.errors import N_\nA = N_("Kept %1")\nC = N_("New")\n')
    build.update_catalogues(i18n_dir, app_dir)

    catalog = i18n.Catalog.from_ts(bo)
    assert catalog.translate("Core", "Kept %1") == "ཉར %1"
    text = bo.read_text(encoding="utf-8")
    assert '<source>Gone</source>\n        <translation type="obsolete">' in text
    assert '<source>New</source>\n        <translation type="unfinished">' in text
    assert "<name>MainWindow</name>" in text and "<source>Station Ledger</source>" in text
    english = i18n.Catalog.from_ts(i18n_dir / "station_ledger_en.ts")
    assert english.translate("MainWindow", "Station Ledger") == "Station Ledger"
    assert 'type="unfinished"' not in (i18n_dir / "station_ledger_en.ts").read_text(encoding="utf-8")

    problems = build.find_problems(i18n_dir)
    assert any("'New'" in p for p in problems) and any("'Station Ledger'" in p for p in problems)
    assert not any("Kept" in p and "_bo.ts" in p for p in problems)
    assert any("Kept" in p and "_zh_CN.ts" in p for p in problems)
    assert build.compile_translations(i18n_dir)


def test_every_compiled_catalogue_loads_in_qt(qapp, compiled_catalogues):
    from PySide6.QtCore import QTranslator

    assert {p.name for p in compiled_catalogues} >= {
        "station_ledger_zh_CN.qm", "station_ledger_bo.qm", "station_ledger_en.qm", "qtbase_bo.qm"}
    for path in compiled_catalogues:
        translator = QTranslator()
        assert translator.load(str(path)), path
        assert not translator.isEmpty(), path


# -- run-time switching ---------------------------------------------------------------------------

@pytest.fixture()
def switchable_app(qapp, compiled_catalogues):
    """The application with no translation left installed by earlier tests (they share the
    app's own switcher); its default locale and layout direction are restored afterwards."""
    from PySide6.QtCore import QLocale

    from app.ui.translations import switch_language

    switch_language(qapp, "en")
    locale, direction = QLocale(), qapp.layoutDirection()
    yield qapp
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)


def _message_box_texts():
    from PySide6.QtWidgets import QMessageBox

    buttons = (QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel
               | QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Yes)
    box = QMessageBox(QMessageBox.Icon.Warning, "title", "text", buttons)
    box.setDetailedText("details")
    texts = {box.button(b).text() for b in (QMessageBox.StandardButton.Ok,
                                            QMessageBox.StandardButton.Cancel,
                                            QMessageBox.StandardButton.Save,
                                            QMessageBox.StandardButton.Yes)}
    texts |= {b.text() for b in box.buttons() if "..." in b.text()}
    box.deleteLater()
    return texts


def test_tibetan_message_box_shows_tibetan_buttons_and_switches_back(switchable_app):
    qapp = switchable_app
    from PySide6.QtCore import QLocale

    from app.ui.translations import LanguageSwitcher

    qt_bo = i18n.Catalog.from_ts(i18n.I18N_DIR / "qtbase_bo.ts")
    switcher = LanguageSwitcher(qapp)
    try:
        switcher.switch_to("bo")
        assert not switcher.missing_files
        assert QLocale().language() == QLocale.Language.Tibetan
        expected = {qt_bo.translate("QPlatformTheme", s) for s in ("OK", "Cancel", "Save", "&Yes")}
        expected.add(qt_bo.translate("QMessageBox", "Show Details..."))
        assert _message_box_texts() == expected
        assert all("\u0f00" <= text[0] <= "\u0fff" for text in expected)
        switcher.switch_to("zh_CN")
        assert "确定" in _message_box_texts()
    finally:
        switcher.switch_to("en")
    assert "OK" in _message_box_texts()


def test_switching_language_reaches_every_widget_without_restart(switchable_app, qtbot):
    qapp = switchable_app
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QLabel

    from app.ui.translations import LanguageSwitcher

    source = "Too many wrong passwords. Try again in %1 seconds."

    class Label(QLabel):
        def changeEvent(self, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.LanguageChange:
                self.setText(QCoreApplication.translate("Core", source))
            super().changeEvent(event)

    label = Label()
    qtbot.addWidget(label)
    switcher = LanguageSwitcher(qapp)
    try:
        for language in ("zh_CN", "bo"):
            with qtbot.waitSignal(switcher.language_changed):
                switcher.switch_to(language)
            qtbot.waitUntil(lambda: label.text() == i18n.catalog_for(language).translate("Core", source))
    finally:
        switcher.switch_to("en")
    qtbot.waitUntil(lambda: label.text() == source)


# -- catalogue data and glossary --------------------------------------------------------------

def test_catalogue_has_the_four_domains_and_complete_labels():
    assert CATALOG["format"] == "station-ledger-catalog"
    assert [d["code"] for d in CATALOG["domains"] if d.get("active", True)] == [
        "social_assistance", "elderly_care", "child_welfare", "social_affairs"]
    # Lhasa's fifth area ships switched off (a county switches it on by publishing the catalogue)
    assert [(d["code"], d["active"]) for d in CATALOG["domains"] if "active" in d] == [
        ("community_governance", False)]
    domains = {d["code"] for d in CATALOG["domains"]}
    for section in ("domains", "service_items", "target_groups", "activity_kinds", "resource_sources"):
        entries = CATALOG[section]
        codes = [e["code"] for e in entries]
        assert len(codes) == len(set(codes)), section
        for entry in entries:
            assert entry["code"].isascii()
            assert all(entry[lang].strip() for lang in LANGS), entry
            assert isinstance(entry["review_bo"], bool)
    for item in CATALOG["service_items"]:
        assert item["domain"] in domains and item["kind"] in {"service", "administrative"}
    assert {i["domain"] for i in CATALOG["service_items"]} == domains
    zh_items = {i["zh"] for i in CATALOG["service_items"]}
    assert {"心理疏导", "家计调查", "监护评估", "精神慰藉", "家庭排查", "数据分析"} <= zh_items
    groups = CATALOG["target_groups"]
    assert len(groups) == 12
    assert {g["zh"] for g in groups if g["minor"]} == {"农村留守儿童", "困境儿童", "孤儿", "事实无人抚养儿童"}
    assert [k["code"] for k in CATALOG["activity_kinds"]] == ["group", "themed", "community"]


def test_glossary_terms_are_complete_and_catalogue_labels_match_them():
    terms = GLOSSARY["terms"]
    assert len({t["key"] for t in terms}) == len(terms)
    by_zh = {}
    for term in terms:
        assert all(term[lang].strip() for lang in LANGS) and isinstance(term["needs_review"], bool)
        by_zh[term["zh"]] = term
    categories = {t["category"] for t in terms}
    assert {"domain", "service_item", "target_group", "record_kind", "workflow_state", "role",
            "action"} <= categories
    mismatches = []
    for section in ("domains", "service_items", "target_groups", "activity_kinds", "resource_sources"):
        for entry in CATALOG[section]:
            term = by_zh.get(entry["zh"])
            if term and (term["bo"], term["en"]) != (entry["bo"], entry["en"]):
                mismatches.append((entry["code"], entry["bo"], entry["en"], term["bo"], term["en"]))
    assert not mismatches
    covered = {code for t in terms for code in t.get("catalog_codes", [])}
    assert {d["code"] for d in CATALOG["domains"]} <= covered


def test_qt_button_words_agree_with_the_glossary():
    qt_bo = i18n.Catalog.from_ts(i18n.I18N_DIR / "qtbase_bo.ts")
    terms = {t["key"]: t for t in GLOSSARY["terms"]}
    assert qt_bo.translate("QPlatformTheme", "Save") == terms["action.save"]["bo"]
    assert qt_bo.translate("QPlatformTheme", "Cancel") == terms["action.cancel"]["bo"]


def test_switch_language_reuses_the_switcher_owned_by_the_app(switchable_app):
    qapp = switchable_app
    from app.ui.translations import switch_language

    try:
        first = switch_language(qapp, "bo")
        assert switch_language(qapp, "zh-CN") is first and first.language == "zh_CN"
    finally:
        switch_language(qapp, "en")
