"""Indicator rows as JSON and CSV (`/api/indicators`, `/api/indicators/names`, routed by api.py).

Parameters mirror the search filters: `name`, `year`, `province`, `city`, `region`, `level`, each
repeatable (OR within, AND across), short place names accepted.
"""

from __future__ import annotations

from flask import Response, request
from werkzeug.datastructures import MultiDict

from indexer.models import Level
from indexer.querying.figures import IndicatorQuery, NameCount, indicator_names, indicator_rows
from webapp import csv_export
from webapp.present import row_json
from webapp.query_args import InvalidParameter, filter_values
from webapp.responses import catalogue, records_csv, snapshot

ROW_COLUMNS = (
    "report_id", "region", "province", "city", "year", "name", "value", "unit", "approx",
    "quote", "section_id", "url", "flags",
)  # fmt: skip
NAME_COLUMNS = ("name", "kind", "unit", "rows", "reports")


def indicator_query(args: MultiDict[str, str]) -> IndicatorQuery:
    """Request parameters -> IndicatorQuery; InvalidParameter (a 400) for anything invalid."""
    names = filter_values(args, "name")
    known = {spec.name for spec in catalogue().specs}
    for name in names:
        if name not in known:
            raise InvalidParameter("name", f"未知指标 {name!r}，见 /api/indicators/names")
    levels = filter_values(args, "level")
    for level in levels:
        if level not in {lv.value for lv in Level}:
            raise InvalidParameter("level", f"可选：{', '.join(Level)}")
    return IndicatorQuery(
        names=names,
        years=tuple(_year(value) for value in filter_values(args, "year")),
        provinces=filter_values(args, "province"),
        cities=filter_values(args, "city"),
        regions=filter_values(args, "region"),
        levels=levels,
    )


def _year(value: str) -> int:
    if not (value.isascii() and value.isdigit() and len(value) == 4):
        raise InvalidParameter("year", f"年份应为四位数字，收到 {value!r}")
    return int(value)


def name_json(count: NameCount) -> dict[str, object]:
    return {"name": count.name, "kind": count.kind, "unit": count.unit,
            "rows": count.rows, "reports": count.reports}  # fmt: skip


def indicators_json() -> dict[str, object]:
    rows = indicator_rows(snapshot(), indicator_query(request.args), catalogue())
    return {"total": len(rows), "rows": [row_json(row) for row in rows[: csv_export.max_rows()]]}


def indicators_csv() -> Response:
    rows = indicator_rows(snapshot(), indicator_query(request.args), catalogue())
    return records_csv("fazhi-indicators", ROW_COLUMNS, (row_json(row) for row in rows))


def indicator_names_json() -> dict[str, object]:
    return {"names": [name_json(count) for count in indicator_names(snapshot(), catalogue())]}


def indicator_names_csv() -> Response:
    counts = indicator_names(snapshot(), catalogue())
    return records_csv("fazhi-indicator-names", NAME_COLUMNS, (name_json(c) for c in counts))
