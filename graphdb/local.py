"""A local Neo4j 5.26 Community server, resolved from Maven Central and run with Java 17.

Usage: ``python -m graphdb.local {start,stop,status} [--instance dev|test]``.

Each instance has its own home under ``.data/neo4j-<instance>/`` (configuration, data, logs, pid
file) and its own ports, so the test suite never touches the server that ``make run`` serves.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, DriverError, Neo4jError

from graphdb import queries
from graphdb.registry import QueryRegistry

ROOT = Path(__file__).resolve().parent.parent
POM = ROOT / "graphdb" / "server" / "pom.xml"
DATA = Path(os.environ.get("NEO4J_LOCAL_DATA", ROOT / ".data"))
CLASSPATH_FILE = DATA / "neo4j-classpath.txt"
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
JAVA_OPENS = [
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/java.util=ALL-UNNAMED",
    "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
]
DOCKER_HINT = "or run `docker compose up` with the provided docker-compose.yml and set NEO4J_URI"


class LocalServerError(RuntimeError):
    """The local server could not be prepared, started or stopped; the message says why."""


@dataclass(frozen=True, slots=True)
class Instance:
    """One local server: its name, ports and home directory."""

    name: str
    bolt_port: int
    http_port: int
    heap: str = "2g"
    max_heap: str = "4g"
    pagecache: str = "2g"

    @property
    def home(self) -> Path:
        return DATA / f"neo4j-{self.name}"

    @property
    def uri(self) -> str:
        return f"bolt://127.0.0.1:{self.bolt_port}"

    @property
    def pid_file(self) -> Path:
        return self.home / "run" / "neo4j.pid"

    @property
    def log_file(self) -> Path:
        return self.home / "logs" / "console.log"


def instance(name: str) -> Instance:
    """The named instance; ports come from the environment, with fixed defaults per instance."""
    if name == "dev":
        bolt = int(os.environ.get("NEO4J_LOCAL_BOLT_PORT", "7687"))
        http = int(os.environ.get("NEO4J_LOCAL_HTTP_PORT", "7474"))
    elif name == "test":
        bolt = int(os.environ.get("NEO4J_TEST_BOLT_PORT", "7688"))
        http = int(os.environ.get("NEO4J_TEST_HTTP_PORT", "7475"))
    elif name == "bench":
        bolt = int(os.environ.get("NEO4J_BENCH_BOLT_PORT", "7689"))
        http = int(os.environ.get("NEO4J_BENCH_HTTP_PORT", "7476"))
    else:
        raise LocalServerError(f"unknown instance {name!r}: use 'dev', 'test' or 'bench'")
    return Instance(name=name, bolt_port=bolt, http_port=http)


def check_tools() -> None:
    """Fail in one line when Java 17+ or Maven is missing, naming the Docker alternative."""
    java = shutil.which("java")
    if java is None:
        raise LocalServerError(f"Java 17+ is needed to run Neo4j locally and `java` is not on PATH; {DOCKER_HINT}")
    if shutil.which("mvn") is None:
        raise LocalServerError(f"Maven is needed to fetch Neo4j and `mvn` is not on PATH; {DOCKER_HINT}")
    version = java_major_version(java)
    if version < 17:
        raise LocalServerError(f"Neo4j 5.26 needs Java 17+, found Java {version}; {DOCKER_HINT}")


def java_major_version(java: str) -> int:
    """The major version `java -version` reports (it prints to stderr)."""
    out = subprocess.run([java, "-version"], capture_output=True, text=True, check=False).stderr
    for token in out.split():
        token = token.strip('"')
        if token[:1].isdigit():
            head = token.split(".")[0]
            major = token.split(".")[1] if head == "1" else head
            return int("".join(ch for ch in major if ch.isdigit()) or 0)
    return 0


def classpath() -> str:
    """The server's classpath, resolved by Maven on first use and cached beside the data."""
    fresh = CLASSPATH_FILE.exists() and CLASSPATH_FILE.stat().st_mtime >= POM.stat().st_mtime
    if not fresh:
        DATA.mkdir(parents=True, exist_ok=True)
        print("Resolving Neo4j with Maven (first run downloads about 210 MB)...", flush=True)
        done = subprocess.run(
            [
                "mvn",
                "-B",
                "-q",
                "-f",
                str(POM),
                "dependency:build-classpath",
                f"-Dmdep.outputFile={CLASSPATH_FILE}",
            ],
            check=False,
        )
        if done.returncode != 0 or not CLASSPATH_FILE.exists():
            raise LocalServerError(f"Maven could not resolve Neo4j (exit {done.returncode}); {DOCKER_HINT}")
    return CLASSPATH_FILE.read_text().strip()


