"""The required-parts view (第二十五条): `/structure`, `/structure.csv`, `/api/structure`.

One row per report with a mark per part, the share of reports stating each part, facets for year,
province, city and level, and `missing=<part>` to list the reports that lack a part. The report
page shows its own card (`_parts_card.html`, through the `parts_card` template helper).
Routed by html.py (the page, its CSV) and api.py (the JSON).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypedDict

from flask import Response, render_template, request, url_for
from werkzeug.datastructures import MultiDict

from indexer.models import Level
from indexer.parsing.pipeline import MAX_REPORT_ID_LENGTH
from indexer.querying.report_view import stored_report
from indexer.querying.required_parts import Evidence, PartsCheck, check_json, check_parts
from indexer.querying.search import Facet
from indexer.querying.structure import (
    ReportSummary,
    StructureQuery,
    StructureTable,
    report_summaries,
    structure_table,
)
from indexer.schema import LEVEL_LABELS
from webapp.present import facet_json, pagination, place_path, with_args
from webapp.query_args import InvalidParameter, filter_values
from webapp.responses import parts_vocabulary as vocabulary
from webapp.responses import records_csv, report_url, snapshot

EVIDENCE_LABELS = {
    Evidence.HEADING: "有专门标题",
    Evidence.SECTION: "有对应章节",
    Evidence.BODY: "仅在正文中提及",
}
EVIDENCE_MARKS = {Evidence.HEADING: "●", Evidence.SECTION: "◐", Evidence.BODY: "○"}
MISSING_MARK = "✕"
DEFAULT_ROWS = 100  # rows a page of /structure and /api/structure
MAX_ROWS = 1000
MAX_PAGE = 1000
CSV_EVIDENCE: dict[Evidence | None, str] = {None: "缺", **{e: str(e) for e in Evidence}}


def structure_query(args: MultiDict[str, str]) -> StructureQuery:
    """Request parameters -> StructureQuery; InvalidParameter (a 400) for anything invalid."""
    years = filter_values(args, "year")
    for year in years:
        if not (year.isascii() and year.isdigit() and len(year) == 4):
            raise InvalidParameter("year", f"年份应为四位数字，收到 {year!r}")
    levels = filter_values(args, "level")
    if any(level not in {lv.value for lv in Level} for level in levels):
        raise InvalidParameter("level", f"可选：{', '.join(Level)}")
    missing = filter_values(args, "missing")
    slugs = [rule.slug for rule in vocabulary().parts]
    if any(slug not in slugs for slug in missing):
        raise InvalidParameter("missing", f"可选：{', '.join(slugs)}")
    return StructureQuery(
        years=years,
        provinces=filter_values(args, "province"),
        cities=filter_values(args, "city"),
        levels=levels,
        missing=missing,
    )


def current_table() -> StructureTable:
    summaries = report_summaries(snapshot(), vocabulary())
    table = structure_table(summaries, structure_query(request.args), vocabulary())
    facets = tuple(_level_labels(f) if f.name == "level" else f for f in table.facets)
    return replace(table, facets=facets)


def _level_labels(facet: Facet) -> Facet:
    values = tuple(replace(v, label=LEVEL_LABELS.get(v.value, v.value)) for v in facet.values)
    return replace(facet, values=values)


class RowPartJSON(TypedDict):
    """A part in a row of /api/structure: its label is given once, in `parts` at the top."""

    present: bool
    evidence: str | None
    section_id: str | None
    quote: str
    url: str | None


def row_json(row: ReportSummary) -> dict[str, object]:
    parts: dict[str, RowPartJSON] = {
        slug: {
            "present": part["present"],
            "evidence": part["evidence"],
            "section_id": part["section_id"],
            "quote": part["quote"],
            "url": (
                report_url(row.report_id, part["section_id"], external=True)
                if part["present"]
                else None
            ),
        }
        for slug, part in check_json(row.parts).items()
    }
    return {
        "report_id": row.report_id, "title": row.title, "region": row.region,
        "province": row.province, "city": row.city, "level": row.level, "year": row.year,
        "published": row.published, "url": report_url(row.report_id, external=True),
        "complete": row.parts.complete, "parts": parts,
    }  # fmt: skip


def rows_page(args: MultiDict[str, str]) -> tuple[int, int]:
    """(page, size) from the request: 100 rows a page by default, at most 1000."""
    numbers = []
    for name, default, high in (("page", 1, MAX_PAGE), ("size", DEFAULT_ROWS, MAX_ROWS)):
        raw = args.get(name) or str(default)
        if not (raw.isascii() and raw.isdigit() and 1 <= int(raw) <= high):
            raise InvalidParameter(name, f"应为 1 到 {high} 之间的整数")
        numbers.append(int(raw))
    return numbers[0], numbers[1]


def table_json(table: StructureTable, page: int, size: int) -> dict[str, object]:
    return {
        "total": len(table.rows),
        "page": page,
        "size": size,
        "complete": table.complete,
        "parts": [
            {"slug": s.slug, "label": s.label, "count": s.count, "share": round(s.share, 4)}
            for s in table.shares
        ],
        "facets": {f.name: facet_json(f) for f in table.facets},
        "rows": [row_json(row) for row in table.rows[(page - 1) * size : page * size]],
    }


def structure_json() -> dict[str, object]:
    page, size = rows_page(request.args)
    return table_json(current_table(), page, size)


def report_parts_json(report_id: str) -> tuple[dict[str, object], int]:
    too_long = len(report_id) > MAX_REPORT_ID_LENGTH
    report = None if too_long else stored_report(snapshot(), report_id)
    if report is None:
        return {"error": f"未找到报告 {report_id}"}, 404
    check = check_parts(report, vocabulary())
    return {"report_id": report_id, "complete": check.complete, "parts": check_json(check)}, 200


def structure_csv() -> Response:
    table = current_table()
    slugs = [share.slug for share in table.shares]
    columns = ("report_id", "title", "region", "province", "city", "level", "year", "complete",
               *slugs, "url")  # fmt: skip
    records = (_csv_record(row) for row in table.rows)
    return records_csv("fazhi-structure", columns, records)


def _csv_record(row: ReportSummary) -> dict[str, object]:
    marks = {f.slug: CSV_EVIDENCE[f.evidence] for f in row.parts.findings}
    return {**row_json(row), **marks, "complete": "是" if row.parts.complete else "否"}


def structure_page() -> str:
    table = current_table()
    args = request.args
    number, size = rows_page(args)
    pages = max(1, -(-len(table.rows) // size))
    endpoint = "html.structure_page"
    return render_template(
        "structure.html",
        table=table,
        rows=table.rows[(number - 1) * size : number * size],
        pagination=pagination(endpoint, args, number, pages) if pages > 1 else (),
        previous_url=with_args(endpoint, args, page=number - 1) if number > 1 else None,
        next_url=with_args(endpoint, args, page=number + 1) if number < pages else None,
        evidence_labels=EVIDENCE_LABELS,
        marks=EVIDENCE_MARKS,
        missing_mark=MISSING_MARK,
        missing=structure_query(args).missing,
        parts=vocabulary().parts,
        filtered=any(
            args.getlist(name) for name in ("year", "province", "city", "level", "missing")
        ),
        csv_url=with_args("html.structure_csv", args, page=None, size=None),
        json_url=with_args("api.structure_json", args),
        clear_url=url_for("html.structure_page"),
        missing_url=lambda slug: with_args(endpoint, args, missing=slug, page=None),
        region_url=region_url,
        place_path=place_path,
    )


def region_url(
    region: str | None, province: str | None = None, city: str | None = None
) -> str | None:
    if not region:
        return None
    return url_for("html.region_page", region=region, province=province, city=city)


def parts_card(check: PartsCheck) -> dict[str, object]:
    """The report page's card of required parts."""
    return {
        "check": check,
        "labels": EVIDENCE_LABELS,
        "marks": EVIDENCE_MARKS,
        "missing_mark": MISSING_MARK,
        "structure_url": url_for("html.structure_page"),
    }
