"""`where` and `sort` arguments compiled into Cypher: a predicate over the listed node, and order terms.

Both are read from the argument's value as the request gives it (a literal or a variable), so the statement's
text follows the structure of the value (which fields and operators are given) and every leaf value is a
parameter (`ParamKind.FILTER`, found again at bind time by its path in the argument). The plan cache keys on
that structure (`resolvers.execution.structure`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any, Final

from graphql import (
    FieldNode,
    GraphQLField,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLList,
    GraphQLNonNull,
    Undefined,
)
from graphql.utilities import value_from_ast

from resolvers.compiled import Ctx, NotPlannableError, ParamKind
from resolvers.compiler import Compiler
from resolvers.errors import UserInputError
from resolvers.mapping import Combine, Filter, Hop, Pattern, Related, SortKey, mapping_of

# Operator name in the filter inputs -> the Cypher comparison, `{x}` the value, `{p}` the parameter.
OPERATORS: Final = {
    "eq": "{x} = {p}",
    "in": "{x} IN {p}",
    "contains": "{x} CONTAINS {p}",
    "startsWith": "{x} STARTS WITH {p}",
    "gt": "{x} > {p}",
    "gte": "{x} >= {p}",
    "lt": "{x} < {p}",
    "lte": "{x} <= {p}",
    "isNull": "({x} IS NULL) = {p}",
}
ARROWS: Final = {"out": ("-", "->"), "in": ("<-", "-"), "both": ("-", "-")}


def _input_type(t: GraphQLInputType) -> GraphQLInputObjectType:
    while isinstance(t, GraphQLNonNull | GraphQLList):
        t = t.of_type
    assert isinstance(t, GraphQLInputObjectType), t
    return t


def where_type(arg: Argument) -> GraphQLInputObjectType:
    """The input object type of a `where` argument."""
    return _input_type(arg.type)


def _only(value: Any, name: str) -> bool:
    """Whether `name` is the one input field given in `value`."""
    fields = value.items() if isinstance(value, dict) else vars(value).items()
    return [k for k, v in fields if v is not None] == [name]


def _attr(value: Any, name: str) -> Any:
    return value.get(name) if isinstance(value, dict) else getattr(value, name, None)


@dataclass(frozen=True, slots=True)
class Argument:
    """A `where` or `sort` argument as written on one field: where its leaves' parameters come from."""

    owner: str
    name: str
    node: Any  # the ValueNode
    type: GraphQLInputType


@dataclass(frozen=True, slots=True)
class SortTerm:
    """One ORDER BY term: a Cypher expression over the listed node, and its direction."""

    expr: str
    desc: bool
    name: str  # for the cursor's tag


