"""The API blueprint (`api`, under `/api`): the contract's JSON shapes, errors as `{error}`.

The route table is below; the search and report endpoints are in this module, the others in the
module of their area (indicators_api, structure, regions), beside the pages they are the twin of.
"""

from __future__ import annotations

from flask import Blueprint, abort, request

from indexer.models import ReportJSON
from indexer.parsing.pipeline import MAX_REPORT_ID_LENGTH
from indexer.querying.report_view import stored_report
from webapp import indicators_api, regions, structure
from webapp.present import page_json
from webapp.responses import requested_page, snapshot

blueprint = Blueprint("api", __name__, url_prefix="/api")


def search_json() -> dict[str, object]:
    return page_json(requested_page(request.args))


def report_json(report_id: str) -> ReportJSON:
    too_long = len(report_id) > MAX_REPORT_ID_LENGTH
    report = None if too_long else stored_report(snapshot(), report_id)
    if report is None:
        abort(404, f"未找到报告 {report_id}")
    return report.to_json()


# --- The route table: every endpoint, by URL ------------------------------------------------------

blueprint.add_url_rule("/search", "search_json", search_json)
blueprint.add_url_rule("/reports/<report_id>", "report_json", report_json)
blueprint.add_url_rule("/indicators", "indicators_json", indicators_api.indicators_json)
blueprint.add_url_rule("/indicators.csv", "indicators_csv", indicators_api.indicators_csv)
blueprint.add_url_rule(
    "/indicators/names", "indicator_names_json", indicators_api.indicator_names_json
)
blueprint.add_url_rule(
    "/indicators/names.csv", "indicator_names_csv", indicators_api.indicator_names_csv
)
blueprint.add_url_rule("/structure", "structure_json", structure.structure_json)
blueprint.add_url_rule("/structure/<report_id>", "report_parts_json", structure.report_parts_json)
blueprint.add_url_rule("/regions/<region>", "region_json", regions.region_json)
