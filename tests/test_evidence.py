"""Who reports, when the title does not say: the whole page weighed (parsing/evidence.py), with
its steps (reporter_clues.py, site_owner.py, township_places.py, zone_places.py,
written_departments.py) and the checks on what it found (reporter_checks.py)."""

from __future__ import annotations

import pytest

from indexer.models import Level, Place
from indexer.parsing.evidence import ReporterFinder
from indexer.parsing.reporter_grammar import addressee_line
from indexer.regions import RegionResolver

COUNTY, CITY, PROVINCE, DEPARTMENT, OTHER = (
    Level.COUNTY, Level.CITY, Level.PROVINCE, Level.DEPARTMENT, Level.OTHER,
)  # fmt: skip


# an opening long enough that the places named after it are no longer in it
_PROSE_WITHOUT_PLACES = "坚持依法决策,健全行政执法制度,规范执法行为。" * 12


@pytest.fixture(scope="module")
def finder() -> ReporterFinder:
    return ReporterFinder.from_data(RegionResolver.from_data())


CASES = [
    # (id, body, source_url, expected place)
    (
        "autonomous-prefecture-short-form",
        "2023年,昌吉州人民政府始终坚持依法行政。",
        None,
        Place("昌吉回族自治州", CITY, "新疆维吾尔自治区", "昌吉回族自治州"),
    ),
    (
        "enshi-short-form",
        "2022年,恩施州坚持依法行政,全州法治政府建设取得新成效。",
        None,
        Place("恩施土家族苗族自治州", CITY, "湖北省", "恩施土家族苗族自治州"),
    ),
    (
        "addressee-is-the-superior",
        "中共红河州委、红河州人民政府:\n2025年,县委、县政府坚持依法行政。印发《金平县述法办法》,"
        "推进《金平县法治政府建设实施方案》落实。",
        None,
        Place("金平苗族瑶族傣族自治县", COUNTY, "云南省", "红河哈尼族彝族自治州"),
    ),
    (
        "ministry",
        "2022年,司法部坚持以习近平新时代中国特色社会主义思想为指导。",
        None,
        Place("司法部", DEPARTMENT, None, None),
    ),
    (
        "ministry-after-superiors",
        "2023年,在党中央坚强领导下,司法部党组深入学习贯彻。",
        None,
        Place("司法部", DEPARTMENT, None, None),
    ),
    (
        "department-in-opening",
        "2023年,东莞市司法局在市委市政府的正确领导下,坚持依法行政。",
        None,
        Place("东莞市司法局", DEPARTMENT, "广东省", "东莞市"),
    ),
    (
        "government-office",
        "2022年,武定县人民政府办公室坚持依法行政。",
        None,
        Place("武定县人民政府办公室", DEPARTMENT, "云南省", "楚雄彝族自治州"),
    ),
    (
        "province-department-without-place",
        "2021年,司法厅坚持依法行政,为建设更高水平的平安四川、法治四川提供有力保障。"
        "筹备召开全省法治政府建设工作会议,推动落实《四川省人民政府2021年度重点工作安排》。",
        None,
        Place("四川省司法厅", DEPARTMENT, "四川省", None),
    ),
    (
        "province-speaks-as-province",
        "2020年,全省各级行政机关坚持依法行政。蒙城县、天长市、黟县3个县(市)入选全国示范。",
        None,
        Place("安徽省", PROVINCE, "安徽省", None),
    ),
    (
        "municipality-lists-a-district",
        "2021年,全市各区、各部门深入推进法治政府建设。全市16个区相继学习,徐汇区加强培训,"
        "黄浦区开展学法,为上海建设国际大都市提供保障。",
        None,
        Place("上海市", PROVINCE, "上海市", None),
    ),
    (
        "city-named-further-down",
        "2024年,我市坚持依法行政。首次编印《武汉法治政府报告》,提请审议《武汉市推进科技创新"
        "中心建设条例》,武汉智能网联汽车测试道路开放里程居全国第一。",
        None,
        Place("武汉市", CITY, "湖北省", "武汉市"),
    ),
    (
        "host-spells-the-county",
        "2024年以来,我县坚持依法行政,全县法治政府建设取得新成效。",
        "https://www.jianhu.gov.cn/art/2025/3/10/art_1.html",
        Place("建湖县", COUNTY, "江苏省", "盐城市"),
    ),
    (
        "county-dept-reports-to-county",
        "县委、县政府:\n2024年以来,教育局坚持依法治教。",
        "https://www.jianhu.gov.cn/art/2025/3/10/art_1.html",
        Place("建湖县教育局", DEPARTMENT, "江苏省", "盐城市"),
    ),
    (
        "thin-evidence-stays-unknown",
        "2020年,我县坚持依法行政,深入贯彻习近平总书记考察安徽重要讲话。",
        None,
        Place(None, COUNTY, "安徽省", None),  # the county unknown; the visit gives its province
    ),
    (
        "host-of-another-level-is-ignored",
        "现将省政府2021年度法治政府建设情况报告如下。",
        "https://www.jianhu.gov.cn/a.html",
        Place(None, PROVINCE, None, None),
    ),
    (
        "autonomous-region-speaks-as-区",
        "2022年,我区坚持依法行政。现将有关情况报告如下:\n一、深入学习\n自治区人民政府把学习贯彻"
        "习近平法治思想作为重大政治任务,编写《法治内蒙古建设发展报告》,推动法治内蒙古建设。",
        None,
        Place("内蒙古自治区", PROVINCE, "内蒙古自治区", None),
    ),
    (
        "district-citing-the-region-stays-a-district",
        "2023年,我区贯彻落实自治区党委部署,全区法治政府建设取得新成效。青秀区坚持依法行政,"
        "青秀区法治建设考评位居南宁市前列。",
        None,
        Place("青秀区", COUNTY, "广西壮族自治区", "南宁市"),
    ),
    (
        "zone-named-without-its-city",
        "市委、市政府:\n2022年,高新区以习近平新时代中国特色社会主义思想为指导,推进法治政府建设。"
        "淇澳线入选为珠海市红色教育路线。",
        None,
        Place("珠海市高新区", COUNTY, "广东省", "珠海市"),
    ),
    (
        "zone-whose-city-is-not-named",
        "2022年,在市委、市政府的正确领导下,大鹏新区坚持依法行政。",
        None,
        Place(None, COUNTY, None, None),
    ),
    ("nothing-at-all", "全面推进依法行政。", None, Place(None, OTHER, None, None)),
    (
        "province-department-after-superiors",
        "在省委、省政府的坚强领导下,省生态环境厅坚持依法行政,推动全省生态环境保护工作。"
        "常态化推进《贵州省生态环境领导干部应知应会法律法规清单》落实,服务贵州高质量发展。",
        None,
        Place("贵州省生态环境厅", DEPARTMENT, "贵州省", None),
    ),
    (
        "province-department-names-itself-further-down",
        "2024年,在生态环境部的关心指导和省委、省政府的坚强领导下,我厅坚持依法行政。"
        "印发《四川省生态环境领域法律法规清单》。修订《四川省生态环境厅行政规范性文件管理办法"
        "实施细则》《四川省生态环境厅拟定地方性法规草案工作规定》。",
        None,
        Place("四川省生态环境厅", DEPARTMENT, "四川省", None),
    ),
    (
        "former-ministry",
        "2017年,原环境保护部深入学习宣传贯彻党的十九大精神,扎实推进法治政府建设。",
        None,
        Place("环境保护部", DEPARTMENT, None, None),
    ),
    (
        "model-county-is-no-place",
        "2019年,县政府以创建法治政府建设示范县为目标,深入推进依法行政。县委组建了中共平利县委"
        "全面依法治县委员会,推进《平利县法治政府建设实施方案》落实。",
        None,
        Place("平利县", COUNTY, "陕西省", "安康市"),
    ),
    (
        "banner-abbreviation",
        "2020年,东乌旗人民政府坚持依法行政,推进全旗法治政府建设。",
        None,
        Place("东乌珠穆沁旗", COUNTY, "内蒙古自治区", "锡林郭勒盟"),
    ),
    (
        "zone-with-its-short-name-in-brackets",
        "2024年,在市委、市政府的坚强领导下,滨海湾新区(以下简称“新区”)始终坚持依法行政。",
        None,
        Place(None, COUNTY, None, None),
    ),
    (
        "province-department-without-its-province",
        "2020年,在省委、省政府的正确领导下,省交通运输厅坚持依法行政,我省执法人员成绩位居全国第一。",
        None,
        Place(None, DEPARTMENT, None, None),
    ),
    (
        "department-short-name-in-opening",
        "2024年以来,上城区市场监管局在区委、区政府的正确领导下,认真落实法治政府建设工作要点。",
        None,
        Place("上城区市场监督管理局", DEPARTMENT, "浙江省", "杭州市"),
    ),
    (
        "province-department-cites-its-provinces-documents",
        "按照《关于做好2021年法治政府建设年度报告的通知》(粤法治办〔2021〕36号)要求,现将我厅"
        "2021年度法治政府建设情况报告如下:",
        None,
        Place(None, DEPARTMENT, "广东省", None),
    ),
    (
        "a-city-does-not-take-a-province-from-a-document-number",
        "按照《关于做好法治政府建设年度报告的通知》(宁法治办〔2021〕3号)要求,我市坚持依法行政。",
        None,
        Place(None, CITY, None, None),
    ),
    (
        "common-word-district-as-subject",
        "2025年,城中区坚持依法行政,为推动西宁在现代化新青海建设中挑大梁提供有力法治保障。",
        None,
        Place("城中区", COUNTY, "青海省", "西宁市"),
    ),
    (
        "common-word-district-without-its-city",
        "2025年,城中区坚持依法行政,法治政府建设取得新成效。",
        None,
        Place(None, OTHER, None, None),
    ),
    (
        "common-word-district-s-rule-of-law-work-as-subject-after-an-index-table",
        "发布日期:2024-02-28\n索引号:C001-0014-2024-0001\n2023年以来,在市委、市政府的正确领导下,"
        "老城区法治政府建设工作坚持以习近平法治思想为指导。围绕法治洛阳建设考核反馈问题积极整改。",
        None,
        Place("老城区", COUNTY, "河南省", "洛阳市"),
    ),
    (
        "common-word-district-s-other-work-is-no-subject",  # negative: 老城区改造工作 is a project
        "2023年以来,在市委、市政府的正确领导下,老城区改造工作坚持以人民为中心。围绕法治洛阳"
        "建设考核反馈问题积极整改。",
        None,
        Place(None, OTHER, "河南省", None),
    ),
    (
        "the-only-division-of-a-common-word-as-subject-speaking-as-one",
        "2023年,城东区始终坚持依法行政,认真落实区委十五届六次全会的决策部署。",
        None,
        Place("城东区", COUNTY, "青海省", "西宁市"),
    ),
    (
        "the-only-division-of-a-common-word-on-a-page-not-speaking-as-one",  # negative
        "2023年,城东区始终坚持依法行政,法治政府建设取得新成效。",
        None,
        Place(None, OTHER, None, None),
    ),
    (
        "a-common-word-two-divisions-bear-speaking-as-one",  # negative: 西宁 or 柳州
        "2025年,城中区坚持依法行政,认真落实区委全会的决策部署。",
        None,
        Place(None, COUNTY, None, None),
    ),
    (
        "the-only-county-named-once",
        "县人大常委会:\n全年组织县政府常务会议学法12次。政府常务会议专题研究《嵩县既有住宅建筑"
        "加装电梯实施办法》等法治事项7项,全县法治政府建设取得新成效。",
        None,
        Place("嵩县", COUNTY, "河南省", "洛阳市"),
    ),
    (
        "a-common-word-is-no-sole-place",
        "2020年,我县认真落实省委市委关于法治政府建设的决策部署和县委关于法治政府建设的工作安排。",
        None,
        Place(None, COUNTY, None, None),
    ),
    (
        "a-city-may-be-county-level-so-one-prefecture-named-once-is-not-enough",
        "2020年,我市坚持依法行政。"
        + "法治政府建设扎实推进。" * 30
        + "考核位居苏州市各县级市第一。",
        None,
        Place(None, CITY, "江苏省", "苏州市"),  # 苏州市 or one of its cities: city known
    ),
    (
        "a-city-speaking-of-the-counties-it-governs-is-its-prefecture",
        "2024年,我市全面贯彻习近平法治思想。督促各县(市、区)落实法治建设责任。"
        + _PROSE_WITHOUT_PLACES
        + "公众对安康市法治政府建设满意度达91.99%。",
        None,
        Place("安康市", CITY, "陕西省", "安康市"),
    ),
    (
        "a-city-naming-no-counties-it-governs-may-be-county-level",  # negative
        "2024年,我市全面贯彻习近平法治思想。督促各乡镇落实法治建设责任。"
        + _PROSE_WITHOUT_PLACES
        + "公众对安康市法治政府建设满意度达91.99%。",
        None,
        Place(None, CITY, "陕西省", "安康市"),
    ),
    (
        "two-places-named-once-are-not-enough",
        "2017年,我市深化改革,在全省率先启动相对集中行政许可权改革工作,将平度市25个事项下放。",
        None,
        Place(None, CITY, "山东省", "青岛市"),  # 青岛市 or 平度市: its city is 青岛市 either way
    ),
    (
        "addressee-and-opening-on-one-line",
        "中共绍兴市委、绍兴市人民政府: 2023年,诸暨市以习近平法治思想为指导,推进法治政府建设。"
        "落实绍兴市部署。",
        None,
        Place("诸暨市", COUNTY, "浙江省", "绍兴市"),
    ),
    (
        "the-subject-led-by-the-city-named-above-it",
        "赣州市人民政府\n\n2023年以来,在市委、市政府的正确领导下,信丰县始终坚持依法行政,"
        "全市法治建设取得新成效。",
        None,
        Place("信丰县", COUNTY, "江西省", "赣州市"),
    ),
    (
        "the-subject-led-by-the-province-named-above-it",
        "浙江省人民政府\n\n2023年,在省委、省政府的坚强领导下,温州市坚持依法行政,"
        "全市法治建设取得新成效。",
        None,
        Place("温州市", CITY, "浙江省", "温州市"),
    ),
    (
        "the-subject-after-two-leadership-clauses",
        "山东省政府门户网站\n\n2017年,在市委、市政府的坚强领导下,在县人大常委会的监督支持下,"
        "乐陵市人民政府以深入贯彻法治政府建设实施纲要为主线,全面推进依法行政。",
        None,
        Place("乐陵市", COUNTY, "山东省", "德州市"),
    ),
    (
        "a-place-inside-the-second-clause-is-no-subject",
        "山东省政府门户网站\n\n2017年,在市委、市政府的坚强领导下,在乐陵市人大常委会的监督下,"
        "全面推进依法行政。",
        None,
        Place("山东省", PROVINCE, "山东省", None),
    ),
    (  # the city found inside the clauses leads (泉州市政府法制办的指导), the county reports
        "the-subject-after-a-clause-naming-its-city",
        "2015年,在市委、市政府及安溪县委的正确领导和泉州市政府法制办的具体指导下,安溪县认真学习"
        "贯彻依法行政实施纲要。",
        None,
        Place("安溪县", COUNTY, "福建省", "泉州市"),
    ),
    (
        "a-clause-naming-a-city-and-no-place-after-it",
        "2015年,在泉州市政府法制办的具体指导下,全县认真学习贯彻依法行政实施纲要。",
        None,
        Place(None, COUNTY, "福建省", "泉州市"),
    ),
    (
        "a-prefecture-s-short-name-led-by-its-province",
        "2024年,在省委、省人民政府的坚强领导下,岳阳深入贯彻习近平法治思想,法治政府建设纵深推进。",
        None,
        Place("岳阳市", CITY, "湖南省", "岳阳市"),
    ),
    (
        "a-word-after-the-clause-is-no-short-name",
        "2024年,在省委、省人民政府的坚强领导下,全市深入贯彻习近平法治思想。",
        None,
        Place(None, CITY, None, None),
    ),
]


