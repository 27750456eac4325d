"""Checking and cleaning user input; bad input raises app.errors.ValidationError with a field name."""
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
from app.validation.id_number import (
    IdNumber,
    id_check_character,
    is_valid_id_number,
    normalize_id_number,
    parse_id_number,
)

__all__ = [
    "IdNumber", "PartialDate", "clean_chinese_name", "clean_phone", "clean_text",
    "clean_tibetan_name", "id_check_character", "is_valid_id_number", "normalize_digits",
    "normalize_id_number", "parse_amount_fen", "parse_date", "parse_id_number",
]
