"""The generation's corpus views: written by reindex, equal to what the reports give on demand."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from indexer.models import Report, ReportCard, report_card
from indexer.parsing.indicators import IndicatorCatalogue
from indexer.querying.figures import corpus_rows
from indexer.querying.required_parts import PartsVocabulary
from indexer.querying.snapshot import IndexReader, Snapshot
from indexer.querying.structure import (
    STRUCTURE_FACETS,
    StructureQuery,
    corpus_summaries,
    structure_table,
)
from indexer.regions import short_forms
from indexer.writing import store
from indexer.writing.artifact import export_live, install_artifact
from indexer.writing.build import build_index, update_index, write_derived
from indexer.writing.corpus_views import VIEWS_FILE, ViewVocabularies, listing, stored_reports
from indexer.writing.derived import GENERATION_FILE
from webapp import create_app

SYNTHETIC_REPORTS = 40
FACET_NAMES = [name for name, _ in STRUCTURE_FACETS]
FIELDS = {"year": "years", "province": "provinces", "city": "cities", "level": "levels"}
PAGES = (
    "/api/structure",
    "/api/structure?missing=responsibility&province=广东",
    "/api/indicators",
    "/api/indicators?name=行政复议纠错率",
    "/api/indicators/names",
    "/structure",
    "/compare?name=行政复议纠错率",
    "/reports",
    "/search?q=行政复议+纠错率",
)


@pytest.fixture(scope="module")
def synthetic_index(tmp_path_factory) -> Path:
    """A small synthetic corpus (bench.synthetic, fixed seed) indexed by two workers."""
    from bench.synthetic import generate

    corpus = tmp_path_factory.mktemp("synthetic")
    generate(Path(__file__).resolve().parent.parent / "corpus", corpus, SYNTHETIC_REPORTS)
    index_dir = tmp_path_factory.mktemp("synthetic-index")
    build_index(corpus, index_dir, procs=2)
    return index_dir


@pytest.fixture(params=["sample", "synthetic"])
def index_dir(request, sample_index, synthetic_index) -> Path:
    return sample_index if request.param == "sample" else synthetic_index


def without_views(index_dir: Path, target: Path) -> Path:
    """A copy of the index as a generation written before views were stored."""
    shutil.copytree(index_dir, target)
    generation = store.live_generation(target)
    (generation / VIEWS_FILE).unlink()
    manifest = store.read_manifest(generation)
    listed = replace(manifest, index_files=store.index_file_sizes(generation))
    (generation / store.MANIFEST).write_text(json.dumps(listed.to_json()), encoding="utf-8")
    return target


def whole_reports(snapshot: Snapshot) -> list[Report]:
    return [Report.from_json(snapshot.report_json(rid)) for rid in snapshot.report_ids()]


def test_stored_views_equal_the_reports_computed_now(index_dir):
    snapshot = IndexReader(index_dir).snapshot()
    catalogue, parts = IndicatorCatalogue.from_data(), PartsVocabulary.from_data()
    assert snapshot.views.stored
    rows = corpus_rows(snapshot.report_cards(), catalogue)
    assert rows and snapshot.views.figure_rows(catalogue) == rows
    for name in {row.name for row in rows}:
        named = tuple(row for row in rows if row.name == name)
        assert snapshot.views.figure_rows(catalogue, (name,)) == named
        reports = len({row.report_id for row in named})
        assert snapshot.views.figure_counts(catalogue)[name] == (len(named), reports)
    assert tuple(snapshot.views.structure(parts)) == corpus_summaries(
        whole_reports(snapshot), parts
    )
    assert snapshot.views.reports() == listing(snapshot.report_cards())


def stored_cards(snapshot: Snapshot) -> list[ReportCard]:
    """Every stored report's card, from its whole JSON in Whoosh, by report id."""
    cards = [report_card(report) for report in stored_reports(snapshot.searcher())]
    return sorted(cards, key=lambda card: card["report_id"])


