"""Read throughput of the profile query: the fast path, the ordinary path and the raw floor, in one run.

    python -m bench.read_profile [--id ID ...] [--rounds 5] [--requests 200] [--hub-requests 100]
                                 [--concurrency 8] [--works 20]

It reads the database of `make run` (NEO4J_URI, default bolt://127.0.0.1:7687, with the PubMed sample
loaded) and refuses an empty one. By default it takes two researchers: the one with the most works
(stub papers left out) and a typical one (the median work count); `--id` names others instead.

Three uvicorn servers run as subprocesses on free loopback ports, all with the same uvicorn settings:
the app with the fast path on, the app with `GRAPHQL_FAST_PATH=off` (the ordinary path), and the raw
floor defined here (`create_floor_app`): one POST route that runs the planner's statement for the
Profile document through the runner, shapes it with the same strict shaper and encodes it with orjson,
with no GraphQL parse, validation or execution. Every server gets the same request body. All three must
return byte-identical `data` for each researcher before anything is timed, and the fast path must really
be taken (checked in-process). Then, per researcher, a warm-up and `--rounds` rounds, each running
every variant in turn (the order rotates per round) with `--concurrency` requests in flight. Reported
per variant: the median over rounds of requests/s, the median of the rounds' p50 latencies, the
response size, and floor-throughput / variant-throughput (1.00x = as fast as the floor). Results are
printed and written to bench/results/read-<time>.json.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

import httpx2 as httpx
import orjson
from graphql import GraphQLSchema, OperationDefinitionNode, parse, type_from_ast
from graphql.utilities import get_operation_ast, value_from_ast
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from app import readyz
from graphdb import queries
from graphdb.config import Neo4jSettings
from graphdb.errors import GraphDbError
from graphdb.registry import CYPHER_ROOT, QueryRegistry
from graphdb.runner import Runner, connect, open_driver
from resolvers import execution
from resolvers.compiled import RootPlan
from resolvers.context import Context
from schema import build_schema
from settings import Settings

ROOT: Final = Path(__file__).resolve().parent.parent
RESULTS: Final = Path(__file__).resolve().parent / "results"
BENCH_CYPHER: Final = Path(__file__).resolve().parent / "cypher"
PROFILE: Final = ROOT / "schema" / "profile.graphql"
OPERATION: Final = "Profile"
ROOT_KEY: Final = "researcher"
READY_TIMEOUT_S: Final = 60.0


@dataclass(frozen=True, slots=True)
class Variant:
    """One server under load: its name, the ASGI factory uvicorn runs, extra environment, and its URL path."""

    name: str
    factory: str
    env: dict[str, str]
    path: str


VARIANTS: Final = (
    Variant("fast", "app:create_app", {"GRAPHQL_FAST_PATH": "on"}, "/graphql"),
    Variant("ordinary", "app:create_app", {"GRAPHQL_FAST_PATH": "off"}, "/graphql"),
    Variant("floor", "bench.read_profile:create_floor_app", {}, "/profile"),
)
FLOOR: Final = "floor"


# The raw floor: the same statement, shaper and encoder, no GraphQL.


def _profile_operation(schema: GraphQLSchema) -> tuple[OperationDefinitionNode, dict[str, Any]]:
    """The Profile operation and its variables' default values."""
    operation = get_operation_ast(parse(PROFILE.read_text(encoding="utf-8")), OPERATION)
    assert operation is not None, f"{PROFILE} has no operation {OPERATION}"
    defaults: dict[str, Any] = {}
    for definition in operation.variable_definitions or ():
        if definition.default_value is not None:
            input_type: Any = type_from_ast(schema, definition.type)
            defaults[definition.variable.name.value] = value_from_ast(definition.default_value, input_type)
    return operation, defaults


