"""Per-request DataLoaders for neighbours that a root statement did not fetch (deeper nesting)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from aiodataloader import DataLoader

from graphdb import queries
from graphdb.runner import Runner

Key = tuple[str, int]


class ListLoader(DataLoader[Key, list[dict[str, Any]]]):
    """Loads a list per (id, limit) key with a `_by_ids` statement, one statement per distinct limit."""

    def __init__(self, runner: Runner, statement: str, column: str) -> None:
        super().__init__()
        self.runner = runner
        self.statement = statement
        self.column = column

    async def batch_load_fn(self, keys: list[Key]) -> list[list[dict[str, Any]]]:
        by_limit: dict[int, list[str]] = defaultdict(list)
        for node_id, limit in keys:
            by_limit[limit].append(node_id)
        found: dict[Key, list[dict[str, Any]]] = {}
        for limit, ids in by_limit.items():
            rows = await self.runner.read(self.statement, {"ids": sorted(set(ids)), "limit": limit})
            for row in rows:
                found[(row["id"], limit)] = row[self.column]
        return [found.get(key, []) for key in keys]


@dataclass(frozen=True, slots=True)
class Loaders:
    """The loaders of one request; built fresh in `get_context`, never shared."""

    researcher_works: ListLoader
    paper_authors: ListLoader

    @classmethod
    def create(cls, runner: Runner) -> Loaders:
        return cls(
            researcher_works=ListLoader(runner, queries.RESEARCHER_WORKS_BY_IDS, "works"),
            paper_authors=ListLoader(runner, queries.PAPER_AUTHORS_BY_IDS, "authors"),
        )
