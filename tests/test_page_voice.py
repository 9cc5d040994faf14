"""The level a page speaks as against the reporter found (parsing/page_voice.py): a voice below
the reporter, said more than its own, drops a reporter that rests on weak evidence; a superior's
voice quoted, a title that names the reporter or a subject that names it in full keep it."""

from __future__ import annotations

import pytest

from indexer.models import Level, Place
from indexer.parsing.page_voice import PageVoice
from indexer.regions import RegionResolver

PROVINCE, CITY, COUNTY = Level.PROVINCE, Level.CITY, Level.COUNTY
DEPARTMENT, OTHER = Level.DEPARTMENT, Level.OTHER
INFERRED = ("region inferred from the places the page names",)


@pytest.fixture(scope="module")
def voice() -> PageVoice:
    return PageVoice.from_data(RegionResolver.from_data())


DROPPED_CASES = [
    (
        "a-bureau-as-its-subject-under-a-municipality",
        Place("上海市", PROVINCE, "上海市", None),
        "2023年,根据市委部署,市市场监管局围绕中心工作,严格依法行政。\n"
        "市市场监管局坚持把法治建设摆在突出位置。",
        Place(None, DEPARTMENT, "上海市", None),
    ),
    (
        "a-provincial-department-s-system",
        Place("河南省", PROVINCE, "河南省", None),
        "2023年,全省生态环境系统在省委、省政府的正确领导下,始终坚持依法行政。",
        Place(None, DEPARTMENT, "河南省", None),
    ),
    (
        "a-provincial-department-s-own-system-and-leaders",
        Place("湖南省", PROVINCE, "湖南省", None),
        "每月集中学法,在厅系统打造大讲堂。两位厅负责人先后参加专题研讨班。",
        Place(None, DEPARTMENT, "湖南省", None),
    ),
    (
        "a-bureau-led-by-its-city",
        Place("襄阳市", CITY, "湖北省", "襄阳市"),
        "2023年,在襄阳市委、市政府的坚强领导下,襄阳市司法局坚持以习近平法治思想为指导。",
        Place(None, DEPARTMENT, "湖北省", "襄阳市"),
    ),
    (
        "a-district-found-as-its-city",
        Place("西安市", CITY, "陕西省", "西安市"),
        "2023年,我区坚持依法行政。全区各部门认真落实市委部署,全区法治建设取得成效。",
        Place(None, COUNTY, "陕西省", "西安市"),
    ),
    (
        "a-city-found-as-its-province",
        Place("黑龙江省", PROVINCE, "黑龙江省", None),
        "省政府:\n2023年,我市坚持以习近平法治思想为指导,认真落实省委、省政府部署。",
        Place(None, CITY, "黑龙江省", None),
    ),
    (
        "a-city-named-in-full-as-its-subject",
        Place("河北省", PROVINCE, "河北省", None),
        "省政府:\n2023年,秦皇岛市深入贯彻党的二十大精神,按照省委、省政府部署推进法治建设。",
        Place(None, CITY, "河北省", None),
    ),
    (
        "a-county-s-government-as-its-subject",
        Place("山西省", PROVINCE, "山西省", None),
        "一是加强领导。县委、县政府始终以习近平法治思想为指引,县委常委会专题研究法治建设。",
        Place(None, COUNTY, "山西省", None),
    ),
    (
        "a-town-found-as-the-county-that-leads-it",
        Place("宁乡市", COUNTY, "湖南省", "长沙市"),
        "2023年,在宁乡市委、市政府的正确领导下,我镇深入学习贯彻党的二十大精神,全镇法治建设稳步推进。",
        Place(None, OTHER, "湖南省", "长沙市"),
    ),
    (
        "a-jiedao-by-its-kind-alone-found-as-its-county",
        Place("奉节县", COUNTY, "重庆市", None),
        "为加强法治政府建设,2021年来,街道按照《奉节县法治政府建设实施方案》的要求,"
        "以创建全县法治辖区为统领。一是强化审核。街道建立重大执法决定法制审核机制。",
        Place(None, OTHER, "重庆市", None),
    ),
    (
        "a-department-s-own-duties-found-as-its-municipality",
        Place("重庆市", PROVINCE, "重庆市", None),
        "一、加强领导。市委教育工委研究法治工作,布置全市教育系统法治工作。\n"
        "二、全面履行部门职能推进放管服改革。一是规范市、区县两级行政审批。",
        Place(None, DEPARTMENT, "重庆市", None),
    ),
    (
        "a-government-found-as-its-department",
        Place("忻州市司法局", DEPARTMENT, "山西省", "忻州市"),
        "2023年,忻州市坚持以习近平新时代中国特色社会主义思想为指引,全面推进依法行政。",
        Place(None, CITY, "山西省", "忻州市"),
    ),
    (
        "a-province-found-as-its-department",
        Place("河北省司法厅", DEPARTMENT, "河北省", None),
        "2023年,河北省委、省政府坚持以习近平新时代中国特色社会主义思想为指导。",
        Place(None, PROVINCE, "河北省", None),
    ),
]