def write_config(inst: Instance) -> Path:
    """Write the instance's neo4j.conf (idempotent) and return the config directory."""
    conf_dir = inst.home / "conf"
    for sub in ("conf", "data", "logs", "run", "import", "plugins"):
        (inst.home / sub).mkdir(parents=True, exist_ok=True)
    settings = {
        "server.default_listen_address": "127.0.0.1",
        "server.bolt.listen_address": f"127.0.0.1:{inst.bolt_port}",
        "server.bolt.advertised_address": f"127.0.0.1:{inst.bolt_port}",
        "server.http.listen_address": f"127.0.0.1:{inst.http_port}",
        "server.http.advertised_address": f"127.0.0.1:{inst.http_port}",
        "server.https.enabled": "false",
        # Bound to loopback only; the development server runs without authentication.
        "dbms.security.auth_enabled": "false",
        "server.directories.data": "data",
        "server.directories.logs": "logs",
        "server.directories.run": "run",
        "server.directories.import": "import",
        "server.directories.plugins": "plugins",
        "server.memory.pagecache.size": inst.pagecache,
        "db.transaction.timeout": "60s",
        "dbms.usage_report.enabled": "false",
        "db.tx_log.rotation.retention_policy": "512M size",
    }
    text = "# Written by graphdb/local.py; edits are overwritten on start.\n"
    text += "".join(f"{key}={value}\n" for key, value in settings.items())
    (conf_dir / "neo4j.conf").write_text(text)
    return conf_dir


def read_pid(inst: Instance) -> int | None:
    """The pid of the instance's running server, or None (a stale pid file is removed)."""
    try:
        pid = int(inst.pid_file.read_text().strip())
    except (FileNotFoundError, ValueError):
        return None
    if not process_alive(pid) or not is_our_server(pid, inst):
        inst.pid_file.unlink(missing_ok=True)
        return None
    return pid


def is_our_server(pid: int, inst: Instance) -> bool:
    """True when pid runs this instance's Neo4j, so a pid reused by another process is never signalled."""
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return not Path("/proc").is_dir()  # no procfs to check against: trust the pid file
    return ENTRY_POINT.encode() in args and f"--home-dir={inst.home}".encode() in args


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie child (exited, not yet reaped) still answers kill(0).
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except (FileNotFoundError, IndexError):
        return True
    return state != "Z"


@functools.cache
def ping_text() -> str:
    return QueryRegistry.load()[queries.PING].text


def bolt_answers(uri: str, timeout: float = 2.0) -> bool:
    """True when a Bolt server at uri runs a query."""
    try:
        # An auto-commit query: the managed helpers would retry a refused connection for 30 s.
        with (
            GraphDatabase.driver(uri, auth=None, connection_timeout=timeout) as driver,
            driver.session(database="neo4j") as session,
        ):
            session.run(ping_text()).consume()
        return True
    except (DriverError, Neo4jError, OSError, AuthError):
        return False


