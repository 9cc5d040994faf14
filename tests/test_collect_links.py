"""Listing pages: which links are reports, which are further pages, how a page is decoded."""

from __future__ import annotations

import pytest

from indexer.collect.links import (
    decode_page,
    default_rules,
    is_listing,
    next_pages,
    page_links,
    report_links,
    same_site,
)

LISTING = "http://www.example.gov.cn/zwgk/fzzfnb/index.html"


@pytest.mark.parametrize(
    "anchor",
    [
        "武江区人民政府2024年法治政府建设年度报告",
        "關於海珠區2023年法治政府建設情況的報告",  # traditional characters
        "天津市武清区人民政府关于武清区2023年度法治政府建设情况的报告",
        "某市司法局2023年度法治建设工作情况报告",
        "某县2022年依法行政工作情况报告",
        "某区2024年法治政府建设 年度报告",  # a line break in the anchor
        "武江区人民政府2024年法治政府建设年…",  # cut by the listing
    ],
)
def test_report_anchors_are_chosen(anchor):
    assert default_rules().is_report_anchor(anchor)


@pytest.mark.parametrize(
    "anchor",
    [
        "关于征求《某市法治政府建设实施方案》意见的通知",
        "图解：某区2024年法治政府建设年度报告",
        "某区召开法治政府建设推进会",
        "2024年政府信息公开工作年度报告",
        "首页",
        "下一页",
    ],
)
def test_other_anchors_are_not(anchor):
    assert not default_rules().is_report_anchor(anchor)


def test_report_links_are_absolute_unique_and_on_the_same_site():
    html = """<html><body><ul>
      <li><a href="../../art/2025/2/17/art_1.html">武江区2024年法治政府建设年度报告</a></li>
      <li><a href="/art/2025/2/17/art_1.html#top">武江区2024年法治政府建设年度报告</a></li>
      <li><a href="http://sfj.example.gov.cn/a.html">区司法局2024年法治政府建设年度报告</a></li>
      <li><a href="http://www.other.gov.cn/a.html">外区2024年法治政府建设年度报告</a></li>
      <li><a href="javascript:void(0)">某区2024年法治政府建设年度报告</a></li>
      <li><a href="b.html" title="某区2023年法治政府建设年度报告">某区2023年法治政府…</a></li>
    </ul></body></html>"""
    links = page_links(html, LISTING)
    assert report_links(links, LISTING, default_rules()) == [
        "http://www.example.gov.cn/art/2025/2/17/art_1.html",
        "http://sfj.example.gov.cn/a.html",
        "http://www.example.gov.cn/zwgk/fzzfnb/b.html",
    ]


@pytest.mark.parametrize(
    ("html", "page_url", "expected"),
    [
        pytest.param(
            '<a href="index_1.html">下一页</a><a href="index_9.html">尾页</a>',
            LISTING,
            ["index_1.html", "index_9.html"],
            id="next-anchor-and-siblings",
        ),
        pytest.param(
            '<a href="?page=3">下一頁</a>',
            "http://www.example.gov.cn/list?page=2",
            ["list?page=3"],
            id="traditional-next-anchor",
        ),
        pytest.param(
            '<script>createPageHTML(5, 2, "index", "shtml");</script>',
            "http://www.example.gov.cn/zwgk/fzzfnb/index_2.shtml",
            ["index_3.shtml"],
            id="cms-pager",
        ),
        pytest.param(
            '<script>createPageHTML(3, 2, "index", "html");</script>',
            "http://www.example.gov.cn/zwgk/fzzfnb/index_2.html",
            [],
            id="cms-pager-last-page",
        ),
        pytest.param(
            '<a href="http://www.other.gov.cn/index_1.html">下一页</a>'
            '<a href="/zwgk/other/index_1.html">其他栏目</a>',
            LISTING,
            [],
            id="other-host-or-column",
        ),
    ],
)
def test_next_pages(html, page_url, expected):
    base = page_url.rsplit("/", 1)[0] + "/"
    found = next_pages(html, page_links(html, page_url), page_url, default_rules())
    assert [url.removeprefix(base) for url in found] == expected


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        pytest.param(
            '<meta charset="gb2312"><p>法治政府建设年度报告</p>'.encode("gbk"),
            "text/html",
            id="meta-gbk",
        ),
        pytest.param(
            "<p>法治政府建设年度报告</p>".encode("gbk"), "text/html; charset=GBK", id="header-gbk"
        ),
        pytest.param(
            '<meta charset="utf-8"><p>法治政府建设年度报告 深化“放管服”改革</p>'.encode("gb18030"),
            "text/html",
            id="wrong-declaration",
        ),
        pytest.param(
            "<p>法治政府建设年度报告，深化“放管服”改革，推进严格规范公正文明执法。</p>".encode(
                "gbk"
            ),
            "",
            id="undeclared-gbk",
        ),
    ],
)
def test_pages_are_decoded_as_declared_or_detected(data, content_type):
    assert "法治政府建设年度报告" in decode_page(data, content_type)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://www.example.gov.cn/a.html", True),
        ("http://example.gov.cn/a.html", True),
        ("http://sfj.example.gov.cn/a.html", True),
        ("http://example.gov.cn.evil.com/a.html", False),
        ("http://www.other.gov.cn/a.html", False),
    ],
)
def test_same_site(url, expected):
    assert same_site(url, LISTING) is expected


def _page(items: int, paragraph: str) -> str:
    links = "".join(
        f'<li><a href="/art/{n}.html">某区{2010 + n}年法治政府建设年度报告</a></li>'
        for n in range(items)
    )
    return f"<html><body><div class='main'><p>{paragraph}</p><ul>{links}</ul></div></body></html>"


@pytest.mark.parametrize(
    ("html", "listing"),
    [
        pytest.param(_page(5, "法治政府建设年度报告"), True, id="column-page"),
        pytest.param(_page(2, ""), False, id="too-few-links"),
        pytest.param(_page(4, "全面推进依法行政，" * 60), False, id="report-with-related-links"),
    ],
)
def test_a_page_that_is_mostly_report_links_is_a_listing(html, listing):
    assert is_listing(html, page_links(html, LISTING), LISTING, default_rules()) is listing
