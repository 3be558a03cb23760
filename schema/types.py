"""The research-graph types: researchers, papers, venues, topics, institutions and the edges between them.

Each field declares, beside itself, how it is read (`resolvers.mapping`): a property, a relationship
hop, or a fragment in `cypher/fields/`. The planner compiles a whole selection from these; the stub
bodies of fields with arguments only declare those arguments and are never called.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, Generic, TypeVar

import strawberry

from resolvers import trust
from resolvers.mapping import (
    Computed,
    EdgePart,
    Expr,
    FacetPart,
    Facets,
    Filter,
    Hop,
    Order,
    Page,
    Pattern,
    Prop,
    Related,
    Same,
    Switch,
    Value,
    meta,
)
from resolvers.mapping import (
    Connection as Part,
)
from schema.filters import PaperSort, PaperWhere, ResearcherSort, ResearcherWhere
from schema.values import Date, DateTime, PageInfo, ResearcherMetrics, Trust

WORKS = Page(default=20, maximum=500)
AUTHORS = Page(default=50, maximum=500)
SMALL = Page(default=10, maximum=100)
NEWEST = (Order("year", desc=True), Order("id"))
NEWEST_TEXT = "newest first (unknown years last), then by id"

First = Annotated[
    int,
    strawberry.argument(description="How many items to return; the field's description gives the default and maximum."),
]
Offset = Annotated[
    int,
    strawberry.argument(
        description="How many items to skip first, 0-10000 (cursors are cheaper deep in a list; not with them)."
    ),
]
After = Annotated[
    str | None,
    strawberry.argument(description="A cursor (`edges.cursor`, `pageInfo.endCursor`): the page starts after it."),
]
Before = Annotated[
    str | None,
    strawberry.argument(description="A cursor (`pageInfo.startCursor`): the page ends before it, read backwards."),
]
Last = Annotated[
    int | None,
    strawberry.argument(
        description="How many items to return from the end of the list, or before `before` (not with `first`)."
    ),
]
PaperWhereArg = Annotated[
    PaperWhere | None, strawberry.argument(description="Only the papers that match these conditions.")
]
PaperSortArg = Annotated[
    list[PaperSort] | None,
    strawberry.argument(
        description="The order: sort terms in turn (nulls last), then id. Without it, the list's own order."
    ),
]
ResearcherWhereArg = Annotated[
    ResearcherWhere | None, strawberry.argument(description="Only the researchers that match these conditions.")
]
ResearcherSortArg = Annotated[
    list[ResearcherSort] | None,
    strawberry.argument(
        description="The order: sort terms in turn (nulls last), then id. Without it, the list's own order."
    ),
]
PAGING = (
    "Page forwards with `first`/`after`, backwards with `last`/`before` (keyset cursors: deep pages cost what "
    "the first costs, and nothing is skipped or repeated when the list changes between pages), or with `offset`."
)
IncludeSubtopics = Annotated[
    bool,
    strawberry.argument(
        description="Whether the works of the narrower topics under this one count (true by default); false lists "
        "only the works tagged with this topic itself."
    ),
]
SUBTOPICS = "includeSubtopics"  # the argument's name in the schema, which the hop's Switch reads


def listed(text: str, page: Page, more: str = "") -> str:
    """A list field's description with its page sizes."""
    return f"{text} (default {page.default}, at most {page.maximum}). {more}".strip()


def _planned() -> Any:
    """The body of a field with arguments: never called, the planner supplies the value."""
    raise NotImplementedError("read through the planner")


def papers(what: str, hop: Hop, order: str = NEWEST_TEXT, more: str = "") -> Any:
    """A connection of papers in the hop's own order, or filtered and sorted: a PaperConnection; with
    `includeSubtopics` when the hop switches on it."""

    def page(
        first: First = WORKS.default,
        offset: Offset = 0,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: PaperWhereArg = None,
        sort: PaperSortArg = None,
    ) -> PaperConnection:
        return _planned()  # type: ignore[no-any-return]

    def subtree_page(
        first: First = WORKS.default,
        offset: Offset = 0,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: PaperWhereArg = None,
        sort: PaperSortArg = None,
        include_subtopics: IncludeSubtopics = True,
    ) -> PaperConnection:
        return _planned()  # type: ignore[no-any-return]

    if hop.switch is not None and hop.switch.argument != SUBTOPICS:
        raise ValueError(f"papers() declares only the {SUBTOPICS} switch, not {hop.switch.argument}")
    description = listed(f"{what}, {order}", WORKS, f"{more} {PAGING}".strip())
    resolver = page if hop.switch is None else subtree_page
    return strawberry.field(resolver=resolver, description=description, metadata=meta(hop))


