"""Root fields compiled into one statement each: a lookup by any identifier a record carries, over one label
or several (`node`), or a batch of identifiers (`nodes`).

A lookup tries each identifier the argument may be, as an index seek per (label, kind) (`COLLECT { MATCH
(n:Paper {doi: $p1}) RETURN n LIMIT 1 }[0]`), strongest first: the graph id as given, then the persistent ids
in `KINDS_BY_LABEL` order; the first that finds a node answers (`coalesce`, so no sort). Parameters for kinds
the value is not are null, and a seek on null matches nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    GraphQLField,
    GraphQLObjectType,
    GraphQLSchema,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
)

from graphdb.identifiers import KINDS_BY_LABEL, IdKind
from graphdb.registry import QueryRegistry
from resolvers import shaping
from resolvers.compiled import Ctx, OperationPlan, ParamKind, RootPlan
from resolvers.compiler import Compiler, named_type
from resolvers.connections import ConnectionCompiler
from resolvers.errors import UserInputError
from resolvers.mapping import Lookup, Page, Root, Scan, Search, Suggest, mapping_of
from resolvers.search import SearchCompiler

MAX_BATCH = 500
COLLECTION_PAGE = Page(default=20, maximum=200)
NODE = "n0"


def _written(nodes: Sequence[FieldNode], name: str) -> bool:
    return any(a.name.value == name for a in nodes[0].arguments or ())


def _kinds(label: str, kind: IdKind | None) -> tuple[IdKind, ...]:
    carried = KINDS_BY_LABEL[label]
    return carried if kind is None else tuple(k for k in carried if k is kind)


class RootCompiler:
    """Compiles the root fields of one operation with a selection compiler."""

    def __init__(self, compiler: Compiler) -> None:
        self.c = compiler

    def root(self, query_type: GraphQLObjectType, key: str, nodes: Sequence[FieldNode]) -> RootPlan | None:
        name = nodes[0].name.value
        gfield = query_type.fields.get(name)
        mapping = mapping_of(gfield) if gfield is not None else None
        if gfield is None or not isinstance(mapping, Root):
            self.c.covered = False  # introspection, or a root field with its own resolver
            return None
        self.c.params = []
        owner = f"{query_type.name}.{name}"
        sets = self.c.subsets(nodes)
        if isinstance(mapping, Scan):
            text, shape = self.collection(owner, gfield, nodes, mapping)
        elif isinstance(mapping, Search | Suggest):
            text, shape = SearchCompiler(self, NODE).compile(owner, gfield, nodes, mapping, sets)
        elif mapping.batch:
            text, shape = self.batch(owner, gfield, nodes, mapping, sets)
        else:
            text, shape = self.lookup(owner, gfield, nodes, mapping, sets)
        return RootPlan(
            key=key,
            field=owner,
            text=text,
            params=tuple(self.c.params),
            fast=shaping.build(shape, strict=True),
            ordinary=shaping.build(shape, strict=False),
        )

    def collection(
        self, owner: str, gfield: GraphQLField, nodes: Sequence[FieldNode], mapping: Scan
    ) -> tuple[str, shaping.Spec]:
        """A root collection (`papers(where:, sort:, first:, after:)`): a connection over a whole label."""
        connections = ConnectionCompiler(self.c)
        source = connections.scan_source(mapping, gfield, nodes, owner)
        expr, spec = connections.compile(owner, gfield, nodes, source, COLLECTION_PAGE)
        return f"{connections.prefix}RETURN {expr} AS v", spec

    def lookup(
        self,
        owner: str,
        gfield: GraphQLField,
        nodes: Sequence[FieldNode],
        mapping: Lookup,
        sets: list[SelectionSetNode],
    ) -> tuple[str, shaping.Spec]:
        written = [(arg, kind) for arg, kind in mapping.arguments if _written(nodes, arg)]
        if not written:
            names = ", ".join(f"`{arg}`" for arg, _ in mapping.arguments)
            raise UserInputError(f"`{owner}` takes exactly one of {names}; none given")
        seeks: dict[tuple[str, IdKind], str] = {}
        for arg, kind in written:
            for label in mapping.labels:
                for k in _kinds(label, kind):
                    if (arg, k) not in seeks:
                        seeks[(arg, k)] = self.c.argument(
                            owner, gfield, nodes, arg, ParamKind.LOOKUP, id_kind=k, strict=kind is not None
                        )
        branches = [
            (label, k, f"${seeks[(arg, k)]}")
            for arg, kind in written
            for label in mapping.labels
            for k in _kinds(label, kind)
        ]
        target = named_type(gfield.type)
        if isinstance(target, GraphQLObjectType) and len(branches) == 1:
            label, k, value = branches[0]
            expr, spec = self.c.obj(target, sets, Ctx(node=NODE))
            match = f"MATCH ({NODE}:{self.c.prop_name(label)} {{{self.c.prop_name(k.value)}: {value}}})"
            return f"{match}\nRETURN {expr} AS v\nLIMIT 1", spec
        expr, shape = self.projection(target, mapping.labels, sets)
        text = f"WITH {self.first_found(branches)} AS {NODE}\nWHERE {NODE} IS NOT NULL\nRETURN {expr} AS v"
        return text, shape

    def batch(
        self,
        owner: str,
        gfield: GraphQLField,
        nodes: Sequence[FieldNode],
        mapping: Lookup,
        sets: list[SelectionSetNode],
    ) -> tuple[str, shaping.Spec]:
        ((arg, _),) = mapping.arguments
        kinds = tuple(dict.fromkeys(k for label in mapping.labels for k in KINDS_BY_LABEL[label]))
        param = self.c.argument(owner, gfield, nodes, arg, ParamKind.BATCH, maximum=MAX_BATCH, id_kinds=kinds)
        each = self.c.fresh("k")
        branches = [
            (label, k, f"{each}.{self.c.prop_name(k.value)}") for label in mapping.labels for k in KINDS_BY_LABEL[label]
        ]
        expr, item = self.projection(named_type(gfield.type), mapping.labels, sets)
        found = f"[{NODE} IN [{self.first_found(branches)}] WHERE {NODE} IS NOT NULL | {expr}][0]"
        return f"RETURN [{each} IN ${param} | {found}] AS v", shaping.ListSpec(item=item, nonnull=True)

    def first_found(self, branches: list[tuple[str, IdKind, str]]) -> str:
        """The first node found by one index seek per (label, identifier kind), in the branches' order, or null;
        `value` is a parameter or a property of the batch's current map."""
        seeks = []
        for label, kind, value in branches:
            node = f"n:{self.c.prop_name(label)} {{{self.c.prop_name(kind.value)}: {value}}}"
            seeks.append(f"COLLECT {{ MATCH ({node}) RETURN n LIMIT 1 }}[0]")
        return seeks[0] if len(seeks) == 1 else "coalesce(\n  " + ",\n  ".join(seeks) + "\n)"

    def projection(
        self, target: Any, labels: tuple[str, ...], sets: list[SelectionSetNode]
    ) -> tuple[str, shaping.Spec]:
        """The found node's selected fields: a list for a concrete type, `[branch, list]` for an abstract one."""
        if isinstance(target, GraphQLObjectType):
            expr, spec = self.c.obj(target, sets, Ctx(node=NODE))
            return expr, spec
        cases: list[str] = []
        specs: list[tuple[str, shaping.ObjSpec]] = []
        for index, label in enumerate(labels):
            runtime = self.c.schema.get_type(label)
            assert isinstance(runtime, GraphQLObjectType)
            expr, spec = self.c.obj(runtime, sets, Ctx(node=NODE))
            cases.append(f"WHEN {NODE}:{self.c.prop_name(label)} THEN [{index}, {expr}]")
            specs.append((runtime.name, spec))
        return "CASE\n" + "\n".join(cases) + "\nEND", shaping.UnionSpec(branches=specs)


def compile_operation(
    schema: GraphQLSchema,
    registry: QueryRegistry,
    operation: OperationDefinitionNode,
    fragments: dict[str, FragmentDefinitionNode],
    variables: dict[str, Any],
) -> OperationPlan:
    """The plans of every root field of a query operation (directives evaluated with these variables)."""
    compiler = Compiler(schema, registry, fragments, variables)
    if operation.operation != OperationType.QUERY or schema.query_type is None:
        return OperationPlan(roots={}, covered=False, order=())
    roots_compiler = RootCompiler(compiler)
    query_type = schema.query_type
    roots: dict[str, RootPlan] = {}
    order: list[str] = []
    typenames: dict[str, str] = {}
    for key, nodes in compiler.collect(query_type, [operation.selection_set]).items():
        order.append(key)
        if nodes[0].name.value == "__typename":
            typenames[key] = query_type.name
            continue
        plan = roots_compiler.root(query_type, key, nodes)
        if plan is not None:
            roots[key] = plan
    return OperationPlan(roots=roots, covered=compiler.covered, order=tuple(order), root_typename=typenames)
