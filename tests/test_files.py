from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from indexer.parsing.files import RawDocument, ReadError, decode_bytes, html_to_text, read_document

DATA = Path(__file__).parent / "data" / "read"
REPORT = "广州市海珠区人民政府关于2023年度法治政府建设情况的报告\n一、加强党对法治建设的领导。\n"


@pytest.mark.parametrize(
    ("encoding", "prefix", "expected"),
    [
        pytest.param("utf-8", b"", "utf-8", id="utf-8"),
        pytest.param("utf-8", codecs.BOM_UTF8, "utf-8-sig", id="utf-8-bom"),
        pytest.param("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le", id="utf-16-le-bom"),
        pytest.param("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be", id="utf-16-be-bom"),
        pytest.param("gb18030", b"", "gb18030", id="gb18030"),
        pytest.param("gbk", b"", "gb18030", id="gbk-read-as-superset"),
    ],
)
def test_encodings_round_trip(tmp_path: Path, encoding: str, prefix: bytes, expected: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(prefix + REPORT.encode(encoding))
    document = read_document(path)
    assert document == RawDocument(REPORT, expected, None)


def test_gbk_traditional_characters_decode() -> None:
    text = "廣州市海珠區人民政府關於法治政府建設情況的報告。"
    assert decode_bytes(text.encode("gbk")) == (text, "gb18030")


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        pytest.param("empty.txt", b"", "empty file", id="empty"),
        pytest.param("blank.txt", b"  \n\r\n ", "empty file", id="whitespace-only"),
        pytest.param("nul.txt", b"PK\x03\x04\x00\x00\x14\x00data", "binary", id="nul-bytes"),
        pytest.param("ctrl.txt", bytes(range(1, 9)) * 40, "binary", id="control-chars"),
        pytest.param("report.xls", REPORT.encode(), "unsupported file type", id="xls"),
        pytest.param("report.pdf", REPORT.encode(), "unreadable PDF", id="pdf-not-a-pdf"),
        pytest.param("report.docx", REPORT.encode(), "unreadable .docx", id="docx-not-a-zip"),
        pytest.param("report.doc", REPORT.encode(), "Word 97-2003 file", id="doc"),
        pytest.param("report.wps", REPORT.encode(), "WPS Office file", id="wps"),
        pytest.param("report", REPORT.encode(), "unsupported file type", id="no-suffix"),
    ],
)
def test_unreadable_files_raise_read_error(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError) as caught:
        read_document(path)
    assert reason in caught.value.reason
    assert str(caught.value).startswith(f"{path}: ")
    assert caught.value.path == path


def test_missing_file_raises_read_error(tmp_path: Path) -> None:
    with pytest.raises(ReadError, match="cannot read file"):
        read_document(tmp_path / "missing.txt")


def test_directory_named_like_a_report_raises_read_error(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(ReadError, match="cannot read file"):
        read_document(tmp_path / "folder.txt")


def test_undecodable_bytes_never_escape_as_another_exception(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 20)
    try:
        document = read_document(path)
    except ReadError:
        return
    assert document.text  # a detector may still find some single-byte reading


def test_html_page_keeps_the_report_and_drops_the_page_around_it() -> None:
    document = read_document(DATA / "report.html")
    lines = document.text.splitlines()
    assert document.encoding == "utf-8"
    assert document.title == "某某区2024年法治政府建设年度报告"
    assert "2024年，某某区坚持以习近平法治思想为指导，全面推进法治政府建设。" in lines[2]
    assert "全年办理行政复议案件114件，纠错率18.3%。" in lines  # <br> starts a new line
    assert "指标 数值" in lines  # table cells stay on their row's line
    for furniture in ("统计脚本", "font-size", "政务公开", "微博", "相关新闻", "ICP", "请启用脚本"):
        assert furniture not in document.text, furniture


@pytest.mark.parametrize(
    ("html", "text", "title"),
    [
        pytest.param("<title>报告标题</title><p>正文</p>", "正文", "报告标题", id="title-tag"),
        pytest.param("<h1>大标题</h1><p>正文</p>", "大标题\n正文", "大标题", id="h1"),
        pytest.param("<p>没有标题的正文</p>", "没有标题的正文", None, id="no-title"),
        pytest.param("<p>破损<b>标记<p>第二段", "破损标记\n第二段", None, id="broken-markup"),
        pytest.param("<body><script>var a = '脚本';</script></body>", "", None, id="no-body-text"),
        pytest.param("", "", None, id="empty"),
        pytest.param(
            "<main><p>主要内容甲乙丙丁戊</p></main><div>旁边的一点</div>",
            "主要内容甲乙丙丁戊",
            None,
            id="main-element",
        ),
        pytest.param(
            '<div id="menu">菜单项目</div><div class="nav-bar">导航</div><p>报告正文</p>',
            "报告正文",
            None,
            id="menu-by-attribute",
        ),
    ],
)
def test_html_to_text(html: str, text: str, title: str | None) -> None:
    assert html_to_text(html) == (text, title)


def test_deeply_nested_html_does_not_crash() -> None:
    html = "<html><body>" + "<div>" * 100_000 + "深层正文" + "</div>" * 100_000 + "</body></html>"
    text, title = html_to_text(html)
    assert text == "深层正文"
    assert title is None


@pytest.mark.parametrize("stray", [b"\xff", b"\xe6\xb3", b"\x80\x80\x80"])
def test_a_few_stray_bytes_in_utf8_cost_characters_not_the_report(tmp_path: Path, stray: bytes):
    text = "某某县人民政府2023年法治政府建设年度报告\n一、主要举措\n开展行政复议工作。\n" * 20
    data = text.encode()
    path = tmp_path / "stray.txt"
    path.write_bytes(data[:90] + stray + data[90:])
    document = read_document(path)
    assert document.encoding == "utf-8"
    assert document.text.replace("\ufffd", "") == text
    assert any("not UTF-8 replaced" in warning for warning in document.warnings)


def test_gbk_text_is_not_taken_for_utf8_with_stray_bytes() -> None:
    text = "某某县人民政府2023年法治政府建设年度报告，开展行政复议工作。"
    assert decode_bytes(text.encode("gbk")) == (text, "gb18030")
