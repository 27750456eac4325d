"""Pinyin search keys for Chinese names: 张三 -> "zhangsan" and "zs".

pypinyin reads a name like an ordinary word, which is wrong for many surnames (曾 is "zeng" as a
surname, not "ceng"; 单 is "shan", not "dan"). The first character(s) of a name are therefore
read from a surname table. Names written with a middle dot (扎西·次仁, transliterations of
Tibetan or other non-Han names) and names made of known Tibetan name elements have no Han
surname, so they are read as written.
"""
from __future__ import annotations

from app.text.transliteration import NAME_SEPARATORS, split_chinese_name

COMPOUND_SURNAMES = {
    "尉迟": ["yu", "chi"], "万俟": ["mo", "qi"], "长孙": ["zhang", "sun"], "单于": ["chan", "yu"],
    "欧阳": ["ou", "yang"], "司马": ["si", "ma"], "上官": ["shang", "guan"], "诸葛": ["zhu", "ge"],
    "令狐": ["ling", "hu"], "皇甫": ["huang", "fu"], "澹台": ["tan", "tai"], "公孙": ["gong", "sun"],
    "慕容": ["mu", "rong"], "宇文": ["yu", "wen"], "夏侯": ["xia", "hou"], "东方": ["dong", "fang"],
    "南宫": ["nan", "gong"], "司徒": ["si", "tu"], "司空": ["si", "kong"], "呼延": ["hu", "yan"],
}

SINGLE_SURNAMES = {
    "曾": "zeng", "单": "shan", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha", "朴": "piao",
    "盖": "ge", "覃": "qin", "翟": "zhai", "乐": "yue", "折": "she", "员": "yun", "繁": "po",
    "任": "ren", "沈": "shen", "燕": "yan", "秘": "bi", "缪": "miao", "尉": "yu", "召": "shao",
    "种": "chong", "过": "guo", "华": "hua", "纪": "ji", "葛": "ge", "宁": "ning", "柏": "bai",
    "贲": "ben", "句": "gou", "隗": "wei", "都": "du", "阚": "kan", "厍": "she", "乜": "nie",
    "逄": "pang", "郇": "xun", "冼": "xian", "卜": "bu", "薄": "bo", "曲": "qu", "牟": "mou",
    "石": "shi", "藏": "zang", "车": "che", "行": "xing", "朝": "chao", "蕃": "pi", "谌": "chen",
    "黑": "he", "能": "nai", "相": "xiang", "重": "chong", "粘": "nian", "宓": "mi", "洗": "xian",
}


def _read_plain(text: str) -> list[str]:
    """Syllables of `text` by pypinyin (no tones, ü as v); ASCII letters/digits kept per char."""
    if not text:
        return []
    from pypinyin import Style, lazy_pinyin  # 0.45 s to import: only when first needed

    return lazy_pinyin(
        text,
        style=Style.NORMAL,
        errors=lambda chunk: [c.lower() for c in chunk if c.isascii() and c.isalnum()] or [""],
    )


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
    name = "".join(name_zh.split())  # spaces are typing noise in a Chinese name
    if not name:
        return []
    if _is_transliterated(name):
        syllables = [s for part in _split_on_separators(name) for s in _read_plain(part)]
    elif name[:2] in COMPOUND_SURNAMES and len(name) > 2:
        syllables = COMPOUND_SURNAMES[name[:2]] + _read_plain(name[2:])
    elif name[0] in SINGLE_SURNAMES and len(name) > 1:
        syllables = [SINGLE_SURNAMES[name[0]]] + _read_plain(name[1:])
    else:
        syllables = _read_plain(name)
    return [s for s in syllables if s]


def pinyin_full(name_zh: str) -> str:
    """Whole name in toneless pinyin without spaces: 张三 -> "zhangsan", 曾志伟 -> "zengzhiwei"."""
    return "".join(name_syllables(name_zh))


def pinyin_initials(name_zh: str) -> str:
    """First letter of each syllable: 张三 -> "zs", 扎西·次仁 -> "zxcr"."""
    return "".join(s[0] for s in name_syllables(name_zh) if s[0].isalpha())
