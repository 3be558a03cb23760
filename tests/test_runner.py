"""The runner on the real server: metadata, read routing, parameter checks and error mapping."""

from __future__ import annotations

import pytest

from graphdb import queries
from graphdb.errors import GraphDbError, QueryFailed, QueryTimeout, UnknownQuery
from graphdb.runner import Runner


async def test_transactions_carry_the_statement_name(runner: Runner) -> None:
    rows = await runner.read("testing/own_metadata", {"marker": "m-123"})
    assert rows == [{"metaData": {"app": "researchgraph", "query": "testing/own_metadata"}}]


async def test_reads_run_in_read_transactions(runner: Runner) -> None:
    before = (await runner.read("testing/counts"))[0]
    with pytest.raises(GraphDbError):
        await runner.read("testing/create_scratch")
    assert (await runner.read("testing/counts"))[0] == before


async def test_parameters_must_match_the_statement(runner: Runner) -> None:
    with pytest.raises(QueryFailed, match="takes"):
        await runner.read(queries.IMPORT_RANK_PAPERS, {"rows": ["x"]})
    with pytest.raises(UnknownQuery):
        await runner.read("researcher/nope", {})


async def test_a_statement_past_the_timeout_is_stopped_with_a_code(runner: Runner) -> None:
    quick = Runner(runner.driver, runner.registry, runner.database, timeout_s=0.5)
    with pytest.raises(QueryTimeout) as err:
        await quick.read("testing/slow", {"upTo": 10**12})
    assert err.value.code == "QUERY_TIMEOUT"


async def test_recording_sees_each_statement_once(runner: Runner) -> None:
    with Runner.recording() as rec:
        await runner.read("health/ping")
        await runner.read("testing/counts")
    assert rec.names == ["health/ping", "testing/counts"]
    assert [s.mode for s in rec.statements] == ["read", "read"]
