"""How a schema field is read from the graph: the mappings that `schema/` declares beside each field.

A field's mapping is stored in its Strawberry `metadata` under `GRAPH` and read by the planner
(`resolvers.compiler`), which turns a whole selection into one Cypher statement. Labels, relationship
types and property names come only from these declarations; fragment files in `cypher/fields/` are
addressed by name. Nothing here is ever formatted from a request.

Inside a fragment, `_this` is the node being projected, `_edge` the relationship that reached it (on
edge types such as `Authorship`), `_source` the node that relationship came from, `_that` and `_rel`
the node and relationship a pattern binds, and `$limit`/`$offset` the page. The planner renames every
`_name` and `$name` to generated identifiers, so fragments never collide.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from graphql import GraphQLField, GraphQLInputField, GraphQLObjectType, GraphQLSchema

from graphdb.identifiers import IdKind

GRAPH: Final = "graph"

Direction = Literal["out", "in", "both"]


@dataclass(frozen=True, slots=True)
class Order:
    """One ORDER BY term: a property of the far node (`on="node"`) or of the relationship (`"edge"`). Nulls sort
    last in both directions (the compiler adds the null test)."""

    prop: str
    desc: bool = False
    on: Literal["node", "edge"] = "node"


@dataclass(frozen=True, slots=True)
class Page:
    """A list's page size: the default, the maximum, and whether it takes an `offset`."""

    default: int
    maximum: int


@dataclass(frozen=True, slots=True)
class Prop:
    """A property of the node (or, with `on="edge"`, of the relationship that reached it).

    `default` replaces a missing value (for non-null flags stored only when set; `()` is the empty list)."""

    name: str
    on: Literal["node", "edge"] = "node"
    default: bool | int | tuple[()] | None = None


@dataclass(frozen=True, slots=True)
class Same:
    """An object read from the same node and relationship (groups such as `counts`, `provenance`, or the
    far node of an edge type)."""


@dataclass(frozen=True, slots=True)
class Switch:
    """A Boolean argument of a hop's field that names another relationship type to read when it is false (the
    same direction, label, order and page), such as `Topic.works(includeSubtopics: false)` reading the direct
    HAS_TOPIC edges instead of the derived UNDER_TOPIC ones.

    The value is read when the operation is planned (a literal, a variable or the argument's default), so each
    value has a statement of its own, and a variable given to the argument is part of the plan cache key."""

    argument: str
    rel_if_false: str


@dataclass(frozen=True, slots=True)
class Hop:
    """Neighbours over one relationship type.

    `many=False` gives one object (the first in `order`) or null; otherwise a list, or a connection
    (`totalCount`, `pageInfo`, `nodes`) when the field's type is one. `edge=True` means the element
    type describes the relationship and reaches the node through a `Same()` field. Every list is
    limited inside the statement by `page`.

    `ranked=True` reads the list in the order of the relationship's `rank` key, kept at write time
    (`<this node's id>␁<sort key>␁<far id>`, U+0001 between the parts, see `cypher/import/rank_papers.cypher`)
    and indexed, so a hub's page costs its size, not the hub's; its total is the relationship's degree. The relationship
    type must then connect only these labels (stub papers have no such edges).

    `switch` lets a Boolean argument choose another relationship type (see `Switch`)."""

    rel: str
    direction: Direction
    label: str
    order: tuple[Order, ...] = ()
    many: bool = True
    page: Page | None = None
    edge: bool = False
    ranked: bool = False
    switch: Switch | None = None


@dataclass(frozen=True, slots=True)
class Pattern:
    """Neighbours found by a pattern fragment (`cypher/fields/<name>.cypher`) that binds `_that` (and
    optionally `_rel`, or its own `_name` values for an aggregate). With `ordered=False` the planner
    adds the ORDER BY of `order`; with `ordered=True` the fragment ends in its own `WITH ... ORDER BY`."""

    fragment: str
    order: tuple[Order, ...] = ()
    ordered: bool = False
    many: bool = True
    page: Page | None = None
    edge: bool = False
    binds_rel: bool = False


@dataclass(frozen=True, slots=True)
class Value:
    """A value bound by the enclosing pattern fragment (such as `_works` of an aggregate)."""

    name: str


@dataclass(frozen=True, slots=True)
class Expr:
    """A computed value: an expression fragment (`cypher/fields/<name>.cypher`), such as a count or a map
    of metrics. A map's fields are then read by name."""

    fragment: str


@dataclass(frozen=True, slots=True)
class Computed:
    """A value computed in Python, while the answer is shaped, from inputs that an expression fragment
    fetched in the same statement (the trust snapshot). The result's fields are read by name."""

    fragment: str
    compute: Callable[[Any], Any] = field(compare=False)


@dataclass(frozen=True, slots=True)
class Connection:
    """A connection type's part: `totalCount`, `pageInfo`, `nodes` or (Relay) `edges`."""

    part: Literal["totalCount", "pageInfo", "nodes", "edges"]


@dataclass(frozen=True, slots=True)
class EdgePart:
    """A connection edge's part: the item's opaque `cursor`, or the `node` itself."""

    part: Literal["cursor", "node"]


@dataclass(frozen=True, slots=True)
class FacetPart:
    """A facet bucket's part: its `value`, its `count`, or the `node` it stands for."""

    part: Literal["value", "count", "node"]


@dataclass(frozen=True, slots=True)
class PageInfoPart:
    """A page info field (`PageInfo`, `SearchPageInfo`), computed from the page that was read (one item past it
    tells whether more follow) and the cursor or offset it started from."""

    part: Literal["hasNextPage", "hasPreviousPage", "startCursor", "endCursor"]


