"""A worker's first corpus views after opening a generation: /structure, the answer card of a
figure query, /regions/<region> and /compare, each in a fresh process (medians of the rounds).

Each timing runs in its own Python process whose segmenter is loaded, whose app is created and
whose templates are compiled (as in a worker that has served an earlier generation), so what a
view derives per generation is counted on its first request, as a user would wait for it.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path
from urllib.parse import quote

from bench.stats import median

FIGURE_QUERY = "行政复议 纠错率"
COMPARE_NAME = "行政复议纠错率"
VIEWS = ("structure", "answer_card", "region", "compare")
HEADERS = ("view", "first request ms (median)", "runs ms", "open ms (median)")


def view_url(view: str, region: str) -> str:
    return {
        "structure": "/structure",
        "answer_card": f"/search?q={quote(FIGURE_QUERY)}",
        "region": f"/regions/{quote(region)}",
        "compare": f"/compare?name={quote(COMPARE_NAME)}",
    }[view]


def first_view(index_dir: Path, url: str) -> dict[str, float]:
    """Open the live generation in a new app and time its first answer to `url`."""
    from indexer.analysis import query_words
    from webapp import create_app

    query_words("法治")
    app = create_app({"INDEX_DIR": str(index_dir)})
    for name in app.jinja_env.list_templates():  # compiled once per process, not per generation
        app.jinja_env.get_template(name)
    started = time.perf_counter()
    app.extensions["index_reader"].snapshot()
    opened = time.perf_counter()
    status = app.test_client().get(url).status_code
    done = time.perf_counter()
    return {
        "open_ms": (opened - started) * 1000,
        "view_ms": (done - opened) * 1000,
        "status": status,
    }


def add_views(index_dir: Path) -> float:
    """Write the views into the live generation in place (what `reindex` does after its commit)
    and list the file in its manifest; the seconds it took. For an index built before views
    were stored, too large to rebuild for a benchmark."""
    from indexer.writing import store
    from indexer.writing.corpus_views import StoredCorpus, ViewVocabularies, write_generation_views

    started = time.perf_counter()
    generation, index = store.open_live(index_dir)  # read on demand, as a server reads it
    with index.searcher() as searcher:
        corpus = StoredCorpus.read(searcher, ViewVocabularies.from_data())
    write_generation_views(generation, corpus)
    seconds = time.perf_counter() - started
    manifest = store.read_manifest(generation)
    listed = replace(manifest, index_files=store.index_file_sizes(generation))
    temporary = generation / f"{store.MANIFEST}.tmp"
    temporary.write_text(json.dumps(listed.to_json(), ensure_ascii=False), encoding="utf-8")
    temporary.replace(generation / store.MANIFEST)
    return seconds


def some_region(index_dir: Path) -> str:
    """The region of the most reports among those one government uses (a region page, not the
    page of choices between governments sharing a name)."""
    from collections import Counter

    from indexer.querying.snapshot import IndexReader
    from indexer.schema import CITY, REGION, REPORT_ID

    arrays = IndexReader(index_dir).snapshot().arrays
    keep = arrays.sections
    regions, cities = arrays.codes(REGION)[keep], arrays.codes(CITY)[keep]
    reports = arrays.codes(REPORT_ID)[keep]
    places = {(r, c) for r, c in zip(regions.tolist(), cities.tolist(), strict=True) if r}
    governments = Counter(region for region, _ in places)
    pairs = set(zip(regions.tolist(), reports.tolist(), strict=True))
    counts = Counter(region for region, _ in pairs)
    single = [(count, r) for r, count in counts.items() if r and governments[r] == 1]
    return arrays.values(REGION)[max(single)[1]]


def measure(index_dir: Path, rounds: int, views: tuple[str, ...] = VIEWS) -> dict[str, dict]:
    region = some_region(index_dir)
    results: dict[str, dict] = {}
    for view in views:
        runs = [_in_fresh_process(index_dir, view_url(view, region)) for _ in range(rounds)]
        results[view] = {
            "url": view_url(view, region),
            "status": sorted({run["status"] for run in runs}),
            "view_ms": [run["view_ms"] for run in runs],
            "open_ms": [run["open_ms"] for run in runs],
        }
        print(f"{view}: {results[view]}", flush=True)
    return results


def _in_fresh_process(index_dir: Path, url: str) -> dict[str, float]:
    code = (
        "import json, sys; from pathlib import Path; from bench.views import first_view; "
        "print(json.dumps(first_view(Path(sys.argv[1]), sys.argv[2])))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(index_dir), url],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def rows(results: dict[str, dict]) -> list[list[str]]:
    return [
        [
            view,
            f"{median(found['view_ms']):.0f}",
            ", ".join(f"{ms:.0f}" for ms in found["view_ms"]),
            f"{median(found['open_ms']):.0f}",
        ]
        for view, found in results.items()
    ]
