"""Promised orders are total, with nulls last in both directions, and order keys sort names as text sorts.

The expected orders are computed here, by Python's own sort over the fixture, from the rule each field's
description states; the API's answers must equal them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from graphdb.migrate import rank_edges
from graphdb.runner import Runner
from resolvers.context import Context
from schema import build_schema

SCHEMA = build_schema()

MEMBERS: list[dict[str, str]] = [
    {"id": "t-o-r1", "name": "Fei Liu"},
    {"id": "t-o-r2", "name": "Fei Li"},
    {"id": "t-o-r3", "name": "fei li"},  # the same name in another case: the id decides
    {"id": "t-o-r4", "name": "Fei Li-Wang"},
    {"id": "t-o-r5", "name": "Fei"},
    {"id": "t-o-r6", "name": "Feiz"},
]
TOPICS: list[dict[str, Any]] = [
    {"id": "t-o-t1", "name": "unscored b", "score": None},
    {"id": "t-o-t2", "name": "half", "score": 0.5},
    {"id": "t-o-t3", "name": "unscored a", "score": None},
    {"id": "t-o-t4", "name": "major", "score": 1.0},
    {"id": "t-o-t5", "name": "major too", "score": 1.0},
]


@pytest.fixture(scope="module")
async def orders(runner: Runner) -> AsyncIterator[None]:
    await runner.write("testing/load_orders", {"members": MEMBERS, "topics": TOPICS})
    await rank_edges(runner)  # the affiliations were written without keys, as by an older import
    yield
    await runner.write("testing/drop_orders")


async def data(runner: Runner, query: str, *, fast: bool) -> Any:
    context = Context.create(runner)
    context.fast_path = fast
    result = await SCHEMA.execute(query, context_value=context)
    assert result.errors is None
    return result.data


@pytest.mark.parametrize("fast", [True, False])
async def test_members_sort_by_name_as_text_then_id(runner: Runner, orders: None, fast: bool) -> None:
    expected = [m["id"] for m in sorted(MEMBERS, key=lambda m: (m["name"].lower(), m["id"]))]
    assert expected[:3] == ["t-o-r5", "t-o-r2", "t-o-r3"]  # "fei" < "fei li" < "fei li-wang" < "fei liu"
    got = await data(runner, '{ institution(id: "t-o-inst") { members { nodes { id } } } }', fast=fast)
    assert [n["id"] for n in got["institution"]["members"]["nodes"]] == expected


@pytest.mark.parametrize("fast", [True, False])
async def test_topics_highest_score_first_with_unscored_last(runner: Runner, orders: None, fast: bool) -> None:
    scored = sorted((t for t in TOPICS if t["score"] is not None), key=lambda t: (-t["score"], t["id"]))
    unscored = sorted((t for t in TOPICS if t["score"] is None), key=lambda t: t["id"])
    got = await data(runner, '{ paper(id: "t-o-paper") { topics { score topic { id } } } }', fast=fast)
    assert [(t["topic"]["id"], t["score"]) for t in got["paper"]["topics"]] == [
        (t["id"], t["score"]) for t in scored + unscored
    ]
