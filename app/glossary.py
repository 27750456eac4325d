"""The terminology glossary (resources/i18n/glossary.json) and the Tibetan conventions it enforces.

The glossary is the one source of truth for domain and interface terms in zh/bo/en. This module
is what scripts/apply_glossary.py writes into the catalogues with, and what the consistency test
checks them with:

- `replace_forms(text)` rewrites every superseded spelling a term lists under `replaces`
  (longest first; an old form inside its own replacement is left alone, so the rewrite is
  idempotent);
- `fix_punctuation(text, sentence=...)` applies the punctuation convention: a label carries no
  closing shad (།) and no trailing tsheg (་); an ASCII colon straight after Tibetan becomes a
  shad (none after ག/ཀ, a tsheg before it after ང), and is dropped at the end of a label;
- `punctuation_problems`, `foreign_tokens` and `replaced_forms_in` report what breaks them.

Headless: no Qt. Errors: `load_glossary` raises ValueError on a document that is not a glossary.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from app.paths import resource_path

TSHEG, SHAD = "\u0f0b", "\u0f0d"
TIBETAN = re.compile(r"[\u0f00-\u0fff]")
_TIBETAN_LETTER = r"[\u0f40-\u0fbc]"
# an accelerator "(&S)", an ellipsis and/or a colon that may end a label
_LABEL_TAIL = re.compile(r"(\(&.\))?(…|\.\.\.)?(:)?\s*$")
_PLACEHOLDER = re.compile(r"%(\d|n)|&(?=\w)|\(&.\)")
_FOREIGN = re.compile(r"[A-Za-z][A-Za-z0-9+\-]*|[\u3400-\u9fff]+")


@dataclass(frozen=True)
class Term:
    key: str
    category: str
    zh: str
    bo: str
    en: str
    review: str
    source: dict
    replaces: dict
    forms: tuple[str, ...]
    catalog_codes: tuple[str, ...]
    needs_review: bool

    @property
    def accepted(self) -> tuple[str, ...]:
        """Spellings that count as this term in a Tibetan string (the term and its forms)."""
        return (self.bo, *self.forms)


@dataclass(frozen=True)
class Glossary:
    terms: tuple[Term, ...]
    allowed_tokens: frozenset[str]

    @property
    def rules(self) -> tuple[tuple[str, str], ...]:
        """(old, new) spellings of every term, longest old form first."""
        pairs = {old: new for term in self.terms for old, new in term.replaces.items()}
        return tuple(sorted(pairs.items(), key=lambda pair: (-len(pair[0]), pair[0])))


def glossary_path() -> Path:
    return resource_path("i18n", "glossary.json")


def parse_glossary(document: dict) -> Glossary:
    if document.get("format") != "station-ledger-glossary":
        raise ValueError("not a station-ledger glossary document")
    terms = tuple(Term(
        key=t["key"], category=t["category"], zh=t["zh"], bo=t["bo"], en=t["en"],
        review=t.get("review", ""), source=dict(t.get("source") or {}),
        replaces=dict(t.get("replaces") or {}), forms=tuple(t.get("forms") or ()),
        catalog_codes=tuple(t.get("catalog_codes") or ()), needs_review=bool(t["needs_review"]),
    ) for t in document["terms"])
    return Glossary(terms, frozenset(document.get("allowed_tokens") or ()))


@lru_cache(maxsize=1)
def load_glossary() -> Glossary:
    return parse_glossary(json.loads(glossary_path().read_text(encoding="utf-8")))


def replace_forms(text: str, rules: tuple[tuple[str, str], ...] | None = None) -> str:
    """`text` with every superseded spelling replaced by the glossary's, and the case particles
    after each replacement made to agree with it (see `agree_particles`)."""
    for old, new in (load_glossary().rules if rules is None else rules):
        if old in new:  # keep existing occurrences of the replacement as they are
            text = new.join(piece.replace(old, new) for piece in text.split(new))
        else:
            text = text.replace(old, new)
        if new in text:
            text = agree_particles(text, new)
    return text


def replaced_forms_in(text: str, glossary: Glossary | None = None) -> list[str]:
    """The superseded spellings still present in `text` (outside any accepted spelling)."""
    glossary = glossary or load_glossary()
    masked = text
    for new in sorted({new for _old, new in glossary.rules}, key=len, reverse=True):
        masked = masked.replace(new, "\x00")
    return [old for old, _new in glossary.rules if old in masked]


def is_sentence(source: str) -> bool:
    """A source that ends like a sentence (".", "?", "!"); everything else is a label."""
    source = source.rstrip()
    return source.endswith((".", "?", "!")) and not source.endswith("...")


def _shad_after(letter: str) -> str:
    if letter in "གཀ":
        return ""
    return TSHEG + SHAD if letter == "ང" else SHAD


def fix_punctuation(text: str, *, sentence: bool) -> str:
    """The punctuation convention applied to one Tibetan string (see the module docstring)."""
    if not TIBETAN.search(text):
        return text

    def colon(match: re.Match) -> str:
        letter = match.group(1)
        return letter + _shad_after(letter) + (match.group(2) or "")

    # "<Tibetan>: rest" → "<Tibetan>། rest" (a colon at the very end is handled below)
    text = re.sub(f"({_TIBETAN_LETTER}){TSHEG}?:( )(?=\\S)", colon, text)
    if not sentence:
        text = re.sub(f"{TSHEG}?{SHAD} \\(", " (", text)  # "མིང་། (རྒྱ་ཡིག)" → "མིང (རྒྱ་ཡིག)"
        match = _LABEL_TAIL.search(text)
        head, tail = text[:match.start()], match.group(0)
        accelerator, ellipsis, colon_mark = match.group(1), match.group(2), match.group(3)
        if colon_mark and TIBETAN.search(head[-1:] or ""):
            tail = (accelerator or "") + (ellipsis or "")
        while head.endswith((TSHEG, SHAD, " ")) and TIBETAN.search(head.rstrip(TSHEG + SHAD + " ")[-1:] or ""):
            head = head[:-1]
        text = head + tail
    return text


def punctuation_problems(text: str, *, sentence: bool) -> list[str]:
    """What in `text` breaks the convention: empty when it follows it."""
    problems = []
    if re.search(f"{_TIBETAN_LETTER}{TSHEG}?(\\(&.\\))?:", text):
        problems.append("ASCII colon after Tibetan")
    if not sentence:
        head = _LABEL_TAIL.sub("", text.rstrip())
        if head.endswith(SHAD) and TIBETAN.search(head):
            problems.append("closing shad on a label")
        if head.endswith(TSHEG):
            problems.append("trailing tsheg on a label")
        if re.search(f"{SHAD} \\(", text):
            problems.append("shad before a parenthesis in a label")
    return problems


def foreign_tokens(text: str, glossary: Glossary | None = None) -> list[str]:
    """Latin words and Han characters inside a Tibetan string, other than placeholders,
    accelerators and the glossary's allowed tokens (file formats, key names, demo user names)."""
    if not TIBETAN.search(text):
        return []
    glossary = glossary or load_glossary()
    cleaned = _PLACEHOLDER.sub(" ", text)
    cleaned = re.sub(r"\(\*\.[a-z]+\)", " ", cleaned)  # file-dialog patterns such as (*.pdf)
    cleaned = re.sub(r"<[^>]+>", " ", cleaned)  # rich-text tags
    found = []
    for token in _FOREIGN.findall(cleaned):
        parts = list(token) if re.match(r"[\u3400-\u9fff]", token) else token.split("+")
        found += [part for part in parts if part not in glossary.allowed_tokens]
    return found


