"""The read compiler: a validated operation becomes one Cypher statement per root field, plus its shape.

The statement is assembled only from the schema's mappings (`resolvers.mapping`) and the fragment
files in `cypher/fields/`; identifiers are generated (`n0`, `e1`, `v2`) and every value from the
request (ids, page sizes) is a parameter (`$p0`, ...). Aliases, argument values and other user text
never enter the statement: a statement returns nested lists by position, and the shape built here
puts each value under its response key.

A node becomes a Cypher list of its selected fields in selection order; a list of neighbours becomes
`COLLECT { MATCH ... WITH ... ORDER BY ... SKIP $p LIMIT $p RETURN [...] }`, a count `COUNT { }`, a
single neighbour `COLLECT { ... LIMIT 1 }[0]`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLField,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNamedType,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLSchema,
    InlineFragmentNode,
    SelectionSetNode,
    VariableNode,
)

from graphdb.registry import QueryRegistry
from resolvers import shaping
from resolvers.compiled import (
    FRAGMENTS,
    Ctx,
    NotPlannableError,
    Param,
    ParamKind,
)
from resolvers.errors import UserInputError
from resolvers.mapping import (
    Computed,
    Connection,
    Expr,
    Facets,
    Hop,
    Key,
    Mapping,
    Order,
    PageInfoPart,
    Pattern,
    Prop,
    Related,
    Same,
    Value,
    has_own_resolver,
    mapping_of,
)

NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
PLACEHOLDER_RE = re.compile(r"(?<![\w.$])_([A-Za-z][A-Za-z0-9]*)\b")
OFFSET_MAX = 10_000
PAGE = "__PAGE__"  # where an ordered pattern fragment's `// page` line puts SKIP/LIMIT


def paged(match: str, page: str) -> str:
    """The pattern with its page: at the fragment's `// page` line, else at the end."""
    return match.replace(PAGE, page) if PAGE in match else f"{match}\n{page}"


def named_type(t: GraphQLOutputType) -> GraphQLNamedType:
    while isinstance(t, GraphQLNonNull | GraphQLList):
        t = t.of_type
    return t


def _literal(value: bool | int | tuple[()]) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(int(value))
    return "[]"


def _typename_literal(name: str) -> str:
    if not NAME_RE.match(name):  # schema names only; graphql-core enforces this already
        raise NotPlannableError(f"bad type name {name!r}")
    return f"'{name}'"


