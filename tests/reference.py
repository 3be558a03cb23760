"""An independent reference for the read API: the committed SDL made executable by graphql-core, with plain
resolvers that each run one hand-written statement of `tests/cypher/reference/` per parent object.

It shares nothing with the app's read path (no planner, shaping, mappings or Strawberry types): its orders
and semantics are written from the SDL's descriptions, its page-size checks are read from them, and the
runner is only its transport. It is naive N+1 on purpose: one statement per field per parent.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from graphql import (
    DocumentNode,
    GraphQLAbstractType,
    GraphQLError,
    GraphQLField,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLResolveInfo,
    GraphQLScalarType,
    GraphQLSchema,
    TypeInfo,
    TypeInfoVisitor,
    Visitor,
    build_schema,
    visit,
)
from graphql.language import FieldNode
from graphql.utilities.coerce_input_value import coerce_default_value

from graphdb.runner import Runner
from tests import reference_ids
from tests import reference_search as rs
from tests.reference_lists import CURSOR, Item, Lists

SDL: Final = Path(__file__).resolve().parent.parent / "schema.graphql"
STATEMENTS: Final = Path(__file__).resolve().parent / "cypher" / "reference"
NODE_TYPES: Final = ("Researcher", "Paper", "Venue", "Topic", "Institution")

Props = dict[str, Any]
Resolver = Callable[..., Any]
Info = GraphQLResolveInfo["ReferenceContext"]


@dataclass(frozen=True, slots=True)
class ReferenceContext:
    """What the reference's resolvers need: the runner, used as a transport for its own statements."""

    runner: Runner


@dataclass(frozen=True, slots=True)
class Node:
    """A graph node as a statement returned it: the API type it answers as and its properties."""

    type: str
    props: Props

    @property
    def id(self) -> str:
        return str(self.props["id"])


@dataclass(frozen=True, slots=True)
class Edge:
    """A relationship answered as an object (Authorship, Affiliation, PaperTopic, Collaboration): its
    properties, the id of the node it was reached from, and the node at its far end."""

    props: Props
    near: str
    far: Node


@dataclass(frozen=True, slots=True)
class Page:
    """A connection's page: the whole list's size, where the page starts, its size and its items."""

    total: int
    offset: int
    first: int
    nodes: list[Node]
    has_next: bool | None = None  # when the page is not `first` items from `offset` (read with `last`)
    has_previous: bool | None = None
    listed: list[Item] = field(default_factory=list)  # the whole filtered, sorted list (for groupBy)


async def _read(info: Info, name: str, **params: Any) -> list[dict[str, Any]]:
    return await info.context.runner.read(f"reference/{name}", params)


# --- page sizes, from the SDL: "(default 20, at most 500)" on the field, "0-10000" on `offset` ---------

LIMIT_RE: Final = re.compile(r"\(default (\d+), at most (\d+)\)")
RANGE_RE: Final = re.compile(r"(\d+)-(\d+)")


def _check_page(info: Info, first: int | None, offset: int | None) -> None:
    """Raise the API's input error when `first` or `offset` is outside what the field's description allows."""
    definition = info.parent_type.fields[info.field_name]
    if first is not None:
        limits = LIMIT_RE.search(definition.description or "")
        assert limits, f"{info.parent_type.name}.{info.field_name} gives no page size"
        if not 0 <= first <= int(limits.group(2)):
            raise GraphQLError(f"first must be between 0 and {limits.group(2)}", extensions={"code": "BAD_USER_INPUT"})
    if offset is not None:
        span = RANGE_RE.search(definition.args["offset"].description or "")
        assert span, f"{info.parent_type.name}.{info.field_name} gives no offset range"
        if not int(span.group(1)) <= offset <= int(span.group(2)):
            raise GraphQLError(
                f"offset must be between {span.group(1)} and {span.group(2)}", extensions={"code": "BAD_USER_INPUT"}
            )


# --- resolver builders ---------------------------------------------------------------------------------


def prop(name: str, default: Any = None) -> Resolver:
    """A property of the parent node, or of the relationship when the parent is an edge type."""

    def resolve(parent: Node | Edge, _info: Info) -> Any:
        value = parent.props.get(name)
        return default if value is None else value

    return resolve


