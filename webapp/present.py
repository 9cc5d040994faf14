"""SearchPage -> what the pages and the JSON API show: one place for URLs and the JSON shape."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, NotRequired, Protocol, TypedDict
from urllib.parse import urlsplit

from flask import current_app, url_for
from markupsafe import Markup
from werkzeug.datastructures import MultiDict

from indexer.highlight import mark_html, match_spans, needle_pattern
from indexer.models import HEADING_SEPARATOR, ReportJSON, SectionJSON, SectionType
from indexer.near_miss import near_miss_label
from indexer.normalize import to_simplified
from indexer.provenance import given_fields
from indexer.query import QueryError, highlighted_strings, parse_query
from indexer.reader import Snapshot
from indexer.schema import FACET_NAMES, SECTION_TYPE_LABELS, YEAR
from indexer.search import (
    MAX_PAGE,
    Facet,
    FacetValue,
    Hit,
    ReportGroup,
    SearchPage,
    SearchRequest,
)
from webapp import indicators_api
from webapp.urls import public_url


def snapshot() -> Snapshot:
    """The live index for this request (reopened after a reindex)."""
    live: Snapshot = current_app.extensions["index_reader"].snapshot()
    return live


def report_url(report_id: str, section_id: str | None = None, external: bool = False) -> str:
    url = (public_url if external else url_for)("html.report", report_id=report_id)
    return f"{url}#{section_id}" if section_id else url


class HitJSON(TypedDict):
    report_id: str
    title: str
    region: str | None
    province: str | None
    city: str | None
    year: int | None
    section_id: str
    heading: str
    type: str
    snippet_html: str
    score: float
    url: str


class FacetValueJSON(TypedDict):
    value: str | int  # a year is a number
    count: int
    label: str
    selected: bool


class GroupJSON(TypedDict):
    report_id: str
    hits: list[HitJSON]


class PageJSON(TypedDict):
    """The contract's `/api/search` answer (DESIGN.md), with its additive keys."""

    query: str
    total: int
    page: int
    size: int
    hits: list[HitJSON]
    facets: dict[str, list[FacetValueJSON]]
    indicators: NotRequired[list[indicators_api.RowJSON]]
    groups: NotRequired[list[GroupJSON]]


def hit_json(hit: Hit, query: str = "") -> HitJSON:
    """`url` carries the query, so the report page it opens (from the widget too) highlights it."""
    return {
        "report_id": hit.report_id,
        "title": hit.title,
        "region": hit.region,
        "province": hit.province,
        "city": hit.city,
        "year": hit.year,
        "section_id": hit.section_id,
        "heading": hit.heading,
        "type": hit.type,
        "snippet_html": str(hit.snippet_html),
        "score": hit.score,
        "url": hit_url(hit, query, external=True),
    }


def facet_json(facet: Facet) -> list[FacetValueJSON]:
    return [
        {
            "value": int(v.value) if facet.name == YEAR else v.value,
            "count": v.count,
            "label": v.label,
            "selected": v.selected,
        }
        for v in facet.values
    ]


def page_json(page: SearchPage) -> PageJSON:
    data: PageJSON = {
        "query": page.request.query,
        "total": page.total,
        "page": page.request.page,
        "size": page.request.size,
        "hits": [hit_json(hit, page.request.query) for hit in page.hits],
        "facets": {facet.name: facet_json(facet) for facet in page.facets},
    }
    answer = indicators_api.answer_rows(page.request)
    if answer:  # additive: only when the query names an indicator (行政复议 纠错率)
        data["indicators"] = [indicators_api.row_json(row) for row in answer]
    if page.groups:
        data["groups"] = [
            {"report_id": g.report_id, "hits": [hit_json(h, page.request.query) for h in g.hits]}
            for g in page.groups
        ]
    return data


def with_args(endpoint: str, args: MultiDict[str, str], **replace: object) -> str:
    """The URL of the same search with some parameters replaced (page, sort, a list, None)."""
    changed = MultiDict(args)
    for name, value in replace.items():
        changed.setlist(name, _arg_values(value))
    values: dict[str, Any] = changed.to_dict(flat=False)  # url_for repeats a list's values
    return url_for(endpoint, **values)


