"""Place names in a search, as the index spells them.

A region filter finds a functional zone by its official name or its common short form
(`开封市城乡一体化示范区` and `开封市示范区`), and a place excluded in the query (`营商环境 -广州`)
leaves out that place's reports as well as the sections that mention it.
"""

from __future__ import annotations

from dataclasses import replace

from flask import current_app

from indexer.query import QueryError, parse_query
from indexer.reader import Snapshot
from indexer.regions import RegionResolver
from indexer.schema import CITY, PROVINCE, REGION
from indexer.search import SearchRequest, canonical_filters

EXTENSION_KEY = "region_resolver"
PLACE_FACETS = (PROVINCE, CITY, REGION)


def resolver() -> RegionResolver:
    loaded: RegionResolver = current_app.extensions[EXTENSION_KEY]
    return loaded


def with_place_names(request: SearchRequest, snapshot: Snapshot) -> SearchRequest:
    filters = tuple(
        (name, region_aliases(values, snapshot, resolver()) if name == REGION else values)
        for name, values in request.filters
    )
    return replace(request, filters=filters, exclude=excluded_places(request.query, snapshot))


def excluded_places(query: str, snapshot: Snapshot) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The places the query excludes (`-广州` -> city 广州市), per place facet, as indexed."""
    try:
        terms = tuple(term.text for term in parse_query(query).excluded)
    except QueryError:
        return ()  # search() reports it
    if not terms:
        return ()
    named = canonical_filters(snapshot, tuple((name, terms) for name in PLACE_FACETS))
    refused = (
        (name, tuple(v for v in values if v in snapshot.distinct(name))) for name, values in named
    )
    return tuple((name, values) for name, values in refused if values)


def region_aliases(
    values: tuple[str, ...], snapshot: Snapshot, places: RegionResolver
) -> tuple[str, ...]:
    """Each value with the indexed regions that name the same zone in full or short form."""
    short_names = snapshot.views.zone_short_names(snapshot.distinct(REGION), places)
    aliases = []
    for value in values:
        short = places.zone_short_name(value)
        # Only a name and its abbreviation: 郑州经济技术开发区 is not 郑州高新技术产业开发区.
        same = [r for r, s in short_names.items() if short and s == short and short in (r, value)]
        keep = value in snapshot.distinct(REGION) or not same  # an unknown name stays, shown as 0
        aliases += [value] * keep + same
    return tuple(dict.fromkeys(aliases))
