"""Value types of the contract: map-shaped answers (metrics, trust), pages, and the scalars they use."""

from __future__ import annotations

from enum import Enum
from typing import Any, NewType

import strawberry
from strawberry.types.scalar import ScalarDefinition

from resolvers.mapping import Key, PageInfoPart, meta


def _key(name: str, description: str) -> Any:
    return strawberry.field(description=description, metadata=meta(Key(name)))


Date = NewType("Date", str)
DateTime = NewType("DateTime", str)

SCALARS: dict[object, ScalarDefinition] = {
    Date: strawberry.scalar(
        name="Date", description="A calendar date in ISO 8601 form, `YYYY-MM-DD`.", serialize=str, parse_value=str
    ),
    DateTime: strawberry.scalar(
        name="DateTime",
        description="An instant in ISO 8601 form with its UTC offset, such as `2026-01-31T09:15:00.000000000+00:00`.",
        serialize=str,
        parse_value=str,
    ),
}


@strawberry.type(description="Where a page of a list sits in the whole list (Relay's PageInfo).")
class PageInfo:
    has_next_page: bool = strawberry.field(
        description="Whether items follow this page (read backwards: whether the page ends before a cursor).",
        metadata=meta(PageInfoPart("hasNextPage")),
    )
    has_previous_page: bool = strawberry.field(
        description="Whether items precede this page: it starts after a cursor or an offset (read backwards: "
        "whether items precede it).",
        metadata=meta(PageInfoPart("hasPreviousPage")),
    )
    start_cursor: str | None = strawberry.field(
        description="The cursor of the page's first item; null when the page is empty.",
        metadata=meta(PageInfoPart("startCursor")),
    )
    end_cursor: str | None = strawberry.field(
        description="The cursor of the page's last item (`after` for the next page); null when the page is empty.",
        metadata=meta(PageInfoPart("endCursor")),
    )


@strawberry.type(description="A count for one year.")
class YearCount:
    year: int = _key("year", "The year.")
    count: int = _key("count", "How many in that year.")


@strawberry.type(
    description="Citation metrics of a researcher's works (stub papers, cited works that were not imported, "
    "are not the researcher's works). A citation is a `CITES` edge from an imported paper."
)
class ResearcherMetrics:
    citations: int = _key("citations", "Citations received by all of the researcher's works.")
    h_index: int = _key("hIndex", "The largest h such that h works have at least h citations each.")
    i10_index: int = _key("i10Index", "How many works have at least 10 citations.")
    works_by_year: list[YearCount] = _key(
        "worksByYear", "The number of works per publication year, oldest year first; works without a year are left out."
    )
    citations_by_year: list[YearCount] = _key(
        "citationsByYear",
        "Citations per year of the citing paper, oldest year first; citing papers without a year are left out.",
    )


@strawberry.enum(description="How firmly an author record is tied to a real person (see the README, Trust).")
class VerificationLevel(Enum):
    L0 = strawberry.enum_value("L0", description="A name-only record: no persistent identifier anywhere.")
    L1 = strawberry.enum_value(
        "L1",
        description="Backed by persistent identifiers (an ORCID, or works with DOIs/PMIDs/arXiv ids); not claimed.",
    )
    L2 = strawberry.enum_value("L2", description="Claimed by a signed-in account.")
    L3 = strawberry.enum_value(
        "L3",
        description="Claimed with strong evidence: the account's verified ORCID equals the record's, or its verified "
        "e-mail domain belongs to an institution in the record's affiliation history.",
    )


@strawberry.type(description="One published part of the trust score, with the evidence behind its value.")
class TrustComponent:
    name: str = _key("name", "The component's stable name, such as `orcid` or `identified_works`.")
    weight: int = _key("weight", "The most this component can add to the score.")
    value: int = _key("value", "What it adds for this record, 0 to `weight`.")
    evidence: list[str] = _key("evidence", "The facts behind the value, as short sentences; empty when it adds 0.")


@strawberry.type(description="How much a researcher record can be trusted, and why (the formula is in the README).")
class Trust:
    score: int = _key("score", "The trust score, 0-100: the sum of the components' values.")
    label: str = _key(
        "label", "The score's band: `Unverified` (0-24), `Emerging` (25-49), `Established` (50-74), `Trusted` (75-100)."
    )
    level: VerificationLevel = _key("level", "The verification level, L0 to L3.")
    claimed: bool = _key("claimed", "Whether a signed-in account has claimed this author record.")
    components: list[TrustComponent] = _key("components", "The score's components, in a fixed order.")
