"""One reporting government year by year: its reports, its figures over the years, and each
year's plans (下一年度安排) beside the next report's sections on the same topic (承诺 against 落实).

A government is its province, city and region name; a region reported under a former name that the
division list gives the same code as a current one (桥西区 -> 信都区 in 邢台市) is the same
government. Pure functions over stored reports (the `inspect` JSON shape) and their summaries.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from indexer.models import HEADING_SEPARATOR, ReportJSON, SectionJSON, SectionType
from indexer.normalize import fold, to_simplified
from indexer.parsing.classify import SectionVocabulary, classify_section, heading_parts
from indexer.parsing.indicators import IndicatorCatalogue
from indexer.querying.figures import IndicatorRow, YearChange, report_rows, year_change
from indexer.querying.search import MAX_PAGE_SIZE, Grouping, SearchRequest, Sort, search
from indexer.querying.snapshot import Snapshot
from indexer.querying.structure import ReportSummary
from indexer.regions import RegionResolver
from indexer.schema import REGION

EXCERPT_CHARS = 120
MAX_REGION_PAGES = 10  # a government's reports are read up to 10 pages of 100
_ITEM_START = re.compile(r"(?<=[。；;\n])\s*(?=[一二三四五六七八九十]{1,2}是)")
_NUMBERED = re.compile(r"[一二三四五六七八九十]{1,2}是")
_TOPICS = frozenset(SectionType) - {SectionType.PLANS, SectionType.SHORTCOMINGS, SectionType.OTHER}


@dataclass(frozen=True, slots=True)
class Government:
    province: str | None
    city: str | None
    region: str  # the current name


@dataclass(frozen=True, slots=True)
class FigureLine:
    name: str
    unit: str
    cells: tuple[IndicatorRow | None, ...]  # one per year of the view
    steps: tuple[YearChange, ...]  # between consecutive stated years


@dataclass(frozen=True, slots=True)
class SectionRef:
    report_id: str
    section_id: str
    heading: str
    excerpt: str


@dataclass(frozen=True, slots=True)
class PlanMatch:
    plan: SectionRef
    topic: SectionType
    later: tuple[SectionRef, ...]  # the next report's sections of the plan's topic


@dataclass(frozen=True, slots=True)
class YearPair:
    earlier: ReportSummary
    later: ReportSummary
    matches: tuple[PlanMatch, ...]


@dataclass(frozen=True, slots=True)
class RegionView:
    government: Government
    names: tuple[str, ...]  # every name its reports use
    reports: tuple[ReportSummary, ...]  # oldest year first
    years: tuple[int, ...]
    figures: tuple[FigureLine, ...]
    pairs: tuple[YearPair, ...]


def government_of(summary: ReportSummary, resolver: RegionResolver) -> Government | None:
    if not summary.region:
        return None
    return Government(summary.province, summary.city, current_name(summary, resolver))


def current_name(summary: ReportSummary, resolver: RegionResolver) -> str:
    """The division's current name when the list gives the region's code one; else as reported."""
    region = summary.region or ""
    inside = [
        d
        for d in resolver.full_names.get(to_simplified(region), ())
        if _name_of(resolver, d.prefecture_code) == summary.city
        or (summary.city is None and _name_of(resolver, d.province_code) == summary.province)
    ]
    names = {resolver.by_code[d.code].name for d in inside if d.code in resolver.by_code}
    return names.pop() if len(names) == 1 else region


def _name_of(resolver: RegionResolver, code: str) -> str | None:
    division = resolver.by_code.get(code)
    return division.name if division else None


def division_names(name: str, resolver: RegionResolver) -> tuple[str, ...]:
    """`name` and every other name the division list gives its codes (信都区 <-> 桥西区)."""
    wanted = to_simplified(name)
    codes = {d.code for d in resolver.full_names.get(wanted, ())}
    others = (
        division.name
        for divisions in resolver.full_names.values()
        for division in divisions
        if division.code in codes
    )
    return tuple(dict.fromkeys((wanted, *sorted(others))))


def region_report_ids(snapshot: Snapshot, names: Sequence[str]) -> tuple[str, ...]:
    """The reports whose region is one of `names`, found through the index's region facet."""
    request = SearchRequest(
        filters=((REGION, tuple(names)),), group=Grouping.REPORT, sort=Sort.YEAR,
        size=MAX_PAGE_SIZE,
    )  # fmt: skip
    found: list[str] = []
    for number in range(1, MAX_REGION_PAGES + 1):
        page = search(snapshot, replace(request, page=number))
        found += [group.report_id for group in page.groups]
        if number >= page.pages:
            break
    return tuple(dict.fromkeys(found))


