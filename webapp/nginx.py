"""`python -m webapp nginx-conf`: nginx's configuration for N replicas (deploy/nginx.conf.j2)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

TEMPLATE = Path(__file__).resolve().parent.parent / "deploy" / "nginx.conf.j2"


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
    return environment.get_template(template.name).render(
        replicas=settings.replicas,
        state_dir=settings.state_dir.resolve(),
        listen=settings.listen,
        api_rate=settings.api_rate,
        api_burst=settings.api_burst,
        fail_timeout=settings.fail_timeout,
        cache_size=settings.cache_size,
        user=settings.user,
        pid_file=settings.pid_file,
    )