def prop(name: str, description: str, *, on: str = "node", default: bool | int | tuple[()] | None = None) -> Any:
    return strawberry.field(description=description, metadata=meta(Prop(name, on=on, default=default)))  # type: ignore[arg-type]


def same(description: str) -> Any:
    return strawberry.field(description=description, metadata=meta(Same()))


def expr(fragment: str, description: str) -> Any:
    return strawberry.field(description=description, metadata=meta(Expr(fragment)))


@strawberry.interface(
    description="Anything in the graph that has an id: researchers, papers, venues, topics, institutions."
)
class Node:
    id: strawberry.ID = prop("id", "The stable identifier in this graph.")


@strawberry.type(
    description="Where a record came from: the first source that created it and every source that has described it."
)
class Provenance:
    source: str | None = prop("source", "The source that created the record: `pubmed`, `crossref`, `openalex`, ...")
    source_id: str | None = prop("sourceId", "The record's key in that source, prefixed with the source.")
    sources: list[str] = prop("sources", "Every source that has described the record.", default=())
    imported_at: DateTime | None = prop("importedAt", "When the record was first imported.")


T = TypeVar("T")


@strawberry.type(description="A page of a list, with the size of the whole list.")
class Connection(Generic[T]):
    """`Connection[Paper]` is `PaperConnection` in the schema, `Connection[Researcher]` is `ResearcherConnection`."""

    total_count: int = strawberry.field(
        description="How many items the whole list holds.", metadata=meta(Part("totalCount"))
    )
    page_info: PageInfo = strawberry.field(
        description="Where this page sits in the list.", metadata=meta(Part("pageInfo"))
    )
    nodes: list[T] = strawberry.field(
        description="The items of this page, in the list's order.", metadata=meta(Part("nodes"))
    )
    edges: list[Edge[T]] = strawberry.field(
        description="The items of this page with their cursors (Relay), in the list's order.",
        metadata=meta(Part("edges")),
    )


@strawberry.type(description="An item of a page, with its cursor.")
class Edge(Generic[T]):
    """`Edge[Paper]` is `PaperEdge` in the schema."""

    cursor: str = strawberry.field(
        description="An opaque position in the list's order: pass it as `after` (or `before`) for the next page.",
        metadata=meta(EdgePart("cursor")),
    )
    node: T = strawberry.field(description="The item.", metadata=meta(EdgePart("node")))


@strawberry.enum(description="What `groupBy` groups a list of papers by.")
class PaperFacet(Enum):
    YEAR = strawberry.enum_value("YEAR", description="The year of publication.")
    TYPE = strawberry.enum_value("TYPE", description="The kind of work.")
    LANGUAGE = strawberry.enum_value("LANGUAGE", description="The language code.")
    VENUE = strawberry.enum_value("VENUE", description="The venue.")
    TOPIC = strawberry.enum_value("TOPIC", description="Each topic the paper is tagged with.")
    INSTITUTION = strawberry.enum_value(
        "INSTITUTION", description="Each institution of its authors (on the byline or in their affiliation history)."
    )


PAPER_FACETS = Facets(
    (
        ("YEAR", Filter("year"), None),
        ("TYPE", Filter("type"), None),
        ("LANGUAGE", Filter("language"), None),
        ("VENUE", Related((Hop("PUBLISHED_IN", "out", "Venue"),)), "Venue"),
        ("TOPIC", Related((Hop("HAS_TOPIC", "out", "Topic"),)), "Topic"),
        (
            "INSTITUTION",
            Related((Pattern("PaperWhere.bylineInstitutions"), Pattern("PaperWhere.institutions"))),
            "Institution",
        ),
    )
)
FACET_PAGE = Page(default=20, maximum=200)


@strawberry.type(description="A group of a list's items: one value of what they were grouped by, and how many.")
class FacetBucket:
    value: str | None = strawberry.field(
        description="The value as text (a year, a type, or the node's id); null for the items that have none.",
        metadata=meta(FacetPart("value")),
    )
    count: int = strawberry.field(
        description="How many items of the whole filtered list (not the page) have this value.",
        metadata=meta(FacetPart("count")),
    )
    node: Node | None = strawberry.field(
        description="The venue, topic or institution the bucket stands for; null for a property's value.",
        metadata=meta(FacetPart("node")),
    )


ResearcherConnection = Connection["Researcher"]


