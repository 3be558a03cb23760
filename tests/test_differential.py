"""Both execution paths give identical answers, errors included, for every read document of the suite.

Each document of `tests/documents.py` runs on the ordinary path (Strawberry walks the shaped maps) and
with the fast path enabled; the responses must be the same JSON text, key order included. The test also
checks which path ran, and that a covered read runs exactly one statement per root field.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import pytest

from graphdb.errors import QueryTimeout
from graphdb.runner import Runner
from resolvers.context import Context
from schema import build_schema
from tests.documents import DOCS, Doc
from tests.execution import execute

SCHEMA = build_schema()


def test_the_documents_are_many_and_distinct() -> None:
    assert len({d.query + json.dumps(d.variables) + str(d.operation) for d in DOCS}) == len(DOCS) >= 40
    assert len({d.name for d in DOCS}) == len(DOCS)


@pytest.mark.parametrize("doc", DOCS, ids=[d.name for d in DOCS])
async def test_both_paths_answer_the_same(runner: Runner, extras: None, doc: Doc) -> None:
    ordinary, ordinary_ctx, ordinary_rec = await execute(SCHEMA, runner, doc, fast=False)
    fast, fast_ctx, fast_rec = await execute(SCHEMA, runner, doc, fast=True)
    assert fast == ordinary
    assert not ordinary_ctx.took_fast_path
    assert fast_ctx.took_fast_path is doc.fast, "the fast path took a fallback case" if not doc.fast else ""
    # A statement runs once per request: a fallback after Neo4j answered reuses the answer.
    assert len(fast_rec.statements) == len(ordinary_rec.statements)
    if doc.fast:
        assert "errors" not in json.loads(fast)
        roots = [s for s in fast_rec.statements if s.name.startswith("plan/")]
        assert len(roots) == len(fast_rec.statements) == len(ordinary_rec.statements)
        assert sorted(s.text or "" for s in fast_rec.statements) == sorted(
            s.text or "" for s in ordinary_rec.statements
        )


async def test_fallback_cases_report_their_errors(runner: Runner, extras: None) -> None:
    """The fallback documents answer with coded errors (not masked crashes, except the schema-level null)."""
    codes = {}
    for doc in DOCS:
        if doc.fast:
            continue
        text, _, _ = await execute(SCHEMA, runner, doc, fast=True)
        response = json.loads(text)
        codes[doc.name] = sorted({e["extensions"]["code"] for e in response.get("errors", [])})
    assert codes == {
        "non-null violation": ["INTERNAL_SERVER_ERROR"],
        "page size out of range": ["BAD_USER_INPUT"],
        "negative offset": ["BAD_USER_INPUT"],
        "introspection": [],
        "introspection beside a read": [],
        "a required variable missing": ["BAD_USER_INPUT"],
        "a nullable variable for a required argument": ["GRAPHQL_VALIDATION_FAILED"],
        "null variable for a page size": ["BAD_USER_INPUT"],
        "null variable for include": ["BAD_USER_INPUT"],
        "null variable for includeSubtopics": ["BAD_USER_INPUT"],
        "null variable for skip on a root field": ["BAD_USER_INPUT"],
        "several operations and no operation name": ["OPERATION_RESOLUTION_FAILURE"],
        "a variable of the wrong type": ["GRAPHQL_VALIDATION_FAILED"],
        "a malformed DOI": ["BAD_USER_INPUT"],
        "an ORCID with a wrong check digit": ["BAD_USER_INPUT"],
        "two identifiers for one lookup": ["BAD_USER_INPUT"],
        "no identifier for a lookup": ["BAD_USER_INPUT"],
        "a null identifier for a lookup": ["BAD_USER_INPUT"],
        "more than 500 ids": ["BAD_USER_INPUT"],
        "a cursor that is not one": ["BAD_USER_INPUT"],
        "first and last together": ["BAD_USER_INPUT"],
        "search page size over the maximum": ["BAD_USER_INPUT"],
        "suggest page size over the maximum": ["BAD_USER_INPUT"],
        "suggest prefix over 100 characters": ["BAD_USER_INPUT"],
        "search text over 500 characters": ["BAD_USER_INPUT"],
        "a search cursor that is not one": ["BAD_USER_INPUT"],
        "search in Lucene syntax that does not parse": ["BAD_USER_INPUT"],
        "search in Lucene syntax with an unbalanced quote": ["BAD_USER_INPUT"],
    }


class FailingRunner(Runner):
    """A runner whose planned reads time out (as Neo4j stops a statement past the transaction timeout)."""

    def __init__(self, runner: Runner) -> None:
        super().__init__(runner.driver, runner.registry, runner.database, runner.timeout_s)
        self.calls: list[str] = []

    async def read_planned(self, name: str, text: str, params: Mapping[str, Any]) -> list[Any]:
        self.calls.append(name)
        raise QueryTimeout(f"{name}: stopped")


@pytest.mark.parametrize("fast", [True, False])
async def test_a_failed_statement_is_reported_and_not_run_again(runner: Runner, fast: bool) -> None:
    failing = FailingRunner(runner)
    context = Context.create(failing)
    context.fast_path = fast
    query = '{ a: researcher(id: "t-r-hub") { name } b: paper(id: "t-p-solo") { title } }'
    result = await SCHEMA.execute(query, context_value=context)
    assert sorted(failing.calls) == ["plan/Query.paper", "plan/Query.researcher"]
    assert result.data == {"a": None, "b": None}
    assert sorted((e.path or [""])[0] for e in result.errors or []) == ["a", "b"]
    assert {e.formatted["extensions"]["code"] for e in result.errors or []} == {"QUERY_TIMEOUT"}
    assert not context.took_fast_path


async def test_user_text_reaches_neo4j_only_as_parameters(runner: Runner, extras: None) -> None:
    doc = next(d for d in DOCS if d.name == "Cypher-looking alias, id and variable")
    before = (await runner.read("testing/count_nodes"))[0]
    text, _, rec = await execute(SCHEMA, runner, doc, fast=True)
    after = (await runner.read("testing/count_nodes"))[0]
    assert json.loads(text) == {"data": {"MATCH_n_DETACH_DELETE_n": None, "RETURN_1": None}}
    assert before == after
    assert len(rec.statements) == 2
    for statement in rec.statements:
        assert statement.text is not None
        for user_text in ("MATCH_n", "RETURN_1", "DETACH DELETE", "Evil", "//"):
            assert user_text not in statement.text
    sent = sorted(v for s in rec.statements for v in s.params.values() if v is not None)
    assert sent == sorted(["x'}) DETACH DELETE n //", "') MATCH (n) DETACH DELETE n RETURN 1 //"])


async def test_plans_are_cached_per_document_and_directive_values(runner: Runner) -> None:
    query = "query Q($id: ID!, $x: Boolean!) { researcher(id: $id) { id name @include(if: $x) } }"
    doc = Doc("cache", query)
    for variables in ({"id": "t-r-solo", "x": True}, {"id": "t-r-hub", "x": True}, {"id": "t-r-hub", "x": False}):
        await execute(SCHEMA, runner, Doc("cache", query, variables), fast=True)
    assert sorted(SCHEMA.plans.cached_directive_values(doc.query)) == [("False",), ("True",)]


async def test_plans_are_cached_per_value_of_a_switch_argument(runner: Runner, extras: None) -> None:
    """`includeSubtopics` chooses the relationship a statement reads, so a variable given to it is part of the
    plan cache key (left out, given null and given a value are three keys; null is refused)."""
    query = 'query Q($sub: Boolean) { topic(id: "t-x-t-sub") { works(includeSubtopics: $sub) { totalCount } } }'
    texts = {}
    for variables in ({"sub": True}, {"sub": False}, {}, {"sub": False}):
        _, _, rec = await execute(SCHEMA, runner, Doc("switch", query, variables), fast=True)
        (statement,) = rec.statements
        texts[str(variables)] = statement.text or ""
    assert "UNDER_TOPIC" in texts["{'sub': True}"]
    assert "HAS_TOPIC" in texts["{'sub': False}"]
    assert "UNDER_TOPIC" not in texts["{'sub': False}"]
    assert texts["{}"] == texts["{'sub': True}"]
    refused, _, rec = await execute(SCHEMA, runner, Doc("switch", query, {"sub": None}), fast=True)
    assert rec.statements == []
    assert json.loads(refused)["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert sorted(SCHEMA.plans.cached_directive_values(query)) == [("(absent)",), ("False",), ("True",)]


async def test_the_number_of_statements_is_the_number_of_root_fields(runner: Runner, extras: None) -> None:
    query = (
        '{ a: researcher(id: "t-r-hub") { works(first: 200) { nodes { authors { researcher { '
        "works(first: 5) { nodes { authors { researcher { name } } } } } } } } } "
        'b: paper(id: "t-p-solo") { title } c: node(id: "t-v-arxiv") { id } }'
    )
    for fast in (True, False):
        _, _, rec = await execute(SCHEMA, runner, Doc("three roots", query), fast=fast)
        assert sorted(rec.names) == ["plan/Query.node", "plan/Query.paper", "plan/Query.researcher"]
