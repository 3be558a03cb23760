"""What the planner produces and reads: plans, parameters, the Cypher scope, and the schema's mappings.

`resolvers.planner` compiles an operation into these; `resolvers.plans` caches and runs them;
`resolvers.shaping` builds the answer from their specs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graphql import GraphQLField, GraphQLObjectType, GraphQLSchema, ValueNode

from graphdb.registry import QueryRegistry
from resolvers import shaping
from resolvers.mapping import GRAPH, Mapping

FRAGMENTS = "fields/"


class NotPlannableError(Exception):
    """The selection holds something the planner does not compile (a schema bug, not a client's)."""


@dataclass(frozen=True, slots=True)
class Param:
    """A statement parameter: where its value comes from and how it is checked."""

    name: str
    kind: str  # "value" | "first" | "offset"
    field: str  # Type.field, for error messages
    argument: str
    node: ValueNode | None  # the argument as written (literal or variable); None when left out
    type: Any  # the argument's GraphQL input type
    default: Any
    maximum: int = 0


@dataclass(slots=True)
class RootPlan:
    """One root field's statement, its parameters and how to shape its result."""

    key: str  # the response key (alias or name)
    field: str  # Query.<field>
    text: str
    params: list[Param]
    fast: shaping.Shaper
    ordinary: shaping.Shaper


@dataclass(slots=True)
class OperationPlan:
    """The plans of an operation's root fields, and whether the whole operation may take the fast path."""

    roots: dict[str, RootPlan]
    covered: bool  # every root field and every nested field is compiled (no Python resolver, no introspection)
    order: list[str]  # response keys in selection order (including `__typename` at the root)
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


def mapping_of(gfield: GraphQLField) -> Mapping | None:
    """The mapping a schema field declares, if any."""
    definition = (gfield.extensions or {}).get("strawberry-definition")
    metadata = getattr(definition, "metadata", None) or {}
    found = metadata.get(GRAPH)
    return found


def has_own_resolver(gfield: GraphQLField) -> bool:
    definition = (gfield.extensions or {}).get("strawberry-definition")
    return getattr(definition, "base_resolver", None) is not None and mapping_of(gfield) is None


def fragments_used(schema: GraphQLSchema) -> set[str]:
    """The registry names of every fragment the schema's mappings use."""
    used: set[str] = set()
    for gtype in schema.type_map.values():
        for gfield in getattr(gtype, "fields", {}).values() if isinstance(gtype, GraphQLObjectType) else ():
            mapping = mapping_of(gfield)
            fragment = getattr(mapping, "fragment", None)
            if isinstance(fragment, str):
                used.add(FRAGMENTS + fragment)
    return used


def check_fragments(schema: GraphQLSchema, registry: QueryRegistry) -> None:
    """Fail start-up when a mapping names a fragment that has no file, or a fragment takes parameters."""
    for name in sorted(fragments_used(schema)):
        stmt = registry[name]  # UnknownQuery names the missing file
        if stmt.params:
            raise NotPlannableError(f"fragment {name} declares parameters; fragments take none")
