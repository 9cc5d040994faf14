"""report_view(): one report as its page shows it, built by the library from the stored Report."""

from __future__ import annotations

import pytest
from markupsafe import escape

from indexer.models import Report
from indexer.parsing.indicators import IndicatorCatalogue
from indexer.querying.report_view import Script, report_view, stored_report
from indexer.querying.required_parts import PartsVocabulary

TRADITIONAL = "001_1125619140e8c921"  # published in traditional characters
SIMPLIFIED = "000_85a6f3b4405b5e46"


@pytest.fixture(scope="module")
def catalogue() -> IndicatorCatalogue:
    return IndicatorCatalogue.from_data()


@pytest.fixture(scope="module")
def parts() -> PartsVocabulary:
    return PartsVocabulary.from_data()


def plain(html: str) -> str:
    return html.replace("<mark>", "").replace("</mark>", "")


def test_the_stored_report_is_the_inspect_json(snapshot) -> None:
    report = stored_report(snapshot, SIMPLIFIED)
    assert isinstance(report, Report)
    assert report.to_json() == snapshot.report_json(SIMPLIFIED)
    assert stored_report(snapshot, "no_such_report") is None


def test_an_unknown_report_has_no_view(snapshot, catalogue, parts) -> None:
    assert report_view(snapshot, "no_such_report", "", Script.ORIGINAL, catalogue, parts) is None


def test_the_query_is_marked_in_sections_and_counted(snapshot, catalogue, parts) -> None:
    view = report_view(snapshot, SIMPLIFIED, "行政复议", Script.ORIGINAL, catalogue, parts)
    assert view is not None and view.terms
    marked = [p for s in view.sections for p in s.paragraphs if "<mark>" in p]
    assert marked and all("行政复议" in plain(str(p)) for p in marked[:3])
    title_marks = str(view.title_html).count("<mark>")
    assert view.matches == sum(s.matches for s in view.sections) + title_marks > 0
    assert [s.id for s in view.sections] == [s.id for s in view.report.sections]


def test_without_a_query_each_paragraph_is_the_escaped_text(snapshot, catalogue, parts) -> None:
    view = report_view(snapshot, SIMPLIFIED, "", Script.ORIGINAL, catalogue, parts)
    assert view is not None and view.matches == 0
    for shown, section in zip(view.sections, view.report.sections, strict=True):
        lines = tuple(escape(line) for line in section.text.split("\n") if line.strip())
        assert shown.paragraphs == lines


@pytest.mark.parametrize("query", ['"未闭合', "OR", "-", "", "行政复议" * 60], ids=repr)
def test_nothing_to_mark_or_too_long_marks_nothing(snapshot, catalogue, parts, query) -> None:
    view = report_view(snapshot, SIMPLIFIED, query, Script.ORIGINAL, catalogue, parts)
    assert view is not None and view.matches == 0
    assert not any("<mark>" in p for s in view.sections for p in s.paragraphs)


def test_the_table_of_contents_lists_each_heading_once(snapshot, catalogue, parts) -> None:
    view = report_view(snapshot, SIMPLIFIED, "", Script.ORIGINAL, catalogue, parts)
    assert view is not None
    chapters = [str(e.label) for e in view.toc if e.depth == 1]
    assert len(chapters) == len(set(chapters)) > 1
    assert {e.section_id for e in view.toc} <= {s.id for s in view.sections}


def test_a_traditional_report_shows_in_simplified_characters(snapshot, catalogue, parts) -> None:
    original = report_view(snapshot, TRADITIONAL, "", Script.ORIGINAL, catalogue, parts)
    converted = report_view(snapshot, TRADITIONAL, "", Script.SIMPLIFIED, catalogue, parts)
    assert original is not None and converted is not None
    assert original.traditional and converted.script is Script.SIMPLIFIED
    text = "".join(str(p) for s in original.sections for p in s.paragraphs)
    simplified = "".join(str(p) for s in converted.sections for p in s.paragraphs)
    assert "區" in text and "區" not in simplified
    assert converted.report == original.report  # the report itself stays as published


def test_a_simplified_report_ignores_the_script_switch(snapshot, catalogue, parts) -> None:
    view = report_view(snapshot, SIMPLIFIED, "", Script.SIMPLIFIED, catalogue, parts)
    assert view is not None and not view.traditional and view.script is Script.ORIGINAL


def test_the_figures_are_the_reports_own(snapshot, catalogue, parts) -> None:
    view = report_view(snapshot, SIMPLIFIED, "", Script.ORIGINAL, catalogue, parts)
    assert view is not None
    assert [(r.name, r.quote) for r in view.figures] == [
        (i.name, i.quote) for i in view.report.indicators
    ]


def test_the_view_checks_the_required_parts(snapshot, catalogue, parts) -> None:
    view = report_view(snapshot, SIMPLIFIED, "", Script.ORIGINAL, catalogue, parts)
    assert view is not None
    assert [f.slug for f in view.parts.findings] == [rule.slug for rule in parts.parts]
    sections = {s.id for s in view.sections}
    assert all(f.section_id in sections for f in view.parts.findings if f.present)
