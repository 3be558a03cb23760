"""The root fields: lookups by any identifier a record carries, full-text search and typeahead. Each runs the one
statement the compiler builds for its selection."""

from __future__ import annotations

from typing import Annotated, Any

import strawberry

from graphdb.identifiers import IdKind
from resolvers import execution
from resolvers.context import Context
from resolvers.mapping import Lookup, Scan, Search, Suggest, meta
from resolvers.roots import COLLECTION_PAGE, MAX_BATCH
from schema import search as fulltext
from schema.filters import (
    InstitutionSort,
    InstitutionWhere,
    PaperSort,
    PaperWhere,
    ResearcherSort,
    ResearcherWhere,
    TopicSort,
    TopicWhere,
    VenueSort,
    VenueWhere,
)
from schema.search import SearchConnection, SearchSyntax, SearchType, SearchWhere, Suggestion
from schema.types import (
    PAGING,
    After,
    Before,
    Connection,
    Institution,
    Last,
    Node,
    Paper,
    PaperConnection,
    Researcher,
    ResearcherConnection,
    Topic,
    Venue,
    listed,
)

Info = strawberry.Info[Context, None]

NODE_LABELS = ("Researcher", "Paper", "Venue", "Topic", "Institution")
ONE_OF = "Give exactly one identifier argument; an unknown identifier answers null."


async def _planned(info: Info) -> Any:
    return await execution.resolve_root(info.context, info._raw_info, execution.plans_of(info.schema))


def _id(what: str, carried: str) -> Any:
    return Annotated[
        strawberry.ID | None,
        strawberry.argument(
            description=f"Any identifier the {what} carries: its graph id, or {carried}, bare, prefixed "
            "(`doi:`, `pmid:`, ...) or as a resolver URL."
        ),
    ]


def _ext(description: str) -> Any:
    return Annotated[str | None, strawberry.argument(description=description + " A malformed one is BAD_USER_INPUT.")]


CollectionFirst = Annotated[
    int,
    strawberry.argument(
        description=f"How many items to return (default {COLLECTION_PAGE.default}, at most {COLLECTION_PAGE.maximum})."
    ),
]
SORTED = "Sorted by the `sort` terms in turn (nulls last), then by id; by id without them."


def _where(what: str) -> str:
    return f"Only the {what} that match these conditions."


def _collection(what: str) -> str:
    return (
        f"Every {what} of the graph, filtered by `where`: a page (default {COLLECTION_PAGE.default}, at most "
        f"{COLLECTION_PAGE.maximum}). {SORTED} {PAGING.replace(', or with `offset`', '')}"
    )


