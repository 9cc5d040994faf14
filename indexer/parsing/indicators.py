"""Comparable figures (indicators) extracted from report sections.

A figure is bound to the indicator whose name phrase stands right next to it, with at most a few
filler words between (收到行政复议案件114宗, 纠错率18.3%, 3项决策事项); a number elsewhere in the
sentence is never borrowed, and a sentence that does not name the figure this way yields nothing.
Matching runs on simplified, half-width text of the same length as the original, so every quote is
cut from the original characters and holds the number exactly as written.

A change clause right after a figure (`,同比增长29.5%`) joins its quote; `read_comparison` reads it
back. Rates name the counts they are computed from (`numerator`, `denominators`) so the query side
can check a stated rate against its parts without ever replacing it.

One section may yield several values for one indicator when they are different figures (a section
reporting 合法性审查 of 58 policy documents and of 5 normative documents); identical
(name, value, section) results are merged. Sections of next year's plans are skipped: their
figures are targets, not results.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from indexer.models import Indicator, Section, SectionType
from indexer.normalize import fold, fold_width
from indexer.parsing.numerals import COUNTED_CHARACTERS, counted_value
from indexer.resources import load_toml

# The number grammar, shared by parse_number and the catalogue patterns:
# approx prefix, Arabic digits (1,200 / 18.3) or Chinese numerals, scale 万/亿, 余/多.
_APPROX_PREFIX = "大约|将近|超过|多达|约|近|逾|超"
_DIGITS = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|[{COUNTED_CHARACTERS}]+"
_NUMBER = rf"(?:{_APPROX_PREFIX})?(?:{_DIGITS})[万亿]?(?:余|多)?"
_FIGURE = re.compile(
    rf"(?P<prefix>{_APPROX_PREFIX})?(?P<digits>{_DIGITS})(?P<scale>[万亿])?(?P<more>余|多)?"
    r"(?P<share>%|成)?"
)
_APPROX_SUFFIX = re.compile(r"^\D{0,2}?(?:以上|左右|多)")
_SCALE = {"万": 10_000, "亿": 100_000_000}
_SENTENCE_END = re.compile(r"[。；;！？!?\n]")
# 1,200 is one number, not two clauses. A clause reaches back over 、 (解答来访、来电法律咨询) but a
# quote stops at the 、 after its figure (不予处罚8宗、免予处罚9宗).
_CLAUSE_START = re.compile(r"[，：:]|(?<!\d),|,(?!\d{3}(?!\d))")
_CLAUSE_END = re.compile(r"[，：:、]|(?<!\d),|,(?!\d{3}(?!\d))")
_RATE_CEILING = 100.0


class IndicatorKind(StrEnum):
    COUNT = "count"
    RATE = "rate"


class Direction(StrEnum):
    UP = "up"
    DOWN = "down"


@dataclass(frozen=True, slots=True)
class Comparison:
    """A change against an earlier period stated with a figure: 同比增长29.5% -> (UP, 29.5, %)."""

    direction: Direction
    amount: float
    unit: str
    text: str


@dataclass(frozen=True, slots=True)
class IndicatorSpec:
    """One canonical indicator and the compiled forms that name it next to a figure."""

    name: str
    kind: IndicatorKind
    unit: str
    pattern: re.Pattern[str]  # name phrase + figure + unit, in either order
    context: tuple[str, ...]
    requires: tuple[str, ...] = ()  # one must stand in the clause before the figure
    excludes: tuple[str, ...] = ()  # none may stand there
    numerator: str | None = None  # for a rate: the count it is computed from
    denominators: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class IndicatorCatalogue:
    specs: tuple[IndicatorSpec, ...]
    change_words: tuple[str, ...]
    target_words: tuple[str, ...]
    comparison: re.Pattern[str] = re.compile("(?!)")
    down_words: tuple[str, ...] = ()
    query_measures: tuple[str, ...] = ()

    @classmethod
    def from_data(cls, name: str = "indicators.toml") -> IndicatorCatalogue:
        data = load_toml(name)
        fillers = _alternation(data.get("fillers", ()))
        specs = tuple(_compile_spec(entry, fillers) for entry in data.get("indicator", ()))
        comparison = data.get("comparison", {})
        return cls(
            specs,
            tuple(data.get("change_words", ())),
            tuple(data.get("target_words", ())),
            _compile_comparison(comparison),
            tuple(comparison.get("down", ())),
            tuple(data.get("query_measures", ())),
        )

    def spec(self, name: str) -> IndicatorSpec | None:
        return next((s for s in self.specs if s.name == name), None)


def _compile_comparison(words: dict[str, Any]) -> re.Pattern[str]:
    if not words.get("bases"):
        return re.compile("(?!)")
    return re.compile(
        rf"(?P<base>{_alternation(words['bases'])})了?"
        rf"(?P<direction>{_alternation(words.get('up', []) + words.get('down', []))})了?"
        rf"(?P<amount>{_NUMBER})(?P<unit>{_alternation(words.get('units', []))})?"
    )


def _alternation(words: Sequence[str]) -> str:
    """Plain words as one regex alternation, longest first so 场次 wins over 场."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _patterns(patterns: Sequence[str]) -> str:
    return "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))


