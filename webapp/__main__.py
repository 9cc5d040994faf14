"""`python -m webapp serve`: the production server (waitress) on the configured index."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m webapp", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the search engine with waitress")
    serve.add_argument("--host", default="127.0.0.1", help="address (default: %(default)s)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: %(default)s)")
    serve.add_argument(
        "--threads", type=int, default=8, help="worker threads (default: %(default)s)"
    )
    options = parser.parse_args(argv)

    import waitress

    from indexer.analysis import word_segmenter
    from webapp import create_app

    app = create_app()
    word_segmenter()  # load jieba's dictionary now, not on the first search
    print(f"serving {app.config['INDEX_DIR']} on http://{options.host}:{options.port}/", flush=True)
    waitress.serve(app, host=options.host, port=options.port, threads=options.threads)
    return 0


if __name__ == "__main__":
    sys.exit(main())
