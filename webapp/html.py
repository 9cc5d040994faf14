"""HTML pages: the faceted search page, its CSV export, and the report page."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from flask import Blueprint, Response, abort, render_template, request, url_for

from indexer.figures import report_rows
from indexer.highlight import match_spans
from indexer.models import ReportJSON
from indexer.normalize import to_simplified
from indexer.parse import MAX_REPORT_ID_LENGTH
from indexer.reader import Snapshot
from indexer.schema import LEVEL_LABELS, PROVINCE, SECTION_TYPE_LABELS, YEAR
from indexer.search import (
    MAX_PAGE_SIZE,
    Facet,
    Grouping,
    Hit,
    ReportGroup,
    SearchPage,
    SearchRequest,
    search,
)
from webapp import indicators_api, overview, present
from webapp.charts import bar_chart_svg
from webapp.csv_export import csv_response, max_rows
from webapp.place_names import with_place_names
from webapp.query_args import search_request

blueprint = Blueprint("html", __name__)


@blueprint.context_processor
def template_helpers() -> dict[str, object]:
    return {
        "place_path": present.place_path,
        "hit_url": present.hit_url,
        "type_labels": SECTION_TYPE_LABELS,
    }


CHART_BARS = 10


@blueprint.get("/")
def index() -> str:
    """The home page; with any parameter (`/?q=…`, as before), the search page."""
    return _search_page() if request.args else overview.home_page()


# The endpoint is `html.search`; the function's own name would clash with indexer's `search`.
@blueprint.get("/search", endpoint="search")
def search_page() -> str:
    return _search_page()


def _search_page() -> str:
    snapshot = present.snapshot()
    page = search(snapshot, with_place_names(search_request(request.args), snapshot))
    return render_template("search.html", **_search_context(page))


def _search_context(page: SearchPage) -> dict[str, object]:
    args = request.args
    endpoint = "html.search"
    facets = {facet.name: facet for facet in page.facets}
    return {
        "page": page,
        "query": page.request.query,
        "grouped": page.request.group is Grouping.REPORT,
        "facets": [(facet, *present.split_facet(facet)) for facet in page.facets],
        "active": present.active_filters(endpoint, args, page),
        "clear_url": present.clear_filters_url(endpoint, args),
        "pagination": present.pagination(endpoint, args, page.request.page, page.pages),
        "previous_url": _page_url(endpoint, page, page.request.page - 1),
        "next_url": _page_url(endpoint, page, page.request.page + 1),
        "csv_url": present.with_args("html.search_csv", args, page=None),
        "charts": _charts(facets),
        "size": args.get("size", ""),
        "answer": _answer(page),
        "drawer_open": args.get("filters") == "open",
        "count_note": _count_note(page),
        "sections_total": _sections_total(page),
    }


def _count_note(page: SearchPage) -> str:
    if page.request.group is Grouping.REPORT:
        return "分组按报告，但各项后的数字仍为命中的章节数。"
    return "各项后的数字为命中的章节数（一份报告有多个章节）。"


def _sections_total(page: SearchPage) -> int:
    """In the grouped view, the sections behind the reports (the facets count those)."""
    if page.request.group is not Grouping.REPORT:
        return page.total
    sections = replace(page.request, group=Grouping.SECTION, page=1, size=1)
    return search(present.snapshot(), sections).total


def _answer(page: SearchPage) -> dict[str, object] | None:
    """The answer card: figures of the indicator the query names, above the hits."""
    rows = indicators_api.answer_rows(page.request)
    if not rows:
        return None
    names = list(dict.fromkeys(row.name for row in rows))
    compare_url = url_for("compare.compare_page", name=names[0], **_place_filters(page))
    return {
        "rows": rows,
        "row_url": indicators_api.row_url,
        "number": indicators_api.display_number,
        "compare_url": compare_url,
    }


def _place_filters(page: SearchPage) -> dict[str, Any]:
    # url_for's values: any type it can put in a URL (a list repeats the parameter)
    return {name: list(page.request.selected(name)) for name in (PROVINCE, YEAR)}


def _page_url(endpoint: str, page: SearchPage, number: int) -> str | None:
    if not 1 <= number <= page.pages:
        return None
    return present.with_args(endpoint, request.args, page=number)


def _charts(facets: dict[str, Facet]) -> list[dict[str, object]]:
    charts: list[dict[str, object]] = []
    for chart_id, name, dimension in (
        ("chart-year", YEAR, "年份"),
        ("chart-province", PROVINCE, "省份"),
    ):
        bars = present.chart_bars(facets[name], CHART_BARS)
        title = f"各{dimension}命中章节数"
        if bars:
            svg = bar_chart_svg(chart_id, title, bars)
            charts.append({"title": title, "dimension": dimension, "svg": svg, "bars": bars})
    return charts


@blueprint.get("/search.csv")
def search_csv() -> Response:
    snapshot = present.snapshot()  # one generation for the whole export
    first = replace(search_request(request.args), page=1, size=MAX_PAGE_SIZE)
    first = with_place_names(first, snapshot)
    reports = _ReportCache(snapshot)
    if first.group is Grouping.REPORT:
        groups = _export_groups(snapshot, first)
        rows = (present.csv_report_row(g, reports[g.report_id], first.query) for g in groups)
        return csv_response("fazhi-reports", present.CSV_REPORT_COLUMNS, rows)
    hits = _export_hits(snapshot, first)
    rows = (present.csv_row(h, reports[h.report_id], first.query) for h in hits)
    return csv_response("fazhi-reports", present.CSV_COLUMNS, rows)


class _ReportCache(dict[str, ReportJSON]):
    """Each exported report's JSON, read once per export."""

    def __init__(self, snapshot: Snapshot) -> None:
        super().__init__()
        self.snapshot = snapshot

    def __missing__(self, report_id: str) -> ReportJSON:
        report = self.snapshot.report_json(report_id)
        if report is None:  # never: the hits come from this same snapshot
            raise KeyError(report_id)
        self[report_id] = report
        return report


