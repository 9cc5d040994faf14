"""The required-parts view (第二十五条): `/structure`, `/structure.csv`, `/api/structure`.

One row per report with a mark per part, the share of reports stating each part, facets for year,
province, city and level, and `missing=<part>` to list the reports that lack a part. The report
page shows its own card (`_parts_card.html`, through the `parts_card` template helper).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypedDict

from flask import Blueprint, Response, current_app, render_template, request, url_for
from flask.typing import ResponseReturnValue
from werkzeug.datastructures import MultiDict

from indexer.models import Level, Report, ReportJSON
from indexer.parse import MAX_REPORT_ID_LENGTH
from indexer.required_parts import Evidence, PartsVocabulary, check_json, check_parts
from indexer.schema import LEVEL_LABELS
from indexer.search import Facet
from indexer.structure import (
    ReportSummary,
    StructureQuery,
    StructureTable,
    report_summaries,
    structure_table,
)
from webapp import indicators_api
from webapp.present import pagination, place_path, snapshot, with_args
from webapp.query_args import MAX_FILTER_VALUES, InvalidParameter
from webapp.urls import public_url

blueprint = Blueprint("structure", __name__)

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


def vocabulary() -> PartsVocabulary:
    """Loaded once per app, on first use."""
    loaded: PartsVocabulary = current_app.extensions.setdefault(
        "parts_vocabulary", PartsVocabulary.from_data()
    )
    return loaded


def structure_query(args: MultiDict[str, str]) -> StructureQuery:
    """Request parameters -> StructureQuery; InvalidParameter (a 400) for anything invalid."""
    years = _values(args, "year")
    for year in years:
        if not (year.isascii() and year.isdigit() and len(year) == 4):
            raise InvalidParameter("year", f"年份应为四位数字，收到 {year!r}")
    levels = _values(args, "level")
    if any(level not in {lv.value for lv in Level} for level in levels):
        raise InvalidParameter("level", f"可选：{', '.join(Level)}")
    missing = _values(args, "missing")
    slugs = [rule.slug for rule in vocabulary().parts]
    if any(slug not in slugs for slug in missing):
        raise InvalidParameter("missing", f"可选：{', '.join(slugs)}")
    return StructureQuery(
        years=years,
        provinces=_values(args, "province"),
        cities=_values(args, "city"),
        levels=levels,
        missing=missing,
    )


def _values(args: MultiDict[str, str], name: str) -> tuple[str, ...]:
    values = tuple(dict.fromkeys(v.strip() for v in args.getlist(name) if v.strip()))
    if len(values) > MAX_FILTER_VALUES or any(len(v) > 50 for v in values):
        raise InvalidParameter(name, f"最多 {MAX_FILTER_VALUES} 个取值，每个不超过 50 字")
    return values


def current_table() -> StructureTable:
    summaries = report_summaries(snapshot(), vocabulary())
    table = structure_table(summaries, structure_query(request.args), vocabulary())
    facets = tuple(_level_labels(f) if f.name == "level" else f for f in table.facets)
    return replace(table, facets=facets)


def _level_labels(facet: Facet) -> Facet:
    values = tuple(replace(v, label=LEVEL_LABELS.get(v.value, v.value)) for v in facet.values)
    return replace(facet, values=values)


def report_url(report_id: str, section_id: str | None = None) -> str:
    url = public_url("html.report", report_id=report_id)
    return f"{url}#{section_id}" if section_id else url


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
            "url": report_url(row.report_id, part["section_id"]) if part["present"] else None,
        }
        for slug, part in check_json(row.parts).items()
    }
    return {
        "report_id": row.report_id, "title": row.title, "region": row.region,
        "province": row.province, "city": row.city, "level": row.level, "year": row.year,
        "published": row.published, "url": report_url(row.report_id),
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
        "facets": {
            f.name: [
                {
                    "value": int(v.value) if f.name == "year" else v.value,
                    "count": v.count,
                    "label": v.label,
                    "selected": v.selected,
                }
                for v in f.values
            ]
            for f in table.facets
        },
        "rows": [row_json(row) for row in table.rows[(page - 1) * size : page * size]],
    }


@blueprint.get("/api/structure")
def structure_json() -> dict[str, object]:
    page, size = rows_page(request.args)
    return table_json(current_table(), page, size)


@blueprint.get("/api/structure/<report_id>")
def report_parts_json(report_id: str) -> ResponseReturnValue:
    report = snapshot().report_json(report_id) if len(report_id) <= MAX_REPORT_ID_LENGTH else None
    if report is None:
        return {"error": f"未找到报告 {report_id}"}, 404
    check = check_parts(Report.from_json(report), vocabulary())
    return {"report_id": report_id, "complete": check.complete, "parts": check_json(check)}


@blueprint.get("/structure.csv")
def structure_csv() -> Response:
    table = current_table()
    slugs = [share.slug for share in table.shares]
    columns = ("report_id", "title", "region", "province", "city", "level", "year", "complete",
               *slugs, "url")  # fmt: skip
    records = (_csv_record(row) for row in table.rows)
    return indicators_api.csv_response("fazhi-structure", columns, records)


def _csv_record(row: ReportSummary) -> dict[str, object]:
    marks = {f.slug: CSV_EVIDENCE[f.evidence] for f in row.parts.findings}
    return {**row_json(row), **marks, "complete": "是" if row.parts.complete else "否"}


@blueprint.get("/structure")
def structure_page() -> str:
    table = current_table()
    args = request.args
    number, size = rows_page(args)
    pages = max(1, -(-len(table.rows) // size))
    endpoint = "structure.structure_page"
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
        csv_url=with_args("structure.structure_csv", args, page=None, size=None),
        json_url=with_args("structure.structure_json", args),
        clear_url=url_for("structure.structure_page"),
        missing_url=lambda slug: with_args(endpoint, args, missing=slug, page=None),
        region_url=region_url,
        place_path=place_path,
    )


def region_url(
    region: str | None, province: str | None = None, city: str | None = None
) -> str | None:
    if not region:
        return None
    return url_for("regions.region_page", region=region, province=province, city=city)


@blueprint.app_context_processor
def report_page_helpers() -> dict[str, Callable[..., object]]:
    """For the report page (its parts card, its region link) and the search page (its feed)."""
    return {
        "parts_card": _parts_card,
        "region_url": region_url,
        "search_feed_url": lambda: with_args(
            "feeds.search_feed", request.args, page=None, size=None, sort=None, group=None
        ),
    }


def _parts_card(report: ReportJSON) -> dict[str, object] | None:
    try:
        check = check_parts(Report.from_json(report), vocabulary())
    except (KeyError, ValueError, TypeError):
        return None  # a report JSON this code cannot read: no card, never a broken page
    return {
        "check": check,
        "labels": EVIDENCE_LABELS,
        "marks": EVIDENCE_MARKS,
        "missing_mark": MISSING_MARK,
        "structure_url": url_for("structure.structure_page"),
    }
