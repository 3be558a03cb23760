"""A hub's ordered page costs what the page costs, not what the hub holds (checked with PROFILE).

The lists that a hub makes long (a researcher's works, a venue's, a topic's, a paper's citations, an
institution's members) are read in the order of an indexed key kept at write time, so the database
reads the page's entries and stops; their totals are relationship degrees.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from graphql import OperationDefinitionNode, parse
from graphql.utilities import type_from_ast, value_from_ast

from graphdb.runner import Runner
from resolvers import execution
from resolvers.context import Context
from schema import build_schema
from tests.fixtures import HUB, HUB_WORKS, SOLO

SCHEMA = build_schema()


async def profiled(runner: Runner, query: str) -> tuple[int, set[str]]:
    """The db hits and operators of the statement planned for the query's one root field."""
    operation = parse(query).definitions[0]
    assert isinstance(operation, OperationDefinitionNode)
    variables = {
        d.variable.name.value: value_from_ast(d.default_value, type_from_ast(SCHEMA._schema, d.type))  # type: ignore[arg-type]
        for d in operation.variable_definitions or ()
        if d.default_value is not None
    }
    plan = SCHEMA.plans.plan(SCHEMA._schema, runner.registry, operation, {}, variables)
    (root,) = plan.roots.values()
    params = execution.bind(root, variables)
    result = await runner.driver.execute_query("PROFILE " + root.text, params, database_=runner.database)
    profile: dict[str, Any] = result.summary.profile  # type: ignore[assignment]

    def walk(step: dict[str, Any]) -> tuple[int, set[str]]:
        hits, ops = int(step.get("dbHits", 0)), {str(step["operatorType"]).split("@")[0]}
        for child in step.get("children", []):
            h, o = walk(child)
            hits, ops = hits + h, ops | o
        return hits, ops

    return walk(profile)


PAGE = "totalCount nodes { id title }"
PROFILE_QUERY = (Path(__file__).resolve().parent.parent / "schema" / "profile.graphql").read_text()


@pytest.mark.parametrize(
    ("hub", "small"),
    [
        (
            f'researcher(id: "{HUB.id}") {{ works(first: 5) {{ {PAGE} }} }}',
            f'researcher(id: "{SOLO.id}") {{ works(first: 5) {{ {PAGE} }} }}',
        ),
        (
            'venue(id: "t-v-journal") { works(first: 5) { ' + PAGE + " } }",
            'venue(id: "t-v-arxiv") { works(first: 5, offset: 95) { ' + PAGE + " } }",
        ),
    ],
    ids=["researcher works", "venue works"],
)
async def test_a_hub_page_reads_no_more_than_a_small_page(runner: Runner, hub: str, small: str) -> None:
    hub_hits, hub_ops = await profiled(runner, "{ " + hub + " }")
    small_hits, _ = await profiled(runner, "{ " + small + " }")
    assert "DirectedRelationshipIndexSeekByRange" in hub_ops
    assert not {"Top", "Sort"} & hub_ops
    assert hub_hits < 200 < HUB_WORKS * 2, (hub_hits, small_hits)
    assert hub_hits <= small_hits + 40, (hub_hits, small_hits)


async def test_an_unranked_order_still_sorts_the_neighbourhood(runner: Runner) -> None:
    """The control: the same hub's co-authors are few and sorted per request (no write-time order)."""
    _, ops = await profiled(runner, f'{{ researcher(id: "{HUB.id}") {{ collaborators(first: 3) {{ sharedWorks }} }} }}')
    assert ops & {"Top", "Sort"}


GLOBAL_READS = {
    "AllNodesScan",
    "NodeByLabelScan",
    "NodeIndexScan",
    "NodeIndexSeekByRange",
    "NodeIndexContainsScan",
    "NodeIndexEndsWithScan",
    "DirectedRelationshipIndexScan",
    "UndirectedRelationshipIndexScan",
    "UndirectedRelationshipIndexSeekByRange",
    "DirectedAllRelationshipsScan",
    "UndirectedAllRelationshipsScan",
    "CartesianProduct",
}
# Not listed: a relationship-type scan, which Neo4j picks only for a type its statistics say is (nearly)
# empty, as HAS_TOPIC is in the standard fixtures; it then costs nothing.


@pytest.mark.parametrize("researcher", [HUB.id, SOLO.id])
async def test_the_profile_statement_only_expands_from_the_researcher(runner: Runner, researcher: str) -> None:
    """No part of the whole profile scans a label or an index across the graph: every read starts at the
    researcher (or seeks a node by its unique id, or the researcher's own order keys)."""
    document = PROFILE_QUERY
    query = document.replace("query Profile($id: ID!,", "query Profile($id: ID! = " + json.dumps(researcher) + ",")
    _, ops = await profiled(runner, query)
    assert ops & GLOBAL_READS == set()
    assert "NodeUniqueIndexSeek" in ops