def create_floor_app() -> Starlette:
    """The raw floor: POST /profile with the GraphQL request body; only its variables are read. The Profile
    statement is planned once at start-up; each request binds its parameters, runs the statement through
    `Runner.read_planned` (via `execution.run`, as both GraphQL paths do), shapes the row with the fast path's
    strict shaper and encodes `{"data": {"researcher": ...}}` with orjson."""
    settings = Settings.from_env()
    schema = build_schema()._schema
    cache = execution.PlanCache()
    operation, defaults = _profile_operation(schema)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        registry = QueryRegistry.load()
        driver = open_driver(settings.neo4j)
        runner = Runner(driver, registry, settings.neo4j.database, settings.neo4j.query_timeout_s)
        try:
            await runner.verify()
            plan = cache.plan(schema, registry, operation, {}, dict(defaults))
            if not plan.covered or list(plan.roots) != [ROOT_KEY]:
                raise RuntimeError("the Profile document is not fully planned")
            app.state.runner = runner
            app.state.root = plan.roots[ROOT_KEY]
            yield
        finally:
            await driver.close()

    async def profile(request: Request) -> Response:
        body = orjson.loads(await request.body())
        variables = {**defaults, **(body.get("variables") or {})}
        root: RootPlan = request.app.state.root
        params = execution.bind(root, variables)
        value = await execution.run(request.app.state.runner, root, params)
        return Response(orjson.dumps({"data": {ROOT_KEY: root.fast(value, params)}}), media_type="application/json")

    routes = [Route("/profile", profile, methods=["POST"]), Route("/readyz", readyz, methods=["GET"])]
    return Starlette(routes=routes, lifespan=lifespan)


# Choosing researchers and checking the database.


@dataclass(frozen=True, slots=True)
class Pick:
    label: str
    id: str
    works: int
    requests: int


async def _prepare(args: argparse.Namespace, neo4j: Neo4jSettings) -> list[Pick]:
    """Refuse an empty database, choose the researchers and check the fast path takes the Profile query."""
    registry = QueryRegistry.load(CYPHER_ROOT, BENCH_CYPHER)
    async with connect(neo4j, registry) as runner:
        if (await runner.read(queries.IMPORT_ANY_NODE))[0]["empty"]:
            raise SystemExit(
                f"error: the database at {neo4j.uri} is empty: load the PubMed sample first (`make neo4j-start` "
                "then `make sample`)"
            )
        picks: list[Pick] = []
        if args.id:
            for rid in args.id:
                rows = await runner.read("bench/researcher_works", {"id": rid})
                if not rows:
                    raise SystemExit(f"error: no researcher with id {rid!r} in the database at {neo4j.uri}")
                picks.append(Pick("given", rid, rows[0]["works"], args.requests))
        else:
            rows = await runner.read("bench/profile_researchers")
            if not rows or rows[0]["hub"] is None:
                raise SystemExit(f"error: the database at {neo4j.uri} holds no researcher with a work")
            hub, typical = rows[0]["hub"], rows[0]["typical"]
            print(f"{rows[0]['researchers']:,} researchers with at least one work (stub papers left out)")
            picks.append(Pick("most works", hub["id"], hub["works"], args.hub_requests))
            picks.append(Pick("median works", typical["id"], typical["works"], args.requests))
        schema = build_schema()
        document = PROFILE.read_text(encoding="utf-8")
        for pick in picks:
            context = Context.create(runner)
            result = await schema.execute(
                document, variable_values=_variables(pick, args), context_value=context, operation_name=OPERATION
            )
            if result.errors or not context.took_fast_path:
                raise SystemExit(
                    f"error: the Profile query for {pick.id} does not take the fast path (errors: {result.errors})"
                )
    return picks


def _variables(pick: Pick, args: argparse.Namespace) -> dict[str, Any]:
    return {"id": pick.id, "works": args.works}


# The servers.


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass(slots=True)
class Server:
    variant: Variant
    port: int
    log: Path
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.variant.path}"

    def start(self) -> None:
        env = {**os.environ, **self.variant.env}
        cmd = [sys.executable, "-m", "uvicorn", self.variant.factory, "--factory", "--host", "127.0.0.1"]
        cmd += ["--port", str(self.port), "--no-access-log", "--log-level", "warning"]
        with self.log.open("wb") as out:
            self.proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)

    async def wait_ready(self, client: httpx.AsyncClient) -> None:
        deadline = time.monotonic() + READY_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise SystemExit(f"error: the {self.variant.name} server exited:\n{self._tail()}")
            with contextlib.suppress(httpx.TransportError):
                if (await client.get(f"http://127.0.0.1:{self.port}/readyz")).status_code == 200:
                    return
            await asyncio.sleep(0.2)
        raise SystemExit(
            f"error: the {self.variant.name} server was not ready in {READY_TIMEOUT_S:.0f} s:\n{self._tail()}"
        )

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def _tail(self) -> str:
        lines = self.log.read_text(encoding="utf-8", errors="replace").splitlines()
        return "\n".join(lines[-20:])


