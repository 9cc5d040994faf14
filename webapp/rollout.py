"""`python -m webapp rollout`: install an index artifact on each replica in turn.

For each replica: run the install command (by default `reindex install ARTIFACT --index DIR` on
this machine; give an ssh command for other machines), then poll the replica's /healthz until it
answers 200 from the artifact's generation for two seconds in a row, and only then go on to the
next.
The other replicas serve meanwhile, so nginx always has replicas to send searches to. A failed
step stops the rollout and says which replicas already run the new generation.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
import tarfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from indexer.artifact import HEADER, ArtifactHeader
from webapp.replica import GENERATION_HEADER

LOCAL_INSTALL = "{reindex} install {artifact} --index {index}"
# Every worker of a replica notices a new generation within its poll interval (0.5 s) and warms it
# on its own: healthy answers from the new generation for this long in a row reach them all.
CONFIRM_SECONDS = 2.0
POLL_SECONDS = 0.2


@dataclass(frozen=True, slots=True)
class Replica:
    url: str  # http://host:port of the replica itself, not of nginx
    index: str  # its index folder (as the install command sees it)

    @classmethod
    def parse(cls, spec: str) -> Replica:
        url, sep, index = spec.partition("=")
        if not sep or not url.startswith(("http://", "https://")) or not index:
            raise ValueError(
                f"replica {spec!r}: expected URL=INDEX_DIR, e.g. http://10.0.0.5:8000=/srv/index"
            )
        return cls(url.rstrip("/"), index)


class RolloutFailed(Exception):
    pass


def artifact_generation(artifact: Path) -> str:
    with tarfile.open(artifact, "r:*") as tar:
        first = tar.next()
        stream = tar.extractfile(first) if first is not None and first.name == HEADER else None
        if stream is None:
            raise RolloutFailed(f"{artifact} is not an index artifact")
        return ArtifactHeader.from_json(json.loads(stream.read())).generation


def rollout(
    artifact: Path,
    replicas: list[Replica],
    install_command: str,
    timeout: float,
    say: Callable[[str], None] = print,
) -> str:
    """Install on every replica in turn; returns the generation now served everywhere."""
    generation = artifact_generation(artifact)
    for done, replica in enumerate(replicas):
        command = install_command.format(
            reindex=shlex.quote(str(Path(sys.executable).with_name("reindex"))),
            artifact=shlex.quote(str(artifact)),
            index=shlex.quote(replica.index),
            url=replica.url,
            host=urlsplit(replica.url).hostname,
        )
        say(f"{replica.url}: installing {generation}")
        finished = subprocess.run(command, shell=True, capture_output=True, text=True)
        if finished.returncode != 0:
            reason = finished.stderr.strip() or f"exit status {finished.returncode}"
            raise RolloutFailed(
                f"{replica.url}: install failed ({reason}); {_progress(replicas, done)}"
            )
        if not wait_until_serving(replica.url, generation, timeout):
            raise RolloutFailed(
                f"{replica.url}: not serving {generation} after {timeout:.0f} s; "
                f"{_progress(replicas, done)}"
            )
        say(f"{replica.url}: serving {generation}")
    return generation


def wait_until_serving(url: str, generation: str, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    since: float | None = None  # when the current run of healthy new-generation answers began
    while time.monotonic() < deadline:
        now = time.monotonic()
        since = (since or now) if serving_generation(url) == generation else None
        if since is not None and now - since >= CONFIRM_SECONDS:
            return True
        time.sleep(POLL_SECONDS)
    return False


def serving_generation(url: str) -> str | None:
    """The generation a healthy replica answers from, None while it is not ready."""
    try:
        with urllib.request.urlopen(f"{url}/healthz", timeout=5) as response:
            health = json.loads(response.read())
            if health.get("switching_to"):
                return None
            generation: str | None = response.headers.get(GENERATION_HEADER)
            return generation
    except (OSError, ValueError):  # refused, timed out, 503 (HTTPError), not JSON
        return None


def _progress(replicas: list[Replica], done: int) -> str:
    updated = ", ".join(r.url for r in replicas[:done]) or "none"
    return f"already on the new generation: {updated}; the others still serve the old one"
