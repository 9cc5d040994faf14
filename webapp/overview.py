"""The pages a first visit needs: the home page (what the index holds), the list of reports with
the search page's facets, and the API's documentation page.

Counts here are counts of reports (see `webapp.catalog`); the search page counts sections.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from flask import Blueprint, render_template, request
from werkzeug.datastructures import MultiDict

from indexer.figures import indicator_names
from indexer.schema import SECTION_TYPE_LABELS
from indexer.search import Facet, SearchRequest, canonical_filters
from webapp import catalog, present
from webapp.indicators_api import catalogue
from webapp.query_args import search_request

blueprint = Blueprint("overview", __name__)

NEWEST = 8  # reports listed on the home page
INDICATORS_SHOWN = 8
REPORTS_PER_PAGE = 20
ENDPOINT = "overview.reports"


def home_page() -> str:
    """`/` without parameters (with any, `/` is the search page, as before)."""
    reports = catalog.summaries(present.snapshot())
    names = [n for n in indicator_names(present.snapshot(), catalogue()) if n.rows]
    years = sorted({r.year for r in reports if r.year})
    return render_template(
        "home.html",
        total=len(reports),
        provinces=len({r.province for r in reports if r.province}),
        first_year=years[0] if years else None,
        last_year=years[-1] if years else None,
        table=catalog.year_table(reports),
        newest=reports[:NEWEST],
        indicators=sorted(names, key=lambda n: (-n.reports, n.name))[:INDICATORS_SHOWN],
        indicator_count=len(names),
    )


@blueprint.get("/reports")
def reports() -> str:
    args = request.args
    parsed = search_request(args, default_size=REPORTS_PER_PAGE)
    snapshot = present.snapshot()
    parsed = replace(parsed, filters=canonical_filters(snapshot, parsed.filters))
    listing = catalog.report_list(catalog.summaries(snapshot), parsed)
    pages = max(1, -(-listing.total // parsed.size))
    page_view = _FacetPage(parsed, listing.facets)
    return render_template(
        "reports.html",
        listing=listing,
        facets=[(facet, *present.split_facet(facet)) for facet in listing.facets],
        active=present.active_filters(ENDPOINT, args, page_view),
        clear_url=present.clear_filters_url(ENDPOINT, args),
        pagination=present.pagination(ENDPOINT, args, parsed.page, pages),
        previous_url=_page_url(args, parsed.page - 1, pages),
        next_url=_page_url(args, parsed.page + 1, pages),
        page_number=parsed.page,
        pages=pages,
        size=args.get("size", ""),
        drawer_open=args.get("filters") == "open",
    )


@dataclass(frozen=True, slots=True)
class _FacetPage:
    """What `present.active_filters` reads of a SearchPage: the request and the facets."""

    request: SearchRequest
    facets: tuple[Facet, ...]


def _page_url(args: MultiDict[str, str], number: int, pages: int) -> str | None:
    return present.with_args(ENDPOINT, args, page=number) if 1 <= number <= pages else None


@blueprint.get("/docs/api")
def api_docs() -> str:
    return render_template("api_docs.html")


@blueprint.context_processor
def template_helpers() -> dict[str, object]:
    return {"place_path": present.place_path, "type_labels": SECTION_TYPE_LABELS}
