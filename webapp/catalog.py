"""What the index holds, report by report: the home page's overview and the reports list.

One `ReportSummary` per report, from the generation's reports view (corpus_views.py, written by
`reindex`), so the counts here are counts of reports, never of sections. The reports
list filters them with the search page's facets (year, province, city, region, section type), OR
within a facet and AND across facets, each facet counted over the reports passing the others.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from indexer.querying.search import Facet, FacetValue, SearchRequest
from indexer.querying.snapshot import Snapshot
from indexer.schema import FACETS, SECTION_TYPE_LABELS, TYPE, YEAR
from indexer.writing.corpus_views import ReportListing as ReportSummary
from indexer.writing.corpus_views import (
    newest_first as newest_first,  # the list's order, for callers
)

UNKNOWN_YEAR = "年份未知"
UNKNOWN_PROVINCE = "省份未知"


@dataclass(frozen=True, slots=True)
class YearTable:
    """Reports per province and year: rows are provinces, columns years (newest first)."""

    years: tuple[str, ...]
    rows: tuple[tuple[str, tuple[int, ...], int], ...]  # province, count per year, row total
    totals: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class ReportList:
    reports: tuple[ReportSummary, ...]  # the page shown
    total: int  # reports matching every filter
    facets: tuple[Facet, ...]


def summaries(snapshot: Snapshot) -> tuple[ReportSummary, ...]:
    """Every report of the generation, newest year first (the generation's reports view)."""
    return snapshot.views.reports()


def year_table(reports: Sequence[ReportSummary]) -> YearTable:
    known = sorted({str(r.year) for r in reports if r.year}, reverse=True)
    years = known + [UNKNOWN_YEAR] * any(not r.year for r in reports)  # unknown comes last
    cells: Counter[tuple[str, str]] = Counter(
        (r.province or UNKNOWN_PROVINCE, str(r.year) if r.year else UNKNOWN_YEAR) for r in reports
    )
    provinces = Counter(r.province or UNKNOWN_PROVINCE for r in reports)
    rows = tuple(
        (province, tuple(cells[(province, y)] for y in years), total)
        for province, total in sorted(provinces.items(), key=lambda p: (-p[1], p[0]))
    )
    totals = tuple(sum(cells[(p, y)] for p in provinces) for y in years)
    return YearTable(tuple(years), rows, totals)


def report_list(reports: Sequence[ReportSummary], request: SearchRequest) -> ReportList:
    """The reports passing the request's filters (its query is not used), one page of them."""
    wanted = {name: frozenset(values) for name, values in request.filters if values}
    passing = {
        name: frozenset(r.report_id for r in reports if r.facet_values(name) & values)
        for name, values in wanted.items()
    }
    accepted = [r for r in reports if all(r.report_id in ids for ids in passing.values())]
    facets = tuple(_facet(f.name, f.label, reports, passing, request) for f in FACETS)
    first = (request.page - 1) * request.size
    return ReportList(tuple(accepted[first : first + request.size]), len(accepted), facets)


def _facet(
    name: str,
    label: str,
    reports: Sequence[ReportSummary],
    passing: dict[str, frozenset[str]],
    request: SearchRequest,
) -> Facet:
    others = [ids for other, ids in passing.items() if other != name]
    counted = [r for r in reports if all(r.report_id in ids for ids in others)]
    counts = Counter(value for r in counted for value in r.facet_values(name))
    selected = set(request.selected(name))
    values = [
        FacetValue(value, _label(name, value), counts.get(value, 0), value in selected)
        for value in set(counts) | selected
    ]
    if name == YEAR:
        values.sort(key=lambda v: v.value, reverse=True)
    else:
        values.sort(key=lambda v: (-v.count, v.value))
    return Facet(name, label, tuple(values))


def _label(name: str, value: str) -> str:
    if name == TYPE:
        return SECTION_TYPE_LABELS.get(value, value)
    return value
