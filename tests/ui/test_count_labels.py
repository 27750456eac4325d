"""The people list's count: grouped as the interface language writes numbers ("3,001 人", not
"3001 人"), and above its cap a wording that fits what was done: "keep typing" only when
something was typed, "more filters" when the search box is empty."""
from __future__ import annotations

from app.ui.text import count_text
from app.ui.translations import switch_language
from tests.ui.conftest import settle, sign_in_worker
from tests.ui.test_search_and_lists import _bulk_people, search


def test_people_count_is_grouped_and_says_how_to_narrow(station_app, prepared_app):
    main = sign_in_worker(station_app)
    _bulk_people(station_app.context.workspace, 3000)  # 300 王…, all of them women
    main.go("people")
    settle(station_app)
    page = main.pages["people"]
    page.refresh()
    settle(station_app)
    assert page.count_label.text() == "3,001 人"  # exact: the whole list

    page.sex.set_code("F")  # a filter, nothing typed: more than 200
    settle(station_app)
    text = page.count_label.text()
    assert text.startswith("超过 200 人") and "筛选" in text and "继续输入" not in text

    search(page, "王")  # typed, still above the cap: typing more narrows it
    text = page.count_label.text()
    assert text.startswith("200+ 人") and "继续输入" in text

    search(page, "")
    switch_language(prepared_app, "en")
    page.refresh()
    settle(station_app)
    assert page.count_label.text().startswith("More than 200 people (choose more filters")
    page.sex.set_code("")
    settle(station_app)
    assert page.count_label.text() == "3,001 people"


def test_count_text_follows_the_interface_language(prepared_app):
    try:
        for language in ("zh_CN", "en"):
            switch_language(prepared_app, language)
            assert count_text(100_000) == "100,000"
        switch_language(prepared_app, "bo")
        assert count_text(100_000) != "100000"  # grouped as QLocale(Tibetan, China) writes it
    finally:
        switch_language(prepared_app, "zh_CN")


def test_sync_history_counts_are_grouped(station_app):
    from app.services.sync_view import HistoryRow

    main = sign_in_worker(station_app)
    main.go("sync")
    settle(station_app)
    text = main.pages["sync"].history_text(HistoryRow("", "sync", (1234, 56789), ""))
    assert "1,234" in text and "56,789" in text
