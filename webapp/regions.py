"""One government's reports year by year: `/regions/<region>` and `/api/regions/<region>`.

`province` and `city` parameters pick one government where several share a name (鼓楼区); without
them such a name shows the choices. An unknown name is a 404 in Chinese (JSON under /api).
Routed by html.py (the page) and api.py (the JSON).
"""

from __future__ import annotations

from typing import TypedDict

from flask import abort, render_template, request, url_for

from indexer.normalize import to_simplified
from indexer.parsing.classify import SectionVocabulary
from indexer.querying.figures import YearChange
from indexer.querying.region_view import (
    FigureLine,
    Government,
    RegionView,
    SectionRef,
    division_names,
    governments_named,
    region_report_ids,
    region_view,
)
from indexer.querying.report_view import stored_report
from indexer.querying.search import canonical_filters
from indexer.querying.structure import ReportSummary, summarize
from indexer.schema import LEVEL_LABELS, REGION, SECTION_TYPE_LABELS
from webapp.place_names import resolver
from webapp.present import place_path
from webapp.responses import catalogue, display_number, row_url, snapshot
from webapp.responses import parts_vocabulary as vocabulary
from webapp.structure import EVIDENCE_MARKS, MISSING_MARK
from webapp.urls import public_url

MAX_NAME_LENGTH = 50


def section_vocabulary() -> SectionVocabulary:
    return vocabulary().sections


def _choices(region: str) -> dict[Government, list[ReportSummary]]:
    if len(region) > MAX_NAME_LENGTH:
        abort(404, "地区名称过长")
    # As the index spells it: 武江 -> 武江区, traditional -> simplified.
    ((_, (region,)),) = canonical_filters(snapshot(), ((REGION, (to_simplified(region),)),))
    found = governments_named(_summaries_named(region), region, resolver())
    for name in ("province", "city"):
        wanted = to_simplified(request.args.get(name, "").strip())
        if wanted:
            found = {g: r for g, r in found.items() if _place_matches(getattr(g, name), wanted)}
    if not found:
        abort(404, f"未找到地区“{region}”的报告")
    return found


def _summaries_named(region: str) -> list[ReportSummary]:
    """The reports of the region's names (a few), read and checked on the request."""
    live = snapshot()
    ids = region_report_ids(live, division_names(region, resolver()))
    reports = [report for rid in ids if (report := stored_report(live, rid))]
    return [summarize(report, vocabulary()) for report in reports]


def _place_matches(value: str | None, wanted: str) -> bool:
    return resolver().short_forms.accepts(value, (wanted,))  # 广东 -> 广东省


def _view(government: Government, summaries: list[ReportSummary]) -> RegionView:
    live = snapshot()
    stored = {s.report_id: live.report_json(s.report_id) for s in summaries}
    reports = {rid: data for rid, data in stored.items() if data}
    kept = [s for s in summaries if s.report_id in reports]
    return region_view(government, kept, reports, catalogue(), section_vocabulary())


def government_url(government: Government, external: bool = False) -> str:
    return (public_url if external else url_for)(
        "html.region_page",
        region=government.region,
        province=government.province,
        city=government.city,
    )


def region_page(region: str) -> str:
    found = _choices(region)
    if len(found) > 1:
        choices = [(g, place_path(g.region, g.city, g.province), government_url(g)) for g in found]
        return render_template("region_choices.html", region=region, choices=choices)
    government, summaries = next(iter(found.items()))
    view = _view(government, summaries)
    return render_template(
        "region.html",
        view=view,
        place=place_path(government.region, government.city, government.province),
        level=LEVEL_LABELS.get(view.reports[-1].level, "") if view.reports else "",
        type_labels=SECTION_TYPE_LABELS,
        marks=EVIDENCE_MARKS,
        missing_mark=MISSING_MARK,
        parts=vocabulary().parts,
        number=display_number,
        step_text=step_text,
        search_url=url_for("html.search", region=view.names[0] if view.names else region),
        json_url=url_for("api.region_json", **_args(government)),
    )


class GovernmentArgs(TypedDict):
    region: str
    province: str | None
    city: str | None


def _args(government: Government) -> GovernmentArgs:
    return {"region": government.region, "province": government.province, "city": government.city}


def region_json(region: str) -> tuple[dict[str, object], int]:
    found = _choices(region)
    if len(found) > 1:
        choices = [{**_args(g), "url": government_url(g, external=True)} for g in found]
        message = f"有多个名为“{region}”的地区，请指定 province 或 city"
        return {"error": message, "choices": choices}, 300
    government, summaries = next(iter(found.items()))
    return view_json(_view(government, summaries)), 200


def step_text(step: YearChange, unit: str) -> str:
    """`+3.2 个百分点` for a rate, `+12（+8.5%）` for a count."""
    sign = "+" if step.difference > 0 else ""
    amount = f"{sign}{display_number(step.difference)}"
    if unit == "%":
        return f"{amount} 个百分点"
    if step.percent is None:
        return f"{amount} {unit}"
    return f"{amount} {unit}（{sign}{step.percent}%）"


def _ref_json(ref: SectionRef) -> dict[str, str]:
    url = public_url("html.report", report_id=ref.report_id)
    return {"report_id": ref.report_id, "section_id": ref.section_id, "heading": ref.heading,
            "excerpt": ref.excerpt, "url": f"{url}#{ref.section_id}"}  # fmt: skip


def _line_json(line: FigureLine, years: tuple[int, ...]) -> dict[str, object]:
    return {
        "name": line.name,
        "unit": line.unit,
        "values": [
            {
                "year": year,
                "value": display_number(cell.value),
                "quote": cell.quote,
                "url": row_url(cell),
            }
            for year, cell in zip(years, line.cells, strict=True)
            if cell is not None
        ],
        "changes": [
            {"from": s.from_year, "to": s.to_year, "difference": s.difference, "percent": s.percent}
            for s in line.steps
        ],
    }


def view_json(view: RegionView) -> dict[str, object]:
    def report(s: ReportSummary) -> dict[str, object]:
        url = public_url("html.report", report_id=s.report_id)
        return {"report_id": s.report_id, "title": s.title, "region": s.region, "year": s.year,
                "published": s.published, "url": url, "complete": s.parts.complete}  # fmt: skip

    return {
        **_args(view.government),
        "names": list(view.names),
        "years": list(view.years),
        "reports": [report(s) for s in view.reports],
        "figures": [_line_json(line, view.years) for line in view.figures],
        "plans": [
            {
                "from_year": pair.earlier.year,
                "to_year": pair.later.year,
                "earlier": report(pair.earlier),
                "later": report(pair.later),
                "items": [
                    {
                        "plan": _ref_json(m.plan),
                        "topic": str(m.topic),
                        "later_sections": [_ref_json(r) for r in m.later],
                    }
                    for m in pair.matches
                ],
            }
            for pair in view.pairs
        ],
    }
