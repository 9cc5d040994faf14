"""One report as its page shows it: `report_view(snapshot, report_id, query, script, vocabulary)`.

The library reads the stored report as a `Report`, parses the query once (as the search did, so the
words the hits marked are the words marked here), marks every section, builds the table of contents
from the heading paths, and attaches the report's figures and its required-parts check. The web
layer only formats the result.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum
from urllib.parse import urlsplit

from markupsafe import Markup

from indexer.models import HEADING_SEPARATOR, Report, Section, SectionType
from indexer.normalize import to_simplified
from indexer.parsing.indicators import IndicatorCatalogue
from indexer.parsing.near_miss import near_miss_label
from indexer.parsing.provenance import given_fields
from indexer.querying.figures import IndicatorRow, report_rows
from indexer.querying.highlight import mark_html, match_spans, needle_pattern
from indexer.querying.query_language import QueryError, highlighted_strings, parse_query
from indexer.querying.required_parts import PartsCheck, PartsVocabulary, check_parts
from indexer.querying.snapshot import Snapshot
from indexer.schema import SECTION_TYPE_LABELS

MAX_MARKS = 1000  # highlighted matches per section of a report page
TRADITIONAL_SHARE = 0.01  # a report where t2s changes this share of characters is traditional
# A section under no heading line of its own is named by the part it belongs to.
UNTITLED_PART_LABELS: dict[str, str] = {
    SectionType.SHORTCOMINGS: "存在的不足",
    SectionType.PLANS: "下一年度安排",
}


class Script(StrEnum):
    """The characters a report page shows: as published, or converted to simplified."""

    ORIGINAL = "original"
    SIMPLIFIED = "simplified"


@dataclass(frozen=True, slots=True)
class MarkedSection:
    id: str
    heading_parts: tuple[Markup, ...]  # the path of headings above the text, outermost first
    untitled: str  # the name of a section under no heading line of its own (导语, 存在的不足 …)
    type: SectionType
    type_label: str
    paragraphs: tuple[Markup, ...]
    matches: int

    @property
    def heading_html(self) -> Markup:
        """The heading path as shown above the section, or its name when it has no heading."""
        if not self.heading_parts:
            return Markup.escape(self.untitled)
        return Markup.escape(HEADING_SEPARATOR).join(self.heading_parts)


@dataclass(frozen=True, slots=True)
class TocEntry:
    label: Markup
    section_id: str  # a chapter links to its first section
    depth: int  # 1 for a chapter
    matches: int  # the query's matches in this entry's own section; 0 for a chapter above it


@dataclass(frozen=True, slots=True)
class Provenance:
    source_url: str | None  # only http(s): a link a page may show
    source_host: str | None
    near_miss: str | None  # the badge: 政策解读, 新闻报道 …
    given: tuple[str, ...]  # metadata fields a sidecar gave rather than the parser inferred


@dataclass(frozen=True, slots=True)
class ReportView:
    report: Report  # as stored: original characters
    query: str
    terms: tuple[str, ...]  # the strings marked (none for a query that cannot be parsed)
    title_html: Markup  # the title is searchable text too
    sections: tuple[MarkedSection, ...]  # in the script shown
    toc: tuple[TocEntry, ...]
    matches: int  # in the title and every section
    figures: tuple[IndicatorRow, ...]  # quotes in the script shown
    parts: PartsCheck  # the parts 第二十五条 requires, found or missing
    provenance: Provenance
    traditional: bool  # published in traditional characters: the page offers 简体
    script: Script


def stored_report(snapshot: Snapshot, report_id: str) -> Report | None:
    """The report as the index stores it (the `inspect` JSON), or None if it is not there."""
    data = snapshot.report_json(report_id)
    return Report.from_json(data) if data is not None else None


def report_view(
    snapshot: Snapshot,
    report_id: str,
    query: str,
    script: Script,
    catalogue: IndicatorCatalogue,
    parts: PartsVocabulary,
) -> ReportView | None:
    """The report page's content, or None for an unknown report."""
    data = snapshot.report_json(report_id)
    if data is None:
        return None
    report = Report.from_json(data)
    terms = query_terms(query)
    pattern = needle_pattern(terms)
    traditional = is_traditional(sections_text(report.sections))
    script = script if traditional else Script.ORIGINAL
    shown = simplified(report.sections) if script is Script.SIMPLIFIED else report.sections
    sections = marked_sections(shown, pattern)
    figures = report_rows(data, catalogue)
    if script is Script.SIMPLIFIED:
        figures = tuple(replace(row, quote=to_simplified(row.quote)) for row in figures)
    title_spans = match_spans(report.title, pattern)
    return ReportView(
        report=report,
        query=query,
        terms=terms,
        title_html=mark_html(report.title, title_spans),
        sections=sections,
        toc=toc_entries(sections),
        matches=sum(s.matches for s in sections) + len(title_spans),
        figures=figures,
        parts=check_parts(report, parts),
        provenance=provenance(report),
        traditional=traditional,
        script=script,
    )