def assert_cards_agree(snapshot: Snapshot) -> None:
    """The cards in generation.arrays are every stored report's, and the stored views were
    computed from those same cards (and the same reports)."""
    cards = stored_cards(snapshot)
    assert cards and snapshot.report_cards() == cards
    written = snapshot.arrays.array("report_cards").tobytes()
    assert written == json.dumps(cards, ensure_ascii=False).encode()  # the format, byte for byte
    catalogue, parts = IndicatorCatalogue.from_data(), PartsVocabulary.from_data()
    assert snapshot.views.reports() == listing(cards)
    assert snapshot.views.figure_rows(catalogue) == corpus_rows(cards, catalogue)
    summarized = sorted(summary.report_id for summary in snapshot.views.structure(parts))
    assert summarized == [card["report_id"] for card in cards]


def test_the_arrays_cards_are_the_cards_the_views_were_computed_from(index_dir):
    assert_cards_agree(IndexReader(index_dir).snapshot())


def test_the_step_after_the_commit_writes_the_same_bytes_again(sample_index, tmp_path):
    """`write_derived` on a published generation (what `bench.solo derive` times) rewrites
    its arrays and views byte for byte: the manifest's sizes and an artifact's checksums hold."""
    copy = tmp_path / "index"
    shutil.copytree(sample_index, copy)
    generation = store.live_generation(copy)
    written = {name: (generation / name).read_bytes() for name in (GENERATION_FILE, VIEWS_FILE)}
    (generation / VIEWS_FILE).unlink()
    write_derived(generation, ViewVocabularies.from_data())
    assert {name: (generation / name).read_bytes() for name in written} == written
    assert_cards_agree(IndexReader(copy).snapshot())


def test_a_generation_without_views_computes_them_the_same(index_dir, tmp_path):
    older = IndexReader(without_views(index_dir, tmp_path / "older")).snapshot()
    current = IndexReader(index_dir).snapshot()
    catalogue, parts = IndicatorCatalogue.from_data(), PartsVocabulary.from_data()
    assert not older.views.stored
    assert older.views.figure_rows(catalogue) == current.views.figure_rows(catalogue)
    for name in ("行政复议纠错率", "行政诉讼案件数", "没有这个指标"):
        found = older.views.figure_rows(catalogue, (name,))
        assert found == current.views.figure_rows(catalogue, (name,))
    assert older.views.figure_counts(catalogue) == current.views.figure_counts(catalogue)
    assert tuple(older.views.structure(parts)) == tuple(current.views.structure(parts))
    assert older.views.reports() == current.views.reports()


@pytest.mark.parametrize("page", PAGES)
def test_pages_read_from_views_or_computed_say_the_same(sample_index, tmp_path, page):
    older = without_views(sample_index, tmp_path / "older")
    answers = []
    for index_dir in (sample_index, older):
        client = create_app({"INDEX_DIR": str(index_dir), "TESTING": True}).test_client()
        response = client.get(page)
        assert response.status_code == 200
        answers.append(response.get_data(as_text=True).replace(str(index_dir), ""))
    assert answers[0] == answers[1]


def test_another_vocabulary_gets_views_of_its_own(snapshot):
    """A server given other parts or another catalogue than reindex used never reads the stored
    views computed with the data files'."""
    parts = PartsVocabulary.from_data()
    fewer = replace(parts, parts=parts.parts[:2])
    summaries = snapshot.views.structure(fewer)
    assert all(len(s.parts.findings) == 2 for s in summaries)
    assert tuple(summaries) == corpus_summaries(whole_reports(snapshot), fewer)
    assert len(snapshot.views.structure(parts)[0].parts.findings) == len(parts.parts)
    catalogue = IndicatorCatalogue.from_data()
    plain = replace(catalogue, specs=tuple(replace(s, numerator=None) for s in catalogue.specs))
    rows = snapshot.views.figure_rows(plain)
    assert rows == corpus_rows(snapshot.report_cards(), plain)
    assert not any(row.computed for row in rows)  # no rate checked without its parts
    assert any(row.computed for row in snapshot.views.figure_rows(catalogue))


