"""The query side of indicators: rows of one figure across reports, checked and compared.

Rows are computed from the report cards (the `inspect` shape without section text) by `reindex`,
kept in the generation's views (corpus_views.py), then filtered per request. What the contract's
indicator JSON does not carry is derived with the rows: the comparison from the quote
(`…114宗,同比增长29.5%`), and for a rate the counts it is computed from in the same section
(`纠正…21宗` of `收到…114宗`). A computed rate is
only ever a check beside the stated one: a mismatch beyond rounding raises a flag, never a fix.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from indexer.models import IndicatorJSON, ReportCard, ReportJSON
from indexer.parsing.indicators import (
    Comparison,
    IndicatorCatalogue,
    IndicatorKind,
    read_comparison,
)
from indexer.querying.query_language import ParsedQuery
from indexer.querying.snapshot import Snapshot
from indexer.regions import short_forms
from indexer.schema import UNKNOWN_PLACE


class Flag(StrEnum):
    APPROX = "approx"  # 余, 约, 万: the report rounds the figure
    RATE_CHECKED = "rate_checked"  # the section states the parts and they give the rate
    RATE_MISMATCH = "rate_mismatch"  # the parts give another rate than the one stated
    SEVERAL_VALUES = "several_values"  # the report states more than one value for this indicator


@dataclass(frozen=True, slots=True)
class IndicatorQuery:
    """Which rows to return: every filter is OR within, AND across; empty means any."""

    names: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    provinces: tuple[str, ...] = ()
    cities: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class IndicatorRow:
    report_id: str
    title: str
    region: str | None
    level: str
    province: str | None
    city: str | None
    year: int | None
    name: str
    value: float
    unit: str
    approx: bool
    quote: str
    section_id: str
    flags: tuple[Flag, ...] = ()
    change: Comparison | None = None
    numerator: float | None = None
    denominator: float | None = None
    computed: float | None = None  # the rate the parts give, in %, rounded to 2 places

    @property
    def place(self) -> str:
        return self.region or self.city or self.province or UNKNOWN_PLACE


@dataclass(frozen=True, slots=True)
class NameCount:
    name: str
    kind: str
    unit: str
    rows: int
    reports: int


# --- building rows from stored reports -----------------------------------------------------------


def report_rows(
    report: ReportJSON | ReportCard, catalogue: IndicatorCatalogue
) -> tuple[IndicatorRow, ...]:
    """The rows of one report in the contract's JSON shape, with comparisons and rate checks."""
    rows = tuple(_row(report, item, catalogue) for item in report.get("indicators", ()))
    rows = tuple(_check_rate(row, rows, catalogue) for row in rows)
    return _flag_several(rows)


def _row(
    report: ReportJSON | ReportCard, item: IndicatorJSON, catalogue: IndicatorCatalogue
) -> IndicatorRow:
    return IndicatorRow(
        report_id=report["report_id"],
        title=report.get("title") or "",
        region=report.get("region"),
        level=report.get("level") or "other",
        province=report.get("province"),
        city=report.get("city"),
        year=report.get("year"),
        name=item["name"],
        value=float(item["value"]),
        unit=item["unit"],
        approx=bool(item["approx"]),
        quote=item["quote"],
        section_id=item["section_id"],
        flags=(Flag.APPROX,) if item["approx"] else (),
        change=read_comparison(item["quote"], catalogue),
    )


def _check_rate(
    row: IndicatorRow, rows: Sequence[IndicatorRow], catalogue: IndicatorCatalogue
) -> IndicatorRow:
    """A rate with its parts stated in the same section, checked; any other row unchanged."""
    spec = catalogue.spec(row.name)
    if spec is None or spec.kind is not IndicatorKind.RATE or spec.numerator is None:
        return row
    numerator = _only_value(rows, row.section_id, spec.numerator)
    denominator = next(
        (v for name in spec.denominators if (v := _only_value(rows, row.section_id, name))), None
    )
    if numerator is None or not denominator:
        return row
    computed = round(100 * numerator / denominator, 2)
    agrees = row.approx or abs(computed - row.value) <= _rounding(row.value) + 1e-9
    flag = Flag.RATE_CHECKED if agrees else Flag.RATE_MISMATCH
    return replace(
        row,
        numerator=numerator,
        denominator=denominator,
        computed=computed,
        flags=(*row.flags, flag),
    )


def _only_value(rows: Sequence[IndicatorRow], section_id: str, name: str) -> float | None:
    """The one value `name` has in the section; None when absent or ambiguous (no guessing)."""
    values = {r.value for r in rows if r.section_id == section_id and r.name == name}
    return values.pop() if len(values) == 1 else None


def _rounding(value: float) -> float:
    """Half a unit of the last decimal the report wrote: 18.3 -> 0.05, 100 -> 0.5."""
    written = f"{value:.6f}".rstrip("0").rstrip(".")
    decimals = len(written.split(".")[1]) if "." in written else 0
    return 0.5 * 10.0**-decimals


def _flag_several(rows: tuple[IndicatorRow, ...]) -> tuple[IndicatorRow, ...]:
    values: dict[str, set[float]] = defaultdict(set)
    for row in rows:
        values[row.name].add(row.value)
    return tuple(
        replace(row, flags=(*row.flags, Flag.SEVERAL_VALUES)) if len(values[row.name]) > 1 else row
        for row in rows
    )


def corpus_rows(
    cards: Iterable[ReportCard], catalogue: IndicatorCatalogue
) -> tuple[IndicatorRow, ...]:
    """Every row of the reports (their cards: metadata and figures, no section text), by name,
    province, city, place and year."""
    return in_row_order(row for report in cards for row in report_rows(report, catalogue))


