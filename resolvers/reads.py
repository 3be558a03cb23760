"""The read path of the first slice: each root field runs one registry statement for its selection.

The root resolver reads the selection to size every nested list (0 when a list is not asked for),
runs one statement, and returns the nested maps it got back. Nested fields then resolve
synchronously from those maps; only a level the statement does not cover (an author's own works,
say) falls back to the request's DataLoaders.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

from strawberry.types.nodes import SelectedField

from graphdb import queries
from resolvers import limits
from resolvers.context import Context
from resolvers.selection import page_size

Map = dict[str, Any]


async def researcher(ctx: Context, field: SelectedField, node_id: str) -> Map | None:
    """`Query.researcher`: the researcher with their works and each work's authors, one statement."""
    params = {
        "id": node_id,
        "worksLimit": page_size(field, ("works",), limits.WORKS_DEFAULT, limits.WORKS_MAX),
        "authorsLimit": page_size(field, ("works", "authors"), limits.AUTHORS_DEFAULT, limits.AUTHORS_MAX),
    }
    rows = await ctx.runner.read(queries.RESEARCHER_PROFILE, params)
    return rows[0]["researcher"] if rows else None


async def paper(ctx: Context, field: SelectedField, node_id: str) -> Map | None:
    """`Query.paper`: the paper with its venue and ordered authors, one statement."""
    params = {
        "id": node_id,
        "authorsLimit": page_size(field, ("authors",), limits.AUTHORS_DEFAULT, limits.AUTHORS_MAX),
    }
    rows = await ctx.runner.read(queries.PAPER_BY_ID, params)
    return rows[0]["paper"] if rows else None


def researcher_works(ctx: Context, parent: Map, first: int) -> list[Map] | Awaitable[list[Map]]:
    """`Researcher.works`: from the fetched map when the statement covered it, else batched."""
    limits.check_first(first, limits.WORKS_MAX, "Researcher.works")
    works = parent.get("works")
    if works is not None:
        return list(works[:first])
    result: Awaitable[list[Map]] = ctx.loaders.researcher_works.load((parent["id"], first))
    return result


def paper_authors(ctx: Context, parent: Map, first: int) -> list[Map] | Awaitable[list[Map]]:
    """`Paper.authors`: from the fetched map when the statement covered it, else batched."""
    limits.check_first(first, limits.AUTHORS_MAX, "Paper.authors")
    authors = parent.get("authors")
    if authors is not None:
        return list(authors[:first])
    result: Awaitable[list[Map]] = ctx.loaders.paper_authors.load((parent["id"], first))
    return result