def attribute(name: str) -> Resolver:
    """A value the parent object already holds (a page's parts, a map's keys)."""

    def resolve(parent: Any, _info: Info) -> Any:
        return parent[name] if isinstance(parent, Mapping) else getattr(parent, name)

    return resolve


def same(parent: Node, _info: Info) -> Node:
    """An object read from the parent node itself (provenance)."""
    return parent


def far(parent: Edge, _info: Info) -> Node:
    """The node at the far end of an edge type."""
    return parent.far


def lookup(*labels: str) -> Resolver:
    """A root field: the node one identifier argument names among the labels, or null (`tests.reference_ids`)."""

    async def resolve(_parent: None, info: Info, **args: Any) -> Node | None:
        given = {name: value for name, value in args.items() if value is not None}
        if len(given) != 1:
            raise GraphQLError("give exactly one identifier", extensions={"code": "BAD_USER_INPUT"})
        ((name, text),) = given.items()
        if name == "id":
            kinds = tuple(dict.fromkeys(k for label in labels for k in reference_ids.CARRIED[label]))
            keys = reference_ids.candidates(text, kinds)
        else:
            value = reference_ids.read(name, text)
            if value is None:
                raise GraphQLError(f"not a valid {name}", extensions={"code": "BAD_USER_INPUT"})
            keys = {reference_ids.PROPERTY[name]: value}
        return await _find(info, labels, keys)

    return resolve


async def _find(info: Info, labels: tuple[str, ...], keys: dict[str, str]) -> Node | None:
    """The node with one of these property values among the labels: a graph id match first."""
    rows = await _read(info, "lookup", keys=keys, labels=list(labels))
    rows.sort(key=lambda row: row["props"].get("id") != keys.get("id"))
    if not rows:
        return None
    (label,) = rows[0]["labels"]
    return Node(label, rows[0]["props"])


def lookup_many(*labels: str) -> Resolver:
    """`nodes(ids:)`: each identifier as the `id` argument of `node`, in order."""
    single = lookup(*labels)

    async def resolve(parent: None, info: Info, ids: list[str]) -> list[Node | None]:
        if len(ids) > 500:
            raise GraphQLError("at most 500 ids", extensions={"code": "BAD_USER_INPUT"})
        return [await single(parent, info, id=text) for text in ids]

    return resolve


def page(statement: str, node_type: str) -> Resolver:
    """A connection (`totalCount`, `pageInfo`, `nodes`, `edges`) read by one statement returning `total` and
    `nodes`; with `where`, `sort` or `last`, the whole list is read and then filtered, sorted and paged."""

    async def resolve(parent: Node, info: Info, first: int, offset: int, **more: Any) -> Page:
        _check_page(info, first, offset)
        (row,) = await _read(info, statement, id=parent.id, first=100_000, offset=0)
        items = [Item(node_type, props) for props in row["nodes"]]
        return await _listed(info, items, first, offset, more)

    return resolve


def collection(label: str) -> Resolver:
    """A root collection: every node of the label by id, then filtered, sorted and paged."""

    async def resolve(_parent: None, info: Info, first: int, **more: Any) -> Page:
        _check_page(info, first, None)
        items = [Item(label, row["props"]) for row in await _read(info, "label_nodes", label=label)]
        return await _listed(info, items, first, 0, more)

    return resolve


async def _listed(info: Info, items: list[Item], first: int, offset: int, more: dict[str, Any]) -> Page:
    if more.get("after") is not None or more.get("before") is not None:
        raise GraphQLError("the reference does not read cursors", extensions={"code": "REFERENCE_UNSUPPORTED"})
    last = more.get("last")
    if last is not None and "first" in {a.name.value for a in info.field_nodes[0].arguments or ()}:
        raise GraphQLError("first or last", extensions={"code": "BAD_USER_INPUT"})
    lists = Lists(lambda name, **params: _read(info, name, **params))
    where = more.get("where")
    if where is not None:
        where_type = info.parent_type.fields[info.field_name].args["where"].type
        items = [i for i in items if await lists.matches(str(getattr(where_type, "name", where_type)), where, i)]
    items = await lists.ordered(items, more.get("sort"))
    nodes = [Node(i.type, i.props) for i in items]
    if last is not None:
        shown = nodes[max(0, len(nodes) - last) :]
        return Page(len(nodes), 0, last, shown, has_next=False, has_previous=len(nodes) > last, listed=items)
    return Page(len(nodes), offset, first, nodes[offset : offset + first], listed=items)