@pytest.mark.parametrize(
    ("found", "body", "expected"),
    [case[1:] for case in DROPPED_CASES],
    ids=[case[0] for case in DROPPED_CASES],
)
def test_a_voice_below_the_reporter_found_drops_it(voice, found, body, expected):
    place, warnings = voice.checked((found, INFERRED), "", body)
    assert place == expected
    assert "not as the reporter found" in warnings[-1]


_LISHUI_BUREAU = Place("丽水市司法局", DEPARTMENT, "浙江省", "丽水市")
_LISHUI_SPEAKS = "2021年,丽水市全面贯彻习近平法治思想,认真落实省委、省政府决策部署。"

PUBLISHED_CASES = [
    # (id, title, body, published, whether the government reports)
    (
        "its-publisher-cell-in-the-text",
        "",
        f"组配分类 | 法治政府工作报告 | 发布机构 | 丽水市司法局 |\n{_LISHUI_SPEAKS}",
        "",
        True,
    ),
    ("its-publisher-line-in-the-furniture", "", _LISHUI_SPEAKS, "丽水市司法局", True),
    ("no-publisher-line", "", _LISHUI_SPEAKS, "", False),
    ("another-department-publishes", "", _LISHUI_SPEAKS, "丽水市财政局", False),
    (
        "the-title-names-the-department",
        "丽水市司法局2021年度法治政府建设情况报告",
        _LISHUI_SPEAKS,
        "丽水市司法局",
        False,
    ),
    (
        "the-text-names-the-department-too",
        "",
        f"发布机构:丽水市司法局\n{_LISHUI_SPEAKS}\n市司法局牵头开展执法监督。",
        "",
        False,
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "published", "government"),
    [case[1:] for case in PUBLISHED_CASES],
    ids=[case[0] for case in PUBLISHED_CASES],
)
def test_a_government_s_report_its_department_only_publishes_is_the_government_s(
    voice, title, body, published, government
):
    place, warnings = voice.checked((_LISHUI_BUREAU, ()), title, body, published)
    assert (place.region == "丽水市" and place.level == CITY) == government
    assert (place.province, place.city) == ("浙江省", "丽水市")
    assert any("only publishes it" in w for w in warnings) == government