@pytest.mark.parametrize(
    ("body", "url", "place"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_reporter_from_the_whole_page(finder, body, url, place):
    assert finder.locate("", body, url)[0] == place


def test_a_zone_title_without_its_place_is_county_level(finder):
    title = "| 东疆综合保税区2025年度法治政府建设情况报告 |"
    place, warnings = finder.locate(title, "2025年,综保区深入贯彻习近平法治思想。")
    assert place == Place(None, COUNTY, None, None)
    assert warnings == ("region not found in the title or the body's opening",)


VISIT_CASES = [
    # (id, body, expected place): a leader's visit or words name the page's province or city
    (
        "a-district-citing-a-visit-to-its-province",
        "2024年,我区法治政府建设工作在区委正确领导下,深入贯彻习近平总书记考察江西重要讲话精神。",
        Place(None, COUNTY, "江西省", None),
    ),
    (
        "a-bureau-citing-its-province-and-city",
        "县委、县政府:\n2024年以来,教育局坚持依法行政,认真贯彻习近平总书记对江苏工作重要讲话精神、"
        "在盐城考察时重要指示精神。",
        Place(None, DEPARTMENT, "江苏省", "盐城市"),
    ),
    (
        "a-province-citing-a-visit-to-itself",
        "2020年,我省坚持依法行政,深入贯彻习近平总书记视察黑龙江重要讲话精神。",
        Place("黑龙江省", PROVINCE, "黑龙江省", None),
    ),
    (
        "visits-to-two-provinces-say-nothing",
        "2024年,我县坚持依法行政,学习总书记考察江西重要讲话和考察浙江重要讲话精神。",
        Place(None, COUNTY, None, None),
    ),
    (
        "a-name-of-two-provinces-says-nothing",  # 海南省, and 海南藏族自治州 in 青海省
        "2024年,我县坚持依法行政,深入贯彻总书记考察海南重要讲话精神。",
        Place(None, COUNTY, None, None),
    ),
    (
        "a-study-trip-to-a-province-is-no-place",
        "2024年,我县坚持依法行政,组织干部在浙江考察学习先进经验。",
        Place(None, COUNTY, None, None),
    ),
    (
        "a-study-visit-is-no-place",
        "2024年,我县坚持依法行政,组织干部考察学习先进经验。",
        Place(None, COUNTY, None, None),
    ),
]


NAMED_CASES = [
    # (id, body, expected place): a government's page whose places all lie in one city
    (
        "places-in-two-cities-say-nothing",
        "2023年,我县坚持依法行政。"
        + "法治政府建设扎实推进。" * 30
        + "学习安吉县经验,借鉴昆山市做法。",
        Place(None, COUNTY, None, None),
    ),
    (
        "a-county-naming-places-of-its-city-further-down",
        "2023年,我县坚持依法行政。"
        + "法治政府建设扎实推进。" * 30
        + "学习安吉县经验,借鉴德清县做法。",
        Place(None, COUNTY, "浙江省", "湖州市"),
    ),
    (
        "a-destination-in-the-opening-is-no-reporter",
        "2023年,我县坚持依法行政,组织干部赴安吉县学习,与昆山市开展执法协作。",
        Place(None, COUNTY, None, None),
    ),
    (
        "a-partner-named-alone-places-nothing",
        "2023年,我市坚持依法行政。"
        + "法治政府建设扎实推进。" * 30
        + "对口帮扶百色市,赴安吉县学习。",
        Place(None, CITY, None, None),
    ),
    (
        "partners-named-twice-further-down-are-not-weighed",
        _PROSE_WITHOUT_PLACES
        + "打造全市首家区级调解学院。与保定市建立行政执法协调监督合作机制,"
        + "与保定市、雄安新区签订人民调解工作协同发展协议。",
        Place(None, CITY, None, None),
    ),
    (
        "its-own-city-named-twice-further-down-is-weighed",
        "2023年,我市坚持依法行政。"
        + "法治政府建设扎实推进。" * 30
        + "保定市法治建设稳步推进,保定市营商环境持续优化。",
        Place("保定市", CITY, "河北省", "保定市"),
    ),
    (
        "a-bureau-naming-a-partner-city-is-not-placed-by-it",
        "2023年以来,区市场监管局坚持依法行政,与四川省广安市联合执法查办案件1件。",
        Place(None, DEPARTMENT, None, None),
    ),
    (
        "a-title-holding-yu-hides-no-bureau-named-after-it",
        "根据《法治政府建设与责任落实督察工作规定》要求,区教育局认真对照考核标准,现对我局"
        "2019年度法治政府建设工作情况总结如下:\n2019年度,武清区教育局深入学习贯彻"
        "《法治政府建设实施纲要(2015-2020年)》。",
        Place("武清区教育局", DEPARTMENT, "天津市", None),
    ),
]


@pytest.mark.parametrize(
    ("body", "place"), [c[1:] for c in NAMED_CASES], ids=[c[0] for c in NAMED_CASES]
)
def test_the_places_a_government_names_give_its_city_only_when_they_agree(finder, body, place):
    assert finder.locate("", body)[0] == place


CITED_CASES = [
    # (id, body, expected place): a government follows its own province's and city's documents
    (
        "a-bureau-citing-its-provinces-outline",
        "2022年,我局全面贯彻习近平法治思想,认真落实《广东省法治政府建设实施纲要》等文件要求。",
        Place(None, DEPARTMENT, "广东省", None),
    ),
    (
        "a-district-citing-its-citys-plan",
        "2023年,我区坚持依法行政,落实《青岛市营商环境优化提升三年行动规划(2022—2024年)》。",
        Place(None, COUNTY, "山东省", "青岛市"),
    ),
    (
        "a-province-citing-its-own-documents-is-that-province",
        "2023年,省政府坚持依法行政,贯彻《湖南省法治政府建设实施纲要》,推进法治湖南建设。",
        Place("湖南省", PROVINCE, "湖南省", None),
    ),
    (
        "documents-of-two-provinces-say-nothing",
        "2023年,我局坚持依法行政,学习《广东省法治政府建设实施纲要》和《浙江省数字政府条例》。",
        Place(None, DEPARTMENT, None, None),
    ),
    (
        "a-province-takes-no-city-from-a-citys-document",
        "2023年,省政府坚持依法行政,推广《青岛市营商环境优化提升三年行动规划》经验。",
        Place("山东省", PROVINCE, "山东省", None),
    ),
]


@pytest.mark.parametrize(
    ("body", "place"), [c[1:] for c in CITED_CASES], ids=[c[0] for c in CITED_CASES]
)
def test_cited_documents_give_the_province_when_nothing_else_does(finder, body, place):
    assert finder.locate("", body)[0] == place


@pytest.mark.parametrize(
    ("body", "place"), [c[1:] for c in VISIT_CASES], ids=[c[0] for c in VISIT_CASES]
)
def test_a_leaders_visit_gives_the_province_when_nothing_else_does(finder, body, place):
    assert finder.locate("", body)[0] == place


SLOGAN_CASES = [
    # (id, body, expected place): 法治武义 names the reporter's own place (or one around it)
    (
        "a-county-named-only-in-its-slogan",
        "2022年以来,在市委市政府和县委的坚强领导下,县政府坚持依法行政。"
        "(一)聚力统筹协调,法治武义建设再上台阶。落实金华市争创示范市的工作要求。",
        Place("武义县", COUNTY, "浙江省", "金华市"),
    ),
    (
        "a-stem-two-divisions-share-names-none",  # 滨海县 (江苏), 滨海新区 (天津)
        "2022年,我县坚持依法行政,法治滨海建设再上台阶。",
        Place(None, COUNTY, None, None),
    ),
    (
        "a-stem-that-is-a-word-there-names-none",  # 惠民县 (山东), 法治惠民工程
        "2022年,我县坚持依法行政,实施法治惠民工程。",
        Place(None, COUNTY, None, None),
    ),
    (
        "a-province-slogan-gives-the-province-only",
        "2022年,我县坚持依法行政,为建设更高水平的法治浙江贡献力量。",
        Place(None, COUNTY, "浙江省", None),
    ),
    (
        "slogans-of-two-provinces-say-nothing",
        "2022年,我县坚持依法行政,学习平安浙江、法治广东的经验。",
        Place(None, COUNTY, None, None),
    ),
    (
        "a-slogan-of-another-level-is-no-reporter",  # 我市: 武义县 is no city
        "2022年,我市坚持依法行政,法治武义建设经验在全市推广。",
        Place(None, CITY, "浙江省", "金华市"),
    ),
    (
        "a-stem-shared-in-one-city-gives-its-city-only",  # 岳阳市, 岳阳县: both in 岳阳市
        "2022年,我局认真履职,为全面提升法治岳阳水平贡献力量。",
        Place(None, DEPARTMENT, "湖南省", "岳阳市"),
    ),
]

CITY_BUREAU_CASES = [
    # (id, body, expected place): 市XX局 whose city the slogans or cited titles name itself
    (
        "a-city-slogan-names-the-city-bureau",  # 岳阳市, 岳阳县: 市 is 岳阳市
        "2022年,市退役军人事务局认真履职,为全面提升法治岳阳水平贡献力量。",
        Place("岳阳市退役军人事务局", DEPARTMENT, "湖南省", "岳阳市"),
    ),
    (
        "a-cited-city-document-names-the-city-bureau",  # short form written in full
        "2023年,市人社局坚持依法行政,贯彻《三门峡市法治政府建设实施方案》。",
        Place("三门峡市人力资源和社会保障局", DEPARTMENT, "河南省", "三门峡市"),
    ),
    (
        "a-county-level-city-named-too-may-be-the-bureaus",  # 汨罗市 writes 市XX局 as well
        "2022年,市退役军人事务局认真履职,为法治岳阳贡献力量,落实《汨罗市法治建设规划》。",
        Place(None, DEPARTMENT, "湖南省", "岳阳市"),
    ),
    (
        "a-district-document-gives-its-city-only",  # 澄海区 in 汕头市: the city is not named
        "2024年,市退役军人事务局坚持依法行政,贯彻《澄海区法治政府建设实施方案》。",
        Place(None, DEPARTMENT, "广东省", "汕头市"),
    ),
    (
        "a-district-bureau-takes-no-city",  # 区XX局 under 法治岳阳: a district's, not the city's
        "2022年,区退役军人事务局认真履职,为全面提升法治岳阳水平贡献力量。",
        Place(None, DEPARTMENT, "湖南省", "岳阳市"),
    ),
    (
        "a-bureau-without-its-name-takes-no-name",  # 我局: the city only
        "2023年,我局坚持依法行政,贯彻《三门峡市法治政府建设实施方案》。",
        Place(None, DEPARTMENT, "河南省", "三门峡市"),
    ),
    (
        "a-municipality-named-gives-its-city-bureau",  # 上海市 has no city below it
        "2024年,市应急局坚持依法行政,落实《上海市法治政府建设规划(2021-2025年)》。",
        Place("上海市应急管理局", DEPARTMENT, "上海市", None),
    ),
    (
        "a-following-clause-may-open-before-the-bureau",  # 根据…规定,市应急局对照…
        "市委、市政府:\n根据《2024年上海市法治政府建设工作要点》有关规定,市应急局对照"
        "《上海市法治政府建设规划(2021-2025年)》有关要求,全面梳理总结2024年工作。",
        Place("上海市应急管理局", DEPARTMENT, "上海市", None),
    ),
    (
        "a-bureau-named-after-a-rule-with-no-verb-is-no-subject",  # 市应急局的: not its subject
        "市委、市政府:\n根据《2024年上海市法治政府建设工作要点》有关规定,市应急局的职责"
        "调整后,全面梳理总结2024年工作。",
        Place(None, OTHER, "上海市", None),
    ),
    (
        "a-province-named-gives-no-city-bureau",  # 浙江省 is no municipality: whose 市?
        "2024年,市应急局坚持依法行政,落实《浙江省法治政府建设规划(2021-2025年)》。",
        Place(None, DEPARTMENT, "浙江省", None),
    ),
]


@pytest.mark.parametrize(
    ("body", "place"), [c[1:] for c in CITY_BUREAU_CASES], ids=[c[0] for c in CITY_BUREAU_CASES]
)
def test_a_city_bureau_takes_the_city_its_slogans_or_titles_name(finder, body, place):
    assert finder.locate("", body)[0] == place


@pytest.mark.parametrize(
    ("body", "place"), [c[1:] for c in SLOGAN_CASES], ids=[c[0] for c in SLOGAN_CASES]
)
def test_a_slogan_names_the_reporters_place(finder, body, place):
    assert finder.locate("", body)[0] == place


_PARAGRAPH = "(一)严格规范公正文明执法,推进法治政府建设。" * 20  # the opening ends before it ends
SIGNATURE_CASES = [
    # (id, body, expected place): the issuer signed above the closing date
    (
        "a-bureau-signed",
        "2023年,我局坚持依法行政。\n一、主要做法\n(一)严格执法。\n绍兴市生态环境局\n2024年1月29日",
        Place("绍兴市生态环境局", DEPARTMENT, "浙江省", "绍兴市"),
    ),
    (
        "a-committee-and-government-signed",
        "2024年,我县坚持依法行政。\n中共浚县县委  浚县人民政府\n2025年3月28日",
        Place("浚县", COUNTY, "河南省", "鹤壁市"),
    ),
    (
        "a-date-in-words",
        "2023年,我市坚持依法行政。\n鹤岗市人民政府\n二〇二四年三月十五日",
        Place("鹤岗市", CITY, "黑龙江省", "鹤岗市"),
    ),
    (
        "a-site-owner-line-is-no-signature",
        "2023年,我市坚持依法行政。\n"
        + _PARAGRAPH
        + "\n主办:鹤岗市人民政府办公室 版权所有\n2024年3月15日",
        Place(None, CITY, None, None),
    ),
    (
        "an-issuer-without-a-date-is-no-signature",
        "2023年,我局坚持依法行政。\n" + _PARAGRAPH + "\n联系单位:绍兴市生态环境局",
        Place(None, DEPARTMENT, None, None),
    ),
]


@pytest.mark.parametrize(
    ("body", "place"), [c[1:] for c in SIGNATURE_CASES], ids=[c[0] for c in SIGNATURE_CASES]
)
def test_the_signature_names_the_reporter(finder, body, place):
    found = finder.locate("", body)[0]
    assert (found.region, found.level) == (place.region, place.level)
    assert place.region is None or found == place


PROVINCE_CASES = [
    # (id, body, expected place): a province's report that names one place inside it, once
    (
        "a-province-named-by-the-one-place-inside-it",
        "2020年,我省坚持依法行政。省委、省政府高度重视法治政府建设工作,"
        "密山市被中央依法治国办命名为全国法治政府建设示范市。",
        Place("黑龙江省", PROVINCE, "黑龙江省", None),
    ),
    (
        "a-short-name-inside-a-word-is-no-place",  # 长治 in 长治久安
        "2020年,我省坚持依法行政,维护社会长治久安。",
        Place(None, PROVINCE, None, None),
    ),
    (
        "places-in-two-provinces-say-nothing",
        "2020年,我省坚持依法行政,密山市获评示范市,学习安吉县经验。",
        Place(None, PROVINCE, None, None),
    ),
]


@pytest.mark.parametrize(
    ("body", "place"), [c[1:] for c in PROVINCE_CASES], ids=[c[0] for c in PROVINCE_CASES]
)
def test_a_province_named_only_by_a_place_inside_it(finder, body, place):
    assert finder.locate("", body)[0] == place


ZONE_CASES = [
    # (id, title, body, expected place)
    (
        "zone-subject-in-a-municipality",
        "",
        "2024年,在市委、市政府和区委、区政府的正确领导下,东疆综保区坚持以习近平法治思想为指导,"
        "严格落实《天津市法治政府建设实施纲要(2021-2025)》有关要求。",
        Place("天津市东疆综合保税区", COUNTY, "天津市", None),
    ),
    (
        "zone-title-and-the-city-the-page-names",
        "滨海湾新区2024年法治政府建设年度报告",
        "2024年,新区坚持依法行政,落实《东莞市法治政府建设实施方案》,东莞市委部署落地见效。",
        Place("东莞市滨海湾新区", COUNTY, "广东省", "东莞市"),
    ),
    (
        "a-zones-department-is-no-zone",
        "高新区市场监管局关于2023年法治政府建设情况的报告",
        "2023年,我局坚持依法行政,落实《东莞市法治政府建设实施方案》,东莞市委部署落地见效。",
        Place("东莞市高新区市场监督管理局", DEPARTMENT, "广东省", "东莞市"),
    ),
    (
        "zone-naming-a-municipality-and-a-city-once-each",
        "",
        "2024年,高新区坚持依法行政,学习《北京市优化营商环境条例》和《东莞市法治政府建设实施方案》。",
        Place(None, COUNTY, None, None),
    ),
    (
        "zone-naming-its-province-only",
        "",
        "2024年,高新区坚持依法行政,落实《广东省法治政府建设实施纲要》。",
        Place(None, COUNTY, None, None),
    ),
    (
        "zone-titled-by-its-own-name-in-the-province-of-a-visit",
        "火炬高新区(中山港街道)2025年法治政府建设年度报告",
        "2025年是收官之年。火炬高新区坚持依法行政,践行习近平总书记视察广东系列重要讲话精神。",
        Place("火炬高新区", COUNTY, "广东省", None),
    ),
    (
        "zone-titled-by-its-kind-alone-in-the-province-of-a-visit",
        "高新区2025年法治政府建设年度报告",
        "2025年是收官之年。高新区坚持依法行政,践行习近平总书记视察广东系列重要讲话精神。",
        Place(None, COUNTY, None, None),
    ),
    (
        "zone-titled-by-its-own-name-in-no-province-named",
        "火炬高新区2025年法治政府建设年度报告",
        "2025年,火炬高新区坚持依法行政,落实省委、市委要求。",
        Place(None, COUNTY, None, None),
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "place"), [c[1:] for c in ZONE_CASES], ids=[c[0] for c in ZONE_CASES]
)
def test_a_functional_zone_takes_the_one_city_or_municipality_named(finder, title, body, place):
    assert finder.locate(title, body)[0] == place


TOWNSHIPS = [
    (
        "jiedao-after-the-year-in-the-title",
        "2024年度江湾街道法治政府建设工作报告",
        "区法治政府建设工作领导小组办公室:\n2024年,江湾街道坚持依法行政,落实《2024年虹口区法治"
        "政府建设工作要点》。",
        Place("江湾街道", OTHER, "上海市", None),
    ),
    (
        "a-county-after-the-year-is-no-township",  # adversarial: the pattern needs a township
        "2024年度泾县法治政府建设工作报告",
        "2024年,泾县坚持依法行政。",
        Place("泾县", COUNTY, "安徽省", "宣城市"),
    ),
    (
        "township-and-the-city-the-page-names",
        "六郎镇2024年法治政府建设年度报告",
        "2024年,在区委、区政府的领导下,我镇深入推进法治建设,成立芜湖市首家诉源治理工作站。",
        Place("六郎镇", OTHER, "安徽省", "芜湖市"),
    ),
    (
        "township-after-its-county",
        "泾县桃花潭镇人民政府关于2023年度法治政府建设情况的报告",
        "2023年,我镇坚持依法行政。",
        Place("桃花潭镇", OTHER, "安徽省", "宣城市"),
    ),
    (
        "township-naming-no-place",
        "六郎镇2024年法治政府建设年度报告",
        "2024年,我镇深入推进法治建设。",
        Place("六郎镇", OTHER, None, None),
    ),
    (
        "township-government-without-a-year",
        "桃花潭镇人民政府法治政府建设年度报告",
        "我镇坚持依法行政。",
        Place("桃花潭镇", OTHER, None, None),
    ),
    (
        "jiedao-office-of-a-district-government",
        "广州市越秀区人民政府北京街道办事处关于2024年度法治政府建设情况的报告",
        "今年以来,北京街道办事处以习近平法治思想为指导。",
        Place("北京街道", OTHER, "广东省", "广州市"),
    ),
    (
        "jiedao-office-without-its-government",
        "泾县城关街道办事处2023年度法治政府建设情况报告",
        "2023年,我街道坚持依法行政。",
        Place("城关街道", OTHER, "安徽省", "宣城市"),
    ),
    (
        "township-after-its-county-inside-a-longer-title",
        "2023年度报告公示泾县桃花潭镇人民政府2023年度法治政府建设情况报告",
        "我镇坚持依法行政。",
        Place("桃花潭镇", OTHER, "安徽省", "宣城市"),
    ),
    (
        "township-after-its-district-with-a-space-before-guanyu",
        "重庆市江津区白沙镇人民政府 关于2024年度法治政府建设情况的报告",
        "2024年,我镇坚持依法行政。",
        Place("白沙镇", OTHER, "重庆市", None),
    ),
    (
        "township-inside-a-longer-title-with-a-space-before-guanyu",
        "2023年度报告公示泾县桃花潭镇人民政府 关于2023年度法治政府建设情况的报告",
        "我镇坚持依法行政。",
        Place("桃花潭镇", OTHER, "安徽省", "宣城市"),
    ),
    (
        "a-county-s-report-on-its-towns-is-the-county-s",
        "泾县人民政府关于桃花潭镇2023年度法治建设的通报",
        "2023年,我县坚持依法行政。",
        Place("泾县", COUNTY, "安徽省", "宣城市"),
    ),
    (
        "a-phrase-ending-in-xiang-is-no-township",
        "统筹城乡法治建设工作总结",
        "2023年,我县坚持依法行政。",
        Place(None, COUNTY, None, None),
    ),
    (
        "township-after-its-county-in-a-table-row-title",
        "| 泾县桃花潭镇2023年度法治政府建设情况报告 |",
        "2023年,我镇坚持依法行政。",
        Place("桃花潭镇", OTHER, "安徽省", "宣城市"),
    ),
    (
        "a-county-in-a-table-row-title-is-no-township",  # negative: the bars make no township
        "| 泾县2023年度法治政府建设情况报告 |",
        "2023年,我县坚持依法行政。",
        Place("泾县", COUNTY, "安徽省", "宣城市"),
    ),
    (
        "a-city-short-name-is-no-township",
        "景德镇2022年法治政府建设年度报告",
        "2022年,我市坚持依法行政。",
        Place(None, CITY, None, None),  # a bare short name in a title is not enough either
    ),
    (
        "a-former-district-in-a-cited-document-gives-the-province",  # 江北区: former in the list
        "",
        "2022年,寸滩街道坚持依法行政。根据《中共重庆市江北区委全面依法治区委员会2022年工作要点》要求。",
        Place("寸滩街道", OTHER, "重庆市", None),
    ),
    (
        "a-newspaper-that-reported-the-work-places-nothing",
        "",
        "2023年,杜桥镇坚持依法行政。镇综合执法队的做法被《浙江法制报》报道。",
        Place("杜桥镇", OTHER, None, None),
    ),
    (
        "a-place-named-outside-a-newspaper-s-title-still-places-it",  # negative
        "",
        "2023年,桃花潭镇坚持依法行政。落实《泾县…方案》,做法被《安徽日报》报道。",
        Place("桃花潭镇", OTHER, "安徽省", "宣城市"),
    ),
    (
        "a-current-place-outranks-a-former-one",  # negative: the former 江北区 gives nothing
        "",
        "2022年,寸滩街道坚持依法行政。落实《重庆市江北区…要点》和《泾县…方案》。",
        Place("寸滩街道", OTHER, "安徽省", "宣城市"),
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "place"), [c[1:] for c in TOWNSHIPS], ids=[c[0] for c in TOWNSHIPS]
)
def test_a_township_reports_at_level_other(finder, title, body, place):
    assert finder.locate(title, body)[0] == place


_A_STREET_S_BODY = "2020年,在区委、区政府的领导下,海滨街严格依法行政。推送“海滨街道致居民的信”。"
_NEVER_IN_FULL = "2020年,在区委、区政府的领导下,海滨街严格依法行政。"
_A_STREET_S_ROAD = "2020年,我区在步行街开展普法。步行街道路两旁设立展板。"


@pytest.mark.parametrize(
    ("title", "body", "region"),
    [
        ("海滨街 2020 年法治政府建设情况报告", _A_STREET_S_BODY, "海滨街"),
        ("海滨街2020年法治政府建设情况.docx", _A_STREET_S_BODY, "海滨街"),
        # negative: the page never writes 海滨街道, so 海滨街 may be a street
        ("海滨街 2020 年法治政府建设情况报告", _NEVER_IN_FULL, None),
        # negative: 步行街道路 is a street's road, not a 街道
        ("步行街2020年法治宣传情况", _A_STREET_S_ROAD, None),
    ],
    ids=["heading", "file-name", "never-written-in-full", "a-street-s-road"],
)
def test_a_jiedao_titled_without_its_dao_is_written_as_its_title_writes_it(
    finder, title, body, region
):
    assert finder.locate(title, body)[0].region == region


_A_DISTRICT_S_STREET = "2023年,新河街坚持依法行政。现将我街工作报告如下。新河街道高度重视法治建设。"


@pytest.mark.parametrize(
    ("title", "body", "region"),
    [
        ("天津市滨海新区新河街2023年度法治政府建设情况报告", _A_DISTRICT_S_STREET, "新河街道"),
        ("滨海新区新河街2023年法治政府建设情况报告", _A_DISTRICT_S_STREET, "新河街道"),
        # negative: the page never writes 新河街道, so 新河街 may be a street's name
        ("天津市滨海新区新河街2023年度法治政府建设情况报告", "2023年,新河街坚持依法行政。", None),
        # negative: no county-level division before the name
        ("关于新河街2023年度法治政府建设情况报告", "2023年,新河街坚持依法行政。", None),
    ],
    ids=["after-its-district-and-city", "after-its-district", "never-in-full", "no-county"],
)
def test_a_jiedao_titled_after_its_county_without_its_dao_reports(finder, title, body, region):
    place = finder.locate(title, body)[0]
    assert place.region == region
    assert place.region is None or place.level == Level.OTHER


@pytest.mark.parametrize(
    "lead",
    ["? ? ? ", "？？", "\ufffd\ufffd ", ""],
    ids=["question-marks", "full-width", "replacement-characters", "none"],
)
def test_characters_lost_before_the_opening_are_not_read(finder, lead):
    body = (
        f"{lead}2024年,在县委、县政府的领导下,在县委依法治县办的指导下,金鸡镇始终坚持依法行政,"
        "落实重庆市、忠县实施方案。现将我镇2024年度法治政府建设情况汇报如下:"
    )
    assert finder.locate("", body)[0] == Place("金鸡镇", OTHER, "重庆市", None)


def test_a_townships_site_places_it(finder):
    title = "下洋镇2023年法治政府建设年度报告"
    body = "2023年以来,下洋镇坚持依法行政,严格落实中央、省、市部署。"
    place, _ = finder.locate(title, body, "http://www.xuwen.gov.cn/xxgk/a.html")
    assert place == Place("下洋镇", OTHER, "广东省", "湛江市")


@pytest.mark.parametrize(
    ("furniture", "place"),
    [
        (["发布时间:2024-03-01 信息来源:溆浦县水宽乡"], Place("水宽乡", OTHER, "湖南省", "怀化市")),
        (["發布時間:2024-03-01 信息來源:溆浦縣水寬鄉"], Place("水宽乡", OTHER, "湖南省", "怀化市")),
        (["信息来源:本站"], Place("水宽乡", OTHER, None, None)),
        (["发布时间:2024-03-01"], Place("水宽乡", OTHER, None, None)),
        # its county's column in the site's breadcrumb (首页 > 溆浦县水宽乡 > 政务公开)
        (
            ["当前位置: 首页 > 溆浦县水宽乡 > 政务公开 > 通知公告"],
            Place("水宽乡", OTHER, "湖南省", "怀化市"),
        ),
        (
            ["首页 > 溆浦县人民政府门户网站 > 专题专栏 > 2023年"],
            Place("水宽乡", OTHER, "湖南省", "怀化市"),
        ),
        (["溆浦县人民政府门户网站"], Place("水宽乡", OTHER, None, None)),  # a line, no breadcrumb
    ],
    ids=[
        "publisher-names-the-county",
        "in-traditional-characters",
        "no-place",
        "no-publisher",
        "breadcrumb-county-column",
        "breadcrumb-county-portal",
        "a-site-name-alone",
    ],
)
def test_a_townships_publisher_line_places_it(finder, furniture, place):
    title = "水宽乡2023年法治政府建设年度报告"
    body = "2023年,我乡坚持依法行政,全乡法治水平提升。"
    assert finder.locate(title, body, None, furniture)[0] == place


def test_title_still_wins(finder):
    place, warnings = finder.locate("黔西南州人民政府关于2020年度法治政府建设情况的报告", "我市…")
    assert place == Place("黔西南布依族苗族自治州", CITY, "贵州省", "黔西南布依族苗族自治州")
    assert warnings == ()


def test_inferred_places_say_so(finder):
    _, warnings = finder.locate("", CASES[10][1])
    assert warnings == ("region inferred from the places the page names",)
    _, warnings = finder.locate("", CASES[11][1], CASES[11][2])
    assert warnings == ("region inferred from the site (its web address or organiser line)",)


def test_the_sites_organiser_line_is_evidence(finder):
    body = "2024年以来,我县坚持依法行政,全县法治政府建设取得新成效。"
    furniture = ["主办单位:江苏省建湖县人民政府办公室 网站标识码:3209250001"]
    place, warnings = finder.locate("", body, None, furniture)
    assert place == Place("建湖县", COUNTY, "江苏省", "盐城市")
    assert warnings == ("region inferred from the site (its web address or organiser line)",)


@pytest.mark.parametrize(
    ("furniture", "place"),
    [
        (["来源:炉霍县人民政府"], Place("炉霍县", COUNTY, "四川省", "甘孜藏族自治州")),
        (["來源:爐霍縣人民政府"], Place("炉霍县", COUNTY, "四川省", "甘孜藏族自治州")),
        (["发布机构: | 炉霍县人民政府 | 发布日期: | 2022-03-01 |"],
         Place("炉霍县", COUNTY, "四川省", "甘孜藏族自治州")),
        # a prefecture's publisher line names no county that says 我县
        (["来源:甘孜藏族自治州人民政府"], Place(None, COUNTY, "四川省", "甘孜藏族自治州")),
        (["来源:本站"], Place(None, COUNTY, "四川省", "甘孜藏族自治州")),
    ],
    ids=["names-the-county", "in-traditional-characters", "in-a-table-s-cell",
         "names-its-prefecture", "no-place"],
)  # fmt: skip
def test_the_publisher_line_is_evidence(finder, furniture, place):
    body = (
        "州法治政府建设工作领导小组办公室:\n在州委、州政府的坚强领导下,我县坚持依法行政。按照"
        "《甘孜藏族自治州人民政府2021年度法治政府建设重点工作安排》,结合我县工作实际,现报告如下:"
    )
    assert finder.locate("", body, None, furniture)[0] == place


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        (
            "Original text of the county's report, retrieved before it was taken down. " * 6,
            "炉霍县",
        ),
        ("http://www.example.org/a/b.shtml\n" * 10, "炉霍县"),
        ("", "炉霍县"),
        # a line in Chinese first: the opening is the page's own
        ("转载说明:" + "原文已删除," * 60 + "\n", None),
    ],
    ids=["an-english-note", "bare-addresses", "none", "a-chinese-line-first"],
)
def test_lines_before_the_first_in_chinese_are_not_the_opening(finder, lead, place):
    body = lead + "\n关于2021年度法治政府建设工作情况报告\n2021年,炉霍县坚持依法行政。"
    assert finder.locate("", body)[0].region == place


