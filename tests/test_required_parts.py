"""The required-parts check (第二十五条) against hand labels: the sample reports as parsed by the
real parser, and crafted reports that lack parts or state them only inside a paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest

from indexer.models import Level, Report, Section, SectionType
from indexer.parsing.pipeline import Parser
from indexer.querying.required_parts import Evidence, PartsVocabulary, check_json, check_parts

ROOT = Path(__file__).resolve().parent.parent
CRAFTED = Path(__file__).resolve().parent / "data" / "research"
HEADING, SECTION, BODY = Evidence.HEADING, Evidence.SECTION, Evidence.BODY

# Read by hand: for each report and part, how the report states it and the section that shows it
# (None: the report does not state the part).
HAND_LABELS = {
    "corpus/000_85a6f3b4405b5e46.txt": {
        "measures": (SECTION, "s001"),  # topical chapters, no heading names the part
        "shortcomings": (HEADING, "s009"),
        "responsibility": (HEADING, "s003"),
        "plans": (HEADING, "s010"),
    },
    "corpus/001_1125619140e8c921.txt": {  # traditional characters
        "measures": (SECTION, "s001"),
        "shortcomings": (HEADING, "s005"),  # 五、存在問題及2024年法治政府建設工作計劃
        "responsibility": (BODY, "s001"),  # 區黨政主要負責人扎實履行…第一責任人職責
        "plans": (HEADING, "s006"),  # the plans half of the mixed part
    },
    "corpus/002_d673bbc54b047a03.txt": {
        "measures": (HEADING, "s001"),
        "shortcomings": (HEADING, "s012"),
        "responsibility": (HEADING, "s013"),
        "plans": (HEADING, "s014"),
    },
    "corpus/003_527454772160757c.txt": {  # the last two parts have no heading
        "measures": (SECTION, "s001"),
        "shortcomings": (SECTION, "s016"),
        "responsibility": (BODY, "s001"),
        "plans": (SECTION, "s017"),
    },
    "corpus/004_1867eea4f21729fd.txt": {
        "measures": (HEADING, "s003"),
        "shortcomings": (HEADING, "s009"),
        "responsibility": (HEADING, "s001"),
        "plans": (HEADING, "s010"),
    },
    "tests/data/research/chunan_2023_lacking.txt": {
        "measures": (HEADING, "s001"),
        "shortcomings": (HEADING, "s003"),
        "responsibility": None,
        "plans": None,
    },
    "tests/data/research/gulou_2023_hidden.txt": {
        "measures": (SECTION, "s001"),
        "shortcomings": (BODY, "s002"),  # …仍存在执法人员力量不足…等短板 inside 执法
        "responsibility": (BODY, "s003"),
        "plans": (BODY, "s003"),  # 下一步，我区将… closing the 党的领导 paragraph
    },
}
CASES = [(path, part) for path, labels in HAND_LABELS.items() for part in labels]


@pytest.fixture(scope="module")
def parsed() -> dict[str, Report]:
    parser = Parser.from_data()
    return {path: parser.parse_file(ROOT / path) for path in HAND_LABELS}


@pytest.fixture(scope="module")
def vocabulary() -> PartsVocabulary:
    return PartsVocabulary.from_data()


@pytest.mark.parametrize(
    ("path", "part"), CASES, ids=[f"{Path(p).stem[:12]}-{q}" for p, q in CASES]
)
def test_hand_labels(parsed, vocabulary, path, part) -> None:
    finding = check_parts(parsed[path], vocabulary).finding(part)
    assert finding is not None
    expected = HAND_LABELS[path][part]
    if expected is None:
        assert not finding.present and finding.section_id is None
        return
    assert (finding.evidence, finding.section_id) == expected
    section = next(s for s in parsed[path].sections if s.id == finding.section_id)
    assert finding.quote.rstrip("…") in f"{section.heading}\n{section.text}"  # quoted as written


def test_the_four_parts_in_the_rules_order(vocabulary) -> None:
    assert [rule.slug for rule in vocabulary.parts] == [
        "measures", "shortcomings", "responsibility", "plans",
    ]  # fmt: skip
    assert vocabulary.label("responsibility") == "党政主要负责人履行推进法治建设第一责任人职责情况"


def _report(year: int | None, *sections: tuple[str, SectionType, str]) -> Report:
    return Report(
        report_id="crafted", title="某区法治政府建设年度报告", region=None, level=Level.OTHER,
        province=None, city=None, year=year, published=None,
        sections=tuple(Section(f"s{i:03d}", h, t, text) for i, (h, t, text) in enumerate(sections)),
    )  # fmt: skip


def test_next_year_plans_need_the_report_year(vocabulary) -> None:
    """`2024年…将` states plans in a 2023 report, not in a 2024 one (where it is the measures)."""
    text = "2024年，我区将继续推进行政复议规范化建设。"
    section = ("", SectionType.OTHER, text)
    assert check_parts(_report(2023, section), vocabulary).finding("plans").evidence is BODY
    assert not check_parts(_report(2024, section), vocabulary).finding("plans").present
    assert not check_parts(_report(None, section), vocabulary).finding("plans").present


def test_a_plans_heading_is_not_a_measures_heading(vocabulary) -> None:
    report = _report(
        2023,
        ("一、2024年主要举措", SectionType.PLANS, "深化改革。"),
        ("二、存在的不足", SectionType.SHORTCOMINGS, "力量不足。"),
    )
    check = check_parts(report, vocabulary)
    assert not check.finding("measures").present
    assert check.finding("plans").evidence is HEADING
    assert not check.complete


def test_an_empty_report_lacks_every_part(vocabulary) -> None:
    check = check_parts(_report(2023), vocabulary)
    assert [f.present for f in check.findings] == [False] * 4
    assert all(part["evidence"] is None for part in check_json(check).values())
