"""Which of the parts a report must state (第二十五条) it contains, and the section that shows each.

The four parts (data/required_parts.toml): 主要举措和成效; 存在的不足和原因;
党政主要负责人履行推进法治建设第一责任人职责情况; 下一年度主要安排. A part is found, strongest
evidence first, from a heading that names it, from a section of its type (typed from its opening
or words), or from a sentence of the body that states it without setting it apart. The check is a
pure function over a Report; the web layer runs it over the stored reports once per generation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypedDict

from indexer.models import HEADING_SEPARATOR, Report, Section, SectionType
from indexer.normalize import fold
from indexer.parsing.classify import SectionVocabulary, heading_parts
from indexer.resources import load_toml

QUOTE_CHARS = 80  # a body sentence is quoted up to this length
_SENTENCE_END = "。！？；!?;\n"


class Evidence(StrEnum):
    HEADING = "heading"  # a heading names the part
    SECTION = "section"  # a section of the part's type, no heading naming it
    BODY = "body"  # a sentence states it inside a section about something else


@dataclass(frozen=True, slots=True)
class PartRule:
    slug: str
    label: str
    short_label: str
    heading_patterns: tuple[str, ...]  # templates, as body_patterns
    section_part: SectionType | None  # the section vocabulary's part rule, if the part has one
    types: frozenset[SectionType]
    body_patterns: tuple[str, ...]  # templates: `{next_year}` is filled per report


@dataclass(frozen=True, slots=True)
class PartsVocabulary:
    parts: tuple[PartRule, ...]
    sections: SectionVocabulary

    @classmethod
    def from_data(cls, name: str = "required_parts.toml") -> PartsVocabulary:
        rules = tuple(
            PartRule(
                slug=item["slug"],
                label=item["label"],
                short_label=item.get("short_label", item["label"]),
                heading_patterns=tuple(item.get("heading_patterns", ())),
                section_part=SectionType(item["section_part"]) if "section_part" in item else None,
                types=frozenset(SectionType(t) for t in item.get("types", ())),
                body_patterns=tuple(item.get("body_patterns", ())),
            )
            for item in load_toml(name)["parts"]
        )
        return cls(rules, SectionVocabulary.from_data())

    def label(self, slug: str) -> str:
        return next((rule.label for rule in self.parts if rule.slug == slug), slug)


@dataclass(frozen=True, slots=True)
class PartFinding:
    slug: str
    label: str
    evidence: Evidence | None  # None: the report does not state the part
    section_id: str | None
    quote: str  # the heading that names it or the sentence that states it

    @property
    def present(self) -> bool:
        return self.evidence is not None


@dataclass(frozen=True, slots=True)
class PartsCheck:
    report_id: str
    findings: tuple[PartFinding, ...]

    @property
    def complete(self) -> bool:
        return all(finding.present for finding in self.findings)

    def finding(self, slug: str) -> PartFinding | None:
        return next((f for f in self.findings if f.slug == slug), None)


@dataclass(frozen=True, slots=True)
class _Heading:
    text: str  # as written
    folded: str
    named: tuple[SectionType, ...]  # the parts the section vocabulary says it names


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A report's sections with their headings read once (all four parts look at them)."""

    report: Report
    paths: dict[str, tuple[_Heading, ...]]
    folded_texts: dict[str, str]

    def folded_text(self, section: Section) -> str:
        if section.id not in self.folded_texts:
            self.folded_texts[section.id] = fold(section.text)
        return self.folded_texts[section.id]


def check_parts(report: Report, vocabulary: PartsVocabulary) -> PartsCheck:
    """Each required part with the first section that shows it, by the strongest evidence."""
    prepared = _prepare(report, vocabulary)
    return PartsCheck(
        report.report_id, tuple(_find(prepared, rule, vocabulary) for rule in vocabulary.parts)
    )


def _prepare(report: Report, vocabulary: PartsVocabulary) -> _Prepared:
    read: dict[str, _Heading] = {}
    for section in report.sections:
        for text in _headings(section):
            if text not in read:
                folded = fold(text)
                named = tuple(heading_parts(folded, vocabulary.sections))
                read[text] = _Heading(text, folded, named)
    paths = {s.id: tuple(read[h] for h in _headings(s)) for s in report.sections}
    return _Prepared(report, paths, {})