@pytest.mark.parametrize(
    ("furniture", "url"),
    [
        # the site's keeper (运行维护) is its prefecture's; the owner is the county-level city
        (["版权所有:河南省新密市人民政府 运行维护:郑州市电子政务外网运维中心"], None),
        # the owner named twice, and again by the web address: one place, not three
        (
            ["版权所有:新密市人民政府 主办单位:新密市人民政府办公室 技术支持:郑州市大数据局"],
            "http://www.xinmi.gov.cn/a.html",
        ),
    ],
)
def test_the_site_owner_not_its_keeper(finder, furniture, url):
    body = "2021年,我市坚持依法行政,全市法治政府建设取得新成效。"
    place, _ = finder.locate("", body, url, furniture)
    assert place == Place("新密市", COUNTY, "河南省", "郑州市")


_SAYS_MY_BUREAU = "现将我局2022年度法治政府建设情况报告如下:\n一是公布我局的政务服务事项清单。"
HOST_SPELLS_TWO_CASES = [
    # qingcheng spells 清城区 (广东) and 庆城县 (甘肃): the one in the province the page names
    (
        "the-province-of-its-documents",
        "根据《广东省法治政府建设情况定期报告规定》(粤府法治办〔2016〕7号)要求," + _SAYS_MY_BUREAU,
        Place(None, DEPARTMENT, "广东省", "清远市"),
    ),
    (
        "the-other-province",
        "根据《甘肃省法治政府建设情况报告办法》要求," + _SAYS_MY_BUREAU,
        Place(None, DEPARTMENT, "甘肃省", "庆阳市"),
    ),
    ("no-province-named", "根据有关要求," + _SAYS_MY_BUREAU, Place(None, DEPARTMENT, None, None)),
    (
        "two-provinces-named",
        "根据《广东省法治政府建设规定》和《甘肃省法治政府建设办法》要求," + _SAYS_MY_BUREAU,
        Place(None, DEPARTMENT, None, None),
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [c[1:] for c in HOST_SPELLS_TWO_CASES],
    ids=[c[0] for c in HOST_SPELLS_TWO_CASES],
)
def test_a_host_spelling_two_places_is_the_one_in_the_named_province(finder, body, expected):
    place, _ = finder.locate("", body, "http://www.qingcheng.gov.cn/qcwsj/content/post_1.html")
    assert place == expected


_HAINAN_CITY = "省政府:\n2021年,我市坚持依法行政,全市法治政府建设取得新成效。"
HOST_SPELLS_A_PROVINCE_CASES = [
    # hainan spells 海南省, 内蒙古's 海南区 and 青海's 海南藏族自治州: 我市 fits the prefecture only
    (
        "the-province-named-is-the-hosts",
        _HAINAN_CITY + "根据《海南省法治政府建设实施方案》要求,现将我市情况报告如下。",
        Place(None, CITY, "海南省", None),
    ),
    ("nothing-decides", _HAINAN_CITY + "现将我市情况报告如下。", Place(None, CITY, None, None)),
    (
        "the-prefecture-s-province-named",
        "2021年,我州坚持依法行政,全州法治政府建设取得新成效。根据《青海省法治政府建设实施方案》"
        "要求,现将我州情况报告如下。",
        Place("海南藏族自治州", CITY, "青海省", "海南藏族自治州"),
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [c[1:] for c in HOST_SPELLS_A_PROVINCE_CASES],
    ids=[c[0] for c in HOST_SPELLS_A_PROVINCE_CASES],
)
def test_a_host_spelling_a_province_and_a_place_elsewhere(finder, body, expected):
    place, _ = finder.locate("", body, "https://www.hainan.gov.cn/hainan/sxgw/202203/a.shtml")
    assert place == expected


_HAINAN_CITY_WORDS = (
    "2021年,我市坚持依法行政,全市法治政府建设取得新成效。我市融入海南自由贸易港建设,服务海南"
)
SHARED_SHORT_NAME_CASES = [
    # 海南 is 海南省's short name and 青海's 海南藏族自治州's: 我市 fits the prefecture only
    ("nothing-decides", _HAINAN_CITY_WORDS + "全面深化改革开放。", Place(None, CITY, None, None)),
    (
        "its-places-lie-in-the-province",
        _HAINAN_CITY_WORDS + "全面深化改革开放,与琼海市、万宁市协作。",
        Place(None, CITY, None, None),
    ),
    (
        "its-places-lie-in-the-prefecture-s-province",
        "2021年,我州坚持依法行政,全州法治政府建设取得新成效。海南积极推进三江源保护,服务海南全面"
        "发展,落实青海省部署。",
        Place("海南藏族自治州", CITY, "青海省", "海南藏族自治州"),
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [c[1:] for c in SHARED_SHORT_NAME_CASES],
    ids=[c[0] for c in SHARED_SHORT_NAME_CASES],
)
def test_a_short_name_shared_by_a_province_and_a_prefecture_elsewhere(finder, body, expected):
    place, _ = finder.locate("", body)
    assert place == expected


@pytest.mark.parametrize(
    ("body", "url", "warning"),
    [
        (_HAINAN_CITY_WORDS + "全面深化改革开放。", None, "(海南省/海南藏族自治州), not settled"),
        (
            _HAINAN_CITY + "现将我市情况报告如下。",
            "https://www.hainan.gov.cn/a",
            "several provinces",
        ),
    ],
)
def test_a_place_name_nothing_settles_is_said(finder, body, url, warning):
    _, warnings = finder.locate("", body, url)
    assert any(warning in w for w in warnings)


@pytest.mark.parametrize(
    ("body", "url", "expected"),
    [
        (
            "2024年,前海合作区坚持依法行政,扎实推进法治政府建设。",
            "http://qh.sz.gov.cn/a.html",
            Place("深圳市前海合作区", COUNTY, "广东省", "深圳市"),
        ),
        (  # a district's site: the zone is its municipality's
            "2024年,于家堡新城坚持依法行政,扎实推进法治政府建设。",
            "http://www.tjbh.gov.cn/a.html",
            Place("天津市于家堡新城", COUNTY, "天津市", None),
        ),
    ],
)
def test_a_zone_naming_no_city_takes_its_sites(finder, body, url, expected):
    place, _ = finder.locate("", body, url)
    assert place == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a league (盟) speaks through its party committee and 行署: level city
        (
            "一、工作情况\n盟委、行署主要领导认真履行法治建设第一责任人职责,召开依法治盟委员会会议。"
            "印发《锡林郭勒盟法治政府建设实施方案》。",
            Place("锡林郭勒盟", CITY, "内蒙古自治区", "锡林郭勒盟"),
        ),
    ],
)
def test_a_leagues_party_committee_tells_its_level(finder, body, expected):
    place, _ = finder.locate("", body)
    assert place == expected


DEPARTMENT_CASES = [
    # (id, title, body, source_url, expected place)
    (
        "bureau-self-reference-outweighs-its-scope",
        "",
        "2022年,全市司法行政系统在市委、市政府的正确领导下,始终坚持依法行政。\n"
        "(一)科学部署。我局始终把法治政府建设作为主体工程,推动《遂宁市城区农贸市场管理条例》"
        "《遂宁市城市生活垃圾分类管理条例》立法工作。",
        None,
        Place("遂宁市司法局", DEPARTMENT, "四川省", "遂宁市"),  # heads 全市司法行政系统
    ),
    (
        "commission-short-name-after-its-place",
        "",
        "2025年,郑州市卫生健康委的法治政府建设工作紧紧围绕工作要点抓落实。",
        None,
        Place("郑州市卫生健康委员会", DEPARTMENT, "河南省", "郑州市"),
    ),
    (
        "title-names-a-district-department-without-its-place",
        "区市场监管局关于2023年法治政府建设情况的报告",
        "2023年以来,区市场监管局坚持依法行政。2023年向四川省各市区市场监督管理部门移送案件线索"
        "11件,协助四川省各市区市场监督管理部门办案。",
        None,
        Place(None, DEPARTMENT, None, None),
    ),
    (
        "district-department-and-the-one-district-named",
        "",
        "2024年,区应急管理局在区委、区政府的坚强领导下,在区委依法治区办的正确指导下,坚持依法行政。"
        "贯彻落实《深圳市法治政府建设实施方案》,推动罗湖区行政机关领导干部带头学法。",
        None,
        Place("罗湖区应急管理局", DEPARTMENT, "广东省", "深圳市"),
    ),
    (
        "department-subject-of-a-later-sentence",
        "",
        "2024年,是中华人民共和国成立75周年。本年度县教委深入贯彻落实习近平法治思想。",
        None,
        Place(None, DEPARTMENT, None, None),
    ),
    (
        "a-city-report-naming-its-bureau-later-is-the-citys",
        "",
        "2023年,我市坚持依法行政。市司法局坚持统筹推进。",
        None,
        Place(None, CITY, None, None),
    ),
    (
        "a-district-report-naming-its-bureau-later-is-the-districts",
        "",
        "2023年,海珠区坚持依法行政。区司法局坚持统筹推进,海珠区法治政府建设取得新成效。",
        None,
        Place("海珠区", COUNTY, "广东省", "广州市"),
    ),
    (
        "a-ministrys-cited-document-is-no-ministrys-report",
        "",
        "2022年,我局深入学习贯彻习近平法治思想,坚决落实《生态环境部关于深化生态环境领域依法行政"
        "持续强化依法治污的指导意见》。",
        None,
        Place(None, DEPARTMENT, None, None),
    ),
    (
        "a-ministry-that-says-it-reports-below-a-template-site-s-furniture",
        "生态环境法治建设情况范文(精选3篇)",
        "更新时间:2021-07-10 来源:实用范文\n以下是为大家整理的关于生态环境法治建设情况的文章3篇,"
        "欢迎品鉴!\n第一篇:生态环境法治建设情况\n生态环境部以习近平新时代中国特色社会主义思想为指导,"
        "全面贯彻党中央、国务院关于法治政府建设的决策部署,取得积极进展。现将生态环境部2019年"
        "法治政府建设情况和2020年主要安排报告如下。",
        None,
        Place("生态环境部", DEPARTMENT, None, None),
    ),
    (
        # 生态环境部门 ("the ecology departments") holds 生态环境部 but names no ministry
        "a-province-s-departments-of-a-field-are-no-ministry",
        "",
        "2024年,全省生态环境部门全面贯彻落实党的二十大精神,持续推进生态环境立法、执法。"
        "我厅制定领导干部应知应会清单。",
        None,
        Place(None, DEPARTMENT, None, None),
    ),
    (
        "a-ministry-as-the-opening-s-subject",
        "",
        "2024年,生态环境部全面贯彻落实党的二十大精神,持续推进生态环境立法、执法。",
        None,
        Place("生态环境部", DEPARTMENT, None, None),
    ),
    (
        "a-ministry-s-document-carried-out-is-no-ministry-s-report",
        "",
        "2022年,我局深入学习贯彻习近平法治思想,坚持依法行政,全面推进法治政府建设,严格规范公正"
        "文明执法,各项工作取得新成效。现将生态环境部2022年印发的"
        "《关于深化生态环境领域依法行政的指导意见》落实情况报告如下。",
        None,
        Place(None, DEPARTMENT, None, None),
    ),
    (
        "a-leaders-visit-names-the-province",
        "",
        "2022年,省政府坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实习近平总书记来陕"
        "考察重要讲话重要指示,在省委坚强领导下扎实推进法治政府建设。",
        None,
        Place("陕西省", PROVINCE, "陕西省", None),
    ),
    (
        "a-study-trip-elsewhere-names-no-province",
        "",
        "2022年,省政府坚持依法行政,组织赴浙考察学习法治政府建设经验。",
        None,
        Place(None, PROVINCE, None, None),
    ),
    (
        "a-commission-s-own-organs-are-no-city-s",  # 全市 is its scope; 委党组 its own
        "",
        "2024年,全市卫生健康法治建设工作坚持依法行政。委主任会议专题研究法治建设工作。"
        "重大事项提交委党组会审议。制定《2024年无锡市法治政府建设工作要点》。",
        None,
        Place(None, DEPARTMENT, "江苏省", "无锡市"),
    ),
    (
        "a-commission-named-after-its-place-is-the-department",
        "",
        "2024年,全市卫生健康法治建设工作坚持依法行政。委主任会议专题研究法治建设工作。"
        "重大事项提交委党组会审议。"
        + _PROSE_WITHOUT_PLACES
        + "落实《2024年无锡市法治政府建设工作要点》。"
        "开展2024年度无锡市卫生健康委直属单位综合考评,修订无锡市卫生健康委主任办公会议规则,"
        "推动无锡市卫生健康事业高质量发展。",
        None,
        Place("无锡市卫生健康委员会", DEPARTMENT, "江苏省", "无锡市"),
    ),
    (
        "another-commission-s-organ-is-no-voice",  # 市卫健委党组: a department's, named
        "",
        "2024年,我市坚持依法行政,在市卫健委党组的推动下健全公共卫生制度。无锡市法治政府建设"
        "取得新成效,无锡市营商环境持续优化。",
        None,
        Place("无锡市", CITY, "江苏省", "无锡市"),
    ),
]


@pytest.mark.parametrize(
    ("title", "body", "url", "place"),
    [c[1:] for c in DEPARTMENT_CASES],
    ids=[c[0] for c in DEPARTMENT_CASES],
)
def test_departments_and_their_places(finder, title, body, url, place):
    assert finder.locate(title, body, url)[0] == place


ADDRESSED_CASES = [
    # (id, body, source_url, expected place)
    (
        "a-city-addressed-to-the-province-names-itself-once",
        "省政府、市委、市人大:\n2018年,我市坚持依法行政,以《黑龙江省法治政府建设实施方案》为统领。"
        "市政府下发了《鹤岗市人民政府关于承接落实黑政规〔2017〕34号的通知》。",
        "https://www.suibin.gov.cn/hegang/shizf/201901/a.shtml",
        Place("鹤岗市", CITY, "黑龙江省", "鹤岗市"),
    ),
    (
        "a-city-addressed-to-the-province-naming-two-cities-once",
        "河北省人民政府:\n2024年以来,我市坚持依法行政。制定《保定市个人诚信积分管理办法》,"
        "与《廊坊市营商环境条例》衔接。",
        None,
        Place(None, CITY, "河北省", None),  # both cited documents are 河北's
    ),
    (
        "a-common-word-is-no-second-place-named-once",  # 范县 inside 示范县
        "2023年,我县坚持依法行政,获得“全省法治政府建设示范县”命名。举办开阳县中青年干部培训班。",
        None,
        Place("开阳县", COUNTY, "贵州省", "贵阳市"),
    ),
    (
        "a-county-level-city-under-its-province-may-say-so-too",  # 琼海市 reports to 省政府
        "海南省人民政府:\n2023年,我市坚持依法行政,落实《海口市优化营商环境条例》。",
        None,
        Place(None, CITY, "海南省", None),
    ),
    (
        "a-city-is-no-county-its-site-names",
        "2023年,我市坚持依法行政,全市法治政府建设取得新成效。",
        "https://www.suibin.gov.cn/a.html",
        Place(None, CITY, None, None),
    ),
    (
        "a-county-is-no-district-its-site-names",
        "2023年,我县坚持依法行政,全县法治政府建设取得新成效。",
        "https://www.haizhu.gov.cn/a.html",
        Place(None, COUNTY, None, None),
    ),
    (
        "a-menu-link-to-the-provincial-site-is-no-voice",  # 省政府网 in the menu: not 省政府
        "政务服务 中国政府网 省政府网 English\n2023年,市政府坚持依法行政,落实省委、省政府部署。"
        "制定洛阳市法治政府建设工作要点。偃师区、孟津区获评全省法治政府建设示范地区。",
        None,
        Place("洛阳市", CITY, "河南省", "洛阳市"),
    ),
]


@pytest.mark.parametrize(
    ("body", "url", "place"),
    [c[1:] for c in ADDRESSED_CASES],
    ids=[c[0] for c in ADDRESSED_CASES],
)
def test_how_the_page_speaks_of_itself_limits_its_level(finder, body, url, place):
    assert finder.locate("", body, url)[0] == place


def test_a_department_without_its_own_name_says_so(finder):
    body = DEPARTMENT_CASES[0][2].replace("全市司法行政系统", "全市各级行政机关")
    place, warnings = finder.locate("", body)
    assert place == Place(None, DEPARTMENT, "四川省", "遂宁市")
    assert "the department's own name not found" in warnings


SYSTEM_CASES = [
    # (id, body, expected region): the one system a bureau names is the one it heads
    ("county-education", "2024年以来,我局坚持依法行政。全县教育系统认真学习。《建湖县教育发展规划》"
     "《建湖县学校安全条例》落实。", "建湖县教育局"),
    ("province-ecology", "2023年,我厅坚持依法行政,全省生态环境系统深入学习。"
     "落实《湖南省环境保护条例》和《湖南省大气污染防治条例》。", "湖南省生态环境厅"),
    ("another-system-named-once-further-down-names-none",
     "2024年以来,我局坚持依法行政。" + _PARAGRAPH + "保障全县教育系统经费。《建湖县教育发展规划》"
     "《建湖县学校安全条例》落实。", None),
    ("two-systems-name-none", "2024年以来,我局坚持依法行政。全县教育系统、全县公安系统认真学习。"
     "《建湖县教育发展规划》《建湖县学校安全条例》落实。", None),
    ("a-commission-is-no-bureau", "2024年,我委坚持依法行政。全县教育系统认真学习。《巫溪县教育"
     "发展规划》《巫溪县学校安全条例》落实。", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "region"), [c[1:] for c in SYSTEM_CASES], ids=[c[0] for c in SYSTEM_CASES]
)
def test_a_bureau_is_named_by_the_system_it_heads(finder, body, region):
    place = finder.locate("", body)[0]
    assert (place.region, place.level) == (region, DEPARTMENT)


DEPARTMENT_NAME_CASES = [
    # (id, body, expected place): a department is never its bare place
    (
        "a-bureau-named-only-by-its-place-has-no-region",
        "2025年,我局在区委区政府的坚强领导下,深入推进依法行政。"
        "云溪区交通运输综合行政执法大队开展行政检查。",
        Place(None, DEPARTMENT, "湖南省", "岳阳市"),
    ),
    (
        "the-place-first-then-the-bureau-speaks",
        "2025年,云溪区坚持依法行政,我局深入推进交通运输执法。",
        Place(None, DEPARTMENT, "湖南省", "岳阳市"),
    ),
    (
        "a-bureau-that-writes-its-own-name-keeps-it",
        "2023年,我局坚持依法行政,制定《绍兴市生态环境局行政规范性文件管理办法》,"
        "修订《绍兴市生态环境局重大行政决策程序规定》。",
        Place("绍兴市生态环境局", DEPARTMENT, "浙江省", "绍兴市"),
    ),
    (
        "a-district-government-keeps-its-place",  # adversarial: 我区 is no department
        "2025年,我区坚持依法行政。云溪区交通运输综合行政执法大队开展行政检查,"
        "云溪区人民政府加强领导。",
        Place("云溪区", COUNTY, "湖南省", "岳阳市"),
    ),
]


@pytest.mark.parametrize(
    ("body", "place"),
    [c[1:] for c in DEPARTMENT_NAME_CASES],
    ids=[c[0] for c in DEPARTMENT_NAME_CASES],
)
def test_a_department_is_never_its_bare_place(finder, body, place):
    assert finder.locate("", body)[0] == place


PLENUM_CASES = [
    # (id, body, expected place): a superior's plenary session the page carries out is no voice
    (
        "a-prefecture-carrying-out-its-regions-plenum",
        "2024年,是贯彻落实自治区第十次党代会和自治区党委十届六次全会部署的攻坚之年。"
        "那曲市法治政府建设工作坚持以习近平法治思想为指导,推动那曲市高质量发展。",
        Place("那曲市", CITY, "西藏自治区", "那曲市"),
    ),
    (
        "a-district-carrying-out-its-citys-plenum",
        "2024年,是贯彻落实市委十二届五次全会精神之年。海珠区坚持依法行政。",
        Place("海珠区", COUNTY, "广东省", "广州市"),
    ),
    (
        "the-region-itself-speaking-stays-a-province",  # adversarial: no plenum, its own voice
        "2024年,自治区党委、政府高度重视法治政府建设,那曲市等地开展示范创建。",
        Place("西藏自治区", PROVINCE, "西藏自治区", None),
    ),
]


@pytest.mark.parametrize(
    ("body", "place"), [c[1:] for c in PLENUM_CASES], ids=[c[0] for c in PLENUM_CASES]
)
def test_a_cited_plenum_is_not_the_pages_voice(finder, body, place):
    assert finder.locate("", body)[0] == place


YEAR_CLAUSE_CASES = [
    # (id, body, expected place): 2025年是…之年, then the department as the subject; the places
    # inside the documents it carries out name no subject before it
    (
        "a-district-bureau-after-the-years-clause",
        "区委、区政府:\n2025年是贯彻实施《北京市法治政府建设实施意见(2021-2025年)》"
        "《西城区法治政府建设规划(2021-2025年)》的收官之年,区司法局坚持以习近平新时代"
        "中国特色社会主义思想为指导。2024年西城区年终述法工作扎实开展。",
        Place("西城区司法局", DEPARTMENT, "北京市", None),
    ),
    (
        "the-district-as-subject-stays-the-district",  # adversarial: the government speaks first
        "2025年是贯彻实施《西城区法治政府建设规划》的收官之年,西城区坚持依法行政,"
        "区司法局认真履职。西城区持续推进。",
        Place("西城区", COUNTY, "北京市", None),
    ),
    (
        "a-bureau-whose-district-is-never-named-has-no-region",
        "2025年是“十四五”规划的收官之年,区司法局坚持依法行政,推进《北京市法治政府建设实施意见》。",
        Place(None, DEPARTMENT, "北京市", None),
    ),
    (
        "a-city-s-general-office-is-no-city-speaking",  # 市政府 opens 市政府办公室
        "2024年以来,市政府办公室坚持依法行政,推进政务公开。制定《2024年绍兴市政务公开工作要点》,"
        "修订《2024年绍兴市法定主动公开基本目录》。",
        Place("绍兴市人民政府办公室", DEPARTMENT, "浙江省", "绍兴市"),
    ),
    (
        "the-city-government-speaking-stays-the-city",  # adversarial: no office after 市政府
        "2024年以来,市政府坚持依法行政,推进政务公开。制定《2024年绍兴市政务公开工作要点》,"
        "修订《2024年绍兴市法定主动公开基本目录》。",
        Place("绍兴市", CITY, "浙江省", "绍兴市"),
    ),
    (
        "a-district-bureau-after-its-purpose-clauses",  # 为…,扎实做好…, then the subject
        "为贯彻落实中央、市委、区委关于法治政府建设有关精神,扎实做好相关工作,区统计局严格对标"
        "《法治政府建设实施纲要实施意见》。全面推进静海区信用信息共享平台建设。",
        Place("静海区统计局", DEPARTMENT, "天津市", None),
    ),
    (
        "a-bureau-speaking-after-its-purpose-clause-is-not-named",  # adversarial: 我局, no name
        "为贯彻落实区委关于法治政府建设有关精神,我局严格对标《天津市优化营商环境条例》。",
        Place(None, DEPARTMENT, "天津市", None),
    ),
]


@pytest.mark.parametrize(
    ("body", "place"), [c[1:] for c in YEAR_CLAUSE_CASES], ids=[c[0] for c in YEAR_CLAUSE_CASES]
)
def test_a_department_subject_after_the_years_clause(finder, body, place):
    assert finder.locate("", body)[0] == place


LISTED_ZONE_CASES = [
    # (id, body, expected place): a zone that calls itself by its kind (园区) is the city's one
    # listed zone of that kind the page writes in full, kept as written
    (
        "the-listed-zone-written-in-a-cited-plan",
        "2022年,园区坚持依法行政,制定《苏州工业园区法治政府建设实施方案(2022—2025年)》,"
        "推进苏州市法治政府建设示范创建。苏州市委高度重视。",
        Place("苏州工业园区", COUNTY, "江苏省", "苏州市"),
    ),
    (
        "a-zone-never-written-in-full-is-no-name-of-city-and-kind",  # not 苏州市园区
        "2022年,园区坚持依法行政,推进苏州市法治政府建设示范创建。苏州市委高度重视。",
        Place(None, COUNTY, "江苏省", "苏州市"),
    ),
    (
        "a-bare-kind-written-in-full-after-its-citys-short-name",
        "2024年,保税区坚持依法行政,视察天津重要讲话精神,制定《天津港保税区营商环境三年行动方案"
        "(2024-2026年)》,落实天津市部署。",
        Place("天津港保税区", COUNTY, "天津市", None),
    ),
    (
        "a-bare-kind-never-written-in-full-is-no-name-of-a-municipality-and-kind",  # 天津市保税区
        "2024年,保税区坚持依法行政,深入贯彻视察天津重要讲话精神,落实天津市部署。",
        Place(None, COUNTY, "天津市", None),
    ),
    (
        "two-zones-of-the-kind-written-in-full-name-none",
        "2024年,保税区坚持依法行政,学习天津港保税区和天津东疆保税区经验,落实天津市部署。",
        Place(None, COUNTY, "天津市", None),
    ),
    (
        "a-high-tech-zone-is-named-after-its-city",  # a city has one: 珠海市高新区
        "2023年,高新区坚持依法行政,推进平安珠海、法治珠海建设。珠海市委高度重视。",
        Place("珠海市高新区", COUNTY, "广东省", "珠海市"),
    ),
    (
        "another-kind-of-zone-is-not-the-listed-one",  # adversarial: 高新区 learns from 园区
        "2022年,高新区坚持依法行政,推进苏州市法治政府建设示范创建,学习苏州工业园区经验。"
        "苏州市委高度重视。",
        Place("苏州市高新区", COUNTY, "江苏省", "苏州市"),
    ),
]


@pytest.mark.parametrize(
    ("body", "place"), [c[1:] for c in LISTED_ZONE_CASES], ids=[c[0] for c in LISTED_ZONE_CASES]
)
def test_a_zone_by_its_kind_is_the_listed_zone_written_in_full(finder, body, place):
    assert finder.locate("", body)[0] == place


AUTONOMOUS_COUNTY_SHORT_CASES = [
    # (id, body, expected place): 我县 naming once the short form of an autonomous county
    (
        "an-autonomous-county-by-its-short-form-in-a-cited-plan",
        "2022年,我县坚持依法行政,全面落实《张家川县法治政府建设实施方案》,"
        "为建设幸福美好新张家川提供法治保障。",
        Place("张家川回族自治县", COUNTY, "甘肃省", "天水市"),
    ),
    (
        "a-bare-stem-is-no-county-written-out",  # adversarial: 新张家川 alone names no county
        "2022年,我县坚持依法行政,为建设幸福美好新张家川提供法治保障。",
        Place(None, COUNTY, None, None),
    ),
]


@pytest.mark.parametrize(
    ("body", "place"),
    [c[1:] for c in AUTONOMOUS_COUNTY_SHORT_CASES],
    ids=[c[0] for c in AUTONOMOUS_COUNTY_SHORT_CASES],
)
def test_an_autonomous_county_written_by_its_short_form(finder, body, place):
    assert finder.locate("", body)[0] == place


HEAD_CASES = [
    # (id, body, expected place): a leading group headed by the reporter's own chief
    (
        "a-county-bureau-headed-by-its-chief",
        "2024年,在县委、县政府的领导下,为全县发展营造良好环境。\n"
        "一是加强组织领导。成立以党委书记、局长为组长的法治政府建设工作领导小组。",
        Place(None, DEPARTMENT, None, None),
    ),
    (
        "a-provincial-department-headed-by-its-chief",
        "2024年,在省委、省政府的领导下,全省交通运输法治建设稳步推进。\n"
        "成立以厅党组书记、厅长为组长的领导小组。",
        Place(None, DEPARTMENT, None, None),
    ),
    (
        "a-county-headed-by-its-magistrate-stays-a-county",  # adversarial: no bureau's chief
        "2024年,在县委的领导下,全县坚持依法行政。成立以县委副书记、县长为组长,"
        "分管副县长为副组长的领导小组。",
        Place(None, COUNTY, None, None),
    ),
]


@pytest.mark.parametrize(
    ("body", "place"), [c[1:] for c in HEAD_CASES], ids=[c[0] for c in HEAD_CASES]
)
def test_a_leading_group_under_a_bureaus_chief_is_a_departments_voice(finder, body, place):
    assert finder.locate("", body)[0] == place


# Past the opening (reporter_grammar.OPENING): a place named here is no opening's subject.
_FILLER = "深入推进依法行政,加强行政执法监督,严格落实行政执法三项制度。" * 12
WRITTEN_CASES = [
    # (id, body, expected place): 我局 writes its own name with its place once, nothing else
    (
        "a-district-bureau-in-its-own-lists-title",
        "2023年,我局坚持依法行政,推进人社法治建设。制定《上城区人力社保局行政合法性审查"
        "事项目录清单》,加强合法性审查。",
        Place("上城区人力资源和社会保障局", DEPARTMENT, "浙江省", "杭州市"),
    ),
    (
        "two-bureaus-named-settle-nothing",  # adversarial: whose is it?
        "2023年,我局坚持依法行政。落实《杭州市人力社保局关于…的通知》,"
        "制定《上城区人力社保局审查清单》。",
        Place(None, DEPARTMENT, "浙江省", "杭州市"),
    ),
    (
        "a-citys-bureau-beside-a-district-settles-nothing",  # adversarial: 上城区 may be ours
        "2023年,我局坚持依法行政。落实《杭州市人力资源和社会保障局关于…的通知》,"
        "上城区就业服务中心开展培训。",
        Place(None, DEPARTMENT, "浙江省", "杭州市"),
    ),
    (
        "a-city-bureau-as-its-subject-issues-a-notice-under-its-full-name",
        "2022年,在市委、市政府的正确领导下,市人力资源和社会保障局坚持依法行政。印发《宜昌市"
        "人力资源和社会保障局学习宣传贯彻宪法的通知》。",
        Place("宜昌市人力资源和社会保障局", DEPARTMENT, "湖北省", "宜昌市"),
    ),
    (
        "a-district-bureau-as-its-subject-issues-no-citys-notice",  # adversarial: 区 is no 市
        "2022年,在区委、区政府的正确领导下,区人力资源和社会保障局坚持依法行政。印发《宜昌市"
        "人力资源和社会保障局学习宣传贯彻宪法的通知》。",
        Place(None, DEPARTMENT, "湖北省", "宜昌市"),  # the city's notice: its city, as before
    ),
    (
        "a-bureau-makes-a-list-titled-with-its-name-and-year-unquoted",
        "2024年,我局坚持依法行政。" + _FILLER + "制定完成营口市应急管理局2024年版权责清单,"
        "并在局门户网站公开。",
        Place("营口市应急管理局", DEPARTMENT, "辽宁省", "营口市"),
    ),
    (
        "an-unquoted-bureau-without-a-year-is-no-document",  # adversarial: a partner, no title
        "2024年,我局坚持依法行政。" + _FILLER + "完成营口市应急管理局交办的检查任务。",
        Place(None, DEPARTMENT, None, None),
    ),
]

FULL_NAME_CASES = [
    # (id, title, body, expected place): 市水务局 in its title or as its subject, written in full
    (
        "a-city-bureau-titled-by-its-level-named-in-full-in-its-header",
        "市水务局2025年度法治政府建设情况报告",
        "2026-01-20 17:01 | 孝感市水务局\n2025年,我局深入学习贯彻习近平法治思想,扎实推进"
        "法治政府建设。",
        Place("孝感市水务局", DEPARTMENT, "湖北省", "孝感市"),
    ),
    (
        "a-city-bureau-as-its-subject-named-in-full-later",
        "",
        "2023年,市司法局坚持依法行政,推进法治建设。孝感市司法局开展普法宣传活动。",
        Place("孝感市司法局", DEPARTMENT, "湖北省", "孝感市"),
    ),
    (
        "a-city-bureau-as-its-subject-after-the-decisions-it-follows",
        "",
        "2024年是新中国成立75周年。市文旅局根据市委、市政府全面依法治市工作部署,坚持依法行政。"
        "我市举办演出3.5万场,开发上线乐游厦门小程序,推动厦门市旅游产业发展。",
        Place("厦门市文化和旅游局", DEPARTMENT, "福建省", "厦门市"),
    ),
    (
        "no-bureau-before-the-decisions-followed-is-the-city-s",  # adversarial: no subject
        "",
        "2024年是新中国成立75周年。根据市委、市政府全面依法治市工作部署,坚持依法行政。"
        "我市举办演出3.5万场,开发上线乐游厦门小程序,推动厦门市旅游产业发展。",
        Place("厦门市", CITY, "福建省", "厦门市"),
    ),
    (
        "a-county-level-city-s-bureau-names-its-prefecture-s-and-itself",  # adversarial
        "市水务局2025年度法治政府建设情况报告",
        "2025年,我局在孝感市水务局的指导下坚持依法行政,服务应城市水务发展。",
        Place(None, DEPARTMENT, None, None),
    ),
    (
        "two-cities-bureaus-settle-nothing",  # adversarial: whose is it?
        "市水务局2025年度法治政府建设情况报告",
        "2025年,我局坚持依法行政。赴孝感市水务局、黄石市水务局学习考察。",
        Place(None, DEPARTMENT, None, None),
    ),
    (
        "a-district-bureau-is-no-city-s-bureau",  # adversarial: 区 is no 市
        "",
        "2023年,区司法局坚持依法行政,推进法治建设。落实孝感市司法局的工作部署。",
        Place(None, DEPARTMENT, None, None),
    ),
]


PARTY_ORGAN_CASES = [
    # (id, body, expected place): a party committee's organ is named, it does not report
    (
        "a-commission-cites-its-district-s-party-staffing-commission",
        "2025年,我委坚持依法行政,推进卫生健康法治建设。委党委理论学习中心组专题学习6次。"
        "根据中共重庆市綦江区委机构编制委员会关于印发《重庆市綦江区疾病预防控制中心机构职能"
        "配置规定》的通知,完成机构改革。",
        Place(None, DEPARTMENT, "重庆市", None),
    ),
    (
        "a-county-s-party-rule-of-law-office-is-no-department",
        "根据中共宁乡市委依法治市办要求,现将有关情况报告如下。2024年,我局坚持依法行政。",
        Place(None, DEPARTMENT, "湖南省", "长沙市"),
    ),
    (
        "the-commission-written-in-full-still-reports",  # its own name, not the party's
        "2025年,我委坚持依法行政,推进卫生健康法治建设。委党委理论学习中心组专题学习6次。"
        "重庆市綦江区卫生健康委员会印发《重庆市綦江区卫生健康行政执法规定》。",
        Place("綦江区卫生健康委员会", DEPARTMENT, "重庆市", None),
    ),
]


SAYS_IT_REPORTS_CASES = [
    # (id, body, expected place): 现将<department><year>…报告如下 names the reporter
    (
        "a-bureau-says-it-reports-after-its-party-committee-s-notice",
        "根据中共五华区委依法治区办公室《关于做好2023年法治建设成效考核工作的通知》要求,现将"
        "五华区教育体育局2023年法治政府建设工作情况报告如下:\n一、工作情况",
        Place("五华区教育体育局", DEPARTMENT, "云南省", "昆明市"),
    ),
    (
        "a-template-names-no-one",  # adversarial: 现将我局…, 现将全县…
        "现将我局2023年法治政府建设工作情况报告如下:\n一、工作情况",
        Place(None, DEPARTMENT, None, None),
    ),
]


@pytest.mark.parametrize(
    ("body", "place"),
    [c[1:] for c in SAYS_IT_REPORTS_CASES],
    ids=[c[0] for c in SAYS_IT_REPORTS_CASES],
)
def test_a_department_says_it_reports(finder, body, place):
    assert finder.locate("", body)[0] == place


@pytest.mark.parametrize(
    ("body", "place"), [c[1:] for c in PARTY_ORGAN_CASES], ids=[c[0] for c in PARTY_ORGAN_CASES]
)
def test_a_party_committee_s_organ_named_is_not_the_reporter(finder, body, place):
    assert finder.locate("", body)[0] == place


@pytest.mark.parametrize(
    ("title", "body", "place"),
    [c[1:] for c in FULL_NAME_CASES],
    ids=[c[0] for c in FULL_NAME_CASES],
)
def test_a_bureau_named_by_its_level_is_written_in_full_with_one_place(finder, title, body, place):
    assert finder.locate(title, body)[0] == place


@pytest.mark.parametrize(
    ("body", "place"), [c[1:] for c in WRITTEN_CASES], ids=[c[0] for c in WRITTEN_CASES]
)
def test_a_bureau_that_writes_its_name_with_its_place_once(finder, body, place):
    assert finder.locate("", body)[0] == place


ISSUED_CASES = [
    # (id, body, expected place): a government issues its own documents, carries out others'
    (
        "a-city-issues-its-own-list",
        "2024年,我市坚持依法行政,扎实推进法治政府建设。市委、市政府组织专题学法,"
        "印发《株洲市领导干部应知应会法律法规清单》,推动学法常态化。",
        Place("株洲市", CITY, "湖南省", "株洲市"),
    ),
    (
        "a-city-government-and-a-county-level-city-inside-it",
        "2023年,市政府坚持依法行政。印发了《株洲市营商环境优化行动方案》,醴陵市率先试点。",
        Place("株洲市", CITY, "湖南省", "株洲市"),
    ),
    (
        "carried-out-is-not-issued",  # adversarial: a county-level city follows its prefecture
        "2024年,我市坚持依法行政。落实《株洲市领导干部应知应会法律法规清单》,推动学法常态化。",
        Place(None, CITY, "湖南省", "株洲市"),
    ),
    (
        "two-places-issue-nothing",  # adversarial: whose documents are they?
        "2024年,我市坚持依法行政。印发《株洲市学法清单》,编制《岳阳市权责清单》。",
        Place(None, CITY, "湖南省", None),
    ),
    (
        "a-place-off-its-line-settles-nothing",  # adversarial: 岳阳市 is no part of 株洲市
        "2024年,我市坚持依法行政。印发《株洲市学法清单》,学习《岳阳市依法行政经验汇编》。",
        Place(None, CITY, "湖南省", None),
    ),
]


@pytest.mark.parametrize(
    ("body", "place"), [c[1:] for c in ISSUED_CASES], ids=[c[0] for c in ISSUED_CASES]
)
def test_a_government_is_the_place_its_issued_documents_open_with(finder, body, place):
    assert finder.locate("", body)[0] == place


SUBJECT_DEPARTMENT_CASES = [
    # (id, body, expected place): 我局, its place settled, its name as a sentence's subject
    (
        "honoured-as-the-subject",
        "2022年,在淮安市委、市政府的坚强领导下,我局深入推进依法行政,取得新成效。"
        "淮安市司法局被评为全省法治政府建设示范单位。",
        Place("淮安市司法局", DEPARTMENT, "江苏省", "淮安市"),
    ),
    (
        "two-subjects-settle-nothing",  # adversarial: whose report is it?
        "2022年,在淮安市委、市政府的坚强领导下,我局深入推进依法行政。"
        "淮安市司法局被评为先进集体。淮安市财政局荣获全省表彰。",
        Place(None, DEPARTMENT, "江苏省", "淮安市"),
    ),
    (
        "a-stray-bracket-before-the-verb",  # 县司法局在…领导下,(坚持…
        "2024年县司法局在县委、县政府的正确领导下,(坚持依法行政,统筹推进全面依法治县,"
        "为连山经济社会发展提供法治保障。现将我局工作报告如下:健全连山县司法行政系统制度。",
        Place("连山壮族瑶族自治县司法局", DEPARTMENT, "广东省", "清远市"),
    ),
    (
        "a-partner-is-no-subject",  # adversarial: 我局 works with another bureau
        "2022年,在淮安市委、市政府的坚强领导下,我局深入推进依法行政,配合淮安市司法局开展执法检查。",
        Place(None, DEPARTMENT, "江苏省", "淮安市"),
    ),
    (
        "its-other-names-in-brackets",  # 一个机构两块牌子: its first name is the subject
        "2025年,市数据局(市营商环境建设局、市行政审批局)在市委、市政府的坚强领导下,深入学习"
        "贯彻习近平法治思想,全面落实《鞍山市法治政府建设实施方案(2021-2025年)》《中共鞍山市委"
        "法治建设委员会2025年工作要点》《辽宁省2025年高水平法治政府建设十项重点任务》。",
        Place("鞍山市数据局", DEPARTMENT, "辽宁省", "鞍山市"),
    ),
    (
        "a-government-names-a-body-with-other-names",  # adversarial: the city is the subject
        "2025年,鞍山市坚持依法行政,全面落实《辽宁省2025年高水平法治政府建设十项重点任务》。"
        "市数据局(市营商环境建设局、市行政审批局)深入推进审批制度改革。",
        Place("鞍山市", CITY, "辽宁省", "鞍山市"),
    ),
]


@pytest.mark.parametrize(
    ("body", "place"),
    [c[1:] for c in SUBJECT_DEPARTMENT_CASES],
    ids=[c[0] for c in SUBJECT_DEPARTMENT_CASES],
)
def test_a_bureau_names_itself_as_a_sentences_subject(finder, body, place):
    assert finder.locate("", body)[0] == place


_FARMING_OPENING = (
    "一、2020年度推进法治政府建设的主要举措和成效\n1.加强党对法治建设的领导。贯彻落实《党政主要"
    "负责人履行推进法治建设第一责任人职责规定》,不断强化全区农业领域的法治化水平。"
)
_YUHANG = Place("余杭区", COUNTY, "浙江省", "杭州市")
OWN_DOCUMENT_CASES = [
    # (id, body, expected place): a sentence with no subject makes a document titled with a
    # department's place, name and year, and the page writes that department by its level
    (
        "makes-its-own-yearly-document",
        _FARMING_OPENING + "制定出台《余杭区农业农村局2020年法治工作要点》,明确了2020年度"
        "区农业农村局法治建设5个方面18项重点工作任务。",
        Place("余杭区农业农村局", DEPARTMENT, "浙江省", "杭州市"),
    ),
    (
        "after-its-heading-s-number",
        _FARMING_OPENING + "\n(二)印发《余杭区农业农村局2020年法治工作要点》,明确区农业农村局"
        "重点任务。",
        Place("余杭区农业农村局", DEPARTMENT, "浙江省", "杭州市"),
    ),
    (
        "its-place-after-its-city",
        _FARMING_OPENING + "制定出台《杭州市余杭区农业农村局2020年法治工作要点》,明确了2020年度"
        "区农业农村局法治建设重点工作任务。",
        Place("余杭区农业农村局", DEPARTMENT, "浙江省", "杭州市"),
    ),
    (
        "a-title-opening-with-no-place",  # adversarial: 关于 opens it, not its issuer
        _FARMING_OPENING + "制定出台《关于余杭区农业农村局2020年法治工作的意见》,明确了区农业"
        "农村局重点工作任务。",
        _YUHANG,
    ),
    (
        "a-data-bureau-s-own-document",
        "一、主要举措\n制定《杭州市数据资源管理局2024年法治政府建设工作要点》,市数据资源管理局"
        "各处室分工落实。",
        Place("杭州市数据资源管理局", DEPARTMENT, "浙江省", "杭州市"),
    ),
    (
        "the-department-is-the-sentence-s-subject",  # adversarial: a government lists its work
        _FARMING_OPENING + "区农业农村局制定出台《余杭区农业农村局2020年法治工作要点》,明确了"
        "区农业农村局重点任务。",
        _YUHANG,
    ),
    (
        "never-written-by-its-level",
        _FARMING_OPENING + "制定出台《余杭区农业农村局2020年法治工作要点》,明确了重点工作任务。",
        _YUHANG,
    ),
    (
        "two-departments-documents",  # adversarial: whose is the page?
        _FARMING_OPENING + "制定出台《余杭区农业农村局2020年法治工作要点》。印发《余杭区司法局"
        "2020年普法要点》,区农业农村局、区司法局分工落实。",
        _YUHANG,
    ),
    (
        "a-government-s-voice",  # adversarial: 我区 speaks, it lists a department's document
        "2020年,我区坚持依法行政。" + _FARMING_OPENING + "制定出台《余杭区农业农村局2020年法治"
        "工作要点》,明确了区农业农村局重点任务。",
        _YUHANG,
    ),
    (
        "a-document-without-its-year",
        _FARMING_OPENING + "制定出台《余杭区农业农村局法治工作要点》,明确了区农业农村局重点任务。",
        _YUHANG,
    ),
    (
        "a-document-carried-out-not-made",
        _FARMING_OPENING + "贯彻落实《余杭区农业农村局2020年法治工作要点》,明确了区农业农村局"
        "重点任务。",
        _YUHANG,
    ),
]
_GUANGDONG_BUREAU = (
    "根据《广东省法治政府建设实施纲要(2016-2020年)》《广东省依法行政工作领导小组办公室关于印发广东省"
    "法治政府建设情况定期报告规定的通知》(粤府法治办〔2016〕7号)要求,现将我局2019年度法治政府建设"
    "情况报告如下:"
    "\n2019年以来,我局紧密围绕省委、省政府部署要求,扎实推进法治政府建设工作。三是认真部署年度"
    "依法行政工作。"
)
OWN_DOCUMENT_CASES += [
    (
        "a-bureau-speaking-as-wo-ju-of-the-place-it-names",  # 我局, weighed to 广东省
        _GUANGDONG_BUREAU + "印发《广东省市场监督管理局2019年依法行政工作要点》,明确工作任务。",
        Place("广东省市场监督管理局", DEPARTMENT, "广东省", None),
    ),
]
_XINHUI_OPENING = (
    "根据《广东省法治政府建设实施纲要》以及江门市和我区有关工作部署和要求,我局积极开展法治建设。"
)
_JIANGMEN_BUREAU = Place(None, DEPARTMENT, "广东省", "江门市")
OWN_DOCUMENT_CASES += [
    # a 我局 page whose opening names its city, making a district department's yearly document
    (
        "a-district-s-bureau-under-the-city-it-names",
        _XINHUI_OPENING + "二是完善制度。制定《江门市新会区统计局2022年监管年度抽查计划》。",
        Place("新会区统计局", DEPARTMENT, "广东省", "江门市"),
    ),
    (
        "a-district-s-bureau-never-spoken-of-as-a-district",  # no 我区 / 全区: whose is it?
        _XINHUI_OPENING.replace("我区", "本地")
        + "二是完善制度。制定《江门市新会区统计局2022年监管年度抽查计划》。",
        _JIANGMEN_BUREAU,
    ),
    (
        "a-county-level-city-s-bureau",  # 我市 is the prefecture's too
        _XINHUI_OPENING.replace("我区", "我市")
        + "二是完善制度。制定《江门市台山市统计局2022年监管年度抽查计划》。",
        _JIANGMEN_BUREAU,
    ),
    (
        "the-same-department-of-another-place-written-too",  # 江门市统计局 is its superior
        _XINHUI_OPENING + "二是完善制度。制定《江门市新会区统计局2022年监管年度抽查计划》,"
        "落实江门市统计局部署。",
        _JIANGMEN_BUREAU,
    ),
    (
        "a-place-outside-the-city-it-names",  # 越秀区 is in 广州市, not 江门市
        _XINHUI_OPENING + "二是完善制度。制定《广州市越秀区统计局2022年监管年度抽查计划》。",
        _JIANGMEN_BUREAU,
    ),
]


@pytest.mark.parametrize(
    ("body", "place"), [c[1:] for c in OWN_DOCUMENT_CASES], ids=[c[0] for c in OWN_DOCUMENT_CASES]
)
def test_a_department_that_makes_its_own_yearly_document_names_itself(finder, body, place):
    assert finder.locate("", body)[0] == place


_RUSHAN_BUREAU = "2024年,在市委市政府的正确领导下,市市场监管局把握新形势,树立法治新理念。"
ADDRESSED_CASES = [
    # (id, body, expected place): a department written by its level, its report addressed to
    (
        "its-own-county-level-city-s-government",
        "乳山市委、乳山市人民政府:\n" + _RUSHAN_BUREAU,
        Place("乳山市市场监督管理局", DEPARTMENT, "山东省", "威海市"),
    ),
    (
        "a-government-of-another-level",  # negative: 县 is no 市 of 市市场监管局
        "中共泾县县委、泾县人民政府:\n" + _RUSHAN_BUREAU,
        Place(None, DEPARTMENT, None, None),
    ),
    (
        "two-governments",  # negative: which one is its own?
        "乳山市人民政府、威海市人民政府:\n" + _RUSHAN_BUREAU,
        Place(None, DEPARTMENT, None, None),
    ),
    (
        "a-party-committee-only",  # negative: a department reports to its government
        "中共乳山市委:\n" + _RUSHAN_BUREAU,
        Place(None, DEPARTMENT, None, None),
    ),
]


@pytest.mark.parametrize(
    ("body", "place"), [c[1:] for c in ADDRESSED_CASES], ids=[c[0] for c in ADDRESSED_CASES]
)
def test_a_department_lies_in_the_one_government_it_reports_to(finder, body, place):
    assert finder.locate("", body)[0] == place


@pytest.mark.parametrize(
    ("speaker", "region"),
    [
        ("广东省", "广东省市场监督管理局"),  # the 我局 page's own place makes its document
        ("深圳市", None),  # negative: another place's page
        (None, None),  # negative: no 我局 voice, and never written 省市场监督管理局
    ],
)
def test_a_wo_ju_page_makes_the_document_of_its_own_place(finder, speaker, region):
    text = _GUANGDONG_BUREAU + "印发《广东省市场监督管理局2019年依法行政工作要点》,明确任务。"
    division = finder.resolver.full_names[speaker][0] if speaker else None
    own = finder.written.own_document(text, division)
    assert (own[0].region if own else None) == region


BUREAU_LEVEL_CASES = [
    # (id, body, expected place): how a bureau's scope and its own government place it
    (
        "led-by-its-districts-government",
        "2024年,在区委、区政府的领导下,我局坚持依法行政。\n"
        + "一、推进依法行政。" * 40
        + "2024年,璧山区璧南河流域被命名为重庆市生态文明建设示范基地。",
        Place(None, DEPARTMENT, "重庆市", None),
    ),
    (
        "a-province-wide-bureau-by-its-documents-numbers",
        "根据《关于报送法治政府建设情况的通知》(浙依法办〔2022〕3号)要求,现将我局2022年度"
        "法治政府建设情况报告如下:全省市场主体总量突破千万户,我省获批新药6个。",
        Place(None, DEPARTMENT, "浙江省", None),
    ),
    (
        "a-citys-bureau-is-not-the-provinces",  # adversarial: 全市 tells a city's bureau
        "根据《关于报送法治政府建设情况的通知》(浙依法办〔2022〕3号)要求,现将我局2022年度"
        "法治政府建设情况报告如下:全市市场主体总量突破百万户,全省排名第一。",
        Place(None, DEPARTMENT, None, None),
    ),
]


@pytest.mark.parametrize(
    ("body", "place"), [c[1:] for c in BUREAU_LEVEL_CASES], ids=[c[0] for c in BUREAU_LEVEL_CASES]
)
def test_a_bureaus_scope_and_government_give_its_level(finder, body, place):
    assert finder.locate("", body)[0] == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "来源:上海市闵行区人民政府办公室 发布时间:2025年2月12日\n"
            "2024年,闵行区坚持依法行政,推进法治政府建设。",
            Place("闵行区", COUNTY, "上海市", None),
        ),
        (
            "发布部门:成都市郫都区人民政府办公室\n2021年,郫都区委区政府坚持依法行政。",
            Place("郫都区", COUNTY, "四川省", "成都市"),
        ),
        (
            "来源:襄垣县教育局\n2023年,我局坚持依法行政,推进法治建设。",
            Place("襄垣县教育局", DEPARTMENT, "山西省", "长治市"),
        ),
    ],
    ids=["general-office-publishes-the-governments-page", "publishing-department-label",
         "a-departments-own-publisher-line-still-counts"],
)  # fmt: skip
def test_the_general_office_publishing_a_page_is_not_its_reporter(finder, body, place):
    assert finder.locate("", body)[0] == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "生态环境部:\n2021年,在市委、市政府坚强领导下,我局坚持依法行政,推进法治建设。",
            Place(None, DEPARTMENT, None, None),
        ),
        (
            "2021年,生态环境部坚持依法行政,推进法治建设。",
            Place("生态环境部", DEPARTMENT, None, None),
        ),
    ],
    ids=["a-ministry-addressed-does-not-report", "a-ministry-speaking-reports"],
)  # fmt: skip
def test_a_ministry_reports_only_when_it_is_not_the_addressee(finder, body, place):
    assert finder.locate("", body)[0] == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "上海市市场监督管理局关于2024年度法治政府建设情况的报告 市委,市政府,市场监管总局: "
            "2024年,根据市委、市政府、市场监管总局的部署,上海市市场监督管理局深入学习宣传贯彻"
            "习近平法治思想。",
            Place("上海市市场监督管理局", DEPARTMENT, "上海市", None),
        ),
        (
            "按照交通运输部《交通运输法治政府部门建设评价暂行办法》要求,现将我委2019年度推进"
            "交通运输法治政府部门建设工作情况报告如下:",
            Place(None, DEPARTMENT, None, None),
        ),
        (
            "2021年,我委全面贯彻落实党中央、国务院以及交通运输部和市委市政府决策部署,积极推进"
            "交通运输法治政府部门创建。",
            Place(None, DEPARTMENT, None, None),
        ),
        (
            "2021年,交通运输部全面贯彻落实党中央、国务院决策部署,积极推进法治政府部门建设。",
            Place("交通运输部", DEPARTMENT, None, None),
        ),
        (
            "交通运输部关于2021年法治政府建设情况的报告 国务院: 2021年,交通运输部坚持依法行政。",
            Place("交通运输部", DEPARTMENT, None, None),
        ),
        (
            "2018年,在党中央、国务院坚强领导下,交通运输部认真贯彻落实《中共中央关于全面推进依法治国"
            "若干重大问题的决定》,推动法治政府部门建设取得实效。",
            Place("交通运输部", DEPARTMENT, None, None),
        ),
        (
            "委党委始终坚持把党的领导贯彻到法治建设的全过程,学习贯彻市委全面依法治市委员会系列会议精神。",
            Place(None, DEPARTMENT, None, None),
        ),
        (
            "2023年,市交通运输委坚持以习近平新时代中国特色社会主义思想为指导,认真落实中央及我市法治"
            "建设部署要求。",
            Place(None, DEPARTMENT, None, None),
        ),
    ],
    ids=["a-ministry-among-addressees-in-a-line-does-not-report",
         "a-ministry-issuing-a-document-followed-does-not-report",
         "a-ministry-whose-decisions-it-follows-without-de-does-not-report",
         "a-ministry-following-decisions-itself-reports",
         "a-ministry-addressing-the-state-council-reports",
         "a-ministry-carrying-out-a-document-reports",
         "a-commission-s-own-party-committee-speaks-as-a-department",
         "a-municipal-transport-commission-s-short-form-is-its-subject"],
)  # fmt: skip
def test_a_ministry_named_as_addressee_issuer_or_superior_does_not_report(finder, body, place):
    assert finder.locate("", body)[0] == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "县委、县人民政府:\n2024年,在县委、县政府的领导下,推进法治政府建设。制定《古丈县委全面依法治县"
            "委员会工作要点》《古丈县法治工作办法》。",
            Place(None, DEPARTMENT, "湖南省", "湘西土家族苗族自治州"),
        ),
        (
            "中共古丈县委、古丈县人民政府:\n2024年,古丈县司法局坚持依法行政,推进法治建设。",
            Place("古丈县司法局", DEPARTMENT, "湖南省", "湘西土家族苗族自治州"),
        ),
    ],
    ids=["a-county-does-not-write-to-itself", "a-named-addressee-is-the-superior"],
)  # fmt: skip
def test_a_page_written_to_its_own_government_is_not_that_government(finder, body, place):
    assert finder.locate("", body)[0] == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "重庆市人民政府网\n一、统筹推进法治建设。全区各级党委把法治纳入学习内容,区委书记主持召开"
            "区委常委会会议,区政府常务会议研究法治工作。",
            Place(None, COUNTY, "重庆市", None),
        ),
        (
            "重庆市人民政府网\n一、统筹推进法治建设。全市各区县把法治纳入学习内容,市委书记主持召开"
            "市委常委会会议,市政府常务会议研究法治工作。",
            Place("重庆市", PROVINCE, "重庆市", None),
        ),
        (  # a township led by its county: the level is the township's, its name unread
            "重庆市人民政府网\n一、统筹推进法治建设。在县委、县政府的领导下,我镇把法治纳入学习内容,"
            "落实县委部署。",
            Place(None, OTHER, "重庆市", None),
        ),
    ],
    ids=["a-district-speaking", "the-municipality-speaking", "a-township-led-by-its-county"],
)  # fmt: skip
def test_a_municipality_is_not_the_district_that_speaks(finder, body, place):
    assert finder.locate("", body)[0] == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "天津市静海区人民政府\n2024年以来,静海区司法局坚持依法行政,融入全区发展大局。",
            Place("静海区司法局", DEPARTMENT, "天津市", None),
        ),
        (
            "深圳市罗湖区人民政府\n2025年,罗湖区应急管理局在区委、区政府的坚强领导下,推进法治建设。",
            Place("罗湖区应急管理局", DEPARTMENT, "广东省", "深圳市"),
        ),
        (
            "2024年,静海区坚持依法行政。区司法局深入开展普法。",
            Place("静海区", COUNTY, "天津市", None),
        ),
    ],
    ids=["a-department-is-the-subject-after-the-site-header", "a-department-led-by-its-government",
         "the-government-is-the-subject"],
)  # fmt: skip
def test_a_government_whose_department_is_the_subject_is_that_department(finder, body, place):
    assert finder.locate("", body)[0] == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        # the system opens the page: its city bureau speaks, named in full once further down
        (
            "2023年来,在市委市政府的领导下,全市市场监管系统坚持以习近平法治思想为指导。市局获评"
            "先进集体。\n(一)落实第一责任人职责\n成立漳州市市场监督管理局普法领导小组。",
            Place("漳州市市场监督管理局", Level.DEPARTMENT, "福建省", "漳州市"),
        ),
        # its districts' bureaus are not of the level it speaks as (全市)
        (
            "2023年,全市市场监管系统坚持依法行政。成立漳州市市场监督管理局普法领导小组,"
            "指导龙海区市场监督管理局、芗城区市场监督管理局开展工作。",
            Place("漳州市市场监督管理局", Level.DEPARTMENT, "福建省", "漳州市"),
        ),
        # two cities' bureaus of that system, past the opening: neither is chosen
        (
            "2023年,全市市场监管系统坚持依法行政。\n"
            + "强化执法监督,规范执法行为。" * 25
            + "学习厦门市市场监督管理局经验,与漳州市市场监督管理局签订协议。",
            Place(None, Level.DEPARTMENT, None, None),
        ),
    ],
    ids=["named-once", "districts-inside", "two-cities"],
)
def test_a_system_opening_the_page_is_its_bureaus_voice(finder, body, place):
    assert finder.locate("", body)[0] == place


