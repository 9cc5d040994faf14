"""A small fake government website, served for real on 127.0.0.1, for the `collect` tests.

Its pages are built from the sample corpus: a paginated listing (GBK page 1, UTF-8 pages 2 and 3),
report pages in UTF-8 and GBK, a redirect, a 404, a page that times out, a robots.txt disallow, a
mirror with the same bytes, a 503 before success, ETag and Last-Modified validators (304s), a page
that changes between runs, a report that is only a PDF, a .docx and a .doc attachment.
"""

from __future__ import annotations

import hashlib
import io
import threading
import time
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from werkzeug.wrappers import Request, Response

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
LAST_MODIFIED = "Mon, 17 Feb 2025 07:43:00 GMT"
CHANGED_SENTENCE = "2025年新增法治观测点示范项目十二个。"


def sample_text(stem_prefix: str) -> str:
    return next(CORPUS.glob(f"{stem_prefix}_*.txt")).read_text(encoding="utf-8")


def report_page(text: str, charset: str) -> bytes:
    """A report as a typical government CMS page: navigation, breadcrumb, article, footer."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    body = "\n".join(f"<p>{escape(line)}</p>" for line in lines)
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{escape(lines[1] if len(lines) > 1 else lines[0])}</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a></div>
<div class="article">{body}</div>
<div class="footer">主办单位：某某区人民政府办公室</div></body></html>"""
    return page.encode(
        "gbk" if charset.lower() in ("gbk", "gb2312") else "utf-8", "xmlcharrefreplace"
    )


def listing_page(links: list[tuple[str, str]], extra: str, charset: str) -> bytes:
    items = "\n".join(
        f'<li><a href="{href}" target="_blank">{escape(text)}</a></li>' for href, text in links
    )
    page = f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>法治政府建设年度报告</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a>
