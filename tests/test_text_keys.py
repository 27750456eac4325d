"""Tibetan normalisation, pinyin, the name-element table and the search keys built from them."""
from __future__ import annotations

import json
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.paths import resource_path
from app.text.pinyin_keys import pinyin_full, pinyin_initials
from app.text.search_keys import person_search_keys, query_search_keys
from app.text.tibetan import (
    contains_han,
    contains_tibetan,
    from_wylie,
    is_tibetan,
    normalize_tibetan,
    tibetan_search_form,
    to_wylie,
)
from app.text.transliteration import (
    demo_tibetan_names,
    equivalents,
    load_transliterations,
    split_chinese_name,
    split_tibetan_name,
)

TASHI = "བཀྲ་ཤིས"
TASHI_TSERING = "བཀྲ་ཤིས་ཚེ་རིང"
DROLMA = "སྒྲོལ་མ"  # s, subjoined g, subjoined r, vowel o, l, tsheg, m


def found(keys: set[str], query: str) -> bool:
    """What the store does: any stored key starting with any query key."""
    return any(key.startswith(q) for q in query_search_keys(query) for key in keys)


# ---------------------------------------------------------------- Tibetan

def test_normalize_removes_zero_width_and_unifies_tsheg():
    assert normalize_tibetan("བཀྲ\u200b་ཤིས") == TASHI
    assert normalize_tibetan("བཀྲ\u0f0cཤིས") == TASHI
    assert normalize_tibetan("བཀྲ་་་ཤིས") == TASHI


def test_normalize_orders_subjoined_letters_before_vowels():
    misordered = "ས\u0f7c\u0f92\u0fb2ལ་མ"  # vowel o typed before the subjoined g and r
    assert normalize_tibetan(misordered) == DROLMA


def test_normalize_puts_a_chung_first_and_spells_out_precomposed_vowels():
    assert normalize_tibetan("ཀ\u0f72\u0f71") == "ཀ\u0f71\u0f72"
    assert normalize_tibetan("ཀ\u0f73") == "ཀ\u0f71\u0f72"
    assert normalize_tibetan("ཀ\u0f75") == "ཀ\u0f71\u0f74"
    assert normalize_tibetan("ཀ\u0f81") == "ཀ\u0f71\u0f80"


def test_normalize_keeps_final_shad():
    assert normalize_tibetan("ཚེ་རིང།") == "ཚེ་རིང།"


def test_search_form():
    assert tibetan_search_form("་བཀྲ་ཤིས་ཚེ་རིང་།") == TASHI_TSERING
    assert tibetan_search_form("བཀྲ་ཤིས། ཚེ་རིང") == "བཀྲ་ཤིས ཚེ་རིང"


TIBETAN_TEXT = st.text(
    st.sampled_from(
        list("ཀཁགངབམརལསཤཚཞཟའཡ") + ["\u0f0b", "\u0f0c", "\u0f0d", "\u200b", " "]
        + [chr(c) for c in (0x0F71, 0x0F72, 0x0F73, 0x0F74, 0x0F75, 0x0F7A, 0x0F7C, 0x0F7E, 0x0F80,
                            0x0F81, 0x0F84, 0x0F90, 0x0F92, 0x0FA8, 0x0FB1, 0x0FB2, 0x0FB3, 0x0FB7)]
    ),
    max_size=20,
)


@given(TIBETAN_TEXT)
def test_normalize_is_idempotent_and_nfc_stable(text):
    once = normalize_tibetan(text)
    assert normalize_tibetan(once) == once
    assert unicodedata.normalize("NFC", once) == once
    assert tibetan_search_form(tibetan_search_form(text)) == tibetan_search_form(text)


def test_wylie_round_trip():
    assert to_wylie(TASHI_TSERING) == "bkra shis tshe ring"
    assert to_wylie("སྒྲོལ་མ།") == "sgrol ma"
    assert from_wylie("bkra shis") == TASHI


def test_script_tests():
    assert is_tibetan("ཀ") and not is_tibetan("a")
    assert contains_tibetan("Tashi བཀྲ") and not contains_tibetan("扎西")
    assert contains_han("Tashi 扎西") and not contains_han(TASHI)


# ---------------------------------------------------------------- pinyin

@pytest.mark.parametrize("name, full, initials", [
    ("张三", "zhangsan", "zs"),
    ("曾志伟", "zengzhiwei", "zzw"),
    ("单田芳", "shantianfang", "stf"),
    ("解缙", "xiejin", "xj"),
    ("尉迟恭", "yuchigong", "ycg"),
    ("万俟卨", "moqixie", "mqx"),
    ("吕布", "lvbu", "lb"),
    ("曾 志伟", "zengzhiwei", "zzw"),  # a stray space does not hide the surname
    ("扎西·次仁", "zhaxiciren", "zxcr"),
    ("扎西次仁", "zhaxiciren", "zxcr"),
    ("单增", "danzeng", "dz"),  # a Tibetan name element, not the surname 单 (shan)
    ("", "", ""),
])
def test_pinyin(name, full, initials):
    assert (pinyin_full(name), pinyin_initials(name)) == (full, initials)


# ---------------------------------------------------------------- the name-element table

def raw_table() -> list[dict]:
    with open(resource_path("names", "transliterations.json"), encoding="utf-8") as f:
        return json.load(f)["elements"]