def _compile_spec(entry: dict[str, Any], fillers: str) -> IndicatorSpec:
    units = _alternation(entry.get("units") or [entry["unit"]])
    # (?!事): 一件事 (one-stop service) is an idiom, not a count.
    figure = rf"(?P<figure>{_NUMBER}(?:{units})(?!事)(?:以上|左右)?)"
    forms = []
    if entry.get("before"):
        filler = f"(?:{fillers}){{0,2}}" if fillers else ""
        forms.append(rf"(?P<cue>{_patterns(entry['before'])}){filler}{figure}")
    if entry.get("after"):
        after_figure = figure.replace("?P<figure>", "?P<figure_after>")
        forms.append(rf"(?<![\d.第]){after_figure}(?P<cue_after>{_patterns(entry['after'])})")
    return IndicatorSpec(
        name=entry["name"],
        kind=IndicatorKind(entry["kind"]),
        unit=entry["unit"],
        pattern=re.compile("|".join(forms) or "(?!)"),
        context=tuple(entry.get("context", ())),
        requires=tuple(entry.get("requires", ())),
        excludes=tuple(entry.get("excludes", ())),
        numerator=entry.get("numerator"),
        denominators=tuple(entry.get("denominators", ())),
    )


def parse_number(text: str) -> tuple[float, bool] | None:
    """The figure at the start of `text` as (value, approx); None when there is none.

    `1.1万余` -> (11000, True); a 万/亿 figure counts as approximate (it is rounded to that scale);
    `七成` -> (70, True); `18.3%` -> (18.3, False); trailing units are ignored (`两次` -> 2).
    """
    folded = fold_width(text.strip())
    match = _FIGURE.match(folded)
    if match is None:
        return None
    base = _base_value(match["digits"])
    if base is None:
        return None
    scale = _SCALE.get(match["scale"] or "", 1)
    value = base * scale * (10 if match["share"] == "成" else 1)
    approx = bool(
        match["prefix"]
        or match["more"]
        or scale != 1
        or match["share"] == "成"
        or _APPROX_SUFFIX.match(folded[match.end() :])
    )
    return float(value), approx


def _base_value(digits: str) -> float | None:
    if digits[0].isdigit():
        return float(digits.replace(",", ""))
    value = counted_value(digits)
    return None if value is None else float(value)


def extract_indicators(
    sections: Sequence[Section], catalogue: IndicatorCatalogue
) -> tuple[Indicator, ...]:
    """Every catalogue figure in the sections, in text order, identical results merged."""
    found: dict[tuple[str, float, str], Indicator] = {}
    for section in sections:
        if section.type is SectionType.PLANS:
            continue
        for indicator in _section_indicators(section, catalogue):
            found.setdefault((indicator.name, indicator.value, section.id), indicator)
    return tuple(found.values())


def _section_indicators(section: Section, catalogue: IndicatorCatalogue) -> Iterator[Indicator]:
    matchable = fold(section.text)
    for start, end in _sentence_spans(matchable):
        for spec in catalogue.specs:
            for match in spec.pattern.finditer(matchable, start, end):
                indicator = _bind(section, matchable, (start, end), spec, match, catalogue)
                if indicator is not None:
                    yield indicator