@strawberry.type(description="Counts shown on a researcher's profile.")
class ResearcherCounts:
    works: int = expr("ResearcherCounts.works", "The researcher's works (stub papers left out).")
    followers: int = expr("ResearcherCounts.followers", "Accounts following the researcher (`FOLLOWS` edges).")
    topics: int = expr("ResearcherCounts.topics", "Distinct topics of the researcher's works.")
    collaborators: int = expr("ResearcherCounts.collaborators", "Co-authors: researchers sharing at least one work.")
    close_collaborators: int = expr(
        "ResearcherCounts.closeCollaborators", "Close collaborators: co-authors sharing at least 2 works."
    )


@strawberry.type(description="A researcher's affiliation with an institution, with the years it is known for.")
class Affiliation:
    institution: Institution = same("The institution.")
    start_year: int | None = prop("startYear", "The first year the affiliation is seen.", on="edge")
    end_year: int | None = prop("endYear", "The last year the affiliation is seen.", on="edge")


@strawberry.type(description="A topic of a researcher's works, weighted by how much of the work it covers.")
class TopicWeight:
    topic: Topic = same("The topic.")
    works: int = strawberry.field(
        description="How many of the researcher's works have this topic.", metadata=meta(Value("_works"))
    )
    weight: float = strawberry.field(
        description="The sum of the topic's scores over those works (a score counts 1 where the source gives none).",
        metadata=meta(Value("_weight")),
    )


@strawberry.type(description="A co-authorship: a weighted, dated edge between two researchers.")
class Collaboration:
    researcher: Researcher = same("The co-author.")
    shared_works: int = prop("works", "How many works the two share (the edge's weight).", on="edge")
    first_year: int | None = prop("firstYear", "The year of their first shared work.", on="edge")
    last_year: int | None = prop("lastYear", "The year of their latest shared work.", on="edge")

    @strawberry.field(
        description=listed("The works they share, newest first (unknown years last), then by id", SMALL),
        metadata=meta(Pattern("Collaboration.works", order=NEWEST, page=SMALL)),
    )
    def works(self, first: First = SMALL.default) -> list[Paper]:
        return _planned()  # type: ignore[no-any-return]


@strawberry.type(
    description="An author's place on a paper: byline position, corresponding flag, affiliations on that paper."
)
class Authorship:
    position: int = prop("position", "The 1-based byline position.", on="edge")
    corresponding: bool = prop(
        "corresponding", "Whether this author is a corresponding author.", on="edge", default=False
    )
    researcher: Researcher = same("The author.")

    @strawberry.field(
        description=listed("The institutions the paper gives for this author", SMALL),
        metadata=meta(Pattern("Authorship.institutions", order=(Order("name"), Order("id")), page=SMALL)),
    )
    def institutions(self, first: First = SMALL.default) -> list[Institution]:
        return _planned()  # type: ignore[no-any-return]


@strawberry.type(description="A topic of a paper, with the source's score.")
class PaperTopic:
    topic: Topic = same("The topic.")
    score: float | None = prop("score", "The source's score for the topic on this paper, 0-1, when given.", on="edge")


