"""The project's database errors, each with a stable code; driver errors are mapped to these in one place."""

from __future__ import annotations

from neo4j.exceptions import (
    AuthError,
    ConstraintError,
    Neo4jError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)


class GraphDbError(Exception):
    """Base of every error the graphdb layer raises; `code` is stable and safe to show to clients."""

    code = "INTERNAL_SERVER_ERROR"
    public_message = "Internal server error."


class RegistryError(GraphDbError):
    """A .cypher file is missing, duplicated or malformed; raised at start-up."""

    code = "QUERY_REGISTRY_INVALID"


class UnknownQuery(GraphDbError):  # noqa: N818 - the name reads as the condition it reports
    """Code asked the registry for a statement that has no file."""

    code = "UNKNOWN_QUERY"


class DatabaseUnavailable(GraphDbError):  # noqa: N818
    """Neo4j cannot be reached (down, restarting, or the network is cut)."""

    code = "DATABASE_UNAVAILABLE"
    public_message = "The graph database is unavailable; try again shortly."


class DatabaseAuthFailed(GraphDbError):  # noqa: N818
    """Neo4j refused the configured credentials."""

    code = "DATABASE_AUTH_FAILED"
    public_message = "The server cannot authenticate to the graph database."


class QueryTimeout(GraphDbError):  # noqa: N818
    """A statement ran past the transaction timeout and was stopped by the server."""

    code = "QUERY_TIMEOUT"
    public_message = "The query took too long and was stopped."


class ConstraintViolation(GraphDbError):  # noqa: N818
    """A write broke a uniqueness or existence constraint."""

    code = "CONSTRAINT_VIOLATION"
    public_message = "The change conflicts with existing data."


class SearchQueryInvalid(GraphDbError):  # noqa: N818
    """A full-text query that Lucene cannot parse (or that asks too much of it): the client's search text, given
    in Lucene syntax, is at fault, so the public message says what Lucene found."""

    code = "BAD_USER_INPUT"

    def __init__(self, message: str, detail: str) -> None:
        super().__init__(message)
        self.public_message = f"The search text is not a query Lucene can run: {detail}"


class QueryFailed(GraphDbError):  # noqa: N818
    """Any other database failure: a bug on our side, never shown to clients in detail."""

    code = "INTERNAL_SERVER_ERROR"


def map_driver_error(name: str, err: Exception) -> GraphDbError:
    """The project's error for a driver exception raised while running the statement `name`."""
    message = f"{name}: {err}"
    if isinstance(err, AuthError):
        return DatabaseAuthFailed(message)
    if isinstance(err, ServiceUnavailable | SessionExpired):
        return DatabaseUnavailable(message)
    if isinstance(err, ConstraintError):
        return ConstraintViolation(message)
    if isinstance(err, Neo4jError) and err.code and "TransactionTimedOut" in err.code:
        return QueryTimeout(message)
    if isinstance(err, TransientError):
        return DatabaseUnavailable(message)
    detail = _lucene_refusal(err)
    if detail is not None:
        return SearchQueryInvalid(message, detail)
    return QueryFailed(message)


# What Lucene raises, inside a failed full-text procedure call, for a query it refuses: a syntax error (its parser's
# ParseException or TokenMgrError), a malformed or too complex regular expression (`/[/`), more clauses than it
# allows. A missing index is an IllegalArgumentException too, and is not the client's mistake.
LUCENE_REFUSALS = (
    "queryparser.classic.ParseException: ",
    "queryparser.classic.TokenMgrError: ",
    "TooManyClauses: ",
    "TooComplexToDeterminizeException: ",
    "java.lang.IllegalArgumentException: ",
)
MISSING_INDEX = "no such fulltext schema index"


def _lucene_refusal(err: Exception) -> str | None:
    """Lucene's own words, when the error is a full-text query it refused."""
    if not isinstance(err, Neo4jError) or err.code != "Neo.ClientError.Procedure.ProcedureCallFailed":
        return None
    text = err.message or ""
    if "db.index.fulltext.query" not in text or MISSING_INDEX in text:
        return None
    for marker in LUCENE_REFUSALS:
        at = text.find(marker)
        if at >= 0:
            return text[at + len(marker) :].split("\n", 1)[0].strip()
    return None