KEPT_CASES = [
    (
        "a-city-quotes-its-province",
        Place("宁德市", CITY, "福建省", "宁德市"),
        "",
        "2023年,我市坚持依法行政,法治建设考评位列全省第一,全省推广我市经验。",
    ),
    (
        "a-county-quotes-its-city",
        Place("保德县", COUNTY, "山西省", "忻州市"),
        "",
        "2023年,全县坚持依法行政,按照市委、市政府部署,在全市率先完成改革。",
    ),
    (
        "a-district-under-its-city-s-leadership",
        Place("临潼区", COUNTY, "陕西省", "西安市"),
        "",
        "2023年,在市委、市政府的坚强领导下,我区深入推进法治政府建设。",
    ),
    (
        "a-city-in-an-autonomous-region-quotes-its-全区",
        Place("桂林市", CITY, "广西壮族自治区", "桂林市"),
        "",
        "2023年,我市坚持依法行政,全市法治建设成效位居全区前列,获全区通报表扬。",
    ),
    (
        "a-municipality-says-我市",
        Place("重庆市", PROVINCE, "重庆市", None),
        "",
        "2023年,我市坚持依法行政,全市法治政府建设取得新成效。",
    ),
    (
        "a-county-names-its-towns-in-a-list",
        Place("泗县", COUNTY, "安徽省", "宿州市"),
        "",
        "2023年,全县坚持依法行政。各乡镇党委、政府认真履职,乡镇政府法治建设全面推进。",
    ),
    (
        "the-title-names-the-reporter",
        Place("西安市", CITY, "陕西省", "西安市"),
        "西安市2023年法治政府建设年度报告",
        "2023年,我区坚持依法行政。全区各部门认真落实市委部署。",
    ),
    (
        "the-opening-names-the-reporter-as-its-subject",
        Place("嘉鱼县", COUNTY, "湖北省", "咸宁市"),
        "",
        "2023年,嘉鱼县坚持依法行政。我镇所在的工业园区,全镇企业……",
    ),
    (
        "a-zone-s-governing-body-is-no-department",
        Place("眉山天府新区", COUNTY, "四川省", "眉山市"),
        "",
        "四川天府新区眉山管理委员会坚持依法行政,扎实推进法治建设。",
    ),
    (
        "a-department-that-speaks-as-itself",
        Place("忻州市司法局", DEPARTMENT, "山西省", "忻州市"),
        "",
        "2023年,忻州市坚持依法行政。我局认真履行法治政府建设推进职责。",
    ),
    (
        "a-department-whose-opening-names-another-subject",
        Place("忻州市司法局", DEPARTMENT, "山西省", "忻州市"),
        "",
        "2023年,全市司法行政系统坚持以习近平法治思想为指导。",
    ),
    (
        "a-bureau-s-name-alone-on-its-line",
        Place("眉山天府新区", COUNTY, "四川省", "眉山市"),
        "",
        "四川天府新区眉山市场监督管理局\n按照规定,现将有关情况报告如下。",
    ),
]


@pytest.mark.parametrize(
    ("found", "title", "body"),
    [case[1:] for case in KEPT_CASES],
    ids=[case[0] for case in KEPT_CASES],
)
def test_a_reporter_the_voice_does_not_contradict_is_kept(voice, found, title, body):
    assert voice.checked((found, INFERRED), title, body) == (found, INFERRED)


VOICE_CASES = [
    ("department-first-person-counts-two", "我局坚持依法行政,局党组专题研究。", "局", 4),
    ("township-words", "全镇坚持依法行政,我镇法治建设稳步推进。", "镇", 2),
    ("county-subject-counts-two", "2023年,我县坚持依法行政。", "县", 3),
    ("a-list-of-levels-is-no-voice", "全县区各部门、县市区政府认真落实。", "县", 0),
    ("superiors-leadership-is-no-voice", "在县委、县政府的坚强领导下,推进法治建设。", "县", 0),
    ("a-township-s-kind-as-subject", "2021年来,街道按照部署推进。镇坚持依法行政。", "镇", 4),
    ("townships-listed-are-no-voice", "各街道坚持依法,乡镇街道按照部署,城乡以法为纲。", "镇", 0),
    ("a-department-s-own-duties", "(一)依法全面履行部门职能\n1.深化行政审批改革。", "局", 2),
    ("its-departments-duties-are-no-voice", "督促各部门全面履行部门职能。", "局", 0),
    ("a-cited-title-is-no-voice", "认真落实《全市法治政府建设实施方案》。", "市", 0),
    ("a-department-s-own-system-and-leaders", "在厅系统打造平台。两位厅负责人参加研讨。", "局", 4),
    ("a-department-s-own-offices", "局主要负责人带头学法,局机关各处室参加。", "局", 4),
    ("named-department-s-leaders-no-voice", "市司法局主要负责人述法,各局负责人参加。", "局", 0),
    # another bureau's official, invited: its party organ before a member's title is no voice
    ("another-bureau-s-official-no-voice", "邀请市司法局党委委员刘某作辅导。", "局", 0),
    ("own-party-group-s-secretary", "局党组书记带头讲法治课。", "局", 2),
    ("the-general-office-is-no-voice", "省政府办公厅负责人参加。", "局", 0),
    ("overall-is-no-system", "从全局系统谋划法治建设。", "局", 0),
    # words ending in 局 that name no bureau: a heading's clause, no department as its subject
    ("the-overall-situation-is-no-bureau", "(二)树牢安全观,保持社会大局持续稳定。", "局", 0),
    ("a-new-pattern-is-no-bureau", "2023年,发展新格局持续巩固。", "局", 0),
    ("a-bureau-as-a-clause-s-subject", "(二)树牢法治观念,市司法局持续推进。", "局", 2),
    (
        "a-department-s-other-names",  # 一个机构两块牌子: the subject and its verb
        "2025年,市数据局(市营商环境建设局、市行政审批局)在市委、市政府的坚强领导下,深入学习。",
        "局",
        2,
    ),
]


