"""Departments, functional zones and townships as reporters (parsing/organs.py), through the
reporter finder that uses them (parsing/evidence.py and its steps: reporter_checks.py,
township_places.py, zone_places.py)."""

from __future__ import annotations

import pytest

from indexer.models import Level, Place
from indexer.parsing.evidence import ReporterFinder
from indexer.parsing.organs import (
    counties_before_stem,
    department_names,
    first_name,
    in_order,
    organ_grammar,
    protected_area_grammar,
    township_voice,
    zone_grammar,
)
from indexer.regions import RegionResolver

COUNTY, CITY, DEPARTMENT, OTHER = Level.COUNTY, Level.CITY, Level.DEPARTMENT, Level.OTHER


@pytest.fixture(scope="module")
def finder() -> ReporterFinder:
    return ReporterFinder.from_data(RegionResolver.from_data())


@pytest.mark.parametrize(
    ("place", "organ", "expected"),
    [
        ("元谋县", "县卫生健康局", "卫生健康局"),  # the place's level written twice
        ("广西壮族自治区", "自治区交通运输厅", "交通运输厅"),  # an autonomous region's too
        ("宁夏回族自治区", "自治区司法厅", "司法厅"),
        # adversarial: a region's word before another place's department is no doubled level
        ("长沙市", "自治区交通运输厅", "自治区交通运输厅"),
        # adversarial: the word alone names no department
        ("西藏自治区", "自治区", "自治区"),
        ("罗湖区", "人民政府罗湖区应急管理局", "应急管理局"),  # a site header before the title
        ("雁塔区", "政府办", "人民政府办公室"),  # a nationwide short form
        ("上城区", "人力社保局", "人力资源和社会保障局"),
        ("浙江省", "人力社保厅", "人力资源和社会保障厅"),
        ("四川省", "林草局", "林业和草原局"),  # 林草局 stands for one name everywhere
        ("绿春县", "县林草局", "林业和草原局"),
        ("广州市", "市政府办公厅", "人民政府办公厅"),  # a large city's general office
        ("山西省", "审批服务管理局", "行政审批服务管理局"),
        ("河南省", "行政审批政务信息管理局", "行政审批和政务信息管理局"),
        ("山西省", "行政审批服务管理局", "行政审批服务管理局"),  # adversarial: in full
        # adversarial: the full names are not expanded again
        ("四川省", "林业和草原局", "林业和草原局"),
        ("广州市", "人民政府办公厅", "人民政府办公厅"),
        # official in some places (重庆市长寿区交通局), a short form elsewhere: kept as written
        ("泽州县", "交通局", "交通局"),
        # adversarial: 市 begins the official name, it is no doubled level
        ("长沙市", "市场监督管理局", "市场监督管理局"),
        # adversarial: the government's own office is no place written twice
        ("武定县", "人民政府办公室", "人民政府办公室"),
        # a name that varies by place is kept as the page writes it
        ("湖州市", "自然资源和规划局", "自然资源和规划局"),
    ],
)
def test_department_names_are_normalised(place, organ, expected):
    assert department_names().name(place, organ) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("数据局2025年", "数据局"),
        ("数据资源管理局2024年", "数据资源管理局"),
        ("政务服务和数据管理局关于", "政务服务和数据管理局"),  # the whole name, not its end
        ("大数据发展管理局", "大数据发展管理局"),
        ("营商环境建设局", "营商环境建设局"),
        ("数据安全工作", None),  # adversarial: a phrase, no bureau
    ],
)
def test_the_data_bureaus_are_departments(text, name):
    assert department_names().at(text) == name


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("泉州市场监督管理局", 3, 2),  # 泉州 + 市场监督管理局: the city's 市 written once
        ("漳州市场监管局", 3, 2),  # a short form opening with a level character
        ("郑州市政公用局", 3, 2),
        ("泉州市市场监督管理局", 3, 3),  # written in full: the place ends at its 市
        ("郑州市政府办公室", 3, 3),  # 郑州市 + 政府办公室, no 市政 department
        ("长兴县域经济", 3, 3),  # 县域 is no department
        ("海珠区司法局", 3, 3),
        ("杭州", 2, 2),  # a short name has no level character to give
    ],
)
def test_a_department_may_open_with_its_place_s_level_character(text, end, expected):
    assert department_names().start(text, end) == expected