def governments_named(
    summaries: Sequence[ReportSummary], name: str, resolver: RegionResolver
) -> dict[Government, list[ReportSummary]]:
    """The governments whose reports use `name` (or whose current name it is), with all their
    reports."""
    wanted = to_simplified(name)
    found: dict[Government, list[ReportSummary]] = {}
    for summary in summaries:
        government = government_of(summary, resolver)
        if government is not None:
            found.setdefault(government, []).append(summary)
    return {
        gov: reports
        for gov, reports in found.items()
        if gov.region == wanted or any(r.region == wanted for r in reports)
    }


def region_view(
    government: Government,
    summaries: Sequence[ReportSummary],
    reports: dict[str, ReportJSON],
    catalogue: IndicatorCatalogue,
    sections: SectionVocabulary,
) -> RegionView:
    """`reports` maps report ids of `summaries` to their stored JSON."""
    ordered = tuple(sorted(summaries, key=lambda s: (s.year or 0, s.published or "", s.report_id)))
    dated: dict[int, ReportSummary] = {}
    for summary in ordered:
        if summary.year is not None:
            dated.setdefault(summary.year, summary)  # one report per year: the first
    years = tuple(sorted(dated))
    rows = [row for s in dated.values() for row in report_rows(reports[s.report_id], catalogue)]
    topical = replace(sections, parts=())
    pairs = tuple(
        YearPair(dated[a], dated[b], _plan_matches(reports[dated[a].report_id],
                                                   reports[dated[b].report_id], sections, topical))
        for a, b in pairwise(years)
    )  # fmt: skip
    return RegionView(
        government=government,
        names=tuple(dict.fromkeys(s.region for s in ordered if s.region)),
        reports=ordered,
        years=years,
        figures=figure_lines(rows, years),
        pairs=pairs,
    )


def figure_lines(rows: Sequence[IndicatorRow], years: Sequence[int]) -> tuple[FigureLine, ...]:
    """One line per indicator: its first stated value each year and the change between years."""
    by_name: dict[str, dict[int, IndicatorRow]] = {}
    for row in rows:
        if row.year is not None:
            by_name.setdefault(row.name, {}).setdefault(row.year, row)
    lines = []
    for name, cells in sorted(by_name.items(), key=lambda item: (-len(item[1]), item[0])):
        stated = sorted(cells)
        steps = tuple(year_change(cells[a], cells[b]) for a, b in pairwise(stated))
        unit = next(iter(cells.values())).unit
        lines.append(FigureLine(name, unit, tuple(cells.get(y) for y in years), steps))
    return tuple(lines)


def _plan_matches(
    earlier: ReportJSON, later: ReportJSON, sections: SectionVocabulary, topical: SectionVocabulary
) -> tuple[PlanMatch, ...]:
    matches = []
    for plan, topic in plan_items(earlier, sections, topical):
        found = tuple(
            _ref(later["report_id"], s) for s in later["sections"] if s["type"] == str(topic)
        )
        matches.append(PlanMatch(plan, topic, found if topic in _TOPICS else ()))
    return tuple(matches)


def plan_items(
    report: ReportJSON, sections: SectionVocabulary, topical: SectionVocabulary
) -> list[tuple[SectionRef, SectionType]]:
    """The report's plans, each with its topic: a plans section under its own topical heading is
    one item; a plans section with only the part's heading splits at 一是/二是 and paragraphs."""
    items = []
    for section in report["sections"]:
        if section["type"] != SectionType.PLANS:
            continue
        own = [h for h in _headings(section) if not heading_parts(fold(h), sections)]
        if own:
            topic = classify_section(own, section["text"], topical)
            items.append((_ref(report["report_id"], section), topic))
            continue
        for text in _split_items(section["text"]):
            topic = classify_section((), text, topical)
            ref = SectionRef(report["report_id"], section["id"], section["heading"], _excerpt(text))
            items.append((ref, topic))
    return items


def _headings(section: SectionJSON) -> list[str]:
    return [h for h in section["heading"].split(HEADING_SEPARATOR) if h.strip()]


def _split_items(text: str) -> list[str]:
    pieces = [p.strip() for p in _ITEM_START.split(text.replace("\r", "")) if p.strip()]
    items = [line.strip() for piece in pieces for line in piece.split("\n") if line.strip()]
    # An opening without an item number only introduces the numbered items that follow.
    numbered = [item for item in items if _NUMBERED.match(item)]
    return numbered if numbered and not _NUMBERED.match(items[0]) else items


def _ref(report_id: str, section: SectionJSON) -> SectionRef:
    return SectionRef(report_id, section["id"], section["heading"], _excerpt(section["text"]))


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXCERPT_CHARS else text[: EXCERPT_CHARS - 1] + "…"
