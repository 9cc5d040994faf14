"""The `collect` command: fetch report pages into the corpus, with provenance."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from indexer.cli import add_corpus_option

if TYPE_CHECKING:
    from tqdm import tqdm

    from indexer.collect.run import Outcome

EXAMPLE = """\
Example:
  collect https://www.example.gov.cn/zwgk/fzzfjsndbg/index.html --follow
  collect https://www.example.gov.cn/art/2025/2/17/art_1_1.html --corpus corpus
  reindex --changed-only          # then index what is new

Each URL gets one line: saved / unchanged / duplicate / skipped: reason / failed: reason
(listed for a listing page that was followed). Exit status 1 only when nothing could be fetched.
Environment: REPORTS_CORPUS_DIR gives the default corpus folder."""


def main(argv: Sequence[str] | None = None) -> int:
    options = _parser().parse_args(argv)
    from indexer.collect.corpus import Corpus
    from indexer.collect.fetch import Fetcher, FetchPolicy
    from indexer.collect.links import default_rules
    from indexer.collect.run import Kind, collect

    policy = FetchPolicy(delay=options.delay, timeout=options.timeout, retries=options.retries)
    kind = Kind.LISTING if options.follow else Kind.REPORT
    try:
        corpus = Corpus(options.corpus)
    except OSError as error:
        print(f"collect: cannot use the corpus folder {options.corpus}: {error}", file=sys.stderr)
        return 2
    with Fetcher(policy) as fetcher, _Lines(options.quiet) as lines:
        try:
            summary = collect(
                options.urls, kind, corpus, fetcher, default_rules(), options.max_pages, lines
            )
        except KeyboardInterrupt:
            print("collect: interrupted; every file saved so far is whole", file=sys.stderr)
            return 130
    counts = ", ".join(f"{n} {status}" for status, n in summary.counts.items() if n)
    print(f"collect: {counts or 'nothing to do'} ({summary.requests} requests) -> {options.corpus}")
    return 0 if summary.fetched else 1


class _Lines:
    """Prints each outcome on stdout; a progress bar on stderr when it is a terminal."""

    def __init__(self, quiet: bool) -> None:
        self._bar: tqdm | None = None
        self._write: Callable[[str], None] = print
        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm

            bar = tqdm(total=0, desc="collect", unit="url", file=sys.stderr, leave=False)
            self._bar = bar
            self._write = lambda line: bar.write(line, file=sys.stdout)

    def __call__(self, outcome: Outcome, queued: int) -> None:
        self._write(outcome.line())
        if self._bar is not None:
            self._bar.total = self._bar.n + 1 + queued
            self._bar.update()

    def __enter__(self) -> _Lines:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._bar is not None:
            self._bar.close()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="collect",
        description="Fetch report pages from government websites into the corpus, with provenance "
        "(<stem>.meta.json beside each file). Obeys robots.txt; one request at a time per host.",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "urls", nargs="+", metavar="URL", help="report pages (listing pages with --follow)"
    )
    add_corpus_option(parser, "folder the reports are saved in")
    parser.add_argument(
        "--follow",
        action="store_true",
        help="the URLs are listing pages: collect the reports they link to, and their next pages",
    )
    parser.add_argument(
        "--max-pages",
        type=_positive_int,
        default=500,
        help="fetch at most N pages (default: %(default)s)",
    )
    parser.add_argument(
        "--delay",
        type=_seconds,
        default=1.0,
        help="seconds between two requests to one host (default: %(default)s)",
    )
    parser.add_argument(
        "--timeout",
        type=_seconds,
        default=20.0,
        help="seconds to wait for a server (default: %(default)s)",
    )
    parser.add_argument(
        "--retries", type=int, choices=range(6), default=2, metavar="{0..5}",
        help="further tries after a 5xx answer or a timeout (default: %(default)s)",
    )  # fmt: skip
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    return parser


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def _seconds(text: str) -> float:
    value = float(text)
    if not 0 <= value <= 3600:
        raise argparse.ArgumentTypeError("must be between 0 and 3600 seconds")
    return value
