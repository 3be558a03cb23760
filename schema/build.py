"""Builds the executable schema: configuration, extensions, and the resolvers of mapped fields."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator
from functools import partial
from typing import Any

import strawberry
from graphql import GraphQLInterfaceType, GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema
from graphql.error import GraphQLError
from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    SchemaExtension,
)
from strawberry.schema.config import StrawberryConfig
from strawberry.schema.schema import validate_document
from strawberry.types import ExecutionContext

from resolvers.mapping import Lookup
from resolvers.plan import mapping_of
from resolvers.shaping import TYPE_KEY
from schema.errors import ErrorCodes
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


class CachedParse(ParserCache):
    """Strawberry's parser cache, except that a document that does not parse is left to Strawberry's own
    parse step, which reports the syntax error like any other (with its code) instead of raising."""

    def on_parse(self) -> Iterator[None]:
        ec = self.execution_context
        try:
            ec.graphql_document = self.cached_parse_document(ec.query, **ec.parse_options)
        except GraphQLError:
            ec.graphql_document = None
        yield


_validated: OrderedDict[tuple[Any, ...], list[GraphQLError]] = OrderedDict()


class CachedValidation(SchemaExtension):
    """Validation results cached by query text and rules (bounded LRU). Strawberry's ValidationCache keys on
    the parsed document, whose hash walks the whole tree on every request; the text is equivalent here,
    since the parser cache returns one document per text."""

    def on_validate(self) -> Iterator[None]:
        ec = self.execution_context
        if ec.query is None or ec.graphql_document is None:
            yield
            return
        key = (id(ec.schema), ec.query, tuple(ec.validation_rules))
        errors = _validated.get(key)
        if errors is None:
            errors = validate_document(ec.schema._schema, ec.graphql_document, tuple(ec.validation_rules))
            _validated[key] = errors
            while len(_validated) > CACHED_DOCUMENTS:
                _validated.popitem(last=False)
        else:
            _validated.move_to_end(key)
        ec.pre_execution_errors = errors
        yield


class ResearchGraphSchema(strawberry.Schema):
    """The schema; errors are logged by ErrorCodes (only unexpected ones), not once per error here."""

    def process_errors(self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None) -> None:
        return None


def by_key(source: Any, info: GraphQLResolveInfo[Any], **_: Any) -> Any:
    """A mapped field on the ordinary path: its value in the shaped map, under its response key (so the same
    field asked twice with different arguments keeps two values)."""
    return source.get(info.path.key)


def runtime_type(value: Any, _info: GraphQLResolveInfo[Any], _type: Any) -> str | None:
    """An abstract position's concrete type, recorded by the shaper."""
    return value.get(TYPE_KEY) if isinstance(value, dict) else None


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
            if mapping is not None and not isinstance(mapping, Lookup):
                gfield.resolve = by_key
                mapped = True
        if mapped:
            gtype.is_type_of = None


def build_schema() -> strawberry.Schema:
    """The schema served at /graphql."""
    schema = ResearchGraphSchema(
        query=Query,
        config=StrawberryConfig(scalar_map=SCALARS),
        extensions=[
            ErrorCodes,
            partial(MaxTokensLimiter, max_token_count=MAX_TOKENS),
            partial(AddValidationRules, LIMIT_RULES),
            partial(CachedParse, maxsize=CACHED_DOCUMENTS),
            CachedValidation,
            FastPath,
        ],
    )
    wire(schema._schema)
    return schema
