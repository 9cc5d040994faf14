"""Place names in a search, as the index spells them.

A region filter finds a functional zone by its official name or its common short form
(`开封市城乡一体化示范区` and `开封市示范区`). (A place excluded in the query, `营商环境 -广州`, is
search()'s: it reads the parsed query.)
"""

from __future__ import annotations

from dataclasses import replace

from flask import current_app

from indexer.querying.search import SearchRequest
from indexer.querying.snapshot import Snapshot
from indexer.regions import RegionResolver
from indexer.schema import REGION

EXTENSION_KEY = "region_resolver"


def resolver() -> RegionResolver:
    loaded: RegionResolver = current_app.extensions[EXTENSION_KEY]
    return loaded


def with_place_names(request: SearchRequest, snapshot: Snapshot) -> SearchRequest:
    """The request with each region filter widened to the indexed names of the same zone."""
    filters = tuple(
        (name, region_aliases(values, snapshot, resolver()) if name == REGION else values)
        for name, values in request.filters
    )
    return replace(request, filters=filters)


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