@dataclass(frozen=True, slots=True)
class Scan:
    """A root collection: every node of the label (filtered, sorted and paged like any connection)."""

    label: str


@dataclass(frozen=True, slots=True)
class Filter:
    """A `where` input field on a node property (`year: { gte: 2019 }`), compared with the field's operators;
    `default` stands for a missing value (flags stored only when set)."""

    prop: str
    default: bool | None = None


@dataclass(frozen=True, slots=True)
class Related:
    """A `where` input field over neighbours (`authors: { some: {...} }`): the hops or pattern fragments that
    reach them (each binds `_that`); `some` holds when any path reaches a match."""

    paths: tuple[Hop | Pattern, ...]


@dataclass(frozen=True, slots=True)
class Combine:
    """`AND`, `OR` (lists of the same input) or `NOT` (one) in a `where` input."""

    op: Literal["AND", "OR", "NOT"]


@dataclass(frozen=True, slots=True)
class Facets:
    """A connection's `groupBy`: per value of the `by` argument, what the items are grouped by (a property, or
    the neighbours a `Related` reaches, counted as distinct items per neighbour)."""

    by: tuple[tuple[str, Filter | Related, str | None], ...]  # (enum value, grouping, the neighbours' label)


@dataclass(frozen=True, slots=True)
class SortKey:
    """A `sort` input field: a property of the node, or an expression fragment (a count such as the citations,
    optionally one key of the map it gives), or (`shared_with`) the works shared with a researcher the term
    names (its COAUTHOR weight, 0 when they share none)."""

    prop: str | None = None
    fragment: str | None = None
    key: str | None = None
    shared_with: bool = False


@dataclass(frozen=True, slots=True)
class Key:
    """A field of a map-shaped value (from `Expr` or `Computed`), read by its key."""

    name: str


@dataclass(frozen=True, slots=True)
class Lookup:
    """A root field: the node a client's identifier names among the labels (one label, or several for
    `node(id)`). Each argument reads one kind of identifier, or (kind None, the `id` argument) any identifier
    the label's records carry (`graphdb.identifiers`). Exactly one argument is given. With `batch=True` the
    one argument is a list of identifiers, answered in order, null for an unknown one."""

    labels: tuple[str, ...]
    arguments: tuple[tuple[str, IdKind | None], ...] = (("id", None),)
    batch: bool = False


@dataclass(frozen=True, slots=True)
class FullText:
    """One type's full-text index (created by a `cypher/constraints/fulltext_*` statement): the label it covers,
    the index's name and the properties it indexes, in order (a hit's label is the first that is set)."""

    label: str
    index: str
    props: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Search:
    """A root field: a keyset-paged connection of full-text hits over these indexes (one per type a client may
    choose), by Lucene relevance, then id, then type name. Each index answers its `depth` best hits at most; the
    page, its cursors and `totalCount` are taken from those (`resolvers.search`)."""

    indexes: tuple[FullText, ...]
    page: Page
    depth: int


@dataclass(frozen=True, slots=True)
class Suggest:
    """A root field: typeahead suggestions for a prefix over these indexes, from the `candidates` best hits of
    each, by Lucene relevance, then the shorter label, then id, then type name (`resolvers.search`)."""

    indexes: tuple[FullText, ...]
    page: Page
    candidates: int


@dataclass(frozen=True, slots=True)
class HitsPart:
    """A part of a search connection: `totalCount`, `pageInfo` or `edges`."""

    part: Literal["totalCount", "pageInfo", "edges"]


@dataclass(frozen=True, slots=True)
class HitPart:
    """A field of one full-text hit (a search edge or a suggestion): its cursor, score, node or label."""

    part: Literal["cursor", "score", "node", "label"]


Mapping = (
    Prop
    | Same
    | Hop
    | Pattern
    | Value
    | Expr
    | Computed
    | Connection
    | EdgePart
    | PageInfoPart
    | Key
    | Lookup
    | Scan
    | Filter
    | Related
    | Combine
    | Facets
    | FacetPart
    | SortKey
    | Search
    | Suggest
    | HitsPart
    | HitPart
)
Root = Lookup | Scan | Search | Suggest  # the mappings of root fields: each compiles into one statement


def meta(mapping: Mapping) -> dict[str, Any]:
    """The Strawberry field metadata that declares a mapping."""
    return {GRAPH: mapping}


def switch_arguments(schema: GraphQLSchema) -> frozenset[str]:
    """The names of the arguments that some hop of the schema switches on (they change a statement's text)."""
    found: set[str] = set()
    for gtype in schema.type_map.values():
        if isinstance(gtype, GraphQLObjectType):
            for gfield in gtype.fields.values():
                mapping = mapping_of(gfield)
                if isinstance(mapping, Hop) and mapping.switch is not None:
                    found.add(mapping.switch.argument)
    return frozenset(found)


def mapping_of(gfield: GraphQLField | GraphQLInputField) -> Mapping | None:
    """The mapping a schema field declares, if any."""
    definition = (gfield.extensions or {}).get("strawberry-definition")
    metadata = getattr(definition, "metadata", None) or {}
    found: Mapping | None = metadata.get(GRAPH)
    return found


def has_own_resolver(gfield: GraphQLField) -> bool:
    """A field computed by a Python resolver rather than declared by a mapping."""
    definition = (gfield.extensions or {}).get("strawberry-definition")
    return getattr(definition, "base_resolver", None) is not None and mapping_of(gfield) is None