DEPARTMENTS = [
    # (id, title, body, expected place)
    (
        "official-name-in-the-opening",
        "",
        "2020年,长治市人力资源和社会保障局深入学习贯彻习近平法治思想。现将我局2020年度法治政府"
        "建设情况汇报如下:",
        Place("长治市人力资源和社会保障局", DEPARTMENT, "山西省", "长治市"),
    ),
    (
        "long-official-name-of-a-culture-bureau-in-the-opening",  # 文化广播电视和旅游局, listed
        "",
        "2025年,公主岭市文化广播电视和旅游局坚持以习近平新时代中国特色社会主义思想为指导,深入践行"
        "习近平法治思想。",
        Place("公主岭市文化广播电视和旅游局", DEPARTMENT, "吉林省", "长春市"),
    ),
    (
        "culture-bureau-with-and-before-radio-and-television",  # 文化和广电旅游体育局, listed
        "",
        "2020年以来,丽水市文化和广电旅游体育局始终坚持以习近平法治思想为指引,充分发挥文旅部门"
        "职能。现将2020年度法治政府建设工作报告如下:\n一、贯彻法治精神\n我局高度重视法治政府建设。",
        Place("丽水市文化和广电旅游体育局", DEPARTMENT, "浙江省", "丽水市"),
    ),
    (
        "culture-bureau-with-and-named-in-a-city-s-report",  # negative: not the subject
        "",
        "2020年,丽水市坚持依法行政,深入推进法治政府建设。丽水市文化和广电旅游体育局开展执法"
        "检查。全市法治建设取得新成效。",
        Place("丽水市", CITY, "浙江省", "丽水市"),
    ),
    (
        "long-culture-bureau-named-in-a-city-s-report",  # negative: not the subject
        "",
        "2023年,长春市坚持依法行政,深入推进法治政府建设。长春市文化广播电视和旅游局开展执法"
        "检查。全市法治建设取得新成效。",
        Place("长春市", CITY, "吉林省", "长春市"),
    ),
    (
        "another-department-named-in-passing",
        "",
        "2021年,梧州市人力资源和社会保障局以习近平法治思想为指引,会同市市场监督管理局开展"
        "联合检查。我局共办理业务15822笔。",
        Place("梧州市人力资源和社会保障局", DEPARTMENT, "广西壮族自治区", "梧州市"),
    ),
    (
        "a-county-names-a-department-in-passing",
        "射阳县人民政府关于2021年度法治政府建设情况的报告",
        "2021年,射阳县坚持依法行政,县人力资源和社会保障局开展根治欠薪行动。",
        Place("射阳县", COUNTY, "江苏省", "盐城市"),
    ),
    (
        "place-written-twice",
        "",
        "2022年,元谋县县卫生健康局在县委、县政府的坚强领导下,深入推进法治政府建设。现将我局"
        "法治政府建设工作情况报告如下。",
        Place("元谋县卫生健康局", DEPARTMENT, "云南省", "楚雄彝族自治州"),
    ),
    (
        "site-header-before-the-title",
        "深圳市罗湖区人民政府罗湖区应急管理局2025年法治政府建设年度报告",
        "2025年,罗湖区应急管理局在区委、区政府的坚强领导下,扎实推进法治政府建设工作。",
        Place("罗湖区应急管理局", DEPARTMENT, "广东省", "深圳市"),
    ),
    (
        "government-office-short-form",
        "区政府办2025年度法治政府建设工作报告",
        "2025年,区政府办深入贯彻习近平法治思想,全面落实《西安市雁塔区2025年法治政府建设工作"
        "要点》,为推进中国式现代化雁塔实践提供了坚实法治保障。",
        Place("雁塔区人民政府办公室", DEPARTMENT, "陕西省", "西安市"),
    ),
    (
        "joint-title-party-issuer-first",
        "中共重庆市荣昌区新区建设工作委员会 重庆市荣昌区新区建设管理委员会关于2021年度法治"
        "政府建设情况的报告",
        "区委、区政府:\n现将我委2021年度法治政府建设情况报告如下。",
        Place("荣昌区新区建设管理委员会", DEPARTMENT, "重庆市", None),
    ),
    (
        "second-name-in-brackets",
        "西藏自治区藏语委办(编译局)2025年度法治政府建设工作报告",
        "办(局)始终将法治建设作为提升履职能力的重要抓手。",
        Place("西藏自治区藏语委办", DEPARTMENT, "西藏自治区", None),
    ),
    (
        "a-province-s-department-named-by-its-own-field",
        "关于2024年度法治政府建设情况的报告",
        "2024年,我厅始终坚持以习近平新时代中国特色社会主义思想为指导,深入学习习近平总书记关于"
        "应急管理的重要论述,推进应急管理各项工作,着力把安全保障转化为全面建设社会主义现代化四川"
        "的发展实绩。",
        Place("四川省应急管理厅", DEPARTMENT, "四川省", None),
    ),
    (
        "second-name-in-a-cover-letter-s-quoted-title",
        "关于报送《浦东新区人力资源和社会保障局(医疗保障局)2021年度法治政府建设情况报告》的报告",
        "上海市浦东新区法治政府建设工作领导小组办公室:\n《浦东新区人力资源和社会保障局(医疗保障局)"
        "2021年度法治政府建设情况报告》已编制完成,请审阅。",
        Place("浦东新区人力资源和社会保障局", DEPARTMENT, "上海市", None),
    ),
    (
        "second-names-in-full-width-brackets-in-the-signature",
        "",
        "一、主要工作\n全年办理行政复议案件12件。\n"
        "荆门市数据局（荆门市营商环境建设局、荆门市行政审批局）\n2024年1月5日",
        Place("荆门市数据局", DEPARTMENT, "湖北省", "荆门市"),
    ),
    (
        "department-of-a-common-word-district",
        "",
        "2025年以来,城中区应急管理局在区委、区政府的坚强领导下,扎实推进法治政府建设。通过青海"
        "干部网络学院组织干部学法。",
        Place("城中区应急管理局", DEPARTMENT, "青海省", "西宁市"),
    ),
    (
        "level-character-opens-the-department",
        "",
        "2023年度,漳州市场监督管理局在市委、市政府的正确领导下,深入推进法治福建建设。",
        Place("漳州市市场监督管理局", DEPARTMENT, "福建省", "漳州市"),
    ),
    (
        "placeless-bureau-opening-with-a-level-character",
        "",
        "2023年,市场监管局坚持以习近平法治思想为指导,推进法治厦门建设,厦门市场主体增长。",
        Place("厦门市市场监督管理局", DEPARTMENT, "福建省", "厦门市"),
    ),
    (
        "short-form-that-varies-by-place",
        "2022年度法治政府建设年度报告",
        "2022年以来,州政务局深入贯彻习近平法治思想,全面落实州委全面依法治州决策部署要求,有力"
        "推进法治恩施建设。梳理公布《恩施州县乡村三级依申请及公共服务事项清单》。",
        Place(None, DEPARTMENT, "湖北省", "恩施土家族苗族自治州"),
    ),
    (
        "an-official-name-ending-as-a-varying-short-form",
        "",
        "2025年,湛江市城市管理和综合执法局深入学习贯彻习近平法治思想,扎实推进法治政府建设。",
        Place("湛江市城市管理和综合执法局", DEPARTMENT, "广东省", "湛江市"),
    ),
    (
        "the-varying-short-form-alone-after-its-place",
        "",
        "2025年,湛江市综合执法局深入学习贯彻习近平法治思想,扎实推进法治政府建设。",
        Place(None, DEPARTMENT, "广东省", "湛江市"),
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "expected"), [c[1:] for c in DEPARTMENTS], ids=[c[0] for c in DEPARTMENTS]
)
def test_departments_are_named_in_full(finder, title, body, expected):
    place, _ = finder.locate(title, body)
    assert place == expected


def test_a_common_word_district_s_department_needs_its_parent_named(finder):
    body = "2025年以来,城中区应急管理局在区委、区政府的坚强领导下,扎实推进法治政府建设。"
    place, warnings = finder.locate("", body)
    assert (place.region, place.province, place.city) == (None, None, None) and warnings


def test_a_contact_address_is_no_evidence_of_the_reporter(finder):
    body = (
        "现将市人社局2022年法治政府建设情况报告予以公开。如有疑问,请与市人社局法规处联系(地址:"
        "天津市和平区建设路18号;邮编:300040)\n2022年,市人社局坚持依法行政。"
    )
    place, warnings = finder.locate("", body)
    assert place.region != "和平区" and place.level == DEPARTMENT
    assert place.region is None and warnings