def query_terms(query: str) -> tuple[str, ...]:
    """What to mark for a query; an unparsable query simply marks nothing."""
    try:
        return highlighted_strings(parse_query(query))
    except QueryError:
        return ()


def marked_sections(
    sections: tuple[Section, ...], pattern: re.Pattern[str] | None
) -> tuple[MarkedSection, ...]:
    return tuple(
        marked_section(section, pattern, first=index == 0) for index, section in enumerate(sections)
    )


def marked_section(section: Section, pattern: re.Pattern[str] | None, first: bool) -> MarkedSection:
    """Every match counted, the first MAX_MARKS marked (a huge one-paragraph report would otherwise
    take seconds and megabytes of <mark> per request)."""
    parts = heading_path(section.heading)
    part_spans = [match_spans(part, pattern) for part in parts]
    matches, paragraphs = sum(map(len, part_spans)), []
    for text in section.text.split("\n"):
        if text.strip():
            spans = match_spans(text, pattern)
            paragraphs.append(mark_html(text, spans[: max(0, MAX_MARKS - matches)]))
            matches += len(spans)
    return MarkedSection(
        id=section.id,
        heading_parts=tuple(mark_html(p, s) for p, s in zip(parts, part_spans, strict=True)),
        untitled=untitled_label(section.type, first),
        type=section.type,
        type_label=SECTION_TYPE_LABELS.get(section.type, str(section.type)),
        paragraphs=tuple(paragraphs),
        matches=matches,
    )


def heading_path(heading: str) -> tuple[str, ...]:
    return tuple(heading.split(HEADING_SEPARATOR)) if heading else ()


def untitled_label(section_type: str, first: bool) -> str:
    """导语 before the first heading; else the part it opens (存在的不足), or 续 (continued)."""
    if first:
        return "导语"
    return UNTITLED_PART_LABELS.get(section_type, "（续）")  # a StrEnum key is its slug


def shared_prefix(path: tuple[object, ...], listed: tuple[object, ...]) -> int:
    """How many outer headings of `path` were already listed (as the path just before)."""
    shared = 0
    while shared < min(len(path), len(listed)) and path[shared] == listed[shared]:
        shared += 1
    return shared


def toc_entries(sections: tuple[MarkedSection, ...]) -> tuple[TocEntry, ...]:
    """The 目录 as the report's structure: each heading once, in order, sub-sections under their
    chapter; a section that adds no heading to the one above is listed under its own label."""
    entries: list[TocEntry] = []
    listed: tuple[Markup, ...] = ()
    for section in sections:
        path = section.heading_parts
        shared = shared_prefix(path, listed)
        for depth in range(shared, len(path)):
            own = depth == len(path) - 1
            matches = section.matches if own else 0
            entries.append(TocEntry(path[depth], section.id, depth + 1, matches))
        if shared == len(path):
            label = Markup.escape(section.untitled)
            entries.append(TocEntry(label, section.id, len(path) + 1, section.matches))
        listed = path
    return tuple(entries)


def provenance(report: Report) -> Provenance:
    url = report.source_url
    parts = urlsplit(url) if url is not None else None
    linkable = parts is not None and parts.scheme in ("http", "https") and bool(parts.hostname)
    return Provenance(
        source_url=url if linkable else None,
        source_host=parts.hostname if parts is not None and linkable else None,
        near_miss=near_miss_label(report.warnings),
        given=given_fields(report.warnings),
    )


# --- The report in simplified characters ----------------------------------------------------------


def sections_text(sections: tuple[Section, ...]) -> str:
    return "".join(f"{s.heading}{s.text}" for s in sections)


def is_traditional(text: str) -> bool:
    """True when opencc's t2s changes a noticeable share of the characters (not one stray 乾)."""
    if not text:
        return False
    changed = sum(a != b for a, b in zip(text, to_simplified(text), strict=False))
    return changed / len(text) >= TRADITIONAL_SHARE


def simplified(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """The sections with heading and text in simplified characters (offsets unchanged)."""
    return tuple(
        replace(s, heading=to_simplified(s.heading), text=to_simplified(s.text)) for s in sections
    )
