"""Read a corpus file into text: detect the encoding, and for HTML pages keep only the main content.

`read_document` is the only function here that touches the file system; it raises `ReadError` (and
nothing else) so that the indexer can report the file and skip it.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path

import charset_normalizer
import lxml.etree
import lxml.html

from indexer.parsing.attachments import ATTACHMENT_SUFFIXES, attachment_text
from indexer.resources import load_toml

_TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
# Every file type a corpus may hold: what reindex picks up and what collect saves.
CORPUS_SUFFIXES = _TEXT_SUFFIXES | HTML_SUFFIXES | ATTACHMENT_SUFFIXES
# A document where more than this share of characters are control characters is not text.
_MAX_CONTROL_SHARE = 0.05
# Share of ASCII and Chinese characters a BOM-less UTF-16 reading must reach (random bytes: ~0.3).
_MIN_READABLE_SHARE = 0.8
# Real reports are 5-500 KB; one file is indexed by one worker at ~5 s per MB (measured), so a 50 MB
# file would hold the whole reindex for minutes. Bigger files are skipped with this reason.
MAX_FILE_BYTES = 8 * 1024 * 1024
# UTF-8 text with this few undecodable bytes is UTF-8 with stray bytes (a text in another encoding
# has an error every few characters): they are replaced, with a warning.
_MAX_STRAY = 16
_STRAY_SHARE = 1000
# A UTF-8 character is at most 4 bytes: an error this close to the end is a file cut short.
_MAX_CUT = 4
# The GB family: detectors name the subset they saw, gb18030 decodes all of them.
_GB_FAMILY = frozenset({"gb2312", "gbk", "gb18030", "hz", "cp936", "euc_cn"})
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
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
    warnings: tuple[str, ...] = ()
    sha256: str = field(default="", compare=False)  # of the bytes this text was decoded from


def read_document(path: Path) -> RawDocument:
    suffix = path.suffix.lower()
    if suffix in ATTACHMENT_SUFFIXES:
        return _read_attachment(path, suffix)
    if suffix not in _TEXT_SUFFIXES | HTML_SUFFIXES:
        raise ReadError(path, f"unsupported file type {suffix or '(none)'!r}")
    data = read_bytes(path)
    try:
        text, encoding = decode_bytes(data)
    except ValueError as error:
        raise ReadError(path, str(error)) from error
    warnings = []
    if _ends_mid_character(data, encoding):
        warnings.append("file cut short: its incomplete last character was dropped")
    if encoding == "utf-8" and (stray := _stray_bytes(data)):
        warnings.append(f"{stray} byte(s) that are not UTF-8 replaced by \ufffd")
    digest = hashlib.sha256(data).hexdigest()
    if suffix in HTML_SUFFIXES:
        body, title = html_to_text(text)
        return RawDocument(body, encoding, title, tuple(warnings), digest)
    return RawDocument(text, encoding, None, tuple(warnings), digest)


def _read_attachment(path: Path, suffix: str) -> RawDocument:
    """A report published as a PDF or Word file: its text layer, or ReadError with the reason."""
    data = read_bytes(path)
    try:
        text = attachment_text(data, suffix)
    except ValueError as error:
        raise ReadError(path, str(error)) from error
    return RawDocument(text, suffix[1:], None, (), hashlib.sha256(data).hexdigest())


def read_bytes(path: Path) -> bytes:
    """The file's bytes; only regular files up to MAX_FILE_BYTES (a FIFO would block forever),
    checked on the opened file before a byte is read."""
    try:
        # O_NONBLOCK: opening a FIFO would otherwise wait for a writer forever.
        with open(os.open(path, os.O_RDONLY | os.O_NONBLOCK), "rb") as handle:
            problem = unreadable_reason(os.fstat(handle.fileno()))
            if problem is not None:
                raise ReadError(path, problem)
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise ReadError(path, f"cannot read file ({error.strerror or error})") from error
    if len(data) > MAX_FILE_BYTES:  # it grew since the check
        raise ReadError(path, _too_large(len(data)))
    return data


def unreadable_reason(status: os.stat_result) -> str | None:
    """Why a file with this status is not read at all (not regular, too large), or None."""
    if not stat.S_ISREG(status.st_mode):
        return "not a regular file"
    if status.st_size > MAX_FILE_BYTES:
        return _too_large(status.st_size)
    return None


def _too_large(size: int) -> str:
    return f"file too large ({size / 2**20:.1f} MB, limit {MAX_FILE_BYTES / 2**20:.0f} MB)"


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding); ValueError with a human reason for empty, binary or undecodable data."""
    if not data.strip():
        raise ValueError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(_decode_strict(data, encoding), encoding)
    if b"\x00" in data:
        return _without_bom_utf16(data)
    try:
        # Fast path: most pages are UTF-8, and strict UTF-8 almost never succeeds by accident.
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        if _cut_short(error, len(data)):
            return _checked(data[: error.start].decode("utf-8"), "utf-8")
    if _stray_bytes(data):  # UTF-8 but for a stray byte or two: lose them, not the report
        return _checked(data.decode("utf-8", "replace"), "utf-8")
    encoding = _detected_encoding(data)
    return _checked(_decode_strict(data, encoding), encoding)


def _stray_bytes(data: bytes) -> int:
    """How many bytes keep Chinese UTF-8 text from decoding, when they are few (at most
    _MAX_STRAY and one in _STRAY_SHARE bytes); 0 for valid UTF-8 or text in another encoding."""
    text = data.decode("utf-8", "replace")
    stray = text.count("\ufffd") - data.count("\ufffd".encode())
    few = 0 < stray <= min(_MAX_STRAY, len(data) // _STRAY_SHARE + 1)
    return stray if few and _CJK.search(text) else 0


def _cut_short(error: UnicodeDecodeError, size: int) -> bool:
    return error.end == size and size - error.start < _MAX_CUT and "end of data" in error.reason


def _ends_mid_character(data: bytes, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)(errors="ignore")
    decoder.decode(data, final=False)
    return bool(decoder.getstate()[0])


def _without_bom_utf16(data: bytes) -> tuple[str, str]:
    """UTF-16 saved without a BOM: the byte order under which the text reads as Chinese."""
    best, encoding = 0.0, ""
    for candidate in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(candidate)
        except UnicodeDecodeError:
            continue
        readable = sum(1 for c in text if " " <= c <= "~" or c in "\n\r\t" or _CJK.match(c))
        if readable / max(len(text), 1) > best:
            best, encoding = readable / max(len(text), 1), candidate
    if best < _MIN_READABLE_SHARE:
        raise ValueError("binary file (NUL bytes)")
    return _checked(data.decode(encoding), encoding)


def _detected_encoding(data: bytes) -> str:
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise ValueError("undecodable: no known text encoding fits the bytes")
    name = codecs.lookup(best.encoding).name.replace("-", "_")
    return "gb18030" if name in _GB_FAMILY else name


def _decode_strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        if _cut_short(error, len(data)):
            return data[: error.start].decode(encoding)
        raise ValueError(f"undecodable as {encoding}: {error}") from error
    except LookupError as error:
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
    html = _XML_INCOMPATIBLE.sub(" ", html)  # lxml refuses to move such text between nodes
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