ZONES = [
    # (id, title, body, expected place)
    (
        "municipality-stem-kept-as-written",
        "",
        "2021年,在市委、市政府的坚强领导下,北京经济技术开发区坚持以习近平法治思想为指导,坚决"
        "落实本市法治政府建设相关决策部署。",
        Place("北京经济技术开发区", COUNTY, "北京市", None),
    ),
    (
        "information-block-title",
        "",
        "当前位置:首页> 政务公开\n名  称: 天津滨海高新区2021年法治政府建设报告\n发布机构: "
        "天津滨海高新区\n2021年,滨海高新区坚持以习近平法治思想为指导,全面贯彻国家和天津市、"
        "滨海新区有关法治政府建设的工作部署。",
        Place("天津滨海高新区", COUNTY, "天津市", None),
    ),
    (
        "province-stem-and-no-city",
        "贵州双龙航空港经济区2023年度法治政府建设工作情况报告",
        "2023年,贵州双龙航空港经济区(以下简称经济区)坚持以习近平法治思想为指导,深入学习贯彻"
        "省市党代会精神,认真落实省委省政府、市委市政府决策部署。",
        Place("贵州双龙航空港经济区", COUNTY, "贵州省", None),
    ),
    (
        "province-stem-and-its-city-named",
        "",
        "2024年,广西-东盟经济技术开发区(以下简称“广西-东盟经开区”)深入贯彻落实自治区党委、"
        "政府和市委、市政府决策部署。带头深入学习《南宁市重大行政决策程序规定》等法律法规。",
        Place("南宁市广西-东盟经济技术开发区", COUNTY, "广西壮族自治区", "南宁市"),
    ),
    (
        "city-stem-written-after-its-city",
        "",
        "2024年,青岛西海岸新区工委(区委)、管委(区政府)在市委、市政府的坚强领导下,扎实推进法治"
        "政府建设。充分释放《山东省青岛西海岸新区条例》政策叠加效应。",
        Place("青岛西海岸新区", COUNTY, "山东省", "青岛市"),
    ),
    (
        "province-and-city-stems-are-a-place-path-before-the-zone",
        "河北唐山芦台经济开发区管委会2022年度法治政府建设工作报告",
        "唐山市人民政府:\n2022年,芦台经济开发区坚持依法行政,推进法治政府建设。",
        Place("唐山市芦台经济开发区", COUNTY, "河北省", "唐山市"),
    ),
    (
        "province-in-full-and-city-stem-before-the-zone",
        "河北省唐山芦台经济开发区管委会2022年度法治政府建设工作报告",
        "唐山市人民政府:\n2022年,芦台经济开发区坚持依法行政,推进法治政府建设。",
        Place("唐山市芦台经济开发区", COUNTY, "河北省", "唐山市"),
    ),
    (
        "a-zone-s-committee-in-the-title-is-the-zone",
        "四川天府新区成都管理委员会关于2022年度法治政府建设情况的报告",
        "市人民政府:\n现将成都天府新区2022年度法治政府建设情况报告如下。",
        Place("成都天府新区", COUNTY, "四川省", "成都市"),
    ),
    (
        "city-stem-before-a-bare-kind-is-the-zone-s-own-name",
        "",
        "中共郑州航空港经济综合实验区工作委员会\n郑州航空港经济综合实验区管委会\n中共河南省委:\n"
        "2022年,在省委、省政府的领导下,郑州航空港经济综合实验区(以下简称航空港区)坚持依法行政。",
        Place("郑州航空港经济综合实验区", COUNTY, "河南省", "郑州市"),
    ),
    (
        "issuer-lines-with-the-province-in-full",
        "关于2020年度法治政府建设情况的报告",
        "中共陕西省西咸新区工作委员会\n陕西省西咸新区开发建设管理委员会\n关于2020年度法治政府"
        "建设情况的报告\n2020年,西咸新区法治建设工作在省委省政府、市委市政府的正确领导下…",
        Place("西咸新区", COUNTY, "陕西省", None),
    ),
    (
        "report-names-itself",
        "",
        "2025年,在市政府的正确领导下,我区深入学习贯彻习近平法治思想,现将郑东新区2025年度法治"
        "政府建设情况报告如下:\n聚焦《河南省数字经济促进条例》《郑州市地方立法条例》等重点法规。",
        Place("郑州市郑东新区", COUNTY, "河南省", "郑州市"),
    ),
    (
        "no-province-stays-unknown",
        "西咸新区2023年度法治政府建设工作报告",
        "2023年,新区法治政府建设工作以习近平法治思想为指导,围绕全省“三个年”安排部署;新区连续"
        "四年荣获全省“平安区”。",
        Place(None, COUNTY, None, None),
    ),
    (
        "a-zone-as-the-subject-after-several-leadership-clauses-keeps-its-official-name",
        "",
        "2019年,在市委市政府的坚强领导下,在市司法局的悉心指导下,大连长兴岛经济区坚持以习近平"
        "新时代中国特色社会主义思想为指导。",
        Place("大连长兴岛经济区", COUNTY, "辽宁省", "大连市"),
    ),
    (
        "a-tourist-resort-s-working-committee-and-committee",
        "",
        "2024年,三亚亚龙湾国家旅游度假区党工委、管委会坚持依法行政,紧紧围绕市委、市政府部署,"
        "贯彻《海南自由贸易港法》。",
        Place("三亚亚龙湾国家旅游度假区", COUNTY, "海南省", "三亚市"),
    ),
    (
        "a-county-names-a-zone-in-passing",
        "射阳县人民政府关于2021年度法治政府建设情况的报告",
        "2021年,射阳县坚持依法行政,支持射阳经济开发区建设,服务港城新区发展。",
        Place("射阳县", COUNTY, "江苏省", "盐城市"),
    ),
    (
        "a-bare-kind-titled-the-zone-named-in-full-below",
        "经济开发区2023年度法治政府建设情况报告",
        "2023年武清经济开发区在区委、区政府的正确领导下,坚持依法行政。深入学习总书记来津讲话"
        "精神,服务天津高质量发展。",
        Place("武清经济开发区", COUNTY, "天津市", None),
    ),
    (
        "district-stem-before-a-bare-kind-kept-as-written",
        "平城经开区2024年法治政府建设年度报告",
        "2024年,平城经开区坚持依法行政,认真贯彻《山西省优化营商环境条例》。",
        Place("平城经济技术开发区", COUNTY, "山西省", "大同市"),
    ),
    (
        "district-stem-of-another-province-is-not-trusted",
        "东湖高新区2024年法治政府建设年度报告",
        "2024年,东湖高新区坚持依法行政,认真贯彻《湖北省优化营商环境条例》。",
        Place(None, COUNTY, None, None),
    ),
    (
        "a-high-tech-zone-written-short-however-the-title-writes-it",
        "惠州高新技术产业开发区管理委员会2023年法治政府建设年度报告",
        "2023年,惠州高新区坚持以习近平法治思想为指导,认真落实惠州市法治政府建设工作要点。",
        Place("惠州高新区", COUNTY, "广东省", "惠州市"),
    ),
    (
        "a-party-committee-s-words-glued-to-its-zone-are-no-zone-s-name",
        "关于2022年度法治政府建设工作的报告",
        "中共淄博市委淄博高新区工作委员会\n淄博高新技术产业开发区管理委员会\n"
        "2022年,高新区上下深入学习贯彻习近平法治思想,推进依法行政。",
        Place("淄博高新区", COUNTY, "山东省", "淄博市"),
    ),
    (
        "a-zone-s-working-committee-named-after-its-county-s-party-committee",
        "关于2022年度法治政府建设工作的报告",
        "中共沂源县委沂源经济开发区工作委员会\n2022年,开发区上下深入学习贯彻习近平法治思想。",
        Place("沂源经济开发区", COUNTY, "山东省", "淄博市"),
    ),
    (
        "a-zone-of-no-known-place-after-a-party-committee-stays-unknown",  # negative
        "关于2022年度法治政府建设工作的报告",
        "中共某某县委某某开发区工作委员会\n2022年,开发区上下深入学习贯彻习近平法治思想。",
        Place(None, COUNTY, None, None),
    ),
    (
        "a-listed-district-is-no-zone",
        "天津市滨海新区2022年法治政府建设情况报告",
        "2022年,滨海新区坚持依法行政。",
        Place("滨海新区", COUNTY, "天津市", None),
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "expected"), [c[1:] for c in ZONES], ids=[c[0] for c in ZONES]
)
def test_functional_zones_report_as_zones(finder, title, body, expected):
    place, _ = finder.locate(title, body)
    assert place == expected


