"""The view models -> what the pages, the JSON API and the CSV show: URLs, JSON shapes, rows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol

from flask import url_for
from werkzeug.datastructures import MultiDict

from indexer.models import Report
from indexer.querying.figures import IndicatorRow
from indexer.querying.report_view import Provenance, heading_path, shared_prefix, untitled_label
from indexer.querying.search import (
    MAX_PAGE,
    Facet,
    FacetValue,
    Hit,
    ReportGroup,
    SearchPage,
    SearchRequest,
)
from indexer.schema import FACET_NAMES, SECTION_TYPE_LABELS, YEAR
from webapp.responses import display_number, row_url
from webapp.urls import public_url


def hit_json(hit: Hit, query: str = "") -> dict[str, object]:
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


def facet_json(facet: Facet) -> list[dict[str, object]]:
    return [
        {
            "value": int(v.value) if facet.name == YEAR else v.value,
            "count": v.count,
            "label": v.label,
            "selected": v.selected,
        }
        for v in facet.values
    ]


def page_json(page: SearchPage) -> dict[str, object]:
    data = {
        "query": page.request.query,
        "total": page.total,
        "page": page.request.page,
        "size": page.request.size,
        "hits": [hit_json(hit, page.request.query) for hit in page.hits],
        "facets": {facet.name: facet_json(facet) for facet in page.facets},
    }
    if page.answer:  # additive: only when the query names an indicator (行政复议 纠错率)
        data["indicators"] = [row_json(row) for row in page.answer]
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


def place_path(region: str | None, city: str | None, province: str | None) -> str:
    """`武江区 › 韶关市 › 广东省`, without gaps or repeats (天津市 is both city and province)."""
    return " › ".join(dict.fromkeys(p for p in (region, city, province) if p))


GIVEN_FIELD_LABELS = {"title": "标题", "region": "地区", "level": "级别", "province": "省份",
                      "city": "城市", "year": "年份", "published": "发布日期"}  # fmt: skip


def given_labels(provenance: Provenance) -> str | None:
    """地区、年份: the fields a sidecar gave rather than the parser inferred."""
    return "、".join(GIVEN_FIELD_LABELS.get(f, f) for f in provenance.given) or None


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


def source_url(report: Report) -> str | None:
    """The original page's address when known and a web address (never `javascript:` …)."""
    url = report.source_url
    return url if url is not None and re.match(r"https?://[^\s]+$", url, re.I) else None


def report_text(report: Report) -> str:
    """The report as plain text for download: title, provenance, then its headings and text in
    order, as the index holds them (original characters)."""
    place = place_path(report.region, report.city, report.province)
    lines = [
        report.title,
        f"地区：{place or '未知'}　年份：{report.year or '未知'}"
        f"　发布日期：{report.published or '未注明'}",
    ]
    if url := source_url(report):
        lines.append(f"原文网页：{url}")
    lines.append(f"报告编号：{report.report_id}")
    listed: tuple[str, ...] = ()
    for section in report.sections:  # each heading once, and no invented ones (导语)
        path = heading_path(section.heading)
        lines += ["", *path[shared_prefix(path, listed) :], section.text]
        listed = path
    return "\n".join(lines) + "\n"


# The export is read by people in a spreadsheet: Chinese headers, labels, whole section text.
CSV_COLUMNS = (
    "报告编号", "报告标题", "地区", "省份", "城市", "年份",
    "章节编号", "章节标题", "章节类型", "章节全文", "链接",
)  # fmt: skip
CSV_REPORT_COLUMNS = (
    "报告编号", "报告标题", "地区", "省份", "城市", "年份", "发布日期",
    "相关章节", "链接",
)  # fmt: skip


def csv_row(hit: Hit, report: Report, query: str) -> tuple[object, ...]:
    """One section of the result set, with its whole text (`report`: the hit's report)."""
    index, section = next((i, s) for i, s in enumerate(report.sections) if s.id == hit.section_id)
    heading = section.heading or untitled_label(section.type, index == 0)
    return (
        hit.report_id, hit.title, hit.region, hit.province, hit.city, hit.year,
        hit.section_id, heading, type_label(hit.type), section.text,
        hit_url(hit, query, external=True),
    )  # fmt: skip


def csv_report_row(group: ReportGroup, report: Report, query: str) -> tuple[object, ...]:
    """One report of a grouped result set, with the headings of its best matching sections."""
    headings = "；".join(hit.heading or hit.section_id for hit in group.hits)
    return (
        report.report_id, report.title, report.region, report.province,
        report.city, report.year, report.published, headings,
        public_url("html.report", report_id=report.report_id, q=query or None),
    )  # fmt: skip


def type_label(slug: str) -> str:
    return SECTION_TYPE_LABELS.get(slug, slug)


def row_json(row: IndicatorRow) -> dict[str, object]:
    """An indicator row as `/api/indicators` and the search's answer card give it."""
    data: dict[str, object] = {
        "report_id": row.report_id,
        "region": row.region,
        "province": row.province,
        "city": row.city,
        "year": row.year,
        "name": row.name,
        "value": display_number(row.value),
        "unit": row.unit,
        "approx": row.approx,
        "quote": row.quote,
        "section_id": row.section_id,
        "url": row_url(row),
        "flags": [str(flag) for flag in row.flags],
        "level": row.level,
        "title": row.title,
    }
    if row.change is not None:
        change = row.change
        data["change"] = {"direction": str(change.direction), "amount": change.amount,
                          "unit": change.unit, "text": change.text}  # fmt: skip
    if row.computed is not None:
        data |= {"numerator": row.numerator, "denominator": row.denominator,
                 "computed": row.computed}  # fmt: skip
    return data