def _find(prepared: _Prepared, rule: PartRule, vocabulary: PartsVocabulary) -> PartFinding:
    report = prepared.report
    patterns = _patterns(rule.heading_patterns, report.year)
    claimed = [  # what other parts' own patterns name is not a measures heading
        pattern
        for other in vocabulary.parts
        if other is not rule and other.section_part is not None
        for pattern in _patterns(other.heading_patterns, report.year)
    ]
    named = [
        (s, h)
        for s in report.sections
        if (h := _naming_heading(prepared.paths[s.id], rule, patterns, claimed))
    ]
    if named:  # under a mixed heading (存在问题及明年计划), the section of the part's type
        section, heading = next(((s, h) for s, h in named if s.type in rule.types), named[0])
        return PartFinding(rule.slug, rule.label, Evidence.HEADING, section.id, heading)
    headed_first = sorted(report.sections, key=lambda s: not s.heading)  # the preamble last
    for section in headed_first:
        path = prepared.paths[section.id]
        # A topical section under the 第一责任人 part's heading is that part, not a measure.
        other_part = rule.section_part is None and any(h.named for h in path)
        if section.type in rule.types and not other_part:
            quote = path[-1].text if path else _first_sentence(section.text)
            return PartFinding(rule.slug, rule.label, Evidence.SECTION, section.id, quote)
    patterns = _patterns(rule.body_patterns, report.year)
    for section in report.sections:
        sentence = _stating_sentence(section.text, prepared.folded_text(section), patterns)
        if sentence is not None:
            return PartFinding(rule.slug, rule.label, Evidence.BODY, section.id, sentence)
    return PartFinding(rule.slug, rule.label, None, None, "")


def _headings(section: Section) -> list[str]:
    return [h for h in section.heading.split(HEADING_SEPARATOR) if h.strip()]


def _naming_heading(
    path: Sequence[_Heading],
    rule: PartRule,
    patterns: Sequence[re.Pattern[str]],
    claimed: Sequence[re.Pattern[str]],
) -> str | None:
    """The heading on the section's path that names the part, as written. A heading naming no
    part rule of the section vocabulary needs one of the part's own patterns; for a part without
    such a rule (the measures) it must name no other part."""
    for heading in path:
        own = any(p.search(heading.folded) for p in patterns)
        if rule.section_part is not None and (rule.section_part in heading.named or own):
            return heading.text
        other = heading.named or any(p.search(heading.folded) for p in claimed)
        if rule.section_part is None and own and not other:
            return heading.text
    return None


def _patterns(templates: Sequence[str], year: int | None) -> tuple[re.Pattern[str], ...]:
    """`{next_year}` filled with the year after the report's; dropped when the year is unknown."""
    next_year = str(year + 1) if year else None
    return tuple(
        re.compile(template.replace("{next_year}", next_year) if next_year else template)
        for template in templates
        if next_year or "{next_year}" not in template
    )


def _stating_sentence(text: str, folded: str, patterns: Sequence[re.Pattern[str]]) -> str | None:
    """The sentence holding the first match (fold keeps offsets, so it is quoted as written)."""
    found = [m for p in patterns if (m := p.search(folded))]
    if not found:
        return None
    start = min(m.start() for m in found)
    return _sentence_at(text, start)


def _sentence_at(text: str, offset: int) -> str:
    begin = max(text.rfind(mark, 0, offset) for mark in _SENTENCE_END) + 1
    ends = [i for mark in _SENTENCE_END if (i := text.find(mark, offset)) >= 0]
    end = min(ends) + 1 if ends else len(text)
    return _shorten(text[begin:end].strip())


def _first_sentence(text: str) -> str:
    return _sentence_at(text, 0)


def _shorten(sentence: str) -> str:
    return sentence if len(sentence) <= QUOTE_CHARS else sentence[: QUOTE_CHARS - 1] + "…"


class PartJSON(TypedDict):
    label: str
    present: bool
    evidence: str | None  # an Evidence slug
    section_id: str | None
    quote: str


def check_json(check: PartsCheck) -> dict[str, PartJSON]:
    """`{slug: {label, present, evidence, section_id, quote}}` in the parts' order."""
    return {
        f.slug: {
            "label": f.label,
            "present": f.present,
            "evidence": str(f.evidence) if f.evidence else None,
            "section_id": f.section_id,
            "quote": f.quote,
        }
        for f in check.findings
    }
