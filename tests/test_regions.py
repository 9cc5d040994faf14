from __future__ import annotations

import pytest

from indexer.models import Level, Place
from indexer.regions import Division, RegionResolver, _autonomous_short_forms, short_forms
from indexer.resources import load_csv, load_toml

COUNTY, CITY, PROVINCE = Level.COUNTY, Level.CITY, Level.PROVINCE
DEPARTMENT, OTHER = Level.DEPARTMENT, Level.OTHER


@pytest.fixture(scope="module")
def resolver() -> RegionResolver:
    return RegionResolver.from_data()


TITLES = [
    # (id, title, region, level, province, city)
    ("guangdong-county", "武江区人民政府2024年法治政府建设年度报告",
     "武江区", COUNTY, "广东省", "韶关市"),
    ("guangdong-traditional", "廣州市海珠區人民政府關於2023年度法治政府建設情況的報告",
     "海珠区", COUNTY, "广东省", "广州市"),
    ("guangdong-short-city", "广州海珠区人民政府关于2023年度法治政府建设情况的报告",
     "海珠区", COUNTY, "广东省", "广州市"),
    ("zhejiang", "杭州市西湖区人民政府关于2023年法治政府建设情况的报告",
     "西湖区", COUNTY, "浙江省", "杭州市"),
    ("sichuan", "成都市武侯区2023年法治政府建设年度报告", "武侯区", COUNTY, "四川省", "成都市"),
    ("guizhou-autonomous-prefecture",
     "贵州省黔东南苗族侗族自治州人民政府2023年法治政府建设情况报告",
     "黔东南苗族侗族自治州", CITY, "贵州省", "黔东南苗族侗族自治州"),
    ("hubei-autonomous-county", "长阳土家族自治县2023年法治政府建设年度报告",
     "长阳土家族自治县", COUNTY, "湖北省", "宜昌市"),
    ("inner-mongolia-banner", "鄂尔多斯市伊金霍洛旗2023年法治政府建设年度报告",
     "伊金霍洛旗", COUNTY, "内蒙古自治区", "鄂尔多斯市"),
    ("inner-mongolia-league", "锡林郭勒盟行政公署2023年法治政府建设情况报告",
     "锡林郭勒盟", CITY, "内蒙古自治区", "锡林郭勒盟"),
    ("ningxia-region", "宁夏回族自治区人民政府2023年法治政府建设情况报告",
     "宁夏回族自治区", PROVINCE, "宁夏回族自治区", None),
    ("heilongjiang-prefecture", "黑龙江省大兴安岭地区行政公署2023年法治政府建设情况报告",
     "大兴安岭地区", CITY, "黑龙江省", "大兴安岭地区"),
    ("gansu", "兰州市城关区2023年法治政府建设年度报告", "城关区", COUNTY, "甘肃省", "兰州市"),
    ("tibet-same-name", "拉萨市城关区2023年法治政府建设年度报告",
     "城关区", COUNTY, "西藏自治区", "拉萨市"),
    ("anhui", "合肥市蜀山区人民政府2023年法治政府建设年度报告",
     "蜀山区", COUNTY, "安徽省", "合肥市"),
    ("jiangxi", "南昌市红谷滩区2023年法治政府建设年度报告", "红谷滩区", COUNTY, "江西省", "南昌市"),
    ("shandong", "济南市市中区2023年法治政府建设年度报告", "市中区", COUNTY, "山东省", "济南市"),
    ("hainan", "海口市美兰区人民政府2023年法治政府建设年度报告",
     "美兰区", COUNTY, "海南省", "海口市"),
    ("yunnan", "昆明市五华区人民政府2023年法治政府建设年度报告",
     "五华区", COUNTY, "云南省", "昆明市"),
    ("shanxi-common-word-with-parent", "阳泉市城区2023年法治政府建设情况报告",
     "城区", COUNTY, "山西省", "阳泉市"),
    ("hebei", "石家庄市长安区2023年法治政府建设年度报告", "长安区", COUNTY, "河北省", "石家庄市"),
    ("shaanxi", "西安市长安区2023年法治政府建设年度报告", "长安区", COUNTY, "陕西省", "西安市"),
    ("jilin", "长春市朝阳区人民政府2023年法治政府建设年度报告",
     "朝阳区", COUNTY, "吉林省", "长春市"),
    ("liaoning", "沈阳市和平区人民政府2023年法治政府建设年度报告",
     "和平区", COUNTY, "辽宁省", "沈阳市"),
    ("jiangsu-county-city", "昆山市2023年法治政府建设年度报告",
     "昆山市", COUNTY, "江苏省", "苏州市"),
    ("fujian-county", "平潭县2023年法治政府建设年度报告", "平潭县", COUNTY, "福建省", "福州市"),
    # opencc t2s reads 乾 as 干: names are matched as converted text, reported as official.
    ("shaanxi-qian", "乾县人民政府2023年法治政府建设年度报告", "乾县", COUNTY, "陕西省", "咸阳市"),
    ("jilin-qian-an", "乾安县2024年法治政府建设情况报告", "乾安县", COUNTY, "吉林省", "松原市"),
    ("hubei-province-direct", "仙桃市人民政府2023年法治政府建设年度报告",
     "仙桃市", COUNTY, "湖北省", None),
    ("hubei-forest-district", "神农架林区2023年法治政府建设年度报告",
     "神农架林区", COUNTY, "湖北省", None),
    ("prefecture-without-counties", "东莞市人民政府2023年法治政府建设年度报告",
     "东莞市", CITY, "广东省", "东莞市"),
    ("beijing-district", "北京市朝阳区人民政府2023年法治政府建设年度报告",
     "朝阳区", COUNTY, "北京市", None),
    ("tianjin-district", "武清区人民政府关于武清区2023年度法治政府建设情况的报告",
     "武清区", COUNTY, "天津市", None),
    ("chongqing-county", "重庆市城口县2023年法治政府建设年度报告",
     "城口县", COUNTY, "重庆市", None),
    ("shanghai-municipality", "上海市人民政府2023年法治政府建设情况报告",
     "上海市", PROVINCE, "上海市", None),
    ("shanghai-new-district", "上海市浦东新区人民政府2023年法治政府建设情况报告",
     "浦东新区", COUNTY, "上海市", None),
    ("party-committee-first", "中共武江区委 武江区人民政府关于2023年法治政府建设情况的报告",
     "武江区", COUNTY, "广东省", "韶关市"),
    # A one-character county's committee repeats the level (浚县县委): a committee, no department.
    ("party-committee-level-repeated", "中共浚县县委 浚县人民政府关于2024年法治政府建设情况的报告",
     "浚县", COUNTY, "河南省", "鹤壁市"),
    ("party-committee-level-repeated-joined",
     "中共沛县县委、沛县人民政府关于2023年度法治政府建设情况的报告",
     "沛县", COUNTY, "江苏省", "徐州市"),
    ("former-name", "许昌县人民政府2019年法治政府建设情况报告",
     "许昌县", COUNTY, "河南省", "许昌市"),
    ("traditional-city", "貴陽市人民政府2022年法治政府建設情況報告",
     "贵阳市", CITY, "贵州省", "贵阳市"),
    ("prefecture-short-form", "湘西州人民政府2021年度法治政府建设情况报告",
     "湘西土家族苗族自治州", CITY, "湖南省", "湘西土家族苗族自治州"),
    ("autonomous-county-short-form", "长阳县2023年法治政府建设年度报告",
     "长阳土家族自治县", COUNTY, "湖北省", "宜昌市"),
    # The ethnic groups dropped, the suffix kept whole: 紫云自治县.
    ("autonomous-county-suffix-kept", "紫云自治县2024年度法治政府建设工作报告",
     "紫云苗族布依族自治县", COUNTY, "贵州省", "安顺市"),
    ("autonomous-prefecture-suffix-kept", "恩施自治州2022年法治政府建设年度报告",
     "恩施土家族苗族自治州", CITY, "湖北省", "恩施土家族苗族自治州"),
    # The two-character forms of long transliterated prefecture names (data file).
    ("prefecture-two-character-form", "巴州人民政府2023年法治政府建设年度报告",
     "巴音郭楞蒙古自治州", CITY, "新疆维吾尔自治区", "巴音郭楞蒙古自治州"),
    ("league-two-character-form", "锡盟行署2022年法治政府建设情况报告",
     "锡林郭勒盟", CITY, "内蒙古自治区", "锡林郭勒盟"),
    ("district-named-like-a-prefecture-form", "巴中市巴州区人民政府2023年法治政府建设年度报告",
     "巴州区", COUNTY, "四川省", "巴中市"),
    ("district-named-like-a-prefecture-form-alone", "巴州区2023年法治政府建设年度报告",
     "巴州区", COUNTY, "四川省", "巴中市"),
]  # fmt: skip