async def group_by(parent: Page, info: Info, by: str, first: int) -> list[dict[str, Any]]:
    """`groupBy`: over the whole filtered list, as its description states."""
    _check_page(info, first, None)
    lists = Lists(lambda name, **params: _read(info, name, **params))
    buckets = (await lists.buckets(parent.listed, str(getattr(by, "value", by))))[:first]
    for bucket in buckets:
        item = bucket["node"]
        bucket["node"] = None if item is None else Node(item.type, item.props)
    return buckets


def nodes(statement: str, node_type: str) -> Resolver:
    """A plain list of nodes, `first` of them, one per row's `props`."""

    async def resolve(parent: Node, info: Info, first: int) -> list[Node]:
        _check_page(info, first, None)
        rows = await _read(info, statement, id=parent.id, first=first)
        return [Node(node_type, row["props"]) for row in rows]

    return resolve


def one(statement: str, node_type: str) -> Resolver:
    """A single neighbour node, or null."""

    async def resolve(parent: Node, info: Info) -> Node | None:
        rows = await _read(info, statement, id=parent.id)
        return Node(node_type, rows[0]["props"]) if rows else None

    return resolve


def edges(statement: str, far_type: str, *, first: int | None = None) -> Resolver:
    """A list of relationships answered as objects: rows of `edge` and `far` properties. With `first`
    given, the field takes no argument and answers the first item or null (currentAffiliation)."""

    async def resolve(parent: Node, info: Info, **args: Any) -> list[Edge] | Edge | None:
        size = args.get("first", first)
        if "first" in args:
            _check_page(info, size, None)
        rows = await _read(info, statement, id=parent.id, first=size)
        found = [Edge(row["edge"], parent.id, Node(far_type, row["far"])) for row in rows]
        if first is None:
            return found
        return found[0] if found else None

    return resolve


def scalar(statement: str, column: str) -> Resolver:
    """A value one statement computes for the parent node."""

    async def resolve(parent: Node, info: Info) -> Any:
        (row,) = await _read(info, statement, id=parent.id)
        return row[column]

    return resolve


# --- the fields that need more than a builder ----------------------------------------------------------


async def authorship_institutions(parent: Edge, info: Info, first: int) -> list[Node]:
    _check_page(info, first, None)
    ids = parent.props.get("institutions") or []
    rows = await _read(info, "authorship_institutions", ids=list(ids), first=first)
    return [Node("Institution", row["props"]) for row in rows]


async def collaboration_works(parent: Edge, info: Info, first: int) -> list[Node]:
    _check_page(info, first, None)
    rows = await _read(info, "collaboration_works", a=parent.near, b=parent.far.id, first=first)
    return [Node("Paper", row["props"]) for row in rows]


async def researcher_topics(parent: Node, info: Info, first: int) -> list[dict[str, Any]]:
    _check_page(info, first, None)
    rows = await _read(info, "researcher_topics", id=parent.id, first=first)
    return [{"topic": Node("Topic", row["far"]), "works": row["works"], "weight": row["weight"]} for row in rows]


async def topic_works(
    parent: Node,
    info: Info,
    first: int,
    offset: int,
    includeSubtopics: bool,  # noqa: N803
    **more: Any,
) -> Page:
    """The works tagged with the topic or, unless `includeSubtopics` is false, with any topic under it."""
    statement = "topic_works" if includeSubtopics else "topic_works_direct"
    return await page(statement, "Paper")(parent, info, first, offset, **more)  # type: ignore[no-any-return]


async def researcher_counts(parent: Node, info: Info) -> dict[str, int]:
    (row,) = await _read(info, "researcher_counts", id=parent.id)
    return row


async def researcher_metrics(parent: Node, info: Info) -> dict[str, Any]:
    works = await _read(info, "researcher_work_citations", id=parent.id)
    citing = await _read(info, "researcher_citing_years", id=parent.id)
    cited = sorted((row["citations"] for row in works), reverse=True)
    h_index = sum(1 for rank, count in enumerate(cited, start=1) if count >= rank)
    per_work_year = Counter(row["year"] for row in works if row["year"] is not None)
    per_citing_year = Counter(row["year"] for row in citing if row["year"] is not None)
    return {
        "citations": sum(cited),
        "hIndex": h_index,
        "i10Index": sum(1 for count in cited if count >= 10),
        "worksByYear": [{"year": y, "count": n} for y, n in sorted(per_work_year.items())],
        "citationsByYear": [{"year": y, "count": n} for y, n in sorted(per_citing_year.items())],
    }


