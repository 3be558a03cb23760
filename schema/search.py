"""The types of full-text search and typeahead: what `search` and `suggest` answer, and the indexes they read."""

from __future__ import annotations

from enum import Enum
from typing import Any, Final

import strawberry

from resolvers.mapping import FullText, HitPart, HitsPart, Page, PageInfoPart, meta
from resolvers.search import MAX_PREFIX, MAX_TEXT
from schema.filters import InstitutionWhere, PaperWhere, ResearcherWhere, TopicWhere, VenueWhere
from schema.types import Node

SEARCH_PAGE: Final = Page(default=20, maximum=100)
SEARCH_DEPTH: Final = 1000  # hits read per type: the deepest a page goes, and what totalCount counts at most
SUGGEST_PAGE: Final = Page(default=10, maximum=50)
SUGGEST_CANDIDATES: Final = 50  # hits read per type, ordered together; a suggestion list is a prefix of that order

# One full-text index per type (`cypher/constraints/fulltext_*.cypher`).
SEARCH_INDEXES: Final = (
    FullText("Researcher", "researcher_names", ("name", "displayName")),
    FullText("Paper", "paper_text", ("title", "abstract")),
    FullText("Topic", "topic_names", ("name",)),
    FullText("Institution", "institution_names", ("name",)),
    FullText("Venue", "venue_names", ("name",)),
)
# Typeahead reads one property per type, the label it shows: a prefix matching in two fields would score twice
# (the sources' display names mostly repeat the full name), and a paper is suggested by its title.
SUGGEST_INDEXES: Final = (
    FullText("Researcher", "researcher_full_names", ("name",)),
    FullText("Paper", "paper_titles", ("title",)),
    *SEARCH_INDEXES[2:],
)

ORDER = "then by id, then by type name (a venue and an institution may share an id), so the order is total"
WORDS = (
    "Each word is matched as typed, as a phrase of its tokens: Lucene's operators and punctuation mean nothing "
    "(`C++ (compilers)` finds `c` or `compilers`, `title:foo` the token `title:foo`, `a AND` the words `a` and `and`)."
)


def _part(mapping: HitsPart | PageInfoPart | HitPart, description: str) -> Any:
    return strawberry.field(description=description, metadata=meta(mapping))


@strawberry.enum(description="A kind of node that `search` and `suggest` look through; the values are node types.")
class SearchType(Enum):
    RESEARCHER = strawberry.enum_value(
        "Researcher",
        description="Researchers: `search` reads names and display names (full-text index `researcher_names`), "
        "`suggest` names (`researcher_full_names`).",
    )
    PAPER = strawberry.enum_value(
        "Paper",
        description="Papers: `search` reads titles and abstracts (`paper_text`), `suggest` titles (`paper_titles`). "
        "Stubs have neither and are never found.",
    )
    TOPIC = strawberry.enum_value("Topic", description="Topics, by name (`topic_names`).")
    INSTITUTION = strawberry.enum_value("Institution", description="Institutions, by name (`institution_names`).")
    VENUE = strawberry.enum_value("Venue", description="Venues, by name (`venue_names`).")


@strawberry.enum(description="How `search` reads its text.")
class SearchSyntax(Enum):
    PLAIN = strawberry.enum_value("PLAIN", description="Words, as typed. " + WORDS)
    LUCENE = strawberry.enum_value(
        "LUCENE",
        description="Lucene's classic query syntax, passed through for experts: fields (`title:`, `abstract:`, "
        "`name:`, `displayName:`), `AND`/`OR`/`NOT`, `+`/`-`, quotes, wildcards, `~`. A query Lucene cannot parse is "
        "BAD_USER_INPUT.",
    )


@strawberry.type(description="Where a page of hits sits among all the hits: cursors for the next page.")
class SearchPageInfo:
    has_next_page: bool = _part(PageInfoPart("hasNextPage"), "Whether hits follow this page.")
    has_previous_page: bool = _part(
        PageInfoPart("hasPreviousPage"), "Whether hits precede this page: true when `after` was given."
    )
    start_cursor: str | None = _part(
        PageInfoPart("startCursor"), "The cursor of the page's first hit; null when the page is empty."
    )
    end_cursor: str | None = _part(
        PageInfoPart("endCursor"),
        "The cursor of the page's last hit, to pass as `after` for the next page; null when the page is empty.",
    )


