"""Fields without resolvers read their value from the map the read statement returned."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from strawberry.utils.str_converters import to_camel_case


@lru_cache(maxsize=1024)
def _key(python_name: str) -> str:
    return to_camel_case(python_name)


def read_map(source: Any, python_name: str) -> object:
    """The default resolver: a map's value under the field's GraphQL name, else the attribute."""
    if isinstance(source, dict):
        return source.get(_key(python_name))
    return getattr(source, python_name)