def in_row_order(rows: Iterable[IndicatorRow]) -> tuple[IndicatorRow, ...]:
    """By name, province, city, place and year; rows that tie keep their order (the corpus's:
    by report id, then each report's own)."""
    return tuple(sorted(rows, key=_row_order))


def all_rows(snapshot: Snapshot, catalogue: IndicatorCatalogue) -> tuple[IndicatorRow, ...]:
    """Every row of the live snapshot (the generation's figure view)."""
    return snapshot.views.figure_rows(catalogue)


def _row_order(row: IndicatorRow) -> tuple[str, str, str, str, int]:
    return (row.name, row.province or "", row.city or "", row.place, row.year or 0)


# --- filtering ---------------------------------------------------------------------------------


def indicator_rows(
    snapshot: Snapshot, query: IndicatorQuery, catalogue: IndicatorCatalogue
) -> tuple[IndicatorRow, ...]:
    """The rows passing `query`; only the named indicators' rows are read when it names some."""
    return filter_rows(snapshot.views.figure_rows(catalogue, query.names), query)


def filter_rows(rows: Iterable[IndicatorRow], query: IndicatorQuery) -> tuple[IndicatorRow, ...]:
    return tuple(row for row in rows if _accepts(row, query))


def _accepts(row: IndicatorRow, query: IndicatorQuery) -> bool:
    return (
        (not query.names or row.name in query.names)
        and (not query.years or row.year in query.years)
        and (not query.levels or row.level in query.levels)
        and _places_accept(row, query)
    )


def _places_accept(row: IndicatorRow, query: IndicatorQuery) -> bool:
    """Short names too, as the search filters: 广东 accepts 广东省."""
    names = short_forms()
    return (
        names.accepts(row.province, query.provinces)
        and names.accepts(row.city, query.cities)
        and names.accepts(row.region, query.regions)
    )


def indicator_names(snapshot: Snapshot, catalogue: IndicatorCatalogue) -> tuple[NameCount, ...]:
    """The catalogue in its own order, each name with how many rows and reports state it."""
    counts = snapshot.views.figure_counts(catalogue)
    return tuple(
        NameCount(spec.name, spec.kind.value, spec.unit, *counts.get(spec.name, (0, 0)))
        for spec in catalogue.specs
    )


def named_indicators(parsed: ParsedQuery, catalogue: IndicatorCatalogue) -> tuple[str, ...]:
    """The indicators a search query names (`行政复议 纠错率`, `出庭应诉率`); () for a topic.

    Every query word must be part of the name and one must end with a measure word (率, 数 …),
    so `行政复议` alone, a topic, names none; nor does a query that excludes anything."""
    words = parsed.positive_words()
    if not words or parsed.excluded:
        return ()
    if not any(w.endswith(catalogue.query_measures) for w in words):
        return ()
    return tuple(s.name for s in catalogue.specs if all(w in s.name for w in words))


# --- the compare table: regions x years --------------------------------------------------------


class LineOrder(StrEnum):
    PLACE = "place"
    VALUE_DESC = "value_desc"
    VALUE_ASC = "value_asc"


@dataclass(frozen=True, slots=True)
class YearChange:
    """From one stated year to the next stated one: points for a rate, percent for a count."""

    from_year: int
    to_year: int
    difference: float
    percent: float | None  # None for a rate (points say it) or from zero


@dataclass(frozen=True, slots=True)
class CompareLine:
    place: str
    province: str | None
    city: str | None
    cells: tuple[IndicatorRow | None, ...]  # one per year of the table, the first row stated
    change: YearChange | None

    @property
    def latest(self) -> IndicatorRow | None:
        return next((cell for cell in reversed(self.cells) if cell is not None), None)


@dataclass(frozen=True, slots=True)
class CompareTable:
    years: tuple[int, ...]
    lines: tuple[CompareLine, ...]


def compare_table(rows: Sequence[IndicatorRow], order: LineOrder = LineOrder.PLACE) -> CompareTable:
    """One line per place, one column per year; rows without a year are left out."""
    years = tuple(sorted({r.year for r in rows if r.year is not None}))
    by_place: dict[tuple[str | None, str | None, str], dict[int, IndicatorRow]] = defaultdict(dict)
    for row in rows:
        if row.year is not None:
            by_place[(row.province, row.city, row.place)].setdefault(row.year, row)
    lines = [
        CompareLine(place, province, city, tuple(cells.get(y) for y in years), _change(cells))
        for (province, city, place), cells in by_place.items()
    ]
    return CompareTable(years, tuple(_ordered(lines, order)))


def _change(cells: dict[int, IndicatorRow]) -> YearChange | None:
    """Between the last two years the place states; None for a single year."""
    if len(cells) < 2:
        return None
    earlier, later = (cells[y] for y in sorted(cells)[-2:])
    return year_change(earlier, later)


def year_change(earlier: IndicatorRow, later: IndicatorRow) -> YearChange:
    """From one stated year's figure to a later one's."""
    difference = round(later.value - earlier.value, 2)
    rate = later.unit == "%"
    percent = None if rate or not earlier.value else round(100 * difference / earlier.value, 1)
    return YearChange(earlier.year or 0, later.year or 0, difference, percent)


def _ordered(lines: list[CompareLine], order: LineOrder) -> list[CompareLine]:
    by_place = sorted(lines, key=lambda line: (line.province or "", line.city or "", line.place))
    if order is LineOrder.PLACE:
        return by_place
    stated = [(line.latest.value, line) for line in by_place if line.latest is not None]
    stated.sort(key=lambda pair: pair[0], reverse=order is LineOrder.VALUE_DESC)
    return [line for _, line in stated]
