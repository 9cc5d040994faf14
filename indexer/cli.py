"""Command line: `reindex` and `python -m indexer inspect FILE`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from indexer.writing.build import BuildStats, Progress

DEFAULT_CORPUS = "corpus"
# Where `reindex` writes and the web app reads unless told otherwise: the one default, both use it.
DEFAULT_INDEX = "instance/index"
ARTIFACT_COMMANDS = ("export", "install")

REINDEX_EXAMPLE = """\
Example:
  reindex --corpus corpus --index instance/index
  reindex --changed-only          # re-parse only files whose content changed
  reindex export --index instance/index --out index.tar.gz   # ship the live index
  reindex install index.tar.gz --index /srv/reports/index    # on a replica

Environment: REPORTS_CORPUS_DIR and REPORTS_INDEX_DIR give the defaults."""


def reindex_main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ARTIFACT_COMMANDS:  # `reindex export|install …`; options never clash
        from indexer.writing.artifact_cli import artifact_main

        return artifact_main(args[0], args[1:])
    options = _reindex_parser().parse_args(args)
    from indexer.writing import (
        build,  # after argument parsing: -h stays instant
        store,
    )

    run = build.update_index if options.changed_only else build.build_index
    try:
        stats = run(options.corpus, options.index, options.procs, _progress_bar(options.quiet))
    except (store.ReindexRunning, FileNotFoundError) as error:
        print(f"reindex: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("reindex: interrupted; the live index is unchanged", file=sys.stderr)
        return 130
    except Exception as error:  # the live index is untouched; say why in one line
        print(f"reindex: could not write the index: {error}", file=sys.stderr)
        return 1
    _report(stats)
    return 0


def inspect_main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m indexer inspect",
        description="Print a parsed report as JSON (the contract's shape).",
    )
    parser.add_argument("file", type=Path, help="a .txt or .html report file")
    options = parser.parse_args(argv)
    from indexer.parsing.files import ReadError
    from indexer.parsing.pipeline import Parser

    try:
        report = Parser.from_data().parse_file(options.file)
    except ReadError as error:
        print(f"inspect: {error}", file=sys.stderr)
        return 1
    json.dump(report.to_json(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    commands = {"inspect": inspect_main, "reindex": reindex_main}
    if not args or args[0] not in commands:
        print("usage: python -m indexer {inspect FILE | reindex [options]}", file=sys.stderr)
        return 2
    return commands[args[0]](args[1:])


def add_corpus_option(parser: argparse.ArgumentParser, purpose: str) -> None:
    """--corpus, else $REPORTS_CORPUS_DIR, else the default: one definition for every command."""
    parser.add_argument(
        "--corpus",
        type=Path,
        default=Path(os.environ.get("REPORTS_CORPUS_DIR", DEFAULT_CORPUS)),
        help=f"{purpose} (default: %(default)s)",
    )


def add_index_option(parser: argparse.ArgumentParser, purpose: str) -> None:
    """--index, else $REPORTS_INDEX_DIR, else the default: one definition for every command."""
    parser.add_argument(
        "--index",
        type=Path,
        default=Path(os.environ.get("REPORTS_INDEX_DIR", DEFAULT_INDEX)),
        help=f"{purpose} (default: %(default)s)",
    )


def _reindex_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reindex",
        description="Build the search index from a folder of reports, atomically.",
        epilog=REINDEX_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_corpus_option(parser, "folder of .txt/.html reports")
    add_index_option(parser, "index folder the web app serves")
    parser.add_argument(
        "--changed-only",
        action="store_true",
        help="re-parse only files whose content changed; drop deleted ones",
    )
    parser.add_argument(
        "--procs", type=int, default=2, help="writer processes (default: %(default)s)"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    return parser


def _progress_bar(quiet: bool) -> Progress:
    """A tqdm bar on stderr when it is a terminal; what build_index calls to advance it."""
    from indexer.writing.build import no_progress

    if quiet or not sys.stderr.isatty():
        return no_progress

    def start(total: int) -> Callable[[], None]:
        from tqdm import tqdm

        bar = tqdm(total=total, desc="reindex", unit="file", file=sys.stderr, leave=False)
        return lambda: bar.update()

    return start


def _report(stats: BuildStats) -> None:
    for notice in stats.notices:
        print(f"reindex: {notice}", file=sys.stderr)
    for problem in stats.skipped:
        print(f"skipped {problem.path}: {problem.reason}", file=sys.stderr)
    for report_id, warning in stats.warnings:
        print(f"warning {report_id}: {warning}", file=sys.stderr)
    print(
        f"indexed {stats.reports} reports ({stats.parsed} parsed, {stats.sections} sections), "
        f"{len(stats.warnings)} warnings, {len(stats.skipped)} skipped, "
        f"in {stats.seconds:.1f} s -> {stats.generation}"
    )
