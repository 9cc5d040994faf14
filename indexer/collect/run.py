"""One `collect` run: fetch each URL (and, following listings, the reports they link to).

Every URL ends in one `Outcome`: saved, unchanged, duplicate, skipped or failed (with a reason), or
listed for a listing page that was followed. The run never raises for one bad URL.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from indexer.collect.corpus import Corpus, UnreadableSidecar, stem_for
from indexer.collect.fetch import Disallowed, Fetcher, FetchError, Response
from indexer.collect.links import (
    MIN_REPORT_CHARS,
    Link,
    LinkRules,
    attachment_links,
    decode_page,
    is_listing,
    main_text_chars,
    next_pages,
    page_links,
    report_links,
)


class Status(StrEnum):
    SAVED = "saved"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"
    SKIPPED = "skipped"
    FAILED = "failed"
    LISTED = "listed"


class Kind(StrEnum):
    REPORT = "report"  # save it
    LISTING = "listing"  # follow its report links and further pages


@dataclass(frozen=True, slots=True)
class Outcome:
    url: str
    status: Status
    detail: str = ""

    def line(self) -> str:
        return f"{self.status} {self.url}" + (f": {self.detail}" if self.detail else "")


@dataclass(frozen=True, slots=True)
class Summary:
    counts: dict[Status, int]
    fetched: int  # URLs a server answered (200 or 304)
    requests: int  # HTTP requests sent, robots.txt and retries included


@dataclass(frozen=True, slots=True)
class Task:
    url: str
    kind: Kind
    referrer: str | None = None  # the listing that linked to it

    @property
    def followed(self) -> bool:
        return self.referrer is not None


@dataclass
class _Crawl:
    queue: deque[Task]
    max_pages: int
    seen: set[str] = field(default_factory=set)
    pages: int = 0  # URLs asked for
    fetched: int = 0  # URLs answered

    def add(self, tasks: Iterable[Task]) -> int:
        added = 0
        for task in tasks:
            if task.url not in self.seen:
                self.seen.add(task.url)
                self.queue.append(task)
                added += 1
        return added


def collect(
    urls: list[str],
    kind: Kind,
    corpus: Corpus,
    fetcher: Fetcher,
    rules: LinkRules,
    max_pages: int,
    on_outcome: Callable[[Outcome, int], None],
) -> Summary:
    """Work through `urls` (and what listings lead to); `on_outcome(outcome, queued)` per URL."""
    crawl = _Crawl(deque(), max_pages)
    crawl.add(Task(url, kind) for url in urls)
    counts = dict.fromkeys(Status, 0)
    while crawl.queue:
        task = crawl.queue.popleft()
        outcome = _visit(task, crawl, corpus, fetcher, rules)
        counts[outcome.status] += 1
        on_outcome(outcome, len(crawl.queue))
    return Summary(counts, crawl.fetched, fetcher.requests)


def _visit(
    task: Task, crawl: _Crawl, corpus: Corpus, fetcher: Fetcher, rules: LinkRules
) -> Outcome:
    if urlsplit(task.url).scheme not in ("http", "https") or not urlsplit(task.url).hostname:
        return Outcome(task.url, Status.SKIPPED, "not an http(s) address")
    if crawl.pages >= crawl.max_pages:
        return Outcome(task.url, Status.SKIPPED, f"--max-pages {crawl.max_pages} reached")
    crawl.pages += 1
    saved = corpus.saved(task.url) if task.kind is Kind.REPORT else None
    validators = saved.validators if saved is not None and not saved.edited else None
    try:
        response = fetcher.get(task.url, validators)
    except Disallowed as error:
        return Outcome(task.url, Status.SKIPPED, str(error))
    except FetchError as error:
        return Outcome(task.url, Status.FAILED, str(error))
    crawl.fetched += 1
    if response.status == 304:
        return Outcome(task.url, Status.UNCHANGED, "not modified since the last fetch")
    if task.kind is Kind.LISTING:
        return _follow_listing(response, crawl, rules)
    return _keep_report(task, response, corpus, crawl, rules)


def _follow_listing(response: Response, crawl: _Crawl, rules: LinkRules) -> Outcome:
    html = decode_page(response.content, response.content_type)
    links = page_links(html, response.final_url)
    reports = report_links(links, response.final_url, rules)
    pages = next_pages(html, links, response.final_url, rules)
    added = crawl.add(Task(u, Kind.REPORT, response.url) for u in reports)
    added_pages = crawl.add(Task(u, Kind.LISTING, response.url) for u in pages)
    if not reports and not pages:
        hint = "no report links found (a report page? collect it without --follow)"
        return Outcome(response.url, Status.LISTED, hint)
    return Outcome(
        response.url, Status.LISTED, f"{added} new report links, {added_pages} new listing pages"
    )


def _keep_report(
    task: Task, response: Response, corpus: Corpus, crawl: _Crawl, rules: LinkRules
) -> Outcome:
    if not response.content.strip():
        return Outcome(task.url, Status.SKIPPED, "empty answer")
    suffix = report_suffix(response, rules)
    if suffix is None:
        kind = response.content_type or "no type"
        return Outcome(task.url, Status.SKIPPED, f"not a report ({kind})")
    if suffix == ".html" and (instead := _not_a_report_page(task, response, crawl, rules)):
        return instead
    saved = corpus.saved(task.url)
    if saved is not None and saved.sidecar.get("sha256") == _sha256(response.content):
        return Outcome(task.url, Status.UNCHANGED, f"same content as {saved.path.name}")
    if saved is not None and not saved.edited and saved.same_report(response.content, suffix):
        return Outcome(task.url, Status.UNCHANGED, f"same report text as {saved.path.name}")
    if saved is not None and saved.edited:
        return Outcome(task.url, Status.SKIPPED, f"{saved.path.name} was edited by hand; kept")
    twin = corpus.same_content(response.content, suffix)
    if twin is not None and twin != stem_for(task.url):
        corpus.add_mirror(twin, task.url)
        return Outcome(task.url, Status.DUPLICATE, f"same report as {twin}")
    outcome = _save(task, response, corpus, suffix)
    if saved is not None and outcome.status is Status.SAVED:
        return replace(outcome, detail=f"{outcome.detail} (changed since the last fetch)")
    return outcome


def _not_a_report_page(
    task: Task, response: Response, crawl: _Crawl, rules: LinkRules
) -> Outcome | None:
    """A followed link that is a listing (follow it) or a shell around an attachment (queue it)."""
    html = decode_page(response.content, response.content_type)
    links = page_links(html, response.final_url)
    if task.followed and is_listing(html, links, response.final_url, rules):
        return _follow_listing(response, crawl, rules)
    if shell := _attachment_shell(html, links, response, crawl, rules):
        return Outcome(task.url, Status.SKIPPED, shell)
    return None


def _save(task: Task, response: Response, corpus: Corpus, suffix: str) -> Outcome:
    provenance = _provenance(task, response, _sha256(response.content))
    try:
        path = corpus.save(stem_for(task.url), response.content, suffix, provenance)
    except UnreadableSidecar as error:
        return Outcome(
            task.url, Status.SKIPPED, f"{error}; fix or remove it, the page is not saved"
        )
    except OSError as error:
        return Outcome(task.url, Status.FAILED, f"cannot save: {error.strerror or error}")
    return Outcome(task.url, Status.SAVED, str(path))


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _attachment_shell(
    html: str, links: list[Link], response: Response, crawl: _Crawl, rules: LinkRules
) -> str | None:
    """A page that only wraps its report's PDF/Word file: queue the file instead of the page."""
    if main_text_chars(html) >= MIN_REPORT_CHARS:
        return None
    files = attachment_links(links, response.final_url, rules)
    if not files:
        return None
    crawl.add(Task(url, Kind.REPORT, response.url) for url in files)
    return f"no report text on the page; its attachment is collected ({len(files)} file(s))"