def page_info(parent: Page, _info: Info) -> dict[str, Any]:
    """From the descriptions: items follow the page, items precede it (an offset); the cursors of its ends."""
    following = parent.offset + parent.first < parent.total if parent.has_next is None else parent.has_next
    preceding = parent.offset > 0 if parent.has_previous is None else parent.has_previous
    ends = CURSOR if parent.nodes else None
    return {"hasNextPage": following, "hasPreviousPage": preceding, "startCursor": ends, "endCursor": ends}


def page_edges(parent: Page, _info: Info) -> list[dict[str, Any]]:
    """Relay's edges: each node with the cursor placeholder."""
    return [{"cursor": CURSOR, "node": node} for node in parent.nodes]


# --- search and typeahead (`tests.reference_search`): each chosen type's index queried on its own, then merged --


async def _hits(info: Info, types: list[str] | None, query: str | None, limit: int, which: int) -> list[dict[str, Any]]:
    """Every chosen type's hits: one `reference/search_hits` per type (`which`: 1 search's index, 2 suggest's)."""
    hits: list[dict[str, Any]] = []
    if query is None:
        return hits
    for name in rs.chosen(types):
        node_type, index = rs.INDEXES[name][0], rs.INDEXES[name][which]
        for row in await _read(info, "search_hits", index=index, query=query, limit=limit):
            assert row["labels"] == [node_type], row
            props = row["props"]
            label = next((props[p] for p in rs.LABELS.get(index, ()) if props.get(p) is not None), None)
            hits.append(
                {"score": row["score"], "id": str(props["id"]), "type": node_type, "label": label, "props": props}
            )
    return hits


async def search(
    _parent: None,
    info: Info,
    text: str,
    types: list[str] | None,
    first: int,
    after: str | None,
    syntax: str,
    where: dict[str, Any] | None = None,
) -> dict[str, Any]:
    definition = info.parent_type.fields["search"]
    _check_page(info, first, None)
    if len(text) > rs.number(rs.CHARACTERS_RE, definition.args["text"].description):
        raise rs.bad_input("the text is too long")
    start = rs.position(after) if after is not None else None
    query = (text if text.strip() else None) if syntax == "LUCENE" else rs.plain_query(text)
    hits = sorted(
        await _hits(info, types, query, rs.number(rs.DEPTH_RE, definition.description), 1), key=rs.search_order
    )
    if where:  # a type's condition filters that type's hits, as the collections' where does
        lists = Lists(lambda name, **params: _read(info, name, **params))
        kept = []
        for h in hits:
            condition = where.get(h["type"][0].lower() + h["type"][1:])
            if condition is None or await lists.matches(f"{h['type']}Where", condition, Item(h["type"], h["props"])):
                kept.append(h)
        hits = kept
    following = [h for h in hits if start is None or rs.search_order(h) > (-start[0], start[1], start[2])]
    page = following[:first]
    cursors = [rs.cursor(h["score"], h["id"], h["type"]) for h in page]
    return {
        "totalCount": len(hits),
        "pageInfo": {
            "hasNextPage": len(following) > first,
            "hasPreviousPage": after is not None,
            "startCursor": cursors[0] if cursors else None,
            "endCursor": cursors[-1] if cursors else None,
        },
        "edges": [
            {"cursor": c, "score": h["score"], "node": Node(h["type"], h["props"])}
            for c, h in zip(cursors, page, strict=True)
        ],
    }


async def suggest(_parent: None, info: Info, prefix: str, types: list[str] | None, first: int) -> list[dict[str, Any]]:
    definition = info.parent_type.fields["suggest"]
    _check_page(info, first, None)
    if len(prefix) > rs.number(rs.CHARACTERS_RE, definition.args["prefix"].description):
        raise rs.bad_input("the prefix is too long")
    query = rs.prefix_query(prefix)
    hits = await _hits(info, types, query, rs.number(rs.CANDIDATES_RE, definition.description), 2)
    return [
        {"node": Node(h["type"], h["props"]), "label": h["label"], "score": h["score"]}
        for h in sorted(hits, key=rs.suggest_order)[:first]
    ]


