"""Chinese numerals, read and written in one place: 十二 -> 12, 二〇二四 -> 2024, 11 -> 十一."""

from __future__ import annotations

# Characters of a counted numeral (十二, 一百零八) and of a digit-by-digit one (二〇二四).
COUNTED_CHARACTERS = "零〇一二两三四五六七八九十百千"
DIGIT_CHARACTERS = "〇○零一二三四五六七八九"

_DIGIT_VALUES = {c: v for v, c in enumerate("一二三四五六七八九", start=1)} | {"两": 2}
_UNIT_VALUES = {"十": 10, "百": 100, "千": 1000}
_DIGIT_BY_DIGIT = str.maketrans(DIGIT_CHARACTERS, "000123456789")
_WRITTEN_DIGITS = "零一二三四五六七八九"


def counted_value(numeral: str) -> int | None:
    """十二 -> 12, 一百零八 -> 108, 两 -> 2; None for a run of digits like 一二 or a non-numeral."""
    total, digit = 0, None
    for char in numeral:
        if char in "零〇":
            continue  # a place holder: 一百零八
        if char in _DIGIT_VALUES:
            if digit is not None:
                return None
            digit = _DIGIT_VALUES[char]
        elif char in _UNIT_VALUES:
            total += (1 if digit is None else digit) * _UNIT_VALUES[char]
            digit = None
        else:
            return None
    return total + (digit or 0)


def digit_by_digit(numeral: str) -> str:
    """二〇二四 -> 2024: a year written one digit per character."""
    return numeral.translate(_DIGIT_BY_DIGIT)


def written(number: int) -> str:
    """1 .. 99 as a counted numeral, the way headings number themselves: 10 -> 十, 21 -> 二十一."""
    tens, units = divmod(number, 10)
    if not 0 < number < 100:
        raise ValueError(f"{number} is outside 1..99")
    head = "" if tens == 0 else ("十" if tens == 1 else _WRITTEN_DIGITS[tens] + "十")
    return head + (_WRITTEN_DIGITS[units] if units else "")