@pytest.mark.parametrize(
    ("body", "key", "score"),
    [case[1:] for case in VOICE_CASES],
    ids=[case[0] for case in VOICE_CASES],
)
def test_the_voices_a_page_speaks_in_are_counted(voice, body, key, score):
    assert voice.scores(body)[key] == score


UNNAMED_CASES = [
    (
        "a-department-s-own-duties",
        Place(None, CITY, "重庆市", None),
        "二、全面履行部门职能推进放管服改革。一是规范全市行政审批工作。",
        Place(None, DEPARTMENT, "重庆市", None),
    ),
    (
        "a-department-s-first-person",
        Place(None, COUNTY, "广东省", "清远市"),
        "一是按要求公布我局的政务服务事项清单,全县卫生健康系统证明事项全部取消。",
        Place(None, DEPARTMENT, "广东省", "清远市"),
    ),
    (
        "a-government-s-own-duties",
        Place(None, CITY, "广东省", None),
        "一、依法全面履行政府职能。全市深化放管服改革。",
        Place(None, CITY, "广东省", None),
    ),
    (
        "its-departments-duties",
        Place(None, COUNTY, "广东省", "清远市"),
        "全县督促各部门全面履行部门职能,县司法局积极开展普法。",
        Place(None, COUNTY, "广东省", "清远市"),
    ),
    (
        "a-township-is-no-department",
        Place(None, OTHER, "广东省", "东莞市"),
        "二、全面履行部门职能。我镇深化放管服改革。",
        Place(None, OTHER, "广东省", "东莞市"),
    ),
    (
        "a-province-s-department-lies-in-no-city",
        Place(None, DEPARTMENT, "广西壮族自治区", "贺州市"),
        "2019年以来,厅党组坚持依法行政,制定《富川瑶族自治县传统村落保护条例》。",
        Place(None, DEPARTMENT, "广西壮族自治区", None),
    ),
    (
        "its-system-opens-the-page",  # 全区公安机关 as the first subject: the bureau's voice
        Place(None, COUNTY, None, None),
        "2023年,全区公安机关在区委、区政府和市公安局的坚强领导下,坚持依法行政。",
        Place(None, DEPARTMENT, None, None),
    ),
    (
        "a-system-named-further-in",  # negative: a government opens with itself
        Place(None, COUNTY, "浙江省", "舟山市"),
        "2023年,全区坚持依法行政。全区公安机关破获刑事案件530起。",
        Place(None, COUNTY, "浙江省", "舟山市"),
    ),
    (
        "a-system-s-scope-is-no-subject",  # negative: 全区公安机关 qualifies a noun, no verb
        Place(None, COUNTY, "浙江省", "舟山市"),
        "2023年,全区公安机关执法规范化建设取得新成效。",
        Place(None, COUNTY, "浙江省", "舟山市"),
    ),
    (
        "its-name-after-its-level-opens-the-page",  # 区党政办 as the first subject: its voice
        Place(None, COUNTY, None, None),
        "区依法治区委员会:\n2023年,区党政办坚持以习近平法治思想为指导,推进法治政府建设。",
        Place(None, DEPARTMENT, None, None),
    ),
    (
        "a-department-named-as-a-later-subject",  # negative: the government opens with itself
        Place(None, COUNTY, None, None),
        "2023年,全区坚持依法行政。区司法局积极开展普法。",
        Place(None, COUNTY, None, None),
    ),
    (
        "a-city-s-department-keeps-its-city",  # negative: 我局, no 厅
        Place(None, DEPARTMENT, "广西壮族自治区", "贺州市"),
        "2019年以来,局党组坚持依法行政,认真落实全市法治政府建设工作。",
        Place(None, DEPARTMENT, "广西壮族自治区", "贺州市"),
    ),
]


