"""`python -m webapp serve`: the production server (gunicorn, forked workers) on the index.

The app and jieba's dictionary are loaded once in the master process before the workers fork; the
index is opened by each worker on its first request (Whoosh file handles must not be shared).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from flask import Flask
from gunicorn.app.base import BaseApplication

from webapp.deploy_cli import add_deploy_commands, run_deploy_command
from webapp.gunicorn_worker import MAX_REQUEST_LINE


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m webapp", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the search engine with gunicorn")
    serve.add_argument("--host", default="127.0.0.1", help="address (default: %(default)s)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: %(default)s)")
    serve.add_argument("--workers", type=int, default=2, help="processes (default: %(default)s)")
    serve.add_argument("--threads", type=int, default=4, help="per process (default: %(default)s)")
    serve.add_argument("--pid-file", help="write the server's pid here (kill -HUP it to reload)")
    add_deploy_commands(commands)  # nginx-conf, rollout
    options = parser.parse_args(argv)
    if options.command != "serve":
        return run_deploy_command(options)

    from indexer.analysis import word_segmenter
    from webapp import create_app

    app = create_app()
    word_segmenter()  # load the dictionary once, before the workers fork
    print(f"serving {app.config['INDEX_DIR']} on http://{options.host}:{options.port}/", flush=True)
    GunicornServer(app, options).run()
    return 0


# gunicorn ships no type information, so BaseApplication is Any to mypy: nothing to check against.
class GunicornServer(BaseApplication):  # type: ignore[misc]
    """gunicorn's documented way to serve an app object from Python (a custom Application)."""

    def __init__(self, app: Flask, options: argparse.Namespace) -> None:
        self.app = app
        self.settings = {
            "bind": f"{options.host}:{options.port}",
            "workers": options.workers,
            "threads": options.threads,
            # gthread with no thread for an idle socket and a timeout on slow ones (serving.py),
            # answering what gunicorn itself refuses in Chinese JSON (gunicorn_worker.py)
            "worker_class": "webapp.gunicorn_worker.JsonErrorWorker",
            "keepalive": 5,  # seconds an idle connection is kept, new or between requests
            "limit_request_line": MAX_REQUEST_LINE,  # longer URLs reach the app, which explains
            "errorlog": "-",
            "loglevel": "warning",
            "pidfile": options.pid_file,  # None: no file
        }
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.settings.items():
            self.cfg.set(key, value)

    def load(self) -> Flask:
        return self.app


if __name__ == "__main__":
    sys.exit(main())
