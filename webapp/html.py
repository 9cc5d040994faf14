"""The pages blueprint (`html`): every page people read, its CSV and its Atom twin.

The route table is below; the search and report pages' views are in this module, the other pages'
in the module of their area (compare, structure, regions, overview, feeds). Each view parses the
request, calls one library function for its view model and formats it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from flask import Blueprint, Response, abort, render_template, request, url_for

from indexer.models import Report
from indexer.parsing.pipeline import MAX_REPORT_ID_LENGTH
from indexer.querying.report_view import ReportView, Script, report_view, stored_report
from indexer.querying.search import (
    MAX_PAGE_SIZE,
    Facet,
    Grouping,
    Hit,
    ReportGroup,
    SearchPage,
    SearchRequest,
    search,
)
from indexer.querying.snapshot import Snapshot
from indexer.schema import LEVEL_LABELS, PROVINCE, SECTION_TYPE_LABELS, YEAR
from webapp import compare, feeds, overview, present, regions, structure
from webapp.charts import bar_chart_svg
from webapp.csv_export import csv_response, max_rows
from webapp.place_names import with_place_names
from webapp.query_args import search_request
from webapp.responses import (
    catalogue,
    display_number,
    parts_vocabulary,
    report_url,
    requested_page,
    row_url,
    snapshot,
)

blueprint = Blueprint("html", __name__)

CHART_BARS = 10


@blueprint.app_context_processor
def template_helpers() -> dict[str, Any]:
    return {
        "place_path": present.place_path,
        "hit_url": present.hit_url,
        "type_labels": SECTION_TYPE_LABELS,
        "parts_card": structure.parts_card,
        "region_url": structure.region_url,
        "permalink": lambda report_id, section_id: report_url(report_id, section_id, True),
        "search_feed_url": lambda: present.with_args(
            "html.search_feed", request.args, page=None, size=None, sort=None, group=None
        ),
    }


def index() -> str:
    """The home page; with any parameter (`/?q=…`, as before), the search page."""
    return _search_page() if request.args else overview.home_page()


def search_page() -> str:
    return _search_page()


def _search_page() -> str:
    return render_template("search.html", **_search_context(requested_page(request.args)))


def _search_context(page: SearchPage) -> dict[str, Any]:
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
    return search(snapshot(), sections).total


def _answer(page: SearchPage) -> dict[str, Any] | None:
    """The answer card: the page's figures, with their links and the compare page's URL."""
    if not page.answer:
        return None
    first = page.answer[0].name
    places: dict[str, Any] = {name: list(page.request.selected(name)) for name in (PROVINCE, YEAR)}
    return {
        "rows": page.answer,
        "row_url": row_url,
        "number": display_number,
        "compare_url": url_for("html.compare_page", name=first, **places),
    }


def _page_url(endpoint: str, page: SearchPage, number: int) -> str | None:
    if not 1 <= number <= page.pages:
        return None
    return present.with_args(endpoint, request.args, page=number)


def _charts(facets: dict[str, Facet]) -> list[dict[str, Any]]:
    charts = []
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


def search_csv() -> Response:
    live = snapshot()  # one generation for the whole export
    first = replace(search_request(request.args), page=1, size=MAX_PAGE_SIZE)
    first = with_place_names(first, live)
    reports = _ReportCache(live)
    if first.group is Grouping.REPORT:
        groups = _export_groups(live, first)
        rows = (present.csv_report_row(g, reports[g.report_id], first.query) for g in groups)
        return csv_response("fazhi-reports", present.CSV_REPORT_COLUMNS, rows)
    hits = _export_hits(live, first)
    rows = (present.csv_row(h, reports[h.report_id], first.query) for h in hits)
    return csv_response("fazhi-reports", present.CSV_COLUMNS, rows)


class _ReportCache(dict[str, Report]):
    """Each exported report, read once per export."""

    def __init__(self, live: Snapshot) -> None:
        super().__init__()
        self.live = live

    def __missing__(self, report_id: str) -> Report:
        report = stored_report(self.live, report_id)
        if report is None:  # a hit's report is in the same generation: never happens
            raise KeyError(report_id)
        self[report_id] = report
        return report


def _export_pages(live: Snapshot, first: SearchRequest) -> Iterator[SearchPage]:
    """The result pages of a search, from `first` on, up to max_rows() rows."""
    request_ = first
    while True:
        page = search(live, request_)
        yield page
        if request_.page >= page.pages or request_.page * request_.size >= max_rows():
            return
        request_ = replace(request_, page=request_.page + 1)


def _export_hits(live: Snapshot, first: SearchRequest) -> Iterator[Hit]:
    """Every section of the result set, up to max_rows()."""
    pages = _export_pages(live, replace(first, group=Grouping.SECTION))
    return itertools.islice((hit for page in pages for hit in page.hits), max_rows())


def _export_groups(live: Snapshot, first: SearchRequest) -> Iterator[ReportGroup]:
    """Every report of the grouped result set (one row each), up to max_rows()."""
    pages = _export_pages(live, first)
    return itertools.islice((group for page in pages for group in page.groups), max_rows())


def _report_or_404(report_id: str) -> Report:
    too_long = len(report_id) > MAX_REPORT_ID_LENGTH
    report = None if too_long else stored_report(snapshot(), report_id)
    if report is None:
        abort(404, f"未找到报告 {report_id}")
    return report


def report_text(report_id: str) -> Response:
    """The report's text as a download (what the index holds: cleaned, original characters)."""
    text = present.report_text(_report_or_404(report_id))
    response = Response(text, mimetype="text/plain")
    response.headers.set("Content-Disposition", "attachment", filename=f"{report_id}.txt")
    return response