def test_an_update_rewrites_the_views(corpus_copy, tmp_path):
    index_dir = tmp_path / "index"
    build_index(corpus_copy, index_dir, procs=1)
    before = IndexReader(index_dir).snapshot()
    dropped = sorted(corpus_copy.glob("*.txt"))[0]
    assert dropped.stem in {report.report_id for report in before.views.reports()}
    dropped.unlink()
    update_index(corpus_copy, index_dir, procs=1)
    after = IndexReader(index_dir).snapshot()
    catalogue, parts = IndicatorCatalogue.from_data(), PartsVocabulary.from_data()
    assert after.views.stored and after.generation != before.generation
    assert dropped.stem not in {report.report_id for report in after.views.reports()}
    assert dropped.stem not in {s.report_id for s in after.views.structure(parts)}
    assert dropped.stem not in {r.report_id for r in after.views.figure_rows(catalogue)}
    assert tuple(after.views.structure(parts)) == corpus_summaries(whole_reports(after), parts)
    assert_cards_agree(after)


def test_an_artifact_carries_the_views(sample_index, tmp_path):
    artifact = tmp_path / "index.tar"
    export_live(sample_index, artifact)
    install_artifact(artifact, tmp_path / "replica")
    installed = store.live_generation(tmp_path / "replica") / VIEWS_FILE
    assert installed.read_bytes() == (store.live_generation(sample_index) / VIEWS_FILE).read_bytes()
    assert IndexReader(tmp_path / "replica").snapshot().views.stored


@pytest.mark.parametrize("damage", ["garbage", "missing"])
def test_damaged_views_make_the_index_unavailable(corpus_copy, tmp_path, damage):
    index_dir = tmp_path / "index"
    build_index(corpus_copy, index_dir, procs=1)
    views = store.live_generation(index_dir) / VIEWS_FILE
    if damage == "garbage":
        views.write_bytes(b"\xff" * views.stat().st_size)  # same size: the manifest's check passes
    else:
        views.unlink()  # listed in the manifest: a generation that lost a file, not an older one
    with pytest.raises(store.IndexUnavailable, match="run reindex"):
        IndexReader(index_dir).snapshot()


QUERIES = [
    StructureQuery(),
    StructureQuery(missing=("responsibility",)),
    StructureQuery(missing=("plans", "shortcomings"), levels=("county", "city")),
    StructureQuery(provinces=("广东",), years=("2023", "2024")),
    StructureQuery(cities=("没有这个市",)),
]


def accepted(value: str, wanted: tuple[str, ...]) -> bool:
    return not wanted or short_forms().accepts(value, wanted)


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: repr(q)[14:60])
def test_the_table_keeps_the_reports_each_summary_says(index_dir, query):
    """The table works on columns; each report's own summary says whether it belongs."""
    parts = PartsVocabulary.from_data()
    summaries = IndexReader(index_dir).snapshot().views.structure(parts)
    table = structure_table(summaries, query, parts)
    expected = [
        s
        for s in summaries
        if not any(s.parts.finding(slug).present for slug in query.missing)
        and all(accepted(s.facet_value(name), query.wanted(name)) for name in FACET_NAMES)
    ]
    assert list(table.rows) == expected
    assert table.complete == sum(1 for s in expected if s.parts.complete)
    for share in table.shares:
        assert share.count == sum(1 for s in expected if s.parts.finding(share.slug).present)
    for facet in table.facets:
        for value in facet.values:
            others = replace(query, **{FIELDS[facet.name]: ()})
            counted = structure_table(summaries, others, parts).rows
            assert value.count == sum(
                1 for s in counted if s.facet_value(facet.name) == value.value
            )