class WhereCompiler:
    """Compiles `where` and `sort` arguments with the selection compiler's names and parameters."""

    def __init__(self, compiler: Compiler) -> None:
        self.c = compiler
        self.consumed: tuple[str | int, ...] | None = None  # a `where` field the list's anchor already applies

    def given(self, gfield: GraphQLField, nodes: Sequence[FieldNode], name: str) -> tuple[Argument, Any] | None:
        """The argument as written and its value with this request's variables; None when left out or null."""
        arg = gfield.args.get(name)
        written = next((a.value for a in nodes[0].arguments or () if a.name.value == name), None)
        if arg is None or written is None:
            return None
        value = value_from_ast(written, arg.type, self.c.variables)
        if value is Undefined or value is None:
            return None
        return Argument(owner=nodes[0].name.value, name=name, node=written, type=arg.type), value

    # -- where -----------------------------------------------------------------------------------------

    def predicate(self, arg: Argument, value: Any, node: str, owner: str) -> str:
        return self._where(_input_type(arg.type), value, node, arg, (), owner)

    def predicate_at(
        self, arg: Argument, value: Any, where: GraphQLInputType, node: str, path: tuple[str | int, ...], owner: str
    ) -> str:
        """The predicate of a `where` nested in the argument at `path` (`search(where: { paper: {...} })`)."""
        return self._where(_input_type(where), value, node, arg, path, owner)

    def _leaf(self, arg: Argument, path: tuple[str | int, ...], owner: str) -> str:
        return self.c.param(
            kind=ParamKind.FILTER,
            field=owner,
            argument=arg.name,
            node=arg.node,
            type=arg.type,
            default=None,
            path=path,
        )

    def _where(
        self,
        where: GraphQLInputObjectType,
        value: Any,
        node: str,
        arg: Argument,
        path: tuple[str | int, ...],
        owner: str,
    ) -> str:
        terms: list[str] = []
        for name, field in where.fields.items():
            key = field.out_name or name
            given = _attr(value, key)
            if given is None:
                continue
            mapping = mapping_of(field)
            at = (*path, key)
            if at == self.consumed:
                continue
            if isinstance(mapping, Filter):
                expr = f"{node}.{self.c.prop_name(mapping.prop)}"
                if mapping.default is not None:
                    expr = f"coalesce({expr}, {'true' if mapping.default else 'false'})"
                terms.extend(self._scalar(_input_type(field.type), given, expr, arg, at, owner))
            elif isinstance(mapping, Related):
                terms.extend(self._related(mapping, _input_type(field.type), given, node, arg, at, owner))
            elif isinstance(mapping, Combine):
                terms.append(self._combine(mapping, where, given, node, arg, at, owner))
            else:
                raise NotPlannableError(f"{where.name}.{name} declares no filter mapping")
        return " AND ".join(f"({t})" for t in terms) if terms else "true"

    def _scalar(
        self, ops: GraphQLInputObjectType, value: Any, expr: str, arg: Argument, path: tuple[str | int, ...], owner: str
    ) -> list[str]:
        terms = []
        for name, field in ops.fields.items():
            key = field.out_name or name
            if _attr(value, key) is None:
                continue
            template = OPERATORS.get(name)
            if template is None:
                raise NotPlannableError(f"{ops.name}.{name} is not a known operator")
            terms.append(template.format(x=expr, p="$" + self._leaf(arg, (*path, key), owner)))
        return terms

    def _combine(
        self,
        mapping: Combine,
        where: GraphQLInputObjectType,
        value: Any,
        node: str,
        arg: Argument,
        path: tuple[str | int, ...],
        owner: str,
    ) -> str:
        if mapping.op == "NOT":
            return f"NOT ({self._where(where, value, node, arg, path, owner)})"
        parts = [self._where(where, item, node, arg, (*path, i), owner) for i, item in enumerate(value)]
        if not parts:
            return "true" if mapping.op == "AND" else "false"
        return f" {mapping.op} ".join(f"({p})" for p in parts)

    def _related(
        self,
        mapping: Related,
        quantifiers: GraphQLInputObjectType,
        value: Any,
        node: str,
        arg: Argument,
        path: tuple[str | int, ...],
        owner: str,
    ) -> list[str]:
        terms = []
        for name, field in quantifiers.fields.items():
            key = field.out_name or name
            sub = _attr(value, key)
            if sub is None:
                continue
            where = _input_type(field.type)
            reached = []
            for hop in mapping.paths:
                match, far = self.reach(hop, node)
                inner = self._where(where, sub, far, arg, (*path, key), owner)
                if name == "all":
                    reached.append(f"NOT EXISTS {{\n{match}\nWHERE NOT ({inner})\n}}")
                else:
                    reached.append(f"EXISTS {{\n{match}\n{'' if inner == 'true' else 'WHERE ' + inner}\n}}")
            joined = (" AND " if name == "all" else " OR ").join(f"({r})" for r in reached)
            terms.append(f"NOT ({joined})" if name == "none" else joined)
        return terms

    def reach(self, hop: Hop | Pattern, node: str) -> tuple[str, str]:
        """The MATCH from `node` over one hop or pattern fragment, and the variable it binds at the far end."""
        far = self.c.fresh("f")
        if isinstance(hop, Hop):
            left, right = ARROWS[hop.direction]
            rel, label = self.c.prop_name(hop.rel), self.c.prop_name(hop.label)
            return f"MATCH ({node}){left}[:{rel}]{right}({far}:{label})", far
        return self.c.pattern(hop.fragment, Ctx(node=node), far), far

    def anchor(self, arg: Argument, value: Any, owner: str) -> tuple[Hop, str] | None:
        """A node the list can be read from: a `some` over one hop whose condition names an id (`authors: { some:
        { id: { eq: $x } } }`), at the top of the `where` or of its top-level AND. The hop and the id's parameter."""
        where = _input_type(arg.type)
        candidates: list[tuple[Any, tuple[str | int, ...]]] = [(value, ())]
        combined = _attr(value, "AND")
        if combined:
            candidates += [(item, ("AND", i)) for i, item in enumerate(combined)]
        for item, path in candidates:
            for name, field in where.fields.items():
                key = field.out_name or name
                mapping = mapping_of(field)
                if not isinstance(mapping, Related) or len(mapping.paths) != 1:
                    continue
                hop = mapping.paths[0]
                related = _attr(item, key)
                some = _attr(related, "some")
                named = _attr(_attr(some, "id"), "eq")
                if isinstance(hop, Hop) and named is not None:
                    if _only(related, "some") and _only(some, "id") and _only(_attr(some, "id"), "eq"):
                        self.consumed = (*path, key)  # the anchor is the whole condition
                    return hop, self._leaf(arg, (*path, key, "some", "id", "eq"), owner)
        return None

    # -- sort ------------------------------------------------------------------------------------------------

    def sort_terms(self, arg: Argument, value: Any, node: str, owner: str) -> list[SortTerm]:
        terms: list[SortTerm] = []
        sort_type = _input_type(arg.type)
        for index, item in enumerate(value):
            chosen = [(n, f) for n, f in sort_type.fields.items() if _attr(item, f.out_name or n) is not None]
            if len(chosen) != 1:
                raise UserInputError(f"each `sort` term on `{owner}` gives exactly one field, got {len(chosen)}")
            ((name, field),) = chosen
            direction = _attr(item, field.out_name or name)
            mapping = mapping_of(field)
            if not isinstance(mapping, SortKey):
                raise NotPlannableError(f"{sort_type.name}.{name} declares no sort key")
            if mapping.shared_with:  # `{ researcher: ID!, direction: ... }`: shared works with that researcher
                param = self._leaf(arg, (index, name, "researcher"), owner)
                expr = self._shared_works(node, param)
                direction = _attr(direction, "direction")
            else:
                expr = self._key(mapping, node)
            desc = (direction.value if isinstance(direction, Enum) else str(direction)) == "DESC"
            terms.append(SortTerm(expr, desc, f"{name}:{'DESC' if desc else 'ASC'}"))
        return terms

    def _shared_works(self, node: str, param: str) -> str:
        rel, other = self.c.fresh("c"), self.c.fresh("o")
        match = f"MATCH ({node})-[{rel}:COAUTHOR]-({other}:Researcher {{id: ${param}}})"
        return f"coalesce(COLLECT {{ {match} RETURN {rel}.works }}[0], 0)"

    def _key(self, key: SortKey, node: str) -> str:
        if key.prop is not None:
            return f"{node}.{self.c.prop_name(key.prop)}"
        assert key.fragment is not None
        expr = self.c.fragment(key.fragment, Ctx(node=node), kind="expression")
        return f"({expr}).{self.c.prop_name(key.key)}" if key.key else f"({expr})"