def _sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for stop in _SENTENCE_END.finditer(text):
        if stop.start() > start:
            yield start, stop.start()
        start = stop.end()
    if start < len(text):
        yield start, len(text)


def _bind(
    section: Section,
    matchable: str,
    sentence: tuple[int, int],
    spec: IndicatorSpec,
    match: re.Match[str],
    catalogue: IndicatorCatalogue,
) -> Indicator | None:
    """The indicator this match states, or None when the sentence does not support it."""
    cue = "cue" if match["cue"] is not None else "cue_after"
    figure = "figure" if match["figure"] is not None else "figure_after"
    parsed = parse_number(match[figure])
    if parsed is None or (spec.kind is IndicatorKind.RATE and parsed[0] > _RATE_CEILING):
        return None
    clause_start = _clause_start(matchable, sentence[0], match.start())
    lead = matchable[clause_start : match.start(cue)]
    if not _lead_allows(lead, match[cue], spec, catalogue):
        return None
    quote_start = _context_start(matchable, sentence, spec.context, match.end(cue))
    if quote_start is None:
        return None
    quote_end = _clause_end(matchable, match.end(), sentence[1])
    quote_end = _comparison_end(matchable, quote_end, sentence[1], catalogue)
    quote = section.text[quote_start:quote_end].strip()
    return Indicator(spec.name, parsed[0], spec.unit, parsed[1], section.id, quote)


def _lead_allows(lead: str, cue: str, spec: IndicatorSpec, catalogue: IndicatorCatalogue) -> bool:
    """The words before the name phrase must not turn the figure into a change, a target or
    another indicator (办结 cases are not received cases)."""
    if lead.endswith(catalogue.change_words) or any(w in lead for w in catalogue.target_words):
        return False
    named = lead + cue
    if any(word in named for word in spec.excludes):
        return False
    return not spec.requires or any(word in named for word in spec.requires)


def _comparison_end(
    text: str, quote_end: int, sentence_end: int, catalogue: IndicatorCatalogue
) -> int:
    """The end of a change clause right after the figure's clause, else the figure's clause end."""
    if quote_end >= sentence_end or text[quote_end] not in ",，":
        return quote_end
    match = catalogue.comparison.match(text, quote_end + 1, sentence_end)
    if match is None:
        return quote_end
    return _clause_end(text, match.end(), sentence_end)


def read_comparison(quote: str, catalogue: IndicatorCatalogue) -> Comparison | None:
    """The change stated at the end of a quote (`…114宗,同比增长29.5%`), None when none is.

    Only the last clause counts: an earlier one belongs to another figure of the sentence."""
    last_clause = re.split(r"[,，]", fold(quote))[-1]
    match = catalogue.comparison.match(last_clause)
    parsed = parse_number(match["amount"]) if match else None
    if match is None or parsed is None:
        return None
    down = match["direction"] in catalogue.down_words
    return Comparison(
        Direction.DOWN if down else Direction.UP, parsed[0], match["unit"] or "", match[0]
    )


def _context_start(
    text: str, sentence: tuple[int, int], context: tuple[str, ...], position: int
) -> int | None:
    """Where the quote begins: the clause of the match, or back to the nearest context word."""
    start, end = sentence
    if not context:
        return _clause_start(text, start, position)
    hits = [text.rfind(word, start, position) for word in context]
    before = [hit for hit in hits if hit >= 0]
    if before:
        return _clause_start(text, start, min(position, max(before)))
    # The context word comes later in the sentence: quote the whole sentence.
    return start if any(word in text[start:end] for word in context) else None


def _clause_start(text: str, sentence_start: int, position: int) -> int:
    boundaries = [m.end() for m in _CLAUSE_START.finditer(text, sentence_start, position)]
    return boundaries[-1] if boundaries else sentence_start


def _clause_end(text: str, position: int, sentence_end: int) -> int:
    boundary = _CLAUSE_END.search(text, position, sentence_end)
    return boundary.start() if boundary else sentence_end