def test_a_document_title_cut_by_the_opening_names_no_reporter(finder):
    body = (
        "2024年,我局坚持以习近平法治思想为指导,深入贯彻落实党的二十届三中全会精神。"
        + "对标对表各项目标任务," * 22
        + "全面推进依法行政,制定《东莞市交通运输局领导干部应知应会党内法规"
        + "和法律法规重点学习清单》,推进法治东莞建设。"
    )
    place, _ = finder.locate("", body)
    assert place == Place("东莞市交通运输局", Level.DEPARTMENT, "广东省", "东莞市")


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "2025年度,市交通运输局宝安管理局深入贯彻落实市交通运输局决策部署,扎实推进法治建设。"
            "学习贯彻习近平总书记对广东、深圳系列重要讲话精神。",
            Place("深圳市交通运输局宝安管理局", Level.DEPARTMENT, "广东省", "深圳市"),
        ),
        # the city is not named: the district's city is not the page's to guess
        (
            "2025年度,市交通运输局宝安管理局深入贯彻落实市交通运输局决策部署,扎实推进法治建设。",
            Place(None, Level.DEPARTMENT, None, None),
        ),
        # a district name of several cities (朝阳区 in 北京 and 长春): none chosen by it
        (
            "2025年度,市公安局朝阳分局深入贯彻落实市公安局决策部署,推进法治建设。北京、长春",
            Place(None, Level.DEPARTMENT, None, None),
        ),
    ],
    ids=["city-named", "city-not-named", "district-of-several-cities"],
)
def test_a_city_bureau_s_branch_office_reports_for_its_city(finder, body, place):
    assert finder.locate("", body)[0] == place


