"""Resident ID numbers: examples of every refusal, and properties over generated valid numbers."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.validation.id_number import (
    IdNumber,
    id_check_character,
    is_valid_id_number,
    normalize_id_number,
    parse_id_number,
)

TODAY = date(2025, 6, 1)
REGION_CODES = ["110105", "540102", "540121", "542621", "632123", "513201", "310101", "440305"]
FULL_WIDTH = str.maketrans("0123456789X", "０１２３４５６７８９Ｘ")


@st.composite
def valid_id_numbers(draw, today: date = TODAY) -> str:
    """An 18-character ID number that parse_id_number must accept (born 1900 .. today)."""
    region = draw(st.sampled_from(REGION_CODES))
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=today))
    sequence = draw(st.integers(min_value=0, max_value=999))
    first17 = f"{region}{born:%Y%m%d}{sequence:03d}"
    return first17 + id_check_character(first17)


def refusal(raw: str) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        parse_id_number(raw, today=TODAY)
    assert caught.value.field == "id_number"
    return caught.value


def test_a_made_up_region_code_is_refused_but_an_old_record_can_keep_it():
    first17 = "99999919580307001"
    number = first17 + id_check_character(first17)
    error = refusal(number)
    assert "999999" in str(error) and "region" in str(error)
    assert parse_id_number(number, today=TODAY, check_region=False).region_code == "999999"
    assert not is_valid_id_number(number, today=TODAY)


def test_a_region_code_is_known_whenever_it_existed():
    from app.validation.id_number import region_is_known

    # Lhasa Chengguan (since 1983) on the card of someone born in 1958: a real number
    assert region_is_known("540102") and region_is_known("110105")
    assert not region_is_known("999999") and not region_is_known("54010") \
        and not region_is_known("540199")


def test_known_number_parses():
    parsed = parse_id_number("11010519491231002X", today=TODAY)
    assert parsed == IdNumber("11010519491231002X", date(1949, 12, 31), "F", "110105")


def test_sex_comes_from_the_17th_digit():
    first17 = "54010219580307001"
    assert parse_id_number(first17 + id_check_character(first17), today=TODAY).sex == "M"


def test_check_character_examples():
    assert id_check_character("11010519491231002") == "X"
    assert id_check_character("54010219580307001") == "8"  # weighted sum 213, mod 11 = 4 -> "8"
    with pytest.raises(ValueError):
        id_check_character("1234")


def test_normalize_full_width_spaces_hyphens_and_lowercase_x():
    assert normalize_id_number(" １１０１０５ 1949-1231-002x ") == "11010519491231002X"


def test_wrong_length_says_how_many_characters():
    error = refusal("1101051949123100")
    assert "16" in str(error) and "18" in str(error)


def test_old_15_digit_number_asks_for_the_18_digit_one():
    assert "18-digit" in str(refusal("110105491231002"))


def test_letters_are_refused():
    assert "only digits" in str(refusal("1101051949A231002X"))
    assert "only digits" in str(refusal("11010519491231002Y"))


def test_impossible_birth_date():
    first17 = "11010519490230002"
    assert "1949-02-30" in str(refusal(first17 + id_check_character(first17)))


def test_birth_date_in_future_or_before_1900():
    future = "11010520300101002"
    assert "future" in str(refusal(future + id_check_character(future)))
    old = "11010518991231002"
    assert "1900" in str(refusal(old + id_check_character(old)))


def test_wrong_check_character_says_which_it_should_be():
    error = refusal("110105194912310021")
    assert error.args_for_message == ("110105194912310021", "X")


def test_empty_is_refused():
    assert "enter" in str(refusal("  "))


@given(valid_id_numbers())
def test_every_generated_number_parses(number):
    parsed = parse_id_number(number, today=TODAY)
    assert parsed.number == number
    assert parsed.birth_date.strftime("%Y%m%d") == number[6:14]
    assert parsed.sex == ("M" if int(number[16]) % 2 else "F")


@given(valid_id_numbers(), st.integers(min_value=0, max_value=17), st.integers(1, 10))
def test_changing_any_single_character_makes_it_invalid(number, position, shift):
    alphabet = "0123456789X" if position == 17 else "0123456789"
    old = alphabet.index(number[position])
    changed = number[:position] + alphabet[(old + shift) % len(alphabet)] + number[position + 1:]
    if changed == number:  # shift wrapped round to the same character
        return
    assert not is_valid_id_number(changed, today=TODAY)


@given(valid_id_numbers())
def test_full_width_input_equals_ascii_input(number):
    full_width = number.translate(FULL_WIDTH)
    assert parse_id_number(full_width, today=TODAY) == parse_id_number(number, today=TODAY)
    assert parse_id_number(number.lower(), today=TODAY).number == number
