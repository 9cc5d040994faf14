"""What a report says of its place in passing (parsing/passing_mentions.py), read alone."""

from __future__ import annotations

import pytest

from indexer.parsing.passing_mentions import PassingMentions, signature
from indexer.regions import RegionResolver


@pytest.fixture(scope="module")
def mentions() -> PassingMentions:
    return PassingMentions.from_data(RegionResolver.from_data())


def _names(divisions):
    return [d.name for d in divisions]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("深入贯彻习近平总书记考察江西重要讲话精神", ["江西省"]),
        ("贯彻对江苏工作重要讲话精神、在盐城考察时重要指示精神", ["江苏省", "盐城市"]),
        ("对重庆所作重要讲话", ["重庆市"]),
        ("视察吉林重要讲话", ["吉林省"]),  # 吉林省 and 吉林市: the province
        ("考察海南重要讲话", []),  # 海南省 and 海南藏族自治州: two provinces
        ("组织干部在浙江考察学习", []),  # a study trip
        ("考察学习先进经验时", []),
        ("贯彻落实总书记关于西藏工作的重要指示精神", ["西藏自治区"]),
        ("关于法治政府工作的重要论述", []),
        ("深入践行习近平总书记视察广东系列重要讲话、重要指示精神", ["广东省"]),
        ("视察广东系列活动", []),  # a series of events, not of a leader's words
        ("深入贯彻习近平总书记对广东系列重要讲话、重要指示精神", ["广东省"]),
        ("对群众反映的重要问题", []),  # no place's name after 对
    ],
    ids=["province", "province-and-city", "municipality", "province-over-its-city",
         "name-of-two-provinces", "study-trip", "no-place", "words-on-its-work",
         "words-on-no-place", "a-series-of-words", "a-series-of-events",
         "words-addressed-to-a-province", "words-on-no-place-after-dui"],
)  # fmt: skip
def test_a_leaders_visit_names_a_province_or_city(mentions, text, names):
    assert sorted(_names(mentions.visited(text))) == sorted(names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("法治武义建设再上台阶", ["武义县"]),
        ("建设更高水平的平安广西、法治广西", ["广西壮族自治区", "广西壮族自治区"]),
        ("法治滨海建设", []),  # 滨海县 and 滨海新区
        ("实施法治惠民工程", []),  # 惠民县, but a word here
        ("法治政府建设", []),
        ("推进数字德清、数字政府建设", ["德清县"]),
        ("整合数字资源,建设数字公安", []),  # 资源县, 公安县: words here
        ("持续建设高颜值美丽福州", ["福州市"]),
        ("建设美丽中国、美丽乡村", []),  # no division's stem
        ("建设美丽中原", []),  # 中原区, but the region of 河南 here
    ],
    ids=[
        "county",
        "autonomous-region",
        "shared-stem",
        "common-word",
        "no-place",
        "digital",
        "digital-common-words",
        "beautiful-city",
        "beautiful-no-place",
        "beautiful-common-word",
    ],
)
def test_a_slogan_names_a_place(mentions, text, names):
    assert _names(mentions.slogans(text)) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("为全面提升法治岳阳水平贡献力量", ["岳阳市", "岳阳县"]),  # both in 岳阳市
        ("推进法治吉林建设", []),  # 吉林省 and 吉林市: no one city
        ("推进法治朝阳建设", []),  # 朝阳区 (北京), 朝阳市, 朝阳县 …: no one city
        ("推进法治武义建设", []),  # one division's stem: a slogan's place, not shared
    ],
    ids=["one-city", "a-province-and-its-city", "several-cities", "a-unique-stem"],
)
def test_a_shared_stem_s_slogan_names_its_divisions_in_one_city(mentions, text, names):
    assert _names(mentions.slogan_cities(text)) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("为大连振兴发展新突破提供了有力法治保障", ["大连市"]),
        ("助力武义高质量发展", ["武义县"]),
        ("服务福州现代化建设", ["福州市"]),
        ("让法治成为武进现代化建设的显著优势", ["武进区"]),  # 成为: the page's own place too
        ("为东北振兴提供法治保障", []),  # no division's stem
        ("为乡村振兴提供法治保障", []),  # no division's stem
        ("为中原崛起贡献力量", []),  # 中原区, but a common word here (and no development word)
        ("为中原发展贡献力量", []),  # 中原区, but the region of 河南 here
        ("助力对口支援的武义县发展", []),  # a partner's place
        ("为对口帮扶的武义发展贡献力量", []),  # a partner's place
        ("为全市经济社会发展提供保障", []),  # no stem
        ("为大连市发展", []),  # a full name, not a stem: named in full elsewhere
        ("以高水平法治服务保障云安高质量发展", ["云安区"]),  # two server words in a row
        ("为深圳在推进中国式现代化建设中走在前列提供坚实法治保障", ["深圳市"]),
        ("为群众在推进改革中提供便利", []),  # no division's stem
    ],
    ids=[
        "revitalisation",
        "assist",
        "serve",
        "becomes",
        "region-no-division",
        "countryside",
        "common-word-rise",
        "common-word-development",
        "partner-county",
        "partner-stem",
        "whole-city",
        "full-name",
        "two-servers",
        "its-progress-in-a-drive",
        "people-in-a-drive",
    ],
)
def test_the_place_whose_development_the_page_serves_is_a_slogans(mentions, text, names):
    assert _names(mentions.slogans(text)) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("为岳阳高质量发展提供法治保障", ["岳阳市", "岳阳县"]),  # both in 岳阳市
        ("为吉林振兴发展提供保障", []),  # 吉林省 and 吉林市: no one city
    ],
    ids=["one-city", "a-province-and-its-city"],
)
def test_a_shared_stem_whose_development_the_page_serves(mentions, text, names):
    assert _names(mentions.slogan_cities(text)) == names


