"""The corpus's reports with their required parts (第二十五条), filtered and counted like search.

`corpus_summaries` checks every stored report once, when `reindex` writes the generation's views
(corpus_views.py), and keeps its metadata and parts check; `structure_table` filters those rows by
year, province, city, level and missing part, counts the facets (a facet's counts ignore its own
filter, as in search) and the share of reports stating each part. Facet labels are the values
(the web layer names levels).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import overload

import numpy as np

from indexer.models import Report
from indexer.querying.required_parts import PartsCheck, PartsVocabulary, check_parts
from indexer.querying.search import Facet, FacetValue
from indexer.querying.snapshot import Snapshot
from indexer.regions import short_forms

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
    rows: Sequence[ReportSummary]
    shares: tuple[PartShare, ...]
    facets: tuple[Facet, ...]
    complete: int  # rows stating all the parts


def summarize(report: Report, vocabulary: PartsVocabulary) -> ReportSummary:
    return ReportSummary(
        report.report_id, report.title, report.region, str(report.level), report.province,
        report.city, report.year, report.published, check_parts(report, vocabulary),
    )  # fmt: skip


def report_summaries(snapshot: Snapshot, vocabulary: PartsVocabulary) -> Summaries:
    """Every report of the generation, newest year first (the generation's structure view)."""
    return snapshot.views.structure(vocabulary)


def corpus_summaries(
    reports: Iterable[Report], vocabulary: PartsVocabulary
) -> tuple[ReportSummary, ...]:
    """Every report's parts check, newest year first: what `reindex` stores as the view."""
    return in_table_order([summarize(report, vocabulary) for report in reports])


def in_table_order(summaries: Iterable[ReportSummary]) -> tuple[ReportSummary, ...]:
    return tuple(sorted(summaries, key=_order))


def _order(summary: ReportSummary) -> tuple[int, str, str, str, str]:
    return (-(summary.year or 0), summary.province or "", summary.city or "",
            summary.region or "", summary.report_id)  # fmt: skip


@dataclass(frozen=True, slots=True)
class SummaryColumns:
    """Every summary's facet values (codes into `values`) and which parts it states: what the
    table filters and counts, without a summary object each."""

    values: Mapping[str, tuple[str, ...]]  # facet -> its values, by code
    codes: Mapping[str, np.ndarray]  # facet -> each summary's code (int32)
    slugs: tuple[str, ...]  # the parts, in the order of the findings and of `present`'s columns
    present: np.ndarray  # bool, summaries x parts

    @classmethod
    def of(cls, summaries: Sequence[ReportSummary]) -> SummaryColumns:
        values, codes = {}, {}
        for name, _ in STRUCTURE_FACETS:
            column = [summary.facet_value(name) for summary in summaries]
            values[name] = tuple(sorted(set(column)))
            code = {value: i for i, value in enumerate(values[name])}
            codes[name] = np.array([code[value] for value in column], dtype=np.int32)
        slugs = tuple(f.slug for f in summaries[0].parts.findings) if summaries else ()
        present = [[f.present for f in summary.parts.findings] for summary in summaries]
        parts = np.array(present, dtype=bool).reshape(len(summaries), len(slugs))
        return cls(values, codes, slugs, parts)


class Summaries(Sequence[ReportSummary]):
    """Summaries in table order, with their columns; a summary object is made only when a page
    shows it (`summary_at` decodes the stored one)."""

    def __init__(
        self,
        columns: SummaryColumns,
        summary_at: Callable[[int], ReportSummary],
        indices: np.ndarray | None = None,
    ) -> None:
        self.columns = columns
        self.indices = np.arange(len(columns.present)) if indices is None else indices
        self._summary_at = summary_at

    @classmethod
    def of(cls, summaries: Sequence[ReportSummary]) -> Summaries:
        kept = tuple(summaries)
        return cls(SummaryColumns.of(kept), kept.__getitem__)

    def subset(self, mask: np.ndarray) -> Summaries:
        return Summaries(self.columns, self._summary_at, self.indices[mask])

    def __len__(self) -> int:
        return len(self.indices)

    @overload
    def __getitem__(self, index: int) -> ReportSummary: ...
    @overload
    def __getitem__(self, index: slice) -> Summaries: ...
    def __getitem__(self, index: int | slice) -> ReportSummary | Summaries:
        if isinstance(index, slice):
            return Summaries(self.columns, self._summary_at, self.indices[index])
        return self._summary_at(int(self.indices[index]))


def structure_table(
    summaries: Sequence[ReportSummary], query: StructureQuery, vocabulary: PartsVocabulary
) -> StructureTable:
    table = summaries if isinstance(summaries, Summaries) else Summaries.of(summaries)
    columns, at = table.columns, table.indices
    passing = {
        name: _passing(columns, name, query.wanted(name), at) for name, _ in STRUCTURE_FACETS
    }
    lacks = _lacking(columns, query.missing, at)
    accepted = np.logical_and.reduce([lacks, *passing.values()])
    facets = tuple(
        _facet(name, label, columns, at[lacks & _all_but(passing, name, len(at))], query)
        for name, label in STRUCTURE_FACETS
    )
    present = columns.present[at[accepted]]
    shares = tuple(_share(rule.slug, rule.label, columns, present) for rule in vocabulary.parts)
    complete = int(present.all(axis=1).sum())
    return StructureTable(table.subset(accepted), shares, facets, complete)


def _passing(
    columns: SummaryColumns, name: str, wanted: tuple[str, ...], at: np.ndarray
) -> np.ndarray:
    accepts = np.array([_accepts(value, wanted) for value in columns.values[name]], dtype=bool)
    return accepts[columns.codes[name][at]] if len(at) else np.zeros(0, dtype=bool)


def _accepts(value: str, wanted: tuple[str, ...]) -> bool:
    """Short place names too, as the search filters: 广东 accepts 广东省."""
    return short_forms().accepts(value, wanted)


def _lacking(columns: SummaryColumns, missing: tuple[str, ...], at: np.ndarray) -> np.ndarray:
    """The summaries stating none of the `missing` parts."""
    stated = np.zeros(len(at), dtype=bool)
    for j, slug in enumerate(columns.slugs):
        if slug in missing:
            stated |= columns.present[at, j]
    return ~stated


def _all_but(passing: dict[str, np.ndarray], name: str, count: int) -> np.ndarray:
    others = [mask for other, mask in passing.items() if other != name]
    return np.logical_and.reduce(others) if others else np.ones(count, dtype=bool)


def _facet(
    name: str, label: str, columns: SummaryColumns, counted: np.ndarray, query: StructureQuery
) -> Facet:
    codes = columns.codes[name][counted]
    counts = np.bincount(codes, minlength=len(columns.values[name]))
    seen, first = np.unique(codes, return_index=True)
    found = [(columns.values[name][c], int(counts[c])) for c in seen[np.argsort(first)].tolist()]
    wanted = query.wanted(name)
    values = [
        FacetValue(value, value, count, _selected(value, wanted)) for value, count in found if value
    ]
    unmatched = [w for w in wanted if not any(_accepts(v, (w,)) for v, _ in found if v)]
    values += [FacetValue(w, w, 0, True) for w in unmatched]
    if name == "year":
        values.sort(key=lambda v: -int(v.value) if v.value.isdigit() else 0)
    else:
        values.sort(key=lambda v: (-v.count, v.value))
    return Facet(name, label, tuple(values))


def _selected(value: str, wanted: tuple[str, ...]) -> bool:
    return bool(wanted) and _accepts(value, wanted)


def _share(slug: str, label: str, columns: SummaryColumns, present: np.ndarray) -> PartShare:
    """`present`: the table's rows' parts."""
    column = columns.slugs.index(slug) if slug in columns.slugs else None
    count = 0 if column is None else int(present[:, column].sum())
    return PartShare(slug, label, count, count / len(present) if len(present) else 0.0)
