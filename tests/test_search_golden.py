"""Search results held against golden answers: every total, facet count, hit, score and order of the
bench query mix (and its later pages and groupings), on the sample corpus and on a small synthetic
corpus. The golden files were written by the previous, set-based search path before it was replaced
by the array-based one; they pin behaviour, so any change in results shows up here."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import parse_qsl

import pytest
from werkzeug.datastructures import MultiDict

from bench.queries import load_mix
from indexer.querying.search import search
from indexer.querying.snapshot import Snapshot
from webapp.query_args import search_request

GOLDEN = Path(__file__).resolve().parent / "data" / "search_golden"
EXTRA = [
    "q=法治&size=100",
    "q=行政&page=3&size=20",
    "q=法治&group=report&size=3&page=2",
    "q=政府 OR 法律&sort=year&size=50",
    'q="依法行政" -制度&size=50',
    "q=的&size=100",
    "q=2024年&size=50",
    "q=&type=plans&size=100",
]


def requests() -> list[str]:
    return load_mix() + EXTRA


def summary(snapshot: Snapshot, line: str) -> dict:
    page = search(snapshot, search_request(MultiDict(parse_qsl(line, keep_blank_values=True))))
    return {
        "request": line,
        "total": page.total,
        "hits": [[h.report_id, h.section_id, h.score, str(h.snippet_html)] for h in page.hits],
        "groups": [[g.report_id, [h.section_id for h in g.hits]] for g in page.groups],
        "facets": {f.name: [[v.value, v.count, v.selected] for v in f.values] for f in page.facets},
        "terms": list(page.terms),
    }


def write_golden(snapshot: Snapshot, name: str) -> None:
    answers = [summary(snapshot, line) for line in requests()]
    text = json.dumps(answers, ensure_ascii=False, indent=0)
    (GOLDEN / f"{name}.json").write_text(text + "\n", encoding="utf-8")


def golden(name: str) -> dict[str, dict]:
    answers = json.loads((GOLDEN / f"{name}.json").read_text(encoding="utf-8"))
    return {answer["request"]: answer for answer in answers}


@pytest.mark.parametrize("line", requests())
def test_sample_corpus_answers_as_before(snapshot, line):
    assert summary(snapshot, line) == golden("sample")[line]


SYNTHETIC_REPORTS = 150


@pytest.fixture(scope="module")
def synthetic_snapshot(tmp_path_factory) -> Snapshot:
    """A small synthetic corpus (bench.synthetic, fixed seed) indexed by two workers: results
    must not depend on how they split the corpus."""
    from bench.synthetic import generate
    from indexer.querying.snapshot import IndexReader
    from indexer.writing.build import build_index

    corpus = tmp_path_factory.mktemp("synthetic")
    generate(Path(__file__).resolve().parent.parent / "corpus", corpus, SYNTHETIC_REPORTS)
    index_dir = tmp_path_factory.mktemp("synthetic-index")
    build_index(corpus, index_dir, procs=2)
    return IndexReader(index_dir).snapshot()


@pytest.mark.slow
@pytest.mark.parametrize("line", requests())
def test_synthetic_corpus_answers_as_before(synthetic_snapshot, line):
    assert summary(synthetic_snapshot, line) == golden("synthetic")[line]