# -- case particles after a rewritten word -------------------------------------------------------
# Replacing a word can leave a particle that agreed with the old word's final letter (ཡིག་སྣོད་དུ →
# ཡིག་ཁུག་ཏུ, not ཡིག་ཁུག་དུ). The genitive/agentive and la-don particles written as their own
# syllable must agree with the suffix of the syllable before them.
_BASE = "\u0f40-\u0f6c"
_AFTER = {"གི": "གང", "ཀྱི": "དབས", "གྱི": "ནམརལ", "ཏུ": "གབ", "དུ": "ངདནམརལ", "སུ": "ས"}
_AFTER.update({particle + "ས": letters for particle, letters in _AFTER.items() if particle.endswith("ི")})
_PARTICLE = re.compile(f"([{_BASE}\u0f71-\u0fbc]+){TSHEG}(གིས|ཀྱིས|གྱིས|གི|ཀྱི|གྱི|ཏུ|དུ|སུ)(?=[{TSHEG}{SHAD} ]|$)")


def _suffix(syllable: str) -> str:
    """The final consonant (suffix) of a syllable, "" when it ends in a vowel or འ."""
    bases = re.findall(f"[{_BASE}]", syllable)
    return syllable[-1] if len(bases) >= 2 and syllable[-1] in "གངདནབམརལས" else ""