DEPARTMENTS = [
    # the city's 市 written once, opening the department's name (漳州 + 市场监督管理局)
    ("level-character-opens-the-department", "漳州市场监督管理局2023年法治政府建设工作报告",
     "漳州市市场监督管理局", "福建省", "漳州市"),
    ("level-character-opens-a-short-form", "漳州市场监管局2023年法治政府建设工作报告",
     "漳州市市场监督管理局", "福建省", "漳州市"),
    ("city-bureau", "韶关市司法局2024年法治政府建设年度报告", "韶关市司法局", "广东省", "韶关市"),
    ("province-department", "广东省司法厅2023年法治政府建设年度报告",
     "广东省司法厅", "广东省", None),
    ("district-market-regulation", "海珠区市场监督管理局2023年法治政府建设年度报告",
     "海珠区市场监督管理局", "广东省", "广州市"),
    ("county-police", "沛县公安局2023年法治政府建设年度报告", "沛县公安局", "江苏省", "徐州市"),
    ("commission", "南京市发展和改革委员会2023年法治政府建设年度报告",
     "南京市发展和改革委员会", "江苏省", "南京市"),
    ("government-office", "韶关市人民政府办公室2023年法治政府建设年度报告",
     "韶关市人民政府办公室", "广东省", "韶关市"),
    ("autonomous-region-department", "广西壮族自治区司法厅2023年法治政府建设年度报告",
     "广西壮族自治区司法厅", "广西壮族自治区", None),
    ("xinjiang-city-bureau", "乌鲁木齐市公安局2023年法治政府建设年度报告",
     "乌鲁木齐市公安局", "新疆维吾尔自治区", "乌鲁木齐市"),
    # One name for a department however the page writes it: its place's own name, its full name.
    ("short-department-name", "上城区市场监管局2024年法治政府建设年度报告",
     "上城区市场监督管理局", "浙江省", "杭州市"),
    ("district-after-its-city", "杭州市上城区市场监督管理局2024年法治政府建设年度报告",
     "上城区市场监督管理局", "浙江省", "杭州市"),
    ("short-commission-name", "浙江省卫生健康委关于2023年度法治政府建设工作情况的报告",
     "浙江省卫生健康委员会", "浙江省", None),
    ("education-commission-short-name", "巫溪县教委关于2024年度法治政府建设情况的报告",
     "巫溪县教育委员会", "重庆市", None),
    # a zone's department: the zone's own name as written (重庆 + 高新区), not 重庆市高新区
    ("zone-own-name-department", "重庆高新区生态环境局关于2023年法治政府建设情况的报告",
     "重庆高新区生态环境局", "重庆市", None),
    ("zone-own-name-short-kind-department", "武汉经开区统计局关于2025年度法治政府建设情况的报告",
     "武汉经开区统计局", "湖北省", "武汉市"),
    ("zone-city-in-full-department", "重庆市高新区生态环境局关于2023年法治政府建设情况的报告",
     "重庆市高新区生态环境局", "重庆市", None),
    # A zone's department: the zone as the title writes it (a zone is no division), its deepest
    # place only; a zone's governing body hosts its office as a government does (政府办公室).
    ("zone-s-governing-body-s-office", "兰州新区管委会办公室2024年度法治政府建设工作情况报告",
     "兰州新区管委会办公室", "甘肃省", "兰州市"),
    ("zone-s-body-after-its-district", "重庆市荣昌区新区建设管理委员会2021年法治政府建设年度报告",
     "荣昌区新区建设管理委员会", "重庆市", None),
]  # fmt: skip

