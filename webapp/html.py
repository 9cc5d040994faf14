"""HTML pages: the faceted search page, its CSV export, and the report page."""

from __future__ import annotations

from dataclasses import replace

from flask import Blueprint, Response, abort, render_template, request, url_for

from indexer.schema import PROVINCE, SECTION_TYPE_LABELS, YEAR
from indexer.search import MAX_PAGE_SIZE, Grouping, SearchPage, SearchRequest, search
from webapp import indicators_api, present
from webapp.api import MAX_REPORT_ID_LENGTH
from webapp.charts import bar_chart_svg
from webapp.csv_export import csv_response, max_rows
from webapp.query_args import search_request

blueprint = Blueprint("html", __name__)


@blueprint.context_processor
def template_helpers() -> dict:
    return {
        "place_path": present.place_path,
        "hit_url": present.hit_url,
        "type_labels": SECTION_TYPE_LABELS,
    }


CHART_BARS = 10


@blueprint.get("/")
def index():
    return _search_page()


# The endpoint is `html.search`; the function's own name would clash with indexer's `search`.
@blueprint.get("/search", endpoint="search")
def search_page():
    return _search_page()


def _search_page() -> str:
    page = search(present.snapshot(), search_request(request.args))
    return render_template("search.html", **_search_context(page))


def _search_context(page: SearchPage) -> dict:
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
    }


def _answer(page: SearchPage) -> dict | None:
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


def _place_filters(page: SearchPage) -> dict:
    return {name: list(page.request.selected(name)) for name in (PROVINCE, YEAR)}


def _page_url(endpoint: str, page: SearchPage, number: int) -> str | None:
    if not 1 <= number <= page.pages:
        return None
    return present.with_args(endpoint, request.args, page=number)


def _charts(facets: dict) -> list[dict]:
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


@blueprint.get("/search.csv")
def search_csv() -> Response:
    first = replace(search_request(request.args), page=1, size=MAX_PAGE_SIZE)
    rows = (present.csv_row(hit) for hit in _export_hits(first))
    return csv_response("fazhi-reports", present.CSV_COLUMNS, rows)


def _export_hits(first: SearchRequest):
    """Every section of the result set, page by page, up to max_rows()."""
    request_ = replace(first, group=Grouping.SECTION)
    exported, limit = 0, max_rows()
    while exported < limit:
        page = search(present.snapshot(), request_)
        for hit in page.hits[: limit - exported]:
            yield hit
            exported += 1
        if request_.page >= page.pages:
            return
        request_ = replace(request_, page=request_.page + 1)


@blueprint.get("/reports/<report_id>")
def report(report_id: str) -> str:
    too_long = len(report_id) > MAX_REPORT_ID_LENGTH
    data = None if too_long else present.snapshot().report_json(report_id)
    if data is None:
        abort(404, f"未找到报告 {report_id}")
    query = request.args.get("q", "")
    pattern = present.query_pattern(query)
    sections = [present.section_view(s, report_id, pattern) for s in data["sections"]]
    return render_template(
        "report.html",
        report=data,
        sections=sections,
        query=query,
        matches=sum(s.matches for s in sections),
        place=present.place_path(data["region"], data["city"], data["province"]),
        level=present.LEVEL_LABELS.get(data["level"], data["level"]),
        back_url=present.with_args("html.search", request.args) if query else None,
    )
