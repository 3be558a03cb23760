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
from resolvers.loaders import ListLoader
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


def _neighbours(parent: Map, key: str, first: int, loader: ListLoader) -> list[Map] | Awaitable[list[Map]]:
    """The first items of the list the statement fetched under key (it fetched at least that many
    when it covered this level), else the loader's batched read of this level."""
    fetched = parent.get(key)
    if fetched is not None:
        return list(fetched[:first])
    result: Awaitable[list[Map]] = loader.load((parent["id"], first))
    return result


def researcher_works(ctx: Context, parent: Map, first: int) -> list[Map] | Awaitable[list[Map]]:
    """`Researcher.works`: newest first."""
    limits.check_first(first, limits.WORKS_MAX, "Researcher.works")
    return _neighbours(parent, "works", first, ctx.loaders.researcher_works)


def paper_authors(ctx: Context, parent: Map, first: int) -> list[Map] | Awaitable[list[Map]]:
    """`Paper.authors`: in byline order."""
    limits.check_first(first, limits.AUTHORS_MAX, "Paper.authors")
    return _neighbours(parent, "authors", first, ctx.loaders.paper_authors)