def _node_common() -> dict[str, Resolver]:
    return {"id": prop("id"), "provenance": same}


CONNECTION: Final[dict[str, Resolver]] = {
    "totalCount": attribute("total"),
    "pageInfo": page_info,
    "nodes": attribute("nodes"),
    "edges": page_edges,
}
EDGE: Final[dict[str, Resolver]] = {"cursor": attribute("cursor"), "node": attribute("node")}

RESOLVERS: Final[dict[str, dict[str, Resolver]]] = {
    "Query": {
        "researcher": lookup("Researcher"),
        "paper": lookup("Paper"),
        "venue": lookup("Venue"),
        "topic": lookup("Topic"),
        "institution": lookup("Institution"),
        "node": lookup(*NODE_TYPES),
        "nodes": lookup_many(*NODE_TYPES),
        "papers": collection("Paper"),
        "researchers": collection("Researcher"),
        "topics": collection("Topic"),
        "institutions": collection("Institution"),
        "venues": collection("Venue"),
        "search": search,
        "suggest": suggest,
    },
    "SearchConnection": {name: attribute(name) for name in ("totalCount", "pageInfo", "edges")},
    "SearchPageInfo": {
        name: attribute(name) for name in ("hasNextPage", "hasPreviousPage", "startCursor", "endCursor")
    },
    "SearchEdge": {name: attribute(name) for name in ("cursor", "score", "node")},
    "Suggestion": {name: attribute(name) for name in ("node", "label", "score")},
    "Researcher": {
        **_node_common(),
        "name": prop("name"),
        "displayName": prop("displayName"),
        "bio": prop("bio"),
        "orcid": prop("orcid"),
        "openalexId": prop("openalexId"),
        "openToCollaborate": prop("openToCollaborate", False),
        "affiliationImported": scalar("researcher_affiliation_imported", "imported"),
        "currentAffiliation": edges("researcher_affiliations", "Institution", first=1),
        "affiliations": edges("researcher_affiliations", "Institution"),
        "collaborators": edges("researcher_collaborators", "Researcher"),
        "works": page("researcher_works", "Paper"),
        "topics": researcher_topics,
        "counts": researcher_counts,
        "metrics": researcher_metrics,
    },
    "Paper": {
        **_node_common(),
        "title": prop("title"),
        "abstract": prop("abstract"),
        "year": prop("year"),
        "publicationDate": prop("publicationDate"),
        "type": prop("type"),
        "language": prop("language"),
        "doi": prop("doi"),
        "pmid": prop("pmid"),
        "pmcid": prop("pmcid"),
        "arxivId": prop("arxivId"),
        "openalexId": prop("openalexId"),
        "isStub": prop("stub", False),
        "venue": one("paper_venue", "Venue"),
        "authorCount": scalar("paper_author_count", "authors"),
        "authors": edges("paper_authors", "Researcher"),
        "topics": edges("paper_topics", "Topic"),
        "references": page("paper_references", "Paper"),
        "citations": page("paper_citations", "Paper"),
    },
    "Venue": {
        **_node_common(),
        "name": prop("name"),
        "kind": prop("kind"),
        "issn": prop("issn"),
        "openalexId": prop("openalexId"),
        "works": page("venue_works", "Paper"),
    },
    "Topic": {
        "id": prop("id"),
        "name": prop("name"),
        "level": prop("level"),
        "parent": one("topic_parent", "Topic"),
        "children": nodes("topic_children", "Topic"),
        "works": topic_works,
    },
    "Institution": {
        **_node_common(),
        "name": prop("name"),
        "ror": prop("ror"),
        "country": prop("country"),
        "type": prop("type"),
        "openalexId": prop("openalexId"),
        "members": page("institution_members", "Researcher"),
    },
    "Provenance": {
        "source": prop("source"),
        "sourceId": prop("sourceId"),
        "sources": prop("sources", []),
        "importedAt": prop("importedAt"),
    },
    "Affiliation": {"institution": far, "startYear": prop("startYear"), "endYear": prop("endYear")},
    "Authorship": {
        "position": prop("position"),
        "corresponding": prop("corresponding", False),
        "researcher": far,
        "institutions": authorship_institutions,
    },
    "PaperTopic": {"topic": far, "score": prop("score")},
    "Collaboration": {
        "researcher": far,
        "sharedWorks": prop("works"),
        "firstYear": prop("firstYear"),
        "lastYear": prop("lastYear"),
        "works": collaboration_works,
    },
    **{f"{t}Connection": CONNECTION for t in ("Researcher", "Topic", "Institution", "Venue")},
    "PaperConnection": {**CONNECTION, "groupBy": group_by},
    **{f"{t}Edge": EDGE for t in ("Paper", "Researcher", "Topic", "Institution", "Venue")},
    "FacetBucket": {"value": attribute("value"), "count": attribute("count"), "node": attribute("node")},
    "PageInfo": {name: attribute(name) for name in ("hasNextPage", "hasPreviousPage", "startCursor", "endCursor")},
    "ResearcherCounts": {
        name: attribute(name) for name in ("works", "followers", "topics", "collaborators", "closeCollaborators")
    },
    "ResearcherMetrics": {
        name: attribute(name) for name in ("citations", "hIndex", "i10Index", "worksByYear", "citationsByYear")
    },
    "YearCount": {"year": attribute("year"), "count": attribute("count")},
    "TopicWeight": {"topic": attribute("topic"), "works": attribute("works"), "weight": attribute("weight")},
}
# Not covered: Researcher.trust (Trust, TrustComponent): its evidence sentences are not in the SDL.