STEM_SUBJECT_CASES = [
    # (id, body, expected place): a county by its name without its suffix as the first subject
    (
        "a-county-level-city-represents-its-city",
        "2023 年,醴陵坚持依法行政,代表株洲市迎接省级评估。印发《中共醴陵市委2023年工作要点》。",
        Place("醴陵市", COUNTY, "湖南省", "株洲市"),
    ),
    (
        "the-full-name-must-be-written",  # adversarial: the stem alone could be any word
        "2023年,醴陵坚持依法行政,代表株洲市迎接省级评估。",
        Place("株洲市", CITY, "湖南省", "株洲市"),
    ),
    (
        "a-place-found-first-that-is-not-above-it",  # adversarial: 岳阳市 is no parent (as before)
        "2023年,醴陵坚持依法行政,学习岳阳市经验。印发《中共醴陵市委2023年工作要点》。",
        Place("岳阳市", CITY, "湖南省", "岳阳市"),
    ),
]


@pytest.mark.parametrize(
    ("body", "place"), [c[1:] for c in STEM_SUBJECT_CASES], ids=[c[0] for c in STEM_SUBJECT_CASES]
)
def test_a_county_as_the_subject_by_its_stem_reports(finder, body, place):
    assert finder.locate("", body)[0] == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "2025年,岳阳市生态环境局岳阳县分局(以下简称“我局”)坚持依法行政,推进法治建设。",
            Place("岳阳市生态环境局岳阳县分局", DEPARTMENT, "湖南省", "岳阳市"),
        ),
        # adversarial: the bureau's own name, then another sentence: no branch
        (
            "2025年,岳阳市生态环境局坚持依法行政,指导岳阳县分局推进法治建设。",
            Place("岳阳市生态环境局", DEPARTMENT, "湖南省", "岳阳市"),
        ),
    ],
    ids=["branch-in-the-opening", "the-bureau-itself"],
)
def test_a_city_bureau_s_county_branch_in_the_opening_reports(finder, body, place):
    assert finder.locate("", body)[0] == place