def start(inst: Instance, deadline_s: float = 180.0) -> str:
    """Start the instance unless it already runs; wait until Bolt answers. Returns its URI."""
    pid = read_pid(inst)
    if pid is not None and bolt_answers(inst.uri):
        print(f"Neo4j ({inst.name}) already running, pid {pid}, {inst.uri}", flush=True)
        return inst.uri
    if pid is None and bolt_answers(inst.uri):
        raise LocalServerError(
            f"port {inst.bolt_port} already has a Bolt server that this project did not start; "
            f"stop it, or set NEO4J_URI={inst.uri} to use it"
        )
    check_tools()
    cp = classpath()
    conf_dir = write_config(inst)
    java = shutil.which("java") or "java"
    cmd = [
        java,
        f"-Xms{inst.heap}",
        f"-Xmx{inst.max_heap}",
        "-XX:+UseG1GC",
        "-XX:+ExitOnOutOfMemoryError",
        *JAVA_OPENS,
        "-cp",
        cp,
        ENTRY_POINT,
        f"--home-dir={inst.home}",
        f"--config-dir={conf_dir}",
    ]
    env = dict(os.environ, NEO4J_HOME=str(inst.home), NEO4J_CONF=str(conf_dir))
    began = time.monotonic()
    with inst.log_file.open("ab") as log:
        proc = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=env,
            cwd=inst.home,
            start_new_session=True,
        )
    inst.pid_file.write_text(f"{proc.pid}\n")
    print(f"Starting Neo4j ({inst.name}) pid {proc.pid}, log {inst.log_file}", flush=True)
    delay = 0.2
    while time.monotonic() - began < deadline_s:
        if proc.poll() is not None:
            inst.pid_file.unlink(missing_ok=True)
            raise LocalServerError(f"Neo4j exited with code {proc.returncode} during start:\n{log_tail(inst)}")
        if bolt_answers(inst.uri):
            print(f"Neo4j ({inst.name}) ready at {inst.uri} in {time.monotonic() - began:.1f}s", flush=True)
            return inst.uri
        time.sleep(delay)
        delay = min(delay * 1.5, 2.0)
    stop(inst)
    raise LocalServerError(f"Neo4j did not answer on {inst.uri} within {deadline_s:.0f}s:\n{log_tail(inst)}")


def stop(inst: Instance, deadline_s: float = 90.0) -> bool:
    """Stop the instance by its own pid (SIGTERM, SIGKILL only past the deadline). True if it ran."""
    pid = read_pid(inst)
    if pid is None:
        print(f"Neo4j ({inst.name}) is not running", flush=True)
        return False
    os.kill(pid, signal.SIGTERM)
    began = time.monotonic()
    while process_alive(pid):
        if time.monotonic() - began > deadline_s:
            os.kill(pid, signal.SIGKILL)
            break
        time.sleep(0.2)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
    inst.pid_file.unlink(missing_ok=True)
    print(f"Neo4j ({inst.name}) stopped (pid {pid}) in {time.monotonic() - began:.1f}s", flush=True)
    return True


def status(inst: Instance) -> bool:
    """Print and return whether the instance runs and answers."""
    pid = read_pid(inst)
    answers = bolt_answers(inst.uri)
    if pid is not None and answers:
        print(f"Neo4j ({inst.name}) running, pid {pid}, {inst.uri}")
    elif pid is not None:
        print(f"Neo4j ({inst.name}) process {pid} is up but {inst.uri} does not answer yet")
    elif answers:
        print(f"{inst.uri} answers, but not a server this project started")
    else:
        print(f"Neo4j ({inst.name}) is not running")
    return pid is not None and answers


def log_tail(inst: Instance, lines: int = 30) -> str:
    try:
        return "\n".join(inst.log_file.read_text(errors="replace").splitlines()[-lines:])
    except FileNotFoundError:
        return "(no log)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m graphdb.local", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["start", "stop", "status"])
    parser.add_argument("--instance", default="dev", help="dev (make run) or test (the test suite)")
    args = parser.parse_args(argv)
    try:
        inst = instance(args.instance)
        if args.command == "start":
            start(inst)
            return 0
        if args.command == "stop":
            stop(inst)
            return 0
        return 0 if status(inst) else 1
    except LocalServerError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
