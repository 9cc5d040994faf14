"""Snippets: the best passage of a section's original text, escaped, with <mark> on the matches.

Matching runs on the normalised text, which has the same offsets as the original, so the marks land
on the characters as displayed (traditional pages included). No re-analysis with jieba: fast.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from markupsafe import Markup, escape

from indexer.analysis import is_word_char
from indexer.normalize import normalize

SNIPPET_CHARS = 160
SENTENCE_ENDS = "。！？；!?;\n"


def needle_pattern(needles: Iterable[str]) -> re.Pattern[str] | None:
    """One regex for all needles (normalised, as the parsed query holds them); punctuation may
    stand between their characters."""
    parts = []
    for needle in sorted(set(needles), key=len, reverse=True):
        chars = [re.escape(c) for c in needle if is_word_char(c)]
        if chars:
            parts.append(r"[\W_]*?".join(chars))
    return re.compile("|".join(parts)) if parts else None


def match_spans(text: str, pattern: re.Pattern[str] | None) -> list[tuple[int, int]]:
    if pattern is None:
        return []
    return [m.span() for m in pattern.finditer(normalize(text)) if m.end() > m.start()]


def mark_html(
    text: str, spans: list[tuple[int, int]], start: int = 0, end: int | None = None
) -> Markup:
    """`text[start:end]` escaped, with <mark> around the spans inside it."""
    end = len(text) if end is None else end
    pieces: list[str] = []
    cursor = start
    for a, b in spans:
        a, b = max(a, cursor), min(b, end)
        if a >= b:
            continue
        pieces += [escape(text[cursor:a]), Markup("<mark>"), escape(text[a:b]), Markup("</mark>")]
        cursor = b
    pieces.append(escape(text[cursor:end]))
    return Markup("").join(pieces)


def snippet_html(text: str, pattern: re.Pattern[str] | None, size: int = SNIPPET_CHARS) -> Markup:
    """The passage of about `size` characters around the densest matches, at sentence bounds."""
    spans = match_spans(text, pattern)
    start, end = _window(text, spans, size)
    body = mark_html(text, spans, start, end)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return Markup(prefix) + body + Markup(suffix)


def _window(text: str, spans: list[tuple[int, int]], size: int) -> tuple[int, int]:
    if not spans:
        return 0, min(len(text), size)
    best = max(range(len(spans)), key=lambda i: _covered(spans, i, size))
    anchor = spans[best][0]
    start = _sentence_start(text, anchor, limit=size // 2)
    return start, min(len(text), start + size)


def _covered(spans: list[tuple[int, int]], first: int, size: int) -> int:
    """How many spans fit in a window of `size` characters starting at span `first`."""
    limit = spans[first][0] + size
    return sum(1 for a, b in spans[first:] if b <= limit)


def _sentence_start(text: str, anchor: int, limit: int) -> int:
    """Start of the sentence holding `anchor`, if it begins at most `limit` characters before."""
    floor = max(0, anchor - limit)
    for i in range(anchor - 1, floor - 1, -1):
        if text[i] in SENTENCE_ENDS:
            return i + 1
    return floor
