"""Running plans: the bounded plan cache, parameter binding, and the two ways to execute a read.

Both paths run the same `RootPlan`: (a) the ordinary one, where a root resolver runs its field's plan
and Strawberry walks the shaped maps; (b) the fast path, where every root plan runs and the shaped maps
are the response (`schema.fastpath`). Plans are cached per document, operation and the values of the
variables that decide `@include`/`@skip`, which are the only variables that change a statement's text.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Iterable
from typing import Any, Final

from graphql import (
    DirectiveNode,
    FieldNode,
    FragmentDefinitionNode,
    GraphQLResolveInfo,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionSetNode,
    Undefined,
    VariableNode,
)
from graphql.utilities import value_from_ast

from graphdb.registry import QueryRegistry
from graphdb.runner import Runner
from resolvers.errors import UserInputError
from resolvers.plan import OperationPlan, Param, RootPlan
from resolvers.planner import compile_operation

CACHE_SIZE: Final = 512

_plans: OrderedDict[tuple[Any, ...], OperationPlan] = OrderedDict()
_structural: OrderedDict[tuple[str, str | None], tuple[str, ...]] = OrderedDict()


def _remember(cache: OrderedDict[Any, Any], key: Any, value: Any) -> None:
    cache[key] = value
    cache.move_to_end(key)
    while len(cache) > CACHE_SIZE:
        cache.popitem(last=False)


def _directive_variables(directives: Iterable[DirectiveNode]) -> Iterable[str]:
    for directive in directives:
        for arg in directive.arguments or ():
            if isinstance(arg.value, VariableNode):
                yield arg.value.name.value


def structural_variables(
    operation: OperationDefinitionNode, fragments: dict[str, FragmentDefinitionNode]
) -> tuple[str, ...]:
    """The variables used by `@include`/`@skip` anywhere in the operation or its fragments."""
    found: set[str] = set()

    def walk(selection_set: SelectionSetNode | None) -> None:
        if selection_set is None:
            return
        for sel in selection_set.selections:
            found.update(_directive_variables(sel.directives or ()))
            if isinstance(sel, FieldNode | InlineFragmentNode):
                walk(sel.selection_set)  # a spread's fragment is walked below, once

    walk(operation.selection_set)
    for frag in fragments.values():
        walk(frag.selection_set)
    return tuple(sorted(found))


def plan_for(
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
    doc_key = (source, op_name)
    structural = _structural.get(doc_key)
    if structural is None:
        structural = structural_variables(operation, fragments)
        _remember(_structural, doc_key, structural)
    # The schema and registry are part of the key: a plan holds their statement text and shapes.
    key = (source, op_name, tuple(repr(variables.get(v)) for v in structural), schema, id(registry))
    plan = _plans.get(key)
    if plan is None:
        plan = compile_operation(schema, registry, operation, fragments, variables)
        _remember(_plans, key, plan)
    else:
        _plans.move_to_end(key)
    return plan


def coerced(values: Any) -> dict[str, Any]:
    """The coerced variables as a dict (graphql-core 3.3 wraps them with their sources)."""
    found = getattr(values, "coerced", values)
    return dict(found or {})


def cache_info() -> dict[str, int]:
    """How many plans are cached (for tests)."""
    return {"plans": len(_plans), "documents": len(_structural)}


def bind(plan: RootPlan, variables: dict[str, Any]) -> dict[str, Any]:
    """The statement's parameters from the request's variables and literals; BAD_USER_INPUT when out of range."""
    return {p.name: _value(p, variables) for p in plan.params}


def _value(param: Param, variables: dict[str, Any]) -> Any:
    value = param.default
    if param.node is not None:
        found = value_from_ast(param.node, param.type, variables)
        if found is not Undefined:
            value = found
    if value is Undefined or value is None:
        value = param.default
    if param.kind == "value":
        return None if value is None or value is Undefined else str(value)
    if not isinstance(value, int) or isinstance(value, bool):
        raise UserInputError(f"`{param.argument}` on `{param.field}` must be an integer")
    if not 0 <= value <= param.maximum:
        raise UserInputError(
            f"`{param.argument}` on `{param.field}` must be between 0 and {param.maximum}, got {value}"
        )
    return value


async def run(runner: Runner, plan: RootPlan, params: dict[str, Any]) -> Any:
    """The root value the plan's statement returns (None when no row: no such node)."""
    rows = await runner.read_planned(f"plan/{plan.field}", plan.text, params)
    return rows[0] if rows else None


async def resolve_root(runner: Runner, info: GraphQLResolveInfo[Any]) -> Any:
    """Path (a): a root resolver runs its field's plan and returns the shaped maps for Strawberry to walk."""
    variables = coerced(info.variable_values)
    plan = plan_for(info.schema, runner.registry, info.operation, info.fragments, variables)
    root = plan.roots[str(info.path.key)]
    params = bind(root, variables)
    return root.ordinary(await run(runner, root, params), params)


async def run_fast(runner: Runner, plan: OperationPlan, variables: dict[str, Any]) -> dict[str, Any]:
    """Path (b): every root plan, shaped strictly into the response's `data` (raises FallbackError, user and
    database errors for the caller to hand the operation to the ordinary path)."""
    bound = {key: bind(root, variables) for key, root in plan.roots.items()}
    keys = list(plan.roots)
    if len(keys) == 1:  # the common case: no task to schedule
        values = [await run(runner, plan.roots[keys[0]], bound[keys[0]])]
    else:
        values = list(await asyncio.gather(*(run(runner, plan.roots[k], bound[k]) for k in keys)))
    got = dict(zip(keys, values, strict=True))
    data: dict[str, Any] = {}
    for key in plan.order:
        if key in plan.root_typename:
            data[key] = plan.root_typename[key]
        else:
            data[key] = plan.roots[key].fast(got[key], bound[key])
    return data
