"""The one query function: search(index, SearchRequest) -> SearchPage.

Matching, filtering and facet counting are set operations over the index's postings and columns;
ranking sums BM25F only over the tier it needs, and only the page shown is read and highlighted.
Facet counts are disjunctive: a facet's counts ignore that facet's own filter, so ticking a second
value shows what it would add.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum

import numpy as np
from markupsafe import Markup

from indexer.parsing.indicators import IndicatorCatalogue
from indexer.querying.figures import (
    IndicatorQuery,
    IndicatorRow,
    filter_rows,
    indicator_rows,
    named_indicators,
)
from indexer.querying.highlight import needle_pattern, snippet_html
from indexer.querying.matching import Docs, match_set, sections, whole_docs
from indexer.querying.query_language import (
    ParsedQuery,
    highlighted_strings,
    parse_query,
    scoring_words,
)
from indexer.querying.ranking import best_first, top_scored
from indexer.querying.snapshot import Snapshot
from indexer.regions import short_forms
from indexer.schema import (
    BODY,
    CITY,
    FACETS,
    HEADING,
    PROVINCE,
    REGION,
    REPORT_ID,
    SECTION_ID,
    SECTION_TYPE_LABELS,
    TITLE,
    TYPE,
    YEAR,
)

MAX_PAGE_SIZE = 100
MAX_PAGE = 1000
GROUP_SCAN = 500  # sections scored to rank reports when grouping
HITS_PER_GROUP = 3
PLACE_FACETS = (PROVINCE, CITY, REGION)
ANSWER_ROWS = 20  # figures in the answer card above the hits; the compare page has them all


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
    """Everything a search shows, whatever renders it (HTML, JSON, CSV, Atom, the widget)."""

    request: SearchRequest  # filters as the index spells them (广东 -> 广东省)
    total: int  # sections, or reports when grouped
    hits: tuple[Hit, ...]
    facets: tuple[Facet, ...]
    groups: tuple[ReportGroup, ...] = ()
    terms: tuple[str, ...] = field(default=())  # the strings highlighted in the hits
    answer: tuple[IndicatorRow, ...] = ()  # figures of the indicator the query names (纠错率)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.request.size))


def search(
    snapshot: Snapshot, request: SearchRequest, catalogue: IndicatorCatalogue | None = None
) -> SearchPage:
    """The page of results for `request`; with the indicator `catalogue`, its answer card too.

    Raises QueryError for a query that cannot be searched."""
    # The catalogue by identity: one per app, as long-lived as the snapshot (hashing it costs more
    # than a cached search).
    key = (request, id(catalogue) if catalogue is not None else None)
    return snapshot.cached(key, lambda: _search(snapshot, request, catalogue))


def _search(
    snapshot: Snapshot, request: SearchRequest, catalogue: IndicatorCatalogue | None
) -> SearchPage:
    request = replace(request, filters=canonical_filters(snapshot, request.filters))
    parsed = parse_query(request.query)
    answer = answer_rows(snapshot, parsed, request, catalogue) if catalogue else ()
    refused = excluded_places(snapshot, parsed)
    matches = _without_refused(snapshot, match_set(snapshot, parsed), refused)
    accepted, counts = _filter_and_count(snapshot, matches, request)
    facets = _facets(counts, request)
    terms = highlighted_strings(parsed)
    pattern = needle_pattern(terms)
    first = (request.page - 1) * request.size
    if request.group is Grouping.REPORT:
        limit = max(GROUP_SCAN, (first + request.size) * HITS_PER_GROUP)
        ranked = _ranking(snapshot, parsed, accepted, request.sort, limit)
        groups = _groups(snapshot, ranked, pattern, first, request.size)
        total = len(np.unique(snapshot.arrays.codes(REPORT_ID)[accepted]))
        hits = tuple(hit for group in groups for hit in group.hits)
        return SearchPage(request, total, hits, facets, tuple(groups), terms, answer)
    ranked = _ranking(snapshot, parsed, accepted, request.sort, first + request.size)
    hits = tuple(_hit(snapshot, doc, score, pattern) for doc, score in ranked[first:])
    return SearchPage(request, int(np.count_nonzero(accepted)), hits, facets, (), terms, answer)


def answer_rows(
    snapshot: Snapshot, parsed: ParsedQuery, request: SearchRequest, catalogue: IndicatorCatalogue
) -> tuple[IndicatorRow, ...]:
    """The figures the query names, under the search's place and year filters, newest first."""
    names = named_indicators(parsed, catalogue)
    if not names:
        return ()
    wanted = IndicatorQuery(
        names=names,
        years=tuple(int(y) for y in request.selected(YEAR) if y.isdigit()),
        provinces=request.selected(PROVINCE),
        cities=request.selected(CITY),
        regions=request.selected(REGION),
    )
    rows = filter_rows(indicator_rows(snapshot, IndicatorQuery(names=names), catalogue), wanted)
    return tuple(sorted(rows, key=lambda r: (-(r.year or 0), r.name)))[:ANSWER_ROWS]


