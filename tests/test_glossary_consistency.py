"""The glossary is the one source of truth for Tibetan terms (issue 20).

Every Tibetan string the product shows — the Qt catalogues (ours and qtbase_bo.ts), the service
catalogue, the report fallback table, the demo data — uses the glossary's spelling of a concept,
follows the punctuation convention, and has no Latin or Han characters inside a Tibetan
sentence except placeholders and the glossary's allowed tokens. scripts/apply_glossary.py must
have nothing left to change.
"""
from __future__ import annotations

import ast
import importlib.util
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pyewts
import pytest

from app.glossary import (fix_punctuation, foreign_tokens, is_sentence, load_glossary,
                          parse_glossary, particle_problems, punctuation_problems, replace_forms,
                          replaced_forms_in)

REPO = Path(__file__).resolve().parents[1]
I18N = REPO / "resources" / "i18n"
GLOSSARY = load_glossary()
SOURCE_KINDS = {"it-standard", "press", "dictionary", "team-draft"}
REVIEW_STATES = {"matches", "close", "changed", "unconfirmed", "team-checked"}


def _load_script():
    spec = importlib.util.spec_from_file_location("apply_glossary", REPO / "scripts" / "apply_glossary.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def ts_messages(name: str) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every finished message of a .ts file."""
    out = []
    for context in ET.parse(I18N / name).getroot().iter("context"):
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") in ("vanished", "obsolete"):
                continue
            texts = [n.text or "" for n in node.iter("numerusform")] or [node.text or ""]
            for text in texts:
                out.append((context.findtext("name"), message.findtext("source") or "", text))
    return out


def tibetan_strings() -> list[tuple[str, str, str]]:
    """(where, source or "label", Tibetan text) of everything the product shows in Tibetan."""
    found = [(f"{name}:{ctx}", src, text) for name in ("station_ledger_bo.ts", "qtbase_bo.ts")
             for ctx, src, text in ts_messages(name)]
    catalog = json.loads((REPO / "resources/catalog/catalog.json").read_text(encoding="utf-8"))
    for section, entries in catalog.items():
        if isinstance(entries, list):
            found += [(f"catalog:{e['code']}", "label", e["bo"]) for e in entries]
    from app.reports.strings import FALLBACK
    found += [("reports/strings.py", source, bo) for source, (_zh, bo) in FALLBACK.items()]
    demo = (REPO / "app/services/demo.py").read_text(encoding="utf-8")
    found += [("demo.py", "label", node.value) for node in ast.walk(ast.parse(demo))
              if isinstance(node, ast.Constant) and isinstance(node.value, str)
              and re.search("[\u0f40-\u0fbc]", node.value)]
    assert len(found) > 900
    return found


STRINGS = tibetan_strings()


# -- the glossary itself -------------------------------------------------------------------------

def test_every_term_has_zh_bo_en_a_source_and_a_review_state():
    assert len({t.key for t in GLOSSARY.terms}) == len(GLOSSARY.terms)
    for term in GLOSSARY.terms:
        assert term.zh.strip() and term.bo.strip() and term.en.strip(), term.key
        assert term.source.get("kind") in SOURCE_KINDS and term.source.get("ref"), term.key
        assert term.review in REVIEW_STATES, term.key
        assert punctuation_problems(term.bo, sentence=False) == [], term.key
        assert replaced_forms_in(term.bo) == [], term.key
    kinds = {t.source["kind"] for t in GLOSSARY.terms}
    assert {"it-standard", "press", "team-draft"} <= kinds


def test_the_standard_terms_are_spelled_as_the_standard_s_wylie():
    """For a term taken from the IT standard, the Tibetan is the standard's Wylie converted by
    pyewts; 'close' terms use the word in another grammatical form, so only part of it."""
    convert = pyewts.pyewts()
    for term in GLOSSARY.terms:
        if term.source["kind"] != "it-standard":
            continue
        standard = convert.toUnicode(term.source["wylie"]).rstrip("\u0f0b")
        if term.review in ("matches", "changed"):
            assert term.bo == standard, (term.key, term.source["wylie"], standard, term.bo)
        else:
            stem = standard.split("\u0f0b")[0]
            assert stem in term.bo, (term.key, standard, term.bo)


def test_the_seven_terms_of_issue_20_follow_the_standard_and_the_press():
    expected = {"取消": "འདོར་བ", "登录": "ཐོ་འཇུག", "退出登录": "ཐོ་འབུད", "锁定": "སྒོ་ལྕགས་རྒྱག",
                "同步": "གོམ་མཉམ", "社区": "སྡེ་ཁུལ"}
    by_zh = {t.zh: t for t in GLOSSARY.terms}
    assert {zh: by_zh[zh].bo for zh in expected} == expected
    assert "ཁྲོམ་གཞུང" in by_zh["乡镇（街道）"].bo


def test_replaced_forms_are_not_another_term_s_spelling():
    spellings = {t.bo for t in GLOSSARY.terms}
    for old, _new in GLOSSARY.rules:
        assert old not in spellings, old


# -- every Tibetan string ------------------------------------------------------------------------

def test_no_tibetan_string_uses_a_replaced_form_of_a_glossary_term():
    offenders = [(where, text, found) for where, _src, text in STRINGS
                 if (found := replaced_forms_in(text))]
    assert offenders == []


# Chinese terms whose Tibetan must appear wherever the Chinese catalogue uses them
CHECKED_ZH = ("登录", "退出登录", "锁定", "同步", "取消", "社区", "街道", "督导", "个案", "身份证", "打印",
              "密码", "搜索", "撤销", "冲突", "文件夹", "加密", "密钥", "计算机", "电脑", "筛选")


def _terms_by_zh():
    return {t.zh: t for t in GLOSSARY.terms}


def concept_mismatches(zh_messages, bo_messages) -> list[tuple]:
    """Messages whose Chinese names a checked concept while the Tibetan lacks its spelling."""
    by_zh = _terms_by_zh()
    aliases = {"电脑": "计算机"}
    bo = {(ctx, src): text for ctx, src, text in bo_messages}
    out = []
    for ctx, src, zh in zh_messages:
        for word in CHECKED_ZH:
            term = by_zh[aliases.get(word, word)]
            text = zh.replace("退出登录", "") if word == "登录" else zh
            if word in text and (ctx, src) in bo and not any(f in bo[(ctx, src)] for f in term.accepted):
                out.append((ctx, src, word, bo[(ctx, src)]))
    return out


def test_a_concept_named_in_chinese_appears_in_tibetan_under_the_glossary_form():
    assert concept_mismatches(ts_messages("station_ledger_zh_CN.ts"),
                              ts_messages("station_ledger_bo.ts")) == []


def test_labels_follow_the_punctuation_convention():
    offenders = [(where, src, text, problems) for where, src, text in STRINGS
                 if (problems := punctuation_problems(text, sentence=is_sentence(src)))]
    assert offenders == []


def test_no_latin_or_han_inside_a_tibetan_string_except_placeholders_and_allowed_tokens():
    offenders = [(where, text, found) for where, _src, text in STRINGS
                 if where != "demo.py"  # bilingual names such as 卓玛 སྒྲོལ་མ are data
                 and (found := foreign_tokens(text))]
    assert offenders == []


def test_case_particles_agree_with_the_word_before_them():
    """A rewritten word keeps grammatical particles: ཡིག་ཁུག་ཏུ, not ཡིག་ཁུག་དུ."""
    offenders = [(where, text, found) for where, _src, text in STRINGS
                 if (found := particle_problems(text))]
    assert offenders == []


def test_apply_glossary_has_nothing_left_to_change():
    """The catalogue, the .ts files, the report fallbacks and the demo data were written from
    the glossary: re-running scripts/apply_glossary.py would change nothing."""
    script = _load_script()
    assert list(script.planned_changes()) == []
    strings = (REPO / "app/reports/strings.py").read_text(encoding="utf-8")
    assert script.rewrite_strings(strings) == strings


def test_report_fallbacks_say_what_the_catalogues_say():
    from app.reports.strings import FALLBACK
    bo = {src: text for ctx, src, text in ts_messages("station_ledger_bo.ts") if ctx == "Core"}
    zh = {src: text for ctx, src, text in ts_messages("station_ledger_zh_CN.ts") if ctx == "Core"}
    for source, (fallback_zh, fallback_bo) in FALLBACK.items():
        assert (fallback_zh, fallback_bo) == (zh[source], bo[source]), source


# -- the checks are not blind --------------------------------------------------------------------

def test_the_checks_notice_each_kind_of_fault():
    assert replaced_forms_in("ད་ལྟ་མཉམ་འགྲོ") == ["མཉམ་འགྲོ"]
    assert replaced_forms_in("གྲོང་ཚོ (སྡོད་ཁུལ)") == ["སྡོད་ཁུལ"]
    assert replaced_forms_in("དྲས་གཏུབ") == []  # the old form inside its own replacement
    assert replace_forms("གཏུབ(&T)") == "དྲས་གཏུབ(&T)" == replace_forms("དྲས་གཏུབ(&T)")
    assert punctuation_problems("ཉར་ཚགས།", sentence=False) == ["closing shad on a label"]
    assert punctuation_problems("རྩིས་འཁོར་འདིའི་ནང་", sentence=False) == ["trailing tsheg on a label"]
    assert punctuation_problems("ཟླ་བ(&M):", sentence=False) == ["ASCII colon after Tibetan"]
    assert punctuation_problems("%1: %2", sentence=False) == []
    assert fix_punctuation("ཟླ་བ(&M):", sentence=False) == "ཟླ་བ(&M)"
    assert punctuation_problems("མིང་། (རྒྱ་ཡིག)", sentence=False) == ["shad before a parenthesis in a label"]
    assert fix_punctuation("མིང་། (རྒྱ་ཡིག)", sentence=False) == "མིང (རྒྱ་ཡིག)"
    assert fix_punctuation("གོམ་རིམ: %4", sentence=False) == "གོམ་རིམ། %4"
    assert fix_punctuation("ཉེན་ཁ: %1", sentence=False) == "ཉེན་ཁ། %1"
    assert fix_punctuation("ཐོ་གཞུང: %1", sentence=False) == "ཐོ་གཞུང་། %1"
    assert fix_punctuation("འདུག: %1", sentence=False) == "འདུག %1"
    assert foreign_tokens("“kind TAB id TAB hlc” ཐིག་ཕྲེང") == ["kind", "TAB", "id", "TAB", "hlc"]
    assert foreign_tokens("PDF ཡིག་ཆ (*.pdf)") == []
    assert foreign_tokens("སྤྱོད་མཁན་ %1 社工") == ["社", "工"]
    assert particle_problems("ཡིག་ཁུག་དུ") == ["ཁུག་དུ"] and particle_problems("ཡིག་ཁུག་ཏུ") == []
    assert particle_problems("སྐད་བརྡ་གི") == ["བརྡ་གི"] and particle_problems("ས་ཚིགས་ཀྱི") == []
    assert particle_problems("གོམ་མཉམའི་ཤོག་ངོས") == ["མཉམའི"] and particle_problems("གན་རྒྱའི") == []
    assert replace_forms("མཉམ་འགྲོའི་ཤོག་ངོས") == "གོམ་མཉམ་གྱི་ཤོག་ངོས"
    assert replace_forms("ཡིག་སྣོད་ནང་། སྐད་ཡིག་གི་མིང") == "ཡིག་ཁུག་ནང་། སྐད་བརྡའི་མིང"
    zh = [("Ctx", "Sync", "同步")]
    assert concept_mismatches(zh, [("Ctx", "Sync", "མཉམ་འགྲོས")]) == [("Ctx", "Sync", "同步", "མཉམ་འགྲོས")]
    assert concept_mismatches(zh, [("Ctx", "Sync", "གོམ་མཉམ")]) == []


def test_a_glossary_that_is_not_one_is_refused():
    with pytest.raises(ValueError):
        parse_glossary({"format": "something-else", "terms": []})


def test_pending_tibetan_drafts_are_merged_in_the_glossary_s_words():
    """Helpers hand in Tibetan drafts as pending JSON; merging them applies the glossary, so a
    draft written with an old term (སྡོད་ཁུལ, མཉམ་འགྲོ) or a label's closing shad never lands."""
    spec = importlib.util.spec_from_file_location(
        "merge_pending_translations", REPO / "scripts" / "merge_pending_translations.py")
    merge = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(merge)
    root = ET.fromstring(
        '<TS><context><name>SyncPage</name><message><source>Sync the community</source>'
        '<translation type="unfinished"></translation></message></context></TS>')
    used = merge.apply(root, "bo", {("SyncPage", "Sync the community"): {"bo": "སྡོད་ཁུལ་མཉམ་འགྲོ།"}})
    assert used == {("SyncPage", "Sync the community")}
    assert root.find(".//translation").text == "སྡེ་ཁུལ་གོམ་མཉམ"
