"""The root fields: lookups by id. Each runs the one statement the planner compiles for its selection."""

from __future__ import annotations

from typing import Annotated, Any

import strawberry

from resolvers import execution
from resolvers.context import Context
from resolvers.mapping import Lookup, meta
from schema.types import Institution, Node, Paper, Researcher, Topic, Venue

Info = strawberry.Info[Context, None]

NODE_LABELS = ("Researcher", "Paper", "Venue", "Topic", "Institution")


async def _planned(info: Info) -> Any:
    return await execution.resolve_root(info.context, info._raw_info, execution.plans_of(info.schema))


def _id(what: str) -> Any:
    return Annotated[strawberry.ID, strawberry.argument(description=f"The {what}'s id.")]


@strawberry.type(
    description="The entry points of the research graph. Each root field runs exactly one Cypher statement, "
    "compiled from its whole selection, however many works or collaborators the answer holds."
)
class Query:
    @strawberry.field(
        description="A researcher by id with as much of the profile as the selection asks; null if unknown.",
        metadata=meta(Lookup(("Researcher",))),
    )
    async def researcher(self, info: Info, id: _id("researcher")) -> Researcher | None:  # type: ignore[valid-type]
        return await _planned(info)  # type: ignore[no-any-return]

    @strawberry.field(
        description="A paper by id (`doi:...`, `pmid:...`, ...) with its neighbours; null if unknown.",
        metadata=meta(Lookup(("Paper",))),
    )
    async def paper(self, info: Info, id: _id("paper")) -> Paper | None:  # type: ignore[valid-type]
        return await _planned(info)  # type: ignore[no-any-return]

    @strawberry.field(description="A venue by id; null if unknown.", metadata=meta(Lookup(("Venue",))))
    async def venue(self, info: Info, id: _id("venue")) -> Venue | None:  # type: ignore[valid-type]
        return await _planned(info)  # type: ignore[no-any-return]

    @strawberry.field(description="A topic by id; null if unknown.", metadata=meta(Lookup(("Topic",))))
    async def topic(self, info: Info, id: _id("topic")) -> Topic | None:  # type: ignore[valid-type]
        return await _planned(info)  # type: ignore[no-any-return]

    @strawberry.field(description="An institution by id; null if unknown.", metadata=meta(Lookup(("Institution",))))
    async def institution(self, info: Info, id: _id("institution")) -> Institution | None:  # type: ignore[valid-type]
        return await _planned(info)  # type: ignore[no-any-return]

    @strawberry.field(
        description="Any node by id, whatever its type; use inline fragments (`... on Paper`) for type-specific "
        "fields. Null if unknown.",
        metadata=meta(Lookup(NODE_LABELS)),
    )
    async def node(self, info: Info, id: _id("node")) -> Node | None:  # type: ignore[valid-type]
        return await _planned(info)  # type: ignore[no-any-return]