Filters = tuple[tuple[str, tuple[str, ...]], ...]


def canonical_filters(snapshot: Snapshot, filters: Filters) -> Filters:
    """Filter values as the index spells them: `广东` -> `广东省`, `朝阳` -> `朝阳区`."""
    names = short_forms()
    return tuple(
        (name, tuple(dict.fromkeys(names.canonical(snapshot.distinct(name), v) for v in values)))
        for name, values in filters
    )


def excluded_places(snapshot: Snapshot, parsed: ParsedQuery) -> Filters:
    """The places the query excludes (`营商环境 -广州` -> city 广州市), per place facet, as the
    index spells them: their reports are left out as well as the sections that mention them."""
    terms = tuple(term.text for term in parsed.excluded)
    if not terms:
        return ()
    named = canonical_filters(snapshot, tuple((name, terms) for name in PLACE_FACETS))
    refused = (
        (name, tuple(v for v in values if v in snapshot.distinct(name))) for name, values in named
    )
    return tuple((name, values) for name, values in refused if values)


def _without_refused(snapshot: Snapshot, matches: Docs, exclude: Filters) -> Docs:
    """The matches minus the sections whose facet value is refused (as the index spells it)."""
    for name, values in exclude:
        if values:
            matches = matches & ~_having(snapshot, name, values)
    return matches


def _filter_and_count(
    snapshot: Snapshot, matches: Docs, request: SearchRequest
) -> tuple[Docs, dict[str, dict[str, int]]]:
    """The accepted documents, and per facet the counts over documents passing the other filters."""
    wanted = {name: values for name, values in request.filters if values}
    passing = {name: matches & _having(snapshot, name, values) for name, values in wanted.items()}
    accepted = _passing_all(matches, passing.values())
    counts: dict[str, dict[str, int]] = {}
    for facet in FACETS:
        others = [docs for other, docs in passing.items() if other != facet.name]
        counted = accepted if len(others) == len(passing) else _passing_all(matches, others)
        counts[facet.name] = _tally(snapshot, facet.name, counted)
    return accepted, counts


def _passing_all(matches: Docs, filters: Iterable[Docs]) -> Docs:
    passing = matches.copy()
    for docs in filters:
        passing &= docs
    return passing


def _tally(snapshot: Snapshot, facet: str, docs: Docs) -> dict[str, int]:
    """Each value's count over `docs`, in display order: newest year first, else by count and
    then value (codes are in value order)."""
    tally = np.bincount(snapshot.arrays.codes(facet)[docs], minlength=1)
    tally[0] = 0  # no value
    codes = np.flatnonzero(tally)
    codes = codes[::-1] if facet == YEAR else codes[np.lexsort((codes, -tally[codes]))]
    values = snapshot.arrays.values(facet)
    pairs = zip(codes.tolist(), tally[codes].tolist(), strict=True)
    return {values[code]: count for code, count in pairs}


