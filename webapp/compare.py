"""The compare page: one indicator across places and years, with a chart and a CSV export.

`/compare?name=行政复议纠错率&province=广东省` shows a table of places x years, each value linking
to its sentence in the report, the change between a place's last two years, and a server-rendered
bar chart of the latest values. All state is in the URL; it works without JavaScript.
Routed by html.py (the page, its CSV); the JSON twin is `/api/indicators` (indicators_api.py).
"""

from __future__ import annotations

from flask import Response, render_template, request
from werkzeug.datastructures import MultiDict

from indexer.models import Level
from indexer.querying.figures import (
    CompareTable,
    IndicatorQuery,
    LineOrder,
    compare_table,
    indicator_names,
    indicator_rows,
)
from indexer.schema import LEVEL_LABELS
from webapp.charts import bar_chart_svg
from webapp.csv_export import max_rows
from webapp.indicators_api import ROW_COLUMNS, indicator_query
from webapp.present import row_json, with_args
from webapp.query_args import InvalidParameter
from webapp.responses import catalogue, display_number, records_csv, row_url, snapshot

CHART_BARS = 20
FILTERS = ("province", "city", "region", "year", "level")


def compare_page() -> str:
    query = indicator_query(request.args)
    order = _order(request.args)
    name = query.names[0] if query.names else None
    found = indicator_rows(snapshot(), query, catalogue()) if name else ()
    rows = found[: max_rows()]  # a bounded page: the full set is one narrower filter away
    table = compare_table(rows, order)
    spec = catalogue().spec(name) if name else None
    return render_template(
        "compare.html",
        name=name,
        unit=spec.unit if spec else "",
        names=[n for n in indicator_names(snapshot(), catalogue()) if n.rows],
        options=_options(name),
        selected={f: request.args.get(f, "") for f in FILTERS},
        rows=rows,
        found=len(found),
        table=table,
        order=order.value,
        sort_urls=_sort_urls(order),
        chart=_chart(name or "", table),
        csv_url=with_args("html.compare_csv", request.args, sort=None),
        json_url=with_args("api.indicators_json", request.args, sort=None),
        row_url=row_url,
        level_labels=LEVEL_LABELS,
        number=display_number,
    )


def compare_csv() -> Response:
    rows = indicator_rows(snapshot(), indicator_query(request.args), catalogue())
    return records_csv("fazhi-compare", ROW_COLUMNS, (row_json(r) for r in rows))


def _order(args: MultiDict[str, str]) -> LineOrder:
    raw = args.get("sort") or LineOrder.PLACE.value
    try:
        return LineOrder(raw)
    except ValueError:
        raise InvalidParameter("sort", f"可选：{', '.join(LineOrder)}") from None


def _sort_urls(order: LineOrder) -> dict[str, str]:
    """Header links: place order, and value order flipping between descending and ascending."""
    by_value = LineOrder.VALUE_ASC if order is LineOrder.VALUE_DESC else LineOrder.VALUE_DESC
    return {
        "place": with_args("html.compare_page", request.args, sort=None),
        "value": with_args("html.compare_page", request.args, sort=by_value.value),
    }


def _options(name: str | None) -> dict[str, list[str]]:
    """The filter choices: the places and years that state this indicator at all."""
    every = indicator_rows(snapshot(), IndicatorQuery(names=(name,)), catalogue()) if name else ()
    return {
        "province": sorted({r.province for r in every if r.province}),
        "year": sorted({str(r.year) for r in every if r.year}, reverse=True),
        "level": [lv.value for lv in Level if any(r.level == lv.value for r in every)],
    }


def _chart(name: str, table: CompareTable) -> dict[str, object] | None:
    latest = [(line.place, line.latest) for line in table.lines if line.latest is not None]
    bars = tuple((place, display_number(row.value)) for place, row in latest)
    if not bars:
        return None
    title = f"{name}（各地最新一年）"
    svg = bar_chart_svg("chart-compare", title, bars[:CHART_BARS])
    return {"title": title, "svg": svg, "bars": bars[:CHART_BARS]}