@pytest.mark.parametrize(
    ("case", "warning"),
    [
        ("province-stem-and-no-city", "functional zone's city not found"),
        ("no-province-stays-unknown", "functional zone's city and province not found"),
    ],
)
def test_a_zone_s_unknown_parents_are_warned_of(finder, case, warning):
    _, title, body, _ = next(c for c in ZONES if c[0] == case)
    _, warnings = finder.locate(title, body)
    assert warning in warnings


@pytest.mark.parametrize(
    ("zone", "is_name"),
    [
        ("淄博高新区", True),
        ("淄博市委淄博高新区", False),  # a party committee's words glued to its zone
        ("某县委某某开发区", False),
        ("某区委某某新区", False),
        ("某某党工委某某园区", False),
    ],
)
def test_a_zone_s_name_holds_no_party_committee(zone, is_name):
    assert zone_grammar().is_name(zone) is is_name


TOWNSHIPS = [
    (
        "township-holding-up-a-banner-below-its-district-s-title-line",
        "绍兴市柯桥区湖塘街道办事处2024年法治政府建设年度报告\n2024年,湖塘街道高举习近平新时代"
        "中国特色社会主义思想伟大旗帜,深入贯彻习近平总书记考察浙江重要讲话精神。",
        Place("湖塘街道", OTHER, "浙江省", "绍兴市"),
    ),
    (
        "district-holding-up-a-banner-is-no-township",
        "2024年,柯桥区高举习近平新时代中国特色社会主义思想伟大旗帜,湖塘街道等各街道协同推进。",
        Place("柯桥区", COUNTY, "浙江省", "绍兴市"),
    ),
    (
        "township-writes-to-its-county-level-city",
        "中共慈溪市委、慈溪市人民政府:\n2022年观海卫镇法治政府建设工作以习近平法治思想为指导,"
        "为全镇社会和谐稳定提供法治保障。",
        Place("观海卫镇", OTHER, "浙江省", "宁波市"),
    ),
    (
        "township-as-a-later-subject",
        "中共渠县县委、渠县人民政府:\n2025年以来,在县委、县政府的坚强领导下,立足全镇经济社会"
        "发展实际。\n一、主要举措\n2025年,宝城镇坚持问题导向,聚焦渠县法治政府建设工作要求。"
        "落实《达州市“八五”普法规划》。",
        Place("宝城镇", OTHER, "四川省", "达州市"),
    ),
    (
        "township-party-and-government-under-their-superiors",
        "2024年以来,在区委、区政府的坚强领导下,青山镇党委、政府坚持依法行政,不断提升全镇法治"
        "水平。贯彻落实总书记视察宁夏重要讲话精神。",
        Place("青山镇", OTHER, "宁夏回族自治区", None),
    ),
    (
        "a-town-in-its-own-voice-named-after-its-county",
        "2023年,我镇坚持以习近平法治思想为指导,根据正定县法治政府建设的有关要求,现将本镇工作"
        "报告如下:\n一、工作总结\n聘请律师担任法律顾问,切实强化正定镇法治建设。",
        Place("正定镇", OTHER, "河北省", "石家庄市"),
    ),
    (
        "a-town-in-its-own-voice-named-where-its-work-lands",
        "2023年,我镇坚持依法行政,传达学习韶关市和乐昌市有关会议精神,部署全镇学习。下一步,我镇"
        "将推动法治建设在坪石镇落地生根。",
        Place("坪石镇", OTHER, "广东省", "韶关市"),
    ),
    (
        "a-county-s-voice-names-a-town-where-work-lands",
        "2023年,乐昌市坚持依法行政,落实韶关市部署,全镇干部学法,推动法治建设在坪石镇落地生根。",
        Place("乐昌市", COUNTY, "广东省", "韶关市"),
    ),
    (
        "a-county-names-its-seat-town-in-passing",
        "2023年,我县坚持依法行政,根据正定县法治政府建设规划,指导正定镇开展法治建设。",
        Place("正定县", COUNTY, "河北省", "石家庄市"),
    ),
    (
        "a-jiedao-speaks-as-a-subject-with-its-party-working-committee",
        "2023年,城东街道坚持依法行政,在区委、区政府的领导下推进法治建设。\n一、主要做法\n"
        "街道党工委带头学法,落实《金华市法治政府建设实施方案》。",
        Place("城东街道", OTHER, "浙江省", "金华市"),
    ),
    (
        "a-jiedao-in-its-own-voice",
        "区委、区政府:\n2024年,我街道坚持依法行政。长坡街道办事处在区委领导下深入推进"
        "法治建设,落实《南宁市法治政府建设规划》。",
        Place("长坡街道", OTHER, "广西壮族自治区", "南宁市"),
    ),
    (
        "township-party-and-government-without-a-separator",
        "区委、区政府:\n2025年,石门镇党委政府坚持依法行政,全镇法治水平提升。落实遵义市部署。",
        Place("石门镇", OTHER, "贵州省", "遵义市"),
    ),
    (
        "a-jiedao-led-by-its-district-no-own-voice",
        "2024年,在区委、区政府的正确领导下,西湖街道始终坚持依法行政,落实《福州市法治政府建设"
        "实施方案》,推进基层法治建设。",
        Place("西湖街道", OTHER, "福建省", "福州市"),
    ),
    (
        "a-town-after-two-leadership-clauses",
        "2025年,在雷州市委、市政府的坚强领导下,在市委依法治市办的精心指导下,客路镇人民政府"
        "坚持依法行政,落实湛江工作要求。",
        Place("客路镇", OTHER, "广东省", "湛江市"),
    ),
    (
        "a-jiedao-before-its-leadership-clause",
        "2024年,城关街道在县委、县政府的坚强领导下,紧密围绕中心工作推进法治建设。落实"
        "《泉州市法治政府建设实施方案》。",
        Place("城关街道", OTHER, "福建省", "泉州市"),
    ),
    (
        "a-town-led-by-its-county-that-goes-on-doing",  # 持续 opens its predicate like 坚持
        "2025年,在县委、县政府的正确领导下,平东镇持续以习近平法治思想为指导,推进乡镇法治建设。"
        "落实《汕尾市法治政府建设实施方案》。",
        Place("平东镇", OTHER, "广东省", "汕尾市"),
    ),
    (
        "a-county-that-goes-on-doing-is-no-township",  # adversarial: 持续 after a county
        "2025年,在市委、市政府的坚强领导下,鹿城区持续深化法治政府建设,推进依法行政。",
        Place("鹿城区", COUNTY, "浙江省", "温州市"),
    ),
    (
        "a-county-led-by-its-city-is-no-township",
        "2024年,在市委、市政府的坚强领导下,鹿城区坚持依法行政,推进法治建设。",
        Place("鹿城区", COUNTY, "浙江省", "温州市"),
    ),
    (
        "a-county-speaks-of-its-jiedao",
        "2023年,鹿城区坚持依法行政。各街道坚持依法决策,街道党工委书记带头学法。",
        Place("鹿城区", COUNTY, "浙江省", "温州市"),
    ),
    (
        "a-jiedao-after-its-year-clause-mid-sentence",
        "根据市、区对法治建设工作的具体部署,2023年,城南街道以学习贯彻习近平法治思想为核心,"
        "落实《温州市法治政府建设实施方案》。今年以来,城南街道党工委带头学法。",
        Place("城南街道", OTHER, "浙江省", "温州市"),
    ),
    (
        "a-town-in-its-own-voice-names-itself-by-a-body-of-its-own",
        "2021年以来,我镇认真落实省委省政府工作部署和市委市政府工作安排,推进法治政府建设。"
        "截至12月31日,东溪镇人民调解委员会受理调解各类矛盾纠纷15起。",
        Place("东溪镇", OTHER, None, None),
    ),
    (
        "a-town-in-its-own-voice-naming-two-towns-bodies-names-none",
        "2021年以来,我镇认真落实省委省政府工作部署。截至12月31日,东溪镇人民调解委员会"
        "受理纠纷15起,协助西岭镇司法所调处纠纷3起。",
        Place(None, OTHER, None, None),
    ),
    (
        "a-town-in-its-own-voice-names-its-party-committee",
        "2022年,我镇坚持以习近平法治思想为指导,全面依法治镇。制定《中共东溪镇委全面依法治镇"
        "委员会办公室关于学习宣传习近平法治思想的工作方案》,纳入镇委党校培训计划。",
        Place("东溪镇", OTHER, None, None),
    ),
    (
        "a-town-naming-two-towns-party-committees-names-none",
        "2022年,我镇坚持依法行政。学习《中共东溪镇委工作方案》,借鉴中共西岭镇委经验。",
        Place(None, OTHER, None, None),
    ),
    (
        "a-county-names-a-town-s-party-committee",
        "2022年,我县坚持依法行政。转发《中共东溪镇委工作方案》,推广全镇经验。",
        Place(None, COUNTY, None, None),
    ),
    (
        "a-jiedao-as-its-first-sentence-s-subject-speaks-of-no-self",
        "2025年,龙岗街道全面贯彻党的二十大精神,紧密围绕区委区政府部署,推动法治政府建设。"
        "通过党工委会议学习习近平法治思想。",
        Place("龙岗街道", OTHER, None, None),
    ),
    (
        "a-jiedao-office-as-its-first-sentence-s-subject",
        "2024年,东湖街道办事处深入学习贯彻习近平法治思想。2024年,街道以建设法治基层政府为目标。",
        Place("东湖街道", OTHER, None, None),
    ),
    (
        "a-town-names-what-it-reports-on",
        "根据《法治政府建设实施纲要》要求,现将石桥镇2020年度法治政府建设情况报告如下:"
        "一、深入贯彻区委区政府的决策部署和镇党委工作要求。",
        Place("石桥镇", OTHER, None, None),
    ),
    (
        "a-county-names-a-town-after-its-first-sentence",
        "2023年,射阳县坚持依法行政,推进法治建设。2023年,合德镇坚持依法决策,建成法治示范镇。",
        Place("射阳县", COUNTY, "江苏省", "盐城市"),
    ),
    (
        "a-county-s-first-sentence-after-a-title-line-names-itself",
        "射阳县2023年法治政府建设年度报告\n2023年,射阳县坚持依法行政。合德镇深入推进普法。",
        Place("射阳县", COUNTY, "江苏省", "盐城市"),
    ),
    (
        "a-town-in-its-own-voice-names-itself-after-its-county",
        "关于2023年法治政府建设情况的报告\n泾县桃花潭镇人民政府\n"
        "2023年,我镇严格按照县委部署,坚持依法行政。",
        Place("桃花潭镇", OTHER, "安徽省", "宣城市"),
    ),
    (
        "a-county-names-a-town-after-itself",  # negative: no town's own voice
        "关于2023年法治政府建设情况的报告\n泾县人民政府\n"
        "2023年,我县严格按照市委部署,指导泾县桃花潭镇依法行政。",
        Place("泾县", COUNTY, "安徽省", "宣城市"),
    ),
    (
        "a-town-naming-two-towns-after-their-county-names-neither",
        "2023年,我镇严格按照县委部署,坚持依法行政,学习泾县桃花潭镇和泾县榔桥镇经验。",
        Place(None, OTHER, None, None),
    ),
    (
        "a-jiedao-as-the-other-name-of-the-zone-it-is-run-together-with",
        "2022年以来,开发区(黄梅街道)坚持以习近平法治思想为指导,深入落实市委、市政府工作要求。",
        Place("黄梅街道", OTHER, None, None),
    ),
    (
        "a-jiedao-in-full-width-brackets-with-its-party-committee",
        "2022年以来,经济开发区（黄梅街道）党工委坚持以习近平法治思想为指导。",
        Place("黄梅街道", OTHER, None, None),
    ),
    (
        "a-zone-and-its-jiedao-named-after-a-county-s-first-sentence",  # negative
        "2022年,射阳县坚持依法行政。经济开发区(合德镇)坚持依法决策,全镇干部学法。",
        Place("射阳县", COUNTY, "江苏省", "盐城市"),
    ),
    (
        "a-county-with-a-town-in-brackets-is-the-county",  # negative: a self-reference
        "2022年,全县(含合德镇)坚持依法行政,射阳县推进法治建设。",
        Place("射阳县", COUNTY, "江苏省", "盐城市"),
    ),
    (
        "a-jiedao-written-without-its-dao-names-itself-in-its-own-document",
        "深入学习习近平总书记对广东重要讲话精神,我街严格按照区委依法治区办印发的《中共广州市"
        "白云区委全面依法治区委员会2020年工作要点》的要求推进法治建设。现将我街法治建设有关工作"
        "情况总结如下:\n我街高度重视法治建设工作,制定《黄石街2020年全面依法治街工作要点》。",
        Place("黄石街道", OTHER, "广东省", "广州市"),
    ),
    (
        "a-jiedao-s-voice-without-its-name-is-no-district",
        "深入学习习近平总书记对广东重要讲话精神,我街严格按照区委依法治区办印发的《中共广州市"
        "白云区委全面依法治区委员会2020年工作要点》的要求推进法治建设。\n我街高度重视法治建设。",
        Place(None, OTHER, "广东省", None),
    ),
    (
        "a-district-citing-a-jiedao-s-document-is-the-district",  # negative: no town's voice
        "2020年,广州市白云区坚持依法行政,指导各街道制定《黄石街2020年全面依法治街工作要点》。",
        Place("白云区", COUNTY, "广东省", "广州市"),
    ),
    (
        "a-county-speaks-of-its-townships",
        "县委、县政府:\n2023年,射阳县坚持依法行政。各乡镇坚持依法决策,全镇干部学法。",
        Place("射阳县", COUNTY, "江苏省", "盐城市"),
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"), [c[1:] for c in TOWNSHIPS], ids=[c[0] for c in TOWNSHIPS]
)
def test_townships_report_as_themselves(finder, body, expected):
    place, _ = finder.locate("", body)
    assert place == expected


def test_a_slogan_stem_must_agree_with_the_province(finder):
    body = (
        "今年以来,在自治区党委、政府坚强领导下,全州各级政府完整准确全面贯彻新时代党的治疆方略,"
        "有力推进法治巴州建设,为新疆高质量发展提供法治保障。"
    )
    place, _ = finder.locate("", body)
    assert place.province != "四川省"  # 巴州区 of 巴中市 is no 新疆 page's place


def test_a_slogan_stem_that_agrees_still_counts(finder):
    body = "2023年,我县坚持依法行政,法治武义建设扎实推进,全县干部学法用法,为浙江发展作贡献。"
    place, _ = finder.locate("", body)
    assert place.region == "武义县" and place.province == "浙江省"


@pytest.mark.parametrize(
    ("organ", "district"),
    [
        ("交通运输局龙岗管理局", "龙岗"),
        ("公安局福田分局", "福田"),
        ("交通运输局", None),  # the bureau itself
        ("龙岗管理局", None),  # no listed bureau before the district
        ("交通运输局分局", None),  # no district named
    ],
)
def test_a_bureau_s_branch_office_is_named_for_its_district(organ, district):
    assert department_names().branch_district(organ) == district


@pytest.mark.parametrize(
    ("organ", "province", "follows"),
    [
        ("教育厅", True, True),
        ("教育局", True, False),  # a province's education department is a 厅
        ("市场监督管理局", True, True),  # no 厅 of that name: a province's bureau
        ("教育局", False, True),
        ("司法厅", False, False),  # below a province no department is a 厅
        ("人民政府办公厅", False, True),
        ("组建行政审批局", False, False),  # a phrase, not a name
        ("发展和改革委员会", None, True),
        ("依法行政工作领导小组办公室", True, False),  # a group's office: no organ
        ("法治政府建设工作小组办公室", False, False),
        ("人民政府办公室", False, True),  # adversarial: an office that is an organ
        # a party committee's committee for the rule of law, and its office: never a reporter
        ("依法治区委员会", False, False),
        ("全面依法治市委员会办公室", False, False),
        ("依法治县办", False, False),
        ("依法治省委员会", True, False),
        ("法制工作委员会", False, True),  # adversarial: a committee whose name holds no 依法治
        ("行政执法局", False, True),  # adversarial: 执法, not 依法治
    ],
    ids=["province-hall", "province-bureau-with-a-hall", "province-bureau", "county-bureau",
         "county-hall", "general-office", "verb-phrase", "commission", "group-office",
         "work-group-office", "government-office", "rule-of-law-committee",
         "rule-of-law-committee-office", "rule-of-law-office", "provincial-rule-of-law-committee",
         "legal-affairs-committee", "law-enforcement-bureau"],
)  # fmt: skip
def test_a_built_department_name_follows_the_organ_grammar(organ, province, follows):
    assert organ_grammar().follows(organ, province) is follows


@pytest.mark.parametrize(
    ("organ", "holds"),
    [
        ("通知公告省应急管理厅", True),  # a menu line glued before another place's department
        ("政务公开市司法局", True),
        ("应急管理厅", False),
        ("城市管理局", False),  # 市 inside a name, no department after it
        ("高新区司法局", False),  # a zone's department: 区 ends the zone's kind
        ("交通运输局龙岗管理局", False),  # a branch office
    ],
)
def test_a_department_s_name_holds_no_other_department(organ, holds):
    assert department_names().holds_another(organ) is holds


def test_a_town_s_voice_naming_two_towns_where_work_lands_names_neither(finder):
    body = (
        "2023年,我镇坚持依法行政,落实韶关市部署。推动法治建设在坪石镇落地生根,"
        "在梅花镇开展普法宣传。"
    )
    place, _ = finder.locate("", body)
    assert place.region not in ("坪石镇", "梅花镇")


@pytest.mark.parametrize(
    ("name", "governs"),
    [
        ("四川天府新区眉山管理委员会", True),
        ("某经济开发区管委会", True),
        ("某市城市管理委员会", False),  # a city's department: no zone's kind before its body
        ("某市国有资产监督管理委员会", False),
        ("某新区司法局", False),  # a zone's department, no governing body
    ],
)
def test_a_zone_s_governing_body_is_known_by_its_kind_and_body(name, governs):
    assert zone_grammar().governs(name) is governs


@pytest.mark.parametrize(
    ("name", "named"),
    [
        ("中梁山街道", True),
        ("一是街道", False),  # 一是街道党工委…: an item's marker, then the kind alone
        ("二是镇", False),
        ("十一是乡", False),
        ("其次镇", False),
        ("最后街道", False),
        ("十里铺镇", True),  # a numeral opens a name, not an item's marker (十是)
        ("海滨街", True),  # a 街道 written without its 道, as its own heading may write it
        ("一是街", False),
        ("全街", False),
    ],
)
def test_an_item_s_marker_opens_no_township_s_name(name, named):
    assert township_voice().is_name(name) is named


@pytest.mark.parametrize(
    ("head", "longest", "expected"),
    [
        ("公示兴化市陶庄", 6, [("兴化市", "陶庄")]),  # a county, then a town's stem
        ("天津市滨海新区新河", 4, [("滨海新区", "新河")]),  # a district of a municipality
        ("黔江区邻鄂", 6, [("黔江区", "邻鄂")]),
        # every county the text ends with before a stem, the shortest stem first
        ("兴化市泰兴市陶庄", 6, [("泰兴市", "陶庄"), ("兴化市", "泰兴市陶庄")]),
        ("兴化市泰兴市陶庄", 4, [("泰兴市", "陶庄")]),  # no stem longer than `longest`
        # adversarial: a county alone, with no stem after it
        ("兴化市", 6, []),
        # adversarial: no county before the stem (人民政府关于桃花潭镇)
        ("人民政府关于桃花潭", 6, []),
        ("陶庄", 6, []),
        ("兴化市陶庄", 1, []),  # a stem is two characters at least
        ("", 6, []),
    ],
)
def test_a_county_is_read_before_each_stem(finder, head, longest, expected):
    assert list(counties_before_stem(head, finder.resolver, longest)) == expected


@pytest.mark.parametrize(
    ("name", "named"),
    [
        ("进一步推动在镇", False),  # 进一步推动在镇法治建设领导小组的统一领导下: a sentence
        ("推动东庄镇", False),  # a verb before the name
        ("依托镇", False),
        ("充分发挥街道", False),  # 充分发挥街道…委员会…作用: a verb, then the kind alone
        ("发挥乡", False),
        ("全面加强镇", False),
        ("工作的镇", False),  # 的, then the kind alone: "the town"
        ("重点是镇", False),
        ("主要对乡", False),
        ("领导下把街道", False),
        ("这以镇", False),
        ("大力在乡", False),
        ("我们的乡村镇", False),  # a long stem holding a function word
        ("东庄镇", True),
        ("乐从镇", True),  # 从, 由, 和 end real names: no function words here
        ("抱由镇", True),
        ("永和镇", True),
        ("伊金霍洛镇", True),  # a long stem without a function word
        ("南华西街道", True),
        ("建设街道", True),
        ("莺歌海镇", True),
    ],
)
def test_a_sentence_s_words_are_no_township_s_name(name, named):
    assert township_voice().is_name(name) is named


@pytest.mark.parametrize(
    ("body", "town"),
    [
        (
            "2024年,在区委、区政府的坚强领导下,我镇坚持依法行政。三是强化工作保障。"
            "进一步推动在镇法治建设领导小组的统一领导下,依托镇平安办开展依法行政工作。",
            None,
        ),
        ("2024年,我镇坚持依法行政。2024年,东庄镇法治建设稳步推进。", "东庄镇"),
    ],
)
def test_a_bare_kind_after_a_sentence_s_words_names_no_reporter(body, town):
    assert township_voice().reporter(body, RegionResolver.from_data()) == town


@pytest.mark.parametrize(
    ("body", "town"),
    [
        ("2024年,我镇坚持依法行政。将法治政府建设纳入了东庄镇发展总体规划。", "东庄镇"),
        ("现将我乡工作报告如下。把法治建设纳入石门乡国土空间规划。", "石门乡"),
        # negative: not in a town's own voice (全县), two towns' plans, no town's name
        ("2024年,全县坚持依法行政。将法治政府建设纳入了东庄镇发展总体规划。", None),
        ("我镇坚持依法行政。纳入了东庄镇发展总体规划和李家镇发展规划。", None),
        ("我镇坚持依法行政。纳入了东庄镇发展总体规划。组织干部赴李家镇学习。", None),
        ("我镇坚持依法行政。纳入了东庄镇发展总体规划。与李家镇签订协议。", None),
        ("我镇坚持依法行政。纳入了东庄镇发展总体规划。全镇各村落实到镇村两级。", "东庄镇"),
        ("我镇坚持依法行政。纳入了东庄镇发展总体规划。推动法治村创建与美丽乡村建设。", "东庄镇"),
        ("我镇坚持依法行政。将法治建设纳入了小城镇发展规划。", None),
        ("我镇坚持依法行政。将法治建设纳入全镇发展规划。", None),
        ("我镇坚持依法行政。将法治建设纳入乡镇发展规划。", None),
        ("我镇坚持依法行政。纳入了东庄镇年度计划。", None),  # no plan of the town's
    ],
)
def test_a_town_s_own_plan_names_the_town_in_its_own_voice(body, town):
    assert township_voice().reporter(body, RegionResolver.from_data()) == town


@pytest.mark.parametrize(
    ("zone", "named"),
    [("珠海市高新区", True), ("一是高新区", False), ("其次开发区", False)],
)
def test_an_item_s_marker_opens_no_zone_s_name(zone, named):
    assert zone_grammar().is_name(zone) is named


@pytest.mark.parametrize(
    ("body", "town"),
    [
        ("一、主要举措\n一是街道党工委、办事处始终把学习作为重要任务,全街道干部参加。", None),
        ("2025年,中梁山街道坚持依法行政,全街道干部学法。", "中梁山街道"),
    ],
)
def test_an_item_s_marker_before_a_township_s_kind_names_no_reporter(body, town):
    assert township_voice().reporter(body, RegionResolver.from_data()) == town


@pytest.mark.parametrize(
    ("body", "town"),
    [
        ("区政府:根据实施纲要的规定和普陀区规划的要求,长征镇依法全面履行政府职能。现将本镇"
         "2023年度法治政府建设工作的主要情况报告如下:", "长征镇"),
        ("根据区委的部署,长征镇依法全面履行政府职能,本镇干部学法。", "长征镇"),
        # negative: a preamble not of what it follows (根据…情况), a town after it is no subject
        ("区政府:根据各镇的情况,长征镇和桃浦镇的干部学法,本镇坚持。", None),
    ],
)  # fmt: skip
def test_a_township_after_the_clause_of_what_it_follows_reports(body, town):
    assert township_voice().reporter(body, RegionResolver.from_data()) == town


@pytest.mark.parametrize(
    ("body", "town"),
    [
        # the year's preamble has no subject: the sentence after it is the first
        (
            "2024年是深入实施“十四五”规划的攻坚之年,也是西兴街道发展的重要之年。"
            "西兴街道始终坚持依法行政。",
            "西兴街道",
        ),
        ("2024年是攻坚之年。西兴街道坚持依法行政。", "西兴街道"),
        # negative: a sentence that is no year's preamble still comes first
        ("2024年,全县各乡镇依法行政。西兴街道坚持依法行政。", None),
        ("2024年是攻坚之年。2024年,全县各乡镇依法行政。西兴街道坚持依法行政。", None),
    ],
)
def test_a_year_s_preamble_is_no_first_sentence(body, town):
    assert township_voice().reporter(body, RegionResolver.from_data()) == town


@pytest.mark.parametrize(
    ("region", "expected"),
    [
        ("浦东新区人力资源和社会保障局(医疗保障局)", "浦东新区人力资源和社会保障局"),
        ("西藏自治区藏语委办(编译局)", "西藏自治区藏语委办"),
        ("荆门市数据局（荆门市营商环境建设局、荆门市行政审批局）", "荆门市数据局"),
        ("浦东新区人力资源和社会保障局", "浦东新区人力资源和社会保障局"),  # one name: as is
        ("黄梅街道", "黄梅街道"),
    ],
)
def test_a_body_with_several_names_is_named_by_its_first(region, expected):
    assert first_name(region) == expected


@pytest.mark.parametrize(
    ("body", "town"),
    [
        ("2025年,在区委、区政府的正确引领下,大码头街道坚定不移地深入学习。", "大码头街道"),
        ("2025年,大码头街道坚定不移推进法治建设。街道党工委严格落实。", "大码头街道"),
        # negative: a verb with no township before it
        ("2025年,在区委、区政府的正确引领下,坚定不移推进法治建设。", None),
    ],
)
def test_a_township_s_firm_resolve_is_its_subject_s_verb(body, town):
    assert township_voice().reporter(body, RegionResolver.from_data()) == town


@pytest.mark.parametrize(
    ("title", "body", "region"),
    [
        # 营商局: 营商环境建设局 in 辽宁, 营商环境建设监督局 in 黑龙江: the name is not guessed
        ("省营商局关于2022年法治政府建设情况的报告", "2022年,辽宁省营商局坚持依法行政。", None),
        # adversarial: the official name written stays
        (
            "辽宁省营商环境建设局关于2022年法治政府建设情况的报告",
            "2022年,辽宁省营商环境建设局坚持依法行政。",
            "辽宁省营商环境建设局",
        ),
    ],
)
def test_a_short_form_of_several_names_names_no_department(finder, title, body, region):
    place, warnings = finder.locate(title, body)
    assert (place.region, place.level) == (region, DEPARTMENT)
    assert any("营商局" in w for w in warnings) == (region is None)


@pytest.mark.parametrize(
    ("text", "organ", "founded"),
    [
        ("组织成立莆田市行政复议咨询委员会。", "行政复议咨询委员会", True),
        ("成立了莆田市行政复议咨询委员会", "行政复议咨询委员会", True),
        ("设立莆田市公共法律服务中心", "公共法律服务中心", True),
        # adversarial: a listed department after 成立 leads the body founded, it is none
        ("成立福州市市场监督管理局法治建设领导小组", "市场监督管理局", False),
        # adversarial: no founding verb before the name
        ("莆田市行政复议咨询委员会召开会议", "行政复议咨询委员会", False),
    ],
)
def test_a_body_set_up_is_named_after_a_founding_verb(text, organ, founded):
    start = text.index("莆田市") if "莆田市" in text else text.index("福州市")
    assert department_names().founded(text, start, organ) is founded


def test_a_body_the_department_sets_up_is_not_the_reporter(finder):
    body = (
        "2022年,我局坚持以习近平法治思想为指导,推进法治莆田建设。持续推进行政复议体制改革,"
        "组织成立莆田市行政复议咨询委员会。我局全年办理行政复议案件214件。"
    )
    place, _ = finder.locate("", body)
    assert place.region != "莆田市行政复议咨询委员会"
    assert place.level == DEPARTMENT


@pytest.mark.parametrize(
    ("organ", "expected"),
    [
        ("市人社局", "市人力资源和社会保障局"),  # once in regions.toml [organs.full_names]
        ("卫健委", "卫生健康委员会"),
        ("政府办", "人民政府办公室"),  # always in organs.toml
        ("人力社保局", "人力资源和社会保障局"),
        ("市文化旅游委", "市文化和旅游发展委员会"),  # 重庆's
        ("文化和旅游发展委员会", "文化和旅游发展委员会"),
        ("文化和旅游局", "文化和旅游局"),  # no 委: not the commission
        ("卫生健康委员会", "卫生健康委员会"),  # already in full
        ("人民政府办公室", "人民政府办公室"),
        ("政务局", "政务局"),  # stands for several: never written in full
        ("司法局", "司法局"),
    ],
)
def test_short_forms_are_written_in_full_from_one_table(organ, expected):
    assert department_names().in_full(organ) == expected


@pytest.mark.parametrize(
    ("region", "body", "expected"),
    [
        # the page writes the name in full: that name
        ("荷塘区文旅体局", "荷塘区文化旅游体育局坚持依法行政", "荷塘区文化旅游体育局"),
        ("始兴县文旅体局", "始兴县文化广电旅游体育局坚持依法行政", "始兴县文化广电旅游体育局"),
        # several full names fit and the page writes none: not the page's to say
        ("荷塘区文旅体局", "我局坚持依法行政", None),
        # one full name fits: that name
        ("某县工信局", "我局坚持依法行政", "某县工业和信息化局"),
        # a name cut in one place may be official (重庆市长寿区交通局): kept
        ("长寿区交通局", "我局坚持依法行政", "长寿区交通局"),
        # an official name or a listed short form: left to the short forms' table
        ("荷塘区文化旅游体育局", "我局", "荷塘区文化旅游体育局"),
        ("上城区市场监管局", "我局", "上城区市场监管局"),
        # another coined form of it after the same place (a publisher line) that fits one name
        ("珠山区文广旅局", "区文广旅局坚持\n珠山区文广新旅局", "珠山区文化广电新闻出版旅游局"),
        # 文广旅局 alone stands for several names (文化广电旅游局, 文化广电新闻出版旅游局 …)
        ("珠山区文广旅局", "区文广旅局坚持依法行政", None),
        # another place's coined form, or one that fits several too, narrows nothing
        ("珠山区文广旅局", "昌江区文广新旅局", None),
        ("珠山区文广旅局", "珠山区文旅局", None),
    ],
)
def test_a_coined_short_form_is_written_in_full_only_when_one_name_fits(region, body, expected):
    found = Place(region, Level.DEPARTMENT, "湖南省", "株洲市"), ()
    place, warnings = department_names().abbreviated(found, body)
    assert place.region == expected
    assert (expected is None) == any("stands for several" in w for w in warnings)


def test_a_government_s_name_is_no_short_form():
    found = Place("荷塘区", Level.COUNTY, "湖南省", "株洲市"), ()
    assert department_names().abbreviated(found, "") == found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("文化旅游广电局党组理论学习中心组", "文化旅游广电局"),  # Inner Mongolia's cities' name
        ("文化广电旅游局2024年", "文化广电旅游局"),
        ("文化和旅游局关于", "文化和旅游局"),
        ("文化旅游融合发展", None),  # adversarial: a phrase, no bureau
    ],
)
def test_the_culture_and_tourism_bureaus_are_departments(text, name):
    assert department_names().at(text) == name


