"""The research views on a real index of the sample corpus plus crafted reports: required parts
(/structure and its twins, the report card), one government year by year (/regions/<region>), and
the Atom feed of a search (/search.atom), parsed by a feed parser."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path
from urllib.parse import urlencode

import feedparser
import pytest
from lxml import etree
from lxml import html as lxml_html
from research_corpus import build_research_index

from indexer.writing.build import build_index
from webapp import create_app
from webapp.feeds import xml_text

ATOM = "{http://www.w3.org/2005/Atom}"
CLASS = 'contains(concat(" ", @class, " "), " {} ")'  # XPath for a class name


@pytest.fixture(scope="module")
def research_index(tmp_path_factory, corpus_dir) -> Path:
    return build_research_index(corpus_dir, tmp_path_factory.mktemp("research"))


@pytest.fixture(scope="module")
def research_client(research_index):
    return create_app({"INDEX_DIR": str(research_index), "TESTING": True}).test_client()


def _rows(client, query: str = "") -> dict[str, dict]:
    data = client.get(f"/api/structure?{query}").get_json()
    return {row["report_id"]: row for row in data["rows"]}


# --- required parts --------------------------------------------------------------------------


def test_structure_json_marks_every_report_and_the_shares(research_client) -> None:
    data = research_client.get("/api/structure").get_json()
    assert data["total"] == len(data["rows"]) == 10
    lacking = next(r for r in data["rows"] if r["report_id"] == "chunan_2023_lacking")
    assert not lacking["complete"]
    assert [s for s, p in lacking["parts"].items() if not p["present"]] == [
        "responsibility", "plans",
    ]  # fmt: skip
    hidden = next(r for r in data["rows"] if r["report_id"] == "gulou_2023_hidden")["parts"]
    assert hidden["shortcomings"]["evidence"] == "body"
    assert "力量不足" in hidden["shortcomings"]["quote"]
    assert hidden["shortcomings"]["url"].endswith("/reports/gulou_2023_hidden#s002")
    for share in data["parts"]:
        present = sum(r["parts"][share["slug"]]["present"] for r in data["rows"])
        assert share["count"] == present and share["share"] == round(present / 10, 4)
    assert data["complete"] == sum(r["complete"] for r in data["rows"])


@pytest.mark.parametrize(
    ("query", "regions"),
    [
        ("province=广东", {"武江区", "海珠区"}),
        ("province=广东&year=2022", {"武江区"}),
        ("province=天津市&province=浙江省", {"武清区", "淳安县"}),
        ("missing=plans", {"淳安县", "鼓楼区"}),  # 福州市鼓楼区 (the markup report) too
        ("missing=shortcomings", set()),
        ("level=city", set()),
    ],
    ids=["short-province", "province-and-year", "two-provinces", "missing", "none", "level"],
)
def test_structure_filters(research_client, query, regions) -> None:
    assert {row["region"] for row in _rows(research_client, query).values()} == regions


def test_structure_facets_count_like_search(research_client) -> None:
    facets = research_client.get("/api/structure?province=广东").get_json()["facets"]
    provinces = {v["value"]: v for v in facets["province"]}
    assert provinces["广东省"]["selected"] and provinces["广东省"]["count"] == 4
    assert provinces["福建省"]["count"] == 2  # the province facet ignores its own filter
    assert {v["value"]: v["count"] for v in facets["year"]} == {2024: 1, 2023: 2, 2022: 1}
    assert [v["label"] for v in facets["level"]] == ["县级"]


@pytest.mark.parametrize(
    "query", ["year=24", "level=planet", "missing=preface", "city=" + "市" * 60]
)
def test_structure_bad_parameters_are_400(research_client, query) -> None:
    response = research_client.get(f"/api/structure?{query}")
    assert response.status_code == 400 and "error" in response.get_json()
    page = research_client.get(f"/structure?{query}")
    assert page.status_code == 400 and "请求参数有误" in page.text


def test_structure_csv_twin(research_client) -> None:
    response = research_client.get("/structure.csv?province=广东")
    assert response.mimetype == "text/csv"
    text = response.data.decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert len(rows) == 4
    assert set(rows[0]) >= {"report_id", "measures", "shortcomings", "responsibility", "plans"}
    haizhu = next(r for r in rows if r["region"] == "海珠区")
    assert haizhu["responsibility"] == "body" and haizhu["complete"] == "是"


def test_structure_page_table(research_client) -> None:
    page = research_client.get("/structure?missing=responsibility")
    assert page.status_code == 200
    tree = lxml_html.fromstring(page.text)
    rows = tree.xpath('//table[@id="structure-table"]/tbody/tr')
    assert len(rows) == 2  # 淳安县 and the markup report
    (chunan,) = [row for row in rows if "淳安县" in row.text_content()]
    marks = chunan.xpath(f".//td[{CLASS.format('part-cell')}]/a[{CLASS.format('parts-mark')}]")
    assert [a.get("href") for a in marks] == [
        "/reports/chunan_2023_lacking#s001", "/reports/chunan_2023_lacking#s003",
    ]  # fmt: skip
    assert len(chunan.xpath(f".//*[{CLASS.format('parts-missing')}]")) == 2
    shares = tree.xpath('//ul[@id="part-shares"]/li')
    assert "0%" in shares[2].text_content()  # 第一责任人: none of the rows states it
    assert (
        tree.xpath('//a[contains(concat(" ", @class, " "), " csv-link ")]')[0].get("href")
        == "/structure.csv?missing=responsibility"
    )


def test_report_page_shows_its_parts_card_and_region_link(research_client) -> None:
    tree = lxml_html.fromstring(research_client.get("/reports/chunan_2023_lacking").text)
    items = tree.xpath('//section[@id="required-parts"]//li')
    assert [li.get("class") for li in items] == [
        "part-present", "part-present", "part-missing", "part-missing",
    ]  # fmt: skip
    assert items[0].xpath(".//a")[0].get("href") == "#s001"
    region = tree.xpath('//a[contains(concat(" ", @class, " "), " region-link ")]')[0].get("href")
    assert research_client.get(region).status_code == 200


def test_report_parts_json(research_client) -> None:
    data = research_client.get("/api/structure/003_527454772160757c").get_json()
    assert data["complete"] and data["parts"]["plans"]["evidence"] == "section"
    assert research_client.get("/api/structure/nope").status_code == 404


# --- one government year by year -------------------------------------------------------------


def test_region_json_years_figures_and_plans(research_client) -> None:
    data = research_client.get("/api/regions/武江区").get_json()
    assert (data["province"], data["city"], data["years"]) == (
        "广东省",
        "韶关市",
        [2022, 2023, 2024],
    )
    figures = {line["name"]: line for line in data["figures"]}
    cases = figures["行政复议案件数"]
    assert [v["value"] for v in cases["values"]] == [60, 88, 114]
    assert [(c["from"], c["to"], c["difference"], c["percent"]) for c in cases["changes"]] == [
        (2022, 2023, 28, 46.7), (2023, 2024, 26, 29.5),
    ]  # fmt: skip
    rate = figures["行政复议纠错率"]["changes"]
    assert [(c["difference"], c["percent"]) for c in rate] == [(3.6, None), (4.7, None)]
    first, second = data["plans"]
    assert (first["from_year"], first["to_year"]) == (2022, 2023)
    (item,) = first["items"]
    assert item["topic"] == "disputes"
    assert [s["section_id"] for s in item["later_sections"]] == ["s001"]
    assert item["later_sections"][0]["url"].endswith("/reports/wujiang_2023#s001")
    by_topic = {i["topic"]: i for i in second["items"]}
    business = by_topic["functions"]
    assert business["plan"]["url"].endswith("/reports/wujiang_2023#s005")
    assert [s["section_id"] for s in business["later_sections"]] == ["s005"]
    assert second["later"]["report_id"] == "000_85a6f3b4405b5e46"


def test_region_page(research_client) -> None:
    page = research_client.get("/regions/武江区?province=广东省&city=韶关市")
    assert page.status_code == 200
    tree = lxml_html.fromstring(page.text)
    assert len(tree.xpath('//table[@id="region-reports"]/tbody/tr')) == 3
    figure_row = next(
        tr
        for tr in tree.xpath('//table[@id="region-figures"]/tbody/tr')
        if "行政复议纠错率" in tr.text_content()
    )
    assert "+4.7 个百分点" in figure_row.text_content()
    pairs = tree.xpath('//section[contains(concat(" ", @class, " "), " plan-pair ")]')
    assert len(pairs) == 2
    links = {
        a.get("href")
        for a in pairs[1].xpath('.//p[contains(concat(" ", @class, " "), " plan-links ")]/a')
    }
    assert links == {"/reports/wujiang_2023", "/reports/000_85a6f3b4405b5e46"}


@pytest.mark.parametrize("name", ["武江", "武江區"], ids=["short", "traditional"])
def test_region_names_as_search_filters_accept_them(research_client, name) -> None:
    data = research_client.get(f"/api/regions/{name}").get_json()
    assert data["region"] == "武江区" and data["years"] == [2022, 2023, 2024]


def test_unknown_region_is_a_chinese_404(research_client) -> None:
    page = research_client.get("/regions/不存在区")
    assert page.status_code == 404 and "未找到地区“不存在区”的报告" in page.text
    api = research_client.get("/api/regions/不存在区")
    assert api.status_code == 404 and "error" in api.get_json()
    assert research_client.get("/regions/武江区?province=福建省").status_code == 404


@pytest.mark.parametrize(
    ("province", "status"),
    [("广东", 200), ("广东省", 200), ("广", 404)],
    ids=["short", "full", "prefix"],
)
def test_a_regions_province_is_named_as_filters_name_it(research_client, province, status) -> None:
    """The short-form rule of the search filters: 广东 is 广东省, a bare prefix names nothing."""
    assert research_client.get(f"/regions/武江区?province={province}").status_code == status


def test_a_shared_name_offers_the_governments(research_client) -> None:
    page = research_client.get("/regions/鼓楼区")
    choices = lxml_html.fromstring(page.text).xpath('//ul[@id="region-choices"]//a')
    assert sorted(a.text_content() for a in choices) == [
        "鼓楼区 › 南京市 › 江苏省", "鼓楼区 › 福州市 › 福建省",
    ]  # fmt: skip
    api = research_client.get("/api/regions/鼓楼区")
    assert api.status_code == 300 and len(api.get_json()["choices"]) == 2
    one = research_client.get("/api/regions/鼓楼区?city=南京").get_json()
    assert one["city"] == "南京市" and [r["report_id"] for r in one["reports"]] == [
        "gulou_2023_hidden"
    ]


def test_region_links_from_the_search_facet(research_client) -> None:
    tree = lxml_html.fromstring(research_client.get("/search?q=行政复议").text)
    links = [
        a.get("href")
        for a in tree.xpath('//a[contains(concat(" ", @class, " "), " facet-region-link ")]')
    ]
    assert links and all(research_client.get(href).status_code == 200 for href in links)


# --- the Atom feed ---------------------------------------------------------------------------


def test_feed_is_valid_atom_newest_first(research_client) -> None:
    response = research_client.get("/search.atom?q=行政复议&province=广东")
    assert response.mimetype == "application/atom+xml"
    feed = feedparser.parse(response.data)
    assert not feed.bozo and feed.version == "atom10"
    assert feed.feed.title == "法治政府建设年度报告：“行政复议” · 广东"
    reports = [entry.id.rsplit("/", 1)[1] for entry in feed.entries]
    assert set(reports) == {"000_85a6f3b4405b5e46", "wujiang_2023", "wujiang_2022"} | (
        {"001_1125619140e8c921"}
    )
    dated = [e for e in feed.entries if "published" in e]
    assert [e.published[:10] for e in dated] == ["2025-02-17", "2024-03-15", "2023-02-20"]
    updated = [e.updated_parsed for e in feed.entries]
    assert updated == sorted(updated, reverse=True)
    for entry in feed.entries:
        assert entry.link.startswith("http://localhost/reports/") and "#s" in entry.link
    summaries = [e.text for e in etree.fromstring(response.data).iter(f"{ATOM}summary")]
    assert all("<mark>" in text for text in summaries)  # the best section, highlighted


def test_feed_dates_an_undated_report_by_when_it_was_fetched(tmp_path, corpus_dir) -> None:
    """No published date: the entry is dated by its sidecar's fetched_at, not the build time."""
    corpus = tmp_path / "corpus"
    shutil.copytree(corpus_dir, corpus, ignore=shutil.ignore_patterns("README.md"))
    sidecar = corpus / "001_1125619140e8c921.meta.json"
    sidecar.write_text('{"fetched_at": "2024-06-01T08:00:00+08:00"}', encoding="utf-8")
    build_index(corpus, tmp_path / "index", procs=1)
    client = create_app({"INDEX_DIR": str(tmp_path / "index"), "TESTING": True}).test_client()
    feed = feedparser.parse(client.get("/search.atom?q=行政复议").data)
    entry = next(e for e in feed.entries if e.id.endswith("/001_1125619140e8c921"))
    assert "published" not in entry
    assert entry.updated.startswith("2024-06-01T08:00:00")


