"""Chinese numerals: the one reader that dates, figures and heading items share."""

from __future__ import annotations

import pytest

from indexer.parsing.numerals import counted_value, digit_by_digit, written


@pytest.mark.parametrize(
    ("numeral", "value"),
    [
        ("一", 1),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("三十一", 31),
        ("两", 2),
        ("一百零八", 108),
        ("三千", 3000),
        ("一二", None),  # digit by digit, not a counted numeral
        ("十a", None),
    ],
)
def test_counted_value(numeral, value):
    assert counted_value(numeral) == value


@pytest.mark.parametrize(("numeral", "digits"), [("二〇二四", "2024"), ("二零二三", "2023")])
def test_digit_by_digit(numeral, digits):
    assert digit_by_digit(numeral) == digits


@pytest.mark.parametrize("number", range(1, 100))
def test_written_numerals_read_back(number):
    assert counted_value(written(number)) == number


@pytest.mark.parametrize(("number", "text"), [(1, "一"), (10, "十"), (11, "十一"), (20, "二十")])
def test_written_as_headings_number(number, text):
    assert written(number) == text


@pytest.mark.parametrize("number", [0, 100])
def test_written_refuses_numbers_headings_never_use(number):
    with pytest.raises(ValueError):
        written(number)