WRITES_TO_ITSELF_CASES = [
    (
        "a-bureau-writes-to-its-municipality",
        Place("上海市", PROVINCE, "上海市", None),
        "市委,市政府:\n一、主要举措\n党政主要负责人积极履行第一责任人职责。",
        Place(None, DEPARTMENT, "上海市", None),
    ),
    (
        "a-town-writes-to-its-district",
        Place("江津区", COUNTY, "重庆市", None),
        "关于2025年法治政府建设情况的报告\n区委,区政府:\n全镇坚持依法行政,我镇深入推进。",
        Place(None, OTHER, "重庆市", None),
    ),
    (
        "a-bureau-writes-to-its-county-by-name",
        Place("渠县", COUNTY, "四川省", "达州市"),
        "中共渠县县委、渠县人民政府:\n一、主要做法\n深入推进依法行政。",
        Place(None, DEPARTMENT, "四川省", "达州市"),
    ),
    (
        "a-bureau-writes-to-a-bracketed-government",  # 市委(市政府): the government in brackets
        Place("上海市", PROVINCE, "上海市", None),
        "市委(市政府):\n一、主要举措\n党政主要负责人积极履行第一责任人职责。",
        Place(None, DEPARTMENT, "上海市", None),
    ),
]


@pytest.mark.parametrize(
    ("found", "body", "expected"),
    [case[1:] for case in WRITES_TO_ITSELF_CASES],
    ids=[case[0] for case in WRITES_TO_ITSELF_CASES],
)
def test_a_government_the_page_writes_to_is_not_its_reporter(voice, found, body, expected):
    place, warnings = voice.checked((found, INFERRED), "", body)
    assert place == expected
    assert "writes to the government of" in warnings[-1]


WRITES_TO_ITS_SUPERIOR_CASES = [
    (
        "a-city-writes-to-its-province",
        Place("娄底市", CITY, "湖南省", "娄底市"),
        "省人民政府:\n2023年,全市坚持依法行政。",
    ),
    (
        "a-county-level-city-writes-to-its-prefecture",  # 市 is the prefecture's word too
        Place("邵东市", COUNTY, "湖南省", "邵阳市"),
        "市委、市政府:\n2023年,全市坚持依法行政。",
    ),
    (
        "a-district-writes-to-its-city",
        Place("静安区", COUNTY, "上海市", None),
        "市委、市政府:\n2023年,全区坚持依法行政。",
    ),
    (
        "a-county-writes-to-its-party-committee",  # a government reports to its party committee
        Place("渠县", COUNTY, "四川省", "达州市"),
        "中共渠县县委:\n2023年,全县坚持依法行政。",
    ),
    (
        "a-district-of-an-autonomous-region-s-city",  # 区政府 may be the autonomous region's
        Place("青秀区", COUNTY, "广西壮族自治区", "南宁市"),
        "区党委、区政府:\n2023年,全区坚持依法行政。",
    ),
    (
        "a-district-writes-to-its-bracketed-city",  # negative: the superior, bracketed
        Place("静安区", COUNTY, "上海市", None),
        "区委(市政府):\n2023年,全区坚持依法行政。",
    ),
]


@pytest.mark.parametrize(
    ("found", "body"),
    [case[1:] for case in WRITES_TO_ITS_SUPERIOR_CASES],
    ids=[case[0] for case in WRITES_TO_ITS_SUPERIOR_CASES],
)
def test_a_page_writing_to_its_superior_keeps_its_reporter(voice, found, body):
    assert voice.checked((found, INFERRED), "", body) == (found, INFERRED)


