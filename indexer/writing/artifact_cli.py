"""`reindex export` and `reindex install`: ship the live index to replicas as one file."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from indexer.cli import add_index_option

EXPORT_EXAMPLE = """\
Example:
  reindex export --index instance/index --out dist/index.tar.gz"""

INSTALL_EXAMPLE = """\
Example:
  reindex install dist/index.tar.gz --index /srv/reports/index

The artifact is verified (checksums, schema and segmenter) while it is unpacked beside the live
generation; only then does the index switch to it, atomically. Running servers pick it up without a
restart and keep answering from the old generation until the new one is open and warm."""


def artifact_main(command: str, argv: Sequence[str]) -> int:
    from indexer.writing import (
        artifact,  # after argument parsing: -h stays instant
        store,
    )

    run: Callable[[], int]
    if command == "export":
        options = _export_parser().parse_args(argv)
        run = lambda: _export(options.index, options.out)  # noqa: E731
    else:
        options = _install_parser().parse_args(argv)
        run = lambda: _install(options.artifact, options.index)  # noqa: E731
    try:
        return run()
    except store.ReindexRunning as error:
        print(f"reindex {command}: {error}", file=sys.stderr)
        return 2
    except (artifact.ArtifactRefused, store.IndexUnavailable) as error:
        print(f"reindex {command}: refused: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"reindex {command}: {error}", file=sys.stderr)
        return 1


def _export(index: Path, out: Path) -> int:
    from indexer.writing.artifact import export_live

    header = export_live(index, out)
    size = out.stat().st_size
    print(f"exported {header.generation} ({len(header.files)} files) -> {out} ({size} bytes)")
    return 0


def _install(artifact_path: Path, index: Path) -> int:
    from indexer.writing.artifact import install_artifact

    if not artifact_path.is_file():
        print(f"reindex install: no such file: {artifact_path}", file=sys.stderr)
        return 2
    installed = install_artifact(artifact_path, index)
    if installed.already_live:
        print(f"{installed.generation} is already live in {index}; nothing to do")
    else:
        print(
            f"installed {installed.generation} ({installed.files} files, {installed.bytes} bytes) "
            f"-> live in {index}"
        )
    return 0


def _export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reindex export",
        description="Pack the live index generation, its manifest and checksums into one file.",
        epilog=EXPORT_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_index_option(parser, "index folder")
    parser.add_argument("--out", type=Path, required=True, help="the artifact to write (.tar.gz)")
    return parser


def _install_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reindex install",
        description="Verify an index artifact and make it the live generation, atomically.",
        epilog=INSTALL_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("artifact", type=Path, help="a file written by `reindex export`")
    add_index_option(parser, "index folder")
    return parser
