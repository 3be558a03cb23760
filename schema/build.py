"""Builds the executable schema: configuration, extensions, the caches it owns, and the resolvers of mapped fields."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

import strawberry
from graphql import (
    DocumentNode,
    GraphQLError,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLResolveInfo,
    GraphQLSchema,
    OperationDefinitionNode,
    parse,
)
from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    QueryDepthLimiter,
    SchemaExtension,
)
from strawberry.schema.config import StrawberryConfig
from strawberry.schema.schema import validate_document
from strawberry.types import ExecutionContext

from resolvers.execution import PlanCache
from resolvers.lru import Lru
from resolvers.mapping import Root, mapping_of
from resolvers.shaping import TypedMap
from schema.errors import OPERATION_RESOLUTION_FAILURE, VALIDATION_FAILED, ErrorCodes
from schema.fastpath import FastPath
from schema.query import Query
from schema.values import SCALARS

MAX_DEPTH = 10
MAX_ALIASES = 30
MAX_TOKENS = 2000
CACHED_DOCUMENTS = 512

# The limits' validation rules, built once: each limiter defines a new rule class per instance, and the
# validation cache is keyed by the rules, so per-request instances would never hit it.
LIMIT_RULES = [
    *QueryDepthLimiter(max_depth=MAX_DEPTH).validation_rules,
    *MaxAliasesLimiter(max_alias_count=MAX_ALIASES).validation_rules,
]


@dataclass(frozen=True, slots=True)
class DocumentStats:
    """Hits and misses of the parse and validation caches."""

    parse_hits: int
    parse_misses: int
    validation_hits: int
    validation_misses: int


class DocumentCache:
    """Parsed documents and their validation results by query text (bounded LRUs), owned by the schema.

    Strawberry's own caches live at module level (its parser cache) or hash the whole parsed document on every
    request (its validation cache); the text is equivalent here, since one text parses to one document."""

    def __init__(self, size: int = CACHED_DOCUMENTS) -> None:
        self._parsed: Lru[tuple[str, int | None], DocumentNode] = Lru(size)
        self._validated: Lru[tuple[str, tuple[Any, ...]], list[GraphQLError]] = Lru(size)

    def parse(self, query: str, max_tokens: int | None) -> DocumentNode:
        key = (query, max_tokens)
        found = self._parsed.get(key)
        if found is None:
            found = parse(query, max_tokens=max_tokens)
            self._parsed.put(key, found)
        return found

    def validate(
        self, schema: GraphQLSchema, query: str, document: DocumentNode, rules: tuple[Any, ...]
    ) -> list[GraphQLError]:
        key = (query, rules)
        found = self._validated.get(key)
        if found is None:
            found = [_coded(e, VALIDATION_FAILED) for e in validate_document(schema, document, rules)]
            self._validated.put(key, found)
        return found

    def stats(self) -> DocumentStats:
        p, v = self._parsed, self._validated
        return DocumentStats(p.hits, p.misses, v.hits, v.misses)


def _coded(error: GraphQLError, code: str) -> GraphQLError:
    error.extensions = {**(error.extensions or {}), "code": code}
    return error


def _documents(ec: ExecutionContext) -> DocumentCache:
    found = getattr(ec.schema, "documents", None)
    assert isinstance(found, DocumentCache), "the schema owns its document cache"
    return found


class CachedParse(SchemaExtension):
    """Parses through the schema's document cache. A document that does not parse is left to Strawberry's own
    parse step, which reports the syntax error like any other (with its code) instead of raising."""

    def on_parse(self) -> Iterator[None]:
        ec = self.execution_context
        if ec.query is not None:
            try:
                ec.graphql_document = _documents(ec).parse(ec.query, ec.parse_options.get("max_tokens"))
            except GraphQLError:
                ec.graphql_document = None
        yield


class CachedValidation(SchemaExtension):
    """Validates through the schema's document cache; every validation error is coded as one. Also refuses a
    document with several operations and no operation name (the GraphQL spec's GetOperation), which
    Strawberry would otherwise answer with its first operation."""

    def on_validate(self) -> Iterator[None]:
        ec = self.execution_context
        if ec.query is None or ec.graphql_document is None:
            yield
            return
        errors = _documents(ec).validate(ec.schema._schema, ec.query, ec.graphql_document, tuple(ec.validation_rules))
        if not errors and _ambiguous(ec):
            errors = [
                GraphQLError(
                    "The document holds several operations: name the one to run with `operationName`.",
                    extensions={"code": OPERATION_RESOLUTION_FAILURE},
                )
            ]
        ec.pre_execution_errors = errors
        yield


def _ambiguous(ec: ExecutionContext) -> bool:
    # Strawberry exposes only the resolved name (the first operation's when none is given), so the name the
    # request provided is read from the attribute that holds it.
    provided = getattr(ec, "_provided_operation_name", None)
    document = ec.graphql_document
    if provided is not None or document is None:
        return False
    return sum(isinstance(d, OperationDefinitionNode) for d in document.definitions) > 1


class ResearchGraphSchema(strawberry.Schema):
    """The schema, owning its parse, validation and plan caches; errors are logged by ErrorCodes (only
    unexpected ones), not once per error here."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.documents = DocumentCache()
        self.plans = PlanCache()

    def process_errors(self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None) -> None:
        return None


def by_key(source: Any, info: GraphQLResolveInfo[Any], **_: Any) -> Any:
    """A mapped field on the ordinary path: its value in the shaped map, under its response key (so the same
    field asked twice with different arguments keeps two values)."""
    return source.get(info.path.key)


def runtime_type(value: Any, _info: GraphQLResolveInfo[Any], _type: Any) -> str | None:
    """An abstract position's concrete type, recorded by the shaper outside the response keys."""
    return value.typename if isinstance(value, TypedMap) else None


def wire(schema: GraphQLSchema) -> None:
    """Mapped fields resolve from the shaped maps; their objects are plain maps, so no `is_type_of` check."""
    for gtype in schema.type_map.values():
        if gtype.name.startswith("__"):
            continue
        if isinstance(gtype, GraphQLInterfaceType):
            gtype.resolve_type = runtime_type
        if not isinstance(gtype, GraphQLObjectType):
            continue
        mapped = False
        for gfield in gtype.fields.values():
            mapping = mapping_of(gfield)
            if mapping is not None and not isinstance(mapping, Root):
                gfield.resolve = by_key
                mapped = True
        if mapped:
            gtype.is_type_of = None


def build_schema() -> ResearchGraphSchema:
    """The schema served at /graphql."""
    schema = ResearchGraphSchema(
        query=Query,
        config=StrawberryConfig(scalar_map=SCALARS),
        extensions=[
            ErrorCodes,
            partial(MaxTokensLimiter, max_token_count=MAX_TOKENS),
            partial(AddValidationRules, LIMIT_RULES),
            CachedParse,
            CachedValidation,
            FastPath,
        ],
    )
    wire(schema._schema)
    return schema
