"""The JSON API (`/api/...`): the contract's shapes, errors as `{error}`."""

from __future__ import annotations

from flask import Blueprint, abort, request

from indexer.models import ReportJSON
from indexer.parse import MAX_REPORT_ID_LENGTH
from indexer.search import search
from webapp.place_names import with_place_names
from webapp.present import PageJSON, page_json, snapshot
from webapp.query_args import search_request

blueprint = Blueprint("api", __name__, url_prefix="/api")


@blueprint.get("/search")
def search_json() -> PageJSON:
    live = snapshot()
    return page_json(search(live, with_place_names(search_request(request.args), live)))


@blueprint.get("/reports/<report_id>")
def report_json(report_id: str) -> ReportJSON:
    report = snapshot().report_json(report_id) if len(report_id) <= MAX_REPORT_ID_LENGTH else None
    if report is None:
        abort(404, f"未找到报告 {report_id}")
    return report
