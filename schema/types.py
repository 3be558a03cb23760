"""The research-graph types of the first slice: researchers, papers and venues."""

from __future__ import annotations

from typing import Annotated, Any, cast

import strawberry
from strawberry.types.nodes import SelectedField

from resolvers import limits, reads
from resolvers.context import Context

Info = strawberry.Info[Context, None]


def _root_field(info: Info) -> SelectedField:
    """The root field being resolved, with its selection (variables applied)."""
    field = info.selected_fields[0]
    assert isinstance(field, SelectedField)
    return field


def _map(obj: object) -> dict[str, Any]:
    """At run time every object of these types is the map its root statement returned."""
    return cast(dict[str, Any], obj)


@strawberry.type(description="A journal, repository (such as arXiv) or conference where works are published.")
class Venue:
    id: strawberry.ID = strawberry.field(description="The venue's stable identifier in this graph.")
    name: str = strawberry.field(description="The venue's name, such as `arXiv` or a journal title.")
    kind: str | None = strawberry.field(description="What the venue is: `journal`, `repository` or `conference`.")


@strawberry.type(description="An author record: a person as the sources name them on their works.")
class Researcher:
    id: strawberry.ID = strawberry.field(description="The researcher's stable identifier in this graph.")
    name: str = strawberry.field(description="The full name as the sources give it.")
    display_name: str | None = strawberry.field(description="A shorter name for display, such as `A. Lovelace`.")
    bio: str | None = strawberry.field(description="A one-line biography, when one is known.")
    orcid: str | None = strawberry.field(description="The ORCID iD (`0000-0000-0000-0000`), when known.")
    open_to_collaborate: bool | None = strawberry.field(
        description="Whether the researcher has said they are open to collaboration requests."
    )

    @strawberry.field(description="The researcher's works, newest first (then by id).")
    def works(
        self,
        info: Info,
        first: Annotated[
            int, strawberry.argument(description=f"How many works to return, 0-{limits.WORKS_MAX}.")
        ] = limits.WORKS_DEFAULT,
    ) -> list[Paper]:
        return cast(list[Paper], reads.researcher_works(info.context, _map(self), first))


@strawberry.type(description="A work: an article, preprint, book chapter, dataset or other publication.")
class Paper:
    id: strawberry.ID = strawberry.field(description="The work's stable identifier in this graph.")
    title: str = strawberry.field(description="The title.")
    abstract: str | None = strawberry.field(description="The abstract as plain text, when the source has one.")
    year: int | None = strawberry.field(description="The year of publication.")
    type: str | None = strawberry.field(description="The kind of work: `article`, `preprint`, `book-chapter`, ...")
    doi: str | None = strawberry.field(description="The DOI, lower-cased, without the `https://doi.org/` prefix.")
    venue: Venue | None = strawberry.field(description="Where the work was published, when known.")

    @strawberry.field(description="The authors in byline order (first author first).")
    def authors(
        self,
        info: Info,
        first: Annotated[
            int, strawberry.argument(description=f"How many authors to return, 0-{limits.AUTHORS_MAX}.")
        ] = limits.AUTHORS_DEFAULT,
    ) -> list[Researcher]:
        return cast(list[Researcher], reads.paper_authors(info.context, _map(self), first))


@strawberry.type(description="The entry points of the research graph. Each root field runs one Cypher statement.")
class Query:
    @strawberry.field(
        description="A researcher by id, with as much of their works as the selection asks; null if unknown."
    )
    async def researcher(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The researcher's id.")],
    ) -> Researcher | None:
        found = await reads.researcher(info.context, _root_field(info), str(id))
        return cast(Researcher | None, found)

    @strawberry.field(description="A paper by id, with its venue and ordered authors; null if unknown.")
    async def paper(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="The paper's id.")],
    ) -> Paper | None:
        found = await reads.paper(info.context, _root_field(info), str(id))
        return cast(Paper | None, found)