@pytest.mark.parametrize(
    ("found", "body", "expected"),
    [case[1:] for case in UNNAMED_CASES],
    ids=[case[0] for case in UNNAMED_CASES],
)
def test_an_unnamed_reporter_speaking_as_a_department_is_one(voice, found, body, expected):
    assert voice.checked((found, ()), "", body)[0] == expected


@pytest.mark.parametrize(
    ("body", "governs"),
    [
        ("2020年,我区坚持依法行政。", True),  # its first person
        ("区委、区政府高度重视法治建设。", True),  # its government as the subject
        ("2020年,余杭区坚持依法行政。", True),  # its own name as the subject
        ("全县深入推进依法行政。", True),
        ("不断强化全区农业领域的法治化水平。", False),  # its scope only
        ("在区委、区政府的坚强领导下,区农业农村局坚持依法行政。", False),  # its superiors
        ("我局坚持依法行政,贯彻《本市法治政府建设规划》。", False),  # a cited title
    ],
)
def test_a_page_speaking_as_a_government_is_told(voice, body, governs):
    assert voice.speaks_as_government(body) is governs


LED_BY_ITS_LAW_ORGAN_CASES = [
    (
        "a-justice-bureau-guided-by-its-county-s-political-legal-committee",
        Place("古丈县", COUNTY, "湖南省", "湘西土家族苗族自治州"),
        "2024年,在县委、县政府的坚强领导下,在县委政法委精心指导下,强化政治引领,高效推进法治"
        "政府建设。",
        Place(None, DEPARTMENT, "湖南省", "湘西土家族苗族自治州"),
    ),
    (
        "a-bureau-guided-by-its-district-s-rule-of-law-office",
        Place("罗湖区", COUNTY, "广东省", "深圳市"),
        "2021年,在区委依法治区办的正确指导下,扎实推进法治政府建设。",
        Place(None, DEPARTMENT, "广东省", "深圳市"),
    ),
    (
        "a-town-guided-by-its-county-s-rule-of-law-office",
        Place("开阳县", COUNTY, "贵州省", "贵阳市"),
        "2023年,在县委依法治县办的指导下,全镇坚持依法行政,我镇深入推进法治建设。",
        Place(None, OTHER, "贵州省", "贵阳市"),
    ),
]


@pytest.mark.parametrize(
    ("found", "body", "expected"),
    [case[1:] for case in LED_BY_ITS_LAW_ORGAN_CASES],
    ids=[case[0] for case in LED_BY_ITS_LAW_ORGAN_CASES],
)
def test_a_page_led_by_its_government_s_law_organ_is_not_that_government(
    voice, found, body, expected
):
    place, warnings = voice.checked((found, INFERRED), "", body)
    assert place == expected
    assert "the organ of the government found" in warnings[-1]


LED_BY_A_SUPERIOR_S_LAW_ORGAN_CASES = [
    (
        "a-county-guided-by-its-city-s-rule-of-law-office",
        Place("开阳县", COUNTY, "贵州省", "贵阳市"),
        "2021年,在县委、县政府的正确领导下,在市委依法治市办的有力指导下,全县坚持依法行政。",
    ),
    (
        "a-county-level-city-guided-by-its-prefecture-s-committee",  # 市 is shared: no proof
        Place("诸暨市", COUNTY, "浙江省", "绍兴市"),
        "2021年,在市委政法委的指导下,全市坚持依法行政。",
    ),
    (
        "a-county-led-by-its-party-committee-and-government",  # its own leadership, no organ
        Place("开阳县", COUNTY, "贵州省", "贵阳市"),
        "2021年,在县委、县政府的正确领导下,全县坚持依法行政。",
    ),
    (
        "a-political-legal-committee-without-its-level",  # 政法委 alone names no level
        Place("开阳县", COUNTY, "贵州省", "贵阳市"),
        "2021年,在政法委的指导下,全县坚持依法行政。",
    ),
]


