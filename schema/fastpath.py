"""The fast path: an operation the compiler fully covers runs its plans and skips graphql-core's walk.

The extension runs before execution. When every root field is planned and every field below is compiled,
it runs the plans, shapes the answer strictly and sets it as the result, so graphql-core does not
execute. Whatever it cannot prove right (a non-null violation, a field with its own resolver,
introspection, a mutation, bad variables, an argument out of range, a database error) leaves the result
unset and the ordinary path runs instead, producing the same answer or error as it always does; a
statement that already ran is not run again (`resolvers.execution`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

from graphql import ExecutionResult, FragmentDefinitionNode, OperationType
from graphql.execution.values import get_variable_values
from graphql.utilities import get_operation_ast
from strawberry.extensions import SchemaExtension

from resolvers import execution
from resolvers.context import Context
from resolvers.errors import UserInputError
from resolvers.shaping import FallbackError


class FastPath(SchemaExtension):
    """Sets the operation's result from its plans when they cover it; otherwise does nothing."""

    async def on_execute(self) -> AsyncIterator[None]:
        ec = self.execution_context
        context = ec.context
        if isinstance(context, Context) and context.fast_path and ec.result is None:
            data = await self._try(context)
            if data is not None:
                ec.result = ExecutionResult(data=data, errors=None)
                context.took_fast_path = True
        yield

    async def _try(self, context: Context) -> dict[str, object] | None:
        ec = self.execution_context
        document = ec.graphql_document
        if document is None:
            return None
        operation = get_operation_ast(document, ec.operation_name)
        if operation is None or operation.operation != OperationType.QUERY:
            return None
        schema = ec.schema._schema
        found = get_variable_values(schema, operation.variable_definitions or (), ec.variables or {})
        if isinstance(found, list):
            return None  # coercion errors: graphql-core reports them
        variables = execution.coerced(found)
        fragments = {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}
        try:
            plan = execution.plans_of(ec.schema).plan(schema, context.runner.registry, operation, fragments, variables)
            if not plan.covered:
                return None
            return await execution.run_fast(context, plan, variables)
        except (FallbackError, UserInputError):
            return None