@contextlib.contextmanager
def running(variants: tuple[Variant, ...]) -> Iterator[list[Server]]:
    """The servers, started, and stopped on the way out whatever happens."""
    with tempfile.TemporaryDirectory(prefix="read-profile-") as tmp:
        servers = [Server(v, _free_port(), Path(tmp) / f"{v.name}.log") for v in variants]
        try:
            for server in servers:
                server.start()
            yield servers
        finally:
            for server in servers:
                server.stop()


# Load.


@dataclass(slots=True)
class Stats:
    rps: list[float] = field(default_factory=list)
    p50_ms: list[float] = field(default_factory=list)
    size: int = 0


async def _post(client: httpx.AsyncClient, url: str, body: bytes) -> bytes:
    response = await client.post(url, content=body, headers={"content-type": "application/json"})
    if response.status_code != 200:
        raise SystemExit(f"error: {url} answered {response.status_code}: {response.text[:300]}")
    return response.content


async def _load(
    client: httpx.AsyncClient, url: str, body: bytes, n: int, concurrency: int, size: int
) -> tuple[float, float]:
    """n requests with `concurrency` in flight: (requests/s, p50 latency in ms)."""
    latencies: list[float] = []
    left = n

    async def worker() -> None:
        nonlocal left
        while left > 0:
            left -= 1
            began = time.perf_counter()
            content = await _post(client, url, body)
            latencies.append(time.perf_counter() - began)
            if len(content) != size:
                raise SystemExit(f"error: {url} answered {len(content)} bytes under load, {size} when checked")

    began = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    wall = time.perf_counter() - began
    return n / wall, statistics.median(latencies) * 1000


async def _same_data(
    clients: dict[str, httpx.AsyncClient], servers: list[Server], pick: Pick, body: bytes
) -> dict[str, int]:
    """Every server's `data` for the researcher, byte for byte (re-encoded by orjson, which keeps key order);
    returns each variant's response size."""
    encoded: dict[str, bytes] = {}
    sizes: dict[str, int] = {}
    for server in servers:
        content = await _post(clients[server.variant.name], server.url, body)
        answer = orjson.loads(content)
        if answer.get("errors") or not answer.get("data", {}).get(ROOT_KEY):
            raise SystemExit(f"error: {server.variant.name} answered for {pick.id}: {content[:300]!r}")
        encoded[server.variant.name] = orjson.dumps(answer["data"])
        sizes[server.variant.name] = len(content)
    first = next(iter(encoded.values()))
    if any(data != first for data in encoded.values()):
        detail = ", ".join(f"{name}: {len(data)} bytes" for name, data in encoded.items())
        raise SystemExit(f"error: the servers' data differ for {pick.id} ({detail})")
    return sizes


async def _bench(args: argparse.Namespace, picks: list[Pick], servers: list[Server]) -> dict[str, dict[str, Stats]]:
    limits = httpx.Limits(max_connections=args.concurrency, max_keepalive_connections=args.concurrency)
    async with contextlib.AsyncExitStack() as stack:
        clients = {
            s.variant.name: await stack.enter_async_context(httpx.AsyncClient(limits=limits, timeout=60.0))
            for s in servers
        }
        await asyncio.gather(*(s.wait_ready(clients[s.variant.name]) for s in servers))
        results: dict[str, dict[str, Stats]] = {}
        for pick in picks:
            body = orjson.dumps(
                {
                    "query": PROFILE.read_text(encoding="utf-8"),
                    "operationName": OPERATION,
                    "variables": _variables(pick, args),
                }
            )
            sizes = await _same_data(clients, servers, pick, body)
            stats = {s.variant.name: Stats(size=sizes[s.variant.name]) for s in servers}
            print(
                f"\n{pick.label}: {pick.id} ({pick.works} works), {pick.requests} requests x {args.rounds} rounds "
                f"per variant, concurrency {args.concurrency}; same data from all three servers"
            )
            for server in servers:  # warm-up: Neo4j's plan cache, connections, the app's plan cache
                await _load(
                    clients[server.variant.name],
                    server.url,
                    body,
                    args.warmup,
                    args.concurrency,
                    sizes[server.variant.name],
                )
            for r in range(args.rounds):
                order = servers[r % len(servers) :] + servers[: r % len(servers)]
                line = []
                for server in order:
                    name = server.variant.name
                    rps, p50 = await _load(
                        clients[name], server.url, body, pick.requests, args.concurrency, sizes[name]
                    )
                    stats[name].rps.append(rps)
                    stats[name].p50_ms.append(p50)
                    line.append(f"{name} {rps:.1f}/s")
                print(f"  round {r + 1}: " + ", ".join(line))
            results[pick.id] = stats
    return results


