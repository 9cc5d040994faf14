"""Where a reporting township lies (parsing/township_places.py): its slogans (法治桐乡) weighed
with the places it names for its province and city, only when one county's or city's slogan
agrees with the superiors it follows (市委、市政府); a province's slogan gives its province."""

from __future__ import annotations

import pytest

from indexer.models import Level, Place
from indexer.parsing.passing_mentions import PassingMentions
from indexer.parsing.township_places import TownshipPlaces
from indexer.regions import RegionResolver

OTHER = Level.OTHER


@pytest.fixture(scope="module")
def places() -> TownshipPlaces:
    resolver = RegionResolver.from_data()
    return TownshipPlaces.from_data(resolver, PassingMentions.from_data(resolver))


SLOGAN_CASES = [
    (
        "a-county-level-city-s-slogan-under-its-committee",
        "濮院镇",
        "2022年,濮院镇按照市委、市政府的总体部署和“法治桐乡”建设的具体要求,推进依法行政。",
        Place("濮院镇", OTHER, "浙江省", "嘉兴市"),
    ),
    (
        "the-county-s-slogan-on-its-seat-s-own-name",
        "海安街道",
        "2024年,在市委、市政府的统一领导下,海安街道坚持依法行政,为法治海安、平安海安建设贡献力量。",
        Place("海安街道", OTHER, "江苏省", "南通市"),
    ),
    (
        "a-county-s-slogan-under-its-county-committee",
        "熟溪街道",
        "2023年,熟溪街道在县委、县政府的正确领导下,深入推进法治武义建设。",
        Place("熟溪街道", OTHER, "浙江省", "金华市"),
    ),
    (
        "a-province-s-slogan-gives-its-province-only",
        "濮院镇",
        "2022年,濮院镇坚持依法行政,扎实推进平安浙江建设。",
        Place("濮院镇", OTHER, "浙江省", None),
    ),
]


@pytest.mark.parametrize(
    ("name", "context", "expected"),
    [case[1:] for case in SLOGAN_CASES],
    ids=[case[0] for case in SLOGAN_CASES],
)
def test_a_township_s_slogan_places_it(places, name, context, expected):
    place, _ = places.place(name, context, ())
    assert place == expected


UNPLACED_CASES = [
    (
        "a-slogan-without-its-superiors",
        "濮院镇",
        "2022年,濮院镇坚持依法行政,推进法治桐乡建设。",
    ),
    (
        "superiors-of-another-kind",  # 海安镇 of 徐闻县 follows 县委: 海安市 is not its county
        "海安镇",
        "2023年,海安镇在县委、县政府的领导下,扎实推进平安海安建设。",
    ),
    (
        "another-place-s-slogan-learned-from",
        "濮院镇",
        "2022年,濮院镇在市委、市政府领导下,组织干部学习法治海安建设经验。",
    ),
    (
        "a-partner-s-slogan",
        "濮院镇",
        "2022年,濮院镇在市委、市政府领导下,与法治海安示范点结对共建。",
    ),
    (
        "two-counties-slogans",
        "濮院镇",
        "2022年,濮院镇在市委、市政府领导下,推进法治桐乡建设,助力法治海宁建设。",
    ),
    (
        "a-slogan-s-common-word",
        "濮院镇",
        "2022年,濮院镇在县委、县政府领导下,实施法治惠民工程。",
    ),
]


@pytest.mark.parametrize(
    ("name", "context"),
    [case[1:] for case in UNPLACED_CASES],
    ids=[case[0] for case in UNPLACED_CASES],
)
def test_a_slogan_that_is_not_the_township_s_own_places_nothing(places, name, context):
    place, _ = places.place(name, context, ())
    assert (place.province, place.city) == (None, None)
