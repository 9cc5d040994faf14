"""`python -m webapp nginx-conf`: nginx's configuration for N replicas (deploy/nginx.conf.j2), and
the rollout's routes in it: every replica, or only the blue or the green half (`Routes`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

TEMPLATE = Path(__file__).resolve().parent.parent / "deploy" / "nginx.conf.j2"
ROUTE_DIR = "route"  # under the state directory: the rollout's flag files
BLUE_ONLY = "blue-only"
GREEN_ONLY = "green-only"
ROUTE_DIR_MARK = "# rollout-route-dir: "


@dataclass(frozen=True, slots=True)
class NginxSettings:
    replicas: tuple[str, ...]  # host:port of each replica
    state_dir: Path  # nginx's pid, logs, temporary files and answer cache
    listen: str = "8080"
    api_rate: str = "20r/s"  # per client address, on /api/
    api_burst: int = 40  # requests beyond the rate answered at once before 429 starts
    fail_timeout: str = "10s"  # how long a failed replica is left out
    cache_size: str = "1g"
    user: str | None = None  # the workers' user when nginx starts as root
    pid_file: Path | None = None  # default STATE_DIR/nginx.pid; Debian's service: /run/nginx.pid


def halves(replicas: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The rollout's blue and green halves: the first half of the list (rounded down), the rest.
    One replica has no halves (blue is empty)."""
    middle = len(replicas) // 2
    return replicas[:middle], replicas[middle:]


def nginx_conf(settings: NginxSettings, template: Path = TEMPLATE) -> str:
    if not settings.replicas:
        raise ValueError("at least one replica is needed")
    environment = Environment(
        loader=FileSystemLoader(template.parent),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=StrictUndefined,
        autoescape=False,  # nginx configuration, not HTML
    )
    blue, green = halves(settings.replicas)
    pools = [("replicas", settings.replicas)]
    if blue:
        pools += [("replicas_blue", blue), ("replicas_green", green)]
    state_dir = settings.state_dir.resolve()
    return environment.get_template(template.name).render(
        replicas=settings.replicas,
        pools=pools,
        halves=bool(blue),
        route_dir=state_dir / ROUTE_DIR,
        state_dir=state_dir,
        listen=settings.listen,
        api_rate=settings.api_rate,
        api_burst=settings.api_burst,
        fail_timeout=settings.fail_timeout,
        cache_size=settings.cache_size,
        user=settings.user,
        pid_file=settings.pid_file,
    )


@dataclass(frozen=True, slots=True)
class Routes:
    """What the rollout needs from a generated nginx.conf: its flag folder and halves."""

    route_dir: Path
    blue: tuple[str, ...]  # host:port
    green: tuple[str, ...]

    @classmethod
    def read(cls, conf: Path) -> Routes:
        text = conf.read_text(encoding="utf-8")
        marked = [line.strip() for line in text.splitlines() if ROUTE_DIR_MARK in line]
        if not marked:
            raise ValueError(f"{conf} was not written by `python -m webapp nginx-conf`")
        route_dir = Path(marked[0].split(ROUTE_DIR_MARK, 1)[1].strip())
        return cls(route_dir, _pool(text, "replicas_blue"), _pool(text, "replicas_green"))

    def set(self, route: str) -> None:
        """Send every request to one half ("blue", "green") or to every replica ("all").
        The new flag is created before the other one is removed: blue-only wins over green-only,
        so each request sees either the old route or the new one."""
        if route not in ("all", "blue", "green"):
            raise ValueError(f"unknown route {route!r}: all, blue or green")
        self.route_dir.mkdir(parents=True, exist_ok=True)
        blue, green = self.route_dir / BLUE_ONLY, self.route_dir / GREEN_ONLY
        if route == "blue":
            blue.touch()
            green.unlink(missing_ok=True)
        elif route == "green":
            green.touch()
            blue.unlink(missing_ok=True)
        else:
            green.unlink(missing_ok=True)
            blue.unlink(missing_ok=True)


def _pool(text: str, name: str) -> tuple[str, ...]:
    block = re.search(r"upstream\s+" + name + r"\s*\{(.*?)\}", text, re.DOTALL)
    if block is None:
        return ()
    return tuple(re.findall(r"^\s*server\s+(\S+)", block.group(1), re.MULTILINE))
