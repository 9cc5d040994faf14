"""Serving as one of several replicas behind nginx: `/healthz`, the generation header, revalidation.

- A request is answered from one generation, named in `X-Index-Generation`: the first time a
  request asks for the index, the reader's warm generation is pinned for the rest of it. Answers
  that do not read the index name the generation the replica serves, except those that say how
  long caches may keep them (the widget's script): they do not depend on it.
- `/healthz` is 200 once a generation is open and warm, 503 JSON when there is none.
- A 200 GET answer depends only on the URL, the generation and the code, so its ETag says those;
  `X-Accel-Expires` in the past makes nginx store it but ask a replica before every reuse, and a
  replica still on that generation answers 304 without searching. A new generation is therefore
  never served an older generation's answer from nginx's cache.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from flask import Blueprint, Flask, Response, current_app, g, has_request_context, jsonify, request

import indexer
import webapp
from indexer.querying.snapshot import Snapshot
from indexer.querying.switching import SwitchingReader
from indexer.writing.store import IndexUnavailable

blueprint = Blueprint("replica", __name__)

GENERATION_HEADER = "X-Index-Generation"
READER_KEY = "index_reader"
RELEASE_KEY = "release"
PINNED = "index_snapshot"
# An expiry in the past (Unix time 1): nginx keeps the answer and revalidates it on every reuse.
ALWAYS_REVALIDATE = "@1"
HEALTH_PATH = "/healthz"


class PinnedReader:
    """The switching reader, pinned per request: one request, one generation."""

    def __init__(self, reader: SwitchingReader) -> None:
        self.reader = reader

    def snapshot(self) -> Snapshot:
        if not has_request_context():
            return self.reader.snapshot()
        pinned: Snapshot | None = g.get(PINNED)
        if pinned is None:
            pinned = self.reader.snapshot()
            setattr(g, PINNED, pinned)
        return pinned


def register_replica(app: Flask) -> None:
    reader = SwitchingReader(
        Path(str(app.config["INDEX_DIR"])), cache_size=int(app.config["SEARCH_CACHE_SIZE"])
    )
    app.extensions[READER_KEY] = PinnedReader(reader)
    app.extensions[RELEASE_KEY] = release_fingerprint()
    app.register_blueprint(blueprint)
    app.before_request(_answer_not_modified)
    app.after_request(_name_generation)


def release_fingerprint() -> str:
    """A hash of the code and data the answers come from: new code never revalidates old pages."""
    digest = hashlib.sha256()
    for package in (indexer, webapp):
        assert package.__file__ is not None  # both are regular packages, with an __init__.py
        root = Path(package.__file__).resolve().parent
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@blueprint.get(HEALTH_PATH)
def healthz() -> Response:
    reader: PinnedReader = current_app.extensions[READER_KEY]
    try:
        generation = reader.snapshot().generation.name
    except IndexUnavailable as error:
        response = jsonify({"status": "unavailable", "error": str(error)})
        response.status_code = 503
        response.headers["Retry-After"] = "5"
    else:
        state = reader.reader.state()
        response = jsonify(
            {
                "status": "ok",
                "generation": generation,
                "switching_to": state.switching_to,
                "refused": state.refused,
            }
        )
    response.cache_control.no_store = True
    return response


def generation_etag(snapshot: Snapshot) -> str:
    return f"{current_app.extensions[RELEASE_KEY]}-{snapshot.generation.name}"


def _revalidates(response: Response | None = None) -> bool:
    if request.method not in ("GET", "HEAD") or request.path == HEALTH_PATH:
        return False
    return response is None or (response.status_code == 200 and "ETag" not in response.headers)


def _answer_not_modified() -> Response | None:
    """304 for a revalidation on the generation this replica serves, before any searching."""
    if not request.if_none_match or not _revalidates():
        return None
    etag = generation_etag(current_app.extensions[READER_KEY].snapshot())
    if not request.if_none_match.contains(etag):
        return None
    response = current_app.response_class(status=304)
    response.set_etag(etag)
    response.headers["X-Accel-Expires"] = ALWAYS_REVALIDATE
    return response


def _name_generation(response: Response) -> Response:
    pinned: Snapshot | None = g.get(PINNED)
    if pinned is not None:
        response.headers[GENERATION_HEADER] = pinned.generation.name
        if _revalidates(response) and not response.is_streamed:
            response.set_etag(generation_etag(pinned))
            response.headers["X-Accel-Expires"] = ALWAYS_REVALIDATE
    elif not response.cache_control.max_age:
        # An answer that did not read the index (an error page, a revalidated asset) names the
        # generation this replica serves. One that caches keep for a while (the widget script)
        # names none: a cache would repeat the name long after the next rollout.
        serving = current_app.extensions[READER_KEY].reader.state().serving
        if serving:
            response.headers[GENERATION_HEADER] = serving
    return response
