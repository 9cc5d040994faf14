"""The home page, the reports list and the API page: what the index holds, counted in reports."""

from __future__ import annotations

from collections import Counter

import pytest
from lxml import html as lxml_html


def get_tree(client, url: str, status: int = 200):
    response = client.get(url)
    assert response.status_code == status, response.data[:500]
    return lxml_html.fromstring(response.get_data(as_text=True))


def text(element) -> str:
    return " ".join(element.text_content().split())


@pytest.fixture(scope="module")
def reports(snapshot) -> list[dict]:
    return [snapshot.report_json(report_id) for report_id in snapshot.report_ids()]


def test_home_says_how_many_reports_from_where_and_when(client, reports):
    tree = get_tree(client, "/")
    summary = text(tree.get_element_by_id("overview-summary"))
    assert f"共收录 {len(reports)} 份报告" in summary
    assert f"来自 {len({r['province'] for r in reports})} 个省级地区" in summary
    table = tree.get_element_by_id("year-table")
    expected = Counter((r["province"], str(r["year"])) for r in reports)
    years = [text(th) for th in table.xpath("./thead/tr/th")[1:-1]]
    for row in table.xpath("./tbody/tr"):
        province = text(row.xpath("./th")[0])
        cells = [int(text(td)) for td in row.xpath("./td")]
        assert cells[:-1] == [expected[(province, year)] for year in years]
        assert cells[-1] == sum(cells[:-1])
    footer = [int(text(td)) for td in table.xpath("./tfoot/tr/td")]
    assert footer[-1] == len(reports)


def test_home_lists_the_newest_reports_and_the_ways_in(client, reports):
    tree = get_tree(client, "/")
    newest = tree.xpath('//section[@class="newest"]//a[@class="report-link"]')
    years = [r["year"] for r in sorted(reports, key=lambda r: -r["year"])]
    shown = {r["report_id"]: r["year"] for r in reports}
    assert [shown[a.get("href").rsplit("/", 1)[1]] for a in newest] == years
    hrefs = set(tree.xpath("//main//a/@href"))
    for path in ("/reports", "/compare", "/widget", "/docs/api", "/search"):
        assert any(h.split("?")[0] == path for h in hrefs), path
    assert any(h.startswith("/compare?name=") for h in hrefs)  # the indicator list
    for href in hrefs:
        assert client.get(href).status_code == 200, href


def test_root_with_parameters_is_still_the_search_page(client):
    tree = get_tree(client, "/?q=行政复议")
    assert tree.xpath('//li[@class="hit"]')


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", lambda r: True),
        ("?province=广东", lambda r: r["province"] == "广东省"),
        (
            "?year=2024&province=广东省&province=福建省",
            lambda r: r["year"] == 2024 and r["province"] in ("广东省", "福建省"),
        ),
        ("?type=shortcomings", lambda r: any(s["type"] == "shortcomings" for s in r["sections"])),
    ],
    ids=["all", "short-province", "year-and-two-provinces", "section-type"],
)
def test_reports_list_filters_and_counts_reports(client, reports, query, expected):
    tree = get_tree(client, f"/reports{query}")
    wanted = {r["report_id"] for r in reports if expected(r)}
    listed = {a.get("href").rsplit("/", 1)[1] for a in tree.xpath('//a[@class="report-link"]')}
    assert listed == wanted
    assert f"共 {len(wanted)} 份报告" in text(tree.get_element_by_id("result-count"))
    if not query:  # each report has one year: the year facet adds up to the reports, not sections
        years = tree.xpath('//input[@name="year"]/following-sibling::span[@class="count"]')
        assert sum(int(s.text) for s in years) == len(reports)


def test_reports_list_pages(client, reports):
    first = get_tree(client, "/reports?size=2")
    assert len(first.xpath('//a[@class="report-link"]')) == 2
    last = get_tree(client, f"/reports?size=2&page={-(-len(reports) // 2)}")
    assert len(last.xpath('//a[@class="report-link"]')) == (len(reports) % 2 or 2)


def test_reports_list_rejects_bad_parameters_in_chinese(client):
    tree = get_tree(client, "/reports?year=20x4", status=400)
    assert "年份应为四位数字" in text(tree)


def test_grouped_search_says_what_it_counts(client):
    sections = client.get("/api/search?q=行政复议").json["total"]
    grouped = client.get("/api/search?q=行政复议&group=report").json["total"]
    tree = get_tree(client, "/search?q=行政复议&group=report")
    count = text(tree.get_element_by_id("result-count"))
    assert f"共 {grouped} 份报告（{sections} 个章节）" in count
    assert "章节数" in text(tree.xpath('//p[@class="facet-note"]')[0])
    plain = get_tree(client, "/search?q=行政复议")
    assert "按章节计" in text(plain.get_element_by_id("result-count"))


def test_api_page_documents_every_endpoint_with_working_examples(client):
    tree = get_tree(client, "/docs/api")
    body = text(tree)
    for endpoint in ("/api/search", "/api/reports/", "/api/indicators", "/api/indicators/names",
                     "/search.csv"):  # fmt: skip
        assert endpoint in body
    for href in tree.xpath('//dl[@id="endpoints"]//a/@href'):
        assert client.get(href).status_code == 200, href


def summary(report_id: str, year: int | None, province: str | None, *types: str):
    from webapp.catalog import ReportSummary

    return ReportSummary(report_id, report_id, None, None, province, "county", year, None, 3, 0,
                         frozenset(types))  # fmt: skip


def test_report_facets_count_reports_over_the_other_filters():
    from indexer.querying.search import SearchRequest
    from webapp.catalog import newest_first, report_list

    reports = newest_first([
        summary("a", 2023, "广东省", "disputes", "plans"),
        summary("b", 2024, "广东省", "disputes"),
        summary("c", 2024, "福建省", "plans"),
        summary("d", None, None, "other"),
    ])  # fmt: skip
    assert [r.report_id for r in reports] == ["b", "c", "a", "d"]
    request = SearchRequest(filters=(("year", ("2024",)), ("type", ("disputes", "plans"))))
    listing = report_list(reports, request)
    assert [r.report_id for r in listing.reports] == ["b", "c"]
    counts = {f.name: {v.value: v.count for v in f.values} for f in listing.facets}
    assert counts["year"] == {"2024": 2, "2023": 1}  # counted over the type filter only
    assert counts["type"] == {"disputes": 1, "plans": 1}  # over the year filter only
    assert counts["province"] == {"广东省": 1, "福建省": 1}


def test_year_table_puts_unknowns_last_and_adds_up():
    from webapp.catalog import UNKNOWN_PROVINCE, UNKNOWN_YEAR, year_table

    table = year_table([summary("a", 2023, "广东省"), summary("b", 2024, "广东省"),
                        summary("c", None, None)])  # fmt: skip
    assert table.years == ("2024", "2023", UNKNOWN_YEAR)
    assert table.rows == (("广东省", (1, 1, 0), 2), (UNKNOWN_PROVINCE, (0, 0, 1), 1))
    assert table.totals == (1, 1, 1)