@strawberry.type(description="An author record: a person as the sources name them on their works.")
class Researcher(Node):
    id: strawberry.ID = prop(
        "id", "The researcher's stable identifier: `orcid:...`, `openalex:...`, or a per-source name key."
    )
    name: str = prop("name", "The full name as the sources give it.")
    display_name: str | None = prop("displayName", "A shorter name for display, such as `A. Lovelace`.")
    bio: str | None = prop("bio", "A one-line biography, when one is known.")
    orcid: str | None = prop("orcid", "The ORCID iD (`0000-0000-0000-0000`), when known.")
    openalex_id: str | None = prop("openalexId", "The OpenAlex author id (`A...`), when known.")
    open_to_collaborate: bool = prop(
        "openToCollaborate", "Whether the researcher has said they are open to collaboration requests.", default=False
    )
    provenance: Provenance = same("Where the record came from.")
    affiliation_imported: bool = expr(
        "Researcher.affiliationImported",
        "Whether any affiliation has been imported; when false, `currentAffiliation` is null because none is known.",
    )
    current_affiliation: Affiliation | None = strawberry.field(
        description="The latest affiliation: the latest end year, then the latest start year (unknown years last), "
        "then the institution id; null when none is imported.",
        metadata=meta(
            Hop(
                "AFFILIATED_WITH",
                "out",
                "Institution",
                many=False,
                edge=True,
                order=(Order("endYear", desc=True, on="edge"), Order("startYear", desc=True, on="edge"), Order("id")),
            )
        ),
    )
    counts: ResearcherCounts = same("Counts of works, followers, topics and collaborators.")
    metrics: ResearcherMetrics = expr(
        "Researcher.metrics", "Citations, h-index, i10-index, works and citations by year."
    )
    trust: Trust = strawberry.field(
        description="The trust snapshot: score, label, verification level, claim, each component with its evidence.",
        metadata=meta(Computed("Researcher.trust", trust.snapshot)),
    )

    @strawberry.field(
        description=listed(
            "The affiliation history, latest end year first, then latest start year (unknown years last), then "
            "institution id",
            SMALL,
        ),
        metadata=meta(
            Hop(
                "AFFILIATED_WITH",
                "out",
                "Institution",
                edge=True,
                page=SMALL,
                order=(Order("endYear", desc=True, on="edge"), Order("startYear", desc=True, on="edge"), Order("id")),
            )
        ),
    )
    def affiliations(self, first: First = SMALL.default) -> list[Affiliation]:
        return _planned()  # type: ignore[no-any-return]

    @strawberry.field(
        description=listed("The topics of the researcher's works, most works first", SMALL),
        metadata=meta(Pattern("Researcher.topics", ordered=True, page=SMALL)),
    )
    def topics(self, first: First = SMALL.default) -> list[TopicWeight]:
        return _planned()  # type: ignore[no-any-return]

    @strawberry.field(
        description=listed(
            "Co-authors, strongest first: most shared works, then the latest shared year (unknown last), then id",
            SMALL,
            "Close collaborators are those sharing at least 2 works.",
        ),
        metadata=meta(
            Hop(
                "COAUTHOR",
                "both",
                "Researcher",
                edge=True,
                page=SMALL,
                order=(
                    Order("works", desc=True, on="edge"),
                    Order("lastYear", desc=True, on="edge"),
                    Order("id"),
                ),
            )
        ),
    )
    def collaborators(self, first: First = SMALL.default) -> list[Collaboration]:
        return _planned()  # type: ignore[no-any-return]

    works: PaperConnection = papers("The researcher's works", Hop("AUTHORED", "out", "Paper", page=WORKS, ranked=True))


@strawberry.type(description="A work: an article, preprint, book chapter, dataset or other publication.")
class Paper(Node):
    id: strawberry.ID = prop("id", "The work's stable identifier: `doi:...`, `pmid:...`, `arxiv:...`, `openalex:...`.")
    title: str | None = prop("title", "The title (null only on a stub: a cited work that was not imported).")
    abstract: str | None = prop("abstract", "The abstract as plain text, when the source has one.")
    year: int | None = prop("year", "The year of publication.")
    publication_date: Date | None = prop("publicationDate", "The full publication date, when given.")
    type: str | None = prop("type", "The kind of work: `article`, `preprint`, `book-chapter`, `dataset`, ...")
    language: str | None = prop("language", "The language code, when given.")
    doi: str | None = prop("doi", "The DOI, lower-cased, without the `https://doi.org/` prefix.")
    pmid: str | None = prop("pmid", "The PubMed id.")
    pmcid: str | None = prop("pmcid", "The PubMed Central id.")
    arxiv_id: str | None = prop("arxivId", "The arXiv id.")
    openalex_id: str | None = prop("openalexId", "The OpenAlex work id (`W...`).")
    is_stub: bool = prop(
        "stub",
        "True for a stub: a work that imported papers cite but whose own record was not imported.",
        default=False,
    )
    provenance: Provenance = same("Where the record came from.")
    venue: Venue | None = strawberry.field(
        description="Where the work was published, when known.",
        metadata=meta(Hop("PUBLISHED_IN", "out", "Venue", many=False, order=(Order("id"),))),
    )
    author_count: int = expr("Paper.authorCount", "How many authors the work has.")

    @strawberry.field(
        description=listed("The authors in byline order, first author first", AUTHORS),
        metadata=meta(
            Hop(
                "AUTHORED",
                "in",
                "Researcher",
                edge=True,
                page=AUTHORS,
                order=(Order("position", on="edge"), Order("id")),
            )
        ),
    )
    def authors(self, first: First = AUTHORS.default) -> list[Authorship]:
        return _planned()  # type: ignore[no-any-return]

    @strawberry.field(
        description=listed("The work's topics, highest score first (unscored topics last), then by id", SMALL),
        metadata=meta(
            Hop(
                "HAS_TOPIC",
                "out",
                "Topic",
                edge=True,
                page=SMALL,
                order=(Order("score", desc=True, on="edge"), Order("id")),
            )
        ),
    )
    def topics(self, first: First = SMALL.default) -> list[PaperTopic]:
        return _planned()  # type: ignore[no-any-return]

    references: PaperConnection = papers(
        "The works this one cites",
        Hop("CITES", "out", "Paper", order=NEWEST, page=WORKS),
        "newest first (unknown years last, as are stubs), then by id",
    )
    citations: PaperConnection = papers(
        "The works that cite this one", Hop("CITES", "in", "Paper", page=WORKS, ranked=True)
    )


