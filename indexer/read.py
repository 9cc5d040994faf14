"""Read a corpus file into text: detect the encoding, and for HTML pages keep only the main content.

`read_document` is the only function here that touches the file system; it raises `ReadError` (and
nothing else) so that the indexer can report the file and skip it.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import charset_normalizer
import lxml.etree
import lxml.html

from indexer.resources import load_toml

_TEXT_SUFFIXES = frozenset({".txt"})
_HTML_SUFFIXES = frozenset({".html", ".htm"})
# A document where more than this share of characters are control characters is not text.
_MAX_CONTROL_SHARE = 0.05
# The GB family: detectors name the subset they saw, gb18030 decodes all of them.
_GB_FAMILY = frozenset({"gb2312", "gbk", "gb18030", "hz", "cp936", "euc_cn"})
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CJK = re.compile(r"[\u3400-\u9fff]")
_BLOCK_TAGS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "main", "blockquote", "pre", "dd", "dt", "dl", "hr",
})  # fmt: skip
_CELL_TAGS = frozenset({"td", "th"})


class ReadError(Exception):
    """A corpus file that cannot be read as a report; str(e) is 'PATH: reason'."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True, slots=True)
class RawDocument:
    text: str
    encoding: str
    title: str | None


def read_document(path: Path) -> RawDocument:
    suffix = path.suffix.lower()
    if suffix not in _TEXT_SUFFIXES | _HTML_SUFFIXES:
        raise ReadError(path, f"unsupported file type {suffix or '(none)'!r}")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ReadError(path, f"cannot read file ({error.strerror or error})") from error
    try:
        text, encoding = decode_bytes(data)
    except ValueError as error:
        raise ReadError(path, str(error)) from error
    if suffix in _HTML_SUFFIXES:
        body, title = html_to_text(text)
        return RawDocument(body, encoding, title)
    return RawDocument(text, encoding, None)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding); ValueError with a human reason for empty, binary or undecodable data."""
    if not data.strip():
        raise ValueError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_decode_strict(data, encoding), encoding)
    if b"\x00" in data:
        raise ValueError("binary file (NUL bytes)")
    try:
        # Fast path: most pages are UTF-8, and strict UTF-8 almost never succeeds by accident.
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    encoding = _detected_encoding(data)
    return _checked(_decode_strict(data, encoding), encoding)


def _detected_encoding(data: bytes) -> str:
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise ValueError("undecodable: no known text encoding fits the bytes")
    name = codecs.lookup(best.encoding).name.replace("-", "_")
    return "gb18030" if name in _GB_FAMILY else name


def _decode_strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as error:
        raise ValueError(f"undecodable as {encoding}: {error}") from error


def _checked(text: str, encoding: str) -> tuple[str, str]:
    text = text.removeprefix("\ufeff")
    control = sum(1 for c in text if c < " " and c not in "\t\n\r\f\v")
    if not text.strip():
        raise ValueError("empty file")
    if control > _MAX_CONTROL_SHARE * len(text):
        raise ValueError("binary file (mostly control characters)")
    return text, encoding


def html_to_text(html: str) -> tuple[str, str | None]:
    """(main text with one paragraph per line, page title or None)."""
    try:
        root = lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    except (lxml.etree.ParserError, ValueError):
        return "", None
    title = _page_title(root)
    _drop_furniture(root)
    text = _block_text(_main_element(root))
    if not text.strip() and _CJK.search(html):
        # The parser gave up on the markup (too deep, too broken): fall back to stripping tags.
        text = _strip_tags(html)
    return text, title


def _page_title(root: lxml.html.HtmlElement) -> str | None:
    for element in (*root.iter("h1"), *root.iter("title")):
        text = " ".join(element.text_content().split())
        if _CJK.search(text):
            return text
    return None


def _drop_furniture(root: lxml.html.HtmlElement) -> None:
    vocabulary = load_toml("boilerplate.toml")["html"]
    drop_tags = set(vocabulary["drop_tags"])
    noise = re.compile(vocabulary["noise_attribute"], re.IGNORECASE)
    doomed = [
        element
        for element in root.iter()
        if not isinstance(element.tag, str)
        or element.tag in drop_tags
        or noise.search(f"{element.get('id', '')} {element.get('class', '')}")
    ]
    for element in doomed:
        if element is not root and element.getparent() is not None:
            element.drop_tree()


def _main_element(root: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """<article>/<main> when they hold most text, else the deepest element holding most of it."""
    counts = _cjk_counts(root)
    total = counts.get(root, 0)
    for tag in ("article", "main"):
        for element in root.iter(tag):
            if counts.get(element, 0) * 2 >= total > 0:
                return element
    element = root
    while True:
        children = [child for child in element if counts.get(child, 0) * 5 >= total * 4 > 0]
        if not children:
            return element
        element = children[0]


def _cjk_counts(root: lxml.html.HtmlElement) -> dict[lxml.html.HtmlElement, int]:
    """Chinese characters under each element, in one bottom-up pass (no recursion: deep pages)."""
    counts: dict[lxml.html.HtmlElement, int] = {}
    for element in reversed(list(root.iter())):
        own = len(_CJK.findall(element.text or ""))
        counts[element] = own + sum(
            counts.get(child, 0) + len(_CJK.findall(child.tail or "")) for child in element
        )
    return counts


def _block_text(element: lxml.html.HtmlElement) -> str:
    parts: list[str] = []
    for event, node in lxml.etree.iterwalk(element, events=("start", "end")):
        block = node.tag in _BLOCK_TAGS
        if event == "start":
            parts.append("\n" if block else "")
            parts.append(node.text or "")
        else:
            parts.append("\n" if block else " " if node.tag in _CELL_TAGS else "")
            if node is not element:
                parts.append(node.tail or "")
    lines = (" ".join(line.split()) for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)


def _strip_tags(html: str) -> str:
    html = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", "", html)
    text = re.sub(r"(?i)<(?:br|/p|/div|/li|/h\d|/tr)\b[^>]*>", "\n", html)
    text = unescape(re.sub(r"<[^>]*>", "", text))
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