@pytest.mark.parametrize(
    "query",
    [
        '{ paper(id: "https://doi.org/10.1234/HUB.1") { id title } }',
        '{ researcher(orcid: "0000-0003-1415-9269") { id } }',
        '{ node(id: "openalex:W42") { id } }',
        '{ nodes(ids: ["t-r-hub", "doi:10.1234/hub.3", "openalex:S42", "nope"]) { id } }',
    ],
    ids=["paper by DOI URL", "researcher by ORCID", "node by OpenAlex id", "a batch of ids"],
)
async def test_lookups_seek_indexes(runner: Runner, query: str) -> None:
    """A lookup by any identifier is index seeks, one per (label, kind), never a scan or a sort. Neo4j plans the
    seeks as nested plans inside a projection, so their cost shows as db hits: a handful per identifier, where
    a scan of the fixture's 200-odd papers would cost hundreds."""
    hits, ops = await profiled(runner, query)
    assert ops & GLOBAL_READS == set()
    assert not {"Top", "Sort"} & ops
    assert hits < HUB_WORKS / 4, hits


async def _end_cursor(runner: Runner, query: str) -> str:
    result = await SCHEMA.execute(query, context_value=Context.create(runner))
    assert result.errors is None
    assert result.data is not None
    data = result.data
    while "pageInfo" not in data:
        (data,) = data.values()
    cursor = data["pageInfo"]["endCursor"]
    assert isinstance(cursor, str)
    return cursor


@pytest.mark.parametrize(
    "listing",
    [f'researcher(id: "{HUB.id}") {{ works(ARGS) {{ nodes {{ id }} }} }}', "papers(ARGS) { nodes { id } }"],
    ids=["a hub's works", "the papers collection"],
)
async def test_a_deep_cursor_page_costs_what_the_first_costs(runner: Runner, listing: str) -> None:
    """Keyset cursors: page 40 of five (after 195 items) reads about what page 1 reads; an offset reads and
    drops everything before its page."""
    first_hits, first_ops = await profiled(runner, "{ " + listing.replace("ARGS", "first: 5") + " }")
    ends = listing.replace("ARGS", "first: 195").replace("nodes { id }", "pageInfo { endCursor }")
    cursor = await _end_cursor(runner, "{ " + ends + " }")
    deep = listing.replace("ARGS", f'first: 5, after: "{cursor}"')
    deep_hits, deep_ops = await profiled(runner, "{ " + deep + " }")
    assert deep_ops & GLOBAL_READS - {"NodeIndexScan"} == set()
    assert not {"Top", "Sort", "NodeByLabelScan"} & (first_ops | deep_ops)
    assert deep_hits <= first_hits + 20, (first_hits, deep_hits)
    if "works" in listing:
        offset_hits, _ = await profiled(runner, "{ " + listing.replace("ARGS", "first: 5, offset: 195") + " }")
        assert offset_hits > deep_hits + 150, (offset_hits, deep_hits)


@pytest.mark.parametrize(
    "query",
    [
        '{ papers(where: { authors: { some: { id: { eq: "' + HUB.id + '" } } } }, first: 5) '
        "{ totalCount nodes { id } } }",
        '{ papers(where: { AND: [{ year: { gte: 2000 } }, { authors: { some: { id: { eq: "' + SOLO.id + '" } } } }] }) '
        "{ nodes { id } } }",
        '{ researchers(where: { works: { some: { id: { eq: "t-p-solo" } } } }) { nodes { id } } }',
        '{ researcher(id: "' + HUB.id + '") { works(where: { year: { gte: 2010 } }, first: 5) { nodes { id } } } }',
    ],
    ids=[
        "papers by an author",
        "papers by an author within an AND",
        "researchers of a paper",
        "a hub's works filtered",
    ],
)
async def test_filtered_lists_start_from_their_anchor(runner: Runner, query: str) -> None:
    """A filter that names a node by id is read from that node, not by scanning the label."""
    _, ops = await profiled(runner, query)
    assert ops & GLOBAL_READS == set()


async def test_a_collections_total_reads_the_count_store(runner: Runner) -> None:
    """`totalCount` of a whole label is the count store's, not a scan of the label."""
    hits, ops = await profiled(runner, "{ papers(first: 1) { totalCount nodes { id } } }")
    assert "NodeCountFromCountStore" in ops
    assert not {"NodeByLabelScan", "EagerAggregation"} & ops
    assert hits < 20, hits


@pytest.mark.parametrize("args", ["first: 5", 'first: 5, where: { type: { eq: "article" } }'], ids=["page", "filtered"])
async def test_a_hub_sorted_by_citations_reads_its_write_time_keys(runner: Runner, args: str) -> None:
    """`sort: [{ citationCount: DESC }]` on a hub's works is read from the `citedRank` index, with no sort; any
    other aggregate sort still sorts the hub (the control)."""
    keyed = (
        f'{{ researcher(id: "{HUB.id}") {{ works({args}, sort: [{{ citationCount: DESC }}]) {{ nodes {{ id }} }} }} }}'
    )
    hits, ops = await profiled(runner, keyed)
    assert "DirectedRelationshipIndexSeekByRange" in ops
    assert not {"Top", "Sort"} & ops
    assert hits < 200, hits
    sorted_per_request = keyed.replace("citationCount: DESC", "authorCount: DESC")
    _, control = await profiled(runner, sorted_per_request)
    assert {"Top", "Sort"} & control