def _having(snapshot: Snapshot, facet: str, values: tuple[str, ...]) -> Docs:
    known = snapshot.arrays.values(facet)
    codes = [known.index(value) for value in values if value in known]
    return np.isin(snapshot.arrays.codes(facet), codes)


def _facets(counts: Mapping[str, Mapping[str, int]], request: SearchRequest) -> tuple[Facet, ...]:
    facets = []
    for facet in FACETS:
        selected = set(request.selected(facet.name))
        values = [
            FacetValue(value, _label(facet.name, value), count, value in selected)
            for value, count in counts[facet.name].items()
        ]
        unseen = selected - set(counts[facet.name])
        if unseen:  # a selected value with no match still shows, ticked, at its place
            values += [FacetValue(v, _label(facet.name, v), 0, True) for v in unseen]
            values.sort(key=_facet_order(facet.name))
        facets.append(Facet(facet.name, facet.label, tuple(values)))
    return tuple(facets)


def _facet_order(name: str) -> Callable[[FacetValue], int | tuple[int, str]]:
    if name == YEAR:
        return lambda v: -int(v.value) if v.value.isdigit() else 0
    return lambda v: (-v.count, v.value)


def _label(facet: str, value: str) -> str:
    if facet == TYPE:
        return SECTION_TYPE_LABELS.get(value, value)
    return value


def _ranking(
    snapshot: Snapshot, parsed: ParsedQuery, accepted: Docs, sort: Sort, limit: int
) -> list[tuple[int, float]]:
    """The first `limit` accepted sections with their scores, best first.

    By relevance: sections holding every term whole come first (a term jieba splits into several
    words still ranks the sections that spell it out on top), each tier ordered by BM25F over the
    terms' words; sections the words do not score (a phrase across word boundaries) come last.
    """
    words = scoring_words(parsed)
    if sort is Sort.YEAR or not words:
        docs = np.flatnonzero(accepted)
        rank = snapshot.arrays.array("browse_rank")[docs]
        return [(int(d), 0.0) for d in best_first(snapshot, docs, -rank.astype(np.int64), limit)]
    whole = sections(snapshot)
    for group in parsed.groups:
        whole = whole & np.logical_or.reduce([whole_docs(snapshot, t) for t in group])
    ranked: list[tuple[int, float]] = []
    for tier in (accepted & whole, accepted & ~whole):
        if tier.any() and len(ranked) < limit:
            ranked += top_scored(snapshot, words, tier, limit - len(ranked))
    if len(ranked) < limit:
        rest = accepted.copy()
        rest[[d for d, _ in ranked]] = False
        docs = np.flatnonzero(rest)
        unscored = np.zeros(len(docs))
        ranked += [(int(d), 0.0) for d in best_first(snapshot, docs, unscored, limit - len(ranked))]
    return ranked


def _groups(
    snapshot: Snapshot,
    ranked: list[tuple[int, float]],
    pattern: re.Pattern[str] | None,
    first: int,
    size: int,
) -> list[ReportGroup]:
    """Page `first:first+size` of the reports, in the order of their best ranked section, each
    with its best sections (only the page's hits are read and highlighted)."""
    codes, reports = snapshot.arrays.codes(REPORT_ID), snapshot.arrays.values(REPORT_ID)
    by_report: dict[str, list[tuple[int, float]]] = {}
    for doc, score in ranked:
        by_report.setdefault(reports[codes[doc]], []).append((doc, score))
    page = list(by_report.items())[first : first + size]
    return [
        ReportGroup(rid, tuple(_hit(snapshot, d, s, pattern) for d, s in rows[:HITS_PER_GROUP]))
        for rid, rows in page
    ]


def _hit(snapshot: Snapshot, doc: int, score: float, pattern: re.Pattern[str] | None) -> Hit:
    fields = snapshot.searcher().stored_fields(doc)
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
        snippet_html=snippet_html(fields.get(BODY, ""), pattern),
        score=score,
    )
