"""The checks on a located reporter (parsing/reporter_checks.py): a region is an official name;
a government that leads the page's subject is its superior."""

from __future__ import annotations

import pytest

from indexer.models import Level, Place
from indexer.parsing.reporter_checks import ReporterChecks
from indexer.regions import RegionResolver

COUNTY, DEPARTMENT, OTHER = Level.COUNTY, Level.DEPARTMENT, Level.OTHER


@pytest.fixture(scope="module")
def checks() -> ReporterChecks:
    return ReporterChecks.from_data(RegionResolver.from_data())


OFFICIAL_NAME_CASES = [
    ("a-division", Place("江津区", COUNTY, "重庆市", None), True),
    ("a-department", Place("江津区城市管理局", DEPARTMENT, "重庆市", None), True),
    (
        "a-department-by-short-place",
        Place("泉州市场监督管理局", DEPARTMENT, "福建省", "泉州市"),
        True,
    ),
    (
        "a-department-with-its-second-name",
        Place("西藏自治区藏语委办(编译局)", DEPARTMENT, "西藏自治区", None),
        True,
    ),
    ("a-government-s-office", Place("吉林省人民政府法制办公室", DEPARTMENT, "吉林省", None), True),
    ("a-ministry", Place("司法部", DEPARTMENT, None, None), True),
    ("a-zone", Place("郑州市郑东新区", COUNTY, "河南省", "郑州市"), True),
    ("a-town", Place("四屏镇", OTHER, "重庆市", None), True),
    ("a-jiedao", Place("南华西街道", OTHER, "广东省", "广州市"), True),
    ("a-jiedao-written-without-its-dao", Place("海滨街", OTHER, None, None), True),
    ("a-bare-jie-is-no-name", Place("海街", OTHER, None, None), False),
    (
        "a-township-s-party-committee",
        Place("江津区四屏镇委员会", DEPARTMENT, "重庆市", None),
        False,
    ),
    (
        "a-jiedao-office-of-a-government",
        Place("海珠区人民政府南华西街道办事处", DEPARTMENT, "广东省", "广州市"),
        False,
    ),
    ("a-government-prefix", Place("人民政府南华西街道办事处", OTHER, "广东省", "广州市"), False),
    ("a-party-committee-of-a-town", Place("四屏镇党委", OTHER, "重庆市", None), False),
    ("a-sentence-after-a-county", Place("石泉县全面安排部署", COUNTY, "陕西省", "安康市"), False),
    (
        "a-menu-word-before-a-department",
        Place("湖北省通知公告省司法厅", DEPARTMENT, "湖北省", None),
        False,
    ),
    (
        "a-meeting-after-a-county",
        Place("墨竹工卡县召开十届县委", DEPARTMENT, "西藏自治区", "拉萨市"),
        False,
    ),
]


@pytest.mark.parametrize(
    ("place", "kept"),
    [c[1:] for c in OFFICIAL_NAME_CASES],
    ids=[c[0] for c in OFFICIAL_NAME_CASES],
)
def test_a_region_is_an_official_name_or_none(checks, place, kept):
    found, warnings = checks.official_only((place, ()))
    assert found.region == (place.region if kept else None)
    assert any(w.startswith("region dropped") for w in warnings) != kept
    assert (found.province, found.city) == (place.province, place.city)
    # a township's organ read as a department's name is a township's (level other)
    township_organ = place.region in TOWNSHIP_ORGANS_READ_AS_DEPARTMENTS
    assert found.level == (OTHER if township_organ else place.level)


TOWNSHIP_ORGANS_READ_AS_DEPARTMENTS = ("江津区四屏镇委员会", "海珠区人民政府南华西街道办事处")


@pytest.mark.parametrize(
    ("region", "level"),
    [
        ("深圳市深汕特别合作区鹅埠办事处", OTHER),  # a 街道办事处 written without 街道
        ("江津区四屏镇委员会", OTHER),
        # negative: no township's organ, the department's level stays
        ("湖北省通知公告省司法厅", DEPARTMENT),
        ("墨竹工卡县召开十届县委", DEPARTMENT),
    ],
)
def test_a_dropped_township_s_organ_is_at_a_township_s_level(checks, region, level):
    found, _ = checks.official_only((Place(region, DEPARTMENT, "广东省", None), ()))
    assert found.region is None and found.level == level


