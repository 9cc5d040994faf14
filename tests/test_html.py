"""The HTML pages and the CSV export, through Flask's test client on the real sample index."""

from __future__ import annotations

import csv
import io
import re
import tomllib
from pathlib import Path

import pytest
from lxml import html as lxml_html

from indexer.models import Level
from indexer.resources import data_path
from indexer.schema import LEVEL_LABELS, SECTION_TYPE_LABELS, UNKNOWN_PLACE

REPORT_ID = "000_85a6f3b4405b5e46"
MARKUP_REPORT = """武江区人民政府2024年法治政府建设年度报告<b>粗体</b>
2024年,武江区坚持依法行政。测试文本<script>alert(1)</script>行政复议案件继续减少。
一、推进行政复议工作
全年办理行政复议案件<b>12</b>件,纠错率18%。备注<script>alert(1)</script>行政复议结束。
二、存在的不足
行政复议 & 调解<i>衔接</i>不够顺畅。
"""
UNPLACED_REPORT = """法治政府建设年度报告
本单位坚持依法行政,行政复议工作有序开展。
一、推进行政复议工作
全年办理行政复议案件3件。
"""


def get_tree(client, url: str, status: int = 200):
    response = client.get(url)
    assert response.status_code == status, response.data[:500]
    return lxml_html.fromstring(response.get_data(as_text=True)), response


def texts(tree, xpath: str) -> list[str]:
    return [" ".join(e.text_content().split()) for e in tree.xpath(xpath)]


def checkbox(tree, name: str, value: str):
    boxes = tree.xpath(f'//input[@type="checkbox"][@name="{name}"][@value="{value}"]')
    assert len(boxes) == 1, f"no checkbox {name}={value}"
    return boxes[0]


def facet_count(tree, name: str, value: str) -> int:
    label = checkbox(tree, name, value).getparent()
    return int(label.xpath('.//span[@class="count"]')[0].text)


# --- search page ---------------------------------------------------------------------------------


def test_search_lists_hits_with_links_to_sections(client):
    tree, _ = get_tree(client, "/search?q=行政复议")
    titles = tree.xpath('//li[@class="hit"]//h2[@class="hit-title"]/a')
    assert titles, "no hits"
    href = titles[0].get("href")
    assert re.fullmatch(r"/reports/[^?#]+\?q=%E8%A1%8C.*#s\d+", href), href
    assert tree.xpath('//li[@class="hit"]//p[@class="snippet"]/mark')
    assert any("›" in t for t in texts(tree, '//li[@class="hit"]//span[@class="place"]'))


def test_result_count_is_announced(client):
    tree, _ = get_tree(client, "/search?q=行政复议")
    count = tree.xpath('//*[@aria-live="polite"]')
    assert len(count) == 1
    total = len(client.get("/api/search?q=行政复议&size=100").json["hits"])
    assert f"共 {total} 条结果" in " ".join(count[0].text_content().split())


@pytest.mark.parametrize(
    ("name", "value", "label"),
    [
        ("year", "2024", "2024"),
        ("province", "广东省", "广东省"),
        ("type", "disputes", "矛盾纠纷化解"),
    ],
    ids=["year", "province", "type-label"],
)
def test_facet_checkboxes_show_labels_and_counts(client, name, value, label):
    tree, _ = get_tree(client, "/search?q=行政复议")
    api = client.get("/api/search?q=行政复议").json["facets"][name]
    expected = next(v["count"] for v in api if str(v["value"]) == value)
    assert facet_count(tree, name, value) == expected
    box_label = checkbox(tree, name, value).getparent()
    assert box_label.xpath('.//span[@class="facet-label"]')[0].text == label


def test_type_facet_shows_the_vocabularys_labels(client):
    """Every section type on the page carries the label data/section_types.toml gives it."""
    types = tomllib.loads(data_path("section_types.toml").read_text("utf-8"))["types"]
    tree, _ = get_tree(client, "/search")
    slugs = tree.xpath('//input[@type="checkbox"][@name="type"]/@value')
    assert len(slugs) > 3
    for slug in slugs:
        box_label = checkbox(tree, "type", slug).getparent()
        shown = box_label.xpath('.//span[@class="facet-label"]')[0].text
        assert shown == types[slug]["label"]


