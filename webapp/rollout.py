"""`python -m webapp rollout`: a new index generation on every replica, blue/green through nginx.

The replicas are two halves, "blue" and "green" (nginx.conf's `replicas_blue` and
`replicas_green`), and nginx chooses per request, by a flag file, whether to send it to every
replica, to blue only or to green only (`Routes`). A rollout:

1. checks the whole artifact (every member's checksum) before it changes anything;
2. sends every request to green, waits `drain` seconds for answers in flight on blue, then
   updates blue: the update command installs the artifact and reloads the replica (its workers
   restart on the new generation), and blue's `/healthz` must answer from the new generation;
3. switches to blue only: one file operation, after which every new request reaches a replica
   on the new generation; a client that has seen the new generation never sees the old one again;
4. updates green the same way, then sends requests to every replica again.

While one half is updated the other serves alone: capacity is halved for the rollout, and no
request fails. A failed step stops the rollout with a message that says where it stopped and
which route nginx is left on (a route on which no client can go back to the old generation).
With a single replica there are no halves: it is updated in place.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from indexer.writing.artifact import ArtifactRefused, verify_artifact
from webapp.nginx import Routes
from webapp.replica import GENERATION_HEADER

LOCAL_INSTALL = "{reindex} install {artifact} --index {index}"
# Healthy answers from the new generation for this long in a row before a half takes requests.
CONFIRM_SECONDS = 2.0
POLL_SECONDS = 0.2
DRAIN_SECONDS = 5.0  # answers in flight on a half that no longer gets requests finish by then


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

    @property
    def address(self) -> str:
        return urlsplit(self.url).netloc


@dataclass(frozen=True, slots=True)
class Plan:
    """How to update one replica, and how long to wait."""

    artifact: Path
    generation: str
    command: str  # shell template: {reindex} {artifact} {index} {url} {host}
    timeout: float  # seconds for one replica to serve the new generation
    drain: float = DRAIN_SECONDS


class RolloutFailed(Exception):
    pass


Say = Callable[[str], None]


def rollout(
    artifact: Path,
    replicas: list[Replica],
    command: str,
    timeout: float,
    routes: Routes | None,
    say: Say = print,
    drain: float = DRAIN_SECONDS,
) -> str:
    """Update every replica; returns the generation now served everywhere."""
    try:
        header = verify_artifact(artifact)
    except ArtifactRefused as error:
        raise RolloutFailed(f"{error}; nothing was changed") from error
    plan = Plan(artifact, header.generation, command, timeout, drain)
    if len(replicas) == 1:
        update_half(plan, replicas, say)
        return plan.generation
    if routes is None:
        raise RolloutFailed("several replicas need --nginx-conf (nginx's routes to each half)")
    blue, green = split_halves(replicas, routes)
    if not all(serving_generation(r.url) == plan.generation for r in blue):
        say(f"sending every request to green ({', '.join(r.url for r in green)})")
        routes.set("green")
        time.sleep(plan.drain)
        update_half(plan, blue, say, on_failure="green (the old generation)")
    say(f"sending every request to blue ({', '.join(r.url for r in blue)}): the new generation")
    routes.set("blue")
    time.sleep(plan.drain)  # not needed for order (green's late answers are old ones, sent to
    # clients who have not seen the new generation), only so that green's restart cuts nothing
    update_half(plan, green, say, on_failure="blue (the new generation)")
    say("sending requests to every replica")
    routes.set("all")
    return plan.generation


def split_halves(replicas: list[Replica], routes: Routes) -> tuple[list[Replica], list[Replica]]:
    """The replicas of each half, as nginx.conf lists them; every replica in exactly one."""
    by_address = {replica.address: replica for replica in replicas}
    configured = [*routes.blue, *routes.green]
    if sorted(configured) != sorted(by_address) or not routes.blue:
        raise RolloutFailed(
            f"the replicas given ({', '.join(sorted(by_address))}) are not those of "
            f"nginx.conf's halves ({', '.join(configured) or 'none'}): write nginx.conf again"
        )
    return [by_address[a] for a in routes.blue], [by_address[a] for a in routes.green]


def update_half(plan: Plan, half: list[Replica], say: Say, on_failure: str = "") -> None:
    for done, replica in enumerate(half):
        if serving_generation(replica.url) == plan.generation:
            say(f"{replica.url}: already serves {plan.generation}")
            continue
        say(f"{replica.url}: installing {plan.generation}")
        finished = subprocess.run(
            _command(plan, replica), shell=True, capture_output=True, text=True
        )
        if finished.returncode != 0:
            reason = finished.stderr.strip() or f"exit status {finished.returncode}"
            raise RolloutFailed(
                f"{replica.url}: update failed ({reason}){_where(half, done, on_failure)}"
            )
        if not wait_until_serving(replica.url, plan.generation, plan.timeout):
            raise RolloutFailed(
                f"{replica.url}: not serving {plan.generation} after {plan.timeout:.0f} s"
                f"{_where(half, done, on_failure)}"
            )
        say(f"{replica.url}: serving {plan.generation}")


def _command(plan: Plan, replica: Replica) -> str:
    return plan.command.format(
        reindex=shlex.quote(str(Path(sys.executable).with_name("reindex"))),
        artifact=shlex.quote(str(plan.artifact)),
        index=shlex.quote(replica.index),
        url=replica.url,
        host=urlsplit(replica.url).hostname,
    )


def _where(half: list[Replica], done: int, route: str) -> str:
    updated = ", ".join(r.url for r in half[:done]) or "none"
    left = f"; nginx still sends every request to {route}" if route else ""
    return f"; updated before it: {updated}{left}"


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
            generation = response.headers.get(GENERATION_HEADER)
    except (OSError, ValueError):  # refused, timed out, 503 (HTTPError), not JSON
        return None
    if not isinstance(health, dict) or health.get("switching_to"):
        return None
    return str(generation) if generation else None