@pytest.mark.parametrize(
    ("region", "text", "town"),
    [
        ("张店区房镇镇委员会", "中共张店区房镇镇委员会\n关于2024年度法治政府建设情况报告\n"
         "为深入贯彻落实纲要,房镇镇以强烈的责任感扎实推进。", "房镇镇"),
        ("龙华区民治街道办事处", "中共深圳市龙华区民治街道工作委员会 深圳市龙华区民治街道办事处"
         "关于民治街道2025年度法治政府建设情况的报告", "民治街道"),
        # negative: the township named only as its organs', or no county before it
        ("江津区四屏镇委员会", "中共重庆市江津区四屏镇委员会关于法治建设的报告\n四屏镇党委坚持。",
         None),
        ("江津区四屏镇委员会", "", None),
        ("海珠区人民政府南华西街道办事处", "南华西街道坚持依法行政。", None),
    ],
    ids=["a-town-s-party-committee-and-the-town-as-subject", "a-jiedao-s-office-and-its-report",
         "only-the-town-s-organs", "no-text", "a-government-before-the-office"],
)  # fmt: skip
def test_a_township_s_organ_is_the_township_it_writes_bare(checks, region, text, town):
    found, warnings = checks.official_only((Place(region, DEPARTMENT, "山东省", None), ()), text)
    assert found.region == town
    assert any(w.startswith("region dropped") for w in warnings) == (town is None)
    assert found.level == OTHER


CITY, PROVINCE = Level.CITY, Level.PROVINCE
LEADERSHIP_CASES = [
    (
        "a-prefecture-leads-a-county-level-city",
        Place("苏州市", CITY, "江苏省", "苏州市"),
        "2023年,在苏州市委市政府的领导下,我市坚持依法行政,推进法治政府建设。",
        Place(None, COUNTY, "江苏省", "苏州市"),
    ),
    (
        "the-subject-s-own-committee-names-it",
        Place("赣州市", CITY, "江西省", "赣州市"),
        "为推进依法行政,在赣州市委、市政府和瑞金市委的领导下,我市继续推进法治政府建设。",
        Place("瑞金市", COUNTY, "江西省", "赣州市"),
    ),
    (
        "a-province-leads-a-prefecture",
        Place("江西省", PROVINCE, "江西省", None),
        "2023年,在江西省委、省政府的坚强领导下,我市坚持依法行政。",
        Place(None, CITY, "江西省", None),
    ),
    (
        "a-department-speaks-under-its-government",
        Place("苏州市", CITY, "江苏省", "苏州市"),
        "2023年,在苏州市委、市政府的领导下,我局坚持依法行政。",
        Place(None, DEPARTMENT, "江苏省", "苏州市"),  # a department of the city, not below it
    ),
    (
        "its-own-party-committee-leads-the-city",
        Place("苏州市", CITY, "江苏省", "苏州市"),
        "2023年,在苏州市委的坚强领导下,我市坚持依法行政。",
        Place("苏州市", CITY, "江苏省", "苏州市"),
    ),
    (
        "the-one-child-of-the-leader-named-is-the-subject",
        Place("十堰市", CITY, "湖北省", "十堰市"),
        "2022年,在十堰市委、市政府的坚强领导下,我市坚持依法行政。研究出台《丹江口市法治政府"
        "建设实施方案》。",
        Place("丹江口市", COUNTY, "湖北省", "十堰市"),
    ),
    (
        "two-children-named-leave-it-unnamed",
        Place("十堰市", CITY, "湖北省", "十堰市"),
        "2022年,在十堰市委、市政府的坚强领导下,我市坚持依法行政。出台《丹江口市实施方案》,"
        "学习借鉴郧阳区的做法。",
        Place(None, COUNTY, "湖北省", "十堰市"),
    ),
    (
        "a-child-named-as-a-partner-is-not-the-subject",
        Place("十堰市", CITY, "湖北省", "十堰市"),
        "2022年,在十堰市委、市政府的坚强领导下,我市坚持依法行政。赴丹江口市学习考察。",
        Place(None, COUNTY, "湖北省", "十堰市"),
    ),
    (
        "a-child-named-only-in-a-list-is-not-the-subject",
        Place("十堰市", CITY, "湖北省", "十堰市"),
        "2022年,在十堰市委、市政府的坚强领导下,我市坚持依法行政。丹江口市、武当山特区联合执法。",
        Place(None, COUNTY, "湖北省", "十堰市"),
    ),
    (
        "no-child-named-leaves-it-unnamed",
        Place("十堰市", CITY, "湖北省", "十堰市"),
        "2022年,在十堰市委、市政府的坚强领导下,我市坚持依法行政。",
        Place(None, COUNTY, "湖北省", "十堰市"),
    ),
    (
        "a-child-not-of-the-subject-s-word-is-not-it",
        Place("十堰市", CITY, "湖北省", "十堰市"),
        "2022年,在十堰市委、市政府的坚强领导下,我市坚持依法行政。出台《郧西县实施方案》。",
        Place(None, COUNTY, "湖北省", "十堰市"),
    ),
    (
        "a-county-speaks-as-its-own-word",
        Place("十堰市", CITY, "湖北省", "十堰市"),
        "2022年,在十堰市委、市政府的坚强领导下,我县坚持依法行政。出台《郧西县实施方案》。",
        Place("郧西县", COUNTY, "湖北省", "十堰市"),
    ),
    (
        "the-city-speaks-of-itself-as-a-whole",
        Place("红河哈尼族彝族自治州", CITY, "云南省", "红河哈尼族彝族自治州"),
        "2023年,在红河州委、州政府的领导下,全州坚持依法行政。",
        Place("红河哈尼族彝族自治州", CITY, "云南省", "红河哈尼族彝族自治州"),
    ),
]


