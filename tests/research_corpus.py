"""The sample corpus plus the crafted reports of tests/data/research, indexed by the real build."""

from __future__ import annotations

import shutil
from pathlib import Path

from indexer.writing.build import build_index

TESTS = Path(__file__).resolve().parent
CRAFTED = TESTS / "data" / "research"


def build_research_index(corpus_dir: Path, workdir: Path) -> Path:
    corpus = workdir / "corpus"
    shutil.copytree(corpus_dir, corpus, ignore=shutil.ignore_patterns("README.md"))
    for path in CRAFTED.glob("*.txt"):
        shutil.copy(path, corpus / path.name)
    index_dir = workdir / "index"
    build_index(corpus, index_dir, procs=1)
    return index_dir
