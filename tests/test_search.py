"""search(): matching, filters, disjunctive facets, grouping, sorting, paging, highlights."""

from __future__ import annotations

import pytest

from indexer.normalize import normalize
from indexer.parsing.indicators import IndicatorCatalogue
from indexer.querying.figures import IndicatorQuery, all_rows, filter_rows
from indexer.querying.query_language import QueryError
from indexer.querying.search import Grouping, SearchRequest, Sort, search
from indexer.querying.snapshot import IndexReader
from indexer.regions import short_forms
from indexer.writing.build import build_index


def run(snapshot, query="", size=100, **options):
    filters = tuple((name, tuple(values)) for name, values in options.pop("filters", {}).items())
    return search(snapshot, SearchRequest(query=query, filters=filters, size=size, **options))


def facet(page, name) -> dict[str, int]:
    return {v.value: v.count for f in page.facets if f.name == name for v in f.values}


def section_text(snapshot, report_id: str, section_id: str) -> str:
    sections = snapshot.report_json(report_id)["sections"]
    return normalize(next(s["heading"] + s["text"] for s in sections if s["id"] == section_id))


def test_every_hit_holds_every_term(snapshot):
    page = run(snapshot, "行政复议 纠错率")
    assert page.total >= 2
    for hit in page.hits:
        text = section_text(snapshot, hit.report_id, hit.section_id)
        assert "纠错率" in text and ("行政复议" in text or ("行政" in text and "复议" in text))


def test_traditional_and_simplified_queries_find_the_same_sections(snapshot):
    simplified, traditional = run(snapshot, "行政复议"), run(snapshot, "行政複議")
    assert [(h.report_id, h.section_id) for h in simplified.hits] == [
        (h.report_id, h.section_id) for h in traditional.hits
    ]
    assert "001_1125619140e8c921" in {h.report_id for h in simplified.hits}


def test_highlight_marks_the_original_characters_of_a_traditional_page(snapshot):
    page = run(snapshot, "行政复议", filters={"region": ["海珠区"]})
    assert page.hits and all(h.report_id.startswith("001") for h in page.hits)
    assert "<mark>行政復議</mark>" in page.hits[0].snippet_html


def test_phrase_needs_the_characters_together(snapshot):
    loose, phrase = run(snapshot, "法治 夜校"), run(snapshot, '"法治夜校"')
    assert 0 < phrase.total <= loose.total
    assert all("<mark>法治夜校</mark>" in h.snippet_html for h in phrase.hits)


def test_exclusion_and_or(snapshot):
    excluded = run(snapshot, "法治 -普法")
    assert excluded.total > 0
    for hit in excluded.hits:
        assert "普法" not in normalize(hit.snippet_html)
    either = run(snapshot, "枫桥经验 OR 法律明白人")
    assert either.total >= max(run(snapshot, "枫桥经验").total, run(snapshot, "法律明白人").total)


def test_a_filter_keeps_only_its_value_and_its_count_is_the_total(snapshot):
    unfiltered = run(snapshot, "行政复议")
    page = run(snapshot, "行政复议", filters={"province": ["广东省"]})
    assert {h.province for h in page.hits} == {"广东省"}
    assert page.total == facet(unfiltered, "province")["广东省"]


def test_repeated_filter_is_or_within_a_facet(snapshot):
    guangdong = run(snapshot, "行政复议", filters={"province": ["广东省"]}).total
    tianjin = run(snapshot, "行政复议", filters={"province": ["天津市"]}).total
    both = run(snapshot, "行政复议", filters={"province": ["广东省", "天津市"]})
    assert both.total == guangdong + tianjin
    assert {h.province for h in both.hits} == {"广东省", "天津市"}


def test_filters_are_and_across_facets(snapshot):
    page = run(snapshot, "", filters={"province": ["广东省"], "year": ["2023"]})
    assert page.total > 0 and {h.region for h in page.hits} == {"海珠区"}


