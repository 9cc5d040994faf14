"""Can each labelled report be found by one of its own phrases inside its own province and year?

What a user of the facets sees of the metadata: every report page of the evaluation sets
(bench/metadata_eval.py `SETS`) is saved as `collect` saves it (the page's text and a sidecar with
its `source_url`), `reindex` builds a real index of them all, and each report is searched for a
phrase of its own text, quoted, with the province and year filters its labels give (a report whose
labels have no province is searched within its year only). A report the filters hide is one a
user narrowing by place and year never sees.

`python -m bench.findability` prints the count per set; tests/test_findability.py holds them.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.metadata_eval import SETS, LabelledPage, load_labels
from indexer.parsing.files import read_document
from indexer.parsing.pipeline import Parser
from indexer.querying.search import Grouping, SearchRequest, search
from indexer.querying.snapshot import IndexReader, Snapshot
from indexer.schema import PROVINCE, YEAR
from indexer.writing.build import build_index

HAN_RUN = re.compile(r"[\u4e00-\u9fff]{8,}")
NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")
PHRASE_LENGTH = 8


@dataclass(frozen=True, slots=True)
class Probe:
    set_name: str
    page: LabelledPage
    phrase: str


@dataclass(frozen=True, slots=True)
class Findability:
    reports: int
    found_anywhere: int  # the phrase finds its report with no filter: the probe itself works
    found_filtered: int  # ... and with its own province and year selected
    hidden: tuple[str, ...]  # ids the filters hide


def labelled_reports() -> Iterator[tuple[str, Path, LabelledPage]]:
    for eval_set in SETS:
        for page in load_labels(eval_set.directory):
            if eval_set.keep(page.page_id) and not page.near_miss:
                yield eval_set.name, eval_set.directory, page


def save_corpus(corpus: Path) -> list[Probe]:
    """Every labelled report into `corpus` with its sidecar; a probe phrase for each that has
    one."""
    parser = Parser.from_data()
    saved: list[tuple[str, LabelledPage, str, str]] = []  # set, page, raw text, indexed text
    for set_name, directory, page in labelled_reports():
        source = directory / f"{page.page_id}.txt"
        shutil.copyfile(source, corpus / source.name)
        sidecar = {"source_url": page.url}
        (corpus / f"{page.page_id}.meta.json").write_text(json.dumps(sidecar), encoding="utf-8")
        report = parser.parse_document(page.page_id, read_document(source))
        indexed = "\n".join(section.text for section in report.sections)
        raw = source.read_text(encoding="utf-8", errors="replace")
        saved.append((set_name, page, raw, indexed))
    # A quoted phrase matches across punctuation (为指导全 finds 为指导,全面 too), so a phrase
    # must be unique among the other pages' Han characters read without their punctuation.
    han_only = {id(page): NOT_HAN.sub("", raw) for _, page, raw, _ in saved}
    probes = []
    for set_name, page, _, indexed in saved:
        others = [han_only[id(other)] for _, other, _, _ in saved if other is not page]
        phrase = probe_phrase(indexed, others)
        if phrase is not None:
            probes.append(Probe(set_name, page, phrase))
    return probes


def probe_phrase(text: str, others: Sequence[str]) -> str | None:
    """A run of Han characters of a report's sections (what is indexed, not the page furniture)
    that no other page has, from its longest runs: not the formulas every report repeats, which
    would find hundreds."""
    for run in sorted(HAN_RUN.findall(text), key=len, reverse=True):
        for start in range(len(run) - PHRASE_LENGTH + 1):
            phrase = run[start : start + PHRASE_LENGTH]
            if not any(phrase in other for other in others):
                return phrase
    return None


def found(snapshot: Snapshot, probe: Probe, filtered: bool) -> bool:
    filters: list[tuple[str, tuple[str, ...]]] = []
    if filtered:
        year, province = probe.page.expected["year"], probe.page.expected["province"]
        if year is not None:
            filters.append((YEAR, (str(year),)))
        if province is not None:
            filters.append((PROVINCE, (str(province),)))
    request = SearchRequest(
        query=f'"{probe.phrase}"', filters=tuple(filters), size=100, group=Grouping.REPORT
    )
    page = search(snapshot, request)
    return any(hit.report_id == probe.page.page_id for hit in page.hits)


def measure(work: Path) -> dict[str, Findability]:
    corpus, index_dir = work / "corpus", work / "index"
    corpus.mkdir()
    probes = save_corpus(corpus)
    build_index(corpus, index_dir, procs=1)
    snapshot = IndexReader(index_dir).snapshot()
    results = {}
    for eval_set in SETS:
        mine = [p for p in probes if p.set_name == eval_set.name]
        anywhere = [p for p in mine if found(snapshot, p, filtered=False)]
        hidden = tuple(p.page.page_id for p in anywhere if not found(snapshot, p, filtered=True))
        results[eval_set.name] = Findability(len(mine), len(anywhere), len(anywhere) - len(hidden),
                                             hidden)  # fmt: skip
    return results


def main(argv: Sequence[str] | None = None) -> int:
    verbose = "-v" in (sys.argv[1:] if argv is None else argv)
    with tempfile.TemporaryDirectory() as work:
        results = measure(Path(work))
    print("| set | reports | found by own phrase | … in own province and year |")
    print("|---|---:|---:|---:|")
    for name, result in results.items():
        print(f"| {name} | {result.reports} | {result.found_anywhere} | {result.found_filtered} |")
        if verbose and result.hidden:
            print(f"  hidden by the filters: {' '.join(result.hidden)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
