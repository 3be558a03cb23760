"""Builds the executable schema with its configuration and extensions."""

from __future__ import annotations

from functools import partial

import strawberry
from graphql.error import GraphQLError
from strawberry.extensions import MaxAliasesLimiter, MaxTokensLimiter, QueryDepthLimiter
from strawberry.schema.config import StrawberryConfig
from strawberry.types import ExecutionContext

from schema.errors import ErrorCodes
from schema.maps import read_map
from schema.types import Query


class ResearchGraphSchema(strawberry.Schema):
    """The schema; errors are logged by ErrorCodes (only unexpected ones), not once per error here."""

    def process_errors(self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None) -> None:
        return None


def build_schema() -> strawberry.Schema:
    """The schema served at /graphql."""
    return ResearchGraphSchema(
        query=Query,
        config=StrawberryConfig(default_resolver=read_map),
        extensions=[
            partial(QueryDepthLimiter, max_depth=10),
            partial(MaxAliasesLimiter, max_alias_count=30),
            partial(MaxTokensLimiter, max_token_count=2000),
            ErrorCodes,
        ],
    )
