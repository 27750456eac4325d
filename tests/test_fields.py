"""Form-field cleaning: dates, money, free text, names and phone numbers."""
from __future__ import annotations

from datetime import date

import pytest

from app.errors import ValidationError
from app.validation.fields import (
    PartialDate,
    clean_chinese_name,
    clean_phone,
    clean_text,
    clean_tibetan_name,
    normalize_digits,
    parse_amount_fen,
    parse_date,
)


def refused(call, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    return caught.value


def test_normalize_digits():
    assert normalize_digits("１２，３４５．６７") == "12,345.67"
    assert normalize_digits("２０２４／３－７") == "2024/3-7"
    assert normalize_digits("扎西　１") == "扎西 1"


@pytest.mark.parametrize("raw, iso, precision", [
    ("1958", "1958", "year"),
    ("1958-3", "1958-03", "month"),
    ("1958-03-07", "1958-03-07", "day"),
    ("1958/3/7", "1958-03-07", "day"),
    ("1958.3.7", "1958-03-07", "day"),
    ("19580307", "1958-03-07", "day"),
    ("1958年3月7日", "1958-03-07", "day"),
    ("1958年3月", "1958-03", "month"),
    ("1958年", "1958", "year"),
    ("１９５８年３月７日", "1958-03-07", "day"),
    (" 1958 - 03 ", "1958-03", "month"),
])
def test_partial_date_formats(raw, iso, precision):
    parsed = PartialDate.parse(raw)
    assert (parsed.iso(), parsed.precision) == (iso, precision)
    assert PartialDate.parse(parsed.iso()) == parsed


def test_partial_date_bounds():
    assert PartialDate(1958, 2).earliest() == date(1958, 2, 1)
    assert PartialDate(1960, 2).latest() == date(1960, 2, 29)
    assert PartialDate(1958).latest() == date(1958, 12, 31)
    with pytest.raises(ValueError):
        PartialDate(1958, None, 7)


@pytest.mark.parametrize("raw, words", [
    ("1958-02-30", "only 28 days"),
    ("1958-13", "no month 13"),
    ("1958-00-10", "no month 0"),
    ("1850", "between 1900"),
    ("March 1958", "not a date"),
    ("", "enter a date"),
])
def test_partial_date_refusals(raw, words):
    error = refused(PartialDate.parse, raw, field="birth_date")
    assert words in str(error) and error.field == "birth_date"


def test_partial_date_in_future():
    today = date.today()
    error = refused(PartialDate.parse, str(today.year + 1), not_after=today)
    assert "future" in str(error)
    assert PartialDate.parse(str(today.year), not_after=today).year == today.year


def test_parse_date():
    assert parse_date("2024年3月7日", field="served_on") == date(2024, 3, 7)
    assert "full date" in str(refused(parse_date, "2024-03", field="served_on"))
    late = refused(parse_date, "2024-03-08", field="served_on", not_after=date(2024, 3, 7))
    assert "2024-03-07" in str(late) and late.field == "served_on"
    early = refused(parse_date, "2024-01-01", field="served_on", not_before=date(2024, 3, 1))
    assert "earliest" in str(early)
    assert "future" in str(refused(parse_date, "2100-01-01", field="d", not_after=date.today()))


@pytest.mark.parametrize("raw, fen", [
    ("1200", 120000),
    ("1,200.50", 120050),
    ("１２００", 120000),
    ("¥1200", 120000),
    ("￥1200", 120000),
    ("1200元", 120000),
    ("1.2万", 1200000),
    ("1.2万元", 1200000),
    ("0.05", 5),
    ("100000000", 10_000_000_000),
    (" 12 345.6 ", 1234560),
])
def test_amounts(raw, fen):
    assert parse_amount_fen(raw) == fen


@pytest.mark.parametrize("raw, words", [
    ("-5", "negative"),
    ("1.234", "decimal point"),
    ("100000000.01", "too large"),
    ("2万万", "not an amount"),
    ("", "enter an amount"),
    ("12abc", "not an amount"),
    ("1,20", "commas"),
])
def test_amount_refusals(raw, words):
    error = refused(parse_amount_fen, raw, field="subsidy")
    assert words in str(error) and error.field == "subsidy"


def test_clean_text():
    raw = "  line\u200b one\x07\t  more \r\nline two\ufeff  "
    assert clean_text(raw, max_length=50, field="notes") == "line one more\nline two"
    assert "at most 5" in str(refused(clean_text, "abcdef", max_length=5, field="notes"))
    assert "fill in" in str(refused(clean_text, " \u200b ", max_length=5, field="notes", required=True))
    assert clean_text("", max_length=5, field="notes") == ""


def test_clean_chinese_name():
    assert clean_chinese_name(" 张 三 ") == "张三"
    assert clean_chinese_name("扎西 • 次仁") == "扎西·次仁"
    assert clean_chinese_name("阿依古丽・买买提") == "阿依古丽·买买提"
    assert clean_chinese_name("") == ""
    assert "digits" in str(refused(clean_chinese_name, "张三2"))
    assert "Tibetan" in str(refused(clean_chinese_name, "扎西བཀྲ"))
    assert "Chinese characters" in str(refused(clean_chinese_name, "Tashi"))
    assert refused(clean_chinese_name, "", required=True).field == "name_zh"
    assert "at most 30" in str(refused(clean_chinese_name, "张" * 31))


def test_clean_tibetan_name():
    assert clean_tibetan_name(" བཀྲ\u0f0cཤིས\u200b་ཚེ་རིང ") == "བཀྲ་ཤིས་ཚེ་རིང"
    assert clean_tibetan_name("") == ""
    assert "Chinese" in str(refused(clean_tibetan_name, "扎西"))
    assert "digits" in str(refused(clean_tibetan_name, "བཀྲ་ཤིས༢"))
    assert "Latin name field" in str(refused(clean_tibetan_name, "Tashi"))
    assert refused(clean_tibetan_name, "བཀྲ་ཤིས!").field == "name_bo"


@pytest.mark.parametrize("raw, clean", [
    ("13812345678", "13812345678"),
    ("138 1234 5678", "13812345678"),
    ("+86 138-1234-5678", "13812345678"),
    ("１３８１２３４５６７８", "13812345678"),
    ("0891-6321234", "0891-6321234"),
    ("(0891)6321234", "0891-6321234"),
    ("08916321234", "0891-6321234"),
    ("010 62345678", "010-62345678"),
    ("", ""),
])
def test_phones(raw, clean):
    assert clean_phone(raw) == clean


@pytest.mark.parametrize("raw, words", [
    ("6321234", "area code"),
    ("1381234567", "11 digits"),
    ("0000", "not a phone number"),
    ("call me", "not a phone number"),
])
def test_phone_refusals(raw, words):
    error = refused(clean_phone, raw)
    assert words in str(error) and error.field == "phone"
