"""What the compiler produces and execution reads: root plans, their typed parameters, the Cypher scope.

`resolvers.compiler` compiles an operation into these; `resolvers.execution` caches, binds and runs them;
`resolvers.shaping` builds the answer from their specs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from graphql import ValueNode

from graphdb.identifiers import IdKind
from resolvers import shaping

FRAGMENTS = "fields/"


class NotPlannableError(Exception):
    """The selection holds something the compiler does not compile (a schema bug, not a client's)."""


class ParamKind(Enum):
    """How a statement parameter's value is checked before it is sent."""

    VALUE = "value"  # an id or other text, sent as a string (null stays null)
    FIRST = "first"  # a page size: an integer from 0 to the list's maximum
    OFFSET = "offset"  # items to skip: an integer from 0 to OFFSET_MAX
    LOOKUP = "lookup"  # a lookup argument read as one kind of identifier (`id_kind`), null when it is not one
    BATCH = "batch"  # a list of identifiers, each read as every kind in `id_kinds` (a list of maps)
    FILTER = "filter"  # a leaf of a `where` argument, found at `path` in the argument's value
    CURSOR = "cursor"  # an `after`/`before` cursor of the order `tag`, decoded into its `width` key values
    SEARCH_TEXT = "search_text"  # search text, sent as the Lucene query it becomes (`syntax` says how)
    SUGGEST_PREFIX = "suggest_prefix"  # a typeahead prefix, sent as the Lucene prefix query it becomes
    SEARCH_TYPES = "search_types"  # the node types chosen: a list of labels, null for all
    SEARCH_CURSOR = "search_cursor"  # a search `after` cursor, sent as the position it encodes ({score, id, type})


@dataclass(frozen=True, slots=True)
class Param:
    """A statement parameter: where its value comes from and how it is checked."""

    name: str
    kind: ParamKind
    field: str  # Type.field, for error messages
    argument: str
    node: ValueNode | None  # the argument as written (literal or variable); None when left out
    type: Any  # the argument's GraphQL input type
    default: Any
    maximum: int = 0
    id_kind: IdKind | None = None  # LOOKUP: the kind read
    strict: bool = False  # LOOKUP: the argument names this kind only, so a value that is not one is an error
    id_kinds: tuple[IdKind, ...] = ()  # BATCH: the kinds each identifier is read as
    path: tuple[str | int, ...] = ()  # FILTER: attribute names and list indexes from the argument to the leaf
    tag: str = ""  # CURSOR: the order the cursor must be of
    width: int = 0  # CURSOR: how many key values it holds
    syntax: Param | None = None  # SEARCH_TEXT: the argument that says whether the text is plain or Lucene syntax


@dataclass(frozen=True, slots=True)
class RootPlan:
    """One root field's statement, its parameters and how to shape its result."""

    key: str  # the response key (alias or name)
    field: str  # Query.<field>
    text: str
    params: tuple[Param, ...]
    fast: shaping.Shaper
    ordinary: shaping.Shaper


@dataclass(frozen=True, slots=True)
class OperationPlan:
    """The plans of an operation's root fields, and whether the whole operation may take the fast path."""

    roots: dict[str, RootPlan]
    covered: bool  # every root field and every nested field is compiled (no Python resolver, no introspection)
    order: tuple[str, ...]  # response keys in selection order (including `__typename` at the root)
    root_typename: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Ctx:
    """The Cypher variables in scope for a selection: the node, the relationship that reached it, the node
    it came from, and values a pattern fragment bound."""

    node: str
    edge: str | None = None
    source: str | None = None
    values: tuple[tuple[str, str], ...] = ()

    def value(self, name: str) -> str:
        for placeholder, var in self.values:
            if placeholder == name:
                return var
        raise NotPlannableError(f"no value {name} bound here")
