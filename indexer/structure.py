"""The corpus's reports with their required parts (第二十五条), filtered and counted like search.

`corpus_summaries` checks every stored report once, when `reindex` writes the generation's views
(corpus_views.py), and keeps its metadata and parts check; `structure_table` filters those rows by
year, province, city, level and missing part, counts the facets (a facet's counts ignore its own
filter, as in search) and the share of reports stating each part. Facet labels are the values
(the web layer names levels).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from indexer.models import Report
from indexer.reader import Snapshot
from indexer.required_parts import PartsCheck, PartsVocabulary, check_parts
from indexer.search import SUFFIXES, Facet, FacetValue

STRUCTURE_FACETS = (("year", "年份"), ("province", "省份"), ("city", "城市"), ("level", "层级"))


@dataclass(frozen=True, slots=True)
class ReportSummary:
    report_id: str
    title: str
    region: str | None
    level: str
    province: str | None
    city: str | None
    year: int | None
    published: str | None
    parts: PartsCheck

    def facet_value(self, name: str) -> str:
        value = getattr(self, name)
        return "" if value is None else str(value)


@dataclass(frozen=True, slots=True)
class StructureQuery:
    """Filters: OR within one, AND across; empty means any. `missing`: parts a row must lack."""

    years: tuple[str, ...] = ()
    provinces: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()

    def wanted(self, name: str) -> tuple[str, ...]:
        return {"year": self.years, "province": self.provinces, "city": self.cities,
                "level": self.levels}[name]  # fmt: skip


@dataclass(frozen=True, slots=True)
class PartShare:
    slug: str
    label: str
    count: int  # reports of the table that state the part
    share: float  # count / reports, 0 when there are none


@dataclass(frozen=True, slots=True)
class StructureTable:
    rows: tuple[ReportSummary, ...]
    shares: tuple[PartShare, ...]
    facets: tuple[Facet, ...]
    complete: int  # rows stating all the parts


def summarize(report: Report, vocabulary: PartsVocabulary) -> ReportSummary:
    return ReportSummary(
        report.report_id, report.title, report.region, str(report.level), report.province,
        report.city, report.year, report.published, check_parts(report, vocabulary),
    )  # fmt: skip


def report_summaries(snapshot: Snapshot, vocabulary: PartsVocabulary) -> tuple[ReportSummary, ...]:
    """Every report of the generation, newest year first (the generation's structure view)."""
    return snapshot.views.structure(vocabulary)


def corpus_summaries(
    reports: Iterable[Report], vocabulary: PartsVocabulary
) -> tuple[ReportSummary, ...]:
    """Every report's parts check, newest year first: what `reindex` stores as the view."""
    return in_table_order([summarize(report, vocabulary) for report in reports])


def in_table_order(summaries: Iterable[ReportSummary]) -> tuple[ReportSummary, ...]:
    return tuple(sorted(summaries, key=_order))


def _order(summary: ReportSummary) -> tuple:
    return (-(summary.year or 0), summary.province or "", summary.city or "",
            summary.region or "", summary.report_id)  # fmt: skip


def structure_table(
    summaries: Sequence[ReportSummary], query: StructureQuery, vocabulary: PartsVocabulary
) -> StructureTable:
    passing = {name: _passes(name, query.wanted(name)) for name, _ in STRUCTURE_FACETS}
    lacks = _lacks(query.missing)
    rows = tuple(s for s in summaries if lacks(s) and all(p(s) for p in passing.values()))
    facets = tuple(
        _facet(name, label, [s for s in summaries if lacks(s) and _others(s, passing, name)], query)
        for name, label in STRUCTURE_FACETS
    )
    shares = tuple(_share(rule.slug, rule.label, rows) for rule in vocabulary.parts)
    complete = sum(1 for row in rows if row.parts.complete)
    return StructureTable(rows, shares, facets, complete)


def _passes(name: str, wanted: tuple[str, ...]) -> Callable[[ReportSummary], bool]:
    return lambda summary: _accepts(summary.facet_value(name), wanted)


def _accepts(value: str, wanted: tuple[str, ...]) -> bool:
    """Short place names too, as the search filters: 广东 accepts 广东省."""
    if not wanted:
        return True
    return bool(value) and any(
        value == w or (value.startswith(w) and value[len(w) :] in SUFFIXES) for w in wanted
    )


def _lacks(missing: tuple[str, ...]) -> Callable[[ReportSummary], bool]:
    def lacks(summary: ReportSummary) -> bool:
        found = {f.slug for f in summary.parts.findings if f.present}
        return not any(slug in found for slug in missing)

    return lacks


def _others(summary: ReportSummary, passing: dict, name: str) -> bool:
    return all(test(summary) for other, test in passing.items() if other != name)


def _facet(name: str, label: str, counted: list[ReportSummary], query: StructureQuery) -> Facet:
    counts = Counter(s.facet_value(name) for s in counted)
    wanted = query.wanted(name)
    values = [
        FacetValue(value, value, count, _selected(value, wanted))
        for value, count in counts.items()
        if value
    ]
    unmatched = [w for w in wanted if not any(_accepts(v, (w,)) for v in counts if v)]
    values += [FacetValue(w, w, 0, True) for w in unmatched]
    if name == "year":
        values.sort(key=lambda v: -int(v.value) if v.value.isdigit() else 0)
    else:
        values.sort(key=lambda v: (-v.count, v.value))
    return Facet(name, label, tuple(values))


def _selected(value: str, wanted: tuple[str, ...]) -> bool:
    return bool(wanted) and _accepts(value, wanted)


def _share(slug: str, label: str, rows: Sequence[ReportSummary]) -> PartShare:
    count = sum(1 for row in rows if (f := row.parts.finding(slug)) is not None and f.present)
    return PartShare(slug, label, count, count / len(rows) if rows else 0.0)