def test_feed_escapes_report_text(research_client) -> None:
    body = research_client.get("/search.atom?q=奇异词").data
    root = etree.fromstring(body)
    (summary,) = root.iter(f"{ATOM}summary")
    assert summary.get("type") == "html"
    # One level of escaping is the HTML the reader renders: the report's markup shows as text.
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in summary.text
    assert "&amp;" in summary.text and "<script>" not in summary.text
    assert b"<script>" not in body


def test_feed_links_use_base_url(research_index) -> None:
    app = create_app(
        {"INDEX_DIR": str(research_index), "TESTING": True, "BASE_URL": "https://fazhi.example/x/"}
    )
    root = etree.fromstring(app.test_client().get("/search.atom?q=行政复议").data)
    hrefs = [link.get("href") for link in root.iter(f"{ATOM}link")]
    ids = [element.text for element in root.iter(f"{ATOM}id")]
    assert hrefs and all(h.startswith("https://fazhi.example/x/") for h in hrefs + ids)
    assert "https://fazhi.example/x/search.atom?q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE" in hrefs


def test_feed_conditional_requests(research_client) -> None:
    first = research_client.get("/search.atom?q=营商环境")
    assert first.status_code == 200 and first.headers["ETag"] and first.headers["Last-Modified"]
    again = research_client.get(
        "/search.atom?q=营商环境", headers={"If-None-Match": first.headers["ETag"]}
    )
    assert again.status_code == 304 and not again.data
    since = research_client.get(
        "/search.atom?q=营商环境", headers={"If-Modified-Since": first.headers["Last-Modified"]}
    )
    assert since.status_code == 304


