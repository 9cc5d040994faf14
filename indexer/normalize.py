"""One normalisation for documents and queries: traditional -> simplified, width and punctuation.

Every function here maps a string to a string of the same length, so an offset into the normalised
text is an offset into the original (displayed) text: highlights land on the original characters.
"""

from __future__ import annotations

from functools import cache

import numpy as np
import opencc

# Punctuation that varies between pages but never changes meaning, folded to one form each.
_PUNCTUATION = str.maketrans(
    {
        "“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "「": '"', "」": '"',
        "『": '"', "』": '"', "〝": '"', "〞": '"',
        "《": '"', "》": '"', "〈": '"', "〉": '"',
        "【": "[", "】": "]", "〔": "[", "〕": "]", "［": "[", "］": "]",
        "（": "(", "）": ")", "—": "-", "–": "-", "－": "-", "―": "-",
        "、": ",", "，": ",", "；": ";", "：": ":", "。": ".", "．": ".",
        "！": "!", "？": "?", "\u3000": " ", "\xa0": " ",
    }
)  # fmt: skip


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional -> simplified characters, keeping every character at its offset."""
    converted: str = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    # A phrase rule changed the length: convert one character at a time instead.
    return "".join(c if len(s := _t2s().convert(c)) != 1 else s for c in text)


SHORT_TEXT = 64  # characters: below it a Python loop beats a round trip through numpy


@cache
def _half_widths() -> np.ndarray:
    """Every BMP code point's folded code point (a table of 65,536)."""
    table = np.arange(0x10000, dtype=np.uint32)
    table[0xFF01:0xFF5F] -= 0xFEE0
    table.flags.writeable = False
    return table


@cache
def _punctuation_codes() -> np.ndarray:
    table = np.arange(0x10000, dtype=np.uint32)
    for code, folded in _PUNCTUATION.items():
        table[code] = ord(folded)
    table.flags.writeable = False
    return table


def _looked_up(text: str, table: np.ndarray) -> str | None:
    """`text` with each BMP character replaced through `table` (one code point for one: 10x
    faster than a loop or str.translate on long texts); None when it is short or not all BMP."""
    if len(text) < SHORT_TEXT:
        return None
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if codes.max() > 0xFFFF:
        return None
    return table[codes].tobytes().decode("utf-32-le", "surrogatepass")


def fold_width(text: str) -> str:
    """Full-width ASCII forms -> ASCII, one character for one."""
    folded = _looked_up(text, _half_widths())
    if folded is not None:
        return folded
    return "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in text)


def fold(text: str) -> str:
    """What the parsing rules match on: simplified characters, half-width ASCII, same length."""
    return fold_width(to_simplified(text))


def fold_punctuation(text: str) -> str:
    folded = _looked_up(text, _punctuation_codes())
    return text.translate(_PUNCTUATION) if folded is None else folded


def normalize(text: str) -> str:
    """What is indexed and queried: simplified, half-width, punctuation folded, lower case."""
    folded = fold_punctuation(fold(text))
    lowered = folded.lower()
    return lowered if len(lowered) == len(folded) else folded
