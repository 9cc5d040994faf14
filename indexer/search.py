"""The one query function: search(index, SearchRequest) -> SearchPage.

Matching, filtering and facet counting run on an unscored match set and the index's columns
(cheap); only the page shown is scored and highlighted. Facet counts are disjunctive: a facet's
counts ignore that facet's own filter, so ticking a second value shows what it would add.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum

from markupsafe import Markup
from whoosh import query as wq
from whoosh import sorting

from indexer.highlight import needle_pattern, snippet_html
from indexer.query import compile_query, parse_query
from indexer.reader import Snapshot
from indexer.schema import (
    BODY,
    CITY,
    FACETS,
    HEADING,
    KIND,
    KIND_SECTION,
    ORDINAL,
    PROVINCE,
    REGION,
    REPORT_ID,
    SECTION_ID,
    SECTION_TYPE_LABELS,
    TITLE,
    TYPE,
    YEAR,
)

# What a short place name may leave out (广东 -> 广东省, 广西 -> 广西壮族自治区).
SUFFIXES = frozenset(
    ["省", "市", "区", "县", "旗", "盟", "州", "地区", "自治区", "自治州", "自治县", "特别行政区",
     "壮族自治区", "回族自治区", "维吾尔自治区", "新区", "示范区"]
)  # fmt: skip
MAX_PAGE_SIZE = 100
MAX_PAGE = 1000
GROUP_SCAN = 500  # sections scored to rank reports when grouping
HITS_PER_GROUP = 3


class Sort(StrEnum):
    RELEVANCE = "relevance"
    YEAR = "year"


class Grouping(StrEnum):
    SECTION = "section"
    REPORT = "report"


@dataclass(frozen=True, slots=True)
class SearchRequest:
    query: str = ""
    filters: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (facet, accepted values), OR within
    page: int = 1
    size: int = 10
    sort: Sort = Sort.RELEVANCE
    group: Grouping = Grouping.SECTION

    def selected(self, facet: str) -> tuple[str, ...]:
        return dict(self.filters).get(facet, ())


@dataclass(frozen=True, slots=True)
class Hit:
    report_id: str
    title: str
    region: str | None
    province: str | None
    city: str | None
    year: int | None
    section_id: str
    heading: str
    type: str
    snippet_html: Markup
    score: float


@dataclass(frozen=True, slots=True)
class ReportGroup:
    report_id: str
    hits: tuple[Hit, ...]


@dataclass(frozen=True, slots=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True, slots=True)
class Facet:
    name: str
    label: str
    values: tuple[FacetValue, ...]


@dataclass(frozen=True, slots=True)
class SearchPage:
    request: SearchRequest
    total: int  # sections, or reports when grouped
    hits: tuple[Hit, ...]
    facets: tuple[Facet, ...]
    groups: tuple[ReportGroup, ...] = ()
    terms: tuple[str, ...] = field(default=())  # the query's positive terms, for highlighting

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.request.size))


def search(snapshot: Snapshot, request: SearchRequest) -> SearchPage:
    """Raises QueryError for a query that cannot be searched."""
    return snapshot.cached(request, lambda: _search(snapshot, request))


def _search(snapshot: Snapshot, request: SearchRequest) -> SearchPage:
    request = replace(request, filters=canonical_filters(snapshot, request.filters))
    parsed = parse_query(request.query)
    compiled = compile_query(parsed)
    matches = _match_set(snapshot, compiled)
    accepted, counts = _filter_and_count(snapshot, matches, request)
    facets = _facets(counts, request)
    terms = tuple(t.text for t in parsed.positive_terms())
    if request.group is Grouping.REPORT:
        groups = _grouped_page(snapshot, compiled, accepted, request, terms)
        total = len({snapshot.column(REPORT_ID)[d] for d in accepted})
        hits = tuple(hit for group in groups for hit in group.hits)
        return SearchPage(request, total, hits, facets, groups, terms)
    hits = _page_hits(snapshot, compiled, accepted, request, terms)
    return SearchPage(request, len(accepted), hits, facets, (), terms)


def canonical_filters(snapshot: Snapshot, filters):
    """Filter values as the index spells them: `广东` -> `广东省`, `朝阳` -> `朝阳区`."""
    return tuple(
        (name, tuple(dict.fromkeys(_canonical(snapshot.distinct(name), v) for v in values)))
        for name, values in filters
    )


def _canonical(known: frozenset[str], value: str) -> str:
    if value in known:
        return value
    candidates = sorted(v for v in known if v.startswith(value) and v[len(value) :] in SUFFIXES)
    return candidates[0] if len(candidates) == 1 else value


def _match_set(snapshot: Snapshot, compiled: wq.Query | None) -> list[int]:
    sections = wq.Term(KIND, KIND_SECTION)
    query = sections if compiled is None else wq.And([sections, compiled])
    return sorted(snapshot.searcher().docs_for_query(query))


def _filter_and_count(
    snapshot: Snapshot, matches: list[int], request: SearchRequest
) -> tuple[set[int], dict[str, Counter]]:
    """The accepted documents, and per facet the counts over documents passing the other filters."""
    active = [(name, frozenset(values)) for name, values in request.filters if values]
    columns = {f.name: snapshot.column(f.name) for f in FACETS}
    counts: dict[str, Counter] = {f.name: Counter() for f in FACETS}
    accepted: set[int] = set()
    for doc in matches:
        failed = [name for name, values in active if columns[name][doc] not in values]
        if not failed:
            accepted.add(doc)
            for name, column in columns.items():
                counts[name][column[doc]] += 1
        elif len(failed) == 1:
            counts[failed[0]][columns[failed[0]][doc]] += 1
    return accepted, counts


def _facets(counts: Mapping[str, Counter], request: SearchRequest) -> tuple[Facet, ...]:
    facets = []
    for facet in FACETS:
        selected = set(request.selected(facet.name))
        values = [
            FacetValue(value, _label(facet.name, value), count, value in selected)
            for value, count in counts[facet.name].items()
            if value not in ("", None)
        ]
        values += [
            FacetValue(v, _label(facet.name, v), 0, True)
            for v in selected - set(counts[facet.name])
        ]
        values.sort(key=_facet_order(facet.name))
        facets.append(Facet(facet.name, facet.label, tuple(values)))
    return tuple(facets)


def _facet_order(name: str):
    if name == YEAR:
        return lambda v: -int(v.value) if v.value.isdigit() else 0
    return lambda v: (-v.count, v.value)


def _label(facet: str, value: str) -> str:
    if facet == TYPE:
        return SECTION_TYPE_LABELS.get(value, value)
    return value


def _scored(snapshot: Snapshot, compiled, accepted: set[int], limit: int, sort: Sort):
    query = compiled if compiled is not None else wq.Every()
    sortedby = None
    if compiled is None:  # browsing: newest reports first, sections in report order
        sortedby = [sorting.FieldFacet(YEAR, reverse=True), REPORT_ID, ORDINAL]
    elif sort is Sort.YEAR:
        sortedby = [sorting.FieldFacet(YEAR, reverse=True), sorting.ScoreFacet()]
    return snapshot.searcher().search(query, filter=accepted, limit=limit, sortedby=sortedby)


def _page_hits(snapshot, compiled, accepted, request: SearchRequest, terms) -> tuple[Hit, ...]:
    if not accepted:
        return ()
    first = (request.page - 1) * request.size
    results = _scored(snapshot, compiled, accepted, first + request.size, request.sort)
    pattern = needle_pattern(terms)
    return tuple(_hit(r, pattern) for r in results[first : first + request.size])


def _grouped_page(
    snapshot, compiled, accepted, request: SearchRequest, terms
) -> tuple[ReportGroup, ...]:
    if not accepted:
        return ()
    limit = max(GROUP_SCAN, request.page * request.size * HITS_PER_GROUP)
    results = _scored(snapshot, compiled, accepted, limit, request.sort)
    by_report: dict[str, list] = {}
    for result in results:
        by_report.setdefault(result[REPORT_ID], []).append(result)
    first = (request.page - 1) * request.size
    chosen = list(by_report.items())[first : first + request.size]
    pattern = needle_pattern(terms)
    return tuple(
        ReportGroup(rid, tuple(_hit(r, pattern) for r in rows[:HITS_PER_GROUP]))
        for rid, rows in chosen
    )


def _hit(result, pattern) -> Hit:
    fields = result.fields()
    text = fields.get(BODY, "")
    return Hit(
        report_id=fields[REPORT_ID],
        title=fields.get(TITLE, ""),
        region=fields.get(REGION),
        province=fields.get(PROVINCE),
        city=fields.get(CITY),
        year=fields.get(YEAR),
        section_id=fields[SECTION_ID],
        heading=fields.get(HEADING, ""),
        type=fields.get(TYPE, "other"),
        snippet_html=snippet_html(text, pattern),
        score=_relevance(result.score),
    )


def _relevance(score: object) -> float:
    """The BM25F score; a page sorted by year carries sort keys instead, and scores 0."""
    return round(float(score), 4) if isinstance(score, int | float) else 0.0