def test_feed_bad_search_is_400(research_client) -> None:
    assert research_client.get("/search.atom?year=20x4").status_code == 400
    assert research_client.get("/search.atom?q=" + "词" * 300).status_code == 400


def test_search_page_links_its_feed(research_client) -> None:
    tree = lxml_html.fromstring(
        research_client.get("/search?q=行政复议&province=广东省&page=1").text
    )
    (link,) = tree.xpath('//a[contains(concat(" ", @class, " "), " feed-link ")]')
    assert link.text_content().strip() == "订阅"
    assert link.get("href") == "/search.atom?" + urlencode({"q": "行政复议", "province": "广东省"})
    assert research_client.get(link.get("href")).status_code == 200


def test_structure_pages(research_client) -> None:
    every = research_client.get("/api/structure").get_json()["rows"]
    second = research_client.get("/api/structure?size=4&page=2").get_json()
    assert (second["total"], second["page"], second["size"]) == (10, 2, 4)
    assert [r["report_id"] for r in second["rows"]] == [r["report_id"] for r in every[4:8]]
    tree = lxml_html.fromstring(research_client.get("/structure?size=4&page=3").text)
    assert len(tree.xpath('//table[@id="structure-table"]/tbody/tr')) == 2
    assert tree.xpath('//a[@rel="prev"]')[0].get("href") == "/structure?size=4&page=2"
    assert "共 <strong>10</strong> 份报告" in research_client.get("/structure?size=4").text
    assert research_client.get("/api/structure?page=0").status_code == 400


def test_feed_drops_what_xml_cannot_hold(research_client) -> None:
    assert xml_text("a\x00b\x0bc\ud800d\ufffe\t\n") == "abcd\t\n"
    response = research_client.get("/search.atom?q=%0B行政复议%01")
    assert response.status_code == 200
    feed = feedparser.parse(response.data)
    assert not feed.bozo and feed.entries
