"""The pages a first visit needs: the home page (what the index holds), the list of reports with
the search page's facets, and the API's documentation page.

Counts here are counts of reports (see `webapp.catalog`); the search page counts sections.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from flask import render_template, request
from werkzeug.datastructures import MultiDict

from indexer.querying.figures import indicator_names
from indexer.querying.search import Facet, SearchRequest, canonical_filters
from webapp import catalog, present
from webapp.query_args import search_request
from webapp.responses import catalogue, snapshot

NEWEST = 8  # reports listed on the home page
INDICATORS_SHOWN = 8
REPORTS_PER_PAGE = 20
ENDPOINT = "html.reports"


def home_page() -> str:
    """`/` without parameters (with any, `/` is the search page, as before)."""
    reports = catalog.summaries(snapshot())
    names = [n for n in indicator_names(snapshot(), catalogue()) if n.rows]
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


def reports() -> str:
    args = request.args
    parsed = search_request(args, default_size=REPORTS_PER_PAGE)
    live = snapshot()
    parsed = replace(parsed, filters=canonical_filters(live, parsed.filters))
    listing = catalog.report_list(catalog.summaries(live), parsed)
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


def api_docs() -> str:
    return render_template("api_docs.html")