def test_table_is_large_enough_and_has_the_common_elements():
    zh = [entry["zh"] for entry in raw_table()]
    assert len(zh) >= 60 and len(set(zh)) == len(zh)
    for name in ("扎西 卓玛 次仁 多吉 央金 格桑 尼玛 拉姆 平措 索朗 达瓦 旦增 德吉 白玛 普布 边巴 巴桑 "
                 "米玛 罗布 桑珠 洛桑 强巴 顿珠 加措 曲珍 仁增 益西 贡嘎 琼达 美朵 玉珍 阿旺 嘎玛 晋美 "
                 "卓嘎 次旦 丹增 群培 旺堆 德央 拉巴 普琼 边珍 仓决 欧珠 赤列 扎巴 索南 达娃 次珍 格列 "
                 "多布杰").split():
        assert name in zh


@pytest.mark.parametrize("entry", raw_table(), ids=lambda e: e["zh"])
def test_table_entry_is_consistent(entry):
    bo = entry["bo"]
    assert all(is_tibetan(ch) for ch in bo)
    assert normalize_tibetan(bo) == bo
    assert from_wylie(entry["wylie"]) == bo, "Tibetan script and Wylie disagree"
    assert entry["latin"][-1].lower() == pinyin_full(entry["zh"]), "pinyin should be the last Latin form"
    assert isinstance(entry["review"], bool)


def test_spot_check_spellings():
    by_zh = {element.zh: element for element in load_transliterations()}
    assert by_zh["扎西"].bo == TASHI
    assert by_zh["卓玛"].bo == DROLMA
    assert by_zh["白玛"].bo == "\u0f54\u0f51\u0fa8"  # pa, da, subjoined ma
    assert "Drolma" in by_zh["卓玛"].latin and "Dolma" in by_zh["卓玛"].latin


def test_demo_names_leave_out_entries_marked_for_review():
    demo = demo_tibetan_names()
    assert demo and not any(element.review for element in demo)
    assert len(demo) < len(load_transliterations())


def test_equivalents():
    assert equivalents("tashi") == {"扎西", TASHI, "tashi", "trashi", "zhaxi"}
    assert equivalents("བཀྲ\u0f0cཤིས།") == equivalents("扎西") == equivalents("ZHAXI")
    assert {"旦增", "丹增", "tenzin"} <= equivalents("丹增")
    assert equivalents("张三") == set()


def test_split_names_into_elements():
    assert [e.zh for e in split_chinese_name("扎西次仁")] == ["扎西", "次仁"]
    assert [e.zh for e in split_chinese_name("扎西·次仁")] == ["扎西", "次仁"]
    assert split_chinese_name("张三") is None
    assert [e.zh for e in split_tibetan_name(TASHI_TSERING + "།")] == ["扎西", "次仁"]


# ---------------------------------------------------------------- search keys

def test_han_name_keys():
    keys = person_search_keys("张三")
    for query in ("zs", "zhangs", "张", "张三", "ＺＳ", "Zhang San"):
        assert found(keys, query), query
    assert not found(keys, "li")
    assert found(person_search_keys("曾志伟"), "zeng")


def test_tibetan_name_found_in_every_script():
    keys = person_search_keys("扎西次仁")
    for query in ("tashi", "Tashi Tsering", TASHI, "zhaxi", "zx", "bkra", "bkra shis", "扎西",
                  "次仁", "tsering", "ciren", "ཚེ་རིང"):
        assert found(keys, query), query
    assert len(keys) <= 20


def test_tibetan_only_person_found_by_pinyin_and_chinese():
    keys = person_search_keys("", TASHI_TSERING)
    for query in ("扎西", "zhaxi", "tashi", "bkra", TASHI):
        assert found(keys, query), query


def test_given_latin_name_is_a_key():
    keys = person_search_keys("张三", "", "Zhang San Jr")
    assert found(keys, "zhang san") and found(keys, "san jr")


@pytest.mark.parametrize("variant", [
    "བཀྲ\u200b་ཤིས",  # zero-width space
    "བཀྲ\u0f0cཤིས",  # non-breaking tsheg
    "བཀྲ་ཤིས་",  # trailing tsheg
    "ས\u0f7c\u0f92\u0fb2ལ",  # misordered marks (sgrol)
])
def test_tibetan_variants_match(variant):
    stored = person_search_keys("", TASHI_TSERING + "་" + DROLMA)
    assert found(stored, variant)
    # ... and the other way round: a name stored with odd code points is found by clean input
    odd = person_search_keys("", "བཀྲ\u200b\u0f0cཤིས་ས\u0f7c\u0f92\u0fb2ལ་མ")
    assert found(odd, TASHI) and found(odd, "བཀྲ་ཤིས་སྒྲོལ")


def test_query_keys():
    assert query_search_keys("ＺＳ") == ["zs"]
    assert query_search_keys(" zhang·san ") == ["zhangsan"]
    assert query_search_keys("张·三") == ["张三"]
    assert query_search_keys("བཀྲ་ཤིས།") == ["བཀྲཤིས"]
    # an ID number: its start, and reversed after "~" for its last digits; x and X agree
    assert query_search_keys("5401 02x") == ["540102x", "~x201045"]
    assert query_search_keys("5401 02X") == ["540102x", "~x201045"]
    assert query_search_keys("５４０１") == ["5401", "~1045"]
    assert query_search_keys("   ") == []
