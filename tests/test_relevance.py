from __future__ import annotations

import math

import pytest

from bench.relevance import (
    JUDGMENTS,
    dcg,
    evaluate,
    load_judgments,
    ndcg,
    reciprocal_rank,
)

# Reached on the sample corpus by the ranking of 2026-11 (whole terms first, then BM25F with
# HEADING_BOOST 2; compounds also matched by their parts), `python -m bench.relevance`;
# a change that ranks worse than this by more than MARGIN fails.
REACHED_NDCG = 0.879
REACHED_MRR = 0.985
MARGIN = 0.02

A, B, C = ("r", "s001"), ("r", "s002"), ("r", "s003")


@pytest.mark.parametrize(
    ("ranking", "grades", "expected"),
    [
        ([A, B], {A: 3, B: 1}, 1.0),
        ([B, A], {A: 3, B: 1}, (1 + 7 / math.log2(3)) / (7 + 1 / math.log2(3))),
        ([C], {A: 2}, 0.0),
        ([], {A: 2}, 0.0),
        ([A], {}, 0.0),
        ([A], {A: 2, B: 3}, 3 / (7 + 3 / math.log2(3))),
    ],
    ids=["ideal", "swapped", "nothing-relevant", "no-hits", "no-judgments", "missed-best"],
)
def test_ndcg(ranking, grades, expected):
    assert ndcg(ranking, grades) == pytest.approx(expected)


def test_ndcg_counts_only_the_first_ten():
    ranking = [("r", f"s{i:03}") for i in range(11)]
    assert ndcg(ranking, {ranking[10]: 3}) == 0.0


def test_dcg_uses_graded_gains():
    assert dcg([3, 0, 1]) == pytest.approx(7 + 1 / 2)


@pytest.mark.parametrize(
    ("ranking", "grades", "expected"),
    [
        ([A, B, C], {C: 2}, 1 / 3),
        ([A, B], {A: 1, B: 3}, 1 / 2),
        ([A, B], {A: 1}, 0.0),
    ],
    ids=["third", "mention-does-not-count", "none"],
)
def test_reciprocal_rank(ranking, grades, expected):
    assert reciprocal_rank(ranking, grades) == pytest.approx(expected)


def test_judgments_are_well_formed(corpus_dir):
    judged = load_judgments(JUDGMENTS)
    reports = {path.stem for path in corpus_dir.glob("*.txt")}
    assert len(judged) >= 25
    assert len({j.id for j in judged}) == len(judged)
    for j in judged:
        assert {report for report, _ in j.grades} <= reports, j.id
        assert set(j.grades.values()) <= {1, 2, 3}, j.id
        assert max(j.grades.values()) >= 2, j.id


def test_judged_sections_exist(snapshot):
    sections = {
        (report_id, section["id"])
        for report_id in snapshot.report_ids()
        for section in snapshot.report_json(report_id)["sections"]
    }
    for j in load_judgments(JUDGMENTS):
        assert set(j.grades) <= sections, j.id


def test_ranking_quality_does_not_drop(snapshot):
    evaluation = evaluate(snapshot, load_judgments(JUDGMENTS))
    assert evaluation.mean_ndcg >= REACHED_NDCG - MARGIN
    assert evaluation.mrr >= REACHED_MRR - MARGIN