def test_facet_counts_ignore_their_own_filter(snapshot):
    unfiltered = run(snapshot, "行政复议")
    ticked = run(snapshot, "行政复议", filters={"province": ["广东省"]})
    assert facet(ticked, "province") == facet(unfiltered, "province")
    assert sum(facet(ticked, "year").values()) == ticked.total
    assert next(v for f in ticked.facets for v in f.values if v.value == "广东省").selected


@pytest.mark.parametrize(
    ("short", "full"), [("广东", "广东省"), ("天津", "天津市"), ("韶关", "韶关市")]
)
def test_short_names_filter_like_full_names(snapshot, short, full):
    name = "city" if short == "韶关" else "province"
    assert (
        run(snapshot, "", filters={name: [short]}).total
        == run(snapshot, "", filters={name: [full]}).total
        > 0
    )


def test_group_by_report_gives_one_row_per_report(snapshot):
    page = run(snapshot, "行政复议", group=Grouping.REPORT, size=10)
    ids = [g.report_id for g in page.groups]
    assert len(ids) == len(set(ids)) == page.total == 5
    assert all(
        0 < len(g.hits) <= 3 and {h.report_id for h in g.hits} == {g.report_id} for g in page.groups
    )


def test_sort_by_year_puts_newest_first(snapshot):
    years = [h.year for h in run(snapshot, "法治", sort=Sort.YEAR).hits]
    assert years == sorted(years, reverse=True) and len(set(years)) > 1


def test_pages_do_not_overlap_and_cover_the_ranking(snapshot):
    whole = [(h.report_id, h.section_id) for h in run(snapshot, "法治", size=20).hits]
    first = [(h.report_id, h.section_id) for h in run(snapshot, "法治", size=10, page=1).hits]
    second = [(h.report_id, h.section_id) for h in run(snapshot, "法治", size=10, page=2).hits]
    assert first + second == whole
    beyond = run(snapshot, "法治", size=10, page=99)
    assert beyond.hits == () and beyond.total == run(snapshot, "法治").total


def test_empty_query_browses_every_section_newest_first(snapshot):
    page = run(snapshot, "", size=100)
    sections = sum(len(snapshot.report_json(r)["sections"]) for r in snapshot.report_ids())
    assert page.total == sections
    assert [h.year for h in page.hits] == sorted((h.year for h in page.hits), reverse=True)


def test_overlong_query_is_a_query_error(snapshot):
    with pytest.raises(QueryError):
        run(snapshot, "法" * 500)


@pytest.fixture(scope="module")
def crafted_index(tmp_path_factory):
    """Two tiny reports: one holds the whole word, one only its parts (many times); and markup."""
    corpus = tmp_path_factory.mktemp("crafted")
    title = "县人民政府2024年法治政府建设年度报告\n一、主要举措\n"
    whole = f"甲{title}（一）复议。全县行政复议纠错率为8%。\n"
    parts = f"乙{title}（一）复议。" + "行政复议工作扎实，纠错率稳定。" * 5 + "\n"
    markup = (
        f"丙{title}（一）公开。网页写着<script>alert(1)</script>与<b>加粗</b>的行政复议文字。\n"
    )
    for name, text in {"whole": whole, "parts": parts, "markup": markup}.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("crafted-index")
    build_index(corpus, index_dir, procs=1)
    return IndexReader(index_dir).snapshot()


def test_a_query_jieba_splits_ranks_the_whole_word_first(crafted_index):
    page = run(crafted_index, "行政复议纠错率")
    assert [h.report_id for h in page.hits][:2] == ["whole", "parts"]


def test_snippets_escape_markup_from_reports(crafted_index):
    page = run(crafted_index, "alert")
    assert page.hits
    snippet = page.hits[0].snippet_html
    assert "<script>" not in snippet and "&lt;script&gt;" in snippet
    assert "<mark>alert</mark>" in snippet
    stripped = snippet.replace("<mark>", "").replace("</mark>", "")
    assert "<" not in stripped