ZONE_VOICE_CASES = [
    # (id, body, expected place): a page speaking as a zone by its bare kind (新区党工委)
    (
        "the-one-listed-zone-of-that-kind",
        "一、新区推进法治政府建设主要举措和成效\n"
        + _PROSE_WITHOUT_PLACES
        + "将习近平法治思想纳入新区党工委理论学习中心组学习内容。对标中央和重庆市法治政府建设"
        "要求,结合新区实际,认真制定两江新区法治政府建设实施方案。",
        Place("两江新区", COUNTY, "重庆市", None),
    ),
    (
        "no-zone-written-in-full-is-not-the-municipality",  # the zone, its name unknown
        "一、新区推进法治政府建设主要举措和成效\n"
        + _PROSE_WITHOUT_PLACES
        + "将习近平法治思想纳入新区党工委学习内容。对标中央和重庆市法治政府建设要求,结合新区实际。",
        Place(None, COUNTY, "重庆市", None),
    ),
    (
        "a-named-zone-is-no-voice",  # adversarial: 两江新区 written, but the page never speaks so
        _PROSE_WITHOUT_PLACES + "全市法治政府建设扎实推进,重庆市、重庆市支持两江新区建设。",
        Place("重庆市", PROVINCE, "重庆市", None),
    ),
    (
        "a-zone-s-bureau-is-no-zone",  # adversarial: 我局 speaks, whatever zone it serves
        _PROSE_WITHOUT_PLACES + "我局结合新区实际,推进两江新区法治建设,服务重庆市发展。",
        Place(None, DEPARTMENT, "重庆市", None),
    ),
]


