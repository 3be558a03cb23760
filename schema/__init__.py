"""The GraphQL contract: Strawberry types with their descriptions, and the executable schema."""

from schema.build import build_schema

__all__ = ["build_schema"]
