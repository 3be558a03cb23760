"""Test set-up: a real Neo4j of the suite's own, owned by the suite, seeded from tests/fixtures.py.

Unless NEO4J_URI names a server on purpose, the suite starts its own instance (`test`: its own ports
and data directory under .data/) and stops it afterwards if it started it. It refuses to run against
a database holding data it did not create.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from graphdb import local, queries
from graphdb.config import Neo4jSettings
from graphdb.migrate import apply_constraints, rank_edges
from graphdb.order_keys import rank_params
from graphdb.registry import CYPHER_ROOT, QueryRegistry
from graphdb.runner import Runner, connect
from resolvers.context import Context
from tests import fixtures

TEST_CYPHER = Path(__file__).resolve().parent / "cypher"


@pytest.fixture(scope="session")
def neo4j_settings() -> Iterator[Neo4jSettings]:
    uri = os.environ.get("NEO4J_URI")
    started = False
    inst = local.instance("test")
    if not uri:
        started = local.read_pid(inst) is None
        uri = local.start(inst)
    yield Neo4jSettings.from_env({**os.environ, "NEO4J_URI": uri})
    if started:
        local.stop(inst)


@pytest.fixture(scope="session")
def registry() -> QueryRegistry:
    """The project's statements plus the suite's own (tests/cypher/testing/...)."""
    return QueryRegistry.load(CYPHER_ROOT, TEST_CYPHER)


@pytest.fixture(scope="session")
async def runner(neo4j_settings: Neo4jSettings, registry: QueryRegistry) -> AsyncIterator[Runner]:
    async with connect(neo4j_settings, registry) as run:
        counts = (await run.read("testing/count_nodes"))[0]
        if counts["nodes"] and not counts["markers"]:
            pytest.exit(
                f"refusing to run: {neo4j_settings.uri} holds {counts['nodes']} nodes this suite did not create",
                returncode=3,
            )
        await run.write("testing/wipe")
        await run.write("testing/mark")
        await apply_constraints(run)
        await fixtures.load(run, fixtures.PAPERS)
        yield run


@pytest.fixture
def context(runner: Runner) -> Context:
    """A fresh per-request context, as `get_context` builds it."""
    return Context.create(runner)


@pytest.fixture(scope="module")
async def extras(runner: Runner) -> AsyncIterator[None]:
    """The standard fixtures plus topics, an institution, citations, a stub, accounts; removed afterwards."""
    await runner.write("testing/load_extras", {"now": datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)})
    await rank_edges(runner)
    await rerank_papers(runner)  # the extras' citations change the cited papers' most-cited-first keys
    yield
    await runner.write("testing/drop_extras")
    await rerank_papers(runner)


async def rerank_papers(runner: Runner) -> None:
    """Rewrite every paper's order keys (after a fixture added or removed edges that change them)."""
    ids = [row["id"] for row in await runner.read(queries.IMPORT_PAPERS_AFTER, {"after": "", "limit": 100_000})]
    await runner.write(queries.IMPORT_RANK_PAPERS, rank_params(ids))
