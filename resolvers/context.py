"""The per-request context handed to every resolver."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graphdb.runner import Runner


@dataclass(slots=True)
class Context:
    """What a request's resolvers share: the runner (the explorer's DataLoaders will join it, built per request)."""

    runner: Runner
    request: Any = None
    response: Any = None
    fast_path: bool = True  # may a covered operation skip graphql-core's walk (tests compare both ways)
    took_fast_path: bool = False  # set when it did

    @classmethod
    def create(cls, runner: Runner, request: Any = None, response: Any = None) -> Context:
        return cls(runner=runner, request=request, response=response)