ZONES = [
    ("demonstration-zone", "中共开封市示范区工委 开封市示范区管委会2024年度法治政府建设情况的报告",
     "开封市示范区", "河南省", "开封市"),
    # a zone's own name opening with its city's short name is kept as written
    ("own-name-short-city", "成都高新区2023年法治政府建设情况报告",
     "成都高新区", "四川省", "成都市"),
    ("own-name-new-area", "青岛西海岸新区2023年法治政府建设情况报告",
     "青岛西海岸新区", "山东省", "青岛市"),
    ("own-name-municipality", "天津滨海高新区2023年法治政府建设情况报告",
     "天津滨海高新区", "天津市", None),
    ("own-name-long-kind", "成都高新技术产业开发区2023年法治政府建设情况报告",
     "成都高新技术产业开发区", "四川省", "成都市"),
    # not an own name: a city written in full, or a province before the city
    ("full-city-and-kind", "珠海市高新区2023年法治政府建设情况报告",
     "珠海市高新区", "广东省", "珠海市"),
    ("province-before-short-city", "四川成都高新区2023年法治政府建设情况报告",
     "成都市高新区", "四川省", "成都市"),
    ("new-area", "珠海市横琴新区2020年法治政府建设年度报告", "珠海市横琴新区", "广东省", "珠海市"),
    ("zone-kind-written-in-full", "天津市东疆综保区2024年法治政府建设情况报告",
     "天津市东疆综合保税区", "天津市", None),
    ("high-tech-zone-kind-written-short", "成都市高新技术产业开发区2023年法治政府建设情况报告",
     "成都市高新区", "四川省", "成都市"),
    ("zone-in-gazetteer", "苏州工业园区2023年法治政府建设情况报告",
     "苏州工业园区", "江苏省", "苏州市"),
    # negative: the zone's governing body alone is the zone, no department
    ("zone-s-governing-body", "兰州市新区管委会2024年度法治政府建设工作情况报告",
     "兰州市新区", "甘肃省", "兰州市"),
]  # fmt: skip

