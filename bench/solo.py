"""Steps timed alone, each in a fresh process: `python -m bench.solo parse|jieba …`.

`parse CORPUS TEXTS` parses every report with the real parser (no index), prints the timing as
JSON and writes the section texts (heading + body, as the index analyses them) to TEXTS, one JSON
string a line. `jieba TEXTS` segments those texts with plain jieba 0.42.1 `cut_for_search`, its
dictionary loaded before the clock starts: the yardstick the issue sets for reindex time.
`rjieba TEXTS` does the same with jieba-rs, for reference. `derive INDEX` runs what `reindex`
does after its commit (`build.write_derived`: the generation's arrays and views, from one pass
over the stored reports) again on the live generation of INDEX, which it rewrites with the same
bytes: the post-commit phase's wall and CPU seconds and the process's peak memory.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

USAGE = (
    "usage: python -m bench.solo {parse CORPUS TEXTS | jieba TEXTS | rjieba TEXTS | derive INDEX}"
)


def parse_corpus(corpus: Path, texts: Path) -> dict[str, float]:
    from indexer.parsing.pipeline import Parser
    from indexer.writing.build import scan_corpus

    started = time.perf_counter()
    parser = Parser.from_data()
    loaded = time.perf_counter()
    paths, _ = scan_corpus(corpus)
    sections = chars = 0
    with texts.open("w", encoding="utf-8") as out:
        for path in paths:
            for section in parser.parse_file(path).sections:
                text = f"{section.heading}\n{section.text}"
                out.write(json.dumps(text, ensure_ascii=False) + "\n")
                sections += 1
                chars += len(text)
    done = time.perf_counter()
    return {
        "files": len(paths),
        "sections": sections,
        "chars": chars,
        "load_seconds": loaded - started,
        "parse_seconds": done - loaded,
    }


def jieba_only(texts: Path) -> dict[str, float]:
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    lines = [json.loads(line) for line in texts.read_text(encoding="utf-8").splitlines()]
    segmenter = jieba.Tokenizer()
    segmenter.initialize()  # the dictionary load is excluded from the timing
    started, cpu = time.perf_counter(), time.process_time()
    tokens = sum(sum(1 for _ in segmenter.cut_for_search(text)) for text in lines)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    size = sum(len(text.encode("utf-8")) for text in lines)
    return {
        "texts": len(lines),
        "bytes": size,
        "tokens": tokens,
        "seconds": seconds,
        "cpu_seconds": cpu,
    }


def rjieba_only(texts: Path) -> dict[str, float]:
    """The same with jieba-rs (rjieba), which the index may use instead: the segmentation floor."""
    import rjieba

    lines = [json.loads(line) for line in texts.read_text(encoding="utf-8").splitlines()]
    segmenter = rjieba.Jieba()
    started = time.perf_counter()
    tokens = sum(len(segmenter.cut_for_search(text, True)) for text in lines)
    seconds = time.perf_counter() - started
    size = sum(len(text.encode("utf-8")) for text in lines)
    return {"texts": len(lines), "bytes": size, "tokens": tokens, "seconds": seconds}


def derive(index_dir: Path) -> dict[str, float]:
    from indexer.writing import store
    from indexer.writing.build import write_derived
    from indexer.writing.corpus_views import ViewVocabularies

    generation = store.live_generation(index_dir)
    started, cpu = time.perf_counter(), time.process_time()
    write_derived(generation, ViewVocabularies.from_data())  # as reindex calls it
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"seconds": seconds, "cpu_seconds": cpu, "max_rss_mb": peak}


def main(argv: list[str]) -> int:
    if argv[:1] == ["parse"] and len(argv) == 3:
        result = parse_corpus(Path(argv[1]), Path(argv[2]))
    elif argv[:1] == ["jieba"] and len(argv) == 2:
        result = jieba_only(Path(argv[1]))
    elif argv[:1] == ["rjieba"] and len(argv) == 2:
        result = rjieba_only(Path(argv[1]))
    elif argv[:1] == ["derive"] and len(argv) == 2:
        result = derive(Path(argv[1]))
    else:
        print(USAGE, file=sys.stderr)
        return 2
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
