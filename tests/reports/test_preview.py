"""The Reports page's preview, made headless (app/reports/preview.py): the figures the exports
count, every breakdown as strings in the reader's language, and one Cancelled."""
from __future__ import annotations

import pytest

from app.progress import Cancelled, Progress
from app.reports.preview import PREVIEW_DIMENSIONS, PREVIEW_PERIODS, preview, report_language


def test_report_language_follows_the_interface():
    assert [report_language(code) for code in ("zh_CN", "zh-Hans", "bo", "en", "", "fr")] == \
        ["zh_CN", "zh_CN", "bo", "en", "zh_CN", "zh_CN"]


def test_preview_has_every_breakdown_in_the_readers_language(demo_workspace, month):
    seen = []
    shown = preview(demo_workspace, month, "bo", Progress(lambda done, total: seen.append(done)))
    assert shown.month == month and seen == [0, 1]
    assert set(shown.breakdowns) == {(d, p) for d in PREVIEW_DIMENSIONS for p in PREVIEW_PERIODS}
    domain = shown.breakdowns[("domain", "current")]
    assert domain.rows and all(isinstance(cell, str) for row in domain.rows for cell in row)
    assert any("\u0f00" <= ch <= "\u0fff" for ch in "".join(domain.headers))  # Tibetan labels
    assert domain.total_rows  # the total row is marked


def test_a_cancelled_preview_raises_the_one_cancelled(demo_workspace, month):
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        preview(demo_workspace, month, "zh_CN", progress)