@pytest.mark.parametrize(
    ("body", "place"), [c[1:] for c in ZONE_VOICE_CASES], ids=[c[0] for c in ZONE_VOICE_CASES]
)
def test_a_page_speaking_as_a_zone_is_the_zone_it_names(finder, body, place):
    assert finder.locate("", body)[0] == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "市政府:\n2023年,在市委、市政府的坚强领导下,泾县坚持依法行政,全县法治建设取得新成效。",
            Place("泾县", COUNTY, "安徽省", "宣城市"),
        ),
        ("区政府:\n2023年,我街道坚持依法行政。", Place(None, OTHER, None, None)),
        (
            "市政府:\n2023年,我市坚持依法行政,全市法治政府建设取得新成效。",
            Place(None, CITY, None, None),  # negative: the page's own 我市 still speaks
        ),
        (  # the government in brackets after its party committee: still the addressee
            "市委(市政府):\n2024年,市应急管理局深入学习贯彻习近平法治思想,围绕全市工作重点开展工作。",
            Place(None, DEPARTMENT, None, None),
        ),
        (
            "市委（市政府）：\n2024年,我市坚持依法行政,全市法治政府建设取得新成效。",
            Place(None, CITY, None, None),  # negative: the page's own 我市 still speaks
        ),
    ],
    ids=["a-county-led-by-the-city-it-addresses", "a-jiedao-addressing-its-district",
         "a-city-addressing-its-own-government", "a-bureau-addressing-a-bracketed-government",
         "a-city-addressing-a-bracketed-government"],
)  # fmt: skip
def test_a_short_addressee_line_is_no_voice_of_the_page(finder, body, place):
    """市政府: above the text is the government the page reports to, however short its name:
    not the page speaking as a city (a district's report to its city)."""
    assert finder.locate("", body)[0] == place


@pytest.mark.parametrize(
    ("line", "addressee"),
    [
        ("市政府:\n", True),
        ("区委、区政府:\n", True),
        ("县人民政府:2023年", True),
        ("市政府坚持依法行政。\n", False),  # no colon: a sentence, not an addressee
        ("政府:\n", False),  # no level before the government
        ("市委(市政府):\n", True),  # the government in brackets after its party committee
        ("区委（区政府）：2024年", True),
        ("市委(市政府)高度重视。\n", False),  # no colon: a sentence
    ],
)
def test_the_addressee_line_may_be_a_bare_level_s_government(line, addressee):
    assert (addressee_line().match(line) is not None) is addressee


@pytest.mark.parametrize(
    ("body", "url", "place"),
    [
        (
            "2020年,在省委、省政府正确领导和生态环境部的指导帮助下,我厅认真学习贯彻习近平法治思想。",
            None,
            Place(None, DEPARTMENT, None, None),
        ),
        (
            "2023年,根据市场监管总局的部署,上海市市场监督管理局坚持依法行政,推进法治政府建设。",
            None,
            Place("上海市市场监督管理局", DEPARTMENT, "上海市", None),
        ),
        (
            "2023年,按照省委、省政府和应急管理部的工作要求,我厅坚持依法行政,推进法治政府建设。",
            None,
            Place(None, DEPARTMENT, None, None),
        ),
        (
            "2021年,生态环境部坚持依法行政,推进法治建设。",
            None,
            Place("生态环境部", DEPARTMENT, None, None),
        ),
    ],
    ids=["a-ministry-guiding-its-province-s-department", "a-ministry-whose-decisions-it-follows",
         "a-ministry-whose-requirements-it-follows", "a-ministry-as-the-subject-reports"],
)  # fmt: skip
def test_a_ministry_among_the_superiors_does_not_report(finder, body, url, place):
    assert finder.locate("", body, url)[0] == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "2022年,我局高度重视法治建设。\n(一)加强组织领导。市局党组始终将推进法治建设摆在全局工作的"
            "重要位置。",
            Place(None, DEPARTMENT, "福建省", "莆田市"),
        ),
        (
            "2022年,市市场监管局坚持依法行政,推进法治建设。",
            Place("莆田市市场监督管理局", DEPARTMENT, "福建省", "莆田市"),
        ),
    ],
    ids=["a-level-and-a-kind-alone-name-no-department", "a-level-and-a-department-s-name"],
)  # fmt: skip
def test_a_bureau_written_by_its_kind_alone_has_no_name(finder, body, place):
    assert finder.locate("", body, "http://scjgj.putian.gov.cn/a.html")[0] == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "2022年,围绕市委市政府、福建省市场监管局关于推进法治政府建设的工作部署,我局高度重视,"
            "认真履行职责。",
            Place(None, DEPARTMENT, "福建省", "莆田市"),
        ),
        (
            "2022年,围绕省委省政府的工作部署,福建省市场监管局坚持依法行政,推进法治政府建设。",
            Place("福建省市场监督管理局", DEPARTMENT, "福建省", None),
        ),
    ],
    ids=["a-superior-bureau-whose-decisions-it-follows", "the-subject-after-the-clause-reports"],
)  # fmt: skip
def test_a_department_whose_decisions_the_page_follows_is_not_its_reporter(finder, body, place):
    assert finder.locate("", body, "http://scjgj.putian.gov.cn/a.html")[0] == place


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "2020年,区司法局在区委、区政府的坚强领导下,在市司法局的指导下,牵头推动全区依法行政。"
            "全区贯彻《重庆市綦江区法治政府建设实施方案》。",
            Place("綦江区司法局", DEPARTMENT, "重庆市", None),
        ),
        (
            "2020年,在区委、区政府的坚强领导下,区政府牵头推动全区依法行政。"
            "全区贯彻《重庆市綦江区法治政府建设实施方案》。",
            Place("綦江区", COUNTY, "重庆市", None),
        ),
    ],
    ids=["a-bureau-that-leads-the-work-after-its-superiors", "a-government-that-leads-the-work"],
)  # fmt: skip
def test_a_subject_that_leads_the_work_speaks(finder, body, place):
    assert finder.locate("", body)[0] == place


