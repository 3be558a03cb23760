"""Every GraphQL error leaves with a stable `extensions.code`; unexpected ones are masked and logged."""

from __future__ import annotations

import logging
from collections.abc import Iterator

from graphql.error import GraphQLError
from strawberry.extensions import SchemaExtension

from graphdb.errors import GraphDbError
from resolvers.errors import UserInputError

log = logging.getLogger("researchgraph.errors")

INTERNAL = "INTERNAL_SERVER_ERROR"
BAD_USER_INPUT = "BAD_USER_INPUT"
PARSE_FAILED = "GRAPHQL_PARSE_FAILED"
VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED"
OPERATION_RESOLUTION_FAILURE = "OPERATION_RESOLUTION_FAILURE"

# graphql-core's messages for values that do not coerce: variables (before execution) and arguments (a null
# variable in a non-null argument or directive). Validation errors never reach these: they are coded when
# validated (schema.build.DocumentCache).
COERCION_PREFIXES = ("Variable '$", "Argument '")


def code_of(error: GraphQLError) -> str:
    """The stable code for an error: the one given where it arose, else from its cause or, for the GraphQL
    layer's own, its kind."""
    given = (error.extensions or {}).get("code")
    if isinstance(given, str):
        return given
    original = error.original_error
    if isinstance(original, UserInputError | GraphDbError):
        return original.code
    if error.message.startswith(COERCION_PREFIXES) and (original is None or isinstance(original, GraphQLError)):
        return BAD_USER_INPUT
    if original is not None and not isinstance(original, GraphQLError):
        return INTERNAL
    if error.path is not None:
        return INTERNAL  # for example a null in a non-null field
    if error.message.startswith("Syntax Error"):
        return PARSE_FAILED
    return VALIDATION_FAILED


def coded(error: GraphQLError) -> GraphQLError:
    """The error as clients see it: a public message and `extensions.code`."""
    code = code_of(error)
    original = error.original_error
    message = error.message
    if isinstance(original, GraphDbError):
        message = original.public_message
    elif code == INTERNAL and original is not None:
        log.error("unexpected error at %s", error.path, exc_info=original)
        message = "Internal server error."
    return GraphQLError(
        message,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        original_error=None,
        extensions={**(error.extensions or {}), "code": code},
    )


class ErrorCodes(SchemaExtension):
    """Rewrites the operation's errors into coded, masked ones after it runs."""

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        errors = getattr(result, "errors", None)
        if result is not None and errors:
            result.errors = [coded(e) for e in errors]
