"""Ranking quality against graded judgments.

`python -m bench.relevance [--index DIR] [--judgments FILE]`

Prints nDCG@10 and the reciprocal rank of every judged query, then their means. Without --index
it builds the sample corpus into a temporary folder first. The judgments (bench/judgments.json)
grade sections 0-3 by meaning; a section not listed under a query is graded 0.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from indexer.querying.search import SearchRequest, search
from indexer.querying.snapshot import IndexReader, Snapshot

ROOT = Path(__file__).resolve().parent.parent
JUDGMENTS = Path(__file__).resolve().parent / "judgments.json"
SAMPLE = ROOT / "corpus"
DEPTH = 10  # nDCG@10: the first result page
RELEVANT = 2  # reciprocal rank counts the first hit graded "substantially about" or better

SectionKey = tuple[str, str]  # (report_id, section_id)


@dataclass(frozen=True, slots=True)
class Judged:
    id: str
    query: str
    grades: Mapping[SectionKey, int]


@dataclass(frozen=True, slots=True)
class Scored:
    judged: Judged
    ranking: tuple[SectionKey, ...]
    ndcg: float
    reciprocal_rank: float


@dataclass(frozen=True, slots=True)
class Evaluation:
    scored: tuple[Scored, ...]

    @property
    def mean_ndcg(self) -> float:
        return _mean(s.ndcg for s in self.scored)

    @property
    def mrr(self) -> float:
        return _mean(s.reciprocal_rank for s in self.scored)


def load_judgments(path: Path = JUDGMENTS) -> tuple[Judged, ...]:
    document = json.loads(path.read_text(encoding="utf-8"))
    return tuple(
        Judged(
            id=entry["id"],
            query=entry["query"],
            grades={
                (report_id, section_id): int(grade)
                for report_id, sections in entry["grades"].items()
                for section_id, grade in sections.items()
            },
        )
        for entry in document["queries"]
    )


def dcg(grades: Iterable[int]) -> float:
    """Discounted cumulative gain with graded gains 2^g - 1 at ranks 1, 2, ..."""
    return sum((2**grade - 1) / math.log2(rank + 1) for rank, grade in enumerate(grades, start=1))


def ndcg(ranking: Sequence[SectionKey], grades: Mapping[SectionKey, int], depth: int = DEPTH):
    """nDCG@depth; the ideal ranking is every judged section, best first."""
    ideal = dcg(sorted(grades.values(), reverse=True)[:depth])
    if ideal == 0:
        return 0.0
    return dcg(grades.get(key, 0) for key in ranking[:depth]) / ideal


def reciprocal_rank(ranking: Sequence[SectionKey], grades: Mapping[SectionKey, int]) -> float:
    for rank, key in enumerate(ranking, start=1):
        if grades.get(key, 0) >= RELEVANT:
            return 1.0 / rank
    return 0.0


def ranking_for(snapshot: Snapshot, query: str, depth: int = DEPTH) -> tuple[SectionKey, ...]:
    page = search(snapshot, SearchRequest(query=query, size=depth))
    return tuple((hit.report_id, hit.section_id) for hit in page.hits)


def evaluate(snapshot: Snapshot, judgments: Sequence[Judged]) -> Evaluation:
    scored = []
    for judged in judgments:
        ranking = ranking_for(snapshot, judged.query)
        scored.append(
            Scored(
                judged,
                ranking,
                ndcg(ranking, judged.grades),
                reciprocal_rank(ranking, judged.grades),
            )
        )
    return Evaluation(tuple(scored))


def report_lines(evaluation: Evaluation) -> list[str]:
    """A Markdown table: one row per query, then the means."""
    lines = ["| query | nDCG@10 | RR | top 3 (grade) |", "|---|---:|---:|---|"]
    for s in evaluation.scored:
        top = " ".join(
            f"{rid[:3]}/{sid}({s.judged.grades.get((rid, sid), 0)})" for rid, sid in s.ranking[:3]
        )
        query = s.judged.query.replace("|", "\\|")
        lines.append(f"| `{query}` | {s.ndcg:.3f} | {s.reciprocal_rank:.3f} | {top} |")
    count = len(evaluation.scored)
    lines.append(
        f"| **mean of {count}** | **{evaluation.mean_ndcg:.3f}** | **{evaluation.mrr:.3f}** | |"
    )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.relevance", description=__doc__)
    parser.add_argument("--index", type=Path, help="an index folder (default: build the sample)")
    parser.add_argument("--judgments", type=Path, default=JUDGMENTS)
    options = parser.parse_args(argv)
    judgments = load_judgments(options.judgments)
    if options.index is not None:
        evaluation = evaluate(IndexReader(options.index).snapshot(), judgments)
    else:
        evaluation = _evaluate_sample(judgments)
    print("\n".join(report_lines(evaluation)))
    return 0


def _evaluate_sample(judgments: Sequence[Judged]) -> Evaluation:
    from indexer.writing.build import build_index

    with tempfile.TemporaryDirectory(prefix="relevance-") as folder:
        build_index(SAMPLE, Path(folder), procs=1)
        return evaluate(IndexReader(Path(folder)).snapshot(), judgments)


def _mean(values: Iterable[float]) -> float:
    items = list(values)
    return sum(items) / len(items) if items else 0.0


if __name__ == "__main__":
    sys.exit(main())
