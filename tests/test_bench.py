"""Smoke test of the benchmark's synthetic corpus generator (the benchmarks are not tests)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from indexer.parsing.pipeline import Parser

# bench/ is a folder of the repository, not an installed package (pyproject installs indexer and
# webapp only): make the repository root importable, as `python -m bench` from it does.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.copies import write_copies
from bench.synthetic import generate, read_manifest


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory, corpus_dir) -> Path:
    out = tmp_path_factory.mktemp("synthetic")
    generate(corpus_dir, out, reports=20, seed=7)
    return out


def test_every_file_parses_back_to_its_place_and_year(synthetic):
    parser = Parser.from_data()
    rows = read_manifest(synthetic)
    assert len(rows) == 20
    for row in rows:
        report = parser.parse_file(synthetic / row["file"])
        found = (report.region, report.city or "", report.province, report.year)
        expected = (row["region"], row["city"], row["province"], int(row["year"]))
        assert found == expected, row["file"]
        assert len(report.sections) >= int(row["sections"]) - 2, row["file"]


def test_files_are_labelled_synthetic(synthetic):
    names = sorted(p.name for p in synthetic.glob("*.txt"))
    assert names and all(name.startswith("synthetic_") for name in names)
    assert "SYNTHETIC" in (synthetic / "README.md").read_text(encoding="utf-8")


def test_same_seed_same_corpus(synthetic, tmp_path, corpus_dir):
    generate(corpus_dir, tmp_path, reports=3, seed=7)
    for path in sorted(tmp_path.glob("synthetic_*.txt")):
        assert path.read_text(encoding="utf-8") == (synthetic / path.name).read_text("utf-8")


def test_reports_differ(synthetic):
    texts = [p.read_text(encoding="utf-8") for p in sorted(synthetic.glob("synthetic_*.txt"))]
    assert len(set(texts)) == len(texts)
    assert sum("营商环境" in text for text in texts) < len(texts)  # not every query matches all


@pytest.mark.parametrize("drop", [0.0, 0.2], ids=["whole", "a-fifth-dropped"])
def test_copies_parse_back_to_the_sample_reports_place_and_year(tmp_path, corpus_dir, drop):
    assert write_copies(corpus_dir, tmp_path, copies=2, drop=drop, seed=7) == 2 * 5
    parser = Parser.from_data()
    for path in sorted(tmp_path.glob("copy*_*.txt")):
        sample = corpus_dir / path.name.split("_", 1)[1]
        copy, original = parser.parse_file(path), parser.parse_file(sample)
        assert (copy.region, copy.year) == (original.region, original.year), path.name
        text, sample_text = path.read_text("utf-8"), sample.read_text("utf-8")
        assert (text == sample_text) == (drop == 0), path.name
        assert len(text) >= (1 - 2 * drop) * len(sample_text), path.name
    assert "SYNTHETIC" in (tmp_path / "README.md").read_text(encoding="utf-8")
