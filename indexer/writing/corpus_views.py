"""Corpus-wide views of one generation, computed once by `reindex` and read by every worker.

Three views read every report of the corpus: the figure rows (the answer card, /api/indicators,
/compare), the required-parts check of every report (/structure, the region pages) and the
reports list (/reports, the home page). At a national year (20,000 reports) they take seconds to
tens of seconds to compute, so `reindex` writes them after the commit as `generation.views`
(views.py's bundle format: one JSON list per view, and the figure rows one list per indicator, so
an answer card decodes only the rows it names). The file sits beside `generation.arrays`: the
manifest's sizes and the artifact's checksums cover it like every other file of the generation.

Each view records a fingerprint of the vocabulary it was computed with. A generation written
before this file existed, or a server given another vocabulary, computes the view on first use
instead (slow at scale, never wrong): `GenerationViews` answers the same either way.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, is_dataclass
from enum import Enum
from pathlib import Path
from typing import Any, Generic, TypeVar

import numpy as np
from whoosh.searching import Searcher

from indexer.models import Report, ReportCard, ReportJSON, report_card
from indexer.parsing.indicators import Comparison, Direction, IndicatorCatalogue
from indexer.querying.figures import Flag, IndicatorRow, corpus_rows, in_row_order, report_rows
from indexer.querying.required_parts import Evidence, PartFinding, PartsCheck, PartsVocabulary
from indexer.querying.structure import (
    STRUCTURE_FACETS,
    ReportSummary,
    Summaries,
    SummaryColumns,
    corpus_summaries,
    in_table_order,
    summarize,
)
from indexer.regions import RegionResolver
from indexer.schema import CITY, KIND, KIND_REPORT, PROVINCE, REGION, REPORT_JSON, TYPE, YEAR
from indexer.writing.bundle import Bundle, BundleError, write_bundle

VIEWS_FILE = "generation.views"
VIEWS_VERSION = 2  # raise when what a view holds changes: older files are then computed anew
_META, _COUNTS, _STRUCTURE, _LISTING = "meta", "figures.counts", "structure", "listing"
_FIGURES = "figures:"  # + an indicator name
MAX_VOCABULARIES = 8  # fingerprints remembered per generation (a server has one of each)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class ReportListing:
    """One report in the reports list: its metadata and what its sections hold."""

    report_id: str
    title: str
    region: str | None
    city: str | None
    province: str | None
    level: str | None
    year: int | None
    published: str | None
    sections: int
    indicators: int
    types: frozenset[str]

    def facet_values(self, name: str) -> frozenset[str]:
        """The values this report has for a facet (a report has many section types)."""
        if name == TYPE:
            return self.types
        value = {YEAR: self.year, PROVINCE: self.province, CITY: self.city, REGION: self.region}
        raw = value.get(name)
        return frozenset() if raw in (None, "") else frozenset({str(raw)})


@dataclass(frozen=True, slots=True)
class ViewVocabularies:
    """What the views are computed with (reindex uses the data files' vocabularies)."""

    catalogue: IndicatorCatalogue
    parts: PartsVocabulary

    @classmethod
    def from_data(cls) -> ViewVocabularies:
        return cls(IndicatorCatalogue.from_data(), PartsVocabulary.from_data())


def listing(cards: Iterable[ReportCard]) -> tuple[ReportListing, ...]:
    """The reports list from the report cards (no section text), newest first."""
    return newest_first([_listed(card) for card in cards])


def _listed(card: ReportCard) -> ReportListing:
    return ReportListing(
        report_id=card["report_id"],
        title=card.get("title") or card["report_id"],
        region=card.get("region"),
        city=card.get("city"),
        province=card.get("province"),
        level=card.get("level"),
        year=card.get("year"),
        published=card.get("published"),
        sections=len(card.get("sections", ())),
        indicators=len(card.get("indicators", ())),
        types=frozenset(s["type"] for s in card.get("sections", ())),
    )


def newest_first(reports: Sequence[ReportListing]) -> tuple[ReportListing, ...]:
    """By year covered, then publishing date (YYYY-MM-DD), newest first; unknowns last."""
    ordered = sorted(reports, key=lambda r: r.report_id)
    ordered.sort(key=lambda r: r.published or "", reverse=True)
    ordered.sort(key=lambda r: r.year or 0, reverse=True)
    return tuple(ordered)


# --- writing ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StoredCorpus:
    """What `reindex` needs from every stored report after its commit, read in one pass, one
    report at a time: each report's card (as JSON, for `generation.arrays`), and what the views
    keep of it: its figure rows and its entry in the reports list (both from the card), and its
    required-parts check (the one view that reads the sections' text). No report's text or card
    is kept as Python objects past its turn (every card as dicts, at 20,000 reports, raised the
    parent's peak by ~60 MB)."""

    cards_json: bytes  # every report's card, by report id, as one JSON list
    rows: tuple[IndicatorRow, ...]  # the figure rows, in corpus_rows' order
    listing: tuple[ReportListing, ...]  # newest first
    summaries: tuple[ReportSummary, ...]  # in the structure table's order
    vocabularies: ViewVocabularies  # what the rows and summaries were computed with

    @classmethod
    def read(cls, searcher: Searcher, vocabularies: ViewVocabularies) -> StoredCorpus:
        read: list[_ReadReport] = []
        summaries = []
        for report in stored_reports(searcher):
            summaries.append(summarize(Report.from_json(report), vocabularies.parts))
            card = report_card(report)
            rows = report_rows(card, vocabularies.catalogue)
            read.append(_ReadReport(card["report_id"], _json_bytes(card), rows, _listed(card)))
        read.sort(key=lambda one: one.report_id)  # the order of the cards and of tied rows
        return cls(
            cards_json=b"[" + b", ".join(one.card_json for one in read) + b"]",  # json.dumps' bytes
            rows=in_row_order(row for one in read for row in one.rows),
            listing=newest_first([one.listed for one in read]),
            summaries=in_table_order(summaries),
            vocabularies=vocabularies,
        )


@dataclass(frozen=True, slots=True)
class _ReadReport:
    """What the pass keeps of one report besides its parts check."""

    report_id: str
    card_json: bytes
    rows: tuple[IndicatorRow, ...]
    listed: ReportListing


def write_generation_views(generation: Path, corpus: StoredCorpus) -> None:
    """Write every view of the corpus read after the commit."""
    by_name = _grouped(corpus.rows)
    vocabularies = corpus.vocabularies
    meta = {"version": VIEWS_VERSION, "catalogue": fingerprint(vocabularies.catalogue),
            "parts": fingerprint(vocabularies.parts)}  # fmt: skip
    arrays = {
        _META: _json_array(meta),
        _COUNTS: _json_array({name: _counts(found) for name, found in by_name.items()}),
        **_structure_arrays(corpus.summaries),
        _LISTING: _json_array([_listing_json(entry) for entry in corpus.listing]),
    }
    for name, found in by_name.items():
        arrays[_FIGURES + name] = _json_array([_row_json(row) for row in found])
    write_bundle(generation / VIEWS_FILE, arrays)


def _structure_arrays(summaries: Sequence[ReportSummary]) -> dict[str, np.ndarray]:
    """The summaries as columns (what the table filters) and one JSON list each (what a page
    shows), so a page decodes only its own rows."""
    columns = SummaryColumns.of(summaries)
    rows = [json.dumps(_summary_json(s), ensure_ascii=False).encode() for s in summaries]
    arrays = {
        f"{_STRUCTURE}.slugs": _json_array(columns.slugs),
        f"{_STRUCTURE}.present": columns.present.astype(np.uint8),
        f"{_STRUCTURE}.rows": np.frombuffer(b"".join(rows), dtype=np.uint8),
        f"{_STRUCTURE}.row_ends": np.cumsum([len(row) for row in rows], dtype=np.int64),
    }
    for name, _ in STRUCTURE_FACETS:
        arrays[f"{_STRUCTURE}.{name}.values"] = _json_array(columns.values[name])
        arrays[f"{_STRUCTURE}.{name}.codes"] = columns.codes[name]
    return arrays


def _stored_summaries(stored: Mapping[str, np.ndarray]) -> Summaries:
    present = stored[f"{_STRUCTURE}.present"].astype(bool)
    columns = SummaryColumns(
        values={n: tuple(_json(stored[f"{_STRUCTURE}.{n}.values"])) for n, _ in STRUCTURE_FACETS},
        codes={n: stored[f"{_STRUCTURE}.{n}.codes"] for n, _ in STRUCTURE_FACETS},
        slugs=tuple(_json(stored[f"{_STRUCTURE}.slugs"])),
        present=present,
    )
    rows, ends = stored[f"{_STRUCTURE}.rows"], stored[f"{_STRUCTURE}.row_ends"]

    def summary_at(index: int) -> ReportSummary:
        start = int(ends[index - 1]) if index else 0
        return _summary(json.loads(rows[start : int(ends[index])].tobytes()))

    return Summaries(columns, summary_at)


def stored_reports(searcher: Searcher) -> Iterator[ReportJSON]:
    """Every stored report, whole, in one pass over Whoosh's stored fields."""
    for stored in searcher.documents(**{KIND: KIND_REPORT}):
        yield json.loads(stored[REPORT_JSON])


def _counts(rows: Sequence[IndicatorRow]) -> tuple[int, int]:
    return len(rows), len({row.report_id for row in rows})


def _json_array(value: object) -> np.ndarray:
    return np.frombuffer(_json_bytes(value), dtype=np.uint8)


def _json_bytes(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode()


def _json(array: np.ndarray) -> Any:
    return json.loads(array.tobytes())


# --- the rows, as JSON lists ----------------------------------------------------------------------


def _row_json(row: IndicatorRow) -> list[object]:
    change = row.change
    return [
        row.report_id, row.title, row.region, row.level, row.province, row.city, row.year,
        row.name, row.value, row.unit, row.approx, row.quote, row.section_id,
        [str(flag) for flag in row.flags],
        None if change is None else [change.direction.value, change.amount, change.unit,
                                     change.text],
        row.numerator, row.denominator, row.computed,
    ]  # fmt: skip


def _row(data: list[Any]) -> IndicatorRow:
    (report_id, title, region, level, province, city, year, name, value, unit, approx, quote,
     section_id, flags, change, numerator, denominator, computed) = data  # fmt: skip
    return IndicatorRow(
        report_id, title, region, level, province, city, year, name, value, unit, approx, quote,
        section_id, tuple(Flag(flag) for flag in flags),
        None if change is None else Comparison(Direction(change[0]), *change[1:]),
        numerator, denominator, computed,
    )  # fmt: skip


def _summary_json(summary: ReportSummary) -> list[object]:
    findings = [[f.slug, f.label, f.evidence and str(f.evidence), f.section_id, f.quote]
                for f in summary.parts.findings]  # fmt: skip
    return [
        summary.report_id, summary.title, summary.region, summary.level, summary.province,
        summary.city, summary.year, summary.published, findings,
    ]  # fmt: skip


def _summary(data: list[Any]) -> ReportSummary:
    report_id, title, region, level, province, city, year, published, findings = data
    found = tuple(
        PartFinding(slug, label, Evidence(evidence) if evidence else None, section_id, quote)
        for slug, label, evidence, section_id, quote in findings
    )
    parts = PartsCheck(report_id, found)
    return ReportSummary(report_id, title, region, level, province, city, year, published, parts)


def _listing_json(entry: ReportListing) -> list[object]:
    return [
        entry.report_id, entry.title, entry.region, entry.city, entry.province, entry.level,
        entry.year, entry.published, entry.sections, entry.indicators, sorted(entry.types),
    ]  # fmt: skip


def _listing(data: list[Any]) -> ReportListing:
    (
        report_id,
        title,
        region,
        city,
        province,
        level,
        year,
        published,
        sections,
        indicators,
        types,
    ) = data
    return ReportListing(
        report_id, title, region, city, province, level, year, published, sections, indicators,
        frozenset(types),
    )  # fmt: skip


# --- reading ---------------------------------------------------------------------------------


class _Slot(Generic[T]):
    """One view, computed or decoded once, for the vocabulary (its key) it was asked with."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: object = None
        self._value: T | None = None

    def get(self, key: object, compute: Callable[[], T]) -> T:
        with self._lock:  # one worker thread computes, the others wait for it
            if self._value is None or not _same(key, self._key):
                self._value, self._key = compute(), key
            return self._value


def _same(key: object, other: object) -> bool:
    return key is other or (isinstance(key, str) and key == other)


class GenerationViews:
    """The corpus views of one generation: read from `generation.views` where `reindex` wrote
    them with the vocabulary asked for, else computed from the stored reports on first use."""

    def __init__(
        self,
        generation: Path,
        cards: Callable[[], list[ReportCard]],
        reports: Callable[[], Iterable[ReportJSON]],
    ) -> None:
        """`cards`: every report without its sections' text; `reports`: every stored report."""
        self._cards = cards
        self._reports = reports
        self._stored, self._meta = _open_views(generation)
        self._fingerprints: dict[int, tuple[object, str]] = {}
        self._lock = threading.Lock()
        self._rows = _Slot[dict[str, tuple[IndicatorRow, ...]]]()
        self._counts = _Slot[dict[str, tuple[int, int]]]()
        self._structure = _Slot[Summaries]()
        self._listing = _Slot[tuple[ReportListing, ...]]()
        self._zones = _Slot[dict[str, str]]()

    @property
    def stored(self) -> bool:
        """Whether this generation has its views file (else every view is computed on use)."""
        return bool(self._stored)

    def figure_rows(
        self, catalogue: IndicatorCatalogue, names: Sequence[str] = ()
    ) -> tuple[IndicatorRow, ...]:
        """The rows of the indicators `names` (every row when empty), in the rows' order: by
        name, province, city, place and year."""
        key = self._key(catalogue)
        stored = self._stored_for("catalogue", key)
        by_name = self._rows_by_name(key, catalogue)
        wanted = sorted(set(names)) if names else sorted(self.figure_counts(catalogue))
        rows: list[IndicatorRow] = []
        with self._lock:  # rows are decoded name by name, as pages ask for them
            for name in wanted:
                if name not in by_name:
                    by_name[name] = self._stored_rows(name) if stored else ()
                rows += by_name[name]
        return tuple(rows)

    def figure_counts(self, catalogue: IndicatorCatalogue) -> Mapping[str, tuple[int, int]]:
        """Each indicator stated anywhere: how many rows, and how many reports, state it."""
        key = self._key(catalogue)
        if self._stored_for("catalogue", key):
            stored = self._stored[_COUNTS]
            return self._counts.get(key, lambda: {n: (r, c) for n, (r, c) in _json(stored).items()})
        by_name = self._rows_by_name(key, catalogue)
        return self._counts.get(key, lambda: {n: _counts(rows) for n, rows in by_name.items()})

    def structure(self, parts: PartsVocabulary) -> Summaries:
        """Every report with its required-parts check, newest year first (/structure)."""
        key = self._key(parts)
        if self._stored_for("parts", key):
            return self._structure.get(key, lambda: _stored_summaries(self._stored))
        computed = lambda: Summaries.of(corpus_summaries(self._parsed_reports(), parts))  # noqa: E731
        return self._structure.get(key, computed)

    def reports(self) -> tuple[ReportListing, ...]:
        """Every report as the reports list shows it, newest first."""
        if self._stored:
            stored = self._stored[_LISTING]
            return self._listing.get(VIEWS_FILE, lambda: tuple(map(_listing, _json(stored))))
        return self._listing.get(VIEWS_FILE, lambda: listing(self._cards()))

    def zone_short_names(self, regions: frozenset[str], places: RegionResolver) -> dict[str, str]:
        """The indexed regions that are functional zones, with their short names."""
        compute = lambda: {r: s for r in regions if (s := places.zone_short_name(r))}  # noqa: E731
        return self._zones.get(places, compute)

    def _rows_by_name(
        self, key: str, catalogue: IndicatorCatalogue
    ) -> dict[str, tuple[IndicatorRow, ...]]:
        """Stored: an empty dict that `figure_rows` fills; else every row, computed now."""
        if self._stored_for("catalogue", key):
            return self._rows.get(key, dict)
        return self._rows.get(key, lambda: _grouped(corpus_rows(self._cards(), catalogue)))

    def _stored_rows(self, name: str) -> tuple[IndicatorRow, ...]:
        stored = self._stored.get(_FIGURES + name)
        return () if stored is None else tuple(_row(row) for row in _json(stored))

    def _parsed_reports(self) -> Iterator[Report]:
        return (Report.from_json(report) for report in self._reports())

    def _stored_for(self, vocabulary: str, key: str) -> bool:
        return self._meta.get("version") == VIEWS_VERSION and self._meta.get(vocabulary) == key

    def _key(self, vocabulary: object) -> str:
        """The vocabulary's fingerprint, worked out once per vocabulary object."""
        with self._lock:
            known = self._fingerprints.get(id(vocabulary))
            if known is None or known[0] is not vocabulary:
                while len(self._fingerprints) >= MAX_VOCABULARIES:
                    del self._fingerprints[next(iter(self._fingerprints))]  # the oldest
                known = self._fingerprints[id(vocabulary)] = (vocabulary, fingerprint(vocabulary))
            return known[1]


def _grouped(rows: Iterable[IndicatorRow]) -> dict[str, tuple[IndicatorRow, ...]]:
    by_name: dict[str, list[IndicatorRow]] = {}
    for row in rows:
        by_name.setdefault(row.name, []).append(row)
    return {name: tuple(found) for name, found in by_name.items()}


def _open_views(generation: Path) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """The views file's arrays and what they were computed with; none for a generation written
    before views were stored. A damaged file raises BundleError (the reader says run reindex)."""
    path = generation / VIEWS_FILE
    if not path.exists():
        return {}, {}
    stored = Bundle(path).arrays
    try:
        meta = _json(stored[_META])
    except (KeyError, ValueError) as error:
        raise BundleError(f"{VIEWS_FILE} is damaged: {error}") from error
    if not isinstance(meta, dict):
        raise BundleError(f"{VIEWS_FILE} is damaged: no description of its views")
    return stored, meta


def fingerprint(vocabulary: object) -> str:
    """A digest of a vocabulary's content, the same in every process (sets sorted)."""
    canonical = json.dumps(_canonical(vocabulary), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(canonical.encode()).hexdigest()


def _canonical(value: object) -> object:
    if is_dataclass(value) and not isinstance(value, type):
        data = {f.name: _canonical(getattr(value, f.name)) for f in fields(value)}
        return [type(value).__name__, data]
    if isinstance(value, Enum):
        return [type(value).__name__, _canonical(value.value)]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    if isinstance(value, re.Pattern):
        return ["re", value.pattern, int(value.flags)]
    if isinstance(value, tuple | list):
        return [_canonical(item) for item in value]
    if isinstance(value, set | frozenset):
        return sorted((_canonical(item) for item in value), key=_sort_key)
    if isinstance(value, Mapping):
        return sorted(([_canonical(k), _canonical(v)] for k, v in value.items()), key=_sort_key)
    raise TypeError(f"no fingerprint for {type(value).__name__}")


def _sort_key(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
