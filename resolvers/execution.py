"""Running plans: the bounded plan cache, parameter binding, and the two ways to execute a read.

Both paths run the same `RootPlan`: (a) the ordinary one, where a root resolver runs its field's plan
and Strawberry walks the shaped maps; (b) the fast path, where every root plan runs and the shaped maps
are the response (`schema.fastpath`). Plans are cached per document, operation and the values of the
variables that change a statement's text: those that decide `@include`/`@skip`, and those given to an
argument a hop switches on (`resolvers.mapping.Switch`, such as `Topic.works(includeSubtopics:)`).

A statement runs once per request: when the fast path hands an operation to the ordinary path after
Neo4j has answered (a null where the schema promises a value) or failed (a timeout, an error the driver
already retried), the ordinary path reads the outcome the fast path recorded instead of running it again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum
from typing import Any, Final

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    GraphQLNonNull,
    GraphQLResolveInfo,
    GraphQLSchema,
    InlineFragmentNode,
    ListValueNode,
    ObjectValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    Undefined,
    ValueNode,
    VariableNode,
)
from graphql.utilities import value_from_ast

from graphdb.errors import GraphDbError
from graphdb.identifiers import NAMES, IdKind, read_any, read_as
from graphdb.registry import QueryRegistry
from graphdb.runner import Runner
from resolvers import cursors, search
from resolvers.compiled import OperationPlan, Param, ParamKind, RootPlan
from resolvers.compiler import OFFSET_MAX
from resolvers.context import Context, Outcome
from resolvers.errors import UserInputError
from resolvers.lru import Lru
from resolvers.mapping import switch_arguments
from resolvers.roots import MAX_BATCH, compile_operation
from resolvers.shaping import FallbackError

CACHE_SIZE: Final = 512
ALL_KINDS: Final = tuple(IdKind)


# Arguments whose value shapes the statement's text: which `where` fields and operators are given, the sort
# terms, whether a page is read backwards or from a cursor, and what `groupBy` groups by.
STRUCTURAL_ARGUMENTS: Final = frozenset({"where", "sort", "last", "after", "before", "by"})


def _variables_in(value: ValueNode) -> Iterable[str]:
    if isinstance(value, VariableNode):
        yield value.name.value
    elif isinstance(value, ListValueNode):
        for item in value.values:
            yield from _variables_in(item)
    elif isinstance(value, ObjectValueNode):
        for field in value.fields:
            yield from _variables_in(field.value)


def structural_variables(
    operation: OperationDefinitionNode,
    fragments: dict[str, FragmentDefinitionNode],
    arguments: frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    """The variables that change the statement's text: those `@include`/`@skip` read, those inside the
    structural arguments (`where`, `sort`, `last`, `after`, `before`, `by`), and those given to an argument named
    in `arguments` (the schema's switch arguments), anywhere in the operation or its fragments. A variable in an
    argument of such a name on another field only makes the key longer, never wrong."""
    found: set[str] = set()

    def walk(selection_set: SelectionSetNode | None) -> None:
        if selection_set is None:
            return
        for sel in selection_set.selections:
            for directive in sel.directives or ():
                for arg in directive.arguments or ():
                    found.update(_variables_in(arg.value))
            if isinstance(sel, FieldNode):
                for arg in sel.arguments or ():
                    if arg.name.value in STRUCTURAL_ARGUMENTS or arg.name.value in arguments:
                        found.update(_variables_in(arg.value))
            if isinstance(sel, FieldNode | InlineFragmentNode):
                walk(sel.selection_set)  # a spread's fragment is walked below, once

    walk(operation.selection_set)
    for frag in fragments.values():
        walk(frag.selection_set)
    return tuple(sorted(found))


def structure(value: Any) -> Any:
    """What of a variable's value shapes the statement: which input fields are given (not null), list lengths
    of inputs, and the flags and enum values (directions); other leaf values are only parameters."""
    if isinstance(value, bool | Enum):
        return value
    if value is None:
        return None
    if isinstance(value, list):
        return tuple(structure(v) for v in value) if any(_is_input(v) for v in value) else "[*]"
    if _is_input(value):
        fields = value.items() if isinstance(value, dict) else vars(value).items()
        return tuple(sorted((k, structure(v)) for k, v in fields if v is not None))
    return "*"


def _is_input(value: Any) -> bool:
    return isinstance(value, dict) or hasattr(value, "__dataclass_fields__")


@dataclass(frozen=True, slots=True)
class CacheStats:
    """How many plans and documents a plan cache holds, and how often it answered from memory."""

    plans: int
    documents: int
    hits: int
    misses: int


class PlanCache:
    """Compiled plans, bounded, owned by the schema (`ResearchGraphSchema.plans`)."""

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self._plans: Lru[tuple[Any, ...], tuple[QueryRegistry, OperationPlan]] = Lru(size)
        self._structural: Lru[tuple[str, str | None], tuple[str, ...]] = Lru(size)
        self._switches: tuple[GraphQLSchema, frozenset[str]] | None = None

    def _switch_arguments(self, schema: GraphQLSchema) -> frozenset[str]:
        if self._switches is None or self._switches[0] is not schema:
            self._switches = (schema, switch_arguments(schema))
        return self._switches[1]

    def plan(
        self,
        schema: GraphQLSchema,
        registry: QueryRegistry,
        operation: OperationDefinitionNode,
        fragments: dict[str, FragmentDefinitionNode],
        variables: dict[str, Any],
    ) -> OperationPlan:
        """The operation's plan, from the cache when the same document and operation were planned before."""
        source = operation.loc.source.body if operation.loc is not None else None
        if source is None:
            return compile_operation(schema, registry, operation, fragments, variables)
        op_name = operation.name.value if operation.name else None
        structural = self._structural.get((source, op_name))
        if structural is None:
            structural = structural_variables(operation, fragments, self._switch_arguments(schema))
            self._structural.put((source, op_name), structural)
        # The registry is part of the key: a plan holds its statements' text.
        # A variable left out (the argument's default applies) is keyed apart from one given as null (an error).
        values = tuple(repr(structure(variables[v])) if v in variables else "(absent)" for v in structural)
        key = (source, op_name, values, id(registry))
        found = self._plans.get(key)
        if found is not None and found[0] is registry:
            return found[1]
        plan = compile_operation(schema, registry, operation, fragments, variables)
        self._plans.put(key, (registry, plan))
        return plan

    def stats(self) -> CacheStats:
        return CacheStats(len(self._plans), len(self._structural), self._plans.hits, self._plans.misses)

    def cached_directive_values(self, source: str) -> list[tuple[str, ...]]:
        """The values of the variables that change the text (`@include`/`@skip`, switch arguments) that the plans
        cached for one document text were compiled for."""
        return [key[2] for key in self._plans if key[0] == source]


def plans_of(schema: object) -> PlanCache:
    """The plan cache that a schema object owns."""
    found = getattr(schema, "plans", None)
    if not isinstance(found, PlanCache):
        raise TypeError("the schema owns no plan cache (build it with schema.build_schema)")
    return found


def coerced(values: Any) -> dict[str, Any]:
    """The coerced variables as a dict (graphql-core 3.3 wraps them with their sources)."""
    found = getattr(values, "coerced", values)
    return dict(found or {})


def bind(plan: RootPlan, variables: dict[str, Any]) -> dict[str, Any]:
    """The statement's parameters from the request's variables and literals; BAD_USER_INPUT when out of range,
    malformed, or when a lookup is given no identifier or several."""
    values: dict[str, Any] = {}
    lookups: set[str] = set()
    given: set[str] = set()
    arguments: dict[int, Any] = {}  # each filter argument's value, coerced once
    readings: dict[str, dict[IdKind, str]] = {}  # each `id` text read as every kind once (one param per kind)
    for p in plan.params:
        if p.kind is ParamKind.FILTER:
            values[p.name] = _leaf(p, variables, arguments)
        elif p.kind is ParamKind.LOOKUP:
            text = _given(p, variables)
            lookups.add(p.argument)
            if text is not None:
                given.add(p.argument)
            values[p.name] = None if text is None else _identifier(p, str(text), readings)
        else:
            values[p.name] = _value(p, variables)
    if lookups and len(given) != 1:
        names = ", ".join(f"`{a}`" for a in sorted(lookups))
        raise UserInputError(f"`{plan.field}` takes exactly one of {names}; {len(given)} given")
    return values


def _leaf(param: Param, variables: dict[str, Any], arguments: dict[int, Any]) -> Any:
    """A `where` leaf: the value at the parameter's path in its argument (the structure matched the plan's)."""
    key = id(param.node)
    if key not in arguments:
        arguments[key] = value_from_ast(param.node, param.type, variables)
    value = arguments[key]
    for step in param.path:
        value = (
            value[step]
            if isinstance(step, int)
            else (value.get(step) if isinstance(value, dict) else getattr(value, step))
        )
    return value.value if isinstance(value, Enum) else value


def _cursor(param: Param, value: Any) -> list[Any]:
    found = cursors.decode(param.tag, param.width, value) if isinstance(value, str) else None
    if found is None:
        raise UserInputError(
            f"`{param.argument}` on `{param.field}` is not a cursor of this list in this order "
            "(cursors come from `edges.cursor` or `pageInfo` of the same field, arguments and sort)"
        )
    return found


def _identifier(param: Param, text: str, readings: dict[str, dict[IdKind, str]]) -> str | None:
    """A lookup argument read as the parameter's kind of identifier: for an argument that names that kind,
    a value that is not one is an error; for `id`, null when the value cannot be one."""
    kind = param.id_kind
    assert kind is not None
    if param.strict:
        found = read_as(kind, text)
        if found is None:
            raise UserInputError(f"`{param.argument}` on `{param.field}` must be {NAMES[kind]}, got {text!r}")
        return found
    if text not in readings:
        readings[text] = read_any(text, ALL_KINDS)
    return readings[text].get(kind)


def _batch(param: Param, value: Any) -> list[dict[str, str]]:
    if not isinstance(value, list):
        raise UserInputError(f"`{param.argument}` on `{param.field}` must be a list of ids")
    if len(value) > MAX_BATCH:
        raise UserInputError(f"`{param.argument}` on `{param.field}` takes at most {MAX_BATCH} ids, got {len(value)}")
    return [{k.value: v for k, v in read_any(str(text), param.id_kinds).items()} for text in value]


def _given(param: Param, variables: dict[str, Any]) -> Any:
    """The argument's value as the request gives it, or the argument's default when it gives none."""
    node = param.node
    if node is None:
        return param.default
    if isinstance(node, VariableNode):
        name = node.name.value
        if name not in variables:
            return param.default  # a variable left out (with no default of its own) leaves the argument out
        if variables[name] is None and isinstance(param.type, GraphQLNonNull):
            raise UserInputError(f"`{param.argument}` on `{param.field}` must not be null (variable `${name}`)")
    found = value_from_ast(node, param.type, variables)
    return param.default if found is Undefined else found


def _value(param: Param, variables: dict[str, Any]) -> Any:
    value = _given(param, variables)
    if param.kind in search.KINDS:
        syntax = _given(param.syntax, variables) if param.syntax is not None else None
        return search.bound(param, value, syntax)
    if param.kind is ParamKind.BATCH:
        return _batch(param, value)
    if param.kind is ParamKind.CURSOR:
        return _cursor(param, value)
    if param.kind is ParamKind.VALUE:
        return None if value is None or value is Undefined else str(value)
    maximum = OFFSET_MAX if param.kind is ParamKind.OFFSET else param.maximum
    if not isinstance(value, int) or isinstance(value, bool):
        raise UserInputError(f"`{param.argument}` on `{param.field}` must be an integer")
    if not 0 <= value <= maximum:
        raise UserInputError(f"`{param.argument}` on `{param.field}` must be between 0 and {maximum}, got {value}")
    return value


async def run(runner: Runner, plan: RootPlan, params: dict[str, Any]) -> Any:
    """The root value the plan's statement returns (None when no row: no such node)."""
    rows = await runner.read_planned(f"plan/{plan.field}", plan.text, params)
    return rows[0] if rows else None


async def resolve_root(context: Context, info: GraphQLResolveInfo[Any], cache: PlanCache) -> Any:
    """Path (a): a root resolver runs its field's plan (or reads what the fast path got for it) and returns
    the shaped maps for Strawberry to walk."""
    variables = coerced(info.variable_values)
    plan = cache.plan(info.schema, context.runner.registry, info.operation, info.fragments, variables)
    root = plan.roots[str(info.path.key)]
    params = bind(root, variables)
    outcome = context.prefetched.pop(root.key, None)
    if outcome is not None and outcome.text == root.text and outcome.params == params:
        value = outcome.value()
    else:
        value = await run(context.runner, root, params)
    return root.ordinary(value, params)


async def _outcome(runner: Runner, root: RootPlan, params: dict[str, Any]) -> Outcome:
    try:
        return Outcome(root.text, params, result=await run(runner, root, params))
    except GraphDbError as err:
        return Outcome(root.text, params, error=err)


async def run_fast(context: Context, plan: OperationPlan, variables: dict[str, Any]) -> dict[str, Any]:
    """Path (b): every root plan, shaped strictly into the response's `data`. Raises UserInputError before
    anything runs; once statements have run, their outcomes are recorded in the context, and a database
    error or a value the strict shaper refuses raises FallbackError for the ordinary path to report."""
    bound = {key: bind(root, variables) for key, root in plan.roots.items()}
    keys = list(plan.roots)
    if len(keys) == 1:  # the common case: no task to schedule
        outcomes = [await _outcome(context.runner, plan.roots[keys[0]], bound[keys[0]])]
    else:
        outcomes = list(await asyncio.gather(*(_outcome(context.runner, plan.roots[k], bound[k]) for k in keys)))
    got = dict(zip(keys, outcomes, strict=True))
    if any(o.error is not None for o in outcomes):
        context.prefetched.update(got)
        raise FallbackError("a statement failed; the ordinary path reports it")
    data: dict[str, Any] = {}
    try:
        for key in plan.order:
            if key in plan.root_typename:
                data[key] = plan.root_typename[key]
            else:
                data[key] = plan.roots[key].fast(got[key].result, bound[key])
    except FallbackError:
        context.prefetched.update(got)
        raise
    return data
