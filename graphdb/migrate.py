"""Schema migrations: applies every `cypher/constraints/*` statement, idempotently, in name order, then gives
order keys to edges written before the keys existed (`rank_edges`).

Run by `make run`, by every import, by the test set-up and as `python -m graphdb migrate`; never on a request.
"""

from __future__ import annotations

from graphdb import queries
from graphdb.runner import Runner


async def apply_constraints(runner: Runner) -> list[str]:
    """Apply each constraint statement (all are `IF NOT EXISTS`); returns their names in order."""
    names = sorted(name for name in runner.registry if name.startswith(queries.CONSTRAINTS_PREFIX))
    for name in names:
        await runner.write(name)
    return names


RANK_CHUNK = 5_000


async def rank_edges(runner: Runner) -> int:
    """Write the order keys (`rank`) that a graph imported before they existed lacks, in chunks of papers and
    researchers; returns how many edges were given one (0 on a graph that has them all)."""
    total = 0
    for find, rank in (
        (queries.IMPORT_UNRANKED_PAPERS, queries.IMPORT_RANK_PAPERS),
        (queries.IMPORT_UNRANKED_RESEARCHERS, queries.IMPORT_RANK_AFFILIATIONS),
    ):
        while ids := [row["id"] for row in await runner.read(find, {"limit": RANK_CHUNK})]:
            rows = await runner.write(rank, {"ids": ids})
            done = int(rows[0]["ranked"]) if rows else 0
            if not done:
                break  # nothing left that this statement can key (edges to unexpected labels): do not loop
            total += done
    return total