@pytest.mark.parametrize("char", ["。", ""], ids=["before-punctuation", "at-the-end"])
def test_a_single_character_is_found_even_as_the_last_one(tmp_path, char):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = f"丁县人民政府2024年法治政府建设年度报告\n一、主要举措\n（一）其他。最后一字是鑫{char}"
    (corpus / "last.txt").write_text(text, encoding="utf-8")
    build_index(corpus, tmp_path / "index", procs=1)
    assert run(IndexReader(tmp_path / "index").snapshot(), "鑫").total == 1


def test_a_term_matched_by_its_words_has_those_words_highlighted(crafted_index):
    page = run(crafted_index, "行政复议纠错率")
    parts = next(h for h in page.hits if h.report_id == "parts")
    assert (
        "<mark>行政复议</mark>" in parts.snippet_html
        and "<mark>纠错率</mark>" in parts.snippet_html
    )


PLACE_FACETS = (("province", "provinces"), ("city", "cities"), ("region", "regions"))


@pytest.mark.parametrize(("facet", "field"), PLACE_FACETS)
def test_a_short_place_name_filters_search_and_figures_alike(snapshot, facet, field):
    """One short-form rule: what a short name finds in search, it finds among the figures."""
    rows = all_rows(snapshot, IndicatorCatalogue.from_data())
    shorts = short_forms()
    checked = 0
    for full in sorted(snapshot.distinct(facet)):
        short = next((full[:-n] for n in (1, 2, 3) if shorts.shortens(full, full[:-n])), None)
        if short is None or shorts.canonical(snapshot.distinct(facet), short) != full:
            continue
        checked += 1
        assert (
            run(snapshot, filters={facet: [short]}).total
            == run(snapshot, filters={facet: [full]}).total
        )
        by_short = filter_rows(rows, IndicatorQuery(**{field: (short,)}))
        assert by_short == filter_rows(rows, IndicatorQuery(**{field: (full,)}))
    assert checked > 0


@pytest.fixture(scope="module")
def catalogue():
    from indexer.parsing.indicators import IndicatorCatalogue

    return IndicatorCatalogue.from_data()


def test_a_query_naming_an_indicator_brings_its_figures(snapshot, catalogue):
    page = search(snapshot, SearchRequest(query="行政复议 纠错率"), catalogue)
    assert {(row.name, row.region) for row in page.answer} == {
        ("行政复议纠错率", "武江区"),
        ("行政复议纠错率", "武清区"),
    }
    assert [row.year for row in page.answer] == sorted((r.year for r in page.answer), reverse=True)


def test_the_answer_follows_the_place_filters_short_names_too(snapshot, catalogue):
    request = SearchRequest(query="纠错率", filters=(("province", ("广东",)),))
    assert {row.region for row in search(snapshot, request, catalogue).answer} == {"武江区"}


@pytest.mark.parametrize("query", ["行政复议", "纠错率 -广州", ""], ids=repr)
def test_a_topic_or_an_exclusion_has_no_answer(snapshot, catalogue, query):
    assert search(snapshot, SearchRequest(query=query), catalogue).answer == ()


def test_without_a_catalogue_there_is_no_answer_and_the_hits_are_the_same(snapshot, catalogue):
    request = SearchRequest(query="行政复议 纠错率")
    bare, full = search(snapshot, request), search(snapshot, request, catalogue)
    assert bare.answer == () and full.answer
    assert bare.hits == full.hits and bare.facets == full.facets


def test_a_place_excluded_in_the_query_leaves_out_its_reports(snapshot):
    everywhere = run(snapshot, "法治")
    assert any(hit.province == "天津市" for hit in everywhere.hits)
    page = run(snapshot, "法治 -天津")
    assert page.total and not any(hit.province == "天津市" for hit in page.hits)
    assert "天津市" not in facet(page, "province")