@pytest.mark.parametrize(
    ("found", "body"),
    [case[1:] for case in LED_BY_A_SUPERIOR_S_LAW_ORGAN_CASES],
    ids=[case[0] for case in LED_BY_A_SUPERIOR_S_LAW_ORGAN_CASES],
)
def test_a_page_led_by_a_superior_s_law_organ_keeps_its_reporter(voice, found, body):
    assert voice.checked((found, INFERRED), "", body) == (found, INFERRED)


KIND_LOST_CASES = [
    (
        "a-justice-department-without-its-kind",
        Place("四川省", PROVINCE, "四川省", None),
        "2020年,司法坚持以习近平新时代中国特色社会主义思想为指导,充分发挥司法行政职能作用。",
        Place(None, DEPARTMENT, "四川省", None),
    ),
    (
        "an-agriculture-department-after-its-level",
        Place("山西省", PROVINCE, "山西省", None),
        "2021年,省农业农村认真学习贯彻习近平法治思想,实现了十四五良好开局。",
        Place(None, DEPARTMENT, "山西省", None),
    ),
]


@pytest.mark.parametrize(
    ("found", "body", "expected"),
    [case[1:] for case in KIND_LOST_CASES],
    ids=[case[0] for case in KIND_LOST_CASES],
)
def test_a_department_s_name_without_its_kind_opening_the_page_is_its_voice(
    voice, found, body, expected
):
    place, warnings = voice.checked((found, INFERRED), "", body)
    assert place == expected
    assert "speaks as a department" in warnings[-1]


@pytest.mark.parametrize(
    ("found", "body"),
    [
        (  # the province by its name opens: its own voice
            Place("四川省", PROVINCE, "四川省", None),
            "2020年,四川省坚持以习近平法治思想为指导,深入推进依法行政。",
        ),
        (  # a field as a clause's subject further in: a government's words
            Place("四川省", PROVINCE, "四川省", None),
            "2020年,全省坚持依法行政。强化监督,审计全面覆盖重点领域。",
        ),
        (  # a field that is no subject (no subject's verb follows)
            Place("四川省", PROVINCE, "四川省", None),
            "司法行政工作取得新成效,全省法治建设稳步推进。",
        ),
    ],
    ids=["the-province-by-name", "a-field-further-in", "a-field-as-no-subject"],
)
def test_a_field_that_does_not_open_the_page_as_its_subject_keeps_the_reporter(voice, found, body):
    assert voice.checked((found, INFERRED), "", body) == (found, INFERRED)


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        ("在县委政法委的指导下", ("县委政法委", "县", None)),  # the committee's organ by its level
        ("在区委依法治区办的指导下", ("区委依法治区办", "区", "区")),  # an office of 依法治区
        ("市委全面依法治市委员会办公室", ("市委全面依法治市委员会办公室", "市", "市")),
        ("政法委", ("政法委", None, None)),  # no level written: none to weigh
        # adversarial: the committee and government themselves, an office of no law organ
        ("在县委、县政府的领导下", None),
        ("县委办公室", None),
        ("依法治理", None),  # a word, no organ
        ("依法治县委员会", None),  # the committee, not its office
    ],
)
def test_a_law_organ_is_read_by_its_level(voice, text, organ):
    found = voice.law_organ.search(text)
    assert (found and (found.group(), found.group("party"), found.group("rule"))) == organ


@pytest.mark.parametrize(
    ("text", "addressed", "to"),
    [
        ("区委,区政府:", True, "区委,区政府"),  # the reporter's superiors, alone on the line
        ("市委(市政府):", True, "市委(市政府"),
        ("县人大常委会:", True, "县人大常委会"),
        ("省政府:", True, None),  # however short: an addressee, too short a line to weigh
        ("市委全面依法治市委员会:", True, "市委全面依法治市委员会"),  # the party's commission
        # adversarial: a line that closes with no superior's name, a sentence's colon
        ("现将有关情况报告如下:", False, None),
        ("2023年,区政府坚持依法行政:", False, None),
    ],
)
def test_the_addressee_line_is_read_from_its_names_endings(voice, text, addressed, to):
    line = voice.address_line.search(text)
    assert (voice.addressed.search(text) is not None, line and line.group("to")) == (addressed, to)
