"""Read throughput of the analyst's API against its raw floor, in one run: a filter-heavy sorted list, pages deep
in the largest hub (by cursor and by offset), and typeahead.

    python -m bench.read_analyst [--rounds 5] [--requests 200] [--concurrency 8]

It reads the database of `make run` (NEO4J_URI, default bolt://127.0.0.1:7687, with the PubMed sample loaded).
Scenarios, each one document:

- filtered: papers with an author affiliated with institution X and a topic under T (X the institution with the
  most members, T the topic most often on their works), sorted by citations, 50 a page, with totalCount;
- the largest topic's works (on the PubMed sample "Humans", 17,834): page 1, page 500 after a cursor, and page
  500 by offset (which reads and drops the 9,980 items before it);
- suggest: typeahead for "alzh" at concurrency 1 (the search box's case; the target is a p50 under 10 ms).

Two uvicorn servers run with the same settings: the app (fast path) and the raw floor (`create_floor_app`): the
same planned statement for the posted document, bound, run through the runner, shaped by the same strict shaper
and encoded by orjson, with no GraphQL parse, validation or execution. Both must return byte-identical `data`
before anything is timed. Then a warm-up and `--rounds` alternating rounds; reported per scenario: the median
requests/s and p50 of each server and floor/app (1.00x = as fast as the floor). Results go to
bench/results/analyst-<time>.json.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import statistics
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any, Final

import httpx2 as httpx
import orjson
from graphql import FragmentDefinitionNode, OperationDefinitionNode, parse
from graphql.execution.values import get_variable_values
from graphql.utilities import get_operation_ast
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from app import readyz
from bench.read_profile import BENCH_CYPHER, Server, Stats, Variant, _load, _post, running, write_results
from graphdb.config import Neo4jSettings
from graphdb.errors import GraphDbError
from graphdb.registry import CYPHER_ROOT, QueryRegistry
from graphdb.runner import Runner, connect, open_driver
from resolvers import execution
from resolvers.context import Context
from schema import build_schema
from settings import Settings

VARIANTS: Final = (
    Variant("fast", "app:create_app", {"GRAPHQL_FAST_PATH": "on"}, "/graphql"),
    Variant("floor", "bench.read_analyst:create_floor_app", {}, "/query"),
)

FILTERED: Final = """query Filtered($institution: ID!, $topic: ID!) {
  papers(
    where: { institutions: { some: { id: { eq: $institution } } }, topics: { some: { id: { eq: $topic } } } }
    sort: [{ citationCount: DESC }]
    first: 50
  ) {
    totalCount
    edges { cursor node { id title year venue { name } authors(first: 3) { researcher { id name } } } }
    pageInfo { hasNextPage endCursor }
  }
}"""
DEEP: Final = """query Deep($id: ID!, $after: String, $first: Int!) {
  topic(id: $id) {
    works(first: $first, after: $after) {
      edges { cursor node { id title year venue { name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}"""
DEEP_OFFSET: Final = """query DeepOffset($id: ID!, $first: Int!, $offset: Int!) {
  topic(id: $id) {
    works(first: $first, offset: $offset) {
      edges { cursor node { id title year venue { name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}"""
SUGGEST: Final = """query Suggest($prefix: String!) {
  suggest(prefix: $prefix, first: 10) { label score node { __typename id } }
}"""
PAGE: Final = 20
DEEP_PAGE: Final = 500


@dataclass(frozen=True, slots=True)
class Scenario:
    name: str
    query: str
    variables: dict[str, Any]
    requests: int
    concurrency: int | None = None  # the run's --concurrency when None

    def body(self) -> bytes:
        return orjson.dumps({"query": self.query, "variables": self.variables})


def create_floor_app() -> Starlette:
    """The raw floor: POST /query with a GraphQL request body; its document is parsed and planned once (by the same
    compiler), then each request coerces the variables, binds, runs the statements through the runner, shapes
    strictly and encodes with orjson: no validation, no Strawberry, no extensions."""
    settings = Settings.from_env()
    schema = build_schema()._schema
    cache = execution.PlanCache()

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        driver = open_driver(settings.neo4j)
        app.state.runner = Runner(driver, QueryRegistry.load(), settings.neo4j.database, settings.neo4j.query_timeout_s)
        try:
            await app.state.runner.verify()
            yield
        finally:
            await driver.close()

    @functools.lru_cache(maxsize=64)
    def operation(query: str) -> tuple[OperationDefinitionNode, dict[str, FragmentDefinitionNode]]:
        """The parsed operation, once per document text (the floor does no per-request GraphQL work)."""
        document = parse(query)
        found = get_operation_ast(document)
        assert isinstance(found, OperationDefinitionNode)
        return found, {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}

    async def query(request: Request) -> Response:
        body = orjson.loads(await request.body())
        op, fragments = operation(body["query"])
        found = get_variable_values(schema, op.variable_definitions or (), body.get("variables") or {})
        assert not isinstance(found, list), found
        variables = execution.coerced(found)
        plan = cache.plan(schema, app.state.runner.registry, op, fragments, variables)
        data = await execution.run_fast(Context.create(app.state.runner), plan, variables)
        return Response(orjson.dumps({"data": data}), media_type="application/json")

    routes = [Route("/query", query, methods=["POST"]), Route("/readyz", readyz, methods=["GET"])]
    app = Starlette(routes=routes, lifespan=lifespan)
    return app


async def _scenarios(args: argparse.Namespace, neo4j: Neo4jSettings) -> list[Scenario]:
    registry = QueryRegistry.load(CYPHER_ROOT, BENCH_CYPHER)
    async with connect(neo4j, registry) as runner:
        rows = await runner.read("bench/analyst_picks")
        if not rows or rows[0]["topic"] is None:
            raise SystemExit(f"error: the database at {neo4j.uri} has no institution with members' works to read")
        pick = rows[0]
        schema = build_schema()
        skip = min((DEEP_PAGE - 1) * PAGE, max(0, int(pick["works"]) - PAGE))
        # The cursor `skip` items in: read through the API itself, 500 at a time.
        after: str | None = None
        read = 0
        while read < skip:
            step = min(500, skip - read)
            result = await schema.execute(
                DEEP,
                variable_values={"id": pick["hub"], "after": after, "first": step},
                context_value=Context.create(runner),
            )
            assert result.data is not None, result.errors
            after = result.data["topic"]["works"]["pageInfo"]["endCursor"]
            read += step
        print(f"institution {pick['institution']}, topic {pick['topic']}, hub {pick['hub']} ({pick['works']} works)")
    page = skip // PAGE + 1
    return [
        Scenario(
            "filtered list", FILTERED, {"institution": pick["institution"], "topic": pick["topic"]}, args.requests
        ),
        Scenario("hub page 1", DEEP, {"id": pick["hub"], "after": None, "first": PAGE}, args.requests),
        Scenario(f"hub page {page}, cursor", DEEP, {"id": pick["hub"], "after": after, "first": PAGE}, args.requests),
        Scenario(
            f"hub page {page}, offset", DEEP_OFFSET, {"id": pick["hub"], "first": PAGE, "offset": skip}, args.requests
        ),
        Scenario('suggest "alzh", c=1', SUGGEST, {"prefix": "alzh"}, args.requests, concurrency=1),
    ]


async def _bench(args: argparse.Namespace, scenarios: list[Scenario], servers: list[Server]) -> list[dict[str, Any]]:
    limits = httpx.Limits(max_connections=args.concurrency, max_keepalive_connections=args.concurrency)
    rows = []
    async with contextlib.AsyncExitStack() as stack:
        clients = {
            s.variant.name: await stack.enter_async_context(httpx.AsyncClient(limits=limits, timeout=60.0))
            for s in servers
        }
        await asyncio.gather(*(s.wait_ready(clients[s.variant.name]) for s in servers))
        for scenario in scenarios:
            body = scenario.body()
            answers = {s.variant.name: await _post(clients[s.variant.name], s.url, body) for s in servers}
            decoded = {name: orjson.loads(a) for name, a in answers.items()}
            if any(d.get("errors") for d in decoded.values()):
                raise SystemExit(f"error: {scenario.name}: {next(iter(answers.values()))[:300]!r}")
            if len({orjson.dumps(d["data"]) for d in decoded.values()}) != 1:
                raise SystemExit(f"error: {scenario.name}: the servers' data differ")
            print(f"\n{scenario.name}: {len(answers['fast'])} bytes, same data from both servers")
            stats = {s.variant.name: Stats(size=len(answers[s.variant.name])) for s in servers}
            concurrency = scenario.concurrency or args.concurrency
            for server in servers:
                name = server.variant.name
                await _load(clients[name], server.url, body, args.warmup, concurrency, stats[name].size)
            for r in range(args.rounds):
                order = servers[r % 2 :] + servers[: r % 2]
                line = []
                for server in order:
                    name = server.variant.name
                    rps, p50 = await _load(
                        clients[name], server.url, body, scenario.requests, concurrency, stats[name].size
                    )
                    stats[name].rps.append(rps)
                    stats[name].p50_ms.append(p50)
                    line.append(f"{name} {rps:.1f}/s p50 {p50:.2f} ms")
                print(f"  round {r + 1}: " + ", ".join(line))
            fast, floor = statistics.median(stats["fast"].rps), statistics.median(stats["floor"].rps)
            rows.append(
                {
                    "scenario": scenario.name,
                    "bytes": stats["fast"].size,
                    "fastRequestsPerSecond": round(fast, 1),
                    "floorRequestsPerSecond": round(floor, 1),
                    "fastP50Ms": round(statistics.median(stats["fast"].p50_ms), 2),
                    "floorP50Ms": round(statistics.median(stats["floor"].p50_ms), 2),
                    "floorRatio": round(floor / fast, 2),
                }
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.read_analyst", description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--requests", type=int, default=200, help="requests per round and server")
    ap.add_argument("--warmup", type=int, default=40)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--target", type=float, default=1.2, help="the goal, floor/app throughput")
    args = ap.parse_args(argv)
    settings = Settings.from_env()
    began = time.perf_counter()
    try:
        scenarios = asyncio.run(_scenarios(args, settings.neo4j))
    except GraphDbError as err:
        print(f"error: {err.code}: cannot read the database at {settings.neo4j.uri}", file=sys.stderr)
        return 1
    with running(VARIANTS) as servers:
        rows = asyncio.run(_bench(args, scenarios, servers))
    print(f"\n{'scenario':<28}{'fast req/s':>12}{'floor req/s':>13}{'fast p50':>10}{'floor p50':>11}{'floor/fast':>12}")
    for row in rows:
        verdict = "met" if row["floorRatio"] <= args.target else "NOT met"
        print(
            f"{row['scenario']:<28}{row['fastRequestsPerSecond']:>12.1f}{row['floorRequestsPerSecond']:>13.1f}"
            f"{row['fastP50Ms']:>10.2f}{row['floorP50Ms']:>11.2f}{row['floorRatio']:>11.2f}x  {verdict}"
        )
    used = {k: getattr(args, k) for k in ("rounds", "requests", "warmup", "concurrency", "target")}
    write_results("analyst", settings.neo4j.uri, used, began, {"scenarios": rows})
    return 0


if __name__ == "__main__":
    sys.exit(main())