@strawberry.type(description="One search hit: the node found, its relevance and its place in the order.")
class SearchEdge:
    cursor: str = _part(
        HitPart("cursor"), "The hit's position, opaque: pass it as `after` to read the hits that follow it."
    )
    score: float = _part(
        HitPart("score"),
        "Lucene's relevance score (BM25) of the node for the text; higher is better. Each index has its own "
        "statistics, so scores of different types compare only roughly.",
    )
    node: Node = _part(HitPart("node"), "The node found; use inline fragments (`... on Paper`) for its fields.")


@strawberry.type(description="A page of search hits, best first.")
class SearchConnection:
    total_count: int = _part(
        HitsPart("totalCount"),
        f"How many hits the text has among the chosen types, counting at most the {SEARCH_DEPTH} best of each "
        "type (a count at that cap means more matched: refine the text).",
    )
    page_info: SearchPageInfo = _part(HitsPart("pageInfo"), "Where this page sits among the hits.")
    edges: list[SearchEdge] = _part(HitsPart("edges"), "The page's hits, in the search's order.")


@strawberry.type(description="A typeahead suggestion: a node whose label holds what was typed.")
class Suggestion:
    node: Node = _part(HitPart("node"), "The node suggested; use inline fragments (`... on Topic`) for its fields.")
    label: str = _part(
        HitPart("label"),
        "What to show, and what the prefix matched: a researcher's name, a paper's title, a topic's, institution's "
        "or venue's name.",
    )
    score: float = _part(HitPart("score"), "Lucene's relevance score of the label for the prefix; higher is better.")


SEARCH_DESCRIPTION = (
    "Full-text search through researchers (name, display name), papers (title, abstract), topics, institutions "
    "and venues (name). " + WORDS + " A hit holds at least one word; hits with more of the words, rarer ones, or "
    f"in shorter fields score higher. Best first: Lucene's relevance score, descending, {ORDER}. Each type "
    f"gives its {SEARCH_DEPTH} best hits at most, and pages go through those: pass a hit's cursor "
    "(or `pageInfo.endCursor`) as `after` for the hits that follow it; pages neither repeat nor skip a hit while "
    "the graph does not change. A text that is empty or only spaces finds nothing"
)
SUGGEST_DESCRIPTION = (
    "Typeahead for a search box: nodes whose label holds every word of the prefix, the last as the beginning "
    "of a word (`alzh` finds `Alzheimer Disease`; the last word also scores as a whole word, so `alzheimer` ranks "
    "the word above longer words it begins; a prefix that ends in a space completes its last word). From "
    f"the {SUGGEST_CANDIDATES} best index hits of each type, ordered together: Lucene's relevance score, "
    f"descending, then the shorter label, {ORDER}. An empty or blank prefix answers an empty list"
)
TEXT_ARG = f"The words to look for, at most {MAX_TEXT} characters."
PREFIX_ARG = f"What has been typed so far, at most {MAX_PREFIX} characters."
TYPES_ARG = "The types to look through: all of them when left out or null; an empty list finds nothing."
AFTER_ARG = "A cursor of this search (`edges.cursor`, `pageInfo.endCursor`): the page starts after that hit."
SYNTAX_ARG = "How the text is read: plain words (the default) or Lucene query syntax."


@strawberry.input(
    description="Conditions on the hits of each type: a type's condition filters that type's hits (among the best "
    "hits its index gives, see `search`), types without one are not filtered (choose types with `types`)."
)
class SearchWhere:
    researcher: ResearcherWhere | None = strawberry.field(default=None, description="Conditions on researchers.")
    paper: PaperWhere | None = strawberry.field(default=None, description="Conditions on papers.")
    topic: TopicWhere | None = strawberry.field(default=None, description="Conditions on topics.")
    institution: InstitutionWhere | None = strawberry.field(default=None, description="Conditions on institutions.")
    venue: VenueWhere | None = strawberry.field(default=None, description="Conditions on venues.")


WHERE_ARG = "Conditions on the hits, per type (the filters of the collections)."
