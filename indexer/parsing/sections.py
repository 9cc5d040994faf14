"""Split a report body into headed sections, each typed by classify.py.

Heading grammar (GB/T 9704 numbering, then the unnumbered forms reports use):
level 1 `一、` `一.` `第一部分`, level 2 `（一）`, level 3 `1.` `1、`, level 4 `（1）` `①`,
level 5 a paragraph that is one enumerated item (`一是…。`, its siblings in their own paragraphs),
level 6 a paragraph led by a short headline sentence (`坚持和加强党的领导。将…`).
Levels 5 and 6 count only when at least `min_lead_run` siblings use them, so a short first sentence
of an ordinary paragraph is not a heading. A paragraph that lists `一是…二是…` inline stays one
section: its items are too small to stand alone and splitting would tear sentences apart.
A heading alone on its line only extends the path; a heading that shares its paragraph with body
text keeps the whole paragraph as the section's text, so every character stays searchable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum

from indexer.models import HEADING_SEPARATOR, Section
from indexer.normalize import fold
from indexer.parsing.classify import (
    Grammar,
    SectionVocabulary,
    classify_section,
    heading_parts,
    opened_part,
    part_types,
)
from indexer.parsing.numerals import counted_value, written

_NUMERAL = "一二三四五六七八九十"
# (level, pattern) on folded text; the look-aheads refuse `1.1万余件`, `一、二级`, `12.5%`.
_MARKERS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(rf"第[{_NUMERAL}]{{1,3}}(部分|章)\s*[、.:]?\s*")),
    (1, re.compile(rf"[{_NUMERAL}]{{1,3}}\s*[、.](?![{_NUMERAL}])\s*")),
    (2, re.compile(rf"\(\s*[{_NUMERAL}]{{1,3}}\s*\)\s*")),
    (3, re.compile(r"\d{1,2}\s*[、.](?![\d%])\s*")),
    (4, re.compile(r"\(\s*\d{1,2}\s*\)\s*|[①-⑳]\s*")),
)
_ITEM = re.compile(rf"([{_NUMERAL}]{{1,3}})是")
_ITEM_LEVEL = 5
_LEAD_LEVEL = 6
_SENTENCE_END = re.compile(r"[。:;!?]")
_CLAUSE_END = re.compile(r"[。:;!?,]")
_LEAD_FORBIDDEN = re.compile(r"[:;!?\d我]|^\s*(19|20)\d\d")  # figures, dates, 我区… are body


class _Kind(Enum):
    HEADING = "heading"  # a heading alone on its line
    HEADED = "headed"  # a numbered heading followed by body text
    ITEM = "item"  # a paragraph that is one `一是…` item
    LEAD = "lead"  # a paragraph led by a headline sentence
    BODY = "body"


@dataclass(frozen=True, slots=True)
class _Line:
    kind: _Kind
    text: str  # the original paragraph
    level: int = 0
    heading: str = ""


# ---- reading one paragraph ------------------------------------------------------------------


def read_line(paragraph: str, grammar: Grammar) -> tuple[str, int, str]:
    """(kind, level, heading) of one paragraph; public for tests and for reviewing the grammar."""
    line = _read_line(paragraph, grammar)
    return line.kind.value, line.level, line.heading


def heading_level(line: str) -> int | None:
    """The numbering level a line opens with (`一、` 1, `（一）` 2, `1.` 3, `（1）` 4), or None.

    The one heading grammar: metadata refuses a numbered line as a title by it."""
    folded = fold(line)
    return next((level for level, pattern in _MARKERS if pattern.match(folded)), None)


def _read_line(paragraph: str, grammar: Grammar) -> _Line:
    folded = fold(paragraph)
    for level, pattern in _MARKERS:
        if (marker := pattern.match(folded)) and marker.end() < len(folded):
            return _numbered(paragraph, folded, level, grammar)
    if item := _ITEM.match(folded):
        end = _head_end(folded, grammar.max_lead_chars + 10, _SENTENCE_END)
        following = _next_item(item.group(1))
        if end is not None and (following is None or following not in folded):
            return _Line(_Kind.ITEM, paragraph, _ITEM_LEVEL, paragraph[:end])
        return _Line(_Kind.BODY, paragraph)  # a whole list in one paragraph is not a heading
    end = _head_end(folded, grammar.max_lead_chars, re.compile("。"))
    if (
        end is not None
        and end >= grammar.min_lead_chars
        and not _LEAD_FORBIDDEN.search(folded[:end])
    ):
        return _Line(_Kind.LEAD, paragraph, _LEAD_LEVEL, paragraph[:end])
    return _Line(_Kind.BODY, paragraph)


def _numbered(paragraph: str, folded: str, level: int, grammar: Grammar) -> _Line:
    end = _head_end(folded, grammar.max_heading_part_chars, _SENTENCE_END)
    if end is not None:
        return _Line(_Kind.HEADED, paragraph, level, paragraph[:end])
    if len(folded) <= grammar.max_heading_chars:
        return _Line(_Kind.HEADING, paragraph, level, paragraph.rstrip("。:：;；"))
    # A long numbered paragraph without a short first sentence: its first clause is the heading.
    clause = _head_end(folded, grammar.max_heading_part_chars, _CLAUSE_END)
    return _Line(
        _Kind.HEADED, paragraph, level, paragraph[: clause or grammar.max_heading_part_chars]
    )


def _head_end(folded: str, limit: int, ends: re.Pattern[str]) -> int | None:
    """End of a heading sentence within `limit` characters that has body text after it."""
    found = ends.search(folded, 0, limit + 1)
    if found is None or not folded[found.end() :].strip():
        return None
    return found.start()


def _next_item(numeral: str) -> str | None:
    """`一` -> `二是`: an inline next item means the paragraph is a whole list, not one item."""
    value = counted_value(numeral)
    return written(value + 1) + "是" if value is not None and value < 99 else None


def _accept_runs(lines: list[_Line], grammar: Grammar) -> list[_Line]:
    """Keep unnumbered headings (items, lead sentences) only where siblings share the form."""
    counts: dict[tuple[int, _Kind], int] = {}
    segment = 0
    segments = []
    for line in lines:
        if line.kind in (_Kind.HEADING, _Kind.HEADED):
            segment += 1
        segments.append(segment)
        counts[segment, line.kind] = counts.get((segment, line.kind), 0) + 1
    return [
        _Line(_Kind.BODY, line.text)
        if line.kind in (_Kind.ITEM, _Kind.LEAD) and counts[seg, line.kind] < grammar.min_lead_run
        else line
        for line, seg in zip(lines, segments, strict=True)
    ]


# ---- grouping paragraphs under heading paths ------------------------------------------------


@dataclass(slots=True)
class _Open:
    """A heading on the current path; `used` once some section lies under it."""

    level: int
    heading: str
    serial: int
    used: bool = False


def split_sections(body: str, vocabulary: SectionVocabulary) -> tuple[Section, ...]:
    paragraphs = [line.strip() for line in body.splitlines() if line.strip()]
    lines = _accept_runs(
        [_read_line(p, vocabulary.grammar) for p in paragraphs], vocabulary.grammar
    )
    blocks = list(_group(lines, vocabulary))
    first = 0 if blocks and not blocks[0][0] else 1
    return tuple(
        Section(
            id=f"s{number:03d}",
            heading=HEADING_SEPARATOR.join(path),
            type=classify_section(path, text, vocabulary),
            text=text,
        )
        for number, (path, text) in enumerate(blocks, start=first)
    )


def _group(lines: list[_Line], vocabulary: SectionVocabulary) -> Iterator[tuple[list[str], str]]:
    """(heading path, text) per section in document order; empty headings become empty sections."""
    path: list[_Open] = []
    texts: list[str] = []
    key: tuple[int, ...] | None = None
    for serial, line in enumerate(lines):
        opener = _opener_cut(path, line, vocabulary) if texts and key == _key(path) else None
        if line.kind is not _Kind.BODY or opener is not None:
            if texts:
                yield [o.heading for o in path], "\n".join(texts)
                texts = []
            level = line.level if line.kind is not _Kind.BODY else opener or 0
            yield from _close(path, level)
        if line.kind is not _Kind.BODY:
            path.append(_Open(line.level, line.heading, serial))
        if line.kind is not _Kind.HEADING:
            texts.append(line.text)
            key = _key(path)
            for open_heading in path:
                open_heading.used = True
    if texts:
        yield [o.heading for o in path], "\n".join(texts)
    yield from _close(path, 0)


def _key(path: list[_Open]) -> tuple[int, ...]:
    return tuple(o.serial for o in path)


def _close(path: list[_Open], level: int) -> Iterator[tuple[list[str], str]]:
    """Pop headings of `level` and deeper; one with nothing under it still becomes a section."""
    while path and path[-1].level >= level:
        if not path[-1].used:
            yield [o.heading for o in path], ""
            for open_heading in path:
                open_heading.used = True
        path.pop()


def _opener_cut(path: list[_Open], line: _Line, vocabulary: SectionVocabulary) -> int | None:
    """Level to cut the path at when a body paragraph opens a part the path is not in, else None.

    `…取得了一定进展,但也存在一些短板弱项:` after the last numbered topic starts the shortcomings
    part even though the report gave it no heading; it keeps the outermost heading only when that
    heading names the same part (`五、存在问题及2024年工作计划`)."""
    if line.kind is not _Kind.BODY:
        return None
    opened = opened_part(fold(line.text), vocabulary)
    headings = [fold(o.heading) for o in path]
    if opened is None or part_types(headings, vocabulary) == [opened]:
        return None
    keep = next(
        (i + 1 for i, h in enumerate(headings) if opened in heading_parts(h, vocabulary)), 0
    )
    return path[keep].level if keep < len(path) else 99