def report_suffix(response: Response, rules: LinkRules) -> str | None:
    """The file type to save as: the bytes' signature first, then the Content-Type and the URL."""
    content, kind = response.content, response.content_type.split(";")[0].strip().lower()
    by_url = rules.attachment_suffix(response.final_url) or rules.attachment_suffix(response.url)
    if content.startswith(b"%PDF-"):
        return ".pdf"
    if content.startswith(b"PK\x03\x04"):  # a zip: a .docx holds word/document.xml
        return ".docx" if b"word/document.xml" in content else None
    if content.startswith(b"\xd0\xcf\x11\xe0"):  # OLE2: Word 97-2003 or WPS
        return ".wps" if by_url == ".wps" else ".doc"
    if kind in ("text/html", "application/xhtml+xml"):
        return ".html"
    if kind == "text/plain":
        return ".txt"
    page_suffix = PurePosixPath(urlsplit(response.final_url).path).suffix.lower()
    looks_like_html = b"<html" in content[:4096].lower()
    if looks_like_html and (not kind or page_suffix in (".htm", ".html", ".shtml")):
        return ".html"
    return None


def _provenance(task: Task, response: Response, digest: str) -> dict[str, Any]:
    provenance = {
        "source_url": task.url,
        "fetched_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "final_url": response.final_url,
        "etag": response.validators.etag,
        "last_modified": response.validators.last_modified,
        "content_type": response.content_type or None,
        "sha256": digest,
    }
    if task.referrer:
        provenance["found_on"] = task.referrer
    return provenance