@pytest.mark.parametrize(
    ("opening", "word"),
    [
        # every party committee named is of one level: the level it may speak as
        ("2024年,在县委坚强领导下坚持依法行政。县委常委会专题研究。", "县"),
        # negative: a chain of superiors' committees (a 街道's) is no voice of its own
        ("2024年,鹤龙街紧密围绕省委“1310”部署、市委“1312”举措和区委“1311”措施。", None),
        ("2024年,落实省委、市委部署。", None),
    ],
)
def test_party_committees_of_several_levels_are_no_voice(finder, opening, word):
    assert finder.clues.read("", opening, ()).self_word == word


MUNICIPAL_VOICE_CASES = [
    # (id, body, expected place): a 市 voice whose province is a municipality is the municipality
    (
        "chongqing-s-own-report",
        "2024年,在市委坚强领导下,全市各级行政机关深入贯彻习近平总书记视察重庆重要讲话精神。",
        Place("重庆市", PROVINCE, "重庆市", None),
    ),
    (
        "beijing-s-own-report",
        "2023年,在市委、市政府领导下,全市深入贯彻习近平总书记对北京工作的重要讲话精神。",
        Place("北京市", PROVINCE, "北京市", None),
    ),
    (
        "a-city-voice-in-a-province-is-no-municipality",
        "2024年,在市委坚强领导下,全市深入贯彻习近平总书记视察黑龙江重要讲话精神。",
        Place(None, CITY, "黑龙江省", None),
    ),
    (
        "a-district-of-a-municipality-stays-a-district",
        "2024年,在区委坚强领导下,全区深入贯彻习近平总书记视察重庆重要讲话精神。",
        Place(None, COUNTY, "重庆市", None),
    ),
    (
        "a-bureau-of-a-municipality-is-not-the-municipality",
        "2024年,我局在市委、市政府领导下,深入贯彻习近平总书记视察重庆重要讲话精神。",
        Place(None, DEPARTMENT, "重庆市", None),
    ),
]


@pytest.mark.parametrize(
    ("body", "place"),
    [c[1:] for c in MUNICIPAL_VOICE_CASES],
    ids=[c[0] for c in MUNICIPAL_VOICE_CASES],
)
def test_a_city_voice_in_a_municipality_is_the_municipality(finder, body, place):
    assert finder.locate("", body)[0] == place


_BUREAU_BODY = "2023年,我局紧紧围绕市委、市政府中心工作,依法行政水平进一步提高。现报告如下。"


@pytest.mark.parametrize(
    ("furniture", "region"),
    [
        (["发布时间:2024-02-05 09:19 信息来源:洪江市退役军人事务局"], "洪江市退役军人事务局"),
        (["来源:广东省公安厅"], None),  # 我局 is no 厅: the line names another's organ
        (["信息来源:洪江市人民政府"], None),  # the government, not a department
        (["信息来源:洪江市"], None),  # a place alone names no department
    ],
    ids=["its-own-bureau", "a-department-of-another-kind", "its-government", "a-place-alone"],
)
def test_a_bureau_s_publisher_line_names_it(finder, furniture, region):
    assert finder.locate("", _BUREAU_BODY, None, furniture)[0].region == region


@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "2021年,市卫生健康委在洛阳市委、市政府的领导下、在省卫健委的指导下,紧紧围绕法治政府建设"
            "工作目标,定任务明责任。",
            Place(None, DEPARTMENT, None, None),
        ),
        (
            "2021年,洛阳市在市委的领导下、在省委的指导下,紧紧围绕法治政府建设工作目标,定任务明责任。",
            Place("洛阳市", CITY, "河南省", "洛阳市"),
        ),
    ],
    ids=["a-department-subject-before-leadership-clauses-joined-by-a-comma-of-enumeration",
         "a-city-subject-before-such-clauses-stays-the-city"],
)  # fmt: skip
def test_a_subject_before_leadership_clauses_joined_by_enumeration_comma(finder, body, place):
    assert finder.locate("", body)[0] == place


@pytest.mark.parametrize(
    ("title", "body", "furniture", "expected"),
    [
        # the title's department written short, no publisher line: its name unknown, its place's
        # parents kept, never the government its page names
        (
            "市政务服务办2022年法治政府建设情况报告",
            "2022年市政务服务办坚持以习近平新时代中国特色社会主义思想为指导,全面落实市委、市政府"
            "关于法治政府建设的决策部署,推动法治天津建设。",
            (),
            Place(None, Level.DEPARTMENT, "天津市", None),
        ),
        # …and with its publisher line, the department in full
        (
            "市政务服务办2022年法治政府建设情况报告",
            "2022年市政务服务办坚持以习近平新时代中国特色社会主义思想为指导,全面落实市委、市政府"
            "关于法治政府建设的决策部署,推动法治天津建设。",
            ("来源:天津市人民政府政务服务办公室 发布时间:2023-03-14 15:35",),
            Place("天津市人民政府政务服务办公室", Level.DEPARTMENT, "天津市", None),
        ),
        # negative: a government's office (市政府办) is no department written short here
        (
            "天津市2022年法治政府建设情况报告",
            "2022年,天津市坚持以习近平新时代中国特色社会主义思想为指导,推进法治政府建设。",
            (),
            Place("天津市", Level.PROVINCE, "天津市", None),
        ),
    ],
    ids=["short-department-no-publisher", "short-department-publisher", "placed-title"],
)
def test_a_title_s_short_department_is_never_its_government(
    finder, title, body, furniture, expected
):
    place, _ = finder.locate(title, body, furniture=furniture)
    assert place == expected


_JIANGBEI_OFFICE = (
    "2024年,区政府办公室严格落实{cited}。现将我办情况报告如下:对照《江北区法治政府建设应知应会手册》"
    "《江北区普法责任清单》,学习《江北区贯彻落实措施》。"
)
_HEPING = (
    "2024年,我区坚持依法行政,{cited}制定《和平区重大行政决策程序规定》《和平区行政执法监督办法》。"
)
SHARED_DISTRICT_NAME_CASES = [
    (
        # 江北区: 宁波's, and 重庆's (left out of the current list, still governing): 重庆市
        # named settles it
        "its-municipality-settles-it",
        _JIANGBEI_OFFICE.format(cited="《重庆市法治政府建设实施方案》"),
        Place("江北区人民政府办公室", DEPARTMENT, "重庆市", None),
    ),
    (
        "its-city-settles-it",
        _JIANGBEI_OFFICE.format(cited="《宁波市法治政府建设实施方案》"),
        Place("江北区人民政府办公室", DEPARTMENT, "浙江省", "宁波市"),
    ),
    (
        "nothing-settles-it",  # negative: 宁波's no longer wins as the one current 江北区
        _JIANGBEI_OFFICE.format(cited="上级部署"),
        Place(None, DEPARTMENT, None, None),
    ),
    (
        "a-municipality-settles-it",
        _HEPING.format(cited="落实《天津市法治政府建设实施纲要》,"),
        Place("和平区", COUNTY, "天津市", None),
    ),
    (
        "both-homes-named-settle-nothing",  # negative: 天津市 and 辽宁省 (沈阳's 和平区) both named
        _HEPING.format(cited="落实《天津市法治政府建设实施纲要》与《辽宁省法治政府建设实施方案》,"),
        Place(None, COUNTY, None, None),
    ),
    (
        "a-province-does-not-settle-two-of-its-cities",  # negative: 南京's and 徐州's 鼓楼区
        "2024年,我区坚持依法行政,落实《江苏省法治政府建设实施方案》,制定《鼓楼区重大行政决策程序"
        "规定》《鼓楼区行政执法监督办法》。",
        Place(None, COUNTY, "江苏省", None),
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [c[1:] for c in SHARED_DISTRICT_NAME_CASES],
    ids=[c[0] for c in SHARED_DISTRICT_NAME_CASES],
)
def test_a_district_name_of_several_cities_is_settled_by_its_own_city(finder, body, expected):
    assert finder.locate("", body)[0] == expected


def test_a_district_name_nothing_settles_is_said(finder):
    _, warnings = finder.locate("", _JIANGBEI_OFFICE.format(cited="上级部署"))
    assert any("several provinces or cities (江北区), not settled" in w for w in warnings)


@pytest.mark.parametrize(
    ("city", "organ", "district"),
    [
        ("深圳市", "龙华公安分局", "龙华"),  # a district by its name without its suffix
        ("深圳市", "龙华区公安分局", "龙华区"),
        ("广州市", "荔湾公安分局", "荔湾"),
        # negative: the district is another city's (龙华区 is 海口's too, but not 广州's)
        ("广州市", "龙华公安分局", None),
        # negative: no branch's suffix, or no district before it
        ("深圳市", "龙华区司法局", None),
        ("深圳市", "公安分局", None),
    ],
)
def test_a_branch_named_for_a_district_of_the_city_is_seen(finder, city, organ, district):
    division = finder.resolver.full_names[city][0]
    assert finder.written.district_branch(division, organ) == district


@pytest.mark.parametrize(
    ("text", "region"),
    [
        # the branch's own yearly document writes its name in full
        ("研究制定《深圳市公安局龙华分局2024年法治公安建设工作要点》。", "深圳市公安局龙华分局"),
        ("印发《深圳市公安局龙华区分局2024年工作要点》。", "深圳市公安局龙华区分局"),
        # negative: the city bureau's own document, cited by its branch
        ("落实《深圳市公安局2024年法治公安建设工作要点》。", None),
        # negative: another district's branch
        ("学习《深圳市公安局福田分局2024年法治公安建设工作要点》。", None),
        # negative: another bureau's branch (the page's form spells 公安, not 生态环境)
        ("印发《深圳市生态环境局龙华管理局2024年工作要点》。", None),
        # negative: not a yearly document
        ("制定《深圳市公安局龙华分局行政执法公示办法》。", None),
    ],
)
def test_a_district_branch_is_named_by_its_own_yearly_document(finder, text, region):
    division = finder.resolver.full_names["深圳市"][0]
    assert finder.written.own_branch_document(text, division, "龙华公安分局", "龙华") == region
    assert finder.written.own_branch_document(text, division, "龙华区公安分局", "龙华区") == region


PLATFORM_ZONE_CASES = [
    (
        "a-named-zone-in-the-province-of-the-platform-it-names",
        "2022年以来,徐圩新区坚持依法行政。新区党工委统筹推进。通过江苏政务服务网及时发布事项清单。",
        Place("徐圩新区", COUNTY, "江苏省", None),
    ),
    (
        "a-province-written-in-full-before-its-platform",
        "2022年以来,徐圩新区坚持依法行政。新区党工委统筹推进。在湖北省政务服务网公布事项。",
        Place("徐圩新区", COUNTY, "湖北省", None),
    ),
    (
        "no-platform-no-place",
        "2022年以来,徐圩新区坚持依法行政。新区党工委统筹推进。",
        Place(None, COUNTY, None, None),
    ),
    (
        "a-platform-without-a-place-names-none",
        "2022年以来,徐圩新区坚持依法行政。新区党工委统筹推进。通过政务服务网公布事项。",
        Place(None, COUNTY, None, None),
    ),
    (
        "two-provinces-platforms-name-none",
        "2022年以来,徐圩新区坚持依法行政。新区党工委统筹推进。通过江苏政务服务网、"
        "浙江政务服务网发布事项。",
        Place(None, COUNTY, None, None),
    ),
]


@pytest.mark.parametrize(
    ("body", "place"),
    [c[1:] for c in PLATFORM_ZONE_CASES],
    ids=[c[0] for c in PLATFORM_ZONE_CASES],
)
def test_a_zone_naming_no_place_lies_in_the_province_of_its_platform(finder, body, place):
    assert finder.locate("", body)[0] == place


_COMMITTEE_LIST = "2025年,{self}坚持依法行政,紧扣{listed}聚力实施“六大行动”,扎实推进法治政府建设。"


@pytest.mark.parametrize(
    ("self_word", "listed", "region"),
    [
        # superiors' programmes first, the page's own committee last and inside them
        ("全市", "省委“1310”具体部署、云浮市委“365”竞标争先体系和罗定市委", "罗定市"),
        ("全县", "省委“1310”具体部署、清远市委“大抓产业”部署和阳山县委", "阳山县"),
        ("我区", "省委部署、广州市委要求及越秀区委", "越秀区"),
        # negative: the last committee is another city's, inside none before it (a partner's)
        ("全市", "省委部署、云浮市委要求和茂名市委", None),
        # negative: the deepest does not fit the level the page speaks as (a 市 on a 全县 page)
        ("全县", "省委部署、云浮市委要求和罗定市委", None),
        # negative: a place in the list that is no committee (罗定市's plan, not its 市委)
        ("全市", "省委部署、云浮市委要求和罗定市方案", None),
        # negative: a committee the page guides, not one its list joins (指导罗定市委)
        ("全市", "省委部署、云浮市委要求,指导罗定市委", None),
        ("全市", "省委部署、云浮市委要求并指导罗定市委", None),
        # negative: the committees stand in two clauses, no one list
        ("全市", "省委部署、云浮市委要求,推动罗定市委", None),
        # negative: the page speaks as a department, not a government
        ("我局", "省委部署、云浮市委要求和罗定市委", None),
    ],
)
def test_the_deepest_committee_an_opening_lists_is_the_reporter(finder, self_word, listed, region):
    body = _COMMITTEE_LIST.format(self=self_word, listed=listed)
    place, warnings = finder.locate("", body)
    listed_warning = any("nested party committees" in w for w in warnings)
    assert listed_warning == (region is not None)
    if region is not None:
        assert place.region == region


_FIELD_ONLY = (
    "一、推进法治政府建设的主要举措和成效\n截至目前,全市共发生各类安全生产事故66起,同比减少5起。"
    "一季度在辽阳市开展安全风险隐患排查整治行动,排查出各类问题隐患1383项。"
)
_GOVERNMENT_VOICE = (
    "2023年,市政府坚持以习近平法治思想为指导,全面推进依法行政。"
    "我市在辽阳市全域开展安全风险隐患排查整治行动。"
)


@pytest.mark.parametrize(
    ("title", "body", "url", "place"),
    [
        # a department's site, a page that names its city but never speaks as a government:
        # the department's, its name unknown (not 辽阳市)
        ("", _FIELD_ONLY, "http://yjj.liaoyang.gov.cn/gsgg/a.html",
         Place(None, DEPARTMENT, "辽宁省", "辽阳市")),
        # negative: the same page on the city's portal stays the city's
        ("", _FIELD_ONLY, "http://www.liaoyang.gov.cn/gsgg/a.html",
         Place("辽阳市", CITY, "辽宁省", "辽阳市")),
        # negative: a government's report on a department's site, named by its title ...
        ("辽阳市2023年法治政府建设年度报告", _FIELD_ONLY, "http://yjj.liaoyang.gov.cn/a.html",
         Place("辽阳市", CITY, "辽宁省", "辽阳市")),
        # ... or speaking as the government (市政府坚持…, 我市)
        ("", _GOVERNMENT_VOICE, "http://yjj.liaoyang.gov.cn/a.html",
         Place("辽阳市", CITY, "辽宁省", "辽阳市")),
    ],
)  # fmt: skip
def test_a_page_on_a_department_s_site_is_no_government_s(finder, title, body, url, place):
    found, warnings = finder.locate(title, body, url)
    assert found == place
    assert any("department's site" in w for w in warnings) == (place.region is None)


def test_an_enumeration_s_point_names_no_department(finder):
    # 二是局党组…: the second point, with the bureau's party group as its subject
    body = (
        "按照工作要求,现将2024年法治政府建设情况报告如下。\n一是推动领导干部带头学习。"
        "二是局党组严格落实“第一议题”要求。三是组织工作人员依托重庆干部网络学院学习。"
    )
    place, _ = finder.locate("", body, "https://www.beibei.gov.cn/zwgk/a.html")
    assert place.region is None
    assert place.level == DEPARTMENT