@strawberry.type(description="A journal, repository (such as arXiv) or conference where works are published.")
class Venue(Node):
    id: strawberry.ID = prop("id", "The venue's stable identifier in this graph.")
    name: str = prop("name", "The venue's name, such as `arXiv` or a journal title.")
    kind: str | None = prop("kind", "What the venue is: `journal`, `repository` or `conference`.")
    issn: str | None = prop("issn", "The ISSN, when known.")
    openalex_id: str | None = prop("openalexId", "The OpenAlex source id (`S...`), when known.")
    provenance: Provenance = same("Where the record came from.")

    works: PaperConnection = papers("Works published here", Hop("PUBLISHED_IN", "in", "Paper", page=WORKS, ranked=True))


@strawberry.type(
    description="A research topic: an OpenAlex domain, field, subfield or topic, a MeSH heading, or a keyword."
)
class Topic(Node):
    id: strawberry.ID = prop("id", "The topic's stable identifier in this graph.")
    name: str = prop("name", "The topic's name.")
    level: str | None = prop("level", "Its level: `domain`, `field`, `subfield`, `topic`, `mesh` or `keyword`.")
    parent: Topic | None = strawberry.field(
        description="The broader topic (a subfield's field, say); null at the top or for flat vocabularies.",
        metadata=meta(Hop("SUBTOPIC_OF", "out", "Topic", many=False, order=(Order("id"),))),
    )

    @strawberry.field(
        description=listed("The narrower topics, by name", SMALL),
        metadata=meta(Hop("SUBTOPIC_OF", "in", "Topic", page=SMALL, order=(Order("name"), Order("id")))),
    )
    def children(self, first: First = SMALL.default) -> list[Topic]:
        return _planned()  # type: ignore[no-any-return]

    works: PaperConnection = papers(
        "Works with this topic or with a narrower topic under it (a field's subfields and their topics), each once "
        "(with `includeSubtopics: false`, only those tagged with this topic itself)",
        Hop(
            "UNDER_TOPIC",
            "in",
            "Paper",
            page=WORKS,
            ranked=True,
            switch=Switch(SUBTOPICS, rel_if_false="HAS_TOPIC"),
        ),
        more="`totalCount` counts the distinct works so listed.",
    )


@strawberry.type(description="A university, hospital, institute or company that researchers are affiliated with.")
class Institution(Node):
    id: strawberry.ID = prop("id", "The institution's stable identifier: `ror:...`, `openalex:...`, or a name key.")
    name: str = prop("name", "The institution's name.")
    ror: str | None = prop("ror", "The ROR id, when known.")
    country: str | None = prop("country", "The country, as the source gives it.")
    type: str | None = prop(
        "type", "The kind of institution, when the source gives it (`education`, `healthcare`, ...)."
    )
    openalex_id: str | None = prop("openalexId", "The OpenAlex institution id (`I...`), when known.")
    provenance: Provenance = same("Where the record came from.")

    @strawberry.field(
        description=listed(
            "Researchers affiliated with the institution, by name (ignoring case), then by id", WORKS, PAGING
        ),
        metadata=meta(Hop("AFFILIATED_WITH", "in", "Researcher", page=WORKS, ranked=True)),
    )
    def members(
        self,
        first: First = WORKS.default,
        offset: Offset = 0,
        after: After = None,
        last: Last = None,
        before: Before = None,
        where: ResearcherWhereArg = None,
        sort: ResearcherSortArg = None,
    ) -> ResearcherConnection:
        return _planned()  # type: ignore[no-any-return]


@strawberry.type(name="PaperConnection", description="A page of a list of papers, with the size of the whole list.")
class PaperConnection(Connection[Paper]):
    @strawberry.field(
        description=listed(
            "The whole filtered list grouped by `by`, in the same statement (OpenAlex's `group_by`): the largest "
            "groups first, then by value (the items without one last); the buckets",
            FACET_PAGE,
            "The counts sum to `totalCount` when every item has exactly one value.",
        ),
        metadata=meta(PAPER_FACETS),
    )
    def group_by(
        self,
        by: Annotated[PaperFacet, strawberry.argument(description="What to group by.")],
        first: First = FACET_PAGE.default,
    ) -> list[FacetBucket]:
        return _planned()  # type: ignore[no-any-return]
