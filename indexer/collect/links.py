"""What a fetched page links to: report links and further listing pages, chosen by generic rules.

A listing page (a column such as 法治政府建设年度报告 under 政府信息公开) links to one page
per report and to its next pages. Report links are chosen by their anchor text
(data/collect.toml); next pages by 下一页-style anchors, `index_N.html` siblings, and the page
counter that the common government CMS writes as `createPageHTML(count, current, "index", "html")`
instead of links.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import PurePosixPath
from urllib.parse import urldefrag, urljoin, urlsplit

import lxml.etree
import lxml.html

from indexer.normalize import normalize
from indexer.parsing.attachments import ATTACHMENT_SUFFIXES
from indexer.parsing.files import decode_bytes, html_to_text
from indexer.resources import load_toml

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.IGNORECASE)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.IGNORECASE)
_GB_NAMES = frozenset({"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn"})
_PAGE_SIBLING = re.compile(r"^(?P<base>[^/]+?)_(?P<n>\d+)\.(?P<ext>s?html?)$", re.IGNORECASE)
_CMS_PAGER = re.compile(
    r"createPageHTML\(\s*['\"]?(\d+)['\"]?\s*,\s*['\"]?(\d+)['\"]?\s*,\s*['\"]([\w-]+)['\"]\s*,"
    r"\s*['\"](\w+)['\"]"
)
_CJK = re.compile(r"[\u3400-\u9fff]")
# A page with less main text than this is a shell around an attachment, not a report.
MIN_REPORT_CHARS = 300
# A page with this many report links, whose anchors are half its main text, is a listing.
MIN_LISTING_LINKS = 3


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    text: str


@dataclass(frozen=True, slots=True)
class LinkRules:
    topic: tuple[str, ...]
    kind: tuple[str, ...]
    exclude: tuple[str, ...]
    next_anchors: frozenset[str]
    attachment_suffixes: tuple[str, ...]

    @classmethod
    def from_data(cls) -> LinkRules:
        data = load_toml("collect.toml")
        return cls(
            topic=tuple(normalize(word) for word in data["report_link"]["topic"]),
            kind=tuple(normalize(word) for word in data["report_link"]["kind"]),
            exclude=tuple(normalize(word) for word in data["report_link"]["exclude"]),
            next_anchors=frozenset(normalize(a) for a in data["next_page"]["anchors"]),
            attachment_suffixes=tuple(sorted(ATTACHMENT_SUFFIXES)),
        )

    def is_report_anchor(self, text: str) -> bool:
        words = normalize("".join(text.split()))
        # Listings cut long titles: 武江区人民政府2024年法治政府建设年… still names a report.
        cut = words.endswith(("…", "...", "⋯"))
        return (
            any(word in words for word in self.topic)
            and (cut or any(word in words for word in self.kind))
            and not any(word in words for word in self.exclude)
        )

    def attachment_suffix(self, url: str) -> str | None:
        suffix = PurePosixPath(urlsplit(url).path).suffix.lower()
        return suffix if suffix in self.attachment_suffixes else None


@cache
def default_rules() -> LinkRules:
    return LinkRules.from_data()


def decode_page(content: bytes, content_type: str = "") -> str:
    """The page as text: the charset the server or the page declares, else a detected one."""
    declared = _HEADER_CHARSET.search(content_type)
    name = declared.group(1) if declared else None
    if name is None and (meta := _CHARSET.search(content[:4096])):
        name = meta.group(1).decode("ascii")
    if name is not None:
        encoding = "gb18030" if name.lower() in _GB_NAMES else name
        try:
            return content.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: detect instead
    try:
        return decode_bytes(content)[0]
    except ValueError:
        return content.decode("utf-8", "replace")


def page_links(html: str, page_url: str) -> list[Link]:
    """Every <a href> on the page as an absolute http(s) URL without fragment, in page order."""
    try:
        root = lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return []
    base = next((b.get("href") for b in root.iter("base") if b.get("href")), None)
    base_url = urljoin(page_url, base) if base else page_url
    links: list[Link] = []
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.lower().startswith(("javascript:", "mailto:", "#")):
            continue
        url = urldefrag(urljoin(base_url, href)).url
        if urlsplit(url).scheme in ("http", "https"):
            text = " ".join(f"{anchor.text_content()} {anchor.get('title') or ''}".split())
            links.append(Link(url, text))
    return links


def report_links(links: list[Link], page_url: str, rules: LinkRules) -> list[str]:
    """Links to reports on the same site: anchor text names a rule-of-law report."""
    chosen = (link.url for link in links if rules.is_report_anchor(link.text))
    return _unique(url for url in chosen if same_site(url, page_url) and url != page_url)


def next_pages(html: str, links: list[Link], page_url: str, rules: LinkRules) -> list[str]:
    """Further pages of a listing on the same host: 下一页 anchors, index_N siblings, CMS pager."""
    host = urlsplit(page_url).hostname
    found = [
        link.url
        for link in links
        if normalize("".join(link.text.split())) in rules.next_anchors
        or _is_sibling(link.url, page_url)
    ]
    found += _cms_pages(html, page_url)
    return _unique(url for url in found if urlsplit(url).hostname == host and url != page_url)


def attachment_links(links: list[Link], page_url: str, rules: LinkRules) -> list[str]:
    """Links to PDF/Word files on the same site (a report published only as an attachment)."""
    return _unique(
        link.url
        for link in links
        if rules.attachment_suffix(link.url) and same_site(link.url, page_url)
    )


def is_listing(html: str, links: list[Link], page_url: str, rules: LinkRules) -> bool:
    """A page that is mostly a list of report links (a column reached from another listing)."""
    reports = {url for url in report_links(links, page_url, rules)}
    if len(reports) < MIN_LISTING_LINKS:
        return False
    anchors = sum(len(_CJK.findall(link.text)) for link in links if link.url in reports)
    return anchors * 2 >= main_text_chars(html)


def main_text_chars(html: str) -> int:
    """Chinese characters in the page's main text (how much report a page holds)."""
    return len(_CJK.findall(html_to_text(html)[0]))


def same_site(url: str, page_url: str) -> bool:
    """Same host, or a subdomain of the page's domain (www.x.gov.cn links to sfj.x.gov.cn)."""
    host, page_host = urlsplit(url).hostname or "", urlsplit(page_url).hostname or ""
    domain = page_host.removeprefix("www.")
    return host in (page_host, domain) or host.endswith("." + domain)


def _is_sibling(url: str, page_url: str) -> bool:
    """`…/index_3.html` beside `…/index.html` (or beside `…/index_2.html`)."""
    path, page_path = PurePosixPath(urlsplit(url).path), PurePosixPath(urlsplit(page_url).path)
    match = _PAGE_SIBLING.match(path.name)
    if not match or path.parent != page_path.parent:
        return False
    page_name = page_path.name or "index.html"
    own = _PAGE_SIBLING.match(page_name)
    stem = own.group("base") if own else PurePosixPath(page_name).stem
    return match.group("base") == stem


def _cms_pages(html: str, page_url: str) -> list[str]:
    """Pages a `createPageHTML(count, current, name, ext)` pager draws: name_1.ext … name_N-1."""
    match = _CMS_PAGER.search(html)
    if not match:
        return []
    count, current, name, ext = int(match[1]), int(match[2]), match[3], match[4]
    wanted = [current + 1] if current + 1 < count else []
    return [urljoin(page_url, f"{name}_{n}.{ext}") for n in wanted]


def _unique(urls: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(urls))
