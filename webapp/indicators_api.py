"""Indicator rows as JSON and CSV (`/api/indicators`, `/api/indicators/names`), and the answer card.

Parameters mirror the search filters: `name`, `year`, `province`, `city`, `region`, `level`, each
repeatable (OR within, AND across), short place names accepted. This module does not import
`webapp.present`, so `present.page_json` can use it for the answer card.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import NotRequired, TypedDict

from flask import Blueprint, Response, current_app, request
from werkzeug.datastructures import MultiDict

from indexer.figures import (
    IndicatorQuery,
    IndicatorRow,
    NameCount,
    filter_rows,
    indicator_names,
    indicator_rows,
    named_indicators,
)
from indexer.indicators import IndicatorCatalogue
from indexer.models import Level
from indexer.normalize import to_simplified
from indexer.reader import Snapshot
from indexer.schema import CITY, PROVINCE, REGION, YEAR
from indexer.search import SearchRequest
from webapp import csv_export
from webapp.query_args import MAX_FILTER_VALUES, InvalidParameter
from webapp.urls import public_url

blueprint = Blueprint("indicators_api", __name__, url_prefix="/api")

ANSWER_ROWS = 20  # figures shown above the hits; the compare page has them all
ROW_COLUMNS = (
    "report_id", "region", "province", "city", "year", "name", "value", "unit", "approx",
    "quote", "section_id", "url", "flags",
)  # fmt: skip
NAME_COLUMNS = ("name", "kind", "unit", "rows", "reports")


def snapshot() -> Snapshot:
    live: Snapshot = current_app.extensions["index_reader"].snapshot()
    return live


def catalogue() -> IndicatorCatalogue:
    """Loaded once per app, on first use (compiling the catalogue costs a few milliseconds)."""
    loaded: IndicatorCatalogue = current_app.extensions.setdefault(
        "indicator_catalogue", IndicatorCatalogue.from_data()
    )
    return loaded


def indicator_query(args: MultiDict[str, str]) -> IndicatorQuery:
    """Request parameters -> IndicatorQuery; InvalidParameter (a 400) for anything invalid."""
    names = _values(args, "name")
    known = {spec.name for spec in catalogue().specs}
    for name in names:
        if name not in known:
            raise InvalidParameter("name", f"未知指标 {name!r}，见 /api/indicators/names")
    levels = _values(args, "level")
    for level in levels:
        if level not in {lv.value for lv in Level}:
            raise InvalidParameter("level", f"可选：{', '.join(Level)}")
    return IndicatorQuery(
        names=names,
        years=tuple(_year(value) for value in _values(args, "year")),
        provinces=_values(args, "province"),
        cities=_values(args, "city"),
        regions=_values(args, "region"),
        levels=levels,
    )


def _values(args: MultiDict[str, str], name: str) -> tuple[str, ...]:
    values = [to_simplified(v.strip()) for v in args.getlist(name) if v.strip()]
    if len(values) > MAX_FILTER_VALUES or any(len(v) > 50 for v in values):
        raise InvalidParameter(name, f"最多 {MAX_FILTER_VALUES} 个取值，每个不超过 50 字")
    return tuple(dict.fromkeys(values))


def _year(value: str) -> int:
    if not (value.isascii() and value.isdigit() and len(value) == 4):
        raise InvalidParameter("year", f"年份应为四位数字，收到 {value!r}")
    return int(value)


def row_url(row: IndicatorRow) -> str:
    """The report page at the figure's section, its quote highlighted as a phrase."""
    quote = row.quote.replace('"', " ")
    url = public_url("html.report", report_id=row.report_id, q=f'"{quote}"')
    return f"{url}#{row.section_id}"


def display_number(value: float) -> int | float:
    """18.0 -> 18, as the report JSON shows counts."""
    return int(value) if float(value).is_integer() else value


class ChangeJSON(TypedDict):
    direction: str
    amount: float
    unit: str
    text: str


class RowJSON(TypedDict):
    report_id: str
    region: str | None
    province: str | None
    city: str | None
    year: int | None
    name: str
    value: int | float
    unit: str
    approx: bool
    quote: str
    section_id: str
    url: str
    flags: list[str]
    level: str
    title: str
    change: NotRequired[ChangeJSON]
    numerator: NotRequired[float | None]
    denominator: NotRequired[float | None]
    computed: NotRequired[float]


class NameJSON(TypedDict):
    name: str
    kind: str
    unit: str
    rows: int
    reports: int


def row_json(row: IndicatorRow) -> RowJSON:
    value = display_number(row.value)
    data: RowJSON = {
        "report_id": row.report_id,
        "region": row.region,
        "province": row.province,
        "city": row.city,
        "year": row.year,
        "name": row.name,
        "value": value,
        "unit": row.unit,
        "approx": row.approx,
        "quote": row.quote,
        "section_id": row.section_id,
        "url": row_url(row),
        "flags": [str(flag) for flag in row.flags],
        "level": row.level,
        "title": row.title,
    }
    if row.change is not None:
        change = row.change
        data["change"] = {"direction": str(change.direction), "amount": change.amount,
                          "unit": change.unit, "text": change.text}  # fmt: skip
    if row.computed is not None:
        data |= {"numerator": row.numerator, "denominator": row.denominator,
                 "computed": row.computed}  # fmt: skip
    return data


def name_json(count: NameCount) -> NameJSON:
    return {"name": count.name, "kind": count.kind, "unit": count.unit,
            "rows": count.rows, "reports": count.reports}  # fmt: skip


@blueprint.get("/indicators")
def rows_json() -> dict[str, object]:
    rows = indicator_rows(snapshot(), indicator_query(request.args), catalogue())
    return {"total": len(rows), "rows": [row_json(row) for row in rows[: csv_export.max_rows()]]}


@blueprint.get("/indicators.csv")
def rows_csv() -> Response:
    rows = indicator_rows(snapshot(), indicator_query(request.args), catalogue())
    return csv_response("fazhi-indicators", ROW_COLUMNS, (row_json(row) for row in rows))


@blueprint.get("/indicators/names")
def names_json() -> dict[str, list[NameJSON]]:
    return {"names": [name_json(count) for count in indicator_names(snapshot(), catalogue())]}


@blueprint.get("/indicators/names.csv")
def names_csv() -> Response:
    counts = indicator_names(snapshot(), catalogue())
    return csv_response("fazhi-indicator-names", NAME_COLUMNS, (name_json(c) for c in counts))


def csv_response(
    stem: str, columns: Sequence[str], records: Iterable[Mapping[str, object]]
) -> Response:
    rows = ([record.get(column) for column in columns] for record in records)
    return csv_export.csv_response(stem, columns, rows)


# --- the answer card on the search page --------------------------------------------------------


def answer_rows(search: SearchRequest) -> tuple[IndicatorRow, ...]:
    """The figures a search query names, under the search's place and year filters."""
    names = named_indicators(search.query, catalogue())
    if not names:
        return ()
    years = tuple(int(y) for y in search.selected(YEAR) if y.isdigit())
    query = IndicatorQuery(
        names=names,
        years=years,
        provinces=search.selected(PROVINCE),
        cities=search.selected(CITY),
        regions=search.selected(REGION),
    )
    rows = filter_rows(indicator_rows(snapshot(), IndicatorQuery(names=names), catalogue()), query)
    return tuple(sorted(rows, key=lambda r: (-(r.year or 0), r.name)))[:ANSWER_ROWS]