def test_cited_titles_name_places_in_full_only(mentions):
    text = "落实《广东省法治政府建设实施纲要》和《关于支持浙江高质量发展的意见》,维护长治久安。"
    assert _names(mentions.cited(text)) == ["广东省"]  # 浙江 alone is a short name


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (  # a case held up as a warning everywhere: its place is not the page's
            "学习《关于把云南省曲靖市统计造假、政治生态恶化的典型案例作为学习教育反面教材的通知》。",
            [],
        ),
        ("开展《湖南省某县违规举债问题警示教育》专题学习。", []),
        # negative: a document of the page's own province or city still counts
        ("落实《广东省法治政府建设实施纲要》。", ["广东省"]),
        ("印发《郑州市行政执法案例指导办法》。", ["郑州市"]),
    ],
    ids=["a-warning-case-s-notice", "a-warning-education", "a-province-s-plan", "a-city-s-rules"],
)
def test_a_cited_warning_case_names_no_home(mentions, text, cited):
    assert _names(mentions.cited(text)) == cited


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("按照启东市贯彻落实《法治政府建设实施纲要》实施方案和市政府部署。", ["启东市"]),
        ("根据郑州市关于《法治政府建设实施纲要》的实施意见,扎实推进。", ["郑州市"]),
        # negative: a place before a title it does not make (a destination, a partner), or a
        # followed document that is no plan (a notice), or a short name (启东 alone)
        ("赴启东市学习《法治政府建设实施纲要》。", []),
        ("按照启东市《关于召开会议的通知》要求。", []),
        ("按照启东贯彻落实《法治政府建设实施纲要》实施方案。", []),
    ],
    ids=["a-plan-carried-out", "a-plan-s-implementing-opinion", "a-destination",
         "a-notice-is-no-plan", "a-short-name"],
)  # fmt: skip
def test_the_maker_of_a_followed_plan_is_cited(mentions, text, cited):
    assert _names(mentions.cited(text)) == cited


@pytest.mark.parametrize(
    ("opening", "rest", "word", "head"),
    [
        ("全市司法行政系统坚持依法行政。我局…", "", "局", "司法局"),
        ("我厅坚持依法行政。", "全省生态环境系统…全省生态环境系统…", "厅", "生态环境厅"),
        ("我局坚持依法行政。", "保障全县教育系统经费。", "局", None),  # once, further down
        ("我委坚持依法行政。全县教育系统…", "", "局", None),  # a commission
        ("我局坚持依法行政。全县教育系统、全县公安系统…", "", "局", None),  # two systems
    ],
    ids=["in-the-opening", "twice", "once-further-down", "commission", "two-systems"],
)
def test_the_system_a_bureau_heads(mentions, opening, rest, word, head):
    assert mentions.system_head(opening, opening + rest, word) == head


