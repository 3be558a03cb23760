"""The request limits (depth, aliases, tokens) hold, and a repeated document is parsed and validated once."""

from __future__ import annotations

import json

from graphdb.runner import Runner
from resolvers.context import Context
from schema import build_schema
from schema.build import MAX_ALIASES, MAX_DEPTH, MAX_TOKENS

SCHEMA = build_schema()


async def codes(runner: Runner, query: str) -> list[str]:
    result = await SCHEMA.execute(query, context_value=Context.create(runner))
    return [e.formatted["extensions"]["code"] for e in result.errors or []]


def nested(depth: int) -> str:
    """A query `depth` levels deep: researcher > works > nodes > authors > researcher > works > ..."""
    inner = "id"
    levels = 1
    while levels < depth:
        inner = f"works(first: 1) {{ nodes {{ authors(first: 1) {{ researcher {{ {inner} }} }} }} }}"
        levels += 4
    return f'{{ researcher(id: "t-r-solo") {{ {inner} }} }}'


async def test_depth_is_limited(runner: Runner) -> None:
    assert await codes(runner, nested(MAX_DEPTH - 1)) == []
    assert await codes(runner, nested(MAX_DEPTH + 4)) == ["GRAPHQL_VALIDATION_FAILED"]


async def test_aliases_are_limited(runner: Runner) -> None:
    allowed = " ".join(f"a{i}: name" for i in range(MAX_ALIASES))
    assert await codes(runner, f'{{ researcher(id: "t-r-solo") {{ {allowed} }} }}') == []
    too_many = " ".join(f"a{i}: name" for i in range(MAX_ALIASES + 1))
    assert await codes(runner, f'{{ researcher(id: "t-r-solo") {{ {too_many} }} }}') == ["GRAPHQL_VALIDATION_FAILED"]


async def test_tokens_are_limited(runner: Runner) -> None:
    fields = " ".join(["name"] * MAX_TOKENS)
    assert await codes(runner, f'{{ researcher(id: "t-r-solo") {{ {fields} }} }}') == ["GRAPHQL_PARSE_FAILED"]


async def test_a_repeated_document_hits_the_parse_and_validation_caches(runner: Runner) -> None:
    query = '{ researcher(id: "t-r-solo") { name works { totalCount } } }'
    first = await SCHEMA.execute(query, context_value=Context.create(runner))
    before = SCHEMA.documents.stats()
    second = await SCHEMA.execute(query, context_value=Context.create(runner))
    after = SCHEMA.documents.stats()
    assert json.dumps(first.data) == json.dumps(second.data)
    assert (after.parse_hits, after.parse_misses) == (before.parse_hits + 1, before.parse_misses)
    assert (after.validation_hits, after.validation_misses) == (before.validation_hits + 1, before.validation_misses)