def test_repeated_filter_keeps_both_boxes_ticked(client):
    tree, _ = get_tree(client, "/search?q=行政复议&province=广东省&province=福建省")
    assert checkbox(tree, "province", "广东省").get("checked") is not None
    assert checkbox(tree, "province", "福建省").get("checked") is not None
    assert checkbox(tree, "province", "天津市").get("checked") is None
    chips = texts(tree, '//ul[@class="active-filters"]//a')
    assert len(chips) == 2


def test_removing_one_filter_keeps_the_other(client):
    tree, _ = get_tree(client, "/search?q=行政复议&province=广东省&province=福建省&page=1")
    chip = tree.xpath('//ul[@class="active-filters"]//a[contains(., "广东省")]')[0]
    href = chip.get("href")
    assert "province=%E7%A6%8F%E5%BB%BA%E7%9C%81" in href  # 福建省 stays
    assert "%E5%B9%BF%E4%B8%9C" not in href and "page=" not in href


def test_browse_mode_lists_every_section_by_year(client, snapshot):
    tree, _ = get_tree(client, "/search")
    years = [int(t[:4]) for t in texts(tree, '//li[@class="hit"]//span[@class="year"]')]
    assert years == sorted(years, reverse=True)
    assert "浏览全部章节" in texts(tree, '//*[@aria-live="polite"]')[0]


def test_pagination_links(client):
    tree, _ = get_tree(client, "/search?size=5")
    numbers = tree.xpath('//nav[@class="pagination"]/a[@class="page-number"]')
    assert numbers and all("page=" in a.get("href") for a in numbers)
    assert tree.xpath('//nav[@class="pagination"]//*[@aria-current="page"]')[0].text == "1"
    next_href = tree.xpath('//nav[@class="pagination"]/a[@rel="next"]')[0].get("href")
    second, _ = get_tree(client, next_href)
    assert second.xpath('//*[@aria-current="page"]')[0].text == "2"
    assert second.xpath('//nav[@class="pagination"]/a[@rel="prev"]')
    first_ids = tree.xpath('//li[@class="hit"]//h2/a/@href')
    assert not set(first_ids) & set(second.xpath('//li[@class="hit"]//h2/a/@href'))


def test_sort_by_year_is_selected_and_ordered(client):
    tree, _ = get_tree(client, "/search?q=法治&sort=year")
    assert tree.xpath('//select[@name="sort"]/option[@selected]')[0].get("value") == "year"
    years = [int(t[:4]) for t in texts(tree, '//li[@class="hit"]//span[@class="year"]')]
    assert years == sorted(years, reverse=True)


def test_group_view_shows_one_row_per_report(client):
    tree, _ = get_tree(client, "/search?q=行政复议&group=report")
    groups = tree.xpath('//li[@class="hit group"]')
    report_links = [g.xpath(".//h2/a/@href")[0].split("?")[0] for g in groups]
    assert len(groups) > 1 and len(set(report_links)) == len(report_links)
    assert all(g.xpath('.//ol[@class="group-sections"]/li') for g in groups)
    assert tree.xpath('//input[@name="group"]')[0].get("checked") is not None
    assert "份报告" in texts(tree, '//*[@aria-live="polite"]')[0]


def test_chart_is_accessible_svg_with_numbers(client):
    tree, _ = get_tree(client, "/search?q=行政复议")
    svg = tree.xpath('//svg[@id="chart-year"]')[0]
    assert svg.get("role") == "img" and "2024" in svg.get("aria-label")
    assert svg.xpath("./title")[0].text == "各年份命中章节数"
    cells = texts(tree, '//figure[.//svg[@id="chart-year"]]//tbody//td')
    assert "2024" in cells


