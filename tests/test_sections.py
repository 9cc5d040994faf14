"""Section splitting and typing: the heading grammar, grouping, classification, nothing lost."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.models import HEADING_SEPARATOR, Section, SectionType
from indexer.parsing.classify import SectionVocabulary, classify_section
from indexer.parsing.sections import heading_level, read_line, split_sections
from indexer.resources import data_path
from indexer.schema import SECTION_TYPE_LABELS

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
VOCABULARY = SectionVocabulary.from_data()
GRAMMAR = VOCABULARY.grammar
BODY = "严格落实各项制度,全年办理案件120件,取得良好成效。"


@pytest.mark.parametrize(
    ("paragraph", "kind", "level", "heading"),
    [
        ("一、突出政治引领,把牢法治政府建设正确方向", "heading", 1, None),
        ("四、2024年度推进法治政府建设存在的不足", "heading", 1, None),
        ("一．坚持党的领导", "heading", 1, None),
        ("第二部分 存在的问题", "heading", 1, None),
        ("（一）严格落实行政决策制度", "heading", 2, None),
        (
            "(二)加强法治宣传,提升全民法治意识。一是打造阵地。",
            "headed",
            2,
            "(二)加强法治宣传,提升全民法治意识",
        ),
        ("1.强化规范性文件审查", "heading", 3, None),
        ("2、推进综合执法。全年查处案件30件。", "headed", 3, "2、推进综合执法"),
        ("（1）开展案卷评查", "heading", 4, None),
        ("二、統籌推進法治政府建設,規范依法行政提實效", "heading", 1, None),
        (
            "（三）嚴格規範公正文明執法。持續加大執法力度。",
            "headed",
            2,
            "（三）嚴格規範公正文明執法",
        ),
        ("坚持和加强党的领导。将习近平法治思想列入必学内容。", "lead", 6, "坚持和加强党的领导"),
        ("堅持和加強黨的領導。將習近平法治思想列入必學內容。", "lead", 6, "堅持和加強黨的領導"),
        (
            "一是加强组织领导,坚定不移践行习近平法治思想。充分发挥作用。",
            "item",
            5,
            "一是加强组织领导,坚定不移践行习近平法治思想",
        ),
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 12 else None,
)
def test_heading_lines(paragraph: str, kind: str, level: int, heading: str | None) -> None:
    assert read_line(paragraph, GRAMMAR) == (kind, level, heading or paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "1.1万余件矛盾纠纷得到化解,化解率达90%以上。",  # a figure, not `1.`
        "12.5%的案件经过调解结案。",
        "2024年,湖里区坚持以习近平新时代中国特色社会主义思想为指导。",  # a date
        "一、二级应急响应启动3次,转移群众1200人。",  # numerals in a list
        "一是决策程序仍有差距。部分单位不了解。二是文件制发程序不足。",  # inline list
        "全年化解涉台纠纷71件。该做法被刊发。",  # a short sentence with a figure
        "我区高度重视法治建设。全年召开会议12次。",  # 我区… is a statement, not a headline
        "三、" + "坚持依法行政全面抓实法治政府建设" * 5,  # too long to be a heading alone
    ],
    ids=[
        "figure",
        "percent",
        "date",
        "numeral-list",
        "inline-list",
        "figure-lead",
        "first-person",
        "too-long",
    ],
)
def test_false_headings(paragraph: str) -> None:
    kind, _, heading = read_line(paragraph, GRAMMAR)
    assert kind in ("body", "headed")
    assert len(heading) <= GRAMMAR.max_heading_part_chars


def test_too_long_numbered_paragraph_takes_its_first_clause() -> None:
    paragraph = "三、坚持依法行政,全面抓实法治政府建设" + "并持续深化改革" * 10
    assert read_line(paragraph, GRAMMAR) == ("headed", 1, "三、坚持依法行政")


def _split(*paragraphs: str) -> list[tuple[str, str, str]]:
    return [(s.id, s.heading, s.text) for s in split_sections("\n".join(paragraphs), VOCABULARY)]


def test_preamble_heading_paths_and_paragraphs_joined() -> None:
    sections = _split(
        "2024年,我区坚持以习近平法治思想为指导。",
        "一、坚持依法行政",
        "（一）严格落实行政决策制度",
        BODY,
        "第二段正文。",
        "（二）规范执法。" + BODY,
    )
    assert sections == [
        ("s000", "", "2024年,我区坚持以习近平法治思想为指导。"),
        ("s001", "一、坚持依法行政 › （一）严格落实行政决策制度", BODY + "\n第二段正文。"),
        ("s002", "一、坚持依法行政 › （二）规范执法", "（二）规范执法。" + BODY),
    ]


def test_no_preamble_starts_at_s001_and_empty_heading_keeps_its_words() -> None:
    sections = _split("一、成效", "二、存在的不足", BODY)
    assert sections == [("s001", "一、成效", ""), ("s002", "二、存在的不足", BODY)]


def test_level_three_nests_under_level_two_and_level_one_resets() -> None:
    sections = _split("一、甲部分", "（一）乙", "1.丙。" + BODY, "2.丁。" + BODY, "二、戊", BODY)
    assert [s[1] for s in sections] == [
        "一、甲部分 › （一）乙 › 1.丙",
        "一、甲部分 › （一）乙 › 2.丁",
        "二、戊",
    ]


def test_lead_sentence_paragraphs_are_sections_when_siblings_share_the_form() -> None:
    sections = _split(
        "一、突出政治引领", "坚持和加强党的领导。" + BODY, "落实学法述法制度。" + BODY
    )
    assert [s[1] for s in sections] == [
        "一、突出政治引领 › 坚持和加强党的领导",
        "一、突出政治引领 › 落实学法述法制度",
    ]
    assert sections[0][2] == "坚持和加强党的领导。" + BODY  # the whole paragraph stays text


def test_a_lone_short_first_sentence_is_not_a_heading() -> None:
    sections = _split(
        "一、突出政治引领", "坚持和加强党的领导。" + BODY, "区委常委会专门研究法治工作"
    )
    assert [s[1] for s in sections] == ["一、突出政治引领"]


def test_item_paragraphs_are_sibling_sections_but_an_inline_list_is_one() -> None:
    items = _split("一、第一责任人职责", "一是加强组织领导。" + BODY, "二是压实工作职责。" + BODY)
    assert [s[1].split(HEADING_SEPARATOR)[-1] for s in items] == [
        "一是加强组织领导",
        "二是压实工作职责",
    ]
    inline = _split("一、第一责任人职责", "一是加强组织领导。" + BODY + "二是压实责任。" + BODY)
    assert [s[1] for s in inline] == ["一、第一责任人职责"]


def test_traditional_characters_are_kept_in_heading_and_text() -> None:
    sections = split_sections("一、加強黨對法治建設的領導\n深入踐行習近平法治思想。", VOCABULARY)
    assert sections[0].heading == "一、加強黨對法治建設的領導"
    assert sections[0].text == "深入踐行習近平法治思想。"
    assert sections[0].type is SectionType.LEADERSHIP


def test_unheaded_shortcomings_and_plans_after_the_last_topic_become_their_own_parts() -> None:
    sections = split_sections(
        "\n".join(
            [
                "五、聚力化解纠纷,完善大调解工作格局",
                "深化行政复议应诉工作。审查行政复议申请590件。",
                "推进信访工作法治化。开展信访评理270件。",
                "2024年我区法治政府建设取得了一定进展,但也存在一些短板弱项:执法力量有待加强。",
                "2025年,我区将坚持以习近平法治思想为指导,持续优化法治化营商环境。",
            ]
        ),
        VOCABULARY,
    )
    assert [(s.heading, s.type) for s in sections] == [
        ("五、聚力化解纠纷,完善大调解工作格局 › 深化行政复议应诉工作", SectionType.DISPUTES),
        ("五、聚力化解纠纷,完善大调解工作格局 › 推进信访工作法治化", SectionType.DISPUTES),
        ("", SectionType.SHORTCOMINGS),
        ("", SectionType.PLANS),
    ]


def test_mixed_part_splits_its_shortcomings_from_its_plans() -> None:
    sections = split_sections(
        "五、存在问题及2024年法治政府建设工作计划\n"
        "2023年,我区法治政府建设取得一定成效,但仍存在短板和不足,主要体现在执法能力有待提升。\n"
        "2024年,我区将坚持把习近平法治思想贯穿到法治建设全过程,推动营商环境改革。",
        VOCABULARY,
    )
    assert [s.type for s in sections] == [SectionType.SHORTCOMINGS, SectionType.PLANS]
    assert {s.heading for s in sections} == {"五、存在问题及2024年法治政府建设工作计划"}


# ---- classification -------------------------------------------------------------------------

L = SectionType


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("（一）深入学习贯彻习近平法治思想", L.LEADERSHIP),
        ("一、加强党对法治政府建设的领导", L.LEADERSHIP),
        ("（三）抓住领导干部“关键少数”,落实述法制度", L.LEADERSHIP),
        ("三、党政主要负责人履行推进法治建设第一责任人职责情况", L.LEADERSHIP),
        ("（十）坚持党的集中统一领导", L.LEADERSHIP),
        ("（一）依法全面履行政府职能", L.FUNCTIONS),
        ("（二）持续优化法治化营商环境", L.FUNCTIONS),
        ("深化“放管服”改革", L.FUNCTIONS),
        ("（四）深化行政审批制度改革,提升政务服务效能", L.FUNCTIONS),
        ("（三）完善依法行政制度体系", L.RULEMAKING),
        ("（二）加强行政规范性文件备案审查", L.RULEMAKING),
        ("2.扎实推进地方立法工作", L.RULEMAKING),
        ("（四）健全行政决策制度体系,推进科学民主依法决策", L.DECISION),
        ("（三）严格落实重大行政决策程序", L.DECISION),
        ("发挥法律顾问和公职律师作用", L.DECISION),
        ("（五）严格规范公正文明执法", L.ENFORCEMENT),
        ("（三）深化行政执法体制改革", L.ENFORCEMENT),
        ("全面落实行政执法三项制度", L.ENFORCEMENT),
        ("推行包容审慎监管和柔性执法", L.ENFORCEMENT),
        ("（六）健全突发事件应对体系,提升应急处置能力", L.EMERGENCY),
        ("（五）加强应急管理体系和能力建设", L.EMERGENCY),
        ("（七）健全社会矛盾纠纷行政预防调处化解体系", L.DISPUTES),
        ("（二）全面深化行政复议体制改革", L.DISPUTES),
        ("规范行政应诉工作,提高出庭应诉率", L.DISPUTES),
        ("坚持和发展新时代“枫桥经验”", L.DISPUTES),
        ("（八）健全行政权力制约和监督体系", L.OVERSIGHT),
        ("（三）全面推进政务公开", L.OVERSIGHT),
        ("自觉接受人大监督和政协民主监督", L.OVERSIGHT),
        ("（九）健全法治政府建设科技保障体系,全面建设数字法治政府", L.DIGITAL),
        ("（四）加快推进信息化平台建设", L.DIGITAL),
        ("（六）深入开展法治宣传教育", L.PUBLICITY),
        ("（二）完善公共法律服务体系", L.PUBLICITY),
        ("深入实施“八五”普法规划,培育法律明白人", L.PUBLICITY),
        ("二、2023年度推进法治政府建设存在的不足和原因", L.SHORTCOMINGS),
        ("四、存在的问题及整改措施", L.SHORTCOMINGS),
        ("三、推进法治政府建设存在的不足、原因和整改措施", L.SHORTCOMINGS),
        ("五、下一年度推进法治政府建设的主要安排", L.PLANS),
        ("四、2025年度推进法治政府建设的初步安排", L.PLANS),
        ("三、下一步工作打算", L.PLANS),
        ("五、示范区2024年度法治建设荣誉表彰情况", L.OTHER),
        ("六、其他需要报告的事项", L.OTHER),
        ("一、2023年度推进法治政府建设的主要举措和成效", L.OTHER),  # no topic, empty body
    ],
    ids=lambda value: value if isinstance(value, str) else str(value),
)
def test_classify_by_heading(path: str, expected: SectionType) -> None:
    assert classify_section(path.split(HEADING_SEPARATOR), "", VOCABULARY) is expected


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (["四、2024年度推进法治政府建设存在的不足", "（一）行政执法监督还不到位"], L.SHORTCOMINGS),
        (["五、下一年度推进法治政府建设的主要安排", "（三）持续优化法治化营商环境"], L.PLANS),
        (["四、下一年度工作计划", "1.深化行政复议体制改革"], L.PLANS),
        (
            ["二、党政主要负责人履行推进法治建设第一责任人职责情况", "（二）带头依法决策"],
            L.LEADERSHIP,
        ),
        (["三、存在的问题和下一步打算", "（二）下一步打算", "1.严格规范执法"], L.PLANS),
        (["三、存在的问题和下一步打算", "（一）存在的问题", "1.执法力量不足"], L.SHORTCOMINGS),
        (["一、主要举措和成效", "（三）严格规范公正文明执法"], L.ENFORCEMENT),
    ],
    ids=[
        "shortcomings",
        "plans",
        "plans-numbered",
        "first-responsible",
        "mixed-plans",
        "mixed-shortcomings",
        "topic-under-achievements",
    ],
)
def test_part_type_wins_over_topic(path: list[str], expected: SectionType) -> None:
    assert (
        classify_section(path, "全面落实行政执法三项制度,深化营商环境改革。", VOCABULARY)
        is expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("办理行政复议案件114件,纠错率18.3%,行政机关负责人出庭应诉率100%。", L.DISPUTES),
        ("开展普法活动120场,办理法律援助案件379件,培育法律明白人500名。", L.PUBLICITY),
        ("全区法治建设取得新成效。", L.OTHER),  # nothing clear
        ("但也存在一些短板弱项:行政执法力量有待加强。", L.SHORTCOMINGS),
    ],
    ids=["disputes", "publicity", "unclear", "opener"],
)
def test_classify_headless_by_body(text: str, expected: SectionType) -> None:
    assert classify_section([], text, VOCABULARY) is expected


def test_unclear_heading_defers_to_body() -> None:
    text = "办理行政复议案件114件,行政机关负责人出庭应诉率100%。"
    assert classify_section(["（十一）合力推进全区建设"], text, VOCABULARY) is SectionType.DISPUTES


def test_every_slug_has_a_label() -> None:
    assert {t.type for t in VOCABULARY.types} == set(SectionType)
    assert VOCABULARY.label(SectionType.DISPUTES) == "矛盾纠纷化解"


# ---- nothing is lost ------------------------------------------------------------------------

_PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")  # 區(qū): the cleaner's job, minimally


def _assert_nothing_lost(body: str, sections: tuple[Section, ...]) -> None:
    lines = {line for s in sections for line in s.text.split("\n")}
    headings = {h for s in sections for h in s.heading.split(HEADING_SEPARATOR)}
    for paragraph in (p.strip() for p in body.splitlines()):
        if paragraph:
            assert paragraph in lines or paragraph.rstrip("。:：;；") in headings, paragraph


def _assert_ids(sections: tuple[Section, ...]) -> None:
    first = 0 if sections and sections[0].heading == "" else 1
    assert [s.id for s in sections] == [f"s{n:03d}" for n in range(first, first + len(sections))]


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_corpus_loses_no_text(path: Path) -> None:
    body = _PINYIN.sub("", path.read_text(encoding="utf-8"))
    sections = split_sections(body, VOCABULARY)
    _assert_nothing_lost(body, sections)
    _assert_ids(sections)
    typed = {s.type for s in sections}
    assert typed & {SectionType.SHORTCOMINGS, SectionType.PLANS}  # every sample has these parts
    assert len(typed) >= 4


_PIECES = [
    "一、",
    "（一）",
    "1.",
    "一是",
    "二是",
    "2024年,",
    "坚持党的领导。",
    "加强执法。",
    "1.1万余件",
    "存在的不足",
    "下一年度安排",
    "但仍存在短板和不足",
    "2025年,我区将继续",
    "。",
    ",",
    "第二部分",
    "習近平法治思想",
    "  ",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join), max_size=12))
def test_any_body_loses_no_text(paragraphs: list[str]) -> None:
    body = "\n".join(paragraphs)
    sections = split_sections(body, VOCABULARY)
    _assert_nothing_lost(body, sections)
    _assert_ids(sections)


def test_every_section_type_is_labelled_once_in_the_vocabulary():
    """The labels pages show are the data file's, for every contract type."""
    types = tomllib.loads(data_path("section_types.toml").read_text("utf-8"))["types"]
    assert set(types) == {t.value for t in SectionType}
    assert all(words["label"] for words in types.values())
    assert {t.value: label for t, label in SECTION_TYPE_LABELS.items()} == {
        slug: words["label"] for slug, words in types.items()
    }
    assert all(VOCABULARY.label(t) == SECTION_TYPE_LABELS[t] for t in SectionType)


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("一、坚持党的领导", 1),
        ("第一部分 主要工作", 1),
        ("（二）严格执法", 2),
        ("3.强化监督", 3),
        ("（4）公开透明", 4),
        ("①复议", 4),
        ("1.1万余件", None),
        ("一、二级执法人员", None),
        ("2024年法治政府建设年度报告", None),
    ],
)
def test_heading_level_is_the_numbering_grammar(line, level):
    assert heading_level(line) == level


def test_an_inline_list_past_ten_items_stays_body():
    """`十九是…二十是…` in one paragraph is a whole list, as `一是…二是…` is."""
    assert read_line("十九是严格执法。二十是强化监督,落实责任。", GRAMMAR)[0] == "body"