@pytest.mark.parametrize(
    ("found", "body", "expected"),
    [c[1:] for c in LEADERSHIP_CASES],
    ids=[c[0] for c in LEADERSHIP_CASES],
)
def test_a_place_leading_the_subject_is_its_superior(checks, found, body, expected):
    place, _ = checks.checked((found, ()), body)
    assert place == expected


SUBJECT_DEPARTMENT_CASES = [
    (
        "its-full-name-after-its-superiors-leadership",
        "2022年,在襄阳市委、市政府的坚强领导和省司法厅正确指导下,襄阳市司法局坚持依法行政。",
        Place("襄阳市司法局", DEPARTMENT, "湖北省", "襄阳市"),
    ),
    (
        "its-full-name-after-two-leadership-clauses",
        "2023年,在市委、市政府的领导下,在市人大的监督下,襄阳市司法局深入推进依法行政。",
        Place("襄阳市司法局", DEPARTMENT, "湖北省", "襄阳市"),
    ),
    (
        "its-full-name-as-the-subject",
        "2022年,襄阳市司法局坚持以习近平法治思想为指导,推进依法行政。",
        Place("襄阳市司法局", DEPARTMENT, "湖北省", "襄阳市"),
    ),
    (
        "a-department-named-inside-the-leadership-clause-is-not-the-subject",
        "2022年,在襄阳市司法局的指导下,我市坚持依法行政。",
        Place("襄阳市", CITY, "湖北省", "襄阳市"),
    ),
    (
        "two-departments-as-subjects-name-neither",
        "在市委领导下,襄阳市司法局坚持依法行政。在市政府领导下,襄阳市教育局深入推进依法治校。",
        Place("襄阳市", CITY, "湖北省", "襄阳市"),
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [c[1:] for c in SUBJECT_DEPARTMENT_CASES],
    ids=[c[0] for c in SUBJECT_DEPARTMENT_CASES],
)
def test_a_government_found_is_its_department_the_subject(checks, body, expected):
    place, _ = checks.checked((Place("襄阳市", CITY, "湖北省", "襄阳市"), ()), body)
    assert place == expected


AUTONOMOUS_REGION_CASES = [
    (
        "a-province-elsewhere-under-a-bare-autonomous-region",
        Place("江苏省", PROVINCE, "江苏省", None),
        "贯彻落实中央、自治区党委关于法治建设的部署。积极参加“江苏大讲堂”。",
        Place(None, PROVINCE, None, None),
    ),
    (
        "a-city-elsewhere-led-by-the-autonomous-region",
        Place("保定市", CITY, "河北省", "保定市"),
        "2023年,在自治区党委、政府的坚强领导下,全州坚持依法行政。",
        Place(None, CITY, None, None),
    ),
    (
        "a-place-inside-an-autonomous-region-stays",
        Place("伊犁哈萨克自治州", CITY, "新疆维吾尔自治区", "伊犁哈萨克自治州"),
        "贯彻落实中央、自治区党委关于法治建设的部署,全州坚持依法行政。",
        Place("伊犁哈萨克自治州", CITY, "新疆维吾尔自治区", "伊犁哈萨克自治州"),
    ),
    (
        "an-autonomous-region-named-in-full-may-be-another-s",
        Place("江苏省", PROVINCE, "江苏省", None),
        "2023年,全省坚持依法行政,落实对口支援新疆维吾尔自治区党委部署的任务。",
        Place("江苏省", PROVINCE, "江苏省", None),
    ),
    (
        "by-its-short-name-too",
        Place("江苏省", PROVINCE, "江苏省", None),
        "2023年,全省坚持依法行政,向西藏自治区人民政府通报对口支援情况。",
        Place("江苏省", PROVINCE, "江苏省", None),
    ),
    (
        "no-autonomous-region-named",
        Place("江苏省", PROVINCE, "江苏省", None),
        "2023年,在省委、省政府的坚强领导下,全省坚持依法行政。",
        Place("江苏省", PROVINCE, "江苏省", None),
    ),
]


@pytest.mark.parametrize(
    ("found", "body", "expected"),
    [c[1:] for c in AUTONOMOUS_REGION_CASES],
    ids=[c[0] for c in AUTONOMOUS_REGION_CASES],
)
def test_a_page_under_its_autonomous_region_lies_in_one(checks, found, body, expected):
    place, warnings = checks.checked((found, ()), body)
    assert place == expected
    assert any("自治区党委" in w for w in warnings) == (expected.province is None)


_EMERGENCY = (
    "2024年,我厅始终坚持以习近平新时代中国特色社会主义思想为指导,深入学习习近平总书记关于应急"
    "管理的重要论述,积极运用法治思维和法治方式推进应急管理各项工作。"
)


@pytest.mark.parametrize(
    ("region", "body", "organ"),
    [
        ("四川省", _EMERGENCY, "应急管理厅"),
        (
            "四川省",
            "厅党组深入学习习近平总书记关于教育的重要论述,全面推进教育系统依法治理。",
            "教育厅",
        ),
        ("四川省", _EMERGENCY.replace("推进应急管理", "推进"), None),  # the field named once
        ("四川省", _EMERGENCY.replace("我厅", "我局"), None),  # no 厅's voice
        ("重庆市", _EMERGENCY, None),  # a municipality's departments are 局 and 委
        ("成都市", _EMERGENCY, None),  # a city's departments vary in name
        ("四川省", _EMERGENCY + "学习习近平总书记关于教育的重要论述,推进教育工作。", None),
        (
            "四川省",
            "我厅深入学习习近平总书记关于全面依法治国的重要论述,推进全面依法治国。",
            None,
        ),  # every department studies the rule of law: no field of its own
    ],
)
def test_a_province_s_department_is_named_by_its_own_field(checks, region, body, organ):
    assert checks.field_department(region, body) == organ


@pytest.mark.parametrize(
    ("body", "region"),
    [
        ("2025年,县交通运输局深入学习党的二十届四中全会精神,坚持依法行政。", None),
        ("2025年,在县委、县政府的领导下,县交通运输局坚持依法行政。", None),
        ("2025年,县司法局深入学习党的二十届四中全会精神,坚持依法行政。", "泽州县司法局"),
        ("2025年,县委、县政府坚持依法行政,县交通运输局深入推进执法改革。", "泽州县司法局"),
        ("2025年,我局深入学习党的二十届四中全会精神,坚持依法行政。", "泽州县司法局"),
    ],
    ids=["another-department-as-the-opening-s-subject", "another-department-after-its-superiors",
         "the-same-department", "another-department-not-the-first-subject",
         "the-page-s-first-person"],
)  # fmt: skip
def test_another_department_as_the_opening_s_subject_leaves_the_name_open(checks, body, region):
    found = (Place("泽州县司法局", DEPARTMENT, "山西省", "晋城市"), ())
    place, _ = checks.checked(found, body)
    assert place == Place(region, DEPARTMENT, "山西省", "晋城市")


_PLAN = "市委、市政府:\n我局坚持依法行政。年初,制定了《2023年全市交通运输法制工作要点》。"


@pytest.mark.parametrize(
    ("found", "body", "region"),
    [
        (Place("长治市", DEPARTMENT, "山西省", "长治市"), _PLAN, "长治市交通运输局"),
        (
            Place("河南省", DEPARTMENT, "河南省", None),
            "我厅坚持依法行政。制定了《2020年全省交通运输法治工作要点》。",
            "河南省交通运输厅",
        ),
        (Place("河南省", DEPARTMENT, "河南省", None), _PLAN, None),  # 全市 is no province's
        (
            Place("长治市", DEPARTMENT, "山西省", "长治市"),
            _PLAN.replace("制定了", "市司法局制定了"),
            None,
        ),  # another's plan
    ],
)
def test_a_department_is_named_by_the_field_of_its_yearly_plan(checks, found, body, region):
    place, _ = checks.checked((found, ()), body)
    assert place.region == region


@pytest.mark.parametrize(
    ("found", "body", "region"),
    [
        (
            Place("广州市", DEPARTMENT, "广东省", "广州市"),
            "2023年,在省人力资源和社会保障厅的关心指导下,我局扎实推进法治人社建设。广州市…",
            "广州市人力资源和社会保障局",
        ),
        (
            Place("福建省", DEPARTMENT, "福建省", None),
            "2025年福建省人力资源和社会保障法治工作扎实推进。厅党组坚持依法行政。",
            "福建省人力资源和社会保障厅",
        ),
        (
            Place("辽阳市", DEPARTMENT, "辽宁省", "辽阳市"),
            "2023年,我局按照省应急厅的工作部署,推进交通运输法治建设。",
            None,
        ),  # two fields compete
        (
            Place("福建省", DEPARTMENT, "福建省", None),
            "2023年,我局按照省应急厅的工作部署,推进依法行政。",
            None,
        ),  # a province's department is a 厅, under no 省…厅
    ],
    ids=["its-superior-in-its-field", "a-province-s-field-work", "two-fields",
         "a-province-under-a-厅"],
)  # fmt: skip
def test_a_department_is_named_by_the_field_it_speaks_of_as_its_own(checks, found, body, region):
    place, _ = checks.checked((found, ()), body)
    assert place.region == region


@pytest.mark.parametrize(
    "body",
    [
        "今年以来,我局推进市场监管法治化建设。在全省市场监管系统培训班上做典型发言。",
        "2023年,我委推进生态环境法治建设,规范执法行为。",
    ],
    ids=["a-bureau-found-at-a-province", "a-commission-speaks"],
)
def test_the_field_is_not_taken_where_the_voice_disagrees_with_the_place(checks, body):
    found = (Place("山东省", DEPARTMENT, "山东省", None), ())
    place, _ = checks.checked(found, body)
    assert place.region is None


@pytest.mark.parametrize(
    ("body", "region"),
    [
        ("近年来,在县委、县政府的领导下,宁县教育局党组坚持依法治教。", "宁县教育局"),
        ("近年来,宁县教育局坚持依法治教,规范办学行为。", "宁县教育局"),
        ("我局党组认为,近年来宁县教育局坚持依法治教。", None),  # not a sentence's subject
    ],
    ids=["after-近年来-and-its-superiors", "after-近年来", "inside-a-clause"],
)
def test_a_department_is_the_subject_of_a_sentence_opening_with_recent_years(checks, body, region):
    found = (Place("宁县", DEPARTMENT, "甘肃省", "庆阳市"), ())
    place, _ = checks.checked(found, body)
    assert place.region == region


@pytest.mark.parametrize(
    ("body", "region"),
    [
        ("2022年,我局紧紧围绕市委市政府中心工作,积极推动法治人社建设,落实《杭州市…》。",
         "杭州市人力资源和社会保障局"),
        ("2022年,我局紧紧围绕区委区政府中心工作,积极推动法治人社建设,落实《杭州市…》。", None),
    ],
    ids=["speaks-as-the-city-s", "speaks-as-a-district-s"],
)  # fmt: skip
def test_a_field_is_not_given_to_a_city_the_page_speaks_below(checks, body, region):
    found = (Place("杭州市", DEPARTMENT, "浙江省", "杭州市"), ())
    place, _ = checks.checked(found, body)
    assert place.region == region


def test_a_commission_is_not_named_by_its_field(checks):
    body = "2024年,我委坚持依法行政,积极推动法治人社建设,深化人社法治建设。"
    place, _ = checks.checked((Place("广州市", DEPARTMENT, "广东省", "广州市"), ()), body)
    assert place.region is None


@pytest.mark.parametrize(
    ("body", "region"),
    [
        ("我局制定法治人社建设责任清单,推进人社法治建设。落实《杭州市法治政府建设实施方案》。",
         "杭州市人力资源和社会保障局"),
        ("我局制定法治人社建设责任清单,推进人社法治建设。落实法治杭州建设工作要点。", None),
    ],
    ids=["its-place-written-in-full", "its-place-from-a-slogan-only"],
)  # fmt: skip
def test_a_field_names_a_department_only_of_a_place_the_page_writes(checks, body, region):
    place, _ = checks.checked((Place("杭州市", DEPARTMENT, "浙江省", "杭州市"), ()), body)
    assert place.region == region


@pytest.mark.parametrize(
    ("body", "region"),
    [
        ("成都市应急局对2021年度工作进行了自查。在局党委会上学法。"
         "制发《成都市应急管理系统2021年法治建设暨依法行政工作要点》。", "成都市应急管理局"),
        ("成都市应急局对2021年度工作进行了自查。在局党委会上学法。", None),
    ],
    ids=["its-system-s-document", "no-field"],
)  # fmt: skip
def test_a_government_found_for_a_department_s_voice_is_named_by_its_field(checks, body, region):
    found = (Place("成都市", Level.CITY, "四川省", "成都市"), ())
    place, _ = checks.checked(found, body)
    assert place == Place(region, DEPARTMENT, "四川省", "成都市")


@pytest.mark.parametrize(
    ("region", "body", "kept"),
    [
        # a district's bureau written with its municipality's name: which district is not said
        (
            "北京市司法局",
            "2020年,北京市司法局坚持以习近平法治思想为指导,认真贯彻落实区委、区政府决策部署,"
            "紧紧围绕全区推进法治政府建设工作各项任务安排,履行推进本部门法治政府建设主体职责。",
            False,
        ),
        # adversarial: the municipality's own bureau speaks as the municipality
        (
            "北京市司法局",
            "2020年,北京市司法局坚持以习近平法治思想为指导,认真贯彻落实市委、市政府决策部署,"
            "指导各区推进法治政府建设,全市法治政府建设取得新进展。",
            True,
        ),
        # adversarial: the district is written, so the department is the district's
        (
            "大兴区司法局",
            "2020年,大兴区司法局认真贯彻落实区委、区政府决策部署,紧紧围绕全区工作安排。",
            True,
        ),
        # adversarial: a prefecture is no municipality (its counties speak of 县委 too)
        (
            "杭州市司法局",
            "2020年,杭州市司法局认真贯彻落实区委、区政府决策部署,紧紧围绕全区工作安排。",
            True,
        ),
    ],
)
def test_a_municipality_s_department_speaking_as_a_district_is_unnamed(checks, region, body, kept):
    found = Place(region, DEPARTMENT, "浙江省" if "杭州" in region else "北京市", None)
    place, warnings = checks.checked((found, ()), body)
    assert (place.region == region) is kept
    assert place.level == DEPARTMENT
    assert any("speaks as a district" in w for w in warnings) is not kept


_BUREAU_VOICE = "2024年,泸州市坚持依法行政。主持召开局党委会,深入学习贯彻习近平法治思想。"


@pytest.mark.parametrize(
    ("title", "region", "level"),
    [
        ("泸州市人民政府2024年度法治政府建设工作报告", "泸州市", CITY),
        ("泸州市人民政府关于2024年度法治政府建设情况的报告", "泸州市", CITY),
        ("2024年度法治政府建设工作报告", None, DEPARTMENT),
        ("泸州市2024年度法治政府建设工作报告", None, DEPARTMENT),
        ("宜宾市人民政府2024年度法治政府建设工作报告", None, DEPARTMENT),
        ("泸州市人民政府办公室2024年度法治政府建设工作报告", None, DEPARTMENT),
    ],
    ids=["government-and-year", "government-guanyu-year", "no-reporter-in-the-title",
         "place-without-its-government", "another-city-s-government", "the-government-s-office"],
)  # fmt: skip
def test_a_title_naming_the_government_in_full_outranks_a_bureau_s_voice(
    checks, title, region, level
):
    found = (Place("泸州市", CITY, "四川省", "泸州市"), ())
    place, _ = checks.checked(found, _BUREAU_VOICE, title)
    assert (place.region, place.level) == (region, level)


@pytest.mark.parametrize(
    ("body", "region", "level"),
    [
        # another bureau's official, invited to speak: its party organ is no voice of the page's
        ("2023年,青浦区坚持依法行政。邀请上海市司法局党委委员刘某作辅导。", "青浦区", COUNTY),
        ("2023年,青浦区坚持依法行政。邀请市司法局党组成员王某授课。", "青浦区", COUNTY),
        ("2023年,青浦区坚持依法行政。邀请市公安局党委副书记李某授课。", "青浦区", COUNTY),
        # the page's own party organ, as a subject or a meeting's, stays its voice
        ("2023年,青浦区坚持依法行政。局党组严格落实“第一议题”要求。", None, DEPARTMENT),
        ("2023年,青浦区坚持依法行政。主持召开局党委会,深入学习。", None, DEPARTMENT),
        ("2023年,青浦区坚持依法行政。局党组书记带头讲法治课。", None, DEPARTMENT),
    ],
    ids=["committee-member", "group-member", "deputy-secretary", "own-group-as-subject",
         "own-committee-s-meeting", "own-secretary"],
)  # fmt: skip
def test_another_bureau_s_official_is_no_voice_of_the_page(checks, body, region, level):
    found = (Place("青浦区", COUNTY, "上海市", None), ())
    place, _ = checks.checked(found, body, "")
    assert (place.region, place.level) == (region, level)


@pytest.mark.parametrize(
    ("region", "body", "kept"),
    [
        (
            "重庆市大数据应用发展管理局",
            "2025年,市大数据发展局深入学习习近平法治思想,坚持依法行政。",
            "重庆市大数据应用发展管理局",
        ),  # its short name, its characters in the name in order, the same kind (局)
        (
            "重庆市大数据应用发展管理局",
            "2025年,市司法局深入学习习近平法治思想,坚持依法行政。",
            None,
        ),  # a short name that does not spell it
        (
            "重庆市文化和旅游发展委员会",
            "2025年,市文化和旅游局深入学习习近平法治思想,坚持依法行政。",
            None,
        ),  # another kind (局, not 委员会)
        (
            "重庆市市场监督管理局",
            "2025年,市场监管局深入学习习近平法治思想,坚持依法行政。",
            "重庆市市场监督管理局",
        ),  # a listed short form of its own name
        (
            "长治市林业和草原局",
            "2025年,市林业局深入学习习近平法治思想,坚持依法行政。",
            "长治市林业和草原局",
        ),
        (
            "泽州县文化旅游体育局",
            "2025年,县文旅局深入学习习近平法治思想,坚持依法行政。",
            None,
        ),  # spells it, but a listed short form of another official name (文化和旅游局)
    ],
    ids=["a-short-name-spelling-it", "a-short-name-not-spelling-it", "another-kind",
         "its-listed-short-form", "a-short-name-spelling-it-in-a-city",
         "a-short-form-of-another-department"],
)  # fmt: skip
def test_the_department_written_short_in_the_opening_is_the_same(checks, region, body, kept):
    place = Place(region, DEPARTMENT, "重庆市" if "重庆" in region else "山西省", None)
    found, _ = checks.checked((place, ()), body)
    assert found.region == kept
