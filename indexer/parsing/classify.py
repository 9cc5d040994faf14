"""Give a section one contract type (DESIGN.md): the report part it sits in, else its most
specific clear heading, else its opening words, else its body's words; else `other`.

The vocabulary (data/section_types.toml) holds the part rules (第二十五条: 不足, 安排, 第一责任人),
weighted heading and body words per type, and the thresholds of the heading grammar.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from indexer.models import SectionType
from indexer.normalize import fold
from indexer.resources import load_toml


@dataclass(frozen=True, slots=True)
class Grammar:
    max_heading_chars: int = 60
    max_heading_part_chars: int = 40
    max_lead_chars: int = 25
    min_lead_chars: int = 4
    min_lead_run: int = 2
    min_heading_score: float = 2
    opener_window: int = 80
    min_body_score: float = 3
    body_margin: float = 1.5


@dataclass(frozen=True, slots=True)
class PartRule:
    """A report part (第二十五条): its headings, and the paragraphs that open it unheaded."""

    type: SectionType
    heading_patterns: tuple[re.Pattern[str], ...]
    opener_patterns: tuple[re.Pattern[str], ...]


@dataclass(frozen=True, slots=True)
class TypeWords:
    type: SectionType
    label: str
    heading: tuple[tuple[str, float], ...]
    body: tuple[tuple[str, float], ...]


@dataclass(frozen=True, slots=True)
class SectionVocabulary:
    grammar: Grammar
    parts: tuple[PartRule, ...]
    types: tuple[TypeWords, ...] = field(default=())

    @classmethod
    def from_data(cls, name: str = "section_types.toml") -> SectionVocabulary:
        data = load_toml(name)
        parts = tuple(
            PartRule(
                SectionType(slug),
                tuple(re.compile(p) for p in rule.get("heading_patterns", ())),
                tuple(re.compile(p) for p in rule.get("opener_patterns", ())),
            )
            for slug, rule in data.get("parts", {}).items()
        )
        labels = section_type_labels(name)
        types = tuple(
            TypeWords(
                SectionType(slug),
                labels[slug],
                tuple((fold(w), float(n)) for w, n in words.get("heading", {}).items()),
                tuple((fold(w), float(n)) for w, n in words.get("body", {}).items()),
            )
            for slug, words in data.get("types", {}).items()
        )
        return cls(Grammar(**data.get("grammar", {})), parts, types)

    def label(self, section_type: SectionType) -> str:
        return next((t.label for t in self.types if t.type is section_type), str(section_type))


def section_type_labels(name: str = "section_types.toml") -> Mapping[str, str]:
    """Every type's display label, as the vocabulary names it: the one place labels are written."""
    types = load_toml(name).get("types", {})
    return MappingProxyType({t: types.get(t.value, {}).get("label", t.value) for t in SectionType})


def classify_section(
    heading_path: Sequence[str], text: str, vocabulary: SectionVocabulary
) -> SectionType:
    """The report part first, then the most specific clear heading, then the body, else `other`."""
    headings = [fold(h) for h in heading_path]
    folded = fold(text)
    parts = part_types(headings, vocabulary)
    if len(parts) == 1:
        return parts[0]
    if parts:
        return _choose_part(parts, folded, vocabulary)
    for heading in reversed(headings):
        if (
            found := _best(
                heading, "heading", vocabulary, vocabulary.grammar.min_heading_score, 1.0
            )
        ) is not None:
            return found
    if (opened := opened_part(folded, vocabulary)) is not None:
        return opened
    grammar = vocabulary.grammar
    found = _best(folded, "body", vocabulary, grammar.min_body_score, grammar.body_margin)
    return found or SectionType.OTHER


def heading_parts(heading: str, vocabulary: SectionVocabulary) -> list[SectionType]:
    """Part types a heading names, in the order they appear in it."""
    hits = [
        (match.start(), rule.type)
        for rule in vocabulary.parts
        for pattern in rule.heading_patterns
        if (match := pattern.search(heading))
    ]
    return list(dict.fromkeys(t for _, t in sorted(hits, key=lambda hit: hit[0])))


def part_types(headings: Sequence[str], vocabulary: SectionVocabulary) -> list[SectionType]:
    """The outermost part named on the path; a mixed part is narrowed by the headings inside it."""
    candidates: list[SectionType] = []
    for heading in headings:
        named = heading_parts(heading, vocabulary)
        narrowed = [t for t in named if t in candidates] if candidates else named
        if len(narrowed) == 1:
            return narrowed
        candidates = narrowed or candidates
    return candidates


def _choose_part(
    parts: list[SectionType], folded: str, vocabulary: SectionVocabulary
) -> SectionType:
    """A section under a mixed heading (`存在问题及下一步打算`): its opening, then its words."""
    opened = opened_part(folded, vocabulary)
    if opened in parts:
        return opened
    scores = {t: _score(folded, t, "body", vocabulary) for t in parts}
    return max(parts, key=lambda t: scores[t])  # ties keep the heading's order


def opened_part(folded: str, vocabulary: SectionVocabulary) -> SectionType | None:
    window = folded[: vocabulary.grammar.opener_window]
    return next(
        (
            rule.type
            for rule in vocabulary.parts
            if any(pattern.search(window) for pattern in rule.opener_patterns)
        ),
        None,
    )


def _score(
    text: str, section_type: SectionType, where: str, vocabulary: SectionVocabulary
) -> float:
    words: tuple[tuple[str, float], ...] = next(
        (getattr(t, where) for t in vocabulary.types if t.type is section_type), ()
    )
    return sum(text.count(word) * weight for word, weight in words)


def _best(
    text: str, where: str, vocabulary: SectionVocabulary, minimum: float, margin: float
) -> SectionType | None:
    """The type whose words score highest, if it clears `minimum` and beats the runner-up."""
    topical = [t.type for t in vocabulary.types if t.type not in _PART_ONLY]
    ranked = sorted(
        [(_score(text, t, where, vocabulary), t) for t in topical] + [(0.0, SectionType.OTHER)] * 2,
        key=lambda pair: pair[0],
        reverse=True,
    )
    (best, best_type), (second, _) = ranked[0], ranked[1]
    if best > 0 and best >= minimum and best > second and best >= margin * second:
        return best_type
    return None


# Types given only by the report part rule, never by topical words.
_PART_ONLY = frozenset({SectionType.SHORTCOMINGS, SectionType.PLANS})
