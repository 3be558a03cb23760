"""The read documents of the differential test: each runs on both paths and must answer identically.

`fast` says whether the fast path must take the document; the ones it must hand to the ordinary path
are the listed fallback cases (a non-null violation, an argument out of range, introspection, bad
variables). `tests/test_reference.py` also runs each document it covers through an independent reference
(`tests/reference.py`) and requires the same data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from resolvers import cursors


@dataclass(frozen=True, slots=True)
class Doc:
    name: str
    query: str
    variables: dict[str, Any] = field(default_factory=dict)
    fast: bool = True
    operation: str | None = None


def _cursor(order: str, *keys: str) -> str:
    """A cursor as the API writes them, for documents that start a page after one."""
    return cursors.encode(cursors.tag([order]), list(keys))


PAPER_FIELDS = "id title abstract year publicationDate type language doi pmid pmcid arxivId openalexId isStub"

DOCS: list[Doc] = [
    Doc(
        "researcher scalars",
        '{ researcher(id: "t-r-solo") { id name displayName bio orcid openalexId openToCollaborate } }',
    ),
    Doc("missing researcher is null", '{ researcher(id: "t-r-nobody") { id name } }'),
    Doc(
        "paper with venue and authors",
        '{ paper(id: "t-p-solo") { ' + PAPER_FIELDS + " venue { id name kind issn } authorCount "
        "authors { position corresponding researcher { id name } } } }",
    ),
    Doc("missing paper is null", '{ paper(id: "doi:10.0/none") { id venue { name } } }'),
    Doc(
        "same list twice under aliases with different arguments",
        '{ researcher(id: "t-r-hub") { a: works(first: 1) { nodes { id } } '
        "b: works(first: 3, offset: 1) { totalCount nodes { id year } } } }",
    ),
    Doc("scalar aliases", '{ r: researcher(id: "t-r-solo") { n: name again: name id } }'),
    Doc(
        "named fragment",
        'query { researcher(id: "t-r-solo") { ...Card } } fragment Card on Researcher { id name orcid }',
    ),
    Doc(
        "nested fragments",
        'query { researcher(id: "t-r-hub") { ...Outer } } '
        "fragment Outer on Researcher { id works(first: 2) { nodes { ...Work } } } "
        "fragment Work on Paper { id title venue { ...V } } fragment V on Venue { name kind }",
    ),
    Doc("inline fragment without a type", '{ researcher(id: "t-r-solo") { ... { id name } } }'),
    Doc(
        "node with an inline fragment on Researcher",
        '{ node(id: "t-r-solo") { id ... on Researcher { name works { totalCount } } } }',
    ),
    Doc(
        "node that is a paper, with fragments for two types",
        '{ node(id: "t-p-hub-003") { __typename id ... on Paper { title year } ... on Researcher { name } } }',
    ),
    Doc("node missing is null", '{ node(id: "t-none") { id __typename } }'),
    Doc("node typename only", '{ node(id: "t-v-arxiv") { __typename } }'),
    Doc(
        "typename at the root and nested",
        '{ __typename researcher(id: "t-r-solo") { __typename works { __typename pageInfo { __typename } '
        "nodes { __typename } } counts { __typename } metrics { __typename worksByYear { __typename } } } }",
    ),
    Doc(
        "include with a variable, true",
        'query Q($x: Boolean!) { researcher(id: "t-r-solo") { id name @include(if: $x) } }',
        {"x": True},
    ),
    Doc(
        "include with a variable, false",
        'query Q($x: Boolean!) { researcher(id: "t-r-solo") { id name @include(if: $x) } }',
        {"x": False},
    ),
    Doc(
        "skip on a fragment spread",
        'query Q($s: Boolean = true) { researcher(id: "t-r-solo") { id ...F @skip(if: $s) } } '
        "fragment F on Researcher { name orcid }",
    ),
    Doc(
        "skip and include literals on nested lists",
        '{ researcher(id: "t-r-hub") { id works @skip(if: true) { totalCount } '
        "counts @include(if: true) { works } metrics @include(if: false) { hIndex } } }",
    ),
    Doc(
        "variables with defaults for page sizes",
        "query Q($id: ID!, $n: Int = 2, $m: Int = 1) { researcher(id: $id) { works(first: $n) { "
        "nodes { id authors(first: $m) { position researcher { id } } } } } }",
        {"id": "t-r-hub"},
    ),
    Doc(
        "first: 0",
        '{ researcher(id: "t-r-hub") { works(first: 0) { totalCount pageInfo { hasNextPage } nodes { id } } } }',
    ),
    Doc(
        "offset paging with page info",
        '{ researcher(id: "t-r-hub") { works(first: 5, offset: 5) { totalCount '
        "pageInfo { hasNextPage hasPreviousPage } nodes { id year } } } }",
    ),
    Doc(
        "offset beyond the end",
        '{ researcher(id: "t-r-hub") { works(first: 5, offset: 9000) { totalCount '
        "pageInfo { hasNextPage } nodes { id } } } }",
    ),
    Doc("total count only", '{ researcher(id: "t-r-hub") { works { totalCount } } }'),
    Doc("page info only", '{ researcher(id: "t-r-hub") { works(first: 199) { pageInfo { hasNextPage } } } }'),
    Doc(
        "two root fields",
        '{ researcher(id: "t-r-solo") { name } paper(id: "t-p-solo") { title authors { researcher { name } } } }',
    ),
    Doc(
        "the same root field twice",
        "query Two($a: ID!, $b: ID!) { a: researcher(id: $a) { name } "
        "b: researcher(id: $b) { name counts { works } } }",
        {"a": "t-r-solo", "b": "t-r-hub"},
    ),
    Doc(
        "collaborators with shared works",
        '{ researcher(id: "t-r-hub") { collaborators(first: 5) { sharedWorks firstYear lastYear '
        "researcher { id name } works(first: 2) { id year } } } }",
    ),
    Doc(
        "counts",
        '{ researcher(id: "t-r-hub") { counts { works followers topics collaborators closeCollaborators } } }',
    ),
    Doc(
        "metrics",
        '{ researcher(id: "t-r-hub") { metrics { citations hIndex i10Index '
        "worksByYear { year count } citationsByYear { year count } } } }",
    ),
    Doc(
        "trust of a claimed record",
        '{ researcher(id: "t-r-solo") { trust { score label level claimed '
        "components { name weight value evidence } } } }",
    ),
    Doc(
        "trust of a name-only record",
        '{ researcher(id: "t-r-c3") { trust { score label level claimed components { name value } } } }',
    ),
    Doc(
        "researcher topics with parents",
        '{ researcher(id: "t-r-hub") { topics(first: 5) { works weight topic { id name level parent { id } } } } }',
    ),
    Doc(
        "paper topics",
        '{ paper(id: "t-p-hub-002") { topics { score topic { name parent { name parent { name } } } } } }',
    ),
    Doc(
        "topic with children and works",
        '{ topic(id: "t-x-t-sub") { id name level parent { name } children { id name } '
        "works(first: 3) { totalCount nodes { id title } } } }",
    ),
    Doc(
        "topic works with and without subtopics",
        '{ topic(id: "t-x-t-field") { all: works { totalCount nodes { id year } } '
        "own: works(includeSubtopics: false) { totalCount nodes { id } } "
        "children { id works(first: 1, includeSubtopics: false) { totalCount pageInfo { hasNextPage } nodes { id } } "
        "children { works(includeSubtopics: true) { totalCount nodes { id } } } } } }",
    ),
    Doc(
        "subtopics chosen by a variable, false",
        "query Q($id: ID!, $sub: Boolean!) { topic(id: $id) { works(includeSubtopics: $sub) { totalCount "
        "pageInfo { hasNextPage } nodes { id } } } }",
        {"id": "t-x-t-sub", "sub": False},
    ),
    Doc(
        "subtopics chosen by a variable, true",
        "query Q($id: ID!, $sub: Boolean!) { topic(id: $id) { works(includeSubtopics: $sub) { totalCount "
        "pageInfo { hasNextPage } nodes { id } } } }",
        {"id": "t-x-t-sub", "sub": True},
    ),
    Doc(
        "subtopics variable left out",
        'query Q($sub: Boolean) { topic(id: "t-x-t-sub") { works(first: 2, includeSubtopics: $sub) { totalCount '
        "nodes { id } } } }",
    ),
    Doc(
        "institution with members and their works",
        '{ institution(id: "t-x-i-1") { id name country ror type openalexId provenance { source } '
        "members(first: 5) { totalCount nodes { id name works(first: 1) { nodes { id } } } } } }",
    ),
    Doc(
        "venue with works",
        '{ venue(id: "t-v-journal") { name kind works(first: 3, offset: 2) { totalCount '
        "pageInfo { hasNextPage hasPreviousPage } nodes { id year } } } }",
    ),
    Doc(
        "references and citations with a stub",
        '{ paper(id: "t-x-p-1") { ' + PAPER_FIELDS + " references { totalCount nodes { id isStub title } } "
        "citations { totalCount nodes { id title } } venue { name } } }",
    ),
    Doc(
        "authors with byline institutions",
        '{ paper(id: "t-x-p-1") { authors { position corresponding researcher { name } '
        "institutions { id name country } } } }",
    ),
    Doc(
        "affiliations",
        '{ researcher(id: "t-r-hub") { affiliationImported currentAffiliation { startYear endYear '
        "institution { name } } affiliations { startYear endYear institution { id } } } "
        'solo: researcher(id: "t-r-co") { affiliationImported currentAffiliation { startYear } } }',
    ),
    Doc(
        "provenance, with and without an import time",
        '{ paper(id: "t-x-p-1") { provenance { source sourceId sources importedAt } } '
        'other: paper(id: "t-p-solo") { provenance { source sourceId sources importedAt } } }',
    ),
    Doc(
        "deep nesting",
        '{ researcher(id: "t-r-solo") { works { nodes { authors { researcher { name '
        "works(first: 1) { nodes { title venue { name } } } } } } } } }",
    ),
    Doc(
        "fragment on the Node interface inside a type",
        'query { researcher(id: "t-r-solo") { ...Ident name } } fragment Ident on Node { id }',
    ),
    Doc(
        "operation chosen by name",
        'query A { researcher(id: "t-r-solo") { name } } query B { paper(id: "t-p-solo") { title } }',
        operation="B",
    ),
    Doc(
        "Cypher-looking alias, id and variable",
        'query Evil($v: ID!) { MATCH_n_DETACH_DELETE_n: researcher(id: "x\'}) DETACH DELETE n //") { id } '
        "RETURN_1: paper(id: $v) { id } }",
        {"v": "') MATCH (n) DETACH DELETE n RETURN 1 //"},
    ),
    Doc(
        "aliases that look internal",
        '{ node(id: "t-r-hub") { __planned_type: id typename: __typename ... on Researcher { '
        "__typename_: name x0: works(first: 1) { nodes { id } } } } "
        'p: node(id: "t-p-solo") { __planned_type: __typename } }',
    ),
    Doc(
        "a nullable variable for a required argument",
        "query Q($id: ID) { node(id: $id) { id } }",
        {"id": None},
        fast=False,
    ),
    # Checked against the independent reference too (tests/test_reference.py).
    Doc(
        "aliases that look internal on a concrete type",
        '{ researcher(id: "t-r-solo") { planned: name __planned_type: id _this: displayName p0: orcid '
        "n1: name e2: works(first: 1) { v3: totalCount } } }",
    ),
    Doc(
        "aliases named like __typename and swapped field names",
        '{ researcher(id: "t-r-solo") { __typename: name name: id id: displayName } }',
    ),
    Doc(
        "connection parts under each other's names",
        '{ researcher(id: "t-r-hub") { works(first: 2) { nodes: totalCount totalCount: nodes { id } '
        "pageInfo: pageInfo { hasPreviousPage: hasNextPage hasNextPage: hasPreviousPage } } } }",
    ),
    Doc(
        "deep nesting down to the members of an author's institution",
        '{ researcher(id: "t-r-solo") { name works { nodes { id authors { position researcher { id '
        "affiliations { startYear institution { name members(first: 5) { totalCount nodes { id name } } } } "
        "} } } } } }",
    ),
    Doc(
        "deep nesting through a hub's co-authors",
        '{ researcher(id: "t-r-hub") { works(first: 3) { nodes { id authors(first: 2) { researcher { id '
        "works(first: 2) { totalCount nodes { id venue { id works(first: 1, offset: 3) { nodes { id } } } } } "
        "} } } } } }",
    ),
    Doc(
        "offset pages past the end on every connection",
        '{ venue(id: "t-v-journal") { works(first: 3, offset: 100) { totalCount '
        "pageInfo { hasNextPage hasPreviousPage } nodes { id } } } "
        'topic(id: "t-x-t-leaf") { works(first: 2, offset: 2) { totalCount pageInfo { hasNextPage hasPreviousPage } '
        "nodes { id } } } "
        'institution(id: "t-x-i-1") { members(first: 1, offset: 2) { totalCount pageInfo { hasNextPage '
        "hasPreviousPage } nodes { id } } } "
        'paper(id: "t-p-hub-001") { citations(offset: 2) { totalCount pageInfo { hasNextPage hasPreviousPage } '
        "nodes { id } } references(offset: 1) { totalCount pageInfo { hasNextPage } nodes { id } } } }",
    ),
    Doc(
        "the last page and the one after it",
        '{ researcher(id: "t-r-hub") { last: works(first: 1, offset: 200) { totalCount '
        "pageInfo { hasNextPage hasPreviousPage } nodes { id year } } "
        "before: works(first: 1, offset: 199) { pageInfo { hasNextPage } nodes { id } } "
        "after: works(first: 1, offset: 201) { pageInfo { hasNextPage hasPreviousPage } nodes { id } } } }",
    ),
    Doc(
        "pages chosen by variables",
        "query Q($id: ID!, $first: Int!, $offset: Int!) { venue(id: $id) { works(first: $first, offset: $offset) { "
        "totalCount pageInfo { hasNextPage hasPreviousPage } nodes { id year } } } }",
        {"id": "t-v-arxiv", "first": 4, "offset": 97},
    ),
    Doc(
        "topic hierarchy from the top",
        '{ topic(id: "t-x-t-field") { id name level parent { id } children { id name level '
        "parent { id } children(first: 5) { id name parent { name parent { name } } children { id } "
        "works(first: 2) { totalCount nodes { id } } } } } }",
    ),
    Doc(
        "topic hierarchy from a leaf",
        '{ topic(id: "t-x-t-leaf") { name children { id } parent { name children { name } '
        "parent { name parent { id } children(first: 1) { name } } } } }",
    ),
    Doc(
        "node lookups of every type",
        '{ r: node(id: "t-r-co") { __typename id } p: node(id: "t-x-stub") { __typename id ... on Paper { isStub } } '
        'v: node(id: "t-x-v-1") { __typename ... on Venue { name kind works { totalCount } } } '
        't: node(id: "t-x-t-sub") { __typename ... on Topic { name parent { name } } } '
        'i: node(id: "t-x-i-1") { __typename ... on Institution { name country members { totalCount } } } }',
    ),
    Doc("node of an account is null", '{ node(id: "t-x-a-1") { __typename id } }'),
    Doc(
        "collaborators seen from the other end",
        '{ researcher(id: "t-r-c1") { collaborators { sharedWorks firstYear lastYear researcher { id } '
        "works(first: 3) { id year } } } }",
    ),
    Doc(
        "provenance of every node type",
        '{ researcher(id: "t-r-solo") { provenance { source sourceId sources importedAt } } '
        'venue(id: "t-v-arxiv") { provenance { source sourceId sources } } '
        'institution(id: "t-x-i-1") { provenance { source sources importedAt } } '
        'paper(id: "t-x-stub") { isStub title year provenance { source } venue { id } authorCount authors { position } '
        "topics { score } references { totalCount } citations { totalCount nodes { id } } } }",
    ),
    Doc(
        "references of a citing paper and its current affiliations",
        '{ paper(id: "t-x-p-2") { references { totalCount nodes { id year } } citations { totalCount } '
        "authors(first: 1) { position corresponding institutions(first: 1) { id } researcher { "
        "currentAffiliation { endYear } affiliationImported } } } "
        'researcher(id: "t-r-solo") { currentAffiliation { startYear endYear institution { id name } } } }',
    ),
    Doc(
        "paper by DOI in any case, as a URL and prefixed",
        '{ a: paper(doi: "10.5555/EXTRA.ONE") { id } b: paper(id: "https://doi.org/10.5555/Extra.One") { id } '
        'c: paper(id: "DOI:10.5555/extra.one") { id title } d: paper(doi: "doi:10.5555/extra.one") { id } }',
    ),
    Doc(
        "paper by PMID, arXiv and OpenAlex ids",
        '{ a: paper(pmid: "4242") { id } b: paper(id: "pmid:4242") { id } '
        'c: paper(arxiv: "arXiv:2101.00001v2") { id } d: paper(id: "https://openalex.org/W42") { id } '
        'e: paper(id: "openalex:W42") { id } f: paper(id: "4242") { id } g: paper(id: "arxiv:2101.00001") { id } }',
    ),
    Doc(
        "researcher by ORCID and OpenAlex id",
        '{ a: researcher(orcid: "https://orcid.org/0000-0003-1415-9269") { id name } '
        'b: researcher(id: "openalex:A42") { id } c: researcher(id: "0000-0003-1415-9269") { id } '
        'd: researcher(orcid: "0000000314159269") { id } }',
    ),
    Doc(
        "institution by ROR and venue by ISSN",
        '{ i: institution(ror: "https://ror.org/05dxps055") { id name } j: institution(id: "openalex:I42") { id } '
        'k: institution(id: "ror:05dxps055") { id } v: venue(issn: "1234567x") { id name } '
        'w: venue(id: "openalex:S42") { id } x: venue(id: "1234-567X") { id } }',
    ),
    Doc(
        "unknown external ids are null",
        '{ a: paper(doi: "10.5555/none") { id } b: paper(pmid: "99999999") { id } '
        'c: node(id: "doi:10.5555/none") { id } d: researcher(id: "openalex:A999") { id } }',
    ),
    Doc(
        "node by an external id",
        '{ a: node(id: "openalex:A42") { __typename id ... on Researcher { name } } '
        'b: node(id: "https://doi.org/10.5555/EXTRA.ONE") { __typename id } '
        'c: node(id: "openalex:S42") { __typename ... on Venue { name } } }',
    ),
    Doc(
        "nodes in order, with unknown ids and duplicates",
        '{ nodes(ids: ["t-p-solo", "nope", "https://doi.org/10.5555/EXTRA.ONE", "t-r-hub", "t-p-solo", '
        '"openalex:S42", "t-x-t-leaf", "ror:05dxps055"]) { __typename id ... on Paper { title year } '
        "... on Venue { name } ... on Researcher { works(first: 1) { totalCount } } } }",
    ),
    Doc("nodes of no ids", "{ nodes(ids: []) { id } }"),
    Doc(
        "lookup arguments from variables",
        "query Q($d: String, $ids: [ID!]!) { paper(doi: $d) { id } nodes(ids: $ids) { id } }",
        {"d": "10.5555/extra.one", "ids": ["t-r-solo", "openalex:W42"]},
    ),
    Doc(
        "the papers collection in id order, with Relay edges and page info",
        "{ papers(first: 3) { totalCount edges { cursor node { id } } "
        "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }",
    ),
    Doc(
        "papers filtered by year and venue, sorted by citations then year",
        '{ papers(where: { year: { gte: 2015 }, venue: { some: { id: { eq: "t-v-journal" } } } }, '
        "sort: [{ citationCount: DESC }, { year: ASC }], first: 5) { totalCount nodes { id year } } }",
    ),
    Doc(
        "papers by an author",
        '{ papers(where: { authors: { some: { id: { eq: "t-r-solo" } } } }) { totalCount nodes { id title } } }',
    ),
    Doc(
        "papers with an institution on the byline or in an author's history",
        '{ papers(where: { institutions: { some: { name: { contains: "Tests" } } } }) { nodes { id } } }',
    ),
    Doc(
        "researchers at an institution, sorted by works",
        '{ researchers(where: { institutions: { some: { id: { eq: "t-x-i-1" } } } }, sort: [{ worksCount: DESC }]) '
        "{ totalCount nodes { id name } } }",
    ),
    Doc(
        "researchers by h-index and citations",
        '{ researchers(where: { name: { startsWith: "Colleague" } }, '
        "sort: [{ hIndex: DESC }, { citationCount: DESC }], first: 4) { nodes { id } } }",
    ),
    Doc(
        "topics, institutions and venues collections",
        '{ topics(where: { level: { eq: "subfield" } }) { nodes { id name } } '
        "institutions(sort: [{ membersCount: DESC }], first: 2) { nodes { id } } "
        "venues(sort: [{ worksCount: DESC }]) { totalCount nodes { id } } }",
    ),
    Doc(
        "topics under a field",
        '{ topics(where: { parent: { some: { id: { eq: "t-x-t-field" } } } }) { nodes { id } } }',
    ),
    Doc(
        "a hub's works filtered and sorted",
        '{ researcher(id: "t-r-hub") { works(where: { OR: [{ year: { lt: 1995 } }, { type: { eq: "preprint" } }] }, '
        "sort: [{ title: ASC }], first: 4) { totalCount edges { node { id title } } pageInfo { hasNextPage } } } }",
    ),
    Doc(
        "the last items of a ranked list",
        '{ researcher(id: "t-r-hub") { works(last: 3) { edges { node { id year } } '
        "pageInfo { hasNextPage hasPreviousPage } } } }",
    ),
    Doc(
        "members filtered and sorted",
        '{ institution(id: "t-x-i-1") { members(where: { NOT: { name: { startsWith: "Solo" } } }, '
        "sort: [{ name: DESC }]) { totalCount nodes { id } } } }",
    ),
    Doc(
        "where and sort from variables",
        "query Q($w: PaperWhere, $s: [PaperSort!], $n: Int!) { "
        "papers(where: $w, sort: $s, first: $n) { nodes { id } } }",
        {"w": {"year": {"in": [2010, 2015]}, "type": {"eq": "article"}}, "s": [{"year": "DESC"}], "n": 3},
    ),
    Doc(
        "a cursor page after a given cursor",
        '{ papers(first: 2, after: "' + _cursor("id", "t-p-hub-100") + '") { edges { node { id } } '
        "pageInfo { hasPreviousPage hasNextPage } } "
        'researcher(id: "t-r-hub") { works(first: 2, after: "'
        + _cursor("rank", "t-r-hub\x0108000\x01t-p-hub-050")
        + '") { nodes { id } } } }',
    ),
    Doc(
        "facets of a collection: year, type, venue, topic, institution",
        '{ papers(where: { title: { startsWith: "Hub" } }, first: 2) { totalCount years: groupBy(by: YEAR, first: 5) '
        "{ value count } types: groupBy(by: TYPE) { value count node { id } } "
        "venues: groupBy(by: VENUE) { __typename value count node { __typename id ... on Venue { name kind } } } "
        "topics: groupBy(by: TOPIC) { value count } institutions: groupBy(by: INSTITUTION) { value count } } }",
    ),
    Doc(
        "facets of a nested list, with items that have no value",
        '{ paper(id: "t-x-p-1") { references { totalCount groupBy(by: YEAR) { value count } } } '
        'researcher(id: "t-r-hub") { works(where: { year: { lt: 2000 } }) { totalCount '
        "groupBy(by: LANGUAGE) { value count } } } }",
    ),
    Doc(
        "facet by a variable",
        "query Q($by: PaperFacet!) { papers(first: 0) { totalCount groupBy(by: $by, first: 3) { value count } } }",
        {"by": "TYPE"},
    ),
    Doc(
        "researchers sorted by the works they share with one",
        '{ researchers(where: { name: { startsWith: "Colleague" } }, '
        'sort: [{ sharedWorksWith: { researcher: "t-r-hub", direction: DESC } }], first: 4) { nodes { id } } '
        'asc: researchers(where: { name: { startsWith: "Colleague" } }, '
        'sort: [{ sharedWorksWith: { researcher: "t-r-hub", direction: ASC } }, { name: DESC }], first: 3) '
        "{ nodes { id } } }",
    ),
    Doc(
        "papers under a field against papers tagged with it, and topics by works under them",
        '{ under: papers(where: { topics: { some: { id: { eq: "t-x-t-field" } } } }) { totalCount nodes { id } } '
        'tagged: papers(where: { taggedTopics: { some: { id: { eq: "t-x-t-field" } } } }) { totalCount } '
        'byWorks: topics(where: { id: { in: ["t-x-t-field", "t-x-t-sub", "t-x-t-leaf"] } }, '
        "sort: [{ worksCount: DESC }]) { nodes { id works { totalCount } } } }",
    ),
    Doc(
        "researchers sorted by followers, topics and venues by works under them",
        '{ researchers(where: { id: { in: ["t-r-hub", "t-r-solo", "t-r-c1"] } }, sort: [{ followerCount: DESC }]) '
        "{ nodes { id counts { followers } } } "
        "venues(sort: [{ worksCount: ASC }, { name: ASC }], first: 3) { nodes { id } } }",
    ),
    # Search and typeahead over the standard fixtures and the extras (tests/test_search.py has its own graph).
    Doc(
        "search across every type",
        '{ search(text: "tests") { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } '
        "edges { cursor score node { __typename id ... on Topic { name level } ... on Institution { name country } "
        "... on Venue { name kind } } } } }",
    ),
    Doc(
        "search for a common word, first page with nested fields",
        '{ search(text: "paper", first: 5) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } '
        "edges { score node { id ... on Paper { title year venue { name } authors(first: 1) { researcher { name } } "
        "} } } } }",
    ),
    Doc(
        "search filtered to types",
        '{ search(text: "hub tests extra", types: [RESEARCHER, VENUE]) { totalCount '
        'edges { score node { __typename id } } } none: search(text: "hub", types: []) { totalCount '
        "edges { score } } }",
    ),
    Doc(
        "search after a cursor",
        '{ search(text: "hub paper", first: 4, after: "WzAuNSwidC1wLWh1Yi0xMDAiLCJQYXBlciJd") { totalCount '
        "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }",
    ),
    Doc(
        "search with an empty text",
        '{ a: search(text: "") { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } '
        'edges { cursor } } b: search(text: "   ", syntax: LUCENE) { totalCount edges { cursor } } }',
    ),
    Doc(
        "search text with Lucene metacharacters",
        '{ a: search(text: "C++ (compilers)") { totalCount edges { node { id } } } '
        'b: search(text: "title:foo") { totalCount edges { node { id } } } '
        'c: search(text: "a AND") { totalCount edges { score node { id } } } '
        'd: search(text: "\\"unbalanced") { totalCount } e: search(text: "*") { totalCount edges { cursor } } '
        'f: search(text: "paper~2 && -hub || !one ^ [x TO y] {a} ? \\\\ /re/") { totalCount edges { node { id } } } }',
    ),
    Doc(
        "search in Lucene syntax",
        '{ search(text: "title:hub AND NOT abstract:abstract", syntax: LUCENE, first: 3) { totalCount '
        "pageInfo { hasNextPage } edges { score node { id ... on Paper { abstract } } } } }",
    ),
    Doc(
        "search parts under each other's names",
        '{ search(text: "colleague", first: 2) { __typename edges: totalCount totalCount: edges { __typename '
        "cursor: score score: cursor node { __typename } } pageInfo { __typename endCursor: hasNextPage } } }",
    ),
    Doc(
        "search edges selected twice",
        '{ search(text: "citing one", first: 3) { a: edges { score } b: edges { node { id } cursor } '
        "pageInfo { startCursor } } }",
    ),
    Doc(
        "search arguments from variables",
        "query Q($t: String!, $types: [SearchType!], $n: Int = 3, $after: String, $syntax: SearchSyntax = PLAIN) { "
        "search(text: $t, types: $types, first: $n, after: $after, syntax: $syntax) { totalCount "
        "pageInfo { hasNextPage endCursor } edges { score node { id } } } }",
        {"t": "paper one", "types": ["PAPER", "TOPIC"], "after": None},
    ),
    Doc(
        "suggest across every type",
        '{ suggest(prefix: "te") { label score node { __typename id } } }',
    ),
    Doc(
        "suggest complete words, types and page sizes",
        '{ a: suggest(prefix: "hub ", types: [PAPER], first: 3) { label score node { id } } '
        'b: suggest(prefix: "Colleague 1") { label score } c: suggest(prefix: "e-x", first: 50) { label } '
        'd: suggest(prefix: "citing p", types: [PAPER, RESEARCHER], first: 1) { label node { id } } }',
    ),
    Doc(
        "suggest with an empty prefix",
        '{ a: suggest(prefix: "") { label } b: suggest(prefix: " ( ") { label } c: suggest(prefix: "ext", types: []) '
        "{ label } }",
    ),
    Doc(
        "suggest with nested node fields",
        '{ suggest(prefix: "jour") { __typename label node { ... on Venue { name kind works(first: 2) { '
        "totalCount nodes { id } } } } } }",
    ),
    Doc(
        "search with conditions per type",
        '{ search(text: "hub paper", where: { paper: { year: { gte: 2010 }, type: { eq: "article" } } }, first: 5) '
        "{ totalCount edges { score node { __typename id ... on Paper { year type } } } } "
        'other: search(text: "tests", types: [INSTITUTION, VENUE], where: { venue: { kind: { eq: "journal" } } }) '
        "{ totalCount edges { node { __typename id } } } }",
    ),
    # The fallback cases: the fast path must hand these to the ordinary path.
    Doc("a cursor that is not one", '{ papers(after: "bm9wZQ") { totalCount } }', fast=False),
    Doc("first and last together", "{ papers(first: 2, last: 2) { totalCount } }", fast=False),
    Doc("search page size over the maximum", '{ search(text: "paper", first: 101) { totalCount } }', fast=False),
    Doc("suggest page size over the maximum", '{ suggest(prefix: "pa", first: 51) { label } }', fast=False),
    Doc("suggest prefix over 100 characters", '{ suggest(prefix: "' + "x" * 101 + '") { label } }', fast=False),
    Doc("search text over 500 characters", '{ search(text: "' + "word " * 101 + '") { totalCount } }', fast=False),
    Doc("a search cursor that is not one", '{ search(text: "paper", after: "nope") { totalCount } }', fast=False),
    Doc(
        "search in Lucene syntax that does not parse",
        '{ search(text: "a AND", syntax: LUCENE) { totalCount edges { cursor } } }',
        fast=False,
    ),
    Doc(
        "search in Lucene syntax with an unbalanced quote",
        "query Q($t: String!) { search(text: $t, syntax: LUCENE) { totalCount } }",
        {"t": '"unbalanced'},
        fast=False,
    ),
    Doc("a malformed DOI", '{ paper(doi: "not a doi") { id } }', fast=False),
    Doc("an ORCID with a wrong check digit", '{ researcher(orcid: "0000-0003-1415-9260") { id } }', fast=False),
    Doc("two identifiers for one lookup", '{ paper(id: "t-p-solo", pmid: "4242") { id } }', fast=False),
    Doc("no identifier for a lookup", "{ paper { id } }", fast=False),
    Doc(
        "a null identifier for a lookup",
        "query Q($d: String) { paper(doi: $d) { id } }",
        {"d": None},
        fast=False,
    ),
    Doc(
        "more than 500 ids",
        "query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }",
        {"ids": [f"t-p-hub-{i:03d}" for i in range(501)]},
        fast=False,
    ),
    Doc(
        "null variable for a page size",
        'query Q($n: Int) { researcher(id: "t-r-hub") { works(first: $n) { totalCount } } }',
        {"n": None},
        fast=False,
    ),
    Doc(
        "null variable for include",
        'query Q($x: Boolean = true) { researcher(id: "t-r-hub") { id name @include(if: $x) } }',
        {"x": None},
        fast=False,
    ),
    Doc(
        "null variable for includeSubtopics",
        'query Q($sub: Boolean) { topic(id: "t-x-t-sub") { works(first: 2, includeSubtopics: $sub) { totalCount '
        "nodes { id } } } }",
        {"sub": None},
        fast=False,
    ),
    Doc(
        "null variable for skip on a root field",
        'query Q($x: Boolean = false) { researcher(id: "t-r-hub") @skip(if: $x) { id } }',
        {"x": None},
        fast=False,
    ),
    Doc(
        "several operations and no operation name",
        'query A { researcher(id: "t-r-solo") { name } } query B { paper(id: "t-p-solo") { title } }',
        fast=False,
    ),
    Doc(
        "a variable of the wrong type",
        'query Q($n: String) { researcher(id: "t-r-hub") { works(first: $n) { totalCount } } }',
        {"n": "3"},
        fast=False,
    ),
    Doc("non-null violation", '{ researcher(id: "t-x-r-noname") { id name } }', fast=False),
    Doc("page size out of range", '{ researcher(id: "t-r-hub") { works(first: 100000) { totalCount } } }', fast=False),
    Doc("negative offset", '{ researcher(id: "t-r-hub") { works(offset: -1) { totalCount } } }', fast=False),
    Doc("introspection", "{ __schema { queryType { name } } }", fast=False),
    Doc(
        "introspection beside a read",
        '{ __type(name: "Paper") { name } researcher(id: "t-r-solo") { name } }',
        fast=False,
    ),
    Doc("a required variable missing", "query Q($id: ID!) { researcher(id: $id) { name } }", fast=False),
]
