"""Runs a document of `tests/documents.py` through the app's schema as a request would, for the tests that
compare answers (the two paths, the app against the reference)."""

from __future__ import annotations

import json
from typing import Any

import strawberry

from graphdb.runner import Recording, Runner
from resolvers.context import Context
from tests.documents import Doc


async def execute(schema: strawberry.Schema, runner: Runner, doc: Doc, *, fast: bool) -> tuple[str, Context, Recording]:
    """The response as JSON text (`data`, then `errors` when there are any), the context and the statements."""
    context = Context.create(runner)
    context.fast_path = fast
    with Runner.recording() as rec:
        result = await schema.execute(
            doc.query, variable_values=doc.variables, context_value=context, operation_name=doc.operation
        )
    response: dict[str, Any] = {"data": result.data}
    if result.errors:
        response["errors"] = [e.formatted for e in result.errors]
    return json.dumps(response), context, rec