def report(report_id: str) -> str:
    query = request.args.get("q", "")
    script = (
        Script.SIMPLIFIED if request.args.get("script") == Script.SIMPLIFIED else Script.ORIGINAL
    )
    view = None
    if len(report_id) <= MAX_REPORT_ID_LENGTH:
        view = report_view(snapshot(), report_id, query, script, catalogue(), parts_vocabulary())
    if view is None:
        abort(404, f"未找到报告 {report_id}")
    return render_template("report.html", **_report_context(view))


def _report_context(view: ReportView) -> dict[str, Any]:
    report = view.report
    return {
        "view": view,
        "report": report,
        "sections": view.sections,
        "toc": view.toc,
        "title_html": view.title_html,
        "query": view.query,
        "matches": view.matches,
        "place": present.place_path(report.region, report.city, report.province),
        "level": LEVEL_LABELS.get(report.level, report.level),
        "provenance": view.provenance,
        "given": present.given_labels(view.provenance),
        "back_url": present.with_args("html.search", request.args) if view.query else None,
        "figure_rows": view.figures,
        "script_urls": _script_urls(report.report_id) if view.traditional else None,
        "simplified": view.script is Script.SIMPLIFIED,
        "number": display_number,
    }


def _script_urls(report_id: str) -> dict[str, str]:
    """原文 / 简体 for a traditional-character report; the query carries over."""
    args: dict[str, Any] = request.args.to_dict(flat=False)
    args.pop("script", None)
    return {
        "original": url_for("html.report", report_id=report_id, **args),
        "simplified": url_for(
            "html.report", report_id=report_id, **args, script=Script.SIMPLIFIED.value
        ),
    }


# --- The route table: every page, by URL ----------------------------------------------------------

blueprint.add_url_rule("/", "index", index)
# `html.search`: the function's own name would clash with indexer's `search`.
blueprint.add_url_rule("/search", "search", search_page)
blueprint.add_url_rule("/search.csv", "search_csv", search_csv)
blueprint.add_url_rule("/search.atom", "search_feed", feeds.search_feed)
blueprint.add_url_rule("/reports", "reports", overview.reports)
blueprint.add_url_rule("/reports/<report_id>.txt", "report_text", report_text)
blueprint.add_url_rule("/reports/<report_id>", "report", report)
blueprint.add_url_rule("/compare", "compare_page", compare.compare_page)
blueprint.add_url_rule("/compare.csv", "compare_csv", compare.compare_csv)
blueprint.add_url_rule("/structure", "structure_page", structure.structure_page)
blueprint.add_url_rule("/structure.csv", "structure_csv", structure.structure_csv)
blueprint.add_url_rule("/regions/<region>", "region_page", regions.region_page)
blueprint.add_url_rule("/docs/api", "api_docs", overview.api_docs)