@pytest.mark.parametrize(
    "query",
    ["page=0", "year=abc", "sort=random", "size=1000", "type=nonsense", "group=x"],
    ids=["page", "year", "sort", "size", "type", "group"],
)
def test_bad_parameter_shows_400_page(client, query):
    tree, response = get_tree(client, f"/search?{query}", status=400)
    assert response.mimetype == "text/html"
    assert "请求参数有误" in texts(tree, "//h1")[0]
    assert query.split("=")[0] in texts(tree, '//p[@class="error-message"]')[0]


def test_csp_header_forbids_inline_code(client):
    response = client.get("/search?q=行政复议")
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    body = response.get_data(as_text=True)
    assert "style=" not in body and "<style" not in body
    assert not re.search(r"<script(?![^>]*\bsrc=)", body), "inline script"


# --- report page ---------------------------------------------------------------------------------


def test_report_page_has_toc_and_anchored_sections(client, snapshot):
    report = snapshot.report_json(REPORT_ID)
    tree, _ = get_tree(client, f"/reports/{REPORT_ID}")
    assert texts(tree, "//h1")[0] == report["title"]
    section_ids = [s["id"] for s in report["sections"]]
    assert tree.xpath('//section[@class="report-section"]/@id') == section_ids
    toc_links = tree.xpath('//nav[@class="toc"]//a/@href')
    assert list(dict.fromkeys(toc_links)) == [f"#{i}" for i in section_ids]
    permalink = tree.xpath(f'//section[@id="{section_ids[1]}"]//a[@class="permalink"]')[0]
    assert permalink.get("href") == f"/reports/{REPORT_ID}#{section_ids[1]}"  # no BASE_URL
    meta = " ".join(texts(tree, '//dl[@class="report-meta"]'))
    assert "武江区 › 韶关市 › 广东省" in meta and "2025-02-17" in meta


def test_report_page_highlights_the_query(client):
    plain, _ = get_tree(client, f"/reports/{REPORT_ID}")
    tree, _ = get_tree(client, f"/reports/{REPORT_ID}?q=行政复议")
    marks = texts(tree, '//section[@class="report-section"]//mark')
    assert marks and set(marks) == {"行政复议"}
    assert not plain.xpath('//section[@class="report-section"]//mark')


def test_report_page_lists_indicators(client, snapshot):
    indicators = snapshot.report_json(REPORT_ID)["indicators"]
    tree, _ = get_tree(client, f"/reports/{REPORT_ID}")
    rows = tree.xpath('//section[@class="indicators"]//tbody/tr')
    assert len(rows) == len(indicators) > 0


def test_unknown_report_is_404_page(client):
    tree, response = get_tree(client, "/reports/no_such_report", status=404)
    assert response.mimetype == "text/html"
    assert "no_such_report" in texts(tree, '//p[@class="error-message"]')[0]


# --- CSV -----------------------------------------------------------------------------------------


def read_csv(client, url: str) -> tuple[str, list[dict]]:
    response = client.get(url)
    assert response.status_code == 200
    assert "attachment" in response.headers["Content-Disposition"]
    assert re.search(r"\d{4}-\d{2}-\d{2}\.csv", response.headers["Content-Disposition"])
    raw = response.get_data()
    assert raw.startswith(b"\xef\xbb\xbf"), "no BOM"
    text = raw.decode("utf-8-sig")
    return text.splitlines()[0], list(csv.DictReader(io.StringIO(text)))


def test_csv_has_chinese_header_labels_whole_text_and_links(client, snapshot):
    header, rows = read_csv(client, "/search.csv?q=行政复议")
    assert (
        header == "报告编号,报告标题,地区,省份,城市,年份,章节编号,章节标题,章节类型,章节全文,链接"
    )
    assert rows and all("<mark>" not in r["章节全文"] for r in rows)
    labels = set(SECTION_TYPE_LABELS.values())
    assert all(r["章节类型"] in labels for r in rows)
    for row in rows:  # the section's whole text, not a snippet
        sections = snapshot.report_json(row["报告编号"])["sections"]
        assert row["章节全文"] == next(s["text"] for s in sections if s["id"] == row["章节编号"])
    assert rows[0]["链接"].startswith("/reports/")  # no BASE_URL: root-relative
    assert rows[0]["链接"].endswith("#" + rows[0]["章节编号"])
    assert "?q=" in rows[0]["链接"]  # the report page opens with the query highlighted