def _export_pages(snapshot: Snapshot, first: SearchRequest) -> Iterator[SearchPage]:
    """The result pages of a search, from `first` on, up to max_rows() rows."""
    request_ = first
    while True:
        page = search(snapshot, request_)
        yield page
        if request_.page >= page.pages or request_.page * request_.size >= max_rows():
            return
        request_ = replace(request_, page=request_.page + 1)


def _export_hits(snapshot: Snapshot, first: SearchRequest) -> Iterator[Hit]:
    """Every section of the result set, up to max_rows()."""
    pages = _export_pages(snapshot, replace(first, group=Grouping.SECTION))
    return itertools.islice((hit for page in pages for hit in page.hits), max_rows())


def _export_groups(snapshot: Snapshot, first: SearchRequest) -> Iterator[ReportGroup]:
    """Every report of the grouped result set (one row each), up to max_rows()."""
    pages = _export_pages(snapshot, first)
    return itertools.islice((group for page in pages for group in page.groups), max_rows())


def _report_or_404(report_id: str) -> ReportJSON:
    too_long = len(report_id) > MAX_REPORT_ID_LENGTH
    data = None if too_long else present.snapshot().report_json(report_id)
    if data is None:
        abort(404, f"未找到报告 {report_id}")
    return data


@blueprint.get("/reports/<report_id>.txt")
def report_text(report_id: str) -> Response:
    """The report's text as a download (what the index holds: cleaned, original characters)."""
    text = present.report_text(_report_or_404(report_id))
    response = Response(text, mimetype="text/plain")
    response.headers.set("Content-Disposition", "attachment", filename=f"{report_id}.txt")
    return response


@blueprint.get("/reports/<report_id>")
def report(report_id: str) -> str:
    data = _report_or_404(report_id)
    query = request.args.get("q", "")
    pattern = present.query_pattern(query)
    traditional = present.is_traditional(present.sections_text(data))
    simplified = traditional and request.args.get("script") == present.SIMPLIFIED
    shown = data
    if simplified:
        shown = data | {"sections": present.simplified_sections(data["sections"])}
    sections = present.section_views(shown, pattern)
    rows = report_rows(data, indicators_api.catalogue())
    if simplified:
        rows = tuple(replace(row, quote=to_simplified(row.quote)) for row in rows)
    return render_template(
        "report.html",
        report=data,
        sections=sections,
        toc=present.toc_entries(sections),
        title_html=present.marked(data["title"], pattern),  # the title is searchable text too
        query=query,
        matches=sum(s.matches for s in sections) + len(match_spans(data["title"], pattern)),
        place=present.place_path(data["region"], data["city"], data["province"]),
        level=LEVEL_LABELS.get(data["level"], data["level"]),
        provenance=present.provenance_view(data),
        back_url=present.with_args("html.search", request.args) if query else None,
        figure_rows=rows,
        script_urls=_script_urls(report_id) if traditional else None,
        simplified=simplified,
        number=indicators_api.display_number,
    )


def _script_urls(report_id: str) -> dict[str, str]:
    """原文 / 简体 for a traditional-character report; the query carries over."""
    args: dict[str, Any] = request.args.to_dict(flat=False)  # url_for repeats a list's values
    args.pop("script", None)
    return {
        "original": url_for("html.report", report_id=report_id, **args),
        "simplified": url_for(
            "html.report", report_id=report_id, **args, script=present.SIMPLIFIED
        ),
    }
