"""The console's words: every string its pages and refusals show is translated into Chinese and
Tibetan (its own catalogue, app/server/web/strings.json, or the report strings), and the
Tibetan follows the glossary's terms and punctuation like the desktop app's catalogues."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from app.glossary import (foreign_tokens, is_sentence, particle_problems, punctuation_problems,
                          replaced_forms_in)
from app.reports.strings import FALLBACK
from app.server.web.i18n import Translator, catalogue
from app.server.web.queries import PAGE_MEASURES

WEB = Path(__file__).resolve().parents[2] / "app" / "server" / "web"


def shown_sources() -> set[str]:
    found = set()
    for template in (WEB / "templates").glob("*.html"):
        found |= set(re.findall(r'\bt\("([^"]+)"', template.read_text("utf-8")))
    trees = [ast.parse(module.read_text("utf-8")) for module in WEB.glob("*.py")]
    for node in (node for tree in trees for node in ast.walk(tree)):
        # Refusal(status, "message") and the form errors
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Refusal" \
                and isinstance(node.args[1], ast.Constant):
            found.add(node.args[1].value)
        if isinstance(node, ast.Assign) and (getattr(node.targets[0], "id", "") in (
                "error", "message") or getattr(node.targets[0], "id", "").endswith(
                "_MESSAGE")) and isinstance(node.value, (ast.Constant, ast.IfExp)):
            values = [node.value] if isinstance(node.value, ast.Constant) else [
                node.value.body, node.value.orelse]
            found |= {v.value for v in values if isinstance(v, ast.Constant) and v.value}
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "USER_ERRORS":
            found |= set(ast.literal_eval(node.value).values())
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == \
                "CONSOLE_HTTP_ERRORS":  # the pages of a 404 / 405: (title, message)
            found |= {text for pair in ast.literal_eval(node.value).values() for text in pair}
    found |= {label for _measure, label in PAGE_MEASURES}
    found |= {"county_admin", "county_viewer", "supervisor"}
    return found


def test_every_shown_string_is_translated():
    sources = shown_sources()
    assert len(sources) > 50  # the scan finds the pages' words
    missing = [s for s in sorted(sources) if s not in catalogue() and s not in FALLBACK]
    assert missing == []
    for source in sources:
        for language in ("zh_CN", "bo"):
            assert Translator(language)(source) != source, (language, source)


@pytest.mark.parametrize("source", sorted(catalogue()))
def test_tibetan_follows_the_glossary(source):
    text = catalogue()[source]["bo"]
    assert replaced_forms_in(text) == []
    assert punctuation_problems(text, sentence=is_sentence(source)) == []
    assert foreign_tokens(text) == []
    assert particle_problems(text) == []