def _arg_values(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return [str(value)]


# --- What the HTML pages need beyond the JSON shape ---------------------------------------------

FACETS_SHOWN = 8  # facet values listed before the rest fold under "更多"
PAGE_WINDOW = 2  # page numbers shown either side of the current page


@dataclass(frozen=True, slots=True)
class PageLink:
    label: str
    url: str | None  # None for the current page and for a gap
    current: bool = False


@dataclass(frozen=True, slots=True)
class ActiveFilter:
    facet_label: str
    value_label: str
    remove_url: str


@dataclass(frozen=True, slots=True)
class SectionView:
    id: str
    heading_parts: tuple[Markup, ...]  # the path of headings above the text, outermost first
    untitled: str  # the name of a section under no heading line of its own (导语, 存在的不足 …)
    type: str
    type_label: str
    paragraphs: tuple[Markup, ...]
    matches: int
    permalink: str

    @property
    def heading_html(self) -> Markup:
        """The heading path as shown above the section, or its name when it has no heading."""
        if not self.heading_parts:
            return Markup.escape(self.untitled)
        return Markup.escape(HEADING_SEPARATOR).join(self.heading_parts)


def place_path(region: str | None, city: str | None, province: str | None) -> str:
    """`武江区 › 韶关市 › 广东省`, without gaps or repeats (天津市 is both city and province)."""
    return " › ".join(dict.fromkeys(p for p in (region, city, province) if p))


GIVEN_FIELD_LABELS = {"title": "标题", "region": "地区", "level": "级别", "province": "省份",
                      "city": "城市", "year": "年份", "published": "发布日期"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class ProvenanceView:
    source_url: str | None  # only http(s): a link the page may show
    source_host: str | None
    near_miss: str | None  # the badge: 政策解读, 新闻报道 …
    given: str | None  # 地区、年份: fields a sidecar gave rather than the parser inferred


def provenance_view(report: ReportJSON) -> ProvenanceView:
    url = report.get("source_url")
    parts = urlsplit(url) if isinstance(url, str) else None
    linkable = parts is not None and parts.scheme in ("http", "https") and bool(parts.hostname)
    given = given_fields(report["warnings"])
    return ProvenanceView(
        source_url=url if linkable else None,
        source_host=parts.hostname if linkable and parts is not None else None,
        near_miss=near_miss_label(report["warnings"]),
        given="、".join(GIVEN_FIELD_LABELS.get(f, f) for f in given) or None,
    )


def hit_url(hit: Hit, query: str, external: bool = False) -> str:
    """The report page at the hit's section, carrying the query so its words are highlighted."""
    link = public_url if external else url_for
    return f"{link('html.report', report_id=hit.report_id, q=query or None)}#{hit.section_id}"


def split_facet(facet: Facet) -> tuple[tuple[FacetValue, ...], tuple[FacetValue, ...]]:
    """(shown, folded): selected values always stay visible."""
    shown = [v for i, v in enumerate(facet.values) if i < FACETS_SHOWN or v.selected]
    folded = [v for v in facet.values if v not in shown]
    return tuple(shown), tuple(folded)


class FilteredPage(Protocol):
    """What active_filters reads of a page: a SearchPage, or the reports list's own page."""

    @property
    def request(self) -> SearchRequest: ...
    @property
    def facets(self) -> tuple[Facet, ...]: ...


def active_filters(
    endpoint: str, args: MultiDict[str, str], page: FilteredPage
) -> tuple[ActiveFilter, ...]:
    """The ticked values, each with the URL that unticks it (values as the index spells them)."""
    labels = {facet.name: facet for facet in page.facets}
    chips = []
    for name, values in page.request.filters:
        facet = labels[name]
        by_value = {v.value: v.label for v in facet.values}
        for value in values:
            rest = [v for v in values if v != value]
            url = with_args(endpoint, args, **{name: rest or None, "page": None})
            chips.append(ActiveFilter(facet.label, by_value.get(value, value), url))
    return tuple(chips)


def clear_filters_url(endpoint: str, args: MultiDict[str, str]) -> str:
    return with_args(endpoint, args, page=None, **dict.fromkeys(FACET_NAMES))


def pagination(
    endpoint: str, args: MultiDict[str, str], current: int, pages: int
) -> tuple[PageLink, ...]:
    """1 … 4 5 [6] 7 8 … 20: the first, the last and a window around the current page."""
    last = min(pages, MAX_PAGE)
    wanted = {1, last, *range(current - PAGE_WINDOW, current + PAGE_WINDOW + 1)}
    links: list[PageLink] = []
    previous = 0
    for number in sorted(n for n in wanted if 1 <= n <= last):
        if number > previous + 1:
            links.append(PageLink("…", None))
        url = None if number == current else with_args(endpoint, args, page=number)
        links.append(PageLink(str(number), url, number == current))
        previous = number
    return tuple(links)


def chart_bars(facet: Facet, limit: int) -> tuple[tuple[str, int], ...]:
    """Counts within the result set: only the ticked values when the facet is filtered."""
    values = [v for v in facet.values if v.selected] or list(facet.values)
    if facet.name == YEAR:
        values.sort(key=lambda v: v.value)
    return tuple((v.label, v.count) for v in values[:limit] if v.count)


def query_pattern(query: str) -> re.Pattern[str] | None:
    """The highlighter's pattern for a query; an unparsable query simply highlights nothing."""
    try:
        return needle_pattern(highlighted_strings(parse_query(query)))
    except QueryError:
        return None


MAX_MARKS = 1000  # highlighted matches per section of a report page


def marked(text: str, pattern: re.Pattern[str] | None) -> Markup:
    return mark_html(text, match_spans(text, pattern))


def section_views(report: ReportJSON, pattern: re.Pattern[str] | None) -> list[SectionView]:
    return [
        section_view(section, report["report_id"], pattern, first=index == 0)
        for index, section in enumerate(report["sections"])
    ]


def section_view(
    section: SectionJSON, report_id: str, pattern: re.Pattern[str] | None, first: bool = False
) -> SectionView:
    """A section of the report page: every match counted, the first MAX_MARKS marked (a huge
    one-paragraph report would otherwise take seconds and megabytes of <mark> per request)."""
    parts = heading_path(section["heading"])
    part_spans = [match_spans(part, pattern) for part in parts]
    matches, paragraphs = sum(map(len, part_spans)), []
    for text in section["text"].split("\n"):
        if text.strip():
            spans = match_spans(text, pattern)
            paragraphs.append(mark_html(text, spans[: max(0, MAX_MARKS - matches)]))
            matches += len(spans)
    return SectionView(
        id=section["id"],
        heading_parts=tuple(mark_html(p, s) for p, s in zip(parts, part_spans, strict=True)),
        untitled=untitled_label(section["type"], first),
        type=section["type"],
        type_label=SECTION_TYPE_LABELS.get(section["type"], section["type"]),
        paragraphs=tuple(paragraphs),
        matches=matches,
        permalink=report_url(report_id, section["id"], external=True),
    )


def heading_path(heading: str) -> tuple[str, ...]:
    return tuple(heading.split(HEADING_SEPARATOR)) if heading else ()


@dataclass(frozen=True, slots=True)
class TocEntry:
    label: Markup
    section_id: str  # a chapter links to its first section
    depth: int  # 1 for a chapter
    matches: int  # the query's matches in this entry's own section; 0 for a chapter above it


# A section under no heading line of its own is named by the part it belongs to.
UNTITLED_PARTS = frozenset({SectionType.SHORTCOMINGS, SectionType.PLANS})


def _shared_prefix(path: tuple[str, ...], listed: tuple[str, ...]) -> int:
    """How many outer headings of `path` were already listed (as the path just before)."""
    shared = 0
    while shared < min(len(path), len(listed)) and path[shared] == listed[shared]:
        shared += 1
    return shared


def untitled_label(section_type: str, first: bool) -> str:
    """导语 before the first heading; else the part it opens (存在的不足), or 续 (continued)."""
    if first:
        return "导语"
    return SECTION_TYPE_LABELS[section_type] if section_type in UNTITLED_PARTS else "（续）"


def toc_entries(sections: list[SectionView]) -> tuple[TocEntry, ...]:
    """The 目录 as the report's structure: each heading once, in order, sub-sections under their
    chapter; a section that adds no heading to the one above is listed under its own label."""
    entries: list[TocEntry] = []
    listed: tuple[Markup, ...] = ()
    for section in sections:
        path = section.heading_parts
        shared = _shared_prefix(path, listed)
        for depth in range(shared, len(path)):
            own = depth == len(path) - 1
            matches = section.matches if own else 0
            entries.append(TocEntry(path[depth], section.id, depth + 1, matches))
        if shared == len(path):
            label = Markup.escape(section.untitled)
            entries.append(TocEntry(label, section.id, len(path) + 1, section.matches))
        listed = path
    return tuple(entries)


def source_url(report: ReportJSON) -> str | None:
    """The original page's address when known and a web address (never `javascript:` …)."""
    url = report.get("source_url")
    return url if isinstance(url, str) and re.match(r"https?://[^\s]+$", url, re.I) else None


def report_text(report: ReportJSON) -> str:
    """The report as plain text for download: title, provenance, then its headings and text in
    order, as the index holds them (original characters)."""
    place = place_path(report["region"], report["city"], report["province"])
    lines = [
        report["title"],
        f"地区：{place or '未知'}　年份：{report['year'] or '未知'}"
        f"　发布日期：{report['published'] or '未注明'}",
    ]
    if url := source_url(report):
        lines.append(f"原文网页：{url}")
    lines.append(f"报告编号：{report['report_id']}")
    listed: tuple[str, ...] = ()
    for section in report["sections"]:  # each heading once, and no invented ones (导语)
        path = heading_path(section["heading"])
        lines += ["", *path[_shared_prefix(path, listed) :], section["text"]]
        listed = path
    return "\n".join(lines) + "\n"


def plain_text(html: Markup) -> str:
    """Highlighter output as text: tags dropped, entities unescaped."""
    return Markup(re.sub(r"</?mark>", "", str(html))).unescape()


# The export is read by people in a spreadsheet: Chinese headers, labels, whole section text.
CSV_COLUMNS = (
    "报告编号", "报告标题", "地区", "省份", "城市", "年份",
    "章节编号", "章节标题", "章节类型", "章节全文", "链接",
)  # fmt: skip
CSV_REPORT_COLUMNS = (
    "报告编号", "报告标题", "地区", "省份", "城市", "年份", "发布日期",
    "相关章节", "链接",
)  # fmt: skip


def csv_row(hit: Hit, report: ReportJSON, query: str) -> tuple[object, ...]:
    """One section of the result set, with its whole text (`report`: the hit's report JSON)."""
    index, section = next(
        (i, s) for i, s in enumerate(report["sections"]) if s["id"] == hit.section_id
    )
    heading = section["heading"] or untitled_label(section["type"], index == 0)
    return (
        hit.report_id, hit.title, hit.region, hit.province, hit.city, hit.year,
        hit.section_id, heading, SECTION_TYPE_LABELS.get(hit.type, hit.type), section["text"],
        hit_url(hit, query, external=True),
    )  # fmt: skip


def csv_report_row(group: ReportGroup, report: ReportJSON, query: str) -> tuple[object, ...]:
    """One report of a grouped result set, with the headings of its best matching sections."""
    headings = "；".join(hit.heading or hit.section_id for hit in group.hits)
    return (
        report["report_id"], report["title"], report["region"], report["province"],
        report["city"], report["year"], report["published"], headings,
        public_url("html.report", report_id=report["report_id"], q=query or None),
    )  # fmt: skip


# --- The report in simplified characters ----------------------------------------------------------

TRADITIONAL_SHARE = 0.01  # a report where t2s changes this share of characters is traditional
SIMPLIFIED = "simplified"  # ?script=simplified on the report page


def sections_text(data: ReportJSON) -> str:
    return "".join(f"{s['heading']}{s['text']}" for s in data["sections"])


def is_traditional(text: str) -> bool:
    """True when opencc's t2s changes a noticeable share of the characters (not one stray 乾)."""
    if not text:
        return False
    changed = sum(a != b for a, b in zip(text, to_simplified(text), strict=False))
    return changed / len(text) >= TRADITIONAL_SHARE


def simplified_sections(sections: list[SectionJSON]) -> list[SectionJSON]:
    """The sections with heading and text in simplified characters (offsets unchanged)."""
    return [
        s | {"heading": to_simplified(s["heading"]), "text": to_simplified(s["text"])}
        for s in sections
    ]