<a href="/fzzf/art/notice.html">关于征求《法治政府建设实施方案》意见的通知</a></div>
<ul class="list">{items}</ul>{extra}</body></html>"""
    return page.encode(
        "gbk" if charset.lower() in ("gbk", "gb2312") else "utf-8", "xmlcharrefreplace"
    )


def minimal_pdf(lines: list[str]) -> bytes:
    """A real one-page PDF whose text layer holds `lines` (CID font with an identity ToUnicode)."""
    text_ops = "".join(f"<{''.join(f'{ord(c):04X}' for c in line)}> Tj T*\n" for line in lines)
    content = f"BT\n/F1 12 Tf\n14 TL\n50 800 Td\n{text_ops}ET".encode()
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        b"/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        b"1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        b"1 beginbfrange <0000> <FFFF> <0000> endbfrange\n"
        b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo "
        b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 /FontBBox [0 -200 1000 900] "
        b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def docx_bytes(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        if line.strip():
            document.add_paragraph(line.strip())
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@dataclass
class Page:
    body: bytes
    content_type: str
    etag: bool = False  # answer If-None-Match
    last_modified: bool = False  # answer If-Modified-Since


@dataclass
class GovSite:
    """The WSGI app; `log` holds (method, path, status, user agent) of every request answered."""

    timeout_seconds: float = 3.0
    revision: int = 1  # of the changing page
    footer: str = ""  # page furniture added to the changing page (a visit counter)
    log: list[tuple[str, str, int, str]] = field(default_factory=list)
    _failures_left: dict[str, int] = field(default_factory=lambda: {"/fzzf/art/kaifeng.html": 1})
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.pages = self._pages()

    def _pages(self) -> dict[str, Page]:
        wujiang = report_page(sample_text("000"), "utf-8")
        html = "text/html; charset=utf-8"
        pdf_lines = [line.strip() for line in sample_text("003").splitlines() if line.strip()]
        return {
            "/robots.txt": Page(b"User-agent: *\nDisallow: /private/\n", "text/plain"),
            "/fzzf/index.html": Page(self._listing_1(), "text/html"),  # GBK, declared in the page
            "/fzzf/index_1.html": Page(self._listing_2(), html),
            "/fzzf/index_2.html": Page(self._listing_3(), html),
            "/fzzf/art/wujiang.html": Page(wujiang, html, etag=True),
            "/mirror/wujiang-copy.html": Page(wujiang, html),
            "/fzzf/art/wuqing.html": Page(
                report_page(sample_text("002"), "gbk"), "text/html", last_modified=True
            ),
            "/private/secret.html": Page(report_page(sample_text("001"), "utf-8"), html),
            "/fzzf/art/attach.html": Page(self._attachment_shell(), html),
            "/fzzf/files/huli-report.pdf": Page(minimal_pdf(pdf_lines[:40]), "application/pdf"),
            "/fzzf/files/haizhu.docx": Page(
                docx_bytes(sample_text("001")), "application/octet-stream"
            ),
            "/fzzf/files/old-report.doc": Page(
                b"\xd0\xcf\x11\xe0" + b"\x00" * 508, "application/msword"
            ),
        }

    def _listing_1(self) -> bytes:
        links = [
            ("art/wujiang.html", "武江区人民政府2024年法治政府建设年度报告"),
            ("old.html", "天津市武清区人民政府关于2023年法治政府建设情况的报告"),
            ("/private/secret.html", "某区2021年法治政府建设年度报告"),
            ("art/missing.html", "某县2022年法治政府建设年度报告"),
            ("http://elsewhere.invalid/fzzf.html", "外省某市2024年法治政府建设年度报告"),
            ("art/news.html", "我区召开安全生产工作会议"),
        ]
        return listing_page(
            links, '<div class="page"><a href="index_1.html">下一页</a></div>', "gbk"
        )

    def _listing_2(self) -> bytes:
        links = [
            ("art/kaifeng.html", "城乡一体化示范区2024年法治政府建设工作情况报告"),
            ("/mirror/wujiang-copy.html", "武江区2024年法治政府建设年度报告（转载）"),
            ("art/attach.html", "湖里区2024年法治政府建设年度报告"),
        ]
        pager = '<script>createPageHTML(3, 1, "index", "html");</script>'
        return listing_page(links, pager, "utf-8")

    def _listing_3(self) -> bytes:
        links = [
            ("files/haizhu.docx", "海珠区2023年法治政府建设情况报告（附件）"),
            ("files/old-report.doc", "2019年度法治政府建设年度报告"),
            ("art/slow.html", "某区2023年法治政府建设年度报告"),
        ]
        return listing_page(links, "", "utf-8")

    def _attachment_shell(self) -> bytes:
        return (
            "<html><head><meta charset='utf-8'>"
            "<title>湖里区2024年法治政府建设年度报告</title></head>"
            "<body><h1>湖里区2024年法治政府建设年度报告</h1><p>相关附件：</p>"
            "<p><a href='/fzzf/files/huli-report.pdf'>湖里区2024年法治政府建设年度报告.pdf</a></p>"
            "</body></html>"
        ).encode()

    def changing_page(self) -> bytes:
        text = sample_text("004")
        if self.revision > 1:
            text += "\n" + CHANGED_SENTENCE
        return report_page(text, "utf-8").replace(b"</body>", self.footer.encode() + b"</body>")

    def __call__(self, environ, start_response):
        request = Request(environ)
        response = self._answer(request)
        with self._lock:
            agent = request.headers.get("User-Agent", "")
            self.log.append((request.method, request.path, response.status_code, agent))
        return response(environ, start_response)

    def _answer(self, request: Request) -> Response:
        path = request.path
        if path == "/fzzf/old.html":
            return Response(status=301, headers={"Location": "/fzzf/art/wuqing.html"})
        if path == "/fzzf/art/slow.html":
            time.sleep(self.timeout_seconds)
            return Response(b"too late", content_type="text/html")
        with self._lock:
            if self._failures_left.get(path, 0) > 0:
                self._failures_left[path] -= 1
                return Response(b"busy", status=503)
        if path == "/fzzf/art/kaifeng.html":
            return Response(self.changing_page(), content_type="text/html; charset=utf-8")
        page = self.pages.get(path)
        if page is None:
            return Response(b"not found", status=404)
        return self._with_validators(request, page)

    def _with_validators(self, request: Request, page: Page) -> Response:
        response = Response(page.body, content_type=page.content_type)
        if page.etag:
            tag = hashlib.sha256(page.body).hexdigest()[:16]
            response.set_etag(tag)
            if request.if_none_match.contains(tag):
                return Response(status=304, headers={"ETag": f'"{tag}"'})
        if page.last_modified:
            response.headers["Last-Modified"] = LAST_MODIFIED
            if request.headers.get("If-Modified-Since") == LAST_MODIFIED:
                return Response(status=304, headers={"Last-Modified": LAST_MODIFIED})
        return response

    def requested(self, path: str) -> list[int]:
        """Statuses answered for `path`, in order."""
        return [status for _, p, status, _ in self.log if p == path]