@pytest.mark.parametrize(
    ("body", "issuer"),
    [
        ("…工作报告如下。\n绍兴市生态环境局\n2024年1月29日", "绍兴市生态环境局"),
        ("…\n中共浚县县委  浚县人民政府\n二〇二五年三月二十八日", "中共浚县县委  浚县人民政府"),
        ("…\n主办:鹤岗市人民政府办公室 版权所有\n2024年3月15日", None),
        ("…\n绍兴市生态环境局", None),  # no date after it
        ("绍兴市生态环境局\n2024年1月29日\n" + "正文。\n" * 5, None),  # not at the end
    ],
    ids=["bureau", "committee-and-government", "site-owner-line", "no-date", "not-at-the-end"],
)
def test_the_signature_above_the_closing_date(body, issuer):
    assert signature(body) == issuer


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("平度市获评示范市。对口帮扶百色市,赴安吉县学习,与广安市联合执法。", ["平度市"]),
        # a list of partners, up to the clause's end
        ("平度市获评示范市。与保定市、雄安新区签订人民调解协同发展协议。", ["平度市"]),
        ("与保定市签订协议。平度市获评示范市。", ["平度市"]),  # the next sentence is home
        ("制定《保定市诚信管理办法》,与《廊坊市营商环境条例》衔接。", ["保定市", "廊坊市"]),
    ],
    ids=["one-partner-each", "a-list-of-partners", "after-the-sentence", "a-document-cited"],
)
def test_places_named_as_partners_or_destinations_are_not_at_home(mentions, text, names):
    assert _names(mentions.named_at_home(text)) == names


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a 与 inside a title blanks the title's rest only: its closing bracket stays, so the
        # title does not seem to run on over the names after it
        ("《建设与责任落实督察规定》要求,区教育局", "《建设" + " " * 9 + "》要求,区教育局"),
        (
            "《建设与责任落实规定》要求,与保定市签订协议",  # the partner's clause to its end
            "《建设" + " " * 7 + "》要求," + " " * 8,
        ),
        ("赴安吉县学习,与昆山市协作", " " * 6 + "," + " " * 6),
        ("向四川省市场监督管理部门移送案件线索11件", " " * 14 + "案件线索11件"),
        ("协助四川省市场监管局查办案件5件", " " * 16),
        ("向市政府报告工作,向四川省学习", "向市政府报告工作,向四川省学习"),
    ],
    ids=[
        "a-title-holding-yu-keeps-its-end",
        "a-partner-after-such-a-title",
        "partners",
        "cases-handed-on-across-a-border",
        "help-given-across-a-border",
        "a-report-to-superiors-is-no-partner",
    ],
)
def test_what_is_blanked_as_elsewhere(mentions, text, kept):
    assert mentions.without_elsewhere(text) == kept


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("印发《郴州市领导干部应知应会清单》", ["郴州市"]),
        ("编制《宝鸡市陈仓区行政许可事项清单》", ["陈仓区"]),  # the deepest of a run
        ("落实《湖南省法治政府建设实施纲要》", []),  # carried out, not issued
        ("印发《关于浦东新区落实法治建设责任制的实施意见》", []),  # not opened with a place
    ],
    ids=["issued", "a-run-of-places", "carried-out", "not-opening-with-a-place"],
)
def test_an_issued_documents_title_opens_with_the_issuers_place(mentions, text, names):
    assert _names(mentions.issued(text)) == names


@pytest.mark.parametrize(
    ("opening", "level"),
    [
        ("2023年来,全市市场监管系统坚持依法行政。", "市"),
        ("  全省生态环境系统深入学习习近平法治思想。", "省"),
        ("2023年,全市坚持依法行政,全市司法行政系统…", None),  # the place itself opens
        ("2023年,我局坚持依法行政。", None),
    ],
    ids=["city-system", "province-system", "place-first", "bureau-voice"],
)
def test_a_system_as_the_openings_subject_is_its_bureaus_voice(mentions, opening, level):
    assert mentions.system_voice(opening) == level


@pytest.mark.parametrize(
    ("text", "word", "head"),
    [
        (
            "年初召开局党组会议,制定了《2023年全市交通运输法制工作要点》,共明确6个方面",
            "局",
            "交通运输局",
        ),
        ("。印发《2021年全县司法行政法治工作要点》。", "局", "司法局"),
        ("\n1.制定《2020年度全省生态环境法治建设工作要点》", "厅", "生态环境厅"),
        ("省厅制定了《2023年全省交通运输法治工作要点》", "局", None),  # another's subject
        ("制定了《2023年全省交通运输法治工作要点》", "局", None),  # a province's, read by a 局
        ("制定了《2023年全市法治政府建设工作要点》", "局", None),  # no field
        (
            "制定了《2023年全市交通运输法制工作要点》;印发《2023年全市水利法治工作要点》",
            "局",
            None,
        ),  # two fields
        # the field before the year, no scope: the page's own voice gives the level
        (
            "承担法治政府建设职能,制定退役军人2022年法治政府建设工作要点,实现",
            "局",
            "退役军人事务局",
        ),
        ("\n制定司法行政2023年度法治建设工作要点", "厅", "司法厅"),
        ("省厅制定退役军人2022年法治政府建设工作要点", "局", None),  # another's subject
        ("制定退役军人服务2022年法治政府建设工作要点", "局", None),  # no field's name
        ("制定2022年法治政府建设工作要点", "局", None),  # no field
    ],
)
def test_the_field_whose_yearly_plan_a_department_makes(mentions, text, word, head):
    assert mentions.field_plan_head(text, word) == head