@strawberry.type(
    description="The entry points of the research graph. Each root field runs exactly one Cypher statement, "
    "compiled from its whole selection, however many works or collaborators the answer holds."
)
class Query:
    @strawberry.field(
        description="A researcher by any identifier, with as much of the profile as the selection asks. " + ONE_OF,
        metadata=meta(Lookup(("Researcher",), (("id", None), ("orcid", IdKind.ORCID)))),
    )
    async def researcher(
        self,
        info: Info,
        id: _id("researcher", "its ORCID iD or OpenAlex author id") = None,  # type: ignore[valid-type]
        orcid: _ext("An ORCID iD, bare (`0000-0002-1825-0097`) or as an orcid.org URL.") = None,  # type: ignore[valid-type]
    ) -> Researcher | None:
        return await _planned(info)  # type: ignore[no-any-return]

    @strawberry.field(
        description="A paper by any identifier, with its neighbours. " + ONE_OF,
        metadata=meta(
            Lookup(
                ("Paper",),
                (("id", None), ("doi", IdKind.DOI), ("pmid", IdKind.PMID), ("arxiv", IdKind.ARXIV)),
            )
        ),
    )
    async def paper(
        self,
        info: Info,
        id: _id("paper", "its DOI, PMID, arXiv id or OpenAlex work id") = None,  # type: ignore[valid-type]
        doi: _ext("A DOI, in any case, bare, `doi:`-prefixed or as a doi.org URL.") = None,  # type: ignore[valid-type]
        pmid: _ext("A PubMed id, bare or `pmid:`-prefixed.") = None,  # type: ignore[valid-type]
        arxiv: _ext("An arXiv id (`2101.00001`, `hep-th/9901001`), with or without its version.") = None,  # type: ignore[valid-type]
    ) -> Paper | None:
        return await _planned(info)  # type: ignore[no-any-return]

    @strawberry.field(
        description="A venue by any identifier. " + ONE_OF,
        metadata=meta(Lookup(("Venue",), (("id", None), ("issn", IdKind.ISSN)))),
    )
    async def venue(
        self,
        info: Info,
        id: _id("venue", "its ISSN or OpenAlex source id") = None,  # type: ignore[valid-type]
        issn: _ext("An ISSN, `1234-567X` or `1234567x`.") = None,  # type: ignore[valid-type]
    ) -> Venue | None:
        return await _planned(info)  # type: ignore[no-any-return]

    @strawberry.field(
        description="A topic by its graph id (`mesh:...`, `keyword:...`, ...). " + ONE_OF,
        metadata=meta(Lookup(("Topic",))),
    )
    async def topic(
        self,
        info: Info,
        id: Annotated[strawberry.ID | None, strawberry.argument(description="The topic's graph id.")] = None,
    ) -> Topic | None:
        return await _planned(info)  # type: ignore[no-any-return]

    @strawberry.field(
        description="An institution by any identifier. " + ONE_OF,
        metadata=meta(Lookup(("Institution",), (("id", None), ("ror", IdKind.ROR)))),
    )
    async def institution(
        self,
        info: Info,
        id: _id("institution", "its ROR id or OpenAlex institution id") = None,  # type: ignore[valid-type]
        ror: _ext("A ROR id, bare (`05dxps055`) or as a ror.org URL.") = None,  # type: ignore[valid-type]
    ) -> Institution | None:
        return await _planned(info)  # type: ignore[no-any-return]

    @strawberry.field(
        description="Any node by any identifier it carries, whatever its type; use inline fragments "
        "(`... on Paper`) for type-specific fields. Null if unknown.",
        metadata=meta(Lookup(NODE_LABELS)),
    )
    async def node(
        self,
        info: Info,
        id: Annotated[
            strawberry.ID,
            strawberry.argument(description="Any identifier the node carries (see the typed lookups)."),
        ],
    ) -> Node | None:
        return await _planned(info)  # type: ignore[no-any-return]

    @strawberry.field(
        description=f"Up to {MAX_BATCH} nodes by any identifiers they carry, in one statement: one entry per "
        "identifier, in the order given, null for an unknown one (duplicates answer twice).",
        metadata=meta(Lookup(NODE_LABELS, (("ids", None),), batch=True)),
    )
    async def nodes(
        self,
        info: Info,
        ids: Annotated[
            list[strawberry.ID],
            strawberry.argument(description=f"The identifiers, at most {MAX_BATCH}."),
        ],
    ) -> list[Node | None]:
        return await _planned(info)  # type: ignore[no-any-return]

    @strawberry.field(description=_collection("paper"), metadata=meta(Scan("Paper")))
    async def papers(
        self,
        info: Info,
        where: Annotated[PaperWhere | None, strawberry.argument(description=_where("papers"))] = None,
        sort: Annotated[list[PaperSort] | None, strawberry.argument(description=SORTED)] = None,
        first: CollectionFirst = COLLECTION_PAGE.default,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> PaperConnection:
        return await _planned(info)  # type: ignore[no-any-return]

    @strawberry.field(description=_collection("researcher"), metadata=meta(Scan("Researcher")))
    async def researchers(
        self,
        info: Info,
        where: Annotated[ResearcherWhere | None, strawberry.argument(description=_where("researchers"))] = None,
        sort: Annotated[list[ResearcherSort] | None, strawberry.argument(description=SORTED)] = None,
        first: CollectionFirst = COLLECTION_PAGE.default,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> ResearcherConnection:
        return await _planned(info)  # type: ignore[no-any-return]

    @strawberry.field(description=_collection("topic"), metadata=meta(Scan("Topic")))
    async def topics(
        self,
        info: Info,
        where: Annotated[TopicWhere | None, strawberry.argument(description=_where("topics"))] = None,
        sort: Annotated[list[TopicSort] | None, strawberry.argument(description=SORTED)] = None,
        first: CollectionFirst = COLLECTION_PAGE.default,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[Topic]:
        return await _planned(info)  # type: ignore[no-any-return]

    @strawberry.field(description=_collection("institution"), metadata=meta(Scan("Institution")))
    async def institutions(
        self,
        info: Info,
        where: Annotated[InstitutionWhere | None, strawberry.argument(description=_where("institutions"))] = None,
        sort: Annotated[list[InstitutionSort] | None, strawberry.argument(description=SORTED)] = None,
        first: CollectionFirst = COLLECTION_PAGE.default,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[Institution]:
        return await _planned(info)  # type: ignore[no-any-return]

    @strawberry.field(description=_collection("venue"), metadata=meta(Scan("Venue")))
    async def venues(
        self,
        info: Info,
        where: Annotated[VenueWhere | None, strawberry.argument(description=_where("venues"))] = None,
        sort: Annotated[list[VenueSort] | None, strawberry.argument(description=SORTED)] = None,
        first: CollectionFirst = COLLECTION_PAGE.default,
        after: After = None,
        last: Last = None,
        before: Before = None,
    ) -> Connection[Venue]:
        return await _planned(info)  # type: ignore[no-any-return]

    @strawberry.field(
        description=listed(fulltext.SEARCH_DESCRIPTION, fulltext.SEARCH_PAGE),
        metadata=meta(Search(fulltext.SEARCH_INDEXES, fulltext.SEARCH_PAGE, fulltext.SEARCH_DEPTH)),
    )
    async def search(
        self,
        info: Info,
        text: Annotated[str, strawberry.argument(description=fulltext.TEXT_ARG)],
        types: Annotated[list[SearchType] | None, strawberry.argument(description=fulltext.TYPES_ARG)] = None,
        first: Annotated[
            int, strawberry.argument(description="How many hits to return (the field gives the default and maximum).")
        ] = fulltext.SEARCH_PAGE.default,
        after: Annotated[str | None, strawberry.argument(description=fulltext.AFTER_ARG)] = None,
        syntax: Annotated[SearchSyntax, strawberry.argument(description=fulltext.SYNTAX_ARG)] = SearchSyntax.PLAIN,
        where: Annotated[SearchWhere | None, strawberry.argument(description=fulltext.WHERE_ARG)] = None,
    ) -> SearchConnection:
        return await _planned(info)  # type: ignore[no-any-return]

    @strawberry.field(
        description=listed(fulltext.SUGGEST_DESCRIPTION, fulltext.SUGGEST_PAGE),
        metadata=meta(Suggest(fulltext.SUGGEST_INDEXES, fulltext.SUGGEST_PAGE, fulltext.SUGGEST_CANDIDATES)),
    )
    async def suggest(
        self,
        info: Info,
        prefix: Annotated[str, strawberry.argument(description=fulltext.PREFIX_ARG)],
        types: Annotated[list[SearchType] | None, strawberry.argument(description=fulltext.TYPES_ARG)] = None,
        first: Annotated[
            int,
            strawberry.argument(
                description="How many suggestions to return (the field gives the default and maximum)."
            ),
        ] = fulltext.SUGGEST_PAGE.default,
    ) -> list[Suggestion]:
        return await _planned(info)  # type: ignore[no-any-return]