def particle_problems(text: str) -> list[str]:
    """'syllable་particle' pairs whose particle does not agree with the syllable's suffix."""
    found = [f"{m.group(1)}{TSHEG}{m.group(2)}" for m in _PARTICLE.finditer(text)
             if _suffix(m.group(1)) not in _AFTER[m.group(2)] or not _suffix(m.group(1))]
    # an attached genitive or agentive after a suffix (མཉམའི for མཉམ་གྱི)
    for syllable in re.split(f"[{TSHEG}{SHAD} ]", text):
        if re.search("འིས?$", syllable) and _suffix(re.sub("འིས?$", "", syllable)):
            found.append(syllable)
    return found


_GENITIVE = {**dict.fromkeys("གང", "གི"), **dict.fromkeys("དབས", "ཀྱི"), **dict.fromkeys("ནམརལ", "གྱི")}
_LA_DON = {**dict.fromkeys("གབ", "ཏུ"), **dict.fromkeys("ངདནམརལ", "དུ"), "ས": "སུ"}
_AFTER_WORD = re.compile(f"(འིས|འི|འམ|ར(?![{_BASE}\u0f71-\u0fbc])|{TSHEG}(?:གིས|ཀྱིས|གྱིས|གི|ཀྱི|གྱི|ཏུ|དུ|སུ|རུ)"
                         f"(?=[{TSHEG}{SHAD} ]|$))")


def agree_particles(text: str, word: str) -> str:
    """The case particles right after each `word` in `text` made to agree with its last
    syllable: ཡིག་ཁུག + དུ → ཡིག་ཁུག་ཏུ, གོམ་མཉམ + འི → གོམ་མཉམ་གྱི, སྐད་བརྡ + ་གི → སྐད་བརྡའི."""
    suffix = _suffix(word.rsplit(TSHEG, 1)[-1])

    def fix(match: re.Match) -> str:
        particle = match.group(1).lstrip(TSHEG)
        kind = ("agentive" if particle in ("འིས", "གིས", "ཀྱིས", "གྱིས") else
                "genitive" if particle in ("འི", "གི", "ཀྱི", "གྱི") else
                "am" if particle == "འམ" else "la")
        if suffix:
            right = {"genitive": TSHEG + _GENITIVE[suffix], "agentive": TSHEG + _GENITIVE[suffix] + "ས",
                     "am": TSHEG + suffix + "མ", "la": TSHEG + _LA_DON[suffix]}[kind]
        else:
            right = {"genitive": "འི", "agentive": "ས", "am": "འམ", "la": "ར"}[kind]
        return word + right
    return re.sub(re.escape(word) + _AFTER_WORD.pattern, fix, text)