@pytest.mark.parametrize(
    "query", ["q=行政复议", "", "province=广东省&page=2&size=3"], ids=["query", "all", "filtered"]
)
def test_csv_exports_the_whole_result_set(client, query):
    total = client.get(f"/api/search?{query}").json["total"]
    _, rows = read_csv(client, f"/search.csv?{query}")
    assert len(rows) == min(total, 1000)
    assert len({(r["报告编号"], r["章节编号"]) for r in rows}) == len(rows)


@pytest.mark.parametrize(
    "query", ["q=行政复议", "", "province=广东省"], ids=["query", "all", "filtered"]
)
def test_grouped_csv_has_one_row_per_report(client, query):
    total = client.get(f"/api/search?{query}&group=report").json["total"]
    header, rows = read_csv(client, f"/search.csv?{query}&group=report")
    assert header.startswith("报告编号,报告标题,")
    ids = [r["报告编号"] for r in rows]
    assert len(ids) == len(set(ids)) == total > 0
    assert all(r["相关章节"] and r["链接"].startswith("/reports/") for r in rows)  # no BASE_URL


def test_csv_bad_parameter_is_400(client):
    assert client.get("/search.csv?year=abc").status_code == 400


# --- escaping ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def markup_client(tmp_path_factory):
    from indexer.writing.build import build_index
    from webapp import create_app

    root: Path = tmp_path_factory.mktemp("markup")
    (root / "corpus").mkdir()
    (root / "corpus" / "900_markup.txt").write_text(MARKUP_REPORT, encoding="utf-8")
    (root / "corpus" / "901_unplaced.txt").write_text(UNPLACED_REPORT, encoding="utf-8")
    build_index(root / "corpus", root / "index", procs=1)
    return create_app({"INDEX_DIR": str(root / "index"), "TESTING": True}).test_client()


@pytest.mark.parametrize(
    "url",
    ["/search?q=行政复议", "/search?q=行政复议&group=report", "/search", "/reports/900_markup",
     "/reports/900_markup?q=行政复议"],
    ids=["search", "grouped", "browse", "report", "report-highlighted"],
)  # fmt: skip
def test_report_markup_is_escaped(markup_client, url):
    body = markup_client.get(url).get_data(as_text=True)
    assert "<script>alert" not in body and "<b>" not in body and "<i>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "&lt;b&gt;" in body


def test_snippet_marks_are_the_only_tags(markup_client):
    tree, _ = get_tree(markup_client, "/search?q=行政复议")
    snippets = tree.xpath('//p[@class="snippet"]')
    assert snippets
    assert {child.tag for s in snippets for child in s.iterdescendants()} == {"mark"}
    assert any("<script>" in s.text_content() for s in snippets)


def test_a_report_without_a_place_is_named_as_the_schema_says(markup_client):
    tree, _ = get_tree(markup_client, "/search?q=行政复议")
    places = texts(tree, '//span[@class="place"]')
    assert UNKNOWN_PLACE in places and "武江区" in " ".join(places)


def test_every_level_has_a_label():
    assert set(LEVEL_LABELS) == {level.value for level in Level}
    assert all(LEVEL_LABELS.values())


def test_missing_index_says_how_to_build_it(tmp_path):
    from webapp import create_app

    client = create_app({"INDEX_DIR": str(tmp_path / "none"), "TESTING": True}).test_client()
    tree, _ = get_tree(client, "/search?q=行政复议", status=503)
    assert "reindex" in tree.text_content()
