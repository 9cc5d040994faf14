"""The README's commands work as written from a fresh clone, without an activated venv.

Every command of every ```sh block but the first (the two set-up commands, `make serve` and
`make test`, which create `.venv/`) runs in a copy of the repository's tracked files, in order, in a
shell whose PATH does not hold `.venv/bin`. The copy gets this checkout's `.venv/` (what the set-up
commands would have made) and nothing else: no index, no `instance/`. A command that serves runs
until it answers, on a free port instead of the README's 8000 (other servers may hold that one).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
INTERNET = (
    "fetches from the internet, which tests never reach (tests/test_collect.py serves locally)"
)
NOT_RUN = {  # command -> why a test does not run it
    "make bench": "a benchmark of minutes over a generated corpus (bench/ has its own smoke test)",
    "make bench-large": "a benchmark of an hour over 20,000 generated reports",
    ".venv/bin/collect --follow --corpus corpus"
    " https://www.example.gov.cn/zwgk/fzzfjsndbg/index.html": INTERNET,
    ".venv/bin/collect --corpus corpus https://www.example.gov.cn/art/2025/2/17/art_1_123.html": (
        INTERNET
    ),
}
SERVE_TIMEOUT = 60  # seconds for gunicorn to start and answer


def shell_blocks(markdown: str) -> list[list[str]]:
    """The commands of each ```sh block, comments stripped."""
    blocks = re.findall(r"^```sh\n(.*?)^```", markdown, flags=re.MULTILINE | re.DOTALL)
    joined = [re.sub(r"\\\n\s*", " ", block) for block in blocks]  # backslash continuations
    return [
        [line.split("  #")[0].strip() for line in block.splitlines() if line.strip()]
        for block in joined
    ]


# Everything from this heading on runs on other machines (replicas, nginx, systemd, ssh): its
# single-machine rehearsal is tests/test_deploy_*.py's job, not a line-by-line replay here.
DEPLOYMENT = "## Deploying to several machines"


def readme_commands() -> list[str]:
    text = README.read_text(encoding="utf-8").split(DEPLOYMENT)[0]
    setup, *rest = shell_blocks(text)
    assert setup == ["make serve", "make test"], "the two set-up commands come first"
    return [command for block in rest for command in block]


def fresh_clone(target: Path) -> Path:
    """The tracked files of this checkout (as a clone has them), with its .venv beside them."""
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    (target / ".venv").symlink_to(ROOT / ".venv")
    stamp = ROOT / ".venv" / ".installed"
    if stamp.exists():  # set up already: make must not reinstall into the shared .venv
        older = stamp.stat().st_mtime_ns - 1_000_000_000  # clearly older, whatever the rounding
        os.utime(target / "pyproject.toml", ns=(older, older))
    return target


def plain_env() -> dict[str, str]:
    """A shell as a newcomer has it: no activated venv, no REPORTS_* settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("REPORTS_")}
    env.pop("VIRTUAL_ENV", None)
    env["PATH"] = (
        os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if ".venv" not in p)
        or "/usr/bin:/bin"
    )
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_serving(command: str, cwd: Path, env: dict[str, str], port: int) -> subprocess.Popen:
    """Start a serving command and wait until it answers; the caller stops it."""
    log = cwd.parent / f"serve-{port}.log"
    with log.open("wb") as out:
        server = subprocess.Popen(
            ["bash", "-c", command], cwd=cwd, env=env, start_new_session=True,
            stdout=out, stderr=subprocess.STDOUT,
        )  # fmt: skip
    deadline = time.monotonic() + SERVE_TIMEOUT
    url = f"http://127.0.0.1:{port}/api/search?q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE"
    while not _answers(url):
        assert server.poll() is None, log.read_text(errors="replace")
        assert time.monotonic() < deadline, f"{command} did not answer"
        time.sleep(0.5)
    return server


def stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)  # the shell and the server it started
    server.wait(timeout=30)


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status == 200 and b'"total"' in response.read()
    except OSError:
        return False


def test_setup_commands_come_first_and_skips_are_current():
    commands = readme_commands()
    assert set(NOT_RUN) <= set(commands), "NOT_RUN names a command the README no longer has"


def test_readme_cites_only_files_in_the_repository():
    text = README.read_text(encoding="utf-8")
    assert "../" not in text
    for target in re.findall(r"\]\(([^)#:]+)\)", text):  # Markdown links to local files
        assert (ROOT / target).exists(), target


@pytest.mark.slow
def test_every_readme_command_works_from_a_fresh_clone(tmp_path):
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: no tracked-file list to clone from")
    clone = fresh_clone(tmp_path / "clone")
    env = plain_env()
    port = free_port()  # the README's 8000 may be taken by another server on this machine
    servers: list[subprocess.Popen] = []
    try:
        for command in readme_commands():
            if command in NOT_RUN:
                continue
            command = command.replace("8000", str(port))
            if " serve" in command:
                stop_all(servers)
                servers.append(start_serving(command, clone, env, port))
                continue
            done = subprocess.run(
                ["bash", "-c", command], cwd=clone, env=env, capture_output=True, text=True,
                timeout=600,
            )  # fmt: skip
            assert done.returncode == 0, f"{command}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
            if "inspect" in command:
                assert done.stdout.lstrip().startswith("{") and '"sections"' in done.stdout
    finally:
        stop_all(servers)


def stop_all(servers: list[subprocess.Popen]) -> None:
    while servers:
        stop(servers.pop())