class Compiler:
    """Compiles one operation. Not shared: it holds counters and the parameters being generated."""

    def __init__(
        self,
        schema: GraphQLSchema,
        registry: QueryRegistry,
        fragments: dict[str, FragmentDefinitionNode],
        variables: dict[str, Any],
    ) -> None:
        self.schema = schema
        self.registry = registry
        self.fragments = fragments
        self.variables = variables
        self.counter = 0
        self.params: list[Param] = []
        self.covered = True

    # -- names -------------------------------------------------------------------------------------

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def param(self, **kwargs: Any) -> str:
        name = f"p{len(self.params)}"
        self.params.append(Param(name=name, **kwargs))
        return name

    # -- selections ---------------------------------------------------------------------------------

    def active(self, node: FieldNode | InlineFragmentNode | FragmentSpreadNode) -> bool:
        """False when `@skip(if: true)` or `@include(if: false)` removes the selection (validation has
        checked that `if` is a Boolean literal or a Boolean variable). A variable whose value is null there
        is the client's error: `if` is non-null, and null is neither true nor false."""
        for directive in node.directives or ():
            name = directive.name.value
            if name not in ("skip", "include"):
                continue
            value: Any = None
            for arg in directive.arguments or ():
                if arg.name.value == "if":
                    v = arg.value
                    value = (
                        self.variables.get(v.name.value) if isinstance(v, VariableNode) else getattr(v, "value", None)
                    )
            if not isinstance(value, bool):
                raise UserInputError(f"`if` of @{name} must be true or false, not null")
            if (name == "skip" and value) or (name == "include" and not value):
                return False
        return True

    def applies(self, condition: str | None, runtime: GraphQLObjectType) -> bool:
        if condition is None or condition == runtime.name:
            return True
        cond = self.schema.get_type(condition)
        if isinstance(cond, GraphQLInterfaceType):
            return self.schema.is_sub_type(cond, runtime)
        return False

    def collect(self, runtime: GraphQLObjectType, sets: Iterable[SelectionSetNode]) -> dict[str, list[FieldNode]]:
        """Fields by response key in selection order, as graphql-core's executor collects them."""
        out: dict[str, list[FieldNode]] = {}
        visited: set[str] = set()

        def walk(selection_set: SelectionSetNode) -> None:
            for sel in selection_set.selections:
                if isinstance(sel, FieldNode):
                    if self.active(sel):
                        key = sel.alias.value if sel.alias else sel.name.value
                        out.setdefault(key, []).append(sel)
                elif isinstance(sel, InlineFragmentNode):
                    cond = sel.type_condition.name.value if sel.type_condition else None
                    if self.active(sel) and self.applies(cond, runtime):
                        walk(sel.selection_set)
                elif isinstance(sel, FragmentSpreadNode):
                    name = sel.name.value
                    if name in visited or not self.active(sel):
                        continue
                    visited.add(name)
                    frag = self.fragments.get(name)
                    if frag is not None and self.applies(frag.type_condition.name.value, runtime):
                        walk(frag.selection_set)

        for s in sets:
            walk(s)
        return out

    @staticmethod
    def subsets(nodes: Sequence[FieldNode]) -> list[SelectionSetNode]:
        return [n.selection_set for n in nodes if n.selection_set is not None]

    # -- arguments ------------------------------------------------------------------------------------

    def argument(
        self,
        owner: str,
        gfield: GraphQLField,
        nodes: Sequence[FieldNode],
        name: str,
        kind: ParamKind,
        maximum: int = 0,
        **extra: Any,
    ) -> str:
        arg = gfield.args.get(name)
        if arg is None:
            raise NotPlannableError(f"{owner} has no argument {name}")
        written = next((a.value for a in nodes[0].arguments or () if a.name.value == name), None)
        return self.param(
            kind=kind,
            field=owner,
            argument=name,
            node=written,
            type=arg.type,
            default=arg.default_value,
            maximum=maximum,
            **extra,
        )

    def flag(self, owner: str, gfield: GraphQLField, nodes: Sequence[FieldNode], name: str) -> bool:
        """A Boolean argument's value when the plan is compiled (it chooses the statement's text): the literal, the
        variable's value, or the argument's default when it is left out. Null is the client's error."""
        arg = gfield.args.get(name)
        if arg is None:
            raise NotPlannableError(f"{owner} has no argument {name}")
        written = next((a.value for a in nodes[0].arguments or () if a.name.value == name), None)
        value: Any = arg.default_value
        if isinstance(written, VariableNode):
            value = self.variables.get(written.name.value, arg.default_value)
        elif written is not None:
            value = getattr(written, "value", None)
        if not isinstance(value, bool):
            raise UserInputError(f"`{name}` on `{owner}` must be true or false, not null")
        return value

    # -- objects ---------------------------------------------------------------------------------------

    def obj(
        self, runtime: GraphQLObjectType, sets: Sequence[SelectionSetNode], ctx: Ctx
    ) -> tuple[str, shaping.ObjSpec]:
        """A node (or edge) as a Cypher list of its selected fields, and its shape."""
        exprs: list[str] = []
        entries: list[tuple[str, shaping.Spec]] = []
        for key, nodes in self.collect(runtime, sets).items():
            name = nodes[0].name.value
            if name == "__typename":
                exprs.append(_typename_literal(runtime.name))
                entries.append((key, shaping.ScalarSpec(nonnull=True)))
                continue
            gfield = runtime.fields.get(name)
            if gfield is None:
                raise NotPlannableError(f"{runtime.name}.{name} is not a field")
            mapping = mapping_of(gfield)
            if mapping is None:
                if has_own_resolver(gfield):
                    # A field with a Python resolver reads its parent; only the ordinary path runs it.
                    self.covered = False
                    exprs.append("null")
                    entries.append((key, shaping.ScalarSpec(nonnull=False)))
                    continue
                raise NotPlannableError(f"{runtime.name}.{name} declares no mapping")
            expr, spec = self.field(runtime, name, gfield, mapping, nodes, ctx)
            exprs.append(expr)
            entries.append((key, spec))
        return "[" + ", ".join(exprs) + "]", shaping.ObjSpec(entries=entries, nonnull=False)

    def field(
        self,
        runtime: GraphQLObjectType,
        name: str,
        gfield: GraphQLField,
        mapping: Mapping,
        nodes: Sequence[FieldNode],
        ctx: Ctx,
    ) -> tuple[str, shaping.Spec]:
        owner = f"{runtime.name}.{name}"
        out_type = gfield.type
        nonnull = isinstance(out_type, GraphQLNonNull)
        if isinstance(mapping, Prop):
            var = ctx.node if mapping.on == "node" else ctx.edge
            if var is None:
                raise NotPlannableError(f"{owner}: no relationship in scope")
            expr = f"{var}.{self.prop_name(mapping.name)}"
            if mapping.default is not None:
                expr = f"coalesce({expr}, {_literal(mapping.default)})"
            return expr, shaping.scalar_spec(out_type)
        if isinstance(mapping, Same):
            target = named_type(out_type)
            assert isinstance(target, GraphQLObjectType)
            expr, spec = self.obj(target, self.subsets(nodes), ctx)
            return expr, replace(spec, nonnull=nonnull)
        if isinstance(mapping, Value):
            return ctx.value(mapping.name), shaping.scalar_spec(out_type)
        if isinstance(mapping, Expr):
            expr = self.fragment(mapping.fragment, ctx, kind="expression")
            return expr, self.map_spec(out_type, self.subsets(nodes))
        if isinstance(mapping, Computed):
            expr = self.fragment(mapping.fragment, ctx, kind="expression")
            inner = self.map_spec(out_type, self.subsets(nodes))
            return expr, shaping.ComputedSpec(compute=mapping.compute, inner=inner)
        if isinstance(mapping, Hop | Pattern):
            return self.neighbours(owner, gfield, mapping, nodes, ctx)
        raise NotPlannableError(f"{owner}: mapping {type(mapping).__name__} does not belong on a node type")

    @staticmethod
    def prop_name(name: str) -> str:
        if not NAME_RE.match(name):
            raise NotPlannableError(f"bad property name {name!r}")
        return name

    # -- map-shaped values (Expr, Computed): fields read by key -----------------------------------------

    def map_spec(self, out_type: GraphQLOutputType, sets: Sequence[SelectionSetNode]) -> shaping.Spec:
        nonnull = isinstance(out_type, GraphQLNonNull)
        inner = out_type.of_type if isinstance(out_type, GraphQLNonNull) else out_type
        if isinstance(inner, GraphQLList):
            return shaping.ListSpec(item=self.map_spec(inner.of_type, sets), nonnull=nonnull)
        if not isinstance(inner, GraphQLObjectType):
            return shaping.scalar_spec(out_type)
        entries: list[tuple[str, str | None, shaping.Spec]] = []
        for key, nodes in self.collect(inner, sets).items():
            name = nodes[0].name.value
            if name == "__typename":
                entries.append((key, None, shaping.ConstSpec(inner.name)))
                continue
            gfield = inner.fields[name]
            mapping = mapping_of(gfield)
            if not isinstance(mapping, Key):
                raise NotPlannableError(f"{inner.name}.{name} must be read by key")
            entries.append((key, mapping.name, self.map_spec(gfield.type, self.subsets(nodes))))
        return shaping.MapSpec(entries=entries, nonnull=nonnull)

    # -- fragments ------------------------------------------------------------------------------------------

    def fragment(self, name: str, ctx: Ctx, kind: str, bound: dict[str, str] | None = None) -> str:
        stmt = self.registry[FRAGMENTS + name]
        if stmt.params:
            raise NotPlannableError(f"fragment {name} takes parameters; fragments take none")
        header_kind = next((h.split(":", 1)[1].strip() for h in stmt.header.splitlines() if h.startswith("kind:")), "")
        if header_kind != kind:
            raise NotPlannableError(f"fragment {name} is a {header_kind or 'statement'}, expected {kind}")
        names = {"this": ctx.node, "edge": ctx.edge, "source": ctx.source, **(bound or {})}

        def rename(match: re.Match[str]) -> str:
            placeholder = match.group(1)
            var = names.get(placeholder)
            if var is None:
                raise NotPlannableError(f"fragment {name} uses _{placeholder}, which is not in scope")
            return var

        lines = [PAGE if line.strip() == "// page" else line for line in stmt.text.splitlines()]
        body = "\n".join(line for line in lines if not line.lstrip().startswith("//"))
        return PLACEHOLDER_RE.sub(rename, body).strip()

    def pattern(self, fragment: str, ctx: Ctx, far: str) -> str:
        """A pattern fragment that binds `_that` to `far`, its own names made fresh (for filters)."""
        text = self.registry[FRAGMENTS + fragment].text
        extra = sorted(set(PLACEHOLDER_RE.findall(text)) - {"this", "edge", "source", "that", "rel"})
        bound = {"that": far} | {x: self.fresh("v") for x in extra}
        return self.fragment(fragment, ctx, kind="pattern", bound=bound)

    # -- neighbours ------------------------------------------------------------------------------------------

    def connection(
        self, owner: str, gfield: GraphQLField, mapping: Hop, nodes: Sequence[FieldNode], ctx: Ctx
    ) -> tuple[str, shaping.Spec]:
        """A connection over a hop: filtered, sorted and paged by `resolvers.connections`."""
        from resolvers.connections import ConnectionCompiler  # it builds on this compiler

        if mapping.page is None:
            raise NotPlannableError(f"{owner}: a list must declare its page size")
        connections = ConnectionCompiler(self)
        source = connections.hop_source(mapping, ctx, gfield, nodes, owner)
        expr, spec = connections.compile(owner, gfield, nodes, source, mapping.page)
        return expr, replace(spec, nonnull=isinstance(gfield.type, GraphQLNonNull))

    def neighbours(
        self, owner: str, gfield: GraphQLField, mapping: Hop | Pattern, nodes: Sequence[FieldNode], ctx: Ctx
    ) -> tuple[str, shaping.Spec]:
        out_type = gfield.type
        nonnull = isinstance(out_type, GraphQLNonNull)
        target = named_type(out_type)
        assert isinstance(target, GraphQLObjectType)
        if any(isinstance(mapping_of(f), Connection) for f in target.fields.values()):
            if not isinstance(mapping, Hop):
                raise NotPlannableError(f"{owner}: a connection is read over a hop")
            return self.connection(owner, gfield, mapping, nodes, ctx)
        if isinstance(mapping, Hop) and mapping.ranked:
            raise NotPlannableError(f"{owner}: a ranked hop is read as a connection")
        far, rel = self.fresh("n"), self.fresh("e")
        values: tuple[tuple[str, str], ...] = ()
        if isinstance(mapping, Hop):
            arrow = {"out": ("-", "->"), "in": ("<-", "-"), "both": ("-", "-")}[mapping.direction]
            rel_type = self.prop_name(mapping.rel)
            match = f"MATCH ({ctx.node}){arrow[0]}[{rel}:{rel_type}]{arrow[1]}({far}:{self.prop_name(mapping.label)})"
            carried = f"{far}, {rel}"
            ordered = False
        else:
            text = self.registry[FRAGMENTS + mapping.fragment].text
            extra = sorted(set(PLACEHOLDER_RE.findall(text)) - {"this", "edge", "source", "that", "rel"})
            bound = {"that": far, "rel": rel} | {x: self.fresh("v") for x in extra}
            values = tuple((f"_{x}", bound[x]) for x in extra)
            match = self.fragment(mapping.fragment, ctx, kind="pattern", bound=bound)
            carried = ", ".join([far, *([rel] if mapping.binds_rel else [])])
            ordered = mapping.ordered
        element_ctx = Ctx(node=far, edge=rel, source=ctx.node, values=values)
        order_terms = ", ".join(self.order_term(o, far, rel) for o in mapping.order)
        if not ordered:
            match += f"\nWITH {carried}" + (f" ORDER BY {order_terms}" if order_terms else "")
        expr, spec = self.obj(target, self.subsets(nodes), element_ctx)
        if not mapping.many:
            return f"COLLECT {{\n{paged(match, 'LIMIT 1')}\nRETURN {expr} AS x\n}}[0]", replace(spec, nonnull=nonnull)
        if mapping.page is None:
            raise NotPlannableError(f"{owner}: a list must declare its page size")
        first = self.argument(owner, gfield, nodes, "first", ParamKind.FIRST, mapping.page.maximum)
        return (
            f"COLLECT {{\n{paged(match, f'LIMIT ${first}')}\nRETURN {expr} AS x\n}}",
            shaping.ListSpec(item=replace(spec, nonnull=True), nonnull=nonnull),
        )

    def info_spec(self, info_type: GraphQLNamedType, nodes: Sequence[FieldNode]) -> shaping.Spec:
        """A page's info (`PageInfo`, `SearchPageInfo`): its fields read by key from the map the shaper computes."""
        assert isinstance(info_type, GraphQLObjectType)
        entries: list[tuple[str, str | None, shaping.Spec]] = []
        for key, sub in self.collect(info_type, self.subsets(nodes)).items():
            name = sub[0].name.value
            if name == "__typename":
                entries.append((key, None, shaping.ConstSpec(info_type.name)))
                continue
            part = mapping_of(info_type.fields[name])
            assert isinstance(part, PageInfoPart), f"{info_type.name}.{name}"
            entries.append((key, part.part, shaping.scalar_spec(info_type.fields[name].type)))
        return shaping.MapSpec(entries=entries, nonnull=True)

    def order_term(self, order: Order, far: str, rel: str) -> str:
        """One ORDER BY term with nulls last in both directions (Cypher sorts null as the largest value).

        The null test comes first even in ascending order, where Cypher would put nulls last anyway: an ORDER
        BY that starts with an expression cannot be served by an index, so Neo4j never scans a whole label's
        index in order (and filters it by the anchor) instead of expanding from the anchor node."""
        var = far if order.on == "node" else rel
        term = f"{var}.{self.prop_name(order.prop)}"
        return f"{term} IS NULL, {term}" + (" DESC" if order.desc else "")


def fragments_used(schema: GraphQLSchema) -> set[str]:
    """The registry names of every fragment the schema's mappings use (fields, filters, sorts and facets)."""
    used: set[str] = set()
    for gtype in schema.type_map.values():
        if not isinstance(gtype, GraphQLObjectType | GraphQLInputObjectType):
            continue
        for gfield in gtype.fields.values():
            used.update(FRAGMENTS + name for name in _fragments_of(mapping_of(gfield)))
    return used


def _fragments_of(mapping: object) -> list[str]:
    fragment = getattr(mapping, "fragment", None)
    if isinstance(fragment, str):
        return [fragment]
    if isinstance(mapping, Related):
        return [name for path in mapping.paths for name in _fragments_of(path)]
    if isinstance(mapping, Facets):
        return [name for _, grouping, _ in mapping.by for name in _fragments_of(grouping)]
    return []


def check_fragments(schema: GraphQLSchema, registry: QueryRegistry) -> None:
    """Fail start-up when a mapping names a fragment that has no file, or a fragment takes parameters."""
    for name in sorted(fragments_used(schema)):
        stmt = registry[name]  # UnknownQuery names the missing file
        if stmt.params:
            raise NotPlannableError(f"fragment {name} declares parameters; fragments take none")
