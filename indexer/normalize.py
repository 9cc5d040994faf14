"""One normalisation for documents and queries: traditional -> simplified, width and punctuation.

Every function here maps a string to a string of the same length, so an offset into the normalised
text is an offset into the original (displayed) text: highlights land on the original characters.
"""

from __future__ import annotations

from functools import cache

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


def fold_width(text: str) -> str:
    """Full-width ASCII forms -> ASCII, one character for one."""
    return "".join(chr(ord(c) - 0xFEE0) if "\uff01" <= c <= "\uff5e" else c for c in text)


def fold_punctuation(text: str) -> str:
    return text.translate(_PUNCTUATION)


def normalize(text: str) -> str:
    """What is indexed and queried: simplified, half-width, punctuation folded, lower case."""
    folded = fold_punctuation(fold_width(to_simplified(text)))
    lowered = folded.lower()
    return lowered if len(lowered) == len(folded) else folded
