"""The per-request context handed to every resolver, and what the fast path leaves in it for the ordinary path."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graphdb.errors import GraphDbError
from graphdb.runner import Runner


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one root statement gave on the fast path: its result or its database error, with the statement
    and parameters it ran with (the ordinary path reuses it only for the very same statement)."""

    text: str
    params: dict[str, Any]
    result: Any = None
    error: GraphDbError | None = None

    def value(self) -> Any:
        if self.error is not None:
            raise self.error
        return self.result


@dataclass(slots=True)
class Context:
    """What a request's resolvers share: the runner (the explorer's DataLoaders will join it, built per request)."""

    runner: Runner
    request: Any = None
    response: Any = None
    fast_path: bool = True  # may a covered operation skip graphql-core's walk (tests compare both ways)
    took_fast_path: bool = False  # set when it did
    prefetched: dict[str, Outcome] = field(default_factory=dict)  # by root response key, set by a fast-path fallback

    @classmethod
    def create(cls, runner: Runner, request: Any = None, response: Any = None) -> Context:
        return cls(runner=runner, request=request, response=response)