BODIES = [
    ("opening-unique-district", "2024年,湖里区坚持以习近平新时代中国特色社会主义思想为指导。",
     "湖里区", COUNTY, "福建省", "厦门市"),
    ("superior-committee-skipped", "2023年,在广州市委、市政府的坚强领导下,海珠区坚持依法行政。",
     "海珠区", COUNTY, "广东省", "广州市"),
    ("district-with-city", "2023年,韶关市武江区深入学习贯彻习近平法治思想。",
     "武江区", COUNTY, "广东省", "韶关市"),
    ("document-title-ignored", "认真落实《厦门市法治政府建设实施方案》,2024年,湖里区坚持依法行政。",
     "湖里区", COUNTY, "福建省", "厦门市"),
    ("nothing", "2023年,本单位坚持依法行政,全面推进法治政府建设。", None, OTHER, None, None),
    ("common-word-alone", "城区改造稳步推进,矿区治理成效明显。", None, OTHER, None, None),
    ("short-names-are-words", "坚持长治久安,发展朝阳产业。", None, OTHER, None, None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("title", "region", "level", "province", "city"),
    [case[1:] for case in TITLES],
    ids=[case[0] for case in TITLES],
)
def test_government_in_title(resolver, title, region, level, province, city):
    assert resolver.resolve(title, "") == (Place(region, level, province, city), ())


@pytest.mark.parametrize(
    ("title", "region", "province", "city"),
    [case[1:] for case in DEPARTMENTS],
    ids=[case[0] for case in DEPARTMENTS],
)
def test_department_in_title(resolver, title, region, province, city):
    assert resolver.resolve(title, "") == (Place(region, DEPARTMENT, province, city), ())


@pytest.mark.parametrize(
    ("title", "region", "province", "city"),
    [case[1:] for case in ZONES],
    ids=[case[0] for case in ZONES],
)
def test_functional_zone_in_title(resolver, title, region, province, city):
    assert resolver.resolve(title, "") == (Place(region, COUNTY, province, city), ())


@pytest.mark.parametrize(
    ("body", "region", "level", "province", "city"),
    [case[1:] for case in BODIES],
    ids=[case[0] for case in BODIES],
)
def test_body_opening_when_title_has_no_place(resolver, body, region, level, province, city):
    place, _ = resolver.resolve("关于2023年度法治政府建设情况的报告", body)
    assert place == Place(region, level, province, city)


def test_nothing_found_warns(resolver):
    place, warnings = resolver.resolve("", "全面推进依法行政。")
    assert place == Place(None, OTHER, None, None)
    assert warnings == ("region not found in the title or the body's opening",)


@pytest.mark.parametrize(
    ("body", "city", "province"),
    [
        ("福州市委、市政府高度重视。", "福州市", "福建省"),
        ("认真落实《江苏省法治政府建设实施方案》,南京各界共同参与。", "南京市", "江苏省"),
        ("在开封市委的领导下,推进宋都古城保护。", "开封市", "河南省"),
    ],
    ids=["fuzhou", "nanjing", "kaifeng"],
)
def test_duplicate_district_disambiguated_by_context(resolver, body, city, province):
    place, warnings = resolver.resolve("鼓楼区人民政府2023年法治政府建设年度报告", body)
    assert place == Place("鼓楼区", COUNTY, province, city)
    assert warnings == ()


def test_duplicate_district_without_context_warns(resolver):
    place, warnings = resolver.resolve("鼓楼区人民政府2023年法治政府建设年度报告", "依法行政。")
    assert place == Place("鼓楼区", COUNTY, None, None)
    assert warnings == ("ambiguous region 鼓楼区: 南京市/开封市/徐州市/福州市",)


def test_duplicate_district_in_municipality_or_city(resolver):
    place, _ = resolver.resolve("", "2023年,朝阳区坚持依法行政,服务首都北京发展大局。")
    assert place == Place("朝阳区", COUNTY, "北京市", None)


def test_frequent_name_is_a_warned_guess(resolver):
    body = "全面推进依法行政。" * 40 + "湖里区法律援助中心;湖里区综合执法。"
    place, warnings = resolver.resolve("", body)
    assert place.region == "湖里区"
    assert warnings == ("region guessed from the most frequent place name",)


@pytest.mark.parametrize(
    ("name", "full"),
    [("广东", "广东省"), ("內蒙古", "内蒙古自治区"), ("北京", "北京市"), ("广西", "广西壮族自治区"),
     ("新疆", "新疆维吾尔自治区"), ("广东省", "广东省"), ("韶关", None), ("火星", None)],
    ids=["guangdong", "traditional", "municipality", "guangxi", "xinjiang", "already-full",
         "a-city", "unknown"],
)  # fmt: skip
def test_province_full_name(resolver, name, full):
    assert resolver.province_full_name(name) == full


@pytest.mark.parametrize(
    ("name", "full"),
    [("韶关", "韶关市"), ("延边", "延边朝鲜族自治州"), ("恩施州", "恩施土家族苗族自治州"),
     ("凉山州", "凉山彝族自治州"), ("湘西州", "湘西土家族苗族自治州"),
     ("巴音郭楞", "巴音郭楞蒙古自治州"),
     ("锡林郭勒", "锡林郭勒盟"), ("大兴安岭", "大兴安岭地区"), ("吉林", "吉林市"), ("北京", None),
     ("广东", None)],
    ids=["city", "korean-autonomous", "enshi-zhou", "liangshan-zhou", "xiangxi-zhou",
         "mongol-autonomous", "league", "prefecture",
         "city-and-province", "municipality", "a-province"],
)  # fmt: skip
def test_city_full_name(resolver, name, full):
    assert resolver.city_full_name(name) == full


@pytest.mark.parametrize(
    ("others", "kept"),
    [
        ((), {"紫云县", "紫云自治县"}),
        ((Division("522599000000", "紫云县", True),), {"紫云自治县"}),  # another's name
        ((Division("522598000000", "紫云侗族自治县", True),), set()),  # two divisions' form
    ],
    ids=["unique", "another-divisions-name", "shared-by-two"],
)
def test_autonomous_short_forms_that_collide_are_dropped(others, kept):
    divisions = (Division("522530000000", "紫云苗族布依族自治县", True), *others)
    forms = _autonomous_short_forms(divisions, load_toml("regions.toml"))
    assert {name for name, d in forms if d.code == "522530000000"} == kept


def test_gazetteer_keeps_former_names_and_drops_placeholders():
    rows = load_csv("divisions.csv")
    names = {(row["name"], row["status"]) for row in rows}
    assert ("许昌县", "former") in names
    assert ("建安区", "current") in names
    assert not {name for name, _ in names} & {"市辖区", "县", "省直辖县级行政区划"}
    assert all(len(row["code"]) == 12 and row["code"].isdigit() for row in rows)


# ---- short forms: the one rule for place names written short -----------------------------------


@pytest.mark.parametrize(
    ("full", "short", "shortens"),
    [
        ("广东省", "广东", True),
        ("广西壮族自治区", "广西", True),
        ("新疆维吾尔自治区", "新疆", True),
        ("延边朝鲜族自治州", "延边", True),
        ("朝阳区", "朝阳", True),
        ("开封市示范区", "开封市", True),
        ("广东省", "广东省", True),
        ("广州市", "广", False),  # 州市 is no suffix
        ("海珠区", "海", False),
        ("延边朝鲜族自治州", "延边朝", False),
        ("武江区", "", False),
    ],
)
def test_short_forms(full, short, shortens):
    assert short_forms().shortens(full, short) is shortens


def test_every_short_name_the_resolver_reads_is_one_a_filter_accepts(resolver):
    """A province or prefecture named short resolves alike in reports, filters and sidecars."""
    shorts = resolver.short_forms
    for code, division in resolver.by_code.items():
        short = resolver.short_by_code[code]
        if not division.current or division.level is COUNTY or short == division.name:
            continue
        assert shorts.shortens(division.name, short), division.name
        peers = [d.name for d in resolver.by_code.values() if d.level is division.level]
        full_name = (
            resolver.province_full_name if division.level is PROVINCE else resolver.city_full_name
        )
        if (found := full_name(short)) is not None:
            assert shorts.canonical(peers, short) == found, short


def test_canonical_keeps_an_ambiguous_short_name():
    assert short_forms().canonical({"朝阳区", "朝阳县"}, "朝阳") == "朝阳"
    assert short_forms().canonical({"朝阳区", "海珠区"}, "朝阳") == "朝阳区"


@pytest.mark.parametrize(
    ("stem", "name"),
    [("武义", "武义县"), ("浙江", "浙江省"), ("广西", "广西壮族自治区"),
     ("紫云", "紫云苗族布依族自治县"),
     ("滨海", None), ("朝阳", None), ("吉林", None), ("鼓楼", None)],
)  # fmt: skip
def test_a_stem_names_a_division_only_when_no_other_shares_it(resolver, stem, name):
    found = resolver.stems.get(stem)
    assert (found.name if found else None) == name


@pytest.mark.parametrize(
    ("stem", "names"),
    [("岳阳", ["岳阳市", "岳阳县"]), ("吉林", ["吉林省", "吉林市"]), ("武义", [])],
)
def test_a_shared_stem_keeps_every_division_sharing_it(resolver, stem, names):
    assert [d.name for d in resolver.shared_stems.get(stem, ())] == names


@pytest.mark.parametrize(
    ("place", "organ", "name"),
    [
        ("重庆市", "市卫生健康委", "重庆市卫生健康委员会"),
        ("大足区", "区卫健委", "大足区卫生健康委员会"),
        ("上城区", "市场监管局", "上城区市场监督管理局"),
        ("元谋县", "县卫生健康局", "元谋县卫生健康局"),
        ("甘肃省", "人民政府办", "甘肃省人民政府办公厅"),
        ("天津市", "政府办公室", "天津市人民政府办公厅"),
        ("兰州市", "人民政府办", "兰州市人民政府办公室"),
        ("吉林市", "政府办", "吉林市人民政府办公室"),
        ("榆中县", "政府办", "榆中县人民政府办公室"),
        ("广州市", "人民政府办公厅", "广州市人民政府办公厅"),
        ("山东省", "省应急厅", "山东省应急管理厅"),
        ("四川省", "退役军人厅", "四川省退役军人事务厅"),
        ("山东省", "应急管理厅", "山东省应急管理厅"),
        ("上海市", "市商务委", "上海市商务委员会"),
        ("重庆市", "商务委员会", "重庆市商务委员会"),
    ],
    ids=["level-written-again-before-a-short-form", "short-form-after-its-level",
         "short-form", "level-written-again", "province-general-office",
         "municipality-general-office", "city-general-office", "city-sharing-a-province-s-name",
         "county-general-office", "a-city-s-office-as-written", "a-province-s-short-form",
         "a-province-s-veterans-short-form", "a-province-s-name-in-full",
         "a-commerce-commission-s-short-form", "a-commerce-commission-in-full"],
)  # fmt: skip
def test_a_departments_name_is_its_place_and_its_official_name(resolver, place, organ, name):
    assert resolver.department(place, organ) == name


@pytest.mark.parametrize(
    ("title", "place"),
    [
        (
            "岳阳市生态环境局岳阳县分局2025年法治政府建设年度报告",
            Place("岳阳市生态环境局岳阳县分局", DEPARTMENT, "湖南省", "岳阳市"),
        ),
        (  # the district by its name without its suffix (朝阳 for 朝阳区, inside 北京)
            "北京市公安局朝阳分局关于2022年法治政府建设情况的报告",
            Place("北京市公安局朝阳分局", DEPARTMENT, "北京市", None),
        ),
        (
            "上海市公安局浦东分局2023年度法治政府建设情况报告",
            Place("上海市公安局浦东分局", DEPARTMENT, "上海市", None),
        ),
        # adversarial: a branch named for a place outside the bureau's city is no branch of it
        (
            "深圳市公安局长沙分局2023年法治政府建设年度报告",
            Place("深圳市公安局", DEPARTMENT, "广东省", "深圳市"),
        ),
        # adversarial: a bureau's unit named for no division (交通警察支队) is the bureau's
        (
            "长沙市公安局交通管理局2023年法治政府建设年度报告",
            Place("长沙市公安局", DEPARTMENT, "湖南省", "长沙市"),
        ),
    ],
    ids=["county-branch", "district-by-its-stem", "new-area-district", "outside", "no-division"],
)
def test_a_city_bureau_s_branch_named_in_the_title_reports(resolver, title, place):
    assert resolver.title_place(title, title)[0] == place


@pytest.mark.parametrize(
    ("title", "region"),
    [
        # an office's name whole (办事处), not 鹅埠办 with 事处 left over
        (
            "深圳市深汕特别合作区鹅埠办事处关于2025年度法治政府建设情况报告",
            "深圳市深汕特别合作区鹅埠办事处",
        ),
        # negative: a government's office (政府办) and a bureau end as before
        ("罗湖区政府办关于2025年度法治政府建设情况报告", "罗湖区人民政府办公室"),
        ("江门市司法局关于2025年度法治政府建设情况报告", "江门市司法局"),
    ],
)
def test_an_office_s_name_ends_at_its_whole_organ(resolver, title, region):
    found = resolver.title_place(title, title)
    assert found is not None and found[0].region == region


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("江津区城市管理局", "江津区"),
        ("北京市司法局", "北京市"),
        ("广西壮族自治区交通运输厅", "广西壮族自治区"),
        ("北京市", ""),  # a place's own name opens with no shorter one
        ("交通运输部", ""),
    ],
    ids=["district-bureau", "municipality-bureau", "autonomous-region", "place-alone", "ministry"],
)
def test_the_place_a_name_opens_with(resolver, name, head):
    assert resolver.written_head(name) == head


