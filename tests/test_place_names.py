"""Place names in searches: excluded places, a municipality as a city, a zone by either name."""

from __future__ import annotations

import pytest

from indexer.regions import RegionResolver


def api(client, query: str) -> dict:
    response = client.get(f"/api/search?size=100&{query}")
    assert response.status_code == 200, response.data
    return response.get_json()


@pytest.mark.parametrize(
    ("term", "facet", "place"),
    [
        pytest.param("广州", "city", "广州市", id="city-short"),
        pytest.param("广州市", "city", "广州市", id="city"),
        pytest.param("广东", "province", "广东省", id="province-short"),
        pytest.param("海珠区", "region", "海珠区", id="region"),
        pytest.param("武江", "region", "武江区", id="region-short"),
    ],
)
def test_excluding_a_place_leaves_out_its_reports(client, term, facet, place):
    assert any(hit[facet] == place for hit in api(client, "q=营商环境")["hits"])
    data = api(client, f"q=营商环境 -{term}")
    assert data["total"] > 0
    assert all(hit[facet] != place for hit in data["hits"])
    assert place not in {v["value"] for v in data["facets"][facet]}


def test_excluding_a_word_that_is_no_place_only_excludes_text(client):
    assert api(client, "q=营商环境 -独角兽")["total"] == api(client, "q=营商环境")["total"]


@pytest.mark.parametrize("name", ["天津市", "天津"])
def test_a_municipality_is_the_city_of_its_districts(client, name):
    data = api(client, f"city={name}")
    assert data["total"] > 0
    assert {hit["province"] for hit in data["hits"]} == {"天津市"}
    assert {hit["region"] for hit in data["hits"]} == {"武清区"}


def test_a_municipality_is_offered_as_a_city_facet(client):
    cities = {v["value"] for v in api(client, "q=行政复议")["facets"]["city"]}
    assert "天津市" in cities


@pytest.mark.parametrize("name", ["开封市城乡一体化示范区", "开封市示范区"])
def test_a_zone_is_found_by_its_full_and_short_name(client, name):
    data = api(client, f"region={name}")
    assert data["total"] == api(client, "region=开封市示范区")["total"] > 0
    assert {hit["report_id"] for hit in data["hits"]} == {"004_1867eea4f21729fd"}


def test_an_unknown_region_finds_nothing(client):
    assert api(client, "region=开封市高新技术产业开发区")["total"] == 0


@pytest.fixture(scope="module")
def resolver() -> RegionResolver:
    return RegionResolver.from_data()


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("开封市城乡一体化示范区", "开封市示范区"),
        ("开封市示范区", "开封市示范区"),
        ("郑州航空港经济综合实验区", "郑州实验区"),
        ("天津市滨海新区", None),  # an official district, no zone
        ("滨海新区", None),
        ("海珠区", None),
        ("示范区", None),
    ],
)
def test_zone_short_name(resolver, name, short):
    assert resolver.zone_short_name(name) == short
