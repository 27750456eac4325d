"""Pinyin search keys for Chinese names: 张三 -> "zhangsan" and "zs".

pypinyin reads a name like an ordinary word, which is wrong for many surnames (曾 is "zeng" as a
surname, not "ceng"; 单 is "shan", not "dan"). The first character(s) of a name are therefore
read from a surname table. Names written with a middle dot (扎西·次仁, transliterations of
Tibetan or other non-Han names) and names made of known Tibetan name elements have no Han
surname, so they are read as written.
"""
from __future__ import annotations

import json
from functools import lru_cache

from app.paths import resource_path
from app.text.transliteration import NAME_SEPARATORS, split_chinese_name



@lru_cache(maxsize=1)
def surname_readings() -> tuple[dict[str, list[str]], dict[str, str]]:
    """(compound surnames -> syllables, single-character surnames -> syllable), from
    resources/names/surnames.json (the Hundred Family Surnames' compound surnames and the
    polyphonic surnames whose surname reading is not pypinyin's everyday reading)."""
    data = json.loads(resource_path("names", "surnames.json").read_text(encoding="utf-8"))
    return data["compound"], data["single"]


@lru_cache(maxsize=1)
def _rare_readings() -> dict[int, str]:
    """Readings for rare characters pypinyin's own table lacks (about 1,700 more ideographs of
    the extension blocks, from the zdic data of pypinyin-dict); loaded only when needed."""
    from pypinyin_dict.pinyin_data import zdic

    return zdic.pinyin_dict


def _unknown_to_syllables(chunk: str) -> list[str]:
    """Syllables for what pypinyin could not read: a rare character's first reading
    (toneless), an ASCII letter or digit as itself; anything else gives nothing."""
    from pypinyin.contrib.tone_convert import to_normal

    out = []
    for ch in chunk:
        if ch.isascii() and ch.isalnum():
            out.append(ch.lower())
        elif (reading := _rare_readings().get(ord(ch))):
            out.append(to_normal(reading.split(",")[0]).replace("ü", "v"))
    return out or [""]


def _read_plain(text: str) -> list[str]:
    """Syllables of `text` by pypinyin (no tones, ü as v); ASCII letters/digits kept per char."""
    if not text:
        return []
    from pypinyin import Style, lazy_pinyin  # 0.45 s to import: only when first needed

    return lazy_pinyin(text, style=Style.NORMAL, errors=_unknown_to_syllables)


def _split_on_separators(name: str) -> list[str]:
    parts, current = [], []
    for ch in name:
        if ch in NAME_SEPARATORS:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [part for part in parts if part]


def _is_transliterated(name: str) -> bool:
    """Written with a middle dot, or made entirely of known Tibetan name elements."""
    has_dot = any(ch in NAME_SEPARATORS for ch in name)
    return has_dot or split_chinese_name(name) is not None


def name_syllables(name_zh: str) -> list[str]:
    """Pinyin syllables of a Chinese name, surname read as a surname (empty strings dropped)."""
    return list(_name_syllables("".join(name_zh.split())))  # spaces: typing noise


@lru_cache(maxsize=8192)  # names repeat (卓玛, 扎西 …): keying a station reads each once
def _name_syllables(name: str) -> tuple[str, ...]:
    if not name:
        return ()
    compound, single = surname_readings()
    if _is_transliterated(name):
        syllables = [s for part in _split_on_separators(name) for s in _read_plain(part)]
    elif name[:2] in compound and len(name) > 2:
        syllables = list(compound[name[:2]]) + _read_plain(name[2:])
    elif name[0] in single and len(name) > 1:
        syllables = [single[name[0]]] + _read_plain(name[1:])
    else:
        syllables = _read_plain(name)
    return tuple(s for s in syllables if s)


def pinyin_full(name_zh: str) -> str:
    """Whole name in toneless pinyin without spaces: 张三 -> "zhangsan", 曾志伟 -> "zengzhiwei"."""
    return "".join(name_syllables(name_zh))


def pinyin_initials(name_zh: str) -> str:
    """First letter of each syllable: 张三 -> "zs", 扎西·次仁 -> "zxcr"."""
    return "".join(s[0] for s in name_syllables(name_zh) if s[0].isalpha())