@pytest.mark.parametrize(
    ("place", "organ", "official"),
    [
        ("嘉定区", "公安分局", "上海市公安局嘉定分局"),
        ("嘉定区", "嘉定公安分局", "上海市公安局嘉定分局"),
        ("浦东新区", "公安分局", "上海市公安局浦东分局"),
        ("和平区", "公安分局", None),  # 天津's and 沈阳's: not one municipality's district
        ("渝北区", "公安分局", "重庆市公安局渝北区分局"),  # 重庆 names them in full
        ("吴兴区", "公安分局", None),  # a city's district: as the page writes it
        ("增城区", "公安分局", None),
        ("嘉定区", "司法局", None),  # no police branch
        ("嘉定区", "宝山公安分局", None),  # another district's
    ],
)
def test_a_municipality_s_district_police_branch_has_its_official_name(
    resolver, place, organ, official
):
    assert resolver.police_branch(place, organ) == official


@pytest.mark.parametrize(
    ("title", "place"),
    [
        (
            "嘉定公安分局2023年法治政府建设情况",
            Place("上海市公安局嘉定分局", DEPARTMENT, "上海市", None),
        ),
        (
            "浦东公安分局2023年法治政府建设情况",
            Place("上海市公安局浦东分局", DEPARTMENT, "上海市", None),
        ),
        ("吴兴公安分局2023年法治政府建设情况", None),  # a city's: its name not the rule's to say
        ("普陀公安分局2023年法治政府建设情况", None),  # 上海's or 舟山's
        (
            "渝北公安分局2023年法治政府建设情况",
            Place("重庆市公安局渝北区分局", DEPARTMENT, "重庆市", None),
        ),
    ],
)
def test_a_title_opening_with_a_district_police_branch_names_it(resolver, title, place):
    found = resolver.title_place(title, title)
    assert (found[0] if found else None) == place


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("火炬高新区(中山港街道)", []),  # 中山 opens the township's name: no mention of 中山市
        ("北京路街道", []),  # a 街道 named for a road that bears a city's name
        ("中山市中山港街道", ["中山市"]),  # written in full: the city itself
        ("中山港街道和中山市", ["中山市"]),
        ("落实中山市委部署", ["中山市"]),  # adversarial: a short name followed by no township
        ("学习广东经验", ["广东省"]),
    ],
)
def test_a_short_name_opening_a_township_s_name_names_no_place(resolver, text, names):
    assert [d.name for found in resolver.named(text) for d in found] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("维护社会长治久安", []),  # 长治 inside a common word (regions.toml short_names_in_words)
        ("确保定期开展执法检查", []),  # 保定
        ("守护群众幸福安康", []),  # 安康
        ("长治市维护社会长治久安", ["长治市"]),  # written in full: the city itself
        ("学习长治经验", ["长治市"]),  # a short name outside the word still names the city
        ("前往保定调研", ["保定市"]),
    ],
)
def test_a_short_name_inside_a_common_word_names_no_place(resolver, text, names):
    assert [d.name for found in resolver.named(text) for d in found] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("办理县人大代表建议54件", []),  # 理县 closes 办理: the county's deputies, no 理县
        ("圆满完成县委交办的任务", []),  # 成县 in 完成县委
        ("提高县级政府依法行政水平", []),  # 高县 in 提高县级
        ("推动健康县城建设", []),  # 康县 in 健康县城
        ("益阳市南县人民政府", ["南县"]),  # after a level character a name starts (市南 aside)
        ("保定市易县", ["易县"]),
        ("丰县和沛县", ["丰县", "沛县"]),  # after a conjunction too (和沛 is no word anyway)
        ("江苏省丰县", ["丰县"]),
        ("理县人民政府", ["理县"]),  # at the text's start
        ("山西临县", ["临县"]),  # after a province's short name (西临 is a word too)
        ("湖北房县", ["房县"]),
        ("信阳新县", ["新县"]),  # after a city's short name (阳新)
        ("陇南康县", ["康县"]),
    ],
)
def test_a_one_character_county_closing_a_word_names_no_place(resolver, text, names):
    assert [d.name for found in resolver.named(text) for d in found] == names
