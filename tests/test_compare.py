"""The indicator API, the compare page and the answer card: the real app on the sample index."""

from __future__ import annotations

import csv
import io

import pytest
from lxml import html as lxml_html

ROW_KEYS = {"report_id", "region", "province", "city", "year", "name", "value", "unit", "approx",
            "quote", "section_id", "url", "flags"}  # fmt: skip


def test_rows_have_the_issue_shape(client) -> None:
    data = client.get("/api/indicators?name=行政复议纠错率").get_json()
    assert data["total"] == len(data["rows"]) == 2
    for row in data["rows"]:
        assert row.keys() >= ROW_KEYS
        assert row["url"].endswith(f"#{row['section_id']}")
    by_region = {row["region"]: row for row in data["rows"]}
    checked = by_region["武清区"]  # 35 corrected of 218 decided
    assert "rate_mismatch" in checked["flags"] and checked["denominator"] == 218
    assert checked["computed"] != checked["value"]  # checked beside the stated value, never over it
    assert by_region["武江区"]["flags"] == []  # 114 cases received, not decided: no like base


@pytest.mark.parametrize(
    ("query", "regions"),
    [
        ("name=负责人出庭应诉率&province=广东", {"海珠区"}),
        ("name=负责人出庭应诉率&province=广东省&province=天津市", {"海珠区", "武清区"}),
        ("name=负责人出庭应诉率&year=2024", {"湖里区", "开封市示范区"}),
        ("name=行政复议案件数&level=county&year=2024", {"武江区", "湖里区", "开封市示范区"}),
    ],
    ids=["short-province", "two-provinces", "year", "level-and-year"],
)
def test_filters(client, query, regions) -> None:
    rows = client.get(f"/api/indicators?{query}").get_json()["rows"]
    assert {row["region"] for row in rows} == regions
    assert all(row["name"] == query.split("&")[0].split("=")[1] for row in rows)


@pytest.mark.parametrize(
    "query",
    ["name=不存在的指标", "year=24", "level=planet", "province=" + "广" * 60],
    ids=["unknown-name", "bad-year", "bad-level", "long-value"],
)
def test_invalid_parameters_are_400_json(client, query) -> None:
    response = client.get(f"/api/indicators?{query}")
    assert response.status_code == 400
    assert "error" in response.get_json()


def test_names_list_the_catalogue_with_counts(client) -> None:
    names = client.get("/api/indicators/names").get_json()["names"]
    by_name = {n["name"]: n for n in names}
    assert by_name["负责人出庭应诉率"]["reports"] == 4
    assert by_name["行政复议纠错率"] == {"name": "行政复议纠错率", "kind": "rate", "unit": "%",
                                        "rows": 2, "reports": 2}  # fmt: skip


@pytest.mark.parametrize(
    ("path", "header"),
    [
        ("/api/indicators.csv?name=行政复议纠错率", "report_id,region,province"),
        ("/compare.csv?name=行政复议纠错率", "report_id,region,province"),
        ("/api/indicators/names.csv", "name,kind,unit,rows,reports"),
    ],
    ids=["rows", "compare", "names"],
)
def test_csv_twins(client, path, header) -> None:
    response = client.get(path)
    assert response.mimetype == "text/csv"
    text = response.data.decode("utf-8-sig")
    assert text.startswith(header)
    records = list(csv.DictReader(io.StringIO(text)))
    assert records
    if "name=行政复议纠错率" in path:
        assert sorted(r["value"] for r in records) == ["18.3", "21.08"]


def test_compare_page_table_chart_and_links(client) -> None:
    response = client.get("/compare?name=负责人出庭应诉率")
    assert response.status_code == 200
    doc = lxml_html.fromstring(response.data)
    assert doc.xpath("//select[@name='name']/option[@selected]/@value") == ["负责人出庭应诉率"]
    years = [
        th.text_content().strip() for th in doc.xpath("//table[@id='compare-table']/thead//th")
    ]
    assert years[1:3] == ["2023 年", "2024 年"]
    links = doc.xpath("//table[@id='compare-table']//a[@class='figure-link']/@href")
    assert len(links) == 4 and all("/reports/" in link and "#s" in link for link in links)
    svg = doc.xpath("//svg[@id='chart-compare']")
    assert svg and svg[0].xpath("./title")  # accessible: a title, and the data table beside it
    assert doc.xpath("//figure[contains(@class,'compare-chart')]//table")


def test_compare_page_sorts_by_value(client) -> None:
    doc = lxml_html.fromstring(client.get("/compare?name=行政复议案件数&sort=value_desc").data)
    values = [
        int(a.text_content().rstrip("件")) for a in doc.xpath("//tbody//a[@class='figure-link']")
    ]
    assert values == sorted(values, reverse=True)
    assert client.get("/compare?name=行政复议案件数&sort=sideways").status_code == 400


def test_compare_page_without_a_name_lists_the_indicators(client) -> None:
    doc = lxml_html.fromstring(client.get("/compare").data)
    assert "行政复议纠错率" in doc.xpath("string(//ul[@class='name-list'])")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("行政复议 纠错率", {"武江区", "武清区"}),
        ("出庭应诉率", {"海珠区", "武清区", "湖里区", "开封市示范区"}),
    ],
    ids=["two-words", "one-word"],
)
def test_search_api_adds_indicators_when_the_query_names_one(client, query, expected) -> None:
    data = client.get(f"/api/search?q={query}").get_json()
    assert {row["region"] for row in data["indicators"]} == expected
    assert all(row.keys() >= ROW_KEYS for row in data["indicators"])


def test_search_api_shape_is_unchanged_for_a_topic(client) -> None:
    data = client.get("/api/search?q=行政复议").get_json()
    assert "indicators" not in data


def test_answer_card_follows_the_search_filters(client) -> None:
    doc = lxml_html.fromstring(client.get("/search?q=行政复议 纠错率&province=广东省").data)
    card = doc.xpath("//section[@id='answer-card']")
    assert card
    places = [p.text_content() for p in card[0].xpath(".//span[@class='answer-place']")]
    assert places == ["武江区"]
    assert "纠错率18.3%" in card[0].text_content()
    assert not lxml_html.fromstring(client.get("/search?q=营商环境").data).xpath(
        "//*[@id='answer-card']"
    )
