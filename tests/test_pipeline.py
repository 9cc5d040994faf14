"""Golden parses of the sample reports, and the `inspect` command's contract."""

from __future__ import annotations

import difflib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from indexer.parsing.files import RawDocument
from indexer.parsing.pipeline import Parser

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
GOLDEN = Path(__file__).resolve().parent / "data" / "golden"
CONTRACT_KEYS = ["report_id", "title", "region", "level", "province", "city", "year",
                 "published", "source_url", "sections", "indicators", "warnings"]  # fmt: skip
REGENERATE = "after checking the diff is an improvement, regenerate them with `make golden`"


@pytest.fixture(scope="module")
def parser() -> Parser:
    return Parser.from_data()


def readable(data: dict) -> list[str]:
    return json.dumps(data, ensure_ascii=False, indent=2).splitlines()


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem[:3])
def test_sample_report_parses_as_its_golden_file(parser, path: Path):
    expected = json.loads((GOLDEN / f"{path.stem}.json").read_text(encoding="utf-8"))
    actual = parser.parse_file(path).to_json()
    if actual != expected:
        lines = difflib.unified_diff(readable(expected), readable(actual), "golden", "parsed")
        diff = "\n".join(line.rstrip("\n") for line in lines)
        pytest.fail(f"{path.name} differs from its golden parse ({REGENERATE}):\n{diff}")


@pytest.mark.parametrize(
    ("stem", "metadata"),
    [
        ("000_85a6f3b4405b5e46", ("武江区", "county", "广东省", "韶关市", 2024, "2025-02-17")),
        ("001_1125619140e8c921", ("海珠区", "county", "广东省", "广州市", 2023, None)),
        ("002_d673bbc54b047a03", ("武清区", "county", "天津市", None, 2023, "2024-02-28")),
        ("003_527454772160757c", ("湖里区", "county", "福建省", "厦门市", 2024, None)),
        ("004_1867eea4f21729fd", ("开封市示范区", "county", "河南省", "开封市", 2024, None)),
    ],
    ids=["shaoguan", "traditional", "municipality", "no-title", "demonstration-zone"],
)
def test_sample_metadata(parser, stem, metadata):
    report = parser.parse_file(CORPUS / f"{stem}.txt")
    fields = (
        report.region,
        report.level,
        report.province,
        report.city,
        report.year,
        report.published,
    )
    assert fields == metadata


def test_traditional_page_gives_simplified_metadata_and_original_text(parser):
    report = parser.parse_file(CORPUS / "001_1125619140e8c921.txt")
    assert report.title == "广州市海珠区人民政府关于2023年度法治政府建设情况的报告"
    assert "海珠區" in report.sections[0].text and "(qū)" not in report.sections[0].text


def test_every_section_has_a_contract_type_and_a_unique_id(parser):
    for path in CORPUS.glob("*.txt"):
        report = parser.parse_file(path)
        ids = [s.id for s in report.sections]
        assert len(ids) == len(set(ids)) and all(i.startswith("s") for i in ids)
        assert {i.section_id for i in report.indicators} <= set(ids)


def test_indicator_quotes_hold_their_figures(parser):
    for path in CORPUS.glob("*.txt"):
        report = parser.parse_file(path)
        texts = {s.id: s.text for s in report.sections}
        for indicator in report.indicators:
            assert indicator.quote in texts[indicator.section_id]


def test_inspect_prints_the_contract_json():
    result = subprocess.run(
        [sys.executable, "-m", "indexer", "inspect", str(CORPUS / "003_527454772160757c.txt")],
        capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    data = json.loads(result.stdout)
    assert list(data) == CONTRACT_KEYS
    assert "\\u" not in result.stdout  # ensure_ascii=False: Chinese stays readable
    assert list(data["sections"][0]) == ["id", "heading", "type", "text"]
    assert list(data["indicators"][0]) == ["name", "value", "unit", "approx", "section_id", "quote"]


def test_inspect_reports_an_unreadable_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = subprocess.run([sys.executable, "-m", "indexer", "inspect", str(empty)],
                            capture_output=True, text=True, timeout=60)  # fmt: skip
    assert result.returncode == 1 and "empty.txt" in result.stderr and not result.stdout


def test_html_page_parses_like_text(parser, tmp_path):
    page = tmp_path / "shaoguan-sfj.html"
    page.write_text(
        "<html><head><title>韶关市司法局2023年法治政府建设年度报告</title>"
        "<script>var x = '<b>';</script></head><body><div class='nav'>首页 > 通知公告</div>"
        "<div class='article'><h1>韶关市司法局2023年法治政府建设年度报告</h1>"
        "<p>2023年，韶关市司法局坚持以习近平法治思想为指导。</p>"
        "<p>一、主要举措和成效</p><p>（一）深化行政复议。全年收到行政复议案件114宗。</p>"
        "</div></body></html>",
        encoding="utf-8",
    )
    report = parser.parse_file(page)
    assert (report.region, report.level, report.city, report.province, report.year) == (
        "韶关市司法局", "department", "韶关市", "广东省", 2023,
    )  # fmt: skip
    assert report.sections[-1].type == "disputes"
    assert not any("var x" in s.text or "首页" in s.text for s in report.sections)


# Four paragraphs of an essay on emergency management: over 400 Chinese characters, no word of law.
ESSAY = "\n".join(
    [
        "在新时代社会经济高速发展的今天,各种风险隐患随之增多,社会公共危机已由非常态转为常态。"
        "完善全县应急体系建设,一要健全应急指挥机构,二要加强应急队伍建设,三要完善物资储备。",
        "各乡镇要配齐专职人员,建立隐患排查台账,做到早发现、早报告、早处置,不断提升防范能力。"
        "县应急管理局要会同有关部门开展综合演练,检验预案,锻炼队伍,提高协同处置水平。",
    ]
    * 3
)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (ESSAY, True),
        # mojibake the cleaner could not repair may hide the words: the page is not judged by them
        (ESSAY + "\n区政府?醪浇珊樵粕掀瑓欤。其余内容正常正常正常。", False),
    ],
    ids=["legible", "mojibake-left"],
)
def test_a_page_that_never_speaks_of_law_is_flagged_only_when_legible(parser, text, flagged):
    report = parser.parse_document("essay", RawDocument(text, "utf-8", None))
    assert any("never speaks of law" in w for w in report.warnings) == flagged
