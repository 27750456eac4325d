"""The PDFs rendered to images: pages are not blank, Chinese is there, Tibetan is shaped
(stacks intact) and no character falls back to an empty box."""
from __future__ import annotations

import re

import time

import pytest
from PIL import Image, ImageStat
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate

from app.reports.export import prepare_monthly, render_monthly
from app.reports.fonts import CJK, TextParagraph, register_fonts, uncovered_characters
from app.reports.tables import summary_tables
from tests.reports.conftest import need_poppler, run
from tests.reports.tibetan_reference import ink, overlap, render

STACKED = "བསྒྲུབས་སྒྲོལ་མ་རྒྱ་མཚོ་བསྟན་འཛིན"  # subjoined letters and vowels on stacks


@pytest.fixture(scope="module")
def pdfs(demo_workspace, month, tmp_path_factory):
    need_poppler()
    out = tmp_path_factory.mktemp("pdf")
    made, seconds = {}, {}
    for language in ("zh_CN", "bo", "bilingual"):
        report = prepare_monthly(demo_workspace, month, language)
        started = time.perf_counter()
        data = render_monthly(report, "pdf")
        seconds[language] = time.perf_counter() - started
        path = out / f"monthly-{language}.pdf"
        path.write_bytes(data)
        made[language] = (path, report)
    print("PDF seconds", seconds)
    return made


def _pages(path, tmp_path):
    run("pdftoppm", "-r", "60", "-png", str(path), str(tmp_path / "page"))
    return sorted(tmp_path.glob("page*.png"))


@pytest.mark.parametrize("language", ["zh_CN", "bo", "bilingual"])
def test_pages_render_and_are_not_blank(pdfs, language, tmp_path):
    pages = _pages(pdfs[language][0], tmp_path)
    assert len(pages) >= 3
    for page in pages:
        image = Image.open(page).convert("L")
        assert image.size[0] > 400
        dark = sum(image.point(lambda v: 255 if v < 128 else 0).histogram()[255:])
        assert dark > 500, f"{page.name} looks blank"
        assert ImageStat.Stat(image).stddev[0] > 10


def test_fonts_are_embedded_truetype(pdfs):
    for language, (path, _report) in pdfs.items():
        fonts = run("pdffonts", str(path))
        rows = [line.split() for line in fonts.splitlines()[2:]]
        assert rows and all(row[-5] == "yes" for row in rows), fonts  # embedded
        assert all("TrueType" in line for line in fonts.splitlines()[2:]), fonts
        assert ("NotoSerifTibetan" in fonts) == (language != "zh_CN")
        assert "NotoSansSC" in fonts


def test_chinese_text_and_figures_are_in_the_pdf(pdfs):
    path, report = pdfs["zh_CN"]
    text = run("pdftotext", "-layout", str(path), "-")
    station = report.text.name(report.summary.station_ids[0])[0]
    assert station in text
    for label in ("社会救助", "养老服务", "儿童福利", "社会事务"):
        assert label in text
    assert f"{report.summary.year_to_date.total.visits:,}" in text
    assert not [c for c in text if 0x2E80 <= ord(c) <= 0x2FDF], "Kangxi radicals instead of Han"
    assert report.summary.manifest.digest in text.replace("\n", "")
    # no programmer's words in the Chinese report (the record list was "kind TAB id TAB hlc")
    assert not {"kind", "TAB", "hlc", "XLSX"} & set(re.findall(r"[A-Za-z]+", text)), \
        sorted(set(re.findall(r"[A-Za-z]+", text)))


def test_every_character_printed_has_a_glyph(pdfs):
    for _path, report in pdfs.values():
        strings = []
        for table in summary_tables(report.summary, report.text):
            strings += table.title + [h for c in table.columns for h in c.heading]
            strings += [s for row in table.rows for s in row.label]
        missing = set().union(*(uncovered_characters(s) for s in strings))
        assert not missing, missing


def test_tibetan_stacks_are_shaped_like_harfbuzz_draws_them(tmp_path):
    need_poppler()
    register_fonts()
    path = tmp_path / "word.pdf"
    style = ParagraphStyle("w", fontName=CJK, fontSize=36, leading=80)
    SimpleDocTemplate(str(path), pagesize=(900, 300)).build([TextParagraph(STACKED, style)])
    run("pdftoppm", "-r", "144", "-png", "-singlefile", str(path), str(tmp_path / "word"))
    printed = ink(Image.open(tmp_path / "word.png"))
    shaped, unshaped = ink(render(STACKED)), ink(render(STACKED, shaped=False))
    similar, control = overlap(printed, shaped), overlap(printed, unshaped)
    print("tibetan overlap", similar, "unshaped control", control)
    assert similar > 0.75, (similar, control)
    assert similar > control + 0.15, (similar, control)
