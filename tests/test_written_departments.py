"""A department's own name as its page writes it (parsing/written_departments.py): here a
protected area's administration named with its province's short name, and through the reporter
finder that calls it (parsing/evidence.py)."""

from __future__ import annotations

import pytest

from indexer.models import Level, Place
from indexer.parsing.evidence import ReporterFinder
from indexer.parsing.passing_mentions import PassingMentions
from indexer.parsing.written_departments import WrittenDepartments
from indexer.regions import RegionResolver

DEPARTMENT = Level.DEPARTMENT
_TITLE = "福建君子峰国家级自然保护区管理局2025年法治政府建设工作情况报告"
_GUIDED = "我局指导福建君子峰国家级自然保护区管理局开展执法。"
_REPORT = "根据要求,我局在县委、县政府的正确领导下,现将工作开展情况报告如下。"


@pytest.fixture(scope="module")
def resolver() -> RegionResolver:
    return RegionResolver.from_data()


@pytest.fixture(scope="module")
def written(resolver: RegionResolver) -> WrittenDepartments:
    return WrittenDepartments.from_data(resolver, PassingMentions.from_data(resolver))


@pytest.fixture(scope="module")
def finder(resolver: RegionResolver) -> ReporterFinder:
    return ReporterFinder.from_data(resolver)


@pytest.mark.parametrize(
    ("title", "body", "titled", "expected"),
    [
        # as written, the province from its short name, the city from the addressee's county
        (_TITLE, f"中共明溪县委、县人民政府:\n{_REPORT}", False,
         Place("福建君子峰国家级自然保护区管理局", DEPARTMENT, "福建省", "三明市")),
        # the addressee names no place: the city is not the page's to say
        (_TITLE, f"县委、县人民政府:\n{_REPORT}", False,
         Place("福建君子峰国家级自然保护区管理局", DEPARTMENT, "福建省", None)),
        # adversarial: an addressee in another province gives no city
        (_TITLE, f"中共绵竹市委、绵竹市人民政府:\n{_REPORT}", False,
         Place("福建君子峰国家级自然保护区管理局", DEPARTMENT, "福建省", None)),
        # the opening's subject, when the title names no other reporter
        ("", "县委、县政府:\n2025年,在县委、县政府的正确领导下,湖北堵河源国家级自然保护区管理局"
         "坚持以习近平新时代中国特色社会主义思想为引领。", False,
         Place("湖北堵河源国家级自然保护区管理局", DEPARTMENT, "湖北省", None)),
        # adversarial: the subject of a page whose title names another reporter
        ("竹山县林业局2025年法治政府建设情况报告", "2025年,湖北堵河源国家级自然保护区管理局坚持…",
         True, None),
        # adversarial: a province's or a city's own department
        ("福建省林业局2025年法治政府建设情况报告", _REPORT, False, None),
        ("三明市林业局2025年法治政府建设情况报告", _REPORT, False, None),
        # adversarial: a province's full name before the reserve is read elsewhere, as written
        ("福建省君子峰自然保护区管理局2025年法治政府建设情况报告", _REPORT, False, None),
        # adversarial: a reserve merely named in another body's report
        ("明溪县林业局2025年法治政府建设情况报告",
         "2025年,我局配合福建君子峰国家级自然保护区管理局开展巡护。", True, None),
    ],
)  # fmt: skip
def test_a_protected_area_s_administration_is_named_as_written(
    written, title, body, titled, expected
):
    found = written.protected_area(title, body, titled)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (_TITLE, f"中共明溪县委、县人民政府:\n{_REPORT}",
         Place("福建君子峰国家级自然保护区管理局", DEPARTMENT, "福建省", "三明市")),
        # adversarial: written with the province's full name, it stays as written
        ("福建省君子峰自然保护区管理局2025年法治政府建设情况报告", _REPORT,
         Place("福建省君子峰自然保护区管理局", DEPARTMENT, "福建省", None)),
        # adversarial: a province's and a city's own departments are not the reserve's
        ("福建省林业局2025年法治政府建设情况报告", _GUIDED,
         Place("福建省林业局", DEPARTMENT, "福建省", None)),
        ("三明市林业局2025年法治政府建设情况报告", _GUIDED,
         Place("三明市林业局", DEPARTMENT, "福建省", "三明市")),
    ],
)  # fmt: skip
def test_the_reporter_of_a_protected_area_s_page(finder, title, body, expected):
    assert finder.locate(title, body)[0] == expected
