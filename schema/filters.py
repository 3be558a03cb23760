"""The analyst's `where` and `sort` inputs, in the grammar of the Neo4j GraphQL Library 7.

`where: { year: { gte: 2019 }, authors: { some: { name: { startsWith: "Li" } } }, OR: [...] }` and
`sort: [{ citationCount: DESC }, { year: DESC }]`. Each input field declares how it is read (`resolvers.mapping`:
`Filter` on a property, `Related` over neighbours, `Combine` for AND/OR/NOT, `SortKey` for a sort term); the
compiler turns a whole `where` into one Cypher predicate whose values are parameters. An operator given as
null is left out (a null `where` or an empty one filters nothing); use `isNull` to test for a missing value.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

import strawberry

from resolvers.mapping import Combine, Filter, Hop, Pattern, Related, SortKey, meta


@strawberry.enum(description="A sort direction. Nulls (unknown values) sort last in both directions.")
class SortDirection(Enum):
    ASC = strawberry.enum_value("ASC", description="Smallest first (text by code point, as text sorts).")
    DESC = strawberry.enum_value("DESC", description="Largest first.")


def _op(description: str, name: str | None = None) -> Any:
    return strawberry.field(default=None, description=description, name=name)


@strawberry.input(description="Conditions on an identifier; all given ones must hold.")
class IDFilter:
    eq: strawberry.ID | None = _op("Equal to.")
    in_: list[strawberry.ID] | None = _op("Equal to one of these.", name="in")


@strawberry.input(description="Conditions on a text value (case-sensitive); all given ones must hold.")
class StringFilter:
    eq: str | None = _op("Equal to.")
    in_: list[str] | None = _op("Equal to one of these.", name="in")
    contains: str | None = _op("Contains this text.")
    starts_with: str | None = _op("Starts with this text.")
    is_null: bool | None = _op("true: the value is missing; false: it is present.")


@strawberry.input(description="Conditions on an integer; all given ones must hold.")
class IntFilter:
    eq: int | None = _op("Equal to.")
    in_: list[int] | None = _op("Equal to one of these.", name="in")
    gt: int | None = _op("Greater than.")
    gte: int | None = _op("Greater than or equal to.")
    lt: int | None = _op("Less than.")
    lte: int | None = _op("Less than or equal to.")
    is_null: bool | None = _op("true: the value is missing; false: it is present.")


@strawberry.input(description="Conditions on a flag.")
class BooleanFilter:
    eq: bool | None = _op("Equal to.")


def _prop(prop: str, description: str, default: bool | None = None) -> Any:
    return strawberry.field(default=None, description=description, metadata=meta(Filter(prop, default)))


def _related(description: str, *paths: Hop | Pattern) -> Any:
    return strawberry.field(default=None, description=description, metadata=meta(Related(paths)))


def _combine(op: str, description: str) -> Any:
    return strawberry.field(default=None, description=description, name=op, metadata=meta(Combine(op)))  # type: ignore[arg-type]


LIST_FILTER = (
    "`some`: at least one matches; `all`: every one matches (true when there are none); `none`: no one matches."
)


@strawberry.input(description="Conditions on a paper. All given fields must hold; combine with AND, OR, NOT.")
class PaperWhere:
    id: IDFilter | None = _prop("id", "The paper's graph id.")
    title: StringFilter | None = _prop("title", "The title.")
    year: IntFilter | None = _prop("year", "The year of publication.")
    type: StringFilter | None = _prop("type", "The kind of work: `article`, `preprint`, ...")
    language: StringFilter | None = _prop("language", "The language code.")
    doi: StringFilter | None = _prop("doi", "The DOI (lower-cased).")
    is_stub: BooleanFilter | None = _prop("stub", "Whether it is a stub (a cited work not imported).", False)
    authors: ResearcherListFilter | None = _related("Its authors. " + LIST_FILTER, Hop("AUTHORED", "in", "Researcher"))
    venue: VenueListFilter | None = _related(
        "Its venue (at most one). " + LIST_FILTER, Hop("PUBLISHED_IN", "out", "Venue")
    )
    topics: TopicListFilter | None = _related(
        "Its topics and the broader topics above them (a paper tagged with a subfield's topic is under the field "
        "too). " + LIST_FILTER,
        Hop("UNDER_TOPIC", "out", "Topic"),
    )
    tagged_topics: TopicListFilter | None = _related(
        "Only the topics it is tagged with, not the broader ones above them. " + LIST_FILTER,
        Hop("HAS_TOPIC", "out", "Topic"),
    )
    institutions: InstitutionListFilter | None = _related(
        "The institutions of its authors: those the paper gives on its byline, and those in the authors' "
        "affiliation histories. " + LIST_FILTER,
        Pattern("PaperWhere.bylineInstitutions"),
        Pattern("PaperWhere.institutions"),
    )
    references: PaperListFilter | None = _related("The works it cites. " + LIST_FILTER, Hop("CITES", "out", "Paper"))
    citations: PaperListFilter | None = _related("The works citing it. " + LIST_FILTER, Hop("CITES", "in", "Paper"))
    and_: list[PaperWhere] | None = _combine("AND", "Every one of these holds.")
    or_: list[PaperWhere] | None = _combine("OR", "At least one of these holds (an empty list: none).")
    not_: PaperWhere | None = _combine("NOT", "This does not hold.")


@strawberry.input(description="Conditions on a researcher. All given fields must hold; combine with AND, OR, NOT.")
class ResearcherWhere:
    id: IDFilter | None = _prop("id", "The researcher's graph id.")
    name: StringFilter | None = _prop("name", "The full name.")
    orcid: StringFilter | None = _prop("orcid", "The ORCID iD.")
    open_to_collaborate: BooleanFilter | None = _prop(
        "openToCollaborate", "Whether they are open to collaboration requests.", False
    )
    works: PaperListFilter | None = _related("Their works. " + LIST_FILTER, Hop("AUTHORED", "out", "Paper"))
    institutions: InstitutionListFilter | None = _related(
        "The institutions of their affiliation history. " + LIST_FILTER,
        Hop("AFFILIATED_WITH", "out", "Institution"),
    )
    topics: TopicListFilter | None = _related(
        "The topics of their works. " + LIST_FILTER, Pattern("ResearcherWhere.topics")
    )
    and_: list[ResearcherWhere] | None = _combine("AND", "Every one of these holds.")
    or_: list[ResearcherWhere] | None = _combine("OR", "At least one of these holds (an empty list: none).")
    not_: ResearcherWhere | None = _combine("NOT", "This does not hold.")


@strawberry.input(description="Conditions on a topic. All given fields must hold; combine with AND, OR, NOT.")
class TopicWhere:
    id: IDFilter | None = _prop("id", "The topic's graph id.")
    name: StringFilter | None = _prop("name", "The name.")
    level: StringFilter | None = _prop("level", "The level: `domain`, `field`, `subfield`, `topic`, `mesh`, ...")
    parent: TopicListFilter | None = _related(
        "Its broader topic (at most one). " + LIST_FILTER, Hop("SUBTOPIC_OF", "out", "Topic")
    )
    and_: list[TopicWhere] | None = _combine("AND", "Every one of these holds.")
    or_: list[TopicWhere] | None = _combine("OR", "At least one of these holds (an empty list: none).")
    not_: TopicWhere | None = _combine("NOT", "This does not hold.")


@strawberry.input(description="Conditions on an institution. All given fields must hold; combine with AND, OR, NOT.")
class InstitutionWhere:
    id: IDFilter | None = _prop("id", "The institution's graph id.")
    name: StringFilter | None = _prop("name", "The name.")
    country: StringFilter | None = _prop("country", "The country, as the source gives it.")
    type: StringFilter | None = _prop("type", "The kind of institution.")
    ror: StringFilter | None = _prop("ror", "The ROR id.")
    and_: list[InstitutionWhere] | None = _combine("AND", "Every one of these holds.")
    or_: list[InstitutionWhere] | None = _combine("OR", "At least one of these holds (an empty list: none).")
    not_: InstitutionWhere | None = _combine("NOT", "This does not hold.")


@strawberry.input(description="Conditions on a venue. All given fields must hold; combine with AND, OR, NOT.")
class VenueWhere:
    id: IDFilter | None = _prop("id", "The venue's graph id.")
    name: StringFilter | None = _prop("name", "The name.")
    kind: StringFilter | None = _prop("kind", "`journal`, `repository` or `conference`.")
    issn: StringFilter | None = _prop("issn", "The ISSN.")
    and_: list[VenueWhere] | None = _combine("AND", "Every one of these holds.")
    or_: list[VenueWhere] | None = _combine("OR", "At least one of these holds (an empty list: none).")
    not_: VenueWhere | None = _combine("NOT", "This does not hold.")


def _list_filter(what: str) -> str:
    return f"Conditions on a list of {what}: give one of `some`, `all`, `none`."


@strawberry.input(description=_list_filter("papers"))
class PaperListFilter:
    some: PaperWhere | None = _op("At least one matches.")
    all: PaperWhere | None = _op("Every one matches (true when there are none).")
    none: PaperWhere | None = _op("No one matches.")


@strawberry.input(description=_list_filter("researchers"))
class ResearcherListFilter:
    some: ResearcherWhere | None = _op("At least one matches.")
    all: ResearcherWhere | None = _op("Every one matches (true when there are none).")
    none: ResearcherWhere | None = _op("No one matches.")


@strawberry.input(description=_list_filter("topics"))
class TopicListFilter:
    some: TopicWhere | None = _op("At least one matches.")
    all: TopicWhere | None = _op("Every one matches (true when there are none).")
    none: TopicWhere | None = _op("No one matches.")


@strawberry.input(description=_list_filter("institutions"))
class InstitutionListFilter:
    some: InstitutionWhere | None = _op("At least one matches.")
    all: InstitutionWhere | None = _op("Every one matches (true when there are none).")
    none: InstitutionWhere | None = _op("No one matches.")


@strawberry.input(description=_list_filter("venues"))
class VenueListFilter:
    some: VenueWhere | None = _op("At least one matches.")
    all: VenueWhere | None = _op("Every one matches (true when there are none).")
    none: VenueWhere | None = _op("No one matches.")


def _key(description: str, prop: str | None = None, fragment: str | None = None, key: str | None = None) -> Any:
    return strawberry.field(default=None, description=description, metadata=meta(SortKey(prop, fragment, key)))


SORT = "One sort term: give exactly one field. Ties are broken by the next term, and finally by id."


@strawberry.input(description="A paper sort term. " + SORT)
class PaperSort:
    id: SortDirection | None = _key("By graph id.", prop="id")
    title: SortDirection | None = _key("By title.", prop="title")
    year: SortDirection | None = _key("By year of publication (unknown last).", prop="year")
    citation_count: SortDirection | None = _key("By how many imported works cite it.", fragment="Paper.citationCount")
    author_count: SortDirection | None = _key("By how many authors it has.", fragment="Paper.authorCount")


@strawberry.input(description="A researcher sort term. " + SORT)
class ResearcherSort:
    id: SortDirection | None = _key("By graph id.", prop="id")
    name: SortDirection | None = _key("By full name.", prop="name")
    works_count: SortDirection | None = _key("By how many works they have.", fragment="ResearcherCounts.works")
    follower_count: SortDirection | None = _key(
        "By how many accounts follow them.", fragment="ResearcherCounts.followers"
    )
    citation_count: SortDirection | None = _key(
        "By the citations their works received.", fragment="Researcher.metrics", key="citations"
    )
    h_index: SortDirection | None = _key("By h-index.", fragment="Researcher.metrics", key="hIndex")
    shared_works_with: SharedWorksSort | None = strawberry.field(
        default=None,
        description="By how many works they share with a researcher (0 when none).",
        metadata=meta(SortKey(shared_with=True)),
    )


@strawberry.input(description="Sort by the works shared with one researcher.")
class SharedWorksSort:
    researcher: strawberry.ID = strawberry.field(description="The researcher's graph id.")
    direction: SortDirection = strawberry.field(description="The direction.")


@strawberry.input(description="A topic sort term. " + SORT)
class TopicSort:
    id: SortDirection | None = _key("By graph id.", prop="id")
    name: SortDirection | None = _key("By name.", prop="name")
    works_count: SortDirection | None = _key(
        "By how many works are under it (its own and its subtopics', as `works.totalCount`).",
        fragment="Topic.worksCount",
    )


@strawberry.input(description="An institution sort term. " + SORT)
class InstitutionSort:
    id: SortDirection | None = _key("By graph id.", prop="id")
    name: SortDirection | None = _key("By name.", prop="name")
    members_count: SortDirection | None = _key(
        "By how many researchers are affiliated with it.", fragment="Institution.membersCount"
    )


@strawberry.input(description="A venue sort term. " + SORT)
class VenueSort:
    id: SortDirection | None = _key("By graph id.", prop="id")
    name: SortDirection | None = _key("By name.", prop="name")
    works_count: SortDirection | None = _key("By how many works are published in it.", fragment="Venue.worksCount")