@pytest.mark.parametrize(
    ("short", "name", "expected"),
    [
        ("政务服务", "人民政府政务服务办公室", (2, 5, 6, 7)),  # the first 政 after none
        ("文旅体局", "文化旅游体育局", (0, 2, 4, 6)),
        ("发改局", "发展和改革局", (0, 3, 5)),
        ("", "司法局", ()),
        ("改发局", "发展和改革局", None),  # out of order
        ("卫健委", "卫生健康委员会", (0, 2, 4)),
        ("商务局", "司法局", None),
    ],
)
def test_a_short_names_characters_stand_in_the_full_one_in_order(short, name, expected):
    assert in_order(short, name) == expected


@pytest.mark.parametrize(
    ("title", "opening", "expected"),
    [
        # the title opens with the administration, its year following
        (
            "福建君子峰国家级自然保护区管理局2025年法治政府建设工作报告",
            "",
            "福建君子峰国家级自然保护区管理局",
        ),
        (
            "关于湖南张家界国家森林公园管理处2024年度法治政府建设情况",
            "",
            "湖南张家界国家森林公园管理处",
        ),
        # the opening's subject, after its superiors' leadership
        (
            "",
            "县委、县政府:\n2025年,在县委、县政府的正确领导下,湖北堵河源国家级自然保护区管理局坚持以…",
            "湖北堵河源国家级自然保护区管理局",
        ),
        # adversarial: a province's or a city's own department is no protected area's body
        ("福建省林业局2025年法治政府建设情况报告", "", None),
        ("三明市林业局2025年法治政府建设情况报告", "", None),
        # adversarial: a reserve named in passing, not as a sentence's subject
        ("", "我局指导福建君子峰国家级自然保护区管理局开展执法检查。", None),
        ("", "2025年,我局配合湖北堵河源国家级自然保护区管理局坚持巡护。", None),
    ],
)
def test_a_protected_area_s_administration_reports_from_its_title_or_subject(
    title, opening, expected
):
    assert protected_area_grammar().reporter(title, opening) == expected


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("福建君子峰国家级自然保护区管理局", "福建", "君子峰"),
        ("湖南张家界国家森林公园管理处", "湖南", "张家界"),
        ("四川九寨沟风景名胜区管理局", "四川", "九寨沟"),
        # adversarial: a kind alone after the place has no own name
        ("福建国家级自然保护区管理局", "福建", None),
        # adversarial: a place written in full, or a phrase, is no proper name
        ("福建三明市自然保护区管理局", "福建", None),
        ("福建省级自然保护区管理局", "福建", None),
    ],
)
def test_a_protected_area_s_own_name_stands_between_its_place_and_its_kind(name, head, expected):
    assert protected_area_grammar().own_name(name, head) == expected
