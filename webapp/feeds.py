"""Alerts: `/search.atom?<any search parameters>`, an Atom feed of the newest matching reports.

One entry per report, newest first by published date (else the date the index was built), with
its best matching section's snippet. The candidates are the
reports of the newest years the search matches (`FEED_CANDIDATES`, browsed by year): a new report
covers the latest year, so it is among them. Links are absolute, from `BASE_URL` when configured,
else from the request. ETag and Last-Modified let feed readers poll with conditional requests.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from feedgen.feed import FeedGenerator
from flask import Response, current_app, request, url_for
from markupsafe import Markup
from werkzeug.wrappers import Response as BaseResponse

from indexer.querying.report_view import stored_report
from indexer.querying.search import Grouping, Hit, SearchPage, SearchRequest, Sort, search
from indexer.schema import UNKNOWN_PLACE
from webapp.present import place_path
from webapp.query_args import search_request
from webapp.responses import snapshot

FEED_CANDIDATES = 100  # reports of the newest years considered (the search API's largest page)
FEED_ENTRIES = 30
FEED_MAX_AGE = 300  # seconds a reader may reuse the feed without asking
CHINA = timezone(timedelta(hours=8), "CST")  # a report's date is a date in China
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_FILTER_NAMES = ("year", "province", "city", "region", "type")


@dataclass(frozen=True, slots=True)
class FeedEntry:
    hit: Hit
    updated: datetime
    published: datetime | None


def absolute(path: str) -> str:
    """`path` (as url_for gives it) on BASE_URL when configured, else on the request's root."""
    base = str(current_app.config.get("BASE_URL") or "").rstrip("/")
    if not base:
        return request.host_url.rstrip("/") + path
    root = request.script_root
    return base + (path[len(root) :] if root and path.startswith(root) else path)


def xml_text(text: str | None) -> str:
    """What XML 1.0 can hold: control characters and lone surrogates dropped (lxml refuses them)."""
    return _NOT_XML.sub("", text or "")


def _day(value: str | None) -> datetime | None:
    """`2025-02-17` (a date in China) or an ISO 8601 time; None for anything else."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=CHINA)


def _built_at() -> datetime:
    live = snapshot()
    try:
        return datetime.strptime(live.created or "", "%Y-%m-%dT%H:%M:%S%z")
    except ValueError:
        return datetime.fromtimestamp(live.generation.stat().st_mtime, UTC)


def _best_hits(search_req: SearchRequest) -> dict[str, Hit]:
    """Each candidate report's best section: by relevance where the query ranks it."""
    grouped = replace(search_req, group=Grouping.REPORT, page=1, size=FEED_CANDIDATES)
    newest = search(snapshot(), replace(grouped, sort=Sort.YEAR))
    best = {g.report_id: g.hits[0] for g in newest.groups if g.hits}
    if search_req.query.strip():
        ranked = search(snapshot(), replace(grouped, sort=Sort.RELEVANCE))
        best |= {g.report_id: g.hits[0] for g in ranked.groups if g.hits and g.report_id in best}
    return best


def feed_entries(search_req: SearchRequest) -> tuple[list[FeedEntry], SearchPage]:
    built = _built_at()
    entries = []
    live = snapshot()
    for report_id, hit in _best_hits(search_req).items():
        report = stored_report(live, report_id)
        published = _day(report.published) if report is not None else None
        fetched = _day(live.fetched_at(report_id)) if published is None else None
        entries.append(FeedEntry(hit, published or fetched or built, published))
    entries.sort(key=lambda e: (e.updated, e.hit.year or 0, e.hit.report_id), reverse=True)
    page = search(live, replace(search_req, page=1, size=1))
    return entries[:FEED_ENTRIES], page


def feed_title(search_req: SearchRequest) -> str:
    parts = [f"“{search_req.query.strip()}”"] if search_req.query.strip() else []
    parts += ["、".join(values) for _, values in search_req.filters if values]
    return "法治政府建设年度报告：" + (" · ".join(parts) if parts else "全部新报告")


def build_feed(search_req: SearchRequest) -> tuple[bytes, datetime]:
    entries, page = feed_entries(search_req)
    feed_url = absolute(_same_search("html.search_feed"))
    search_url = absolute(_same_search("html.search"))
    updated = max((e.updated for e in entries), default=_built_at())
    fg = FeedGenerator()
    fg.id(feed_url)
    fg.title(xml_text(feed_title(search_req)))
    fg.subtitle(f"共 {page.total} 条匹配章节；按发布日期列出最新的 {len(entries)} 份报告")
    fg.author({"name": "法治政府建设年度报告检索", "uri": absolute(url_for("html.index"))})
    fg.link(href=feed_url, rel="self", type="application/atom+xml")
    fg.link(href=search_url, rel="alternate", type="text/html")
    fg.language("zh-CN")
    fg.updated(updated)
    for entry in entries:
        _add_entry(fg, entry, search_req.query)
    return fg.atom_str(pretty=True), updated


def _same_search(endpoint: str) -> str:
    args = request.args.to_dict(flat=False)
    values: dict[str, Any] = {k: v for k, v in args.items() if k not in ("page", "size")}
    return url_for(endpoint, **values)  # url_for takes any values (lists repeat the parameter)


def _add_entry(fg: FeedGenerator, entry: FeedEntry, query: str) -> None:
    hit = entry.hit
    report = absolute(url_for("html.report", report_id=hit.report_id))
    section = absolute(url_for("html.report", report_id=hit.report_id, q=query.strip() or None))
    item = fg.add_entry(order="append")
    item.id(report)
    item.title(xml_text(hit.title or hit.report_id))
    item.link(href=f"{section}#{hit.section_id}", rel="alternate", type="text/html")
    item.updated(entry.updated)
    if entry.published is not None:
        item.published(entry.published)
    place = place_path(hit.region, hit.city, hit.province) or UNKNOWN_PLACE
    item.author({"name": xml_text(hit.region or place)})
    year = f"{hit.year}年" if hit.year else "年份未知"
    heading = hit.heading or "导语"
    summary = Markup("{} · {} · {}：{}").format(place, year, heading, hit.snippet_html)
    item.summary(xml_text(str(summary)), type="html")  # escaped text with <mark>, nothing else
    for value in (hit.province, hit.city, hit.region, str(hit.year) if hit.year else None):
        if value:
            item.category(term=xml_text(value))


def search_feed() -> BaseResponse:
    search_req = search_request(request.args)
    body, updated = build_feed(search_req)
    response = Response(body, mimetype="application/atom+xml")
    response.set_etag(hashlib.sha256(body).hexdigest()[:32])
    response.last_modified = updated
    response.cache_control.public = True
    response.cache_control.max_age = FEED_MAX_AGE
    return response.make_conditional(request)