def _iso(value: Any) -> str:
    """Dates and instants as the API writes them: Neo4j's ISO form (`2026-01-02T03:04:05.000000000+00:00`),
    or the stored string when the property holds one."""
    iso: Callable[[], str] | None = getattr(value, "iso_format", None)
    return iso() if iso is not None else str(value)


def _type_of(value: Any, _info: Info, _type: GraphQLAbstractType) -> str:
    assert isinstance(value, Node)
    return value.type


def _check_page_defaults(schema: GraphQLSchema) -> None:
    """Every list's `first` defaults to what its description says (the resolvers trust the SDL's defaults)."""
    for named in schema.type_map.values():
        if not isinstance(named, GraphQLObjectType) or named.name.startswith("__"):
            continue
        for name, definition in named.fields.items():
            if "first" in definition.args:
                limits = LIMIT_RE.search(definition.description or "")
                assert limits, f"{named.name}.{name} gives no page size"
                assert coerce_default_value(definition.args["first"]) == int(limits.group(1)), f"{named.name}.{name}"


def build_reference_schema() -> GraphQLSchema:
    """The executable reference schema: the committed SDL with the resolvers above."""
    schema = build_schema(SDL.read_text(encoding="utf-8"))
    for type_name, fields in RESOLVERS.items():
        object_type = schema.get_type(type_name)
        assert isinstance(object_type, GraphQLObjectType), type_name
        for field_name, resolver in fields.items():
            object_type.fields[field_name].resolve = resolver
    _check_page_defaults(schema)
    node = schema.get_type("Node")
    assert isinstance(node, GraphQLInterfaceType)
    node.resolve_type = _type_of
    for name in ("Date", "DateTime"):
        date_type = schema.get_type(name)
        assert isinstance(date_type, GraphQLScalarType)
        date_type.coerce_output_value = _iso
    return schema


def unresolved_fields(schema: GraphQLSchema, document: DocumentNode) -> set[str]:
    """The `Type.field`s a document selects that the reference has no resolver for (introspection and
    `__typename` are graphql-core's own)."""
    missing: set[str] = set()
    info = TypeInfo(schema)

    class Collect(Visitor):
        def enter_field(self, node: FieldNode, *_args: Any) -> None:
            parent = info.get_parent_type()
            name = node.name.value
            if name.startswith("__") or parent is None:
                return
            concrete = schema.get_possible_types(parent) if isinstance(parent, GraphQLInterfaceType) else [parent]
            for object_type in concrete:
                assert isinstance(object_type, GraphQLObjectType)
                definition: GraphQLField | None = object_type.fields.get(name)
                if definition is None or definition.resolve is None:
                    missing.add(f"{object_type.name}.{name}")

    visit(document, TypeInfoVisitor(info, Collect()))
    return missing


def statement_names() -> set[str]:
    """The reference's statements on disk, by registry name."""
    return {f"reference/{p.stem}" for p in STATEMENTS.glob("*.cypher")}
