"""Fuzzing: the parser never raises on any input, the web layer never answers 5xx or echoes markup.

Failing examples hypothesis found are kept in tests/data/regressions/*.json and replayed as
explicit cases (hypothesis' own database is not committed).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indexer.models import Report
from indexer.parsing.files import RawDocument, ReadError
from indexer.parsing.pipeline import Parser

REGRESSIONS = Path(__file__).parent / "data" / "regressions"
FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)

# Pieces real reports are made of, so that generated text reaches deep into the parser.
REPORT_PIECES = [
    "一、",
    "（一）",
    "(二)",
    "1.",
    "一是",
    "二是",
    "。",
    "；",
    "\n",
    "\n\n",
    " ",
    "\t",
    "\r\n",
    "区(qū)",
    "學(xué)",
    "法治夜?!薄靶戮蜆I(yè)",
    "行政复议",
    "纠错率",
    "18.3%",
    "114宗",
    "1.1万余件",
    "100%",
    "同比增长29.5%",
    "广东省",
    "韶关市",
    "武江区",
    "鼓楼区",
    "2024年",
    "2025-02-17 15:43:00",
    "发布日期:",
    "来源:",
    "当前位置:首页 > ",
    "【打印页面】",
    "存在的不足",
    "下一年度",
    "％",
    "２０２４",
    "\ufeff",
    "\u200b",
    "\x00",
    "\ud800",
    "\U0002a6a5",
    "區",
    "法治政府建设年度报告",
    "人民政府",
    "?",
]
HTML_TAGS = [
    "div",
    "p",
    "article",
    "main",
    "table",
    "tr",
    "td",
    "script",
    "style",
    "h1",
    "title",
    "span",
    "br",
    "nav",
    "footer",
    "li",
    "iframe",
    "svg",
]

report_text = st.lists(
    st.one_of(st.sampled_from(REPORT_PIECES), st.text(max_size=8)), max_size=120
).map("".join)


def html_tree(children):
    return st.builds(
        lambda tag, attr, inner: f"<{tag} {attr}>{''.join(inner)}</{tag}>",
        st.sampled_from(HTML_TAGS),
        st.sampled_from(["", 'class="nav"', 'id="content"', 'class="footer share"', "x=<"]),
        st.lists(children, max_size=4),
    )


html_page = st.recursive(
    st.one_of(report_text, st.sampled_from(["<", "&amp;", "&#0;", "]]>"])), html_tree, max_leaves=40
).map(lambda body: f"<html><body>{body}")


class QuietParser:
    """The real parser behind a short repr: hypothesis prints test arguments on failure."""

    def __init__(self) -> None:
        self.real = Parser.from_data()

    def __repr__(self) -> str:
        return "Parser.from_data()"


@pytest.fixture(scope="module")
def parser() -> QuietParser:
    return QuietParser()


@pytest.fixture(scope="module")
def web(app):
    """One test client for all examples (hypothesis refuses function-scoped fixtures)."""
    return app.test_client()


def parse_text_soft(parser: QuietParser, text: str) -> Report:
    report = parser.real.parse_document("fuzz", RawDocument(text, "utf-8", None))
    assert isinstance(report, Report)
    assert all(isinstance(w, str) for w in report.warnings)
    return report


def read_and_parse(parser: QuietParser, data: bytes, suffix: str) -> Report | ReadError:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            return parser.real.parse_file(path)
        except ReadError as error:
            assert error.reason and str(error).startswith(str(path))
            return error


@FUZZ
@given(text=report_text)
def test_parser_never_raises_on_text(parser, text):
    report = parse_text_soft(parser, text)
    if not report.sections:
        assert "no report text found" in report.warnings


@FUZZ
@given(
    data=st.one_of(
        st.binary(max_size=2000), report_text.map(lambda t: t.encode("utf-8", "replace"))
    ),
    suffix=st.sampled_from([".txt", ".html"]),
)
def test_reader_never_raises_on_bytes(parser, data, suffix):
    read_and_parse(parser, data, suffix)


@FUZZ
@given(page=html_page, encoding=st.sampled_from(["utf-8", "gb18030", "utf-16"]))
def test_parser_never_raises_on_html(parser, page, encoding):
    read_and_parse(parser, page.encode(encoding, "replace"), ".html")


def regression_cases(name: str) -> list:
    cases = json.loads((REGRESSIONS / name).read_text(encoding="utf-8"))
    return [pytest.param(case, id=case["id"]) for case in cases]


@pytest.mark.parametrize("case", regression_cases("parser.json"))
def test_parser_regressions(parser, case):
    if "text" in case:
        parse_text_soft(parser, case["text"])
    else:
        data = bytes.fromhex(case["hex"])
        assert type(read_and_parse(parser, data, case["suffix"])).__name__ == case["expect"]


# -- the web layer -----------------------------------------------------------------------------

PARAMETERS = [
    "q",
    "page",
    "size",
    "year",
    "province",
    "city",
    "region",
    "type",
    "sort",
    "group",
    "placeholder",
    "callback",
    "q[]",
    "",
]
NASTY_VALUES = [
    "-1",
    "0",
    "99999999999999999999999",
    "1e3",
    "３",
    "２０２４",
    "0x10",
    " 5",
    "1.5",
    "NaN",
    "abc",
    "",
    "report",
    "section",
    "year",
    "leadership",
    "广东",
    "广东省",
    "2024",
    "\x00",
    "a" * 5000,
    "行政复议 OR",
    '"',
    '"行政',
    "-",
    "--",
    "OR",
    "*",
    "?",
    "\\",
    "'",
    "${x}",
]
# Percent-encoded on the wire as they are: lone surrogates, bad UTF-8, NUL, broken escapes.
RAW_VALUES = ["%ED%A0%80", "%ED%B0%80", "%FF%FE", "%00", "%", "%zz", "%C0%AF", "%E4%B8"]
# Markup that must never come back unescaped, with what would betray it in the page.
PAYLOADS = {
    "<fz-tag onmouseover=1>": "<fz-tag",
    '"><fz-tag>': "<fz-tag",
    "</title></textarea><fz-tag>": "<fz-tag",
    "<script>fz()</script>": "<script>fz(",
    '" onfocus="fz()': 'onfocus="fz',
    "' onfocus='fz()": "onfocus='fz",
    "javascript:fz()": 'href="javascript:fz',
}
ENDPOINTS = ["/api/search", "/search", "/search.csv", "/embed", "/", "/widget"]
REPORT_ENDPOINTS = ["/reports/", "/api/reports/"]

value = st.one_of(
    st.sampled_from(NASTY_VALUES).map(lambda v: quote(v, safe="")),
    st.sampled_from(RAW_VALUES),
    st.sampled_from(list(PAYLOADS)).map(lambda v: quote(v, safe="")),
    st.text(max_size=30).map(lambda v: quote(v.encode("utf-8", "surrogatepass"), safe="")),
)
query_string = st.lists(
    st.tuples(st.sampled_from(PARAMETERS), value).map(lambda kv: f"{kv[0]}={kv[1]}"),
    max_size=8,
).map("&".join)
report_id = st.one_of(
    st.sampled_from(["000_85a6f3b4405b5e46", "003_527454772160757c", "..", ".", "%2e%2e%2fx"]),
    value,
)


def assert_answered_safely(client, url: str) -> None:
    response = client.get(url)
    assert response.status_code < 500, (url, response.status_code, response.data[:300])
    body = response.get_data(as_text=True)
    assert "Traceback" not in body
    if response.mimetype == "application/json":
        json.loads(body)
    if response.mimetype == "text/html":
        for betrayal in PAYLOADS.values():
            assert betrayal not in body, (url, betrayal)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
@settings(FUZZ, max_examples=30)
@given(query=query_string)
def test_query_parameters_never_give_5xx_or_echo_markup(web, endpoint, query):
    assert_answered_safely(web, f"{endpoint}?{query}")


@pytest.mark.parametrize("endpoint", REPORT_ENDPOINTS)
@settings(FUZZ, max_examples=30)
@given(identifier=report_id, query=query_string)
def test_report_pages_never_give_5xx_or_echo_markup(web, endpoint, identifier, query):
    assert_answered_safely(web, f"{endpoint}{identifier}?{query}")


@pytest.mark.parametrize("case", regression_cases("queries.json"))
def test_query_regressions(web, case):
    assert_answered_safely(web, case["url"])
    assert web.get(case["url"]).status_code == case["status"]
