"""`python -m webapp nginx-conf`, `rollout` and `route`: the deployment commands."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NGINX_EXAMPLE = """\
Example:
  python -m webapp nginx-conf --replica 10.0.0.5:8000 --replica 10.0.0.6:8000 \\
      --listen 80 --state-dir /var/cache/fazhi-nginx --out /etc/nginx/fazhi-reports.conf"""

ROLLOUT_EXAMPLE = """\
Example (replicas on this machine, started with `python -m webapp serve --pid-file INDEX.pid`):
  python -m webapp rollout dist/index.tar.gz --nginx-conf instance/nginx/nginx.conf \\
      --replica http://127.0.0.1:8001=instance/replica1 \\
      --replica http://127.0.0.1:8002=instance/replica2 \\
      --install-command \\
          '{reindex} install {artifact} --index {index} && kill -HUP $(cat {index}.pid)'
Example (replicas on other machines, over ssh, run as a systemd service):
  python -m webapp rollout dist/index.tar.gz --nginx-conf /etc/nginx/nginx.conf \\
      --replica http://10.0.0.5:8000=/srv/reports/index --replica http://10.0.0.6:8000=... \\
      --install-command 'scp {artifact} deploy@{host}:/tmp/index.tar.gz && ssh deploy@{host} \\
          "/srv/reports/.venv/bin/reindex install /tmp/index.tar.gz --index {index} \\
           && sudo systemctl reload fazhi-reports"'

Placeholders in --install-command: {artifact} {index} {url} {host} {reindex} (this venv's).
The command must install the artifact and reload the replica's server (gunicorn restarts its
workers on SIGHUP), so that none of its workers answers from the old generation afterwards."""


def add_deploy_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    nginx = commands.add_parser(
        "nginx-conf",
        help="write nginx's configuration for a set of replicas",
        epilog=NGINX_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    nginx.add_argument("--replica", action="append", required=True, help="HOST:PORT (repeat)")
    nginx.add_argument("--listen", default="8080", help="nginx's address (default: %(default)s)")
    nginx.add_argument("--state-dir", type=Path, required=True, help="pid, logs, cache, route")
    nginx.add_argument("--api-rate", default="20r/s", help="per client (default: %(default)s)")
    nginx.add_argument("--api-burst", type=int, default=40, help="(default: %(default)s)")
    nginx.add_argument("--user", help="workers' user when started as root (e.g. www-data)")
    nginx.add_argument("--pid-file", type=Path, help="(default: STATE_DIR/nginx.pid)")
    nginx.add_argument("--out", type=Path, help="file to write (default: standard output)")

    roll = commands.add_parser(
        "rollout",
        help="install an index artifact on every replica, blue/green through nginx",
        epilog=ROLLOUT_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    roll.add_argument("artifact", type=Path, help="a file written by `reindex export`")
    roll.add_argument("--replica", action="append", required=True, help="URL=INDEX_DIR (repeat)")
    roll.add_argument("--nginx-conf", type=Path, help="nginx.conf written by nginx-conf")
    roll.add_argument("--install-command", default=None, help="shell command for one replica")
    roll.add_argument("--timeout", type=float, default=300, help="seconds per replica to get ready")
    roll.add_argument(
        "--drain", type=float, default=5.0, help="seconds for answers in flight (%(default)s)"
    )

    route = commands.add_parser(
        "route", help="send nginx's requests to every replica, or to one half (after a failure)"
    )
    route.add_argument("to", choices=("all", "blue", "green"), help="every replica, or one half")
    route.add_argument("--nginx-conf", type=Path, required=True, help="nginx.conf it wrote")


def run_deploy_command(options: argparse.Namespace) -> int:
    if options.command == "nginx-conf":
        return _nginx_conf(options)
    if options.command == "route":
        return _route(options)
    return _rollout(options)


def _nginx_conf(options: argparse.Namespace) -> int:
    from webapp.nginx import NginxSettings, nginx_conf

    settings = NginxSettings(
        replicas=tuple(options.replica),
        state_dir=options.state_dir,
        listen=options.listen,
        api_rate=options.api_rate,
        api_burst=options.api_burst,
        user=options.user,
        pid_file=options.pid_file,
    )
    text = nginx_conf(settings)
    if options.out is None:
        sys.stdout.write(text)
    else:
        options.out.write_text(text, encoding="utf-8")
    return 0


def _route(options: argparse.Namespace) -> int:
    from webapp.nginx import Routes

    try:
        Routes.read(options.nginx_conf).set(options.to)
    except (OSError, ValueError) as error:
        print(f"route: {error}", file=sys.stderr)
        return 1
    print(f"nginx sends requests to {options.to}")
    return 0


def _rollout(options: argparse.Namespace) -> int:
    from webapp.nginx import Routes
    from webapp.rollout import LOCAL_INSTALL, Replica, RolloutFailed, rollout

    try:
        replicas = [Replica.parse(spec) for spec in options.replica]
        routes = Routes.read(options.nginx_conf) if options.nginx_conf else None
        generation = rollout(
            options.artifact,
            replicas,
            options.install_command or LOCAL_INSTALL,
            options.timeout,
            routes,
            say=lambda line: print(f"rollout: {line}", file=sys.stderr, flush=True),
            drain=options.drain,
        )
    except (RolloutFailed, ValueError, OSError) as error:
        print(f"rollout: stopped: {error}", file=sys.stderr)
        return 1
    print(f"rolled out {generation} to {len(replicas)} replicas")
    return 0
