"""Indicator extraction: number forms, surface forms, refusals, and the hand-labelled corpus."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from indexer.models import Indicator, Section, SectionType
from indexer.parsing.indicators import (
    Direction,
    IndicatorCatalogue,
    IndicatorKind,
    extract_indicators,
    parse_number,
    read_comparison,
)
from indexer.parsing.pipeline import Parser
from indexer.resources import load_toml

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "indicators_gold.json"


@pytest.fixture(scope="module")
def catalogue() -> IndicatorCatalogue:
    return IndicatorCatalogue.from_data()


def extract(text: str, catalogue: IndicatorCatalogue, kind=SectionType.OTHER):
    return extract_indicators([Section("s1", "", kind, text)], catalogue)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("114", (114, False)),
        ("８７１９", (8719, False)),
        ("1.1万余", (11000, True)),
        ("1200余", (1200, True)),
        ("约300", (300, True)),
        ("3.2万", (32000, True)),
        ("100%", (100, False)),
        ("18.3%", (18.3, False)),
        ("１８．３％", (18.3, False)),
        ("90%以上", (90, True)),
        ("1,200件", (1200, False)),
        ("十二", (12, False)),
        ("一百零八", (108, False)),
        ("两次", (2, False)),
        ("七成", (70, True)),
        ("逾500", (500, True)),
        ("超过1000", (1000, True)),
        ("近百", (100, True)),
        ("300多人", (300, True)),
        ("15495万元", (154_950_000, True)),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_parse_number(text: str, expected: tuple[float, bool]) -> None:
    assert parse_number(text) == (pytest.approx(expected[0]), expected[1])


@pytest.mark.parametrize("text", ["", "件", "abc", "一二", "%"], ids=repr)
def test_parse_number_refuses(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("sentence", "name", "value", "unit", "approx"),
    [
        ("收到行政复议案件114宗", "行政复议案件数", 114, "件", False),
        ("全年共办理行政复议案件1,234件", "行政复议案件数", 1234, "件", False),
        ("新收一审行政诉讼案件56件", "行政诉讼案件数", 56, "件", False),
        ("行政机关负责人出庭应诉率达到98.5%", "负责人出庭应诉率", 98.5, "%", False),
        ("行政复议直接纠错率为12.6%", "行政复议纠错率", 12.6, "%", False),
        ("全区行政机关败诉率约两成", "行政诉讼败诉率", 20, "%", True),
        ("全年共调处化解矛盾纠纷3200余起", "调解纠纷数", 3200, "件", True),
        ("受理群众来信来访120批次", "信访事项数", 120, "件", False),
        ("办理法律援助案件约1.2万件", "法律援助案件数", 12000, "件", True),
        ("受理政府信息公开申请２３件", "政府信息公开申请数", 23, "件", False),
        ("主动公开政府信息超1.1万条", "主动公开政府信息数", 11000, "条", True),
        ("共清理规范性文件45件", "文件清理数", 45, "件", False),
        ("12345热线受理群众诉求2.3万件", "12345工单数", 23000, "件", True),
        ("开展普法活动两百余场", "普法活动场次", 200, "场", True),
        ("组织开展普法宣传活动1,250场次", "普法活动场次", 1250, "场", False),
        ("纳入目录管理的重大行政决策事项12项", "重大行政决策事项数", 12, "项", False),
        ("3项决策事项均按规定履行了法定程序", "重大行政决策事项数", 3, "项", False),
        ("平台法律咨询4520人次", "公共法律服务咨询人次", 4520, "人次", False),
        ("全区线上办理执法案件15968宗", "行政执法案件数", 15968, "件", False),
        ("向区人大常委会备案规范性文件1件", "规范性文件备案数", 1, "件", False),
        (
            "全年出具合法性审查意见书前审核合同,合法性审查共计86件",
            "合法性审查件数",
            86,
            "件",
            False,
        ),
        ("区政府常务会议年内专题学法12次", "学法次数", 12, "次", False),
        ("全年办结行政复议案件218件", "行政复议办结数", 218, "件", False),
        ("新收行政复议案件96件,审结88件", "行政复议办结数", 88, "件", False),
        ("行政复议案件中通过调解、和解方式结案21件", "行政复议调解和解数", 21, "件", False),
        ("行政复议案件调解和解结案15件", "行政复议调解和解数", 15, "件", False),
        ("全市受理行政复议183件", "行政复议案件数", 183, "件", False),
        ("行政复议综合纠错率约七成", "行政复议纠错率", 70, "%", True),
        ("全年行政诉讼案件败诉5件", "行政诉讼败诉数", 5, "件", False),
        ("共审查规范性文件12件", "规范性文件审查数", 12, "件", False),
        ("政府法律顾问审核各类合同86份", "法律顾问审查件数", 86, "件", False),
        ("受理群众信访1,200件", "信访事项数", 1200, "件", False),
        ("全年依申请公开126件", "政府信息公开申请数", 126, "件", False),
        ("全年主动公开8719条", "主动公开政府信息数", 8719, "条", False),
        ("法律援助中心受理案件数据:法律援助1.1万余件", "法律援助案件数", 11000, "件", True),
        ("人民调解组织调解案件2356件", "调解纠纷数", 2356, "件", False),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) > 4 else None,
)
def test_surface_form_names_the_indicator(sentence, name, value, unit, approx, catalogue):
    found = [(i.name, i.value, i.unit, i.approx) for i in extract(sentence, catalogue)]
    assert (name, pytest.approx(value), unit, approx) in found
    assert all(i.quote in sentence for i in extract(sentence, catalogue))


@pytest.mark.parametrize(
    "sentence",
    [
        "同比增长29.5%",
        "减少申报要件9项、压缩办理时长24天",
        "复议案件登记率及依法受理率均为100%",
        "力争行政机关负责人出庭应诉率达到100%",
        "行政复议纠错率较上年提高5个百分点",
        "行政复议案件同比增长12%",
        "征收领域行政赔偿案件败诉率大幅下降",
        "制定公布2024年度区政府重大行政决策事项目录",
        "全年化解涉台纠纷71件",
        "全年办结案件218件,纠错35件",  # no 复议 in the sentence: whose 纠错?
        "推进法律援助一件事改革",
        "行政复议案件数量减少12件",
        "同比减少行政复议案件12件",
        "全区行政机关败诉率125%",  # not a rate
        "法律援助律师值班2024年",
        "办结行政复议案件的平均用时缩短至45天",  # a duration, not a count
        "行政复议纠错率同比下降3.2个百分点",  # a change, not a level
        "受理行政复议申请同比增长15%",
        "2025年力争行政复议纠错率达到15%以上",
        "行政复议调解率达45%",  # 调解率 is not 纠错率
        "一是行政复议工作仍有差距",
        "全区共有法律顾问56名",
        "实现政务服务事项100%网上可办",
        "调解法院移交案件1453件",  # court cases, not 复议, and no 复议 in the sentence
        "办结1839件",  # answered what? no 复议 in the sentence
    ],
)
def test_sentence_yields_nothing(sentence: str, catalogue: IndicatorCatalogue) -> None:
    assert extract(sentence, catalogue) == ()


@pytest.mark.parametrize(
    ("quote", "direction", "amount", "unit"),
    [
        ("收到行政复议案件114宗,同比增长29.5%", Direction.UP, 29.5, "%"),
        ("全区行政机关败诉率8%,同比下降24.5%", Direction.DOWN, 24.5, "%"),
        ("纠错率18.3%,较上年提高2.1个百分点", Direction.UP, 2.1, "个百分点"),
        ("受理信访事项120件,比上年减少30件", Direction.DOWN, 30, "件"),
        ("辦理信訪事項6441件，同比下降12%", Direction.DOWN, 12, "%"),
    ],
    ids=lambda v: v if isinstance(v, str) and len(v) > 4 else None,
)
def test_comparison_after_a_figure_is_read_from_its_quote(
    quote, direction, amount, unit, catalogue
):
    comparison = read_comparison(quote, catalogue)
    assert comparison is not None
    assert (comparison.direction, comparison.amount, comparison.unit) == (direction, amount, unit)


def test_comparison_clause_joins_the_quote_of_its_figure_only(catalogue) -> None:
    sentence = "收到行政复议案件114宗,同比增长29.5%,其中调解结案34宗,纠错率18.3%"
    quotes = {i.name: i.quote for i in extract(sentence, catalogue)}
    assert quotes["行政复议案件数"] == "收到行政复议案件114宗,同比增长29.5%"
    assert read_comparison(quotes["行政复议调解和解数"], catalogue) is None
    assert read_comparison(quotes["行政复议纠错率"], catalogue) is None


def test_figures_bind_to_the_name_right_before_them(catalogue: IndicatorCatalogue) -> None:
    sentence = (
        "2024年收到行政复议案件114宗,同比增长29.5%,其中调解结案34宗,"
        "纠正违法和不当行政行为21宗,纠错率18.3%。新接收政府信息公开申请1865件,同比增长77%,办结1839件。"
    )
    found = {(i.name, i.value) for i in extract(sentence, catalogue)}
    assert found == {
        ("行政复议案件数", 114),
        ("行政复议调解和解数", 34),
        ("行政复议纠错数", 21),
        ("行政复议纠错率", 18.3),
        ("政府信息公开申请数", 1865),
    }


def test_traditional_text_is_matched_and_quoted_as_written(catalogue) -> None:
    text = "加大整改力度,全區處置行政復議申請共４１８宗,行政機關負責人出庭應訴率達100%。"
    found = extract(text, catalogue)
    assert [(i.name, i.value, i.quote) for i in found] == [
        ("行政复议案件数", 418, "全區處置行政復議申請共４１８宗"),
        ("负责人出庭应诉率", 100, "行政機關負責人出庭應訴率達100%"),
    ]


def test_identical_figures_merge_and_different_ones_stay(catalogue) -> None:
    text = "合法性审核58次。合法性审核58次。进行事前合法性审核5件。"
    assert [i.value for i in extract(text, catalogue)] == [58, 5]


def test_plans_sections_state_targets_not_results(catalogue) -> None:
    assert extract("行政机关负责人出庭应诉率达100%", catalogue, SectionType.PLANS) == ()


def test_catalogue_is_well_formed() -> None:
    data = load_toml("indicators.toml")
    names = [entry["name"] for entry in data["indicator"]]
    assert len(names) == len(set(names)) >= 25
    for entry in data["indicator"]:
        assert IndicatorKind(entry["kind"])
        assert entry.get("before") or entry.get("after"), entry["name"]
        assert (entry["unit"] == "%") == (entry["kind"] == "rate"), entry["name"]
        for part in (entry.get("numerator"), *entry.get("denominators", ())):
            assert part is None or part in names, (entry["name"], part)


# --- the hand-labelled corpus ------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_sections() -> dict[str, tuple[Section, ...]]:
    """The real parsed sections of each sample report (ids like s004), as the index holds them."""
    parser = Parser.from_data()
    files = sorted((ROOT / "corpus").glob("*.txt"))
    return {path.stem: parser.parse_file(path).sections for path in files}


@pytest.fixture(scope="module")
def corpus_indicators(corpus_sections, catalogue) -> dict[str, tuple[Indicator, ...]]:
    return {
        rid: extract_indicators(sections, catalogue) for rid, sections in corpus_sections.items()
    }


def _matches(gold: dict, report_id: str, found: Indicator) -> bool:
    return (
        gold["report_id"] == report_id
        and gold["section_id"] == found.section_id
        and gold["name"] == found.name
        and gold["value"] == pytest.approx(found.value)
        and gold["quote"] in found.quote
    )


def test_corpus_precision_and_recall_against_hand_labels(corpus_indicators) -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["indicators"]
    found = [(rid, i) for rid, items in corpus_indicators.items() for i in items]
    true_found = [f for f in found if any(_matches(g, *f) for g in gold)]
    recalled = [g for g in gold if any(_matches(g, *f) for f in found)]
    precision, recall = len(true_found) / len(found), len(recalled) / len(gold)
    missed = [
        (g["report_id"][:3], g["section_id"], g["name"], g["value"])
        for g in gold
        if g not in recalled
    ]
    wrong = [(rid[:3], i.name, i.value, i.quote) for rid, i in found if (rid, i) not in true_found]
    assert precision >= 0.95, wrong
    assert recall >= 0.9, missed


def test_corpus_units_and_approx_agree_with_hand_labels(corpus_indicators) -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["indicators"]
    for report_id, items in corpus_indicators.items():
        for found in items:
            for label in (g for g in gold if _matches(g, report_id, found)):
                assert (found.unit, found.approx) == (label["unit"], label["approx"]), found


def test_corpus_comparisons_agree_with_hand_labels(corpus_indicators, catalogue) -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["indicators"]
    labelled = [g for g in gold if "change" in g]
    assert len(labelled) >= 3
    for label in labelled:
        found = [
            i
            for i in corpus_indicators[label["report_id"]]
            if _matches(label, label["report_id"], i)
        ]
        assert found, label
        comparison = read_comparison(found[0].quote, catalogue)
        assert comparison is not None, found[0].quote
        change = label["change"]
        assert (comparison.direction, comparison.amount, comparison.unit) == (
            change["direction"],
            change["amount"],
            change["unit"],
        )


def test_every_quote_is_original_text_holding_the_figure(corpus_indicators, corpus_sections):
    for report_id, items in corpus_indicators.items():
        sections = {s.id: s.text for s in corpus_sections[report_id]}
        for item in items:
            assert item.quote in sections[item.section_id]
            assert parse_number(_figure_text(item.quote)) is not None, item.quote


def _figure_text(quote: str) -> str:
    """The last number written in the quote (the figure ends its clause)."""
    return re.findall(r"[0-9０-９][0-9０-９.,，．]*[万亿]?", quote)[-1]
