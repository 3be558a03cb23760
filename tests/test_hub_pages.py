"""A hub's ordered page costs what the page costs, not what the hub holds (checked with PROFILE).

The lists that a hub makes long (a researcher's works, a venue's, a topic's, a paper's citations, an
institution's members) are read in the order of an indexed key kept at write time, so the database
reads the page's entries and stops; their totals are relationship degrees.
"""

from __future__ import annotations

from typing import Any

import pytest
from graphql import parse

from graphdb.runner import Runner
from resolvers import plans
from schema import build_schema
from tests.fixtures import HUB, HUB_WORKS, SOLO

SCHEMA = build_schema()


async def profiled(runner: Runner, query: str) -> tuple[int, set[str]]:
    """The db hits and operators of the statement planned for the query's one root field."""
    operation = parse(query).definitions[0]
    plan = plans.plan_for(SCHEMA._schema, runner.registry, operation, {}, {})  # type: ignore[arg-type]
    (root,) = plan.roots.values()
    params = plans.bind(root, {})
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
