"""Schema migrations: applies every `cypher/constraints/*` statement, idempotently, in name order, then gives
order keys to edges written before the keys existed (`rank_edges`).

Run by `make run`, by every import, by the test set-up and as `python -m graphdb migrate`; never on a request.
"""

from __future__ import annotations

from graphdb import queries
from graphdb.order_keys import SEPARATOR, rank_params
from graphdb.runner import Runner


async def apply_constraints(runner: Runner) -> list[str]:
    """Apply each constraint statement (all are `IF NOT EXISTS`); returns their names in order."""
    names = sorted(name for name in runner.registry if name.startswith(queries.CONSTRAINTS_PREFIX))
    for name in names:
        await runner.write(name)
    return names


RANK_CHUNK = 5_000


async def rank_edges(runner: Runner) -> int:
    """Write the order keys (`rank`) that a graph imported before they existed lacks, and rewrite every key when
    the graph's keys are in an older format (`graphdb.order_keys`), in chunks of papers and researchers; returns
    how many edges were given a key (0 on a graph whose keys are all current)."""
    total = 0
    for find, rank in (
        (queries.IMPORT_UNRANKED_PAPERS, queries.IMPORT_RANK_PAPERS),
        (queries.IMPORT_UNRANKED_RESEARCHERS, queries.IMPORT_RANK_AFFILIATIONS),
    ):
        while ids := [row["id"] for row in await runner.read(find, {"limit": RANK_CHUNK})]:
            rows = await runner.write(rank, rank_params(ids))
            done = int(rows[0]["ranked"]) if rows else 0
            if not done:
                break  # nothing left that this statement can key (edges to unexpected labels): do not loop
            total += done
    old = await runner.read(queries.IMPORT_OLD_RANK_KEYS, {"sep": SEPARATOR})
    if old and int(old[0]["old"]):
        total += await _rekey(runner)
    return total


async def _rekey(runner: Runner) -> int:
    """Rewrite the order keys of every paper's and affiliated researcher's edges (the statements write only the
    keys that differ), walking the ids in order."""
    total = 0
    for find, rank in (
        (queries.IMPORT_PAPERS_AFTER, queries.IMPORT_RANK_PAPERS),
        (queries.IMPORT_AFFILIATED_AFTER, queries.IMPORT_RANK_AFFILIATIONS),
    ):
        after = ""
        while ids := [row["id"] for row in await runner.read(find, {"after": after, "limit": RANK_CHUNK})]:
            rows = await runner.write(rank, rank_params(ids))
            total += int(rows[0]["ranked"]) if rows else 0
            after = ids[-1]
    return total
