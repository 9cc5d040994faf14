"""One government year by year, as pure functions over parsed reports: former names that the
division list gives the same code, plan items and their topics, figures and their changes."""

from __future__ import annotations

from dataclasses import replace

import pytest

from indexer.models import SectionType
from indexer.parsing.classify import SectionVocabulary
from indexer.parsing.files import RawDocument
from indexer.parsing.indicators import IndicatorCatalogue
from indexer.parsing.pipeline import Parser
from indexer.querying.region_view import (
    division_names,
    governments_named,
    plan_items,
    region_view,
)
from indexer.querying.required_parts import PartsVocabulary
from indexer.querying.structure import summarize
from indexer.regions import RegionResolver


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser.from_data()


@pytest.fixture(scope="module")
def resolver() -> RegionResolver:
    return RegionResolver.from_data()


def _parse(parser: Parser, report_id: str, text: str):
    return parser.parse_document(report_id, RawDocument(text, "utf-8", None))


XINGTAI = {  # 桥西区 of 邢台市 was renamed 信都区 (same division code)
    "qiaoxi_2022": "邢台市桥西区2022年法治政府建设年度报告\n\n一、主要举措和成效\n"
    "2022年收到行政复议案件40宗。\n二、2023年工作安排\n（一）优化营商环境\n深化“放管服”改革，优化营商环境。",
    "xindu_2023": "邢台市信都区2023年法治政府建设年度报告\n\n一、主要举措和成效\n"
    "（一）优化法治化营商环境\n深化“放管服”改革，2023年收到行政复议案件50宗。",
    "shijiazhuang_qiaoxi_2023": "石家庄市桥西区2023年法治政府建设年度报告\n\n一、主要举措和成效\n"
    "推进行政执法规范化。",
}


@pytest.fixture(scope="module")
def xingtai(parser):
    vocabulary = PartsVocabulary.from_data()
    reports = {rid: _parse(parser, rid, text) for rid, text in XINGTAI.items()}
    return reports, [summarize(r, vocabulary) for r in reports.values()]


def test_division_names_follow_the_code(resolver) -> None:
    names = division_names("信都区", resolver)
    assert names[0] == "信都区" and "桥西区" in names


@pytest.mark.parametrize("name", ["信都区", "桥西区"])
def test_a_renamed_region_is_one_government(xingtai, resolver, name) -> None:
    _, summaries = xingtai
    found = governments_named(summaries, name, resolver)
    xingtai_gov = [g for g in found if g.city == "邢台市"]
    assert len(xingtai_gov) == 1 and xingtai_gov[0].region == "信都区"
    assert sorted(s.report_id for s in found[xingtai_gov[0]]) == ["qiaoxi_2022", "xindu_2023"]
    others = [g for g in found if g.city != "邢台市"]  # 石家庄市桥西区 only under its own name
    assert [g.city for g in others] == (["石家庄市"] if name == "桥西区" else [])


def test_region_view_over_the_renamed_years(xingtai, resolver) -> None:
    reports, summaries = xingtai
    government, members = next(
        (g, m) for g, m in governments_named(summaries, "信都区", resolver).items()
    )
    stored = {s.report_id: reports[s.report_id].to_json() for s in members}
    view = region_view(
        government, members, stored, IndicatorCatalogue.from_data(), SectionVocabulary.from_data()
    )
    assert view.years == (2022, 2023) and view.names == ("桥西区", "信都区")
    (cases,) = [line for line in view.figures if line.name == "行政复议案件数"]
    assert [c.value for c in cases.cells] == [40, 50]
    assert (cases.steps[0].difference, cases.steps[0].percent) == (10, 25.0)
    (pair,) = view.pairs
    (match,) = pair.matches
    assert match.topic is SectionType.FUNCTIONS
    assert [ref.report_id for ref in match.later] == ["xindu_2023"]


def test_plan_items_split_numbered_items(parser) -> None:
    report = _parse(
        parser,
        "items",
        "韶关市武江区2023年法治政府建设年度报告\n\n一、主要举措和成效\n推进行政执法。\n"
        "二、下一年度工作安排\n2024年，我区将继续推进法治政府建设。一是持续优化营商环境，深化“放管服”改革。"
        "二是规范行政执法，落实行政执法三项制度。三是做好行政复议工作，发挥化解行政争议主渠道作用。",
    )
    sections = SectionVocabulary.from_data()
    items = plan_items(report.to_json(), sections, replace(sections, parts=()))
    assert [ref.excerpt[:2] for ref, _ in items] == ["一是", "二是", "三是"]  # the opening dropped
    assert [topic for _, topic in items] == [
        SectionType.FUNCTIONS, SectionType.ENFORCEMENT, SectionType.DISPUTES,
    ]  # fmt: skip