# Report.


def _summary(pick: Pick, stats: dict[str, Stats]) -> dict[str, Any]:
    floor_rps = statistics.median(stats[FLOOR].rps)
    variants = {}
    for name, s in stats.items():
        rps = statistics.median(s.rps)
        variants[name] = {
            "medianRequestsPerSecond": round(rps, 1),
            "p50Ms": round(statistics.median(s.p50_ms), 2),
            "responseBytes": s.size,
            "floorRatio": round(floor_rps / rps, 2),
            "roundsRequestsPerSecond": [round(x, 1) for x in s.rps],
            "roundsP50Ms": [round(x, 2) for x in s.p50_ms],
        }
    return {"label": pick.label, "id": pick.id, "works": pick.works, "requests": pick.requests, "variants": variants}


def _print_table(rows: list[dict[str, Any]], target: float) -> None:
    print()
    print(f"{'researcher':<40}{'variant':<10}{'req/s':>9}{'p50 ms':>9}{'bytes':>9}{'floor/variant':>15}")
    for row in rows:
        who = f"{row['id']} ({row['works']} works)"
        for name in ("fast", "ordinary", "floor"):
            v = row["variants"][name]
            print(
                f"{who:<40}{name:<10}{v['medianRequestsPerSecond']:>9.1f}{v['p50Ms']:>9.2f}{v['responseBytes']:>9}"
                f"{v['floorRatio']:>14.2f}x"
            )
            who = ""
    for row in rows:
        ratio = row["variants"]["fast"]["floorRatio"]
        verdict = "met" if ratio <= target else "NOT met"
        print(
            f"{row['label']} ({row['id']}): fast path {ratio:.2f}x the floor, target {target}x {verdict}; "
            f"ordinary path {row['variants']['ordinary']['floorRatio']:.2f}x"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.read_profile", description=__doc__.splitlines()[0])
    ap.add_argument("--id", action="append", help="a researcher id to measure instead of the defaults (repeatable)")
    ap.add_argument("--rounds", type=int, default=5, help="rounds; each runs every variant once (default 5)")
    ap.add_argument("--requests", type=int, default=200, help="requests per round for the typical researcher")
    ap.add_argument("--hub-requests", type=int, default=100, help="requests per round for the most-works researcher")
    ap.add_argument("--warmup", type=int, default=40, help="unmeasured requests per variant before the rounds")
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--works", type=int, default=20, help="the Profile query's $works page size")
    ap.add_argument("--target", type=float, default=1.2, help="the fast path's goal as floor/fast throughput")
    args = ap.parse_args(argv)

    try:
        settings = Settings.from_env()
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    began = time.perf_counter()
    try:
        picks = asyncio.run(_prepare(args, settings.neo4j))
    except GraphDbError as err:
        detail = " ".join(str(err).split())
        print(f"error: {err.code}: cannot read the database at {settings.neo4j.uri} ({detail})", file=sys.stderr)
        return 1
    with running(VARIANTS) as servers:
        results = asyncio.run(_bench(args, picks, servers))
    rows = [_summary(pick, results[pick.id]) for pick in picks]
    _print_table(rows, args.target)

    settings_used = {k: getattr(args, k) for k in ("rounds", "warmup", "concurrency", "works", "target")}
    write_results("read", settings.neo4j.uri, settings_used, began, {"researchers": rows})
    return 0


def write_results(prefix: str, neo4j: str, used: dict[str, Any], began: float, found: dict[str, Any]) -> Path:
    """A benchmark's results with the machine and settings, as bench/results/<prefix>-<time>.json."""
    out: dict[str, Any] = {
        "when": datetime.now(UTC).isoformat(),
        "neo4j": neo4j,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "settings": used,
        "seconds": round(time.perf_counter() - began, 1),
        **found,
    }
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{prefix}-{datetime.now(UTC).strftime('%Y%m%dT%H%M%SZ')}.json"
    path.write_bytes(orjson.dumps(out, option=orjson.OPT_INDENT_2))
    print(f"results: {path} ({out['seconds']} s)")
    return path


if __name__ == "__main__":
    sys.exit(main())
